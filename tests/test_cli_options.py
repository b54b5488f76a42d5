"""The options every command takes: one per declared setting, named as its renstra.toml key,
plus --jobs, --quiet, -o and -h; the older spellings; report's format from -o."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
import typer.main
from renstra.extract import config
from renstra.extract.cli import app
from renstra.extract.cli.report_cmd import OutputFormat, report_target
from renstra.extract.knob_fields import choices, default_text, shape
from renstra.extract.knobs import KNOBS, LIMITS_TABLE, PARSING, Knob
from renstra.schemas import Settings
from typer.testing import CliRunner

from .paths import REPO, SAMPLES

runner = CliRunner()
SEED_IKU = SAMPLES / "iku_metro_utara.txt"
LOAD_SETTINGS = config.load_settings
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _no_config_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test runs in an empty folder: no renstra.toml or pyproject.toml is picked up."""
    monkeypatch.chdir(tmp_path)


def _options(command: str) -> set[str]:
    return {opt for param in COMMANDS[command].params for opt in param.opts}


def test_every_setting_is_an_option_of_its_own_name_on_exactly_its_commands() -> None:
    assert set(PARSING) | {"rules"} <= set(COMMANDS)
    for knob in KNOBS:
        for command in COMMANDS:
            takes = f"--{knob.name}" in _options(command)
            assert takes == (command in knob.commands), (knob.name, command)


def test_every_field_of_settings_is_declared_once() -> None:
    from renstra.extract.checks import RULES
    from renstra.schemas import Limits

    declared = [knob.field for knob in KNOBS if not knob.table]
    assert len(declared) == len(set(declared))
    assert set(declared) | {"limits", "rules"} == set(Settings.model_fields)
    assert all(rule.options is None or rule.option_keys for rule in RULES.values())
    limits = [knob.field for knob in KNOBS if knob.table == LIMITS_TABLE]
    assert sorted(limits) == sorted(Limits.model_fields)
    names = [knob.name for knob in KNOBS]
    assert len(names) == len(set(names))


def _value(knob: Knob) -> tuple[Any, str]:
    """A value other than the default, as renstra.toml and as the command line write it."""
    kind = shape(knob)
    if kind == "list":
        return ["spelling"], "spelling"
    if kind == "pairs":
        pair = ("spelling", "error") if knob.name == "severity" else ("Presentasi", "Persentase")
        return {pair[0]: pair[1]}, "=".join(pair)
    if kind == "choice":
        return choices(knob)[-1], choices(knob)[-1]
    if kind == "size":
        return "3M", "3M"
    if kind == "text":
        return "eng", "eng"
    number = float(default_text(knob)) + 1
    value = int(number) if kind == "integer" else number
    return value, str(value)


class _Resolved(Exception):
    """Raised once a command's Settings are resolved, before any file is read."""


def _settings_of(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Settings, str]:
    """The Settings ``renstra ARGS`` resolves, and what it said on stderr."""
    resolved: list[Settings] = []

    def capture(*a: Any, **k: Any) -> Settings:
        resolved.append(LOAD_SETTINGS(*a, **k))
        raise _Resolved

    monkeypatch.setattr(config, "load_settings", capture)
    result = runner.invoke(app, args)
    assert isinstance(result.exception, _Resolved), result.output
    return resolved[0], result.stderr


def _command_line(command: str) -> list[str]:
    return {"rules": ["rules"], "serve": ["serve"], "fix": ["fix", "in.txt", "-o", "out"]}.get(
        command, [command, "in.txt"]
    )


@pytest.mark.parametrize(
    ("command", "knob"),
    [(command, knob) for knob in KNOBS for command in knob.commands],
    ids=lambda x: x if isinstance(x, str) else x.name,
)
def test_each_option_sets_what_its_toml_key_sets(
    command: str, knob: Knob, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_file, on_command_line = _value(knob)
    table = {knob.table: {knob.name: in_file}} if knob.table else {knob.name: in_file}
    from_file = config.resolve_settings(table, {})
    assert from_file != Settings()
    args = [*_command_line(command), f"--{knob.name}", on_command_line]
    assert _settings_of(args, monkeypatch)[0] == from_file


@pytest.mark.parametrize(
    ("old", "new", "value"),
    [("--max-pages", "--max-pdf-pages", "7"), ("--misspelling", "--misspellings", "Ab=Cd")],
)
def test_an_older_option_still_works_and_says_so_once(
    old: str, new: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, said = _settings_of(["check", "in.txt", old, value], monkeypatch)
    expected, _ = _settings_of(["check", "in.txt", new, value], monkeypatch)
    assert settings == expected != Settings()
    assert said == f"renstra: warning: {old} sudah usang; gunakan {new}\n"  # --lang: id


def test_an_older_config_key_still_works_and_says_so_once(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text("max-file-bytes = 100\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(SEED_IKU), "-q", "--lang", "en"])
    assert result.exit_code == 2  # the file is over the 100-byte limit
    assert result.stderr.splitlines() == [
        "renstra: warning: renstra.toml: 'max-file-bytes' is deprecated; write "
        "limits.max-file-size",
        f"renstra: error: {SEED_IKU}: file is {SEED_IKU.stat().st_size:,} bytes, over the "
        "100-byte limit",
    ]


def test_a_setting_given_twice_takes_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["check", "in.txt", "--timeout", "5", "--timeout", "9"]
    assert _settings_of(args, monkeypatch)[0].limits.timeout_s == 9


def test_a_bad_value_on_the_command_line_names_its_key() -> None:
    result = runner.invoke(app, ["check", str(SEED_IKU), "--max-pdf-pages", "many", "--lang", "en"])
    assert result.exit_code == 2
    assert result.output == (
        "renstra: error: command line: limits.max-pdf-pages: Input should be a valid integer, "
        "unable to parse string as an integer (got 'many')\n"
    )


def test_a_config_in_a_parent_folder_applies_and_config_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "renstra.toml").write_text("min-year = 2000\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert _settings_of(["check", "in.txt"], monkeypatch)[0].min_year == 2000
    (deep / "renstra.toml").write_text("min-year = 2001\n", encoding="utf-8")
    assert _settings_of(["check", "in.txt"], monkeypatch)[0].min_year == 2001
    named = tmp_path / "named.toml"
    named.write_text("min-year = 2002\n", encoding="utf-8")
    args = ["check", "in.txt", "--config", str(named)]
    assert _settings_of(args, monkeypatch)[0].min_year == 2002


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_h_is_help(command: str) -> None:
    short = runner.invoke(app, [command, "-h"])
    assert short.exit_code == 0
    assert short.output.startswith(f"Usage: renstra {command} ")
    assert short.output == runner.invoke(app, [command, "--help"]).output


def test_help_gives_each_setting_its_description_and_default() -> None:
    text = " ".join(runner.invoke(app, ["check", "-h"], terminal_width=400).output.split())
    assert "--max-pdf-pages N PDFs with more pages are refused. [default: 2000]" in text
    assert "--max-memory SIZE Address space of one worker process (RLIMIT_AS)." in text
    assert "[default: 2G]" in text
    assert "--lang [id|en] Language of messages" in text
    assert "--max-pages" not in text  # an older spelling works but is not advertised


@pytest.mark.parametrize("command", PARSING)
def test_every_command_that_parses_takes_jobs_quiet_and_output(command: str) -> None:
    assert {"--jobs", "-j", "--quiet", "-q", "--output", "-o", "--lang"} <= _options(command)


def test_check_report_and_fix_apply_limits_jobs_and_quiet(tmp_path: Path) -> None:
    common = [str(SEED_IKU), "-j", "2", "-q", "--max-file-size", "1K"]
    checked = runner.invoke(app, ["check", *common])
    assert checked.exit_code == 2
    size = f"{SEED_IKU.stat().st_size:,}".replace(",", ".")  # Indonesian groups with dots
    assert checked.output == (
        f"renstra: error: {SEED_IKU}: ukuran berkas {size} byte, melebihi batas 1.024 byte\n"
    )
    reported = runner.invoke(app, ["report", *common, "-o", "r.html"])
    assert reported.exit_code == 2  # no file could be read
    assert "wrote" not in reported.output and (tmp_path / "r.html").exists()
    fixed = runner.invoke(app, ["fix", *common, "-o", "fixed"])
    assert fixed.exit_code == 2 and not (tmp_path / "fixed").exists()

    quiet = runner.invoke(app, ["fix", str(SEED_IKU), "-o", "fixed", "-j", "1", "-q"])
    assert (quiet.exit_code, quiet.output) == (0, "")
    assert (tmp_path / "fixed" / "iku_metro_utara.json").exists()


@pytest.mark.parametrize(
    "args",
    [["check"], ["report", "-o", "r.html"], ["fix", "-o", "fixed"]],
    ids=lambda args: args[0],
)
def test_jobs_reaches_the_workers(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from renstra.extract import batch

    asked: list[int] = []
    real = batch.process

    def process(*a: Any, jobs: int = 1, **k: Any) -> Any:
        asked.append(jobs)
        return real(*a, jobs=jobs, **k)

    monkeypatch.setattr(batch, "process", process)
    result = runner.invoke(app, [args[0], str(SEED_IKU), *args[1:], "-j", "3", "-q"])
    assert result.exit_code in (0, 1), result.output
    assert asked == [3]


def test_check_quiet_says_it_by_the_exit_status_and_o_writes_the_report(tmp_path: Path) -> None:
    quiet = runner.invoke(app, ["check", str(SEED_IKU), "-q"])
    assert (quiet.exit_code, quiet.output) == (1, "")
    written = runner.invoke(app, ["check", str(SEED_IKU), "--format", "json", "-o", "r.json"])
    assert (written.exit_code, written.output) == (1, "")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report == json.loads(
        runner.invoke(app, ["check", str(SEED_IKU), "--format", "json"]).stdout
    )


@pytest.mark.parametrize(
    ("output", "fmt", "expected"),
    [
        (None, None, (Path("report.html"), OutputFormat.html)),
        (None, OutputFormat.xlsx, (Path("report.xlsx"), OutputFormat.xlsx)),
        (Path("x.xlsx"), None, (Path("x.xlsx"), OutputFormat.xlsx)),
        (Path("x.XLSX"), OutputFormat.xlsx, (Path("x.XLSX"), OutputFormat.xlsx)),
        (Path("a/x.htm"), None, (Path("a/x.htm"), OutputFormat.html)),
        (Path("x.xlsx"), OutputFormat.html, "x.xlsx: the name says xlsx, --format says html"),
        (Path("x.pdf"), None, "x.pdf: a report is written as .html, .htm, .xlsx; name the file"),
        (Path("report"), OutputFormat.html, "report: a report is written as .html, .htm, .xlsx"),
    ],
)
def test_report_target(
    output: Path | None, fmt: OutputFormat | None, expected: tuple[Path, OutputFormat] | str
) -> None:
    got = report_target(output, fmt, "en")
    if isinstance(expected, str):
        assert isinstance(got, str) and got.startswith(expected)
    else:
        assert got == expected


def test_report_o_xlsx_writes_a_workbook(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(SEED_IKU), "-o", "x.xlsx"])
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(tmp_path / "x.xlsx")
    with zipfile.ZipFile(tmp_path / "x.xlsx") as book:
        assert "xl/workbook.xml" in book.namelist()


def test_report_refuses_a_format_its_file_name_contradicts(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(SEED_IKU), "-o", "x.xlsx", "--format", "html"])
    assert result.exit_code == 2
    assert (
        result.output == "renstra: error: x.xlsx: namanya menyebut xlsx, --format menyebut html\n"
    )
    assert not (tmp_path / "x.xlsx").exists()


def test_config_command_names_the_file_and_prints_what_it_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "renstra.toml").write_text(
        'lang = "en"\nignore = ["spelling"]\n[severity]\n"#unit" = "info"\n'
        '[limits]\nmax-memory = "1536M"\n[rules.target-jump]\nfactor = 4.5\n',
        encoding="utf-8",
    )
    (tmp_path / "a").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0, result.output
    first, _, rest = result.stdout.partition("\n")
    assert first == f"# from {tmp_path / 'renstra.toml'}"
    assert 'max-memory = "1536M"' in rest and 'severity = { "#unit" = "info" }' in rest
    (tmp_path / "a" / "again.toml").write_text(rest, encoding="utf-8")
    again = config.load_settings(tmp_path / "a" / "again.toml")
    assert again == config.load_settings(tmp_path / "renstra.toml") != Settings()


def test_config_command_without_a_file() -> None:
    result = runner.invoke(app, ["config"])
    assert result.stdout.startswith('# no config file found: the defaults\nlang = "id"\n')


def test_configuration_doc_is_current() -> None:
    result = runner.invoke(app, ["config", "--markdown"])
    committed = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert result.stdout == committed, "run: renstra config --markdown > docs/configuration.md"


def test_configuration_doc_lists_every_setting_with_its_option_and_default() -> None:
    doc = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| `"): line for line in doc.splitlines() if "| `" in line}
    for knob in KNOBS:
        row = rows[knob.name]
        assert f"`--{knob.name} " in row
        assert f"`{default_text(knob)}`" in row or shape(knob) in ("list", "pairs")
        assert ", ".join(knob.commands) in row

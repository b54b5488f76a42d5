"""`renstra check` and `renstra rules` with configuration, limits, baselines and languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import SAMPLES
from .terminal import on_terminal, plain

runner = CliRunner()
SEED_RENSTRA = SAMPLES / "renstra_metro_timur.txt"
SEED_IKU = SAMPLES / "iku_metro_utara.txt"
DISDIK = SAMPLES / "renstra_disdik_tanah_datar_baru.md"
DISPAR = SAMPLES / "renstra_dispar_tanah_datar_baru.txt"


@pytest.fixture(autouse=True)
def _no_config_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test runs in an empty folder: no renstra.toml or pyproject.toml is picked up."""
    monkeypatch.chdir(tmp_path)


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _rules(report: dict) -> list[str]:  # type: ignore[type-arg]
    return [f["rule"] for task in report["tasks"] for f in task["findings"]]


def test_json_report_has_valid_stats_and_a_task_per_file() -> None:
    report = _json(str(DISDIK), str(SEED_IKU))
    assert set(report) == {"valid", "stats", "tasks"}
    assert report["valid"] is False
    assert report["stats"] == {"files": 2, "errors": 2, "warnings": 5, "infos": 0}
    task = report["tasks"][0]
    assert task["path"] == str(DISDIK)
    assert task["valid"] is False
    assert task["stats"] == {"files": 1, "errors": 1, "warnings": 4, "infos": 0}
    assert len(task["sha256"]) == 64
    assert (task["limited"], task["note"], task["baselined"]) == (False, None, 0)
    jump = next(f for f in task["findings"] if f["rule"] == "target-jump")
    assert jump["tags"] == ["#target"]
    assert jump["description"].startswith("Perubahan target satu tahun")
    assert jump["evidence"] == "120 %"
    assert len(jump["fingerprint"]) == 16


def test_limit_caps_the_findings_but_not_the_stats() -> None:
    report = _json(str(DISDIK), "--limit", "2", "--lang", "en")
    (task,) = report["tasks"]
    assert len(task["findings"]) == 2
    assert task["stats"]["errors"] + task["stats"]["warnings"] == 5
    assert task["limited"] is True
    assert task["note"] == "showing 2 of 5 findings (--limit 2)."
    assert report["stats"]["warnings"] == 4


def test_limit_in_the_text_report_says_so() -> None:
    result = runner.invoke(
        app,
        ["check", str(DISDIK), "--limit", "1", "--output-format", "text"],
        env={"COLUMNS": "200"},
    )
    assert "1 dari 5 temuan ditampilkan (--limit 1)." in result.output


def test_messages_are_indonesian_by_default_and_english_on_request() -> None:
    (indonesian,) = _json(str(SEED_IKU), "--select", "unit-mismatch")["tasks"][0]["findings"]
    (english,) = _json(str(SEED_IKU), "--select", "unit-mismatch", "--lang", "en")["tasks"][0][
        "findings"
    ]
    assert indonesian["message"] == (
        "'Presentase penanganan Konflik pada kecamatan': namanya menyatakan persentase, "
        "tetapi satuannya 'kegiatan'."
    )
    assert english["message"] == (
        "'Presentase penanganan Konflik pada kecamatan': it is named as a percentage but its "
        "satuan is 'kegiatan'."
    )
    assert indonesian["rule"] == english["rule"] == "unit-mismatch"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "#period"], ["period-typo"]),
        (["--select", "#unit,#target"], ["unit-mismatch", "target-missing"]),
        (
            ["--ignore", "period-typo", "--ignore", "#unit"],
            ["duplicate-indicator", "target-missing"],
        ),
        (["--select", "#period", "--ignore", "period-typo"], []),
    ],
)
def test_select_and_ignore(args: list[str], expected: list[str]) -> None:
    assert _rules(_json(str(DISPAR), *args)) == expected


def test_severity_override_changes_the_exit_code() -> None:
    base = ["check", str(SEED_IKU), "--ignore", "unit-mismatch"]
    assert runner.invoke(app, base).exit_code == 0
    assert runner.invoke(app, [*base, "--severity", "spelling=error"]).exit_code == 1
    assert runner.invoke(app, [*base, "--severity", "#spelling=error"]).exit_code == 1


def test_rule_option_on_the_command_line() -> None:
    assert "target-jump" in _rules(_json(str(DISDIK)))
    assert "target-jump" not in _rules(_json(str(DISDIK), "--rule-option", "target-jump.factor=10"))
    report = _json(str(DISDIK), "--rule-option", "percent-out-of-range.maximum=120")
    assert "percent-out-of-range" not in _rules(report)


def test_misspelling_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(
        SEED_RENSTRA.read_text(encoding="utf-8").replace("Persentase indeks", "Persentasee indeks"),
        encoding="utf-8",
    )
    assert "spelling" not in _rules(_json(str(path)))
    report = _json(str(path), "--misspelling", "Persentasee=Persentase")
    (spelling,) = [f for f in report["tasks"][0]["findings"] if f["rule"] == "spelling"]
    assert spelling["suggestion"] == "Persentase"


def test_year_window_on_the_command_line() -> None:
    # with 2126 inside the window, 2021-2126 is still too long a period: a typo all the same
    assert "period-typo" in _rules(_json(str(SEED_RENSTRA), "--max-year", "2200"))
    # from 2022 on, the document's own 2021-2026 is out of the window and 2021-2126 no period
    report = _json(str(SEED_RENSTRA), "--min-year", "2022")
    findings = report["tasks"][0]["findings"]
    assert [(f["rule"], f["evidence"]) for f in findings] == [("period-typo", "2021-2026")]


def test_renstra_toml_in_the_current_directory(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(
        'lang = "en"\nignore = ["#period"]\n[severity]\nspelling = "error"\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(SEED_IKU), "--ignore", "unit-mismatch"])
    assert result.exit_code == 1  # spelling is an error now
    report = _json(str(SEED_IKU))
    assert _rules(report) == ["spelling", "unit-mismatch"]
    assert report["tasks"][0]["findings"][0]["message"].endswith("looks misspelled.")


def test_named_pyproject_config(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere" / "pyproject.toml"
    config.parent.mkdir()
    config.write_text('[tool.renstra]\nselect = ["spelling"]\n', encoding="utf-8")
    assert _rules(_json(str(SEED_IKU), "--config", str(config))) == ["spelling"]


@pytest.mark.parametrize(
    ("toml", "args", "line"),
    [
        ("colour = 1\n", [], "renstra: error: renstra.toml: unknown key 'colour'"),
        ("", ["--select", "#nope"], "renstra: error: command line: select: unknown rule or tag"),
        ("", ["--severity", "spelling=loud"], "severity of 'spelling' must be error, warning"),
        ("", ["--rule-option", "target-jump.size=3"], "unknown option 'size' (options: factor)"),
        ("", ["--config", "missing.toml"], "renstra: error: missing.toml: no such file"),
        ("", ["--baseline", "missing.json"], "renstra: error: baseline missing.json: no such file"),
    ],
)
def test_configuration_mistakes_exit_2_with_one_line(
    toml: str, args: list[str], line: str, tmp_path: Path
) -> None:
    if toml:
        (tmp_path / "renstra.toml").write_text(toml, encoding="utf-8")
    result = runner.invoke(app, ["check", str(SEED_IKU), *args, "--lang", "en"])
    assert result.exit_code == 2
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and line in lines[0], result.output


def test_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    copy = tmp_path / "iku.txt"
    copy.write_text(SEED_IKU.read_text(encoding="utf-8"), encoding="utf-8")
    first = runner.invoke(app, ["check", str(copy), "--format", "json"])
    baseline = tmp_path / "findings.json"
    baseline.write_text(first.stdout, encoding="utf-8")

    again = runner.invoke(
        app, ["check", str(copy), "--baseline", str(baseline), "--format", "json"]
    )
    assert again.exit_code == 0  # the known unit-mismatch error no longer fails the run
    report = json.loads(again.stdout)
    assert report["valid"] is True
    assert report["tasks"][0]["findings"] == []
    assert report["tasks"][0]["baselined"] == 2
    assert report["stats"] == {"files": 1, "errors": 0, "warnings": 0, "infos": 0}

    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("Tingkat partisipasi", "Tingkat partisipasi Indek", 1), "utf-8")
    edited = json.loads(
        runner.invoke(
            app, ["check", str(copy), "--baseline", str(baseline), "--format", "json"]
        ).stdout
    )
    (new,) = edited["tasks"][0]["findings"]
    assert (new["rule"], new["evidence"]) == ("spelling", "Indek")


def test_rules_lists_every_rule_in_either_language() -> None:
    wide = {"COLUMNS": "300"}
    indonesian = runner.invoke(app, ["rules"], env=wide)
    english = runner.invoke(app, ["rules", "--lang", "en"], env=wide)
    assert indonesian.exit_code == english.exit_code == 0
    for rule in ("target-trend", "targets-copied", "target-jump", "period-typo"):
        assert rule in indonesian.output and rule in english.output
    assert "factor = 3" in english.output
    assert "aturan" in indonesian.output and "deskripsi" in indonesian.output
    assert "description" in english.output


def test_rules_id_explains_what_why_an_example_and_the_options() -> None:
    result = runner.invoke(app, ["rules", "target-jump", "--lang", "en"])
    assert result.exit_code == 0, result.output
    head, _, body = result.stdout.partition("\n\n")
    assert head == "target-jump (warning; #target; per document; no automatic fix)"
    lines = body.splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == [
        "What it checks",
        "Why it matters",
        "An example that fires",
    ]
    assert "8,12 8,24 8,36 9,32" in lines[2]
    assert lines[-1] == (
        "  factor = 3 (float, > 1): a step this many times the largest other step is a jump"
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_rule_explains_itself(lang: str) -> None:
    from renstra.extract.checks import RULES

    for rule_id, rule in RULES.items():
        result = runner.invoke(app, ["rules", rule_id, "--lang", lang])
        assert result.exit_code == 0, (rule_id, result.output)
        assert rule.describe(lang) in result.stdout  # type: ignore[arg-type]
        fixable = "renstra fix" in result.stdout.splitlines()[0]
        assert fixable == (rule.fix is not None)


def test_rules_with_an_unknown_id_is_one_error_line() -> None:
    result = runner.invoke(app, ["rules", "cross-versio", "--lang", "en"])
    assert result.exit_code == 2
    assert result.output == (
        "renstra: error: no rule 'cross-versio' (did you mean 'cross-version'?); "
        "`renstra rules` lists them all\n"
    )


# ------------------------------------------------------- the format a run chooses


def test_piped_output_is_one_line_per_finding_and_a_totals_line() -> None:
    result = runner.invoke(app, ["check", str(SEED_IKU), "--lang", "en"])
    assert result.stdout.splitlines()[0].startswith(f"{SEED_IKU}:25: warning spelling: ")
    assert result.stdout.splitlines()[-1] == (
        "2 finding(s) (1 error(s), 1 warning(s), 0 info) in 1 file(s)"
    )


def test_on_a_terminal_the_table_and_a_progress_bar(tmp_path: Path) -> None:
    code, screen = on_terminal(["check", str(SEED_IKU), str(DISDIK), "--lang", "en"], tmp_path)
    screen = plain(screen)
    assert code == 1
    assert "┃ severity ┃ rule " in screen  # the rich table's header
    assert "check ━" in screen and "2/2 0 failed" in screen  # the progress bar, done
    assert "7 finding(s) (2 error(s), 5 warning(s), 0 info) in 2 file(s)" in screen


def test_quiet_on_a_terminal_draws_no_progress_bar(tmp_path: Path) -> None:
    code, screen = on_terminal(["check", str(SEED_IKU), "--quiet"], tmp_path)
    assert code == 1
    assert screen == ""


@pytest.mark.parametrize(
    ("name", "first"),
    [("report.json", "{"), ("report.sarif", "{"), ("report.xml", "<?xml"), ("report.txt", "/")],
)
def test_the_output_file_extension_chooses_the_format(
    tmp_path: Path, name: str, first: str
) -> None:
    target = tmp_path / name
    runner.invoke(app, ["check", str(SEED_IKU), "-o", str(target)])
    assert target.read_text(encoding="utf-8").startswith(first)
    if name == "report.sarif":
        assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_the_old_format_option_still_works() -> None:
    result = runner.invoke(app, ["check", str(SEED_IKU), "--format", "json"])
    assert json.loads(result.stdout)["stats"]["errors"] == 1


def test_rules_piped_is_one_whole_line_per_rule() -> None:
    from renstra.extract.checks import RULES

    lines = runner.invoke(app, ["rules", "--lang", "en"]).stdout.splitlines()
    assert lines[0].split("\t") == [
        "rule", "severity", "tags", "options", "description", "example"
    ]  # fmt: skip
    assert len(lines) == 1 + len(RULES)
    jump = next(line.split("\t") for line in lines if line.startswith("target-jump\t"))
    assert jump[1:3] == ["warning", "#target"]
    assert jump[4] == RULES["target-jump"].describe("en")  # whole, never cut


def test_report_and_fix_show_progress_on_a_terminal(tmp_path: Path) -> None:
    code, screen = on_terminal(["report", str(SEED_IKU), "-o", "r.html"], tmp_path)
    assert code == 0 and "report ━" in plain(screen) and "1/1 0 gagal" in plain(screen)
    code, screen = on_terminal(["fix", str(SEED_IKU), "-o", "fixed", "--lang", "en"], tmp_path)
    assert code == 0 and "fix ━" in plain(screen) and "1/1 0 failed" in plain(screen)

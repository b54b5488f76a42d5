"""Configuration: renstra.toml, [tool.renstra] and command-line overrides into one Settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from renstra.extract.checks.crossdoc import IndicatorMissingOptions, TargetMismatchOptions
from renstra.extract.checks.trends import TargetJumpOptions
from renstra.extract.checks.units import PercentOutOfRangeOptions
from renstra.extract.config import (
    ConfigError,
    DeprecatedSetting,
    find_config,
    load_settings,
    merge,
    parse_pairs,
    parse_rule_options,
    read_config,
    resolve_settings,
    split_list,
)
from renstra.schemas import Settings

from .paths import REPO

FULL = """
lang = "en"
select = ["#period", "spelling", "target-jump", "percent-out-of-range"]
ignore = ["target-count-mismatch"]
min-year = 2000
max-year = 2050
max-period-years = 6

[severity]
spelling = "error"
"#period" = "info"

[misspellings]
Pelaksanan = "Pelaksanaan"

[rules.target-jump]
factor = 4

[rules.percent-out-of-range]
maximum = 120

[limits]
max-file-size = 1000000
"""


def test_a_full_renstra_toml(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(FULL, encoding="utf-8")
    settings = load_settings(directory=tmp_path)
    assert settings == Settings(
        lang="en",
        select=("#period", "spelling", "target-jump", "percent-out-of-range"),
        ignore=("target-count-mismatch",),
        min_year=2000,
        max_year=2050,
        max_period_years=6,
        limits={"max_file_bytes": 1_000_000},
        severity=(("spelling", "error"), ("#period", "info")),
        misspellings=(("Pelaksanan", "Pelaksanaan"),),
        rules={"target-jump": {"factor": 4.0}, "percent-out-of-range": {"maximum": 120.0}},
    )


def test_the_older_top_level_max_file_bytes_still_counts_with_a_warning(
    tmp_path: Path,
) -> None:
    (tmp_path / "renstra.toml").write_text("max-file-bytes = 1000\n", encoding="utf-8")
    with pytest.warns(DeprecatedSetting, match="'max-file-bytes' is deprecated; write limits"):
        settings = load_settings(directory=tmp_path)
    assert settings.limits.max_file_bytes == 1000


def test_tool_renstra_in_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.renstra]\nignore = ["spelling"]\n\n'
        '[tool.renstra.severity]\nunit-missing = "error"\n',
        encoding="utf-8",
    )
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    settings = load_settings(directory=tmp_path)
    assert settings.ignore == ("spelling",)
    assert settings.severity == (("unit-missing", "error"),)


def test_renstra_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.renstra]\nlang = "en"\n', encoding="utf-8")
    (tmp_path / "renstra.toml").write_text('lang = "id"\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "renstra.toml"
    assert load_settings(directory=tmp_path).lang == "id"


def test_a_config_in_a_parent_folder_applies(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text('lang = "en"\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep.parent / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(deep) == tmp_path / "renstra.toml"
    assert load_settings(directory=deep).lang == "en"


def test_the_nearest_config_wins(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text('lang = "en"\n', encoding="utf-8")
    near = tmp_path / "a"
    (near / "b").mkdir(parents=True)
    (near / "pyproject.toml").write_text("[tool.renstra]\nmin-year = 2000\n", encoding="utf-8")
    assert find_config(near / "b") == near / "pyproject.toml"
    assert load_settings(directory=near / "b") == Settings(min_year=2000)  # none of the far one


def test_a_named_config_wins_over_the_nearest(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text('lang = "en"\n', encoding="utf-8")
    named = tmp_path / "other.toml"
    named.write_text("min-year = 2000\n", encoding="utf-8")
    assert load_settings(named, directory=tmp_path) == Settings(min_year=2000)


def test_no_config_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) is None
    assert load_settings(directory=tmp_path) == Settings()


def test_a_named_pyproject_needs_the_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no \[tool.renstra\] table"):
        read_config(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('selct = ["spelling"]', "unknown key 'selct' (did you mean 'select'?)"),
        (
            'select = ["speling"]',
            "select: unknown rule or tag 'speling' (did you mean 'spelling'?)",
        ),
        ('ignore = ["#units"]', "ignore: unknown rule or tag '#units' (did you mean '#unit'?)"),
        ('select = "spelling"', "'select' must be a list of rule ids or tags"),
        ('[severity]\nspelling = "fatal"', "severity of 'spelling' must be error, warning or info"),
        ('[severity]\nnope = "error"', "severity: unknown rule or tag 'nope'"),
        ('[misspellings]\n"dua kata" = "x"', "misspellings: 'dua kata' must be one word"),
        ("[rules.target-jmp]\nfactor = 4", "rules: unknown rule 'target-jmp'"),
        ("[rules.target-jump]\nfactr = 4", "rules.target-jump: unknown option 'factr'"),
        ("[rules.spelling]\nx = 1", "rules.spelling: unknown option 'x' (options: none)"),
        ('[rules.target-jump]\nfactor = "big"', "rules.target-jump.factor: Input should be"),
        ("[rules.target-jump]\nfactor = 0.5", "rules.target-jump.factor: Input should be greater"),
        ('lang = "fr"', "lang: Input should be 'id' or 'en'"),
        ("min-year = 2050\nmax-year = 2000", "min-year 2050 is after max-year 2000"),
        ("severity = 3", "'severity' must be a table"),
        ("select = [", "not valid TOML"),
        ("[limits]\ntimout = 5", "limits: unknown limit 'timout' (did you mean 'timeout'?)"),
        (
            '[limits]\nmax-memory = "lots"',
            "limits.max-memory: not a size such as 512M or 2G (got 'lots')",
        ),
        ("[limits]\nmax-memory = 0", "limits.max-memory: Input should be greater than 0 (got 0)"),
        ("[limits]\nmax-memory = true", "limits.max-memory: not a size such as 512M or 2G"),
        ("[limits]\ntimeout = -1", "limits.timeout: Input should be greater than 0"),
        ("[limits]\nmax-zip-entries = 1.5", "limits.max-zip-entries: Input should be a valid int"),
        ("limits = 3", "'limits' must be a table"),
    ],
)
def test_mistakes_are_errors(text: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(directory=tmp_path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_limits_table_with_sizes_in_words(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(
        '[limits]\nmax-file-size = "10M"\nmax-memory = "1.5G"\nmax-unpacked-size = 4096\n'
        "timeout = 20\nmax-pdf-pages = 50\nmax-text-lines = 900\nmax-zip-entries = 30\n"
        "max-compression-ratio = 50\n",
        encoding="utf-8",
    )
    limits = load_settings(directory=tmp_path).limits
    assert limits.model_dump() == {
        **Settings().limits.model_dump(),
        "max_file_bytes": 10 * 1024 * 1024,
        "max_memory_bytes": 1536 * 1024 * 1024,
        "max_unpacked_bytes": 4096,
        "timeout_s": 20.0,
        "max_pdf_pages": 50,
        "max_text_lines": 900,
        "max_zip_entries": 30,
        "max_compression_ratio": 50.0,
    }


def test_command_line_limits_replace_the_file_limits_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(
        "[limits]\ntimeout = 20\nmax-pdf-pages = 50\n", encoding="utf-8"
    )
    limits = load_settings(tmp_path / "renstra.toml", {"limits": {"timeout": 7}}).limits
    assert (limits.timeout_s, limits.max_pdf_pages) == (7.0, 50)


def test_errors_name_their_source(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^command line: select: unknown rule or tag 'x'$"):
        resolve_settings({}, {"select": ["x"]})
    (tmp_path / "renstra.toml").write_text('ignore = ["y"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"renstra.toml: ignore: unknown rule or tag 'y'$"):
        load_settings(directory=tmp_path)


def test_command_line_overrides_the_file() -> None:
    file_options: dict[str, Any] = {
        "select": ["#period"],
        "ignore": ["period-mismatch"],
        "severity": {"spelling": "error", "period-typo": "warning"},
        "rules": {"target-jump": {"factor": 4}},
        "lang": "en",
    }
    overrides: dict[str, Any] = {
        "select": ["spelling"],
        "ignore": ["unit-missing"],
        "severity": {"spelling": "info"},
        "rules": {"percent-out-of-range": {"maximum": "150"}},
    }
    settings = resolve_settings(file_options, overrides)
    assert settings.select == ("spelling",)
    assert settings.ignore == ("period-mismatch", "unit-missing")
    assert dict(settings.severity) == {"spelling": "info", "period-typo": "warning"}
    assert TargetJumpOptions.of("target-jump", settings).factor == 4.0
    assert PercentOutOfRangeOptions.of("percent-out-of-range", settings).maximum == 150.0
    assert settings.lang == "en"


def test_merge_keeps_the_file_tables_it_does_not_touch() -> None:
    merged = merge({"rules": {"target-jump": {"factor": 4}}}, {"rules": {"target-jump": {}}})
    assert merged == {"rules": {"target-jump": {"factor": 4}}}


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["spelling=error"], {"spelling": "error"}),
        (
            ["spelling=error,#unit=info", " a = b "],
            {"spelling": "error", "#unit": "info", "a": "b"},
        ),
    ],
)
def test_parse_pairs(values: list[str], expected: dict[str, str]) -> None:
    assert parse_pairs(values, "--severity") == expected


@pytest.mark.parametrize("value", ["spelling", "=error", "spelling="])
def test_parse_pairs_refuses(value: str) -> None:
    with pytest.raises(ConfigError, match="--severity: expected NAME=VALUE"):
        parse_pairs([value], "--severity")


def test_parse_rule_options() -> None:
    assert parse_rule_options(["target-jump.factor=4", "percent-out-of-range.maximum=120"]) == {
        "target-jump": {"factor": "4"},
        "percent-out-of-range": {"maximum": "120"},
    }
    with pytest.raises(ConfigError, match="expected RULE.OPTION=VALUE"):
        parse_rule_options(["factor=4"])


def test_split_list() -> None:
    assert split_list(["a,b", " c ", ",d,"]) == ["a", "b", "c", "d"]


def test_the_documented_example_is_a_valid_config(tmp_path: Path) -> None:
    doc = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "renstra.toml").write_text(example, encoding="utf-8")
    settings = load_settings(directory=tmp_path)
    assert settings.select == ("#period", "spelling")
    assert TargetJumpOptions.of("target-jump", settings).factor == 4.0


def test_one_rules_option_never_retunes_another(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(
        "[rules.cross-indicator-missing]\nmatch = 0.5\n", encoding="utf-8"
    )
    settings = load_settings(directory=tmp_path)
    assert IndicatorMissingOptions.of("cross-indicator-missing", settings).match == 0.5
    assert TargetMismatchOptions.of("cross-target-mismatch", settings).match == 0.85


def test_a_rule_checks_its_own_option_values(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(
        "[rules.targets-copied]\nmin-values = 1\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"rules\.targets-copied\.min-values: .*greater than or"):
        load_settings(directory=tmp_path)

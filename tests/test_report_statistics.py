"""`renstra check --statistics`: findings counted per rule, most frequent first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import SAMPLES

SEED_IKU = SAMPLES / "iku_metro_utara.txt"
DISDIK = SAMPLES / "renstra_disdik_tanah_datar_baru.md"


@pytest.fixture(autouse=True)
def _no_config_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def statistics(*args: str) -> str:
    result = CliRunner().invoke(app, ["check", str(SEED_IKU), str(DISDIK), "--statistics", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_one_line_per_rule_most_frequent_first_then_ties_by_rule() -> None:
    lines = statistics("--lang", "en").splitlines()
    counted = [line.split()[:3] for line in lines[:-1]]
    assert counted == [
        ["2", "warning", "spelling"],  # Presentase (IKU) and Prosentase (Disdik)
        ["1", "error", "nip-invalid"],
        ["1", "warning", "percent-out-of-range"],
        ["1", "warning", "target-jump"],
        ["1", "error", "unit-mismatch"],
        ["1", "warning", "unit-missing"],
    ]
    assert lines[0].endswith("A known misspelling (Presentase, Indek...) or words glued together "
                             "(IndeksBudayaKerja).")  # fmt: skip
    assert lines[-1] == "7 finding(s) (2 error(s), 5 warning(s), 0 info) in 2 file(s)"


def test_as_json_a_list_of_rule_severity_count_description() -> None:
    rows = json.loads(statistics("--output-format", "json", "--lang", "en"))
    assert rows[0] == {
        "rule": "spelling",
        "severity": "warning",
        "count": 2,
        "description": "A known misspelling (Presentase, Indek...) or words glued together "
        "(IndeksBudayaKerja).",
    }
    assert sum(row["count"] for row in rows) == 7


def test_statistics_in_a_format_made_for_findings_is_a_usage_error() -> None:
    result = CliRunner().invoke(
        app, ["check", str(SEED_IKU), "--statistics", "--output-format", "sarif"]
    )
    assert result.exit_code == 2
    assert "--statistics prints text, concise, json, not sarif" in result.stderr

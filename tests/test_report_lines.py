"""`renstra check --format concise|github`: one line per finding."""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.cli import app
from renstra.extract.report_lines import place
from renstra.schemas import SourceLocation
from typer.testing import CliRunner

from .paths import SAMPLES

SEED_IKU = SAMPLES / "iku_metro_utara.txt"
RULE_NAME = "'Presentase penanganan Konflik pada kecamatan'"


@pytest.fixture(autouse=True)
def _no_config_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def check(*args: str) -> list[str]:
    result = CliRunner().invoke(app, ["check", str(SEED_IKU), *args])
    assert result.exit_code == 1, result.output  # the unit-mismatch is an error
    return result.stdout.splitlines()


def test_concise_is_one_unwrapped_line_per_finding_and_a_totals_line() -> None:
    path = str(SEED_IKU)
    assert check("--format", "concise", "--lang", "en") == [
        f"{path}:25: warning spelling: 'Presentase' in {RULE_NAME} looks misspelled.",
        f"{path}:25: error unit-mismatch: {RULE_NAME}: it is named as a percentage but its "
        "satuan is 'kegiatan'.",
        "2 finding(s) (1 error(s), 1 warning(s), 0 info) in 1 file(s)",
    ]
    assert (
        check("--format", "concise")[-1] == "2 temuan (1 galat, 1 peringatan, 0 info) di 1 berkas"
    )


def test_github_annotations_carry_file_line_column_and_rule() -> None:
    path = str(SEED_IKU)
    assert check("--format", "github", "--lang", "en") == [
        f"::warning file={path},line=25,title=spelling::'Presentase' in {RULE_NAME} "
        "looks misspelled.",
        f"::error file={path},line=25,title=unit-mismatch::{RULE_NAME}: it is named as a "
        "percentage but its satuan is 'kegiatan'.",
    ]


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        (SourceLocation(line=25, column=2), "25"),
        (SourceLocation(line=7), "7"),
        (SourceLocation(page=3, table=1, row=4, column=6), "p3t1r4c6"),
        (SourceLocation(page=2, line=17), "p2l17"),
        (SourceLocation(sheet="IKU", cell="B7", table=1, row=2), "IKU!B7"),
        (SourceLocation(), "0"),
    ],
)
def test_place_names_each_formats_position(location: SourceLocation, shown: str) -> None:
    assert place(location) == shown


def test_github_escapes_what_would_end_a_workflow_command() -> None:
    from renstra.extract.report_lines import _github
    from renstra.schemas import Finding

    finding = Finding(rule="target-jump", severity="info", message="naik 50%\nlalu turun",
                      location=SourceLocation(page=2))  # fmt: skip
    assert _github("a,b:c.pdf", finding) == (
        "::notice file=a%2Cb%3Ac.pdf,title=target-jump::naik 50%25%0Alalu turun"
    )

"""`renstra check --output-format junit`: a suite per file, a case per finding."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import SAMPLES

SEED_IKU = SAMPLES / "iku_metro_utara.txt"
CLEAN = SAMPLES / "renstra_setda_mekarsari.txt"


@pytest.fixture(autouse=True)
def _no_config_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def junit(*args: str) -> tuple[int, ET.Element]:
    result = CliRunner().invoke(app, ["check", "--output-format", "junit", "--lang", "en", *args])
    return result.exit_code, ET.fromstring(result.stdout.encode())


def test_findings_at_fail_on_are_failures_and_the_counts_add_up() -> None:
    code, root = junit(str(SEED_IKU))
    assert code == 1
    [suite] = root.findall("testsuite")
    assert suite.get("name") == str(SEED_IKU)
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["spelling (25)", "unit-mismatch (25)"]
    assert [c.get("line") for c in cases] == ["25", "25"]
    assert cases[0].find("failure") is None  # a warning, below --fail-on error
    assert "'Presentase'" in (cases[0].findtext("system-out") or "")
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "unit-mismatch"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "1", "0")


def test_fail_on_warning_makes_the_warning_a_failure_too() -> None:
    code, root = junit(str(SEED_IKU), "--fail-on", "warning")
    assert code == 1
    assert root.get("failures") == "2"


def test_fail_on_never_fails_nothing() -> None:
    code, root = junit(str(SEED_IKU), "--fail-on", "never")
    assert code == 0
    assert root.get("failures") == "0"


def test_a_file_that_cannot_be_read_is_an_error_case(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"not a zip")
    code, root = junit(str(broken))
    assert code == 2
    [case] = root.iter("testcase")
    error = case.find("error")
    assert error is not None and str(broken) in (error.get("message") or "")
    assert (root.get("tests"), root.get("errors")) == ("1", "1")


def test_a_file_with_no_findings_is_one_passing_case() -> None:
    result = CliRunner().invoke(app, ["check", str(CLEAN), "--output-format", "concise"])
    assert result.stdout.startswith("0 "), "the sample must have no findings for this test"
    code, root = junit(str(CLEAN))
    assert code == 0
    [case] = root.iter("testcase")
    assert case.get("name") == "renstra check" and len(case) == 0

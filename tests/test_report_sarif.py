"""`renstra check --output-format sarif`: a SARIF 2.1.0 log that the OASIS schema accepts."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from renstra.extract.cli import app
from renstra.extract.report_sarif import uri
from typer.testing import CliRunner

from .paths import SAMPLES

SEED_IKU = SAMPLES / "iku_metro_utara.txt"
SEED_RENSTRA = SAMPLES / "renstra_metro_timur.txt"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def _no_config_around(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@cache
def validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def sarif(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["check", "--output-format", "sarif", "--lang", "en", *args])
    assert result.exit_code in (0, 1, 2), result.output
    log: dict[str, Any] = json.loads(result.stdout)
    errors = sorted(validator().iter_errors(log), key=str)
    assert not errors, errors[0]
    return log


def test_a_finding_on_a_line_has_its_rule_level_region_and_fingerprint() -> None:
    run = sarif(str(SEED_RENSTRA))["runs"][0]
    typo = next(r for r in run["results"] if r["ruleId"] == "period-typo")
    assert typo["level"] == "error"
    physical = typo["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == uri(str(SEED_RENSTRA))
    assert physical["region"] == {"startLine": 25}
    assert typo["properties"]["evidence"] == "2021-2126"
    assert typo["properties"]["suggestion"] == "2021-2026"
    assert set(typo["partialFingerprints"]) == {"renstra/v1"}
    rules = run["tool"]["driver"]["rules"]
    assert rules[typo["ruleIndex"]]["id"] == "period-typo"
    assert rules[typo["ruleIndex"]]["defaultConfiguration"] == {"level": "error"}
    assert run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]


def test_levels_follow_severities_and_info_is_a_note() -> None:
    run = sarif(str(SEED_IKU))["runs"][0]
    assert sorted((r["ruleId"], r["level"]) for r in run["results"]) == [
        ("spelling", "warning"),
        ("unit-mismatch", "error"),
    ]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in run["tool"]["driver"]["rules"]}
    assert levels["cross-version"] == "note"


def test_a_place_without_a_line_goes_into_properties_and_the_message() -> None:
    run = sarif(str(SAMPLES / "formats" / "renstra_metro_timur.pdf"))["runs"][0]
    typo = next(r for r in run["results"] if r["ruleId"] == "period-typo")
    location = typo["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["properties"]["page"] == 1
    assert location["properties"]["line"] == 17
    assert typo["message"]["text"].endswith("(page 1, line 17)")


def test_a_file_that_cannot_be_read_is_a_notification_not_a_result(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"not a zip")
    run = sarif(str(broken), str(SEED_IKU))["runs"][0]
    [notification] = run["invocations"][0]["toolExecutionNotifications"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert notification["level"] == "error"
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri(
        str(broken)
    )
    assert {r["ruleId"] for r in run["results"]} == {"spelling", "unit-mismatch"}


def test_with_a_baseline_every_result_is_new(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    CliRunner().invoke(app, ["check", str(SEED_RENSTRA), "-o", str(old)])
    run = sarif(str(SEED_RENSTRA), str(SEED_IKU), "--baseline", str(old))["runs"][0]
    assert {r["ruleId"] for r in run["results"]} == {"spelling", "unit-mismatch"}
    assert {r["baselineState"] for r in run["results"]} == {"new"}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("samples/a b.txt", "samples/a%20b.txt"),
        ("/data/renstra 2021.pdf", "file:///data/renstra%202021.pdf"),
    ],
)
def test_uris_are_percent_encoded_and_stay_relative(path: str, expected: str) -> None:
    assert uri(path) == expected

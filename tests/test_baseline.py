"""Baselines: findings already in a previous report are not reported again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from renstra.extract.baseline import (
    BaselineError,
    apply_baseline,
    baseline_from_report,
    fingerprint,
    load_baseline,
)
from renstra.extract.batch import FileResult, process
from renstra.extract.inputs import InputFile
from renstra.extract.report import build_report
from renstra.schemas import Settings, SourceLocation

from .paths import SAMPLES

SEED = SAMPLES / "renstra_dispar_tanah_datar_baru.txt"


def _run(*paths: Path, lang: str = "id") -> list[FileResult]:
    inputs = [InputFile(str(p), p.name) for p in paths]
    return list(process(inputs, Settings(lang=lang)))  # type: ignore[arg-type]


def _report(results: list[FileResult]) -> dict[str, object]:
    return json.loads(build_report(results).model_dump_json())


def _rules(results: list[FileResult]) -> list[str]:
    return [f.rule for r in results if r.document for f in r.document.findings]


def test_fingerprint_ignores_line_row_table_and_message() -> None:
    here = SourceLocation(line=10, table=1, row=4, column=7)
    moved = SourceLocation(line=12, table=2, row=5, column=7)
    assert fingerprint("spelling", "Presentase X", "Presentase", here) == fingerprint(
        "spelling", "presentase  x.", "Presentase", moved
    )
    other_cell = SourceLocation(line=10, table=1, row=4, column=8)
    assert fingerprint("target-missing", "X", None, here) != fingerprint(
        "target-missing", "X", None, other_cell
    )
    assert fingerprint("spelling", "X", "a", here) != fingerprint("unit-missing", "X", "a", here)


@pytest.mark.parametrize(
    ("rule", "name", "evidence", "location", "expected"),
    [
        # sha256 of 'spelling', 'presentase x', 'presentase', 'IKU', '3' joined by U+001F
        (
            "spelling",
            "Presentase  X.",
            "Presentase",
            SourceLocation(sheet="IKU", column=3, row=9),
            "a6dc01e4e0bb1d01",
        ),
        ("target-missing", "X", None, SourceLocation(line=4), "b52bc5dba0c8a60a"),
    ],
)
def test_fingerprint_values_stay_what_baselines_hold(
    rule: str, name: str, evidence: str | None, location: SourceLocation, expected: str
) -> None:
    assert fingerprint(rule, name, evidence, location) == expected
    assert fingerprint(rule, name, evidence, location) == expected  # remembered: the same


def test_the_same_file_against_its_own_report_has_nothing_new() -> None:
    results = _run(SEED)
    assert len(_rules(results)) == 4
    kept, dropped = apply_baseline(results, baseline_from_report(_report(results)))
    assert _rules(kept) == []
    assert dropped == {str(SEED): 4}


def test_a_report_in_another_language_is_the_same_baseline() -> None:
    english = _report(_run(SEED, lang="en"))
    kept, _ = apply_baseline(_run(SEED), baseline_from_report(english))
    assert _rules(kept) == []


def test_unrelated_edits_keep_old_findings_known_and_new_ones_show(tmp_path: Path) -> None:
    copy = tmp_path / "dispar.txt"
    shutil.copy(SEED, copy)
    baseline = baseline_from_report(_report(_run(copy)))
    text = SEED.read_text(encoding="utf-8")
    # three lines added at the top move every finding down, and bring one new typo
    edited = "Catatan revisi\n\nDirevisi untuk periode 2023-2072.\n" + text
    copy.write_text(edited, encoding="utf-8")
    results = _run(copy)
    kept, dropped = apply_baseline(results, baseline)
    new = [(f.rule, f.evidence) for r in kept if r.document for f in r.document.findings]
    assert new == [("period-typo", "2023-2072")]
    assert dropped == {str(copy): 4}


def test_a_renamed_unchanged_file_is_matched_by_its_content(tmp_path: Path) -> None:
    baseline = baseline_from_report(_report(_run(SEED)))
    renamed = tmp_path / "renamed.txt"
    shutil.copy(SEED, renamed)
    kept, _ = apply_baseline(_run(renamed), baseline)
    assert _rules(kept) == []


def test_findings_are_counted_not_just_collected(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text("periode 2022-2062\n", encoding="utf-8")
    baseline = baseline_from_report(_report(_run(path)))
    path.write_text("periode 2022-2062\nlagi 2022-2062\n", encoding="utf-8")
    kept, dropped = apply_baseline(_run(path), baseline)
    assert _rules(kept) == ["period-typo"]
    # the first period-typo, and the no-indicators warning both versions have
    assert dropped == {str(path): 2}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not a JSON report"),
        ('{"valid": true}', "not a `renstra check --format json` report"),
        ('{"tasks": [{"path": "a.txt", "findings": [{"rule": "x"}]}]}', "no fingerprint"),
        ('{"tasks": [{"path": "a.txt", "limited": true, "findings": []}]}', "without --limit"),
        ('{"tasks": [{"findings": []}]}', "a task has no path"),
    ],
)
def test_unusable_baselines_are_errors(content: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message):
        load_baseline(str(path))


def test_a_missing_baseline_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="no such file"):
        load_baseline(str(tmp_path / "nope.json"))

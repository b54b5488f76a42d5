"""ocr-suspect-number on a number out of scale with its fellows (extract/checks/ocr.py): a
decimal point OCR lost is flagged; the same numbers typed in a text file are not OCR's.

The letter case ('8S') is tested on a real scan in tests/test_ocr_pdf.py; here the values
come from a text table whose provenance is then marked as read by OCR, so no page is OCR'd.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.checks import run_checks
from renstra.schemas import Document, Settings

from .documents import extract_text, renstra


def as_scanned(document: Document, confidence: float = 91.0) -> Document:
    """``document`` as if every target had been read by OCR with ``confidence``."""
    indicators = []
    for indicator in document.indicators:
        targets = [
            t.model_copy(
                update={"provenance": t.provenance.model_copy(update={"confidence": confidence})}
            )
            for t in indicator.targets
            if t.provenance is not None
        ]
        indicators.append(indicator.model_copy(update={"targets": targets}))
    return document.model_copy(update={"indicators": indicators, "findings": []})


def suspects(document: Document) -> list[tuple[str | None, str]]:
    found = run_checks(document, Settings(lang="en", select=("ocr-suspect-number",)))
    return [(f.evidence, f.message) for f in found]


def row(*targets: str) -> str:
    return "1\tMeningkatnya tata kelola\tMeningkatnya SPBE\tNilai SPBE\t" + "\t".join(targets)


def test_a_lost_decimal_point_is_flagged_with_the_values_beside_it(tmp_path: Path) -> None:
    document = as_scanned(extract_text(tmp_path, renstra([row("3,81", "4", "41", "4,2", "4,3")])))
    assert suspects(document) == [
        (
            "41",
            "The value '41' of 'Nilai SPBE' was read by OCR and is about 10 times the "
            "indicator's other values (3.81, 4, 4.2, 4.3); a decimal point may be lost or a "
            "digit misread.",
        )
    ]


def test_a_digit_too_few_is_a_tenth(tmp_path: Path) -> None:
    document = as_scanned(extract_text(tmp_path, renstra([row("86", "86,5", "8,7", "87,5", "88")])))
    assert [evidence for evidence, _ in suspects(document)] == ["8,7"]
    assert "about 1/10 times" in suspects(document)[0][1]


@pytest.mark.parametrize(
    "targets",
    [
        ("3,81", "4", "4,1", "4,2", "4,3"),  # in scale
        ("5", "25", "50", "75", "100"),  # a steep plan: 5 is 1/15 of the median, 1/5 of 25
        ("0", "1", "41", "4,2", "4,3"),  # a zero leaves no scale to judge by
    ],
)
def test_numbers_in_scale_are_not_flagged(tmp_path: Path, targets: tuple[str, ...]) -> None:
    assert suspects(as_scanned(extract_text(tmp_path, renstra([row(*targets)])))) == []


def test_the_same_numbers_typed_in_a_file_are_not_ocr_s(tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row("3,81", "4", "41", "4,2", "4,3")]))
    assert suspects(document.model_copy(update={"findings": []})) == []

"""ocr-suspect-number on a number out of scale with its fellows (extract/checks/ocr.py): a
decimal point OCR lost is flagged; the same numbers typed in a text file are not OCR's.

The letter case ('8S') is tested on a real scan in tests/test_ocr_pdf.py; here the values
come from a text table whose provenance is then marked as read by OCR, so no page is OCR'd.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.checks import run_checks
from renstra.schemas import Document, Settings, SourceLocation, SourceNote

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
    return _ocr_read(document.model_copy(update={"indicators": indicators, "findings": []}))


def _ocr_read(document: Document) -> Document:
    """``document`` with the ocr-page note every document OCR read carries."""
    page = SourceNote(code="ocr-page", location=SourceLocation(page=1), evidence="rotation 0°")
    source = document.source.model_copy(update={"notes": [*document.source.notes, page]})
    return document.model_copy(update={"source": source})


def suspects(document: Document) -> list[tuple[str | None, str]]:
    found = run_checks(document, Settings(lang="en", select=("ocr-suspect-number",)))
    return [(f.evidence, f.message) for f in found]


def row(*targets: str) -> str:
    return "1\tMeningkatnya tata kelola\tMeningkatnya SPBE\tNilai SPBE\t" + "\t".join(targets)


def test_a_number_ten_times_its_fellows_is_flagged_with_the_values_beside_it(
    tmp_path: Path,
) -> None:
    document = as_scanned(extract_text(tmp_path, renstra([row("86", "87", "880", "89", "90")])))
    assert suspects(document) == [
        (
            "880",
            "The value '880' of 'Nilai SPBE' was read by OCR and is about 10 times the "
            "indicator's other values (86, 87, 89, 90); a decimal point may be lost or a "
            "digit misread.",
        )
    ]


def test_a_lost_decimal_point_says_what_the_number_may_be(tmp_path: Path) -> None:
    document = as_scanned(extract_text(tmp_path, renstra([row("3,81", "4", "41", "4,2", "4,3")])))
    assert suspects(document) == [
        (
            "41",
            "The value '41' of 'Nilai SPBE' was read by OCR without decimals where the "
            "indicator's other values have them (3,81, 4,2, 4,3); it may be 4,1.",
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
        ("0", "1", "4", "40", "400"),  # a zero leaves no scale to judge by
    ],
)
def test_numbers_in_scale_are_not_flagged(tmp_path: Path, targets: tuple[str, ...]) -> None:
    assert suspects(as_scanned(extract_text(tmp_path, renstra([row(*targets)])))) == []


def test_the_same_numbers_typed_in_a_file_are_not_ocr_s(tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row("3,81", "4", "41", "4,2", "4,3")]))
    assert suspects(document.model_copy(update={"findings": []})) == []


def test_decimal_points_lost_in_a_row_are_each_flagged_with_what_they_may_be(
    tmp_path: Path,
) -> None:
    # renstra_multipage's 13.23 | 13.3 | 13.39 | 13.45 | 13.49 as its scanned twin read them
    document = as_scanned(
        extract_text(tmp_path, renstra([row("13,23", "133", "1339", "1345", "13,49")]))
    )
    found = suspects(document)
    assert [evidence for evidence, _ in found] == ["133", "1339", "1345"]
    assert found[1][1] == (
        "The value '1339' of 'Nilai SPBE' was read by OCR without decimals where the "
        "indicator's other values have them (13,23, 13,49); it may be 13,39."
    )


def test_whole_numbers_among_decimals_in_their_range_are_not_flagged(tmp_path: Path) -> None:
    document = as_scanned(extract_text(tmp_path, renstra([row("3,81", "4", "4,1", "4,2", "5")])))
    assert suspects(document) == []


def _budgets_read_by_ocr(document: Document, text: str) -> Document:
    """``program_document`` with its first program's first budget read by OCR as ``text``."""
    programs = [p.model_copy(deep=True) for p in document.programs]
    budget = programs[0].budgets[0]
    assert budget.provenance is not None
    budget.text = text
    budget.provenance = budget.provenance.model_copy(update={"confidence": 88.0})
    return _ocr_read(document.model_copy(update={"programs": programs, "findings": []}))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("411,830,000,00", True),  # the T-C.23 twin's 11,830,000,000: a rule read as a 4
        ("3359.037,616", True),  # the T-C.27 twin's 3.359.037,616
        ("11,830,000,000", False),
        ("637.571,904", False),  # in thousands, with its decimals after the other mark
        ("Rp 1.250.000.000", False),
    ],
)
def test_an_amount_read_with_misplaced_thousands_marks_is_flagged(text: str, flagged: bool) -> None:
    from .documents import program_document

    document = _budgets_read_by_ocr(program_document(), text)
    found = suspects(document)
    assert found == (
        [
            (
                text,
                f"The amount '{text}' of '{document.programs[0].name}' was read by OCR and "
                "its thousands marks are not every three digits; a digit may be misread or "
                "lost.",
            )
        ]
        if flagged
        else []
    )


def _thousands(*rows: tuple[str, ...], confidence: float = 90.0) -> Document:
    """A T-C.27-like Renstra read by OCR: one program per row of texts, each text a year's
    budget in thousands ('637.571,904' is Rp 637,571,904)."""
    from renstra.schemas import Budget, Program

    from .documents import program_document

    def amount(text: str) -> int:
        whole, _, part = text.replace(".", "").partition(",")
        return int(whole) * 1000 + int(part.ljust(3, "0")) if whole else 0

    programs = [
        Program(
            id=f"p{r}",
            name=f"Kegiatan {r}",
            provenance=SourceLocation(page=1, table=1, row=r, column=8),
            budgets=[
                Budget(
                    year_index=y,
                    year=2025 + y,
                    amount=amount(text),
                    text=text,
                    scale=1000,
                    provenance=SourceLocation(
                        page=1, table=1, row=r, column=12 + 2 * y, confidence=confidence
                    ),
                )  # fmt: skip
                for y, text in enumerate(texts, start=1)
            ],
        )
        for r, texts in enumerate(rows, start=5)
    ]
    document = program_document().model_copy(update={"programs": programs, "findings": []})
    return _ocr_read(document)


TC27 = [
    ("808.750", "637.571,904", "637.571,904", "637.571,904"),
    ("86.811,9", "126.750", "126.750", "126.750"),
    ("0", "30.000", "30.000", "30.000"),
    ("0", "10.000", "10.000", "10.000"),
    ("721.938,1", "400.821,904", "400.821,904", "400.821,904"),
]
"""Budgets of the T-C.27 sample (its first five rows, four years), as typed."""


def test_thousands_as_typed_are_not_flagged() -> None:
    assert suspects(_thousands(*TC27)) == []


def test_a_decimal_comma_read_as_a_thousands_mark_is_flagged_with_what_it_may_be() -> None:
    rows = [*TC27]
    rows[4] = ("721.938,1", "400.821,904", "400.821.904", "400821904")  # the twin's reading
    found = suspects(_thousands(*rows))
    assert found == [
        (
            "400.821.904",
            "The amount '400.821.904' of 'Kegiatan 9' was read by OCR and is about 3162 "
            "times the median of the other amounts in its column (126.750); a decimal mark "
            "may be read as a thousands mark: it may be 400.821,904.",
        ),
        (
            "400821904",
            "The amount '400821904' of 'Kegiatan 9' was read by OCR and is about 3162 "
            "times the median of the other amounts in its column (126.750); a decimal mark "
            "may be read as a thousands mark: it may be 400.821,904.",
        ),
    ]


def test_an_amount_a_tenth_of_its_rows_other_years_is_flagged() -> None:
    rows = [*TC27]
    rows[2] = ("0", "3.000", "30.000", "30.000")  # the PDF twin's 2027 budget of row 7
    assert suspects(_thousands(*rows)) == [
        (
            "3.000",
            "The amount '3.000' of 'Kegiatan 7' was read by OCR and is about 1/10 times the "
            "row's other years (30.000, 30.000); a digit may be misread or lost.",
        )
    ]


def _with_end(document: Document, *ends: str) -> Document:
    """``document`` (from _thousands) with each program's period-end budget, read by OCR."""
    from renstra.schemas import Budget

    programs = []
    for program, text in zip(document.programs, ends, strict=True):
        whole, _, part = text.replace(".", "").partition(",")
        amount = int(whole) * 1000 + int(part.ljust(3, "0"))
        end = Budget(
            amount=amount, text=text, scale=1000,
            provenance=SourceLocation(page=1, table=1, row=5, column=20, confidence=90.0),
        )  # fmt: skip
        programs.append(program.model_copy(update={"final_budget": end}))
    return document.model_copy(update={"programs": programs})


def test_an_unmarked_amount_in_a_row_that_does_not_add_up_is_flagged() -> None:
    # the PDF twin's 2029 budget of 'Pelaksanaan Koordinasi ...': 350.000 read '380000'
    document = _with_end(_thousands(("233.500", "350.000", "380000", "350.000")), "1.283.500")
    assert suspects(document) == [
        (
            "380000",
            "The amount '380000' of 'Kegiatan 5' was read by OCR without thousands marks, and "
            "the row's yearly budgets do not add up to its period-end column; a digit may be "
            "misread.",
        )
    ]


def test_an_unmarked_amount_in_a_row_that_adds_up_is_not_flagged() -> None:
    document = _with_end(_thousands(("233.500", "350.000", "350000", "350.000")), "1.283.500")
    assert suspects(document) == []


def test_a_lone_digit_breaking_a_row_of_equal_targets_is_flagged(tmp_path: Path) -> None:
    # the TIFF twin's 'Jumlah Laporan Hasil Monitoring ...': 1 read '2' in 2027
    document = as_scanned(extract_text(tmp_path, renstra([row("1", "2", "1", "1", "1")])))
    assert suspects(document) == [
        (
            "2",
            "The value '2' of 'Nilai SPBE' was read by OCR as one digit unlike the other "
            "years' targets, all the same (1, 1, 1, 1); it may be misread.",
        )
    ]


@pytest.mark.parametrize(
    "targets", [("1", "2", "2", "2", "2"), ("2", "2", "2", "2", "3"), ("1", "2", "1", "2", "1")]
)
def test_a_row_that_steps_at_its_ends_or_alternates_is_not_flagged_as_a_lone_digit(
    tmp_path: Path, targets: tuple[str, ...]
) -> None:
    assert suspects(as_scanned(extract_text(tmp_path, renstra([row(*targets)])))) == []


def test_a_lone_digit_beside_a_target_ocr_lost_is_still_flagged(tmp_path: Path) -> None:
    document = as_scanned(extract_text(tmp_path, renstra([row("", "2", "1", "1", "1")])))
    assert [evidence for evidence, _ in suspects(document)] == ["2"]

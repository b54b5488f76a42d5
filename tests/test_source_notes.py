"""Rules on the reader's notes (extract/checks/source_notes.py): each fires where its note
is, with the note's location, and stays silent on the same file without the defect."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import openpyxl
import pytest
from renstra.extract.checks import RULES
from renstra.extract.pipeline import extract_document
from renstra.schemas import Document, NoteCode, Settings, SourceLocation, SourceNote

from .documents import rules_of
from .paths import SAMPLES
from .system_tools import installed
from .test_reader_pdf import canvas_pdf


def sheet(target: object = 3.6, *, hide_row: bool = False, other: str | None = None) -> bytes:
    """A small IKU table on sheet 'IKU'; ``target`` is the second indicator's (D3); ``other``
    is the state of a second sheet 'Lama', when there is one."""
    book = openpyxl.Workbook()
    iku = book.active
    iku.title = "IKU"
    iku.append(["NO", "URAIAN INDIKATOR", "SATUAN", "TARGET"])
    iku.append([1, "Persentase pelayanan", "%", 80])
    iku.append([2, "Indeks kepuasan", "indeks", target])
    iku.row_dimensions[3].hidden = hide_row
    if other is not None:
        lama = book.create_sheet("Lama")
        lama.append(["catatan lama"])
        lama.sheet_state = other
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def text_page(pdf: object) -> None:
    pdf.drawString(72, 700, "Rencana Strategis Dinas Kesehatan")  # type: ignore[attr-defined]


def image_page(pdf: object) -> None:
    pdf.rect(72, 72, 300, 400, fill=1)  # type: ignore[attr-defined]


def legacy_iku() -> bytes:
    """The .xls twin of a sample (samples/render_legacy.py); reading it needs LibreOffice."""
    installed(("soffice", "libreoffice"), "libreoffice-calc")
    return (SAMPLES / "formats" / "legacy" / "iku_metro_utara.xls").read_bytes()


# rule id -> (file that must fire it, the same file without the defect, its suffix)
CASES: dict[str, tuple[Callable[[], bytes], Callable[[], bytes], str]] = {
    "formula-without-value": (lambda: sheet("=B9*2"), sheet, "xlsx"),
    "error-cell": (lambda: sheet("#REF!"), sheet, "xlsx"),
    "hidden-rows": (lambda: sheet(hide_row=True), sheet, "xlsx"),
    "hidden-sheet": (lambda: sheet(other="hidden"), lambda: sheet(other="visible"), "xlsx"),
    "no-text-layer": (
        lambda: canvas_pdf(image_page, image_page),
        lambda: canvas_pdf(text_page, text_page),
        "pdf",
    ),
    "page-without-text": (
        lambda: canvas_pdf(text_page, image_page),
        lambda: canvas_pdf(text_page, text_page),
        "pdf",
    ),
    "converted-file": (
        legacy_iku,
        (SAMPLES / "formats" / "iku_metro_utara.xlsx").read_bytes,
        "xls",
    ),
}
SILENT_SUFFIX = {"converted-file": "xlsx"}
"""The suffix of the file without the defect, where it is not the one of the file with it."""

# rule id -> (severity, location, indicator id, evidence, English message), written by hand
EXPECTED: dict[str, tuple[str, SourceLocation, str | None, str | None, str]] = {
    "formula-without-value": (
        "warning",
        SourceLocation(sheet="IKU", cell="D3"),
        "t1r3",
        "=B9*2",
        "Cell D3 on sheet 'IKU' holds the formula =B9*2 with no saved result; it was read as "
        "empty.",
    ),
    "error-cell": (
        "error",
        SourceLocation(sheet="IKU", cell="D3"),
        "t1r3",
        "#REF!",
        "Cell D3 on sheet 'IKU' holds the Excel error #REF!; its value cannot be read.",
    ),
    "hidden-rows": (
        "info",
        SourceLocation(sheet="IKU", cell="3:3"),
        "t1r3",
        None,
        "Rows 3:3 of sheet 'IKU' are hidden; their content was read.",
    ),
    "hidden-sheet": (
        "info",
        SourceLocation(sheet="Lama"),
        None,
        None,
        "Sheet 'Lama' is hidden in the workbook; its content was read.",
    ),
    "no-text-layer": (
        "error",
        SourceLocation(),
        None,
        None,
        "No page of this PDF has text (a scan, or images only); nothing was extracted.",
    ),
    "page-without-text": (
        "warning",
        SourceLocation(page=2),
        None,
        None,
        "Page 2 has no text (a scanned page or an image); nothing was read from it.",
    ),
    "converted-file": (
        "info",
        SourceLocation(),
        None,
        "xls",
        "This file was written as .xls and converted by LibreOffice before it was read; the "
        "positions given refer to the converted file.",
    ),
}


def extract(tmp_path: Path, data: bytes, suffix: str, settings: Settings | None = None) -> Document:
    path = tmp_path / f"doc.{suffix}"
    path.write_bytes(data)
    # OCR off: the no-text-layer and page-without-text cases are scans left unread
    return extract_document(str(path), settings or Settings(lang="en", ocr="off"))


OCR_NOTES = {"ocr-page", "ocr-low-confidence", "ocr-failed", "ocr-mended"}
"""Their cases need a page OCR'd (seconds each), so they fire and stay silent in
tests/test_ocr_pdf.py, on scans made once per module; ``ocr-mended`` in tests/test_kode.py
and tests/test_scanned_budgets.py, on cells given a confidence as OCR gives them."""
OCR_RULES = {"ocr-suspect-number"}
"""A #source rule on values read by OCR rather than on a note (tests/test_ocr_pdf.py)."""


def test_every_note_code_has_its_rule_and_a_case() -> None:
    source_rules = {rule.id for rule in RULES.values() if "#source" in rule.tags}
    assert set(get_args(NoteCode)) == source_rules - OCR_RULES
    assert set(get_args(NoteCode)) - OCR_NOTES == set(CASES) == set(EXPECTED)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires_at_the_note(rule_id: str, tmp_path: Path) -> None:
    fire, _, suffix = CASES[rule_id]
    document = extract(tmp_path, fire(), suffix)
    found = [f for f in document.findings if f.rule == rule_id]
    assert [(f.severity, f.location, f.indicator_id, f.evidence, f.message) for f in found] == [
        EXPECTED[rule_id]
    ]
    assert found[0].suggestion
    assert [(n.code, n.location) for n in document.source.notes] == [
        (rule_id, EXPECTED[rule_id][1])
    ]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent(rule_id: str, tmp_path: Path) -> None:
    _, silent, suffix = CASES[rule_id]
    document = extract(tmp_path, silent(), SILENT_SUFFIX.get(rule_id, suffix))
    assert document.source.notes == []
    assert rule_id not in rules_of(document), [f.message for f in document.findings]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_renders_in_both_languages(rule_id: str, tmp_path: Path) -> None:
    fire, _, suffix = CASES[rule_id]
    data = fire()
    found = {
        lang: next(
            f
            for f in extract(tmp_path, data, suffix, Settings(lang=lang, ocr="off")).findings
            if f.rule == rule_id
        )
        for lang in ("id", "en")
    }
    assert "{" not in found["id"].message and found["id"].message != found["en"].message
    assert found["id"].fingerprint == found["en"].fingerprint


def test_formula_without_value_beside_the_empty_target_it_causes(tmp_path: Path) -> None:
    # the bare test sheet names no OPD and no period: leave the #coverage rules out
    document = extract(tmp_path, sheet("=B9*2"), "xlsx", Settings(lang="en", ignore=["#coverage"]))
    assert [(f.rule, f.location.cell, f.indicator_id) for f in document.findings] == [
        ("formula-without-value", "D3", "t1r3"),
        ("target-missing", "D3", "t1r3"),
    ]


def test_ignoring_the_source_tag_keeps_the_notes_in_the_document(tmp_path: Path) -> None:
    settings = Settings(lang="en", ignore=["#source", "#coverage"])
    document = extract(tmp_path, sheet(other="hidden"), "xlsx", settings)
    assert document.findings == []
    assert document.source.notes == [
        SourceNote(code="hidden-sheet", location=SourceLocation(sheet="Lama"))
    ]


@pytest.mark.parametrize(
    ("hidden", "cell", "indicator_id"),
    [
        ([3], "3:3", "t1r3"),  # one indicator in the row: the finding names it
        ([2, 3], "2:3", None),  # two: naming one would hide the other
        ([5], "5:5", None),  # a note under the table, no indicator
    ],
)
def test_hidden_rows_name_their_indicator_only_when_there_is_one(
    tmp_path: Path, hidden: list[int], cell: str, indicator_id: str | None
) -> None:
    book = openpyxl.load_workbook(io.BytesIO(sheet()))
    book.active.append([])
    book.active.append(["catatan: target dapat berubah"])
    for row in hidden:
        book.active.row_dimensions[row].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    document = extract(tmp_path, buffer.getvalue(), "xlsx")
    found = [
        (f.location.cell, f.indicator_id) for f in document.findings if f.rule == "hidden-rows"
    ]
    assert found == [(cell, indicator_id)]

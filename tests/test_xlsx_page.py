"""Page setup and row heights of a printable sheet, read back with openpyxl."""

from __future__ import annotations

import io

import openpyxl
import pytest
from openpyxl.styles import Alignment
from renstra.extract.xlsx_page import fit_row_heights, make_printable, text_lines

WRAP = Alignment(wrap_text=True, vertical="top")


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 10, 1),
        ("kata", 10, 1),
        ("abcd efgh", 10, 1),  # 9 characters: a line holds width - 1
        ("abcd efgh ijkl", 10, 2),
        ("satu\ndua\ntiga", 40, 3),  # each line break starts a line
        ("a" * 25, 10, 3),  # a word longer than the line is cut: 9 + 9 + 7
        ("Persentase rekomendasi pelayanan yang diberikan di Kecamatan", 45, 2),
    ],
)
def test_text_lines(text: str, width: float, lines: int) -> None:
    assert text_lines(text, width) == lines


def reopened(book: openpyxl.Workbook) -> openpyxl.Workbook:
    buffer = io.BytesIO()
    book.save(buffer)
    return openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))


def test_rows_grow_with_wrapped_text_and_a_merged_cell_with_its_rows() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 20
    sheet["A1"] = "Judul"
    sheet["A2"] = " ".join(["kata"] * 20)  # four words (19 characters) a line: 5 lines
    sheet["A2"].alignment = WRAP
    sheet["B2"] = " ".join(["kata"] * 20)  # the same text, not wrapped: one line
    sheet["A3"] = " ".join(["kata"] * 16)  # merged over A3:A5 and wrapped: 4 lines
    sheet["A3"].alignment = WRAP
    sheet.merge_cells("A3:A5")
    sheet["B3"], sheet["B4"], sheet["B5"] = "x", "y", "z"
    fit_row_heights(sheet, 2)
    sheet = reopened(book).active
    assert sheet.row_dimensions[1].height is None  # before the first row: untouched
    assert sheet.row_dimensions[2].height == 5 * 15 + 3
    assert [sheet.row_dimensions[r].height for r in (3, 4)] == [18, 18]
    # the three rows hold 4 lines (63 points) together: the last grows by 63 - 54
    assert sheet.row_dimensions[5].height == 18 + 9


def test_page_setup() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Temuan"
    for row in range(1, 8):
        sheet.append([f"r{row}", "b", "c", "d"])
    make_printable(sheet, title_rows=(5, 6), lang="en")
    sheet = reopened(book)["Temuan"]
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0,
    )  # fmt: skip
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.print_title_rows == "$5:$6"
    assert sheet.print_area == "'Temuan'!$A$1:$D$7"
    assert sheet.oddFooter.center.text == "Page &P of &N"


def test_the_footer_is_indonesian_by_default() -> None:
    book = openpyxl.Workbook()
    make_printable(book.active, title_rows=(1, 1))
    assert reopened(book).active.oddFooter.center.text == "Halaman &P dari &N"

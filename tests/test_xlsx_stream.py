from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from renstra.extract.writers import xlsx_stream
from renstra.extract.writers.column_kinds import Kind
from renstra.extract.writers.xlsx_stream import DECIMAL_FORMAT, Workbook, column_letter, mask


class Buffer:
    def __init__(self) -> None:
        self.data = io.BytesIO()

    def write(self, data: bytes) -> None:
        self.data.write(data)

    @property
    def size(self) -> int:
        return self.data.tell()


def book(
    rows: Sequence[Sequence[str]], kinds: Sequence[Kind], *, comma: bool = False
) -> tuple[bytes, openpyxl.Workbook]:
    buffer = Buffer()
    workbook = Workbook(buffer, decimal_comma=comma)
    header = [f"c{i}" for i in range(len(kinds))]
    workbook.add_sheet("t", header, kinds, [[mask(c) for c in row] for row in rows])
    workbook.close()
    data = buffer.data.getvalue()
    return data, openpyxl.load_workbook(io.BytesIO(data))


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (59, "BH"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_cells_are_typed_by_their_column_and_empty_cells_stay_empty() -> None:
    rows = [
        ["a <b> & c", "2025", "1250000000", "9.55", "100", ""],
        ["", "", "", "", "-0.5", "x"],
    ]
    kinds: list[Kind] = ["text", "year", "rupiah", "decimal", "decimal", "text"]
    _, workbook = book(rows, kinds)
    sheet = workbook["t"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert values == [
        ["a <b> & c", 2025, 1250000000, 9.55, 100, None],
        [None, None, None, None, -0.5, "x"],
    ]
    formats = [c.number_format for c in sheet[2]][1:5]
    assert formats == ["0", "#,##0", DECIMAL_FORMAT, "#,##0"]  # 100 is whole: no decimals


def test_text_in_a_number_column_is_a_text_cell_and_control_characters_go() -> None:
    rows = [["69,1-69,5", "WTP", "inf", "ok\x01\x0b\ufdd0\ufffe"]]
    _, workbook = book(rows, ["decimal", "decimal", "decimal", "text"])
    assert [c.value for c in workbook["t"][2]] == ["69,1-69,5", "WTP", "inf", "ok"]


def test_a_decimal_comma_becomes_a_point_where_the_rows_have_one() -> None:
    _, workbook = book([["9,55", "1,5e-05", "10,04"]], ["decimal", "decimal", "text"], comma=True)
    assert [c.value for c in workbook["t"][2]] == [9.55, 1.5e-05, "10,04"]


def test_the_header_is_frozen_bold_and_filtered() -> None:
    _, workbook = book([["x", "1"], ["y", "2"]], ["text", "integer"])
    sheet = workbook["t"]
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("A2", "A1:B3")
    assert [c.font.b for c in sheet[1]] == [True, True]
    assert sheet.column_dimensions["A"].width == 14


def test_rows_beyond_a_sheets_limit_go_on_to_the_next_sheet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(xlsx_stream, "MAX_ROWS", 4)  # a header and three rows
    rows = [[str(i)] for i in range(7)]
    _, workbook = book(rows, ["integer"])
    assert workbook.sheetnames == ["t", "t (2)", "t (3)"]
    values = [[c.value for c in r] for ws in workbook for r in ws.iter_rows(min_row=2)]
    assert values == [[i] for i in range(7)]
    assert [ws["A1"].value for ws in workbook] == ["c0"] * 3
    assert workbook["t (3)"].auto_filter.ref == "A1:A2"


def test_the_same_rows_give_the_same_bytes(tmp_path: Path) -> None:
    rows = [["a", "1.5"]]
    assert book(rows, ["text", "decimal"])[0] == book(rows, ["text", "decimal"])[0]

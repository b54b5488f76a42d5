"""A scanned table's traced columns that no text stands in are dropped, and the spans over
them narrowed, and misread numbers of its numbering rows mended
(extract/readers/scanned_grid.py)."""

from __future__ import annotations

from renstra.extract.column_numbers import is_column_number_row
from renstra.extract.readers.pdf import PageTable, PCell
from renstra.extract.readers.scanned_grid import drop_empty_columns, mend_numbering

BOX = (0.0, 0.0, 1.0, 1.0)


def cell(text: str, colspan: int = 1, rowspan: int = 1) -> PCell:
    return PCell(text, BOX, rowspan, colspan)


def covered() -> PCell:
    return PCell("", BOX, covered=True)


def shape(table: PageTable) -> list[list[str]]:
    """Each row as its cells' texts, a span as 'text/colspan', a covered slot as '^'."""
    return [
        ["^" if c.covered else (f"{c.text}/{c.colspan}" if c.colspan > 1 else c.text) for c in row]
        for row in table.rows
    ]


def test_a_sliver_under_a_spanning_header_is_dropped_and_the_span_narrowed() -> None:
    # 'Target Renstra' over 2021 | (sliver) | 2022; the sliver holds no text in any row
    table = PageTable(
        1,
        (0.0, 0.0, 300.0, 60.0),
        [0.0, 100.0, 150.0, 158.0, 200.0],
        [
            [cell("Indikator", rowspan=2), cell("Target Renstra", colspan=4), *[covered()] * 3],
            [covered(), cell("2021"), cell(""), cell(""), cell("2022")],
            [cell("Nilai SPBE"), cell("3,81"), cell(""), cell(""), cell("4")],
        ],
        [1, 1, 1],
    )  # fmt: skip
    drop_empty_columns(table)
    assert table.columns == [0.0, 100.0, 200.0]
    assert shape(table) == [
        ["Indikator", "Target Renstra/2", "^"],
        ["^", "2021", "2022"],
        ["Nilai SPBE", "3,81", "4"],
    ]


def test_a_column_with_text_in_one_row_stays() -> None:
    rows = [[cell("No"), cell("Keterangan")], [cell("1"), cell("")], [cell("2"), cell("ada")]]
    table = PageTable(1, BOX, [0.0, 50.0], rows, [1, 1, 1])
    drop_empty_columns(table)
    assert table.columns == [0.0, 50.0] and shape(table)[2] == ["2", "ada"]


def test_a_column_where_a_span_starts_stays_even_empty() -> None:
    rows = [[cell("A"), cell("", colspan=2), covered()], [cell("B"), cell(""), cell("x")]]
    table = PageTable(1, BOX, [0.0, 50.0, 90.0], rows, [1, 1])
    drop_empty_columns(table)
    assert table.columns == [0.0, 50.0, 90.0]


def test_a_misread_number_in_a_numbering_row_is_the_one_its_neighbours_call_for() -> None:
    # a T-C.23's year numbers: Target Renstra 1-5, Realisasi 1-4, Rasio 1-2, as OCR read them
    numbers = ["1", "2", "3", "4", "5", "LZ", "2", "3", "l", "1", "2"]
    table = PageTable(
        1, BOX, [float(i) for i in range(12)], [[cell("")] + [cell(t) for t in numbers]], [1]
    )
    mend_numbering(table)
    assert shape(table)[0][1:] == ["1", "2", "3", "4", "5", "1", "2", "3", "4", "1", "2"]


def test_letters_in_a_row_of_words_stay() -> None:
    row = [cell("No"), cell("Sasaran"), cell("IS"), cell("1")]
    table = PageTable(1, BOX, [0.0, 1.0, 2.0, 3.0], [row], [1])
    mend_numbering(table)
    assert shape(table) == [["No", "Sasaran", "IS", "1"]]


def test_a_column_number_row_misread_in_two_cells_is_numbered_again() -> None:
    # the T-C.27 scan's page 2, repeating (1)..(25) over its rows: '(1)' and '(9)' read '@'
    read = ["@", *[f"({n})" for n in range(2, 9)], "@", *[f"({n})" for n in range(10, 26)]]
    table = PageTable(1, BOX, [float(i) for i in range(25)], [[cell(t) for t in read]], [1])
    mend_numbering(table)
    texts = shape(table)[0]
    assert texts == [f"({n})" for n in range(1, 26)]
    assert is_column_number_row(texts)


def test_a_row_with_few_cells_numbered_as_their_column_stays() -> None:
    read = ["1", "Persentase (%)", "(3)", "@", "85", "90"]
    table = PageTable(1, BOX, [float(i) for i in range(6)], [[cell(t) for t in read]], [1])
    mend_numbering(table)
    assert shape(table)[0] == read


def test_a_row_alone_keeps_its_blank_columns() -> None:
    # the rest of a card a page break cut off: only PENJELASAN holds text, and the row must
    # keep the seven columns of the table it goes on
    row = [
        cell(""),
        cell(""),
        cell(""),
        cell(""),
        cell("Sumber Data : Laporan"),
        cell(""),
        cell(""),
    ]
    table = PageTable(2, BOX, [float(i) for i in range(7)], [row], [2])
    drop_empty_columns(table)
    assert len(table.columns) == 7 and shape(table) == [
        ["", "", "", "", "Sumber Data : Laporan", "", ""]
    ]

"""A table row cut by a page break: its rest joined to the row above, others left alone."""

from __future__ import annotations

from renstra.extract.intermediate import Cell, Position, Table
from renstra.extract.parsers.page_breaks import join_cut_rows

ROWS = (
    (1, ("KODE", "PROGRAM", "SATUAN")),
    (1, ("1.01", "Jumlah Orang yang Menerima Gaji", "43")),
    (2, ("", "dan Tunjangan ASN", "Orang/bulan")),  # the rest, at the top of page 2
    (2, ("", "Keterangan", "")),  # on page 2 too, but not where the page starts
    (2, ("", "", "")),
)


def table() -> Table:
    cells = [
        [
            Cell(text, Position(page=page, table=1, row=r + 1, column=c + 1))
            for c, text in enumerate(row)
        ]
        for r, (page, row) in enumerate(ROWS)
    ]
    return Table(index=1, rows=cells, location=Position(page=1, table=1))


def texts(joined: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in joined.rows]


def test_the_rest_is_joined_with_the_separator_and_left_empty() -> None:
    joined = join_cut_rows(table(), 2, lambda row, above: not row[0].text, " ")
    assert texts(joined) == [
        ["KODE", "PROGRAM", "SATUAN"],
        ["1.01", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "43 Orang/bulan"],
        ["", "", ""],
        ["", "Keterangan", ""],
        ["", "", ""],
    ]


def test_a_line_break_separator_and_a_refusing_caller() -> None:
    joined = join_cut_rows(table(), 2, lambda row, above: not row[0].text, "\n")
    assert joined.rows[1][1].text == "Jumlah Orang yang Menerima Gaji\ndan Tunjangan ASN"
    assert texts(join_cut_rows(table(), 2, lambda row, above: False, " ")) == [
        list(row) for _, row in ROWS
    ]

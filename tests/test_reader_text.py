from __future__ import annotations

import hashlib

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.intermediate import Position, RawDocument, SourceFile, Table
from renstra.extract.readers.text import _split, _split_lines, _table_kind, read
from renstra.schemas import Settings


def read_text(text: str | bytes, fmt: str = "txt") -> RawDocument:
    data = text.encode() if isinstance(text, str) else text
    source = SourceFile(f"doc.{fmt}", data, hashlib.sha256(data).hexdigest(), fmt)
    return read(source, Settings())


def texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def line_texts(raw: RawDocument) -> list[tuple[int | None, str]]:
    return [(line.location.line, line.text) for line in raw.lines]


IKU = (
    "MATRIKS INDIKATOR KINERJA UTAMA\n"
    "NAMA OPD : KECAMATAN METRO UTARA\n"
    "\n"
    "NO.\tURAIAN INDIKATOR\tSATUAN\n"
    "1\t2\t3\n"
    "1\tPersentase rekomendasi\t%\n"
    "\n"
    "Banjarsari, April 2021\n"
)


def test_tab_separated_rows_become_one_table_and_other_lines_stay_lines() -> None:
    raw = read_text(IKU)
    assert len(raw.tables) == 1
    assert texts(raw.tables[0]) == [
        ["NO.", "URAIAN INDIKATOR", "SATUAN"],
        ["1", "2", "3"],
        ["1", "Persentase rekomendasi", "%"],
    ]
    assert line_texts(raw) == [
        (1, "MATRIKS INDIKATOR KINERJA UTAMA"),
        (2, "NAMA OPD : KECAMATAN METRO UTARA"),
        (3, ""),
        (7, ""),
        (8, "Banjarsari, April 2021"),
        (9, ""),
    ]


def test_table_and_cell_provenance_count_from_one() -> None:
    table = read_text(IKU).tables[0]
    assert table.index == 1
    assert table.location == Position(line=4, table=1)
    assert table.rows[2][1].location == Position(line=6, table=1, row=3, column=2)
    assert table.rows[0][0].location == Position(line=4, table=1, row=1, column=1)


def test_caption_is_the_last_non_empty_lines_above_the_table() -> None:
    raw = read_text("Tabel 4.1\nTujuan dan Sasaran\nKecamatan Metro Timur\n\nNO.\tA\tB\n1\tx\ty\n")
    assert raw.tables[0].preceding_text == [
        "Tabel 4.1",
        "Tujuan dan Sasaran",
        "Kecamatan Metro Timur",
    ]


def test_short_rows_are_padded_to_the_table_width_with_located_empty_cells() -> None:
    raw = read_text("A\tB\tC\tD\n1\t2\n")
    table = raw.tables[0]
    assert texts(table) == [["A", "B", "C", "D"], ["1", "2", "", ""]]
    assert table.rows[1][3].location == Position(line=2, table=1, row=2, column=4)
    assert table.width == 4


def test_cells_are_stripped_and_leading_empty_cells_kept() -> None:
    raw = read_text("NO.\t TUJUAN \tTARGET\t\n\t\t1\t2\n")
    assert texts(raw.tables[0]) == [["NO.", "TUJUAN", "TARGET", ""], ["", "", "1", "2"]]


def test_two_tables_are_numbered_in_order() -> None:
    raw = read_text("A\tB\tC\n1\t2\t3\n\nteks\nD\tE\tF\n4\t5\t6\n")
    assert [t.index for t in raw.tables] == [1, 2]
    assert texts(raw.tables[1]) == [["D", "E", "F"], ["4", "5", "6"]]
    assert raw.tables[1].rows[0][0].location == Position(line=5, table=2, row=1, column=1)
    assert raw.tables[1].preceding_text == ["teks"]


@pytest.mark.parametrize(
    "block",
    [
        "NAMA OPD\t: KECAMATAN\nTUGAS POKOK\t: Melaksanakan\n",  # key<TAB>: value
        "A\tB\tC\n",  # one row only
        "A\tB\nC\tD\n",  # never three cells
    ],
)
def test_blocks_that_are_not_tables_stay_lines(block: str) -> None:
    raw = read_text(block)
    assert raw.tables == []
    assert [line.text for line in raw.lines if line.text] == block.strip("\n").split("\n")


def test_key_tab_colon_tab_value_lines_are_not_a_table() -> None:
    raw = read_text("NAMA OPD\t:\tKECAMATAN METRO UTARA\nTUGAS POKOK\t:\tMelaksanakan\n")
    assert raw.tables == []
    assert [line.text for line in raw.lines if line.text] == [
        "NAMA OPD\t:\tKECAMATAN METRO UTARA",
        "TUGAS POKOK\t:\tMelaksanakan",
    ]


def test_key_tab_colon_value_lines_are_not_a_table() -> None:
    raw = read_text("NAMA OPD\t: KECAMATAN METRO UTARA\nALAMAT\t\t: Jl. Ahmad Yani\n")
    assert raw.tables == []
    assert len([line for line in raw.lines if line.text]) == 2


def test_a_table_with_a_colon_column_among_other_rows_is_still_a_table() -> None:
    raw = read_text("No\tIndikator\tSatuan\n1\tA\t%\nX\t:\tY\n")
    (table,) = raw.tables
    assert texts(table) == [["No", "Indikator", "Satuan"], ["1", "A", "%"], ["X", ":", "Y"]]


def test_markdown_pipe_table_without_its_separator_row() -> None:
    raw = read_text(
        "intro\n| No | Indikator | Satuan |\n|---|:---:|---:|\n| 1 | A \\| B | % |\nakhir\n", "md"
    )
    (table,) = raw.tables
    assert texts(table) == [["No", "Indikator", "Satuan"], ["1", "A | B", "%"]]
    assert table.rows[1][0].location == Position(line=4, table=1, row=2, column=1)
    assert line_texts(raw) == [(1, "intro"), (5, "akhir"), (6, "")]


def test_a_tab_block_and_a_pipe_block_are_separate() -> None:
    raw = read_text("A\tB\tC\n1\t2\t3\n| a | b | c |\n| d | e | f |\n")
    assert [texts(t) for t in raw.tables] == [
        [["A", "B", "C"], ["1", "2", "3"]],
        [["a", "b", "c"], ["d", "e", "f"]],
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"NO.\tA\tB\r\n1\tx\ty\r\n", "utf-8"),
        (b"\xef\xbb\xbfNO.\tA\tB\r\n1\tx\ty\r\n", "utf-8-sig"),
        (b"NO.\tA\tB\r1\tx\ty\r", "utf-8"),
    ],
)
def test_crlf_cr_and_bom_give_the_same_table(data: bytes, encoding: str) -> None:
    raw = read_text(data)
    assert raw.encoding == encoding
    assert texts(raw.tables[0]) == [["NO.", "A", "B"], ["1", "x", "y"]]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", [""]),
        ("a", ["a"]),
        ("a\n", ["a", ""]),
        ("a\r\nb\rc\nd", ["a", "b", "c", "d"]),
        ("a\r\r\nb\n\r", ["a", "", "b", "", ""]),
        ("\r\n\n", ["", "", ""]),
        # only CR and LF break a line: not form feeds, NEL or the Unicode separators
        ("a\x0cb\x85c\u2028d\u2029e\x0bf", ["a\x0cb\x85c\u2028d\u2029e\x0bf"]),
    ],
)
def test_split_lines_breaks_at_crlf_cr_and_lf(text: str, lines: list[str]) -> None:
    assert _split_lines(text) == lines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("NO.\tURAIAN", "tab"),
        ("| a\t| b |", "tab"),  # a tab wins over pipes
        ("  | No | Indikator", "pipe"),
        ("||", "pipe"),
        ("| satu pipa", None),
        ("a | b | c", None),  # a pipe table row starts with a pipe
        ("teks biasa", None),
        ("", None),
    ],
)
def test_table_kind_of_a_line(line: str, kind: str | None) -> None:
    assert _table_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind", "cells"),
    [
        ("NO.\t TUJUAN \t\t", "tab", ["NO.", "TUJUAN", "", ""]),
        ("| No | Indikator |", "pipe", ["No", "Indikator"]),
        ("  |a||b  ", "pipe", ["a", "", "b"]),
        ("| A \\| B | % |", "pipe", ["A | B", "%"]),
        ("| a | b \\|", "pipe", ["a", "b |"]),  # an escaped pipe at the end is a cell's text
    ],
)
def test_split_a_row_into_cell_texts(line: str, kind: str, cells: list[str]) -> None:
    assert _split(line, kind) == cells


def test_raw_document_carries_the_source_facts() -> None:
    data = b"Judul\n"
    raw = read_text(data)
    assert (raw.path, raw.format, raw.size_bytes, raw.encoding) == ("doc.txt", "txt", 6, "utf-8")
    assert raw.sha256 == hashlib.sha256(b"Judul\n").hexdigest()
    assert raw.pages is None


def test_binary_content_is_refused() -> None:
    with pytest.raises(RenstraError) as caught:
        read_text(b"\x00\x01\x02\x03" * 50)
    assert caught.value.code == "format-error"


def test_a_pipe_block_of_separator_rows_only_stays_lines() -> None:
    """It crashed the reader (max() of no rows): separators are markup, not table rows."""
    raw = read_text("# Judul\n|---|---|---|\n|---|---|---|\n", "md")
    assert raw.tables == []
    assert [line.text for line in raw.lines] == ["# Judul", "|---|---|---|", "|---|---|---|", ""]


STACKED = (
    "PERJANJIAN KINERJA TAHUN 2025\n"
    "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU\n"
    "No\nSasaran Strategis\nIndikator Sasaran\nTarget\n"
    "1\nMeningkatnya Kualitas Komunikasi Publik\nIndeks Keterbukaan Informasi Publik\n70 Indeks\n"
    "2\nMeningkatnya Kualitas Informatika\nIndeks SPBE\n2,8 Indeks\n"
    "\n"
    "PROGRAM\nANGGARAN\n"
    "1. Program Penyelenggaraan Statistik Sektoral\nRp. 13.572.000\n"
    "TOTAL\nRp. 13.572.000\n"
)


def test_a_table_written_one_cell_per_line_is_read_as_its_grid() -> None:
    raw = read_text(STACKED)
    assert [texts(t) for t in raw.tables] == [
        [["No", "Sasaran Strategis", "Indikator Sasaran", "Target"],
         ["1", "Meningkatnya Kualitas Komunikasi Publik", "Indeks Keterbukaan Informasi Publik",
          "70 Indeks"],
         ["2", "Meningkatnya Kualitas Informatika", "Indeks SPBE", "2,8 Indeks"]],
        [["PROGRAM", "ANGGARAN"],
         ["1. Program Penyelenggaraan Statistik Sektoral", "Rp. 13.572.000"],
         ["TOTAL", "Rp. 13.572.000"]],
    ]  # fmt: skip
    assert raw.tables[0].rows[1][2].location == Position(None, 9, 1, 2, 3)  # its own line
    assert [text for _, text in line_texts(raw) if text] == [
        "PERJANJIAN KINERJA TAHUN 2025",
        "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "METADATA\nINDIKATOR\nPERCEPATAN\nPENURUNAN ANGKA\n",  # a title in capitals
        "Indikator : Nilai SAKIP\nSatuan : Nilai\nTarget : BB\nTahun : 2025\n",  # a form
        "No\nIndikator\nTarget\n1\nNilai SAKIP\n",  # rows that do not divide: not guessed
    ],
)
def test_short_lines_that_are_no_stacked_table_stay_lines(text: str) -> None:
    raw = read_text(text)
    assert raw.tables == []
    assert len([t for _, t in line_texts(raw) if t]) == len(text.strip().splitlines())

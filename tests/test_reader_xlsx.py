from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.intermediate import RawDocument, SourceFile
from renstra.extract.readers.detect import detect_format
from renstra.extract.readers.xlsx import number_text, read
from renstra.schemas import Limits, Settings, SourceLocation, SourceNote

FORMATS = Path(__file__).resolve().parent.parent / "samples" / "formats"


def read_bytes(data: bytes, name: str = "book.xlsx") -> RawDocument:
    return read(SourceFile(name, data, hashlib.sha256(data).hexdigest(), "xlsx"), Settings())


def read_sample(stem: str) -> RawDocument:
    return read_bytes((FORMATS / f"{stem}.xlsx").read_bytes(), f"{stem}.xlsx")


def workbook(fill: Callable[[object], None]) -> bytes:
    """An .xlsx whose workbook ``fill`` sets up (first sheet active, named 'S1')."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "S1"
    fill(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rows_of(*rows: list[object], start: int = 1) -> Callable[[object], None]:
    def fill(book: object) -> None:
        sheet = book.active  # type: ignore[attr-defined]
        for r, row in enumerate(rows, start=start):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)

    return fill


def texts(raw: RawDocument, table: int = 1) -> list[list[str]]:
    return [[c.text for c in row] for row in raw.tables[table - 1].rows]


# ---------------------------------------------------------------- rendered samples


def test_renstra_sheet_table_merges_and_percent() -> None:
    raw = read_sample("renstra_metro_timur")
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert (len(table.rows), table.width) == (6, 9)
    goal = table.rows[3][1]
    assert goal.text == "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien"
    assert (goal.rowspan, table.rows[4][1].covered, table.rows[5][1].covered) == (3, True, True)
    assert goal.location.to_location().model_dump(exclude_none=True) == {
        "table": 1,
        "row": 4,
        "column": 2,
        "sheet": "Tabel 4.1",
        "cell": "B25",
    }
    head = table.rows[0][4]
    assert (head.text, head.colspan) == ("TARGET KINERJA SASARAN PADA TAHUN KE-", 5)
    assert texts(raw)[3][4:] == ["85 %", "90 %", "93 %", "95 %", "98 %"]  # 0.85 with 0%
    assert texts(raw)[4][4:] == ["85 %", "90 %", "95 %", "97 %", "100 %"]  # text
    assert texts(raw)[1] == ["", "", "", "", "1", "2", "3", "4", "5"]
    assert table.location.cell == "A22"
    assert table.preceding_text == [
        "Tabel 4.1",
        "Tujuan dan Sasaran Jangka Menengah Pelayanan SKPD",
        "Kecamatan Metro Timur Tahun 2021-2126",
    ]


def test_iku_sheet_lines_and_table() -> None:
    raw = read_sample("iku_metro_utara")
    assert texts(raw)[1] == ["1", "2", "3", "4", "5", "6"]
    assert [row[0] for row in texts(raw)[2:]] == ["1", "2", "3", "4"]
    functions = [line for line in raw.lines if line.location.cell == "A8"]
    assert len(functions) == 9
    assert (
        functions[1].text
        == "2. Pengkoordinasian upaya penyelenggaraan ketentraman dan ketertiban umum"
    )
    last = raw.lines[-1]
    assert (last.text, last.location.sheet, last.location.cell) == (
        "NIP. 19630726 199203 1 004",
        "IKU",
        "F21",
    )
    assert raw.notes == []


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("value", "expected"),
    [(85, "85"), (76.5, "76.5"), (0.1 + 0.2, "0.3"), (85.00000000000001, "85"), (-3.0, "-3"),
     (1250000000.0, "1250000000"), (1e-05, "0.00001")],
)  # fmt: skip
def test_number_text(value: float, expected: str) -> None:
    assert number_text(value) == expected


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (0.85, "0%", "85 %"),
        (0.855, "0.0%", "85.5 %"),
        (1, "0%", "100 %"),
        (76.5, "General", "76.5"),
        (1250000, "#,##0", "1250000"),
        (date(2021, 4, 1), "yyyy-mm-dd", "2021-04-01"),
        (datetime(2021, 4, 1, 13, 30), "yyyy-mm-dd hh:mm", "2021-04-01T13:30:00"),
        (True, "General", "TRUE"),
        ("  teks  ", "General", "teks"),
    ],
)
def test_cell_values_render(value: object, number_format: str, expected: str) -> None:
    def fill(book: object) -> None:
        sheet = book.active  # type: ignore[attr-defined]
        for c, header in enumerate(["NO", "INDIKATOR", "TARGET"], start=1):
            sheet.cell(row=1, column=c, value=header)
        sheet["A2"], sheet["B2"] = 1, "Satu"
        sheet["C2"] = value
        sheet["C2"].number_format = number_format

    assert texts(read_bytes(workbook(fill)))[1][2] == expected


def test_formula_without_cached_value() -> None:
    raw = read_bytes(workbook(rows_of(["A", "B", "Jumlah"], [1, 2, "=A2+B2"])))
    assert texts(raw) == [["A", "B", "Jumlah"], ["1", "2", ""]]
    assert raw.notes == [
        SourceNote(
            code="formula-without-value",
            location=SourceLocation(sheet="S1", cell="C2"),
            evidence="=A2+B2",
        )
    ]


def test_error_cell() -> None:
    raw = read_bytes(workbook(rows_of(["A", "B", "C"], [1, 2, "#REF!"])))
    assert texts(raw)[1] == ["1", "2", "#REF!"]
    assert raw.notes == [
        SourceNote(
            code="error-cell", location=SourceLocation(sheet="S1", cell="C2"), evidence="#REF!"
        )
    ]


def test_hidden_sheet_is_read_and_noted() -> None:
    def fill(book: object) -> None:
        rows_of(["Judul"])(book)
        hidden = book.create_sheet("Rahasia")  # type: ignore[attr-defined]
        hidden.sheet_state = "hidden"
        hidden["A1"] = "Baris tersembunyi"

    raw = read_bytes(workbook(fill))
    assert raw.notes == [SourceNote(code="hidden-sheet", location=SourceLocation(sheet="Rahasia"))]
    assert [(line.text, line.location.sheet) for line in raw.lines if line.text] == [
        ("Judul", "S1"),
        ("Baris tersembunyi", "Rahasia"),
    ]


def test_hidden_rows_are_read_and_noted_once_per_run() -> None:
    def fill(book: object) -> None:
        rows_of(
            ["NO", "INDIKATOR", "TARGET"],
            [1, "Satu", 10],
            [2, "Dua", 20],
            [3, "Tiga", 30],
            [4, "Empat", 40],
            [5, "Lima", 50],
        )(book)
        sheet = book.active  # type: ignore[attr-defined]
        for row in (3, 4, 6, 9):  # 9 is hidden and empty: nothing read, nothing to say
            sheet.row_dimensions[row].hidden = True

    raw = read_bytes(workbook(fill))
    assert [row[1] for row in texts(raw)] == ["INDIKATOR", "Satu", "Dua", "Tiga", "Empat", "Lima"]
    assert raw.notes == [
        SourceNote(code="hidden-rows", location=SourceLocation(sheet="S1", cell="3:4")),
        SourceNote(code="hidden-rows", location=SourceLocation(sheet="S1", cell="6:6")),
    ]


# ---------------------------------------------------------------- blocks


def test_empty_rows_split_tables_and_label_rows_are_lines() -> None:
    raw = read_bytes(
        workbook(
            rows_of(
                ["NAMA OPD", ":", "DINAS KESEHATAN"],
                ["TUGAS POKOK", ":", "Melaksanakan urusan kesehatan"],
                [None],
                ["Tabel 1"],
                ["NO", "INDIKATOR", "TARGET"],
                [1, "Satu", 10],
                [None],
                ["NO", "PROGRAM", "PAGU"],
                [1, "Program A", 1000],
                ["Sumber: DPA"],
            )
        )
    )
    assert [texts(raw, 1), texts(raw, 2)] == [
        [["NO", "INDIKATOR", "TARGET"], ["1", "Satu", "10"]],
        [["NO", "PROGRAM", "PAGU"], ["1", "Program A", "1000"]],
    ]
    assert [line.text for line in raw.lines] == [
        "NAMA OPD : DINAS KESEHATAN",
        "TUGAS POKOK : Melaksanakan urusan kesehatan",
        "",
        "Tabel 1",
        "",  # around the tables, never two blank lines in a row
        "Sumber: DPA",
    ]
    assert raw.tables[0].preceding_text == [
        "NAMA OPD : DINAS KESEHATAN",
        "TUGAS POKOK : Melaksanakan urusan kesehatan",
        "Tabel 1",
    ]
    assert raw.lines[0].location.cell == "A1"
    assert raw.tables[1].location.cell == "A8"


def test_table_starting_in_a_later_column() -> None:
    def fill(book: object) -> None:
        sheet = book.active  # type: ignore[attr-defined]
        rows: list[list[object]] = [["NO", "INDIKATOR", "TARGET"], [1, "Satu", 10]]
        for r, row in enumerate(rows, start=3):
            for c, value in enumerate(row, start=2):
                sheet.cell(row=r, column=c, value=value)

    table = read_bytes(workbook(fill)).tables[0]
    assert table.location.cell == "B3"
    assert [c.location.cell for c in table.rows[1]] == ["B4", "C4", "D4"]


# ---------------------------------------------------------------- bad input


def assert_error(err: RenstraError, code: str, *words: str) -> None:
    assert err.code == code
    assert "\n" not in err.reason
    for word in words:
        assert word in err.reason


def test_workbook_with_one_empty_sheet() -> None:
    with pytest.raises(RenstraError) as error:
        read_bytes(workbook(lambda book: None))
    assert_error(error.value, "empty-file", "no cells")


def test_truncated_xlsx() -> None:
    data = (FORMATS / "iku_metro_utara.xlsx").read_bytes()[:2000]
    with pytest.raises(RenstraError) as detected:
        detect_format("cut.xlsx", data)
    assert_error(detected.value, "format-error", "zip")
    with pytest.raises(RenstraError) as read_error:
        read_bytes(data)
    assert_error(read_error.value, "format-error", "corrupt zip container")


def test_docx_given_to_the_xlsx_reader() -> None:
    with pytest.raises(RenstraError) as error:
        read_bytes((FORMATS / "iku_metro_utara.docx").read_bytes())
    assert_error(error.value, "format-error")


def test_part_unpacking_past_the_limit() -> None:
    data = (FORMATS / "iku_metro_utara.xlsx").read_bytes()
    source = SourceFile("big.xlsx", data, hashlib.sha256(data).hexdigest(), "xlsx")
    with pytest.raises(RenstraError) as error:
        read(source, Settings(limits=Limits(max_unpacked_bytes=100)))
    assert_error(error.value, "limit-exceeded", "unpacks to", "over the 100-byte limit")


def test_a_cell_in_bold_type_says_so() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Program dan Kegiatan", "Indikator", "Target"])
    sheet.append(["PROGRAM PELAYANAN", "Persentase layanan", "100"])
    sheet.append(["Penyediaan Jasa Surat", "Jumlah surat", "1200"])
    sheet["A2"].font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    raw = read(SourceFile("b.xlsx", data, hashlib.sha256(data).hexdigest(), "xlsx"), Settings())
    (table,) = raw.tables
    assert [[cell.bold for cell in row] for row in table.rows[1:]] == [
        [True, False, False],
        [False, False, False],
    ]

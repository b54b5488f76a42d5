"""The T-C.25 workbook of the seed Renstra (samples/renstra_metro_timur.txt) and of a
Renstra whose target columns have years, read back cell by cell with openpyxl. The
expected values are the sample's table, written here by hand."""

from __future__ import annotations

import io

import openpyxl
import pytest
from renstra.extract.batch import process
from renstra.extract.inputs import collect_inputs
from renstra.extract.standard_workbook import render_workbook
from renstra.extract.workbook_tc25 import goal_blocks
from renstra.schemas import Document, Indicator, Settings, SourceLocation

from .paths import SAMPLES

TUJUAN = "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien"


def document_of(name: str) -> Document:
    (result,) = process(collect_inputs([str(SAMPLES / name)]).files, Settings())
    assert result.document is not None
    return result.document


@pytest.fixture(scope="module")
def timur() -> openpyxl.worksheet.worksheet.Worksheet:
    data = render_workbook([document_of("renstra_metro_timur.txt")])
    return openpyxl.load_workbook(io.BytesIO(data))["renstra_metro_timur"]


def values(sheet, cells: str) -> list[object]:
    return [c.value for row in sheet[cells] for c in row]


def test_title_block_like_the_real_table(timur) -> None:
    assert timur["A1"].value == (
        "Tabel T-C.25 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah"
    )
    assert timur["A2"].value == "Kecamatan Metro Timur"
    assert timur["A3"].value == "Tahun 2021-2026"  # the period, not the title's '2021-2126'
    assert timur["A4"].value is None


def test_header_rows(timur) -> None:
    assert values(timur, "A5:F5") == [
        "No", "Tujuan", "Sasaran", "Indikator Tujuan/Sasaran", "Satuan",
        "Target Kinerja Tujuan/Sasaran pada Tahun",
    ]  # fmt: skip
    # five target columns the document does not tie to years (2021-2026 is six years)
    assert values(timur, "F6:J6") == ["ke-1", "ke-2", "ke-3", "ke-4", "ke-5"]
    assert values(timur, "A7:J7") == [f"({n})" for n in range(1, 11)]
    assert timur.max_column == 10


def test_rows_cell_by_cell(timur) -> None:
    assert values(timur, "A8:J8") == [
        1, TUJUAN, "Meningkatnya kualitas pelayanan publik",
        "Persentase indeks kepuasan masyarakat\na. Pengantar KK\nb. Pengantar IMB\n"
        "c. Rekomendasi Izin Usaha\nd. Pengantar Dispensasi Waktu Nikah",
        "%", 85, 90, 93, 95, 98,
    ]  # fmt: skip
    assert values(timur, "A9:J9") == [
        None, None, "Peningkatan peran serta masyarakat dalam pembangunan",
        "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
        "%", 85, 90, 95, 97, 100,
    ]  # fmt: skip
    assert values(timur, "A10:J10") == [
        None, None, None,
        "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
        "%", 85, 90, 95, 97, 100,
    ]  # fmt: skip
    assert values(timur, "A11:J11") == [
        None, None, "Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan",
        "Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan",
        "%", 30, 35, 55, 83, 100,
    ]  # fmt: skip
    assert timur["F8"].data_type == "n" and timur["F8"].number_format == "#,##0"
    assert (
        timur["A13"].value.startswith("Sumber: ")
        and "renstra_metro_timur.txt" in timur["A13"].value
    )


def test_a_tujuan_spans_its_sasaran_and_a_sasaran_its_indicators(timur) -> None:
    body = sorted(str(r) for r in timur.merged_cells.ranges if r.min_row >= 8)
    assert body == ["A13:J13", "A8:A11", "B8:B11", "C9:C10"]
    heads = sorted(str(r) for r in timur.merged_cells.ranges if r.min_row < 8)
    assert heads == [
        "A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:J5",
    ]  # fmt: skip


def test_printable_with_the_header_repeated(timur) -> None:
    assert timur.page_setup.orientation == "landscape"
    assert (timur.page_setup.fitToWidth, timur.page_setup.fitToHeight) == (1, 0)
    assert timur.print_title_rows == "$5:$7"
    assert timur.freeze_panes == "A8"
    assert timur.row_dimensions[8].height >= 5 * 15  # the name and its four items


def test_years_in_the_header_and_the_start_and_end_conditions() -> None:
    data = render_workbook([document_of("renstra_dispar_tanah_datar_baru.txt")])
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet["A2"].value == "Dinas Pariwisata, Pemuda dan Olahraga, Kabupaten Tanah Datar Baru"
    assert sheet["A3"].value == "Tahun 2022-2026"
    assert values(sheet, "F5:G5") == [
        "Kondisi Kinerja pada Awal Periode", "Target Kinerja Tujuan/Sasaran pada Tahun",
    ]  # fmt: skip
    assert values(sheet, "G6:K6") == ["2022", "2023", "2024", "2025", "2026"]
    assert sheet["L5"].value == "Kondisi Kinerja pada Akhir Periode"
    # 1 | Jumlah kunjungan wisatawan | orang | 152.340 | 160.000 ... 220.000 | 220.000
    assert values(sheet, "A8:L8") == [
        1, None, None, "Jumlah kunjungan wisatawan", "orang",
        152340, 160000, 175000, 190000, 205000, 220000, 220000,
    ]  # fmt: skip
    # 6 | Persentase pemuda ... | % | 12 | 13 14 15 (empty) 17 | 17: the empty cell is marked
    assert values(sheet, "A13:L13") == [
        6, None, None, "Persentase pemuda yang aktif dalam organisasi kepemudaan", "%",
        12, 13, 14, 15, None, 17, 17,
    ]  # fmt: skip
    assert sheet["J13"].fill.fgColor.rgb == "00FFC7CE"
    assert sheet["J13"].comment.text.startswith("[Galat] target-missing: ")
    # numbered 1 to 7 with no tujuan: nothing to merge in the body
    assert [str(r) for r in sheet.merged_cells.ranges if 8 <= r.min_row < 15] == []


def indicator(goal: str | None, number: str | None = None) -> Indicator:
    return Indicator(id="x", name="i", goal=goal, number=number, provenance=SourceLocation())


def test_goal_blocks() -> None:
    goals = ["A", "A", None, None, "B", "A"]
    assert goal_blocks([indicator(g) for g in goals]) == [0, 0, 1, 1, 2, 3]
    assert goal_blocks([]) == []

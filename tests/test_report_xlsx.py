"""The Excel report, reopened with openpyxl (cells, fills, comments) and pandas (values)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.utils import get_column_letter
from renstra.extract.batch import FileResult, process
from renstra.extract.cli import app
from renstra.extract.inputs import collect_inputs
from renstra.extract.report import build_report
from renstra.extract.report_xlsx import render_xlsx, target_value
from renstra.schemas import Settings, Target
from typer.testing import CliRunner

from .libreoffice import printed_pages
from .paths import SAMPLES

runner = CliRunner()
IKU = SAMPLES / "iku_metro_utara.txt"
TIMUR = SAMPLES / "renstra_metro_timur.txt"
DISPAR = SAMPLES / "renstra_dispar_tanah_datar_baru.txt"
ERROR_FILL = "00FFC7CE"
WARNING_FILL = "00FFEB9C"


def results_of(*paths: Path) -> list[FileResult]:
    inputs = collect_inputs([str(p) for p in paths]).files
    return list(process(inputs, Settings()))


@pytest.fixture(scope="module")
def results() -> list[FileResult]:
    return results_of(IKU, TIMUR, DISPAR)


@pytest.fixture(scope="module")
def workbook_bytes(results: list[FileResult]) -> bytes:
    return render_xlsx(results)


@pytest.fixture(scope="module")
def workbook(workbook_bytes: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook_bytes))


def message(results: list[FileResult], path: Path, rule: str) -> str:
    """The message the checker wrote (in the run's language) for the one finding of a rule."""
    (result,) = [r for r in results if r.input.path == str(path)]
    assert result.document is not None
    (found,) = [f.message for f in result.document.findings if f.rule == rule]
    return found


def test_sheets_and_the_standard_layout(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == ["Indikator", "Temuan", "Ringkasan"]
    header = [cell.value for cell in workbook["Indikator"][1]]
    assert header == [
        "No", "Tujuan", "Sasaran", "Indikator", "Satuan",
        "2022", "2023", "2024", "2025", "2026",  # Dispar maps its columns to years
        "Tahun 1", "Tahun 2", "Tahun 3", "Tahun 4", "Tahun 5",  # Metro Timur cannot
        "Rumus", "Sumber Data", "Dokumen", "ID Indikator",
    ]  # fmt: skip
    temuan = [cell.value for cell in workbook["Temuan"][1]]
    assert temuan[:6] == ["Dokumen", "Aturan", "Tingkat", "Pesan", "Lokasi", "Saran"]


def test_headers_follow_lang_and_sheet_names_do_not(results: list[FileResult]) -> None:
    english = openpyxl.load_workbook(io.BytesIO(render_xlsx(results, lang="en")))
    assert english.sheetnames == ["Indikator", "Temuan", "Ringkasan"]
    header = [cell.value for cell in english["Indikator"][1]]
    assert header == [
        "No", "Goal (tujuan)", "Objective (sasaran)", "Indicator", "Unit (satuan)",
        "2022", "2023", "2024", "2025", "2026",
        "Year 1", "Year 2", "Year 3", "Year 4", "Year 5",
        "Formula (rumus)", "Data source", "Document", "Indicator ID",
    ]  # fmt: skip
    assert english["Indikator"].column_dimensions["R"].width == 30  # Document, as in Indonesian


def test_cells_that_carry_findings_are_filled_and_commented(
    workbook: openpyxl.Workbook, results: list[FileResult]
) -> None:
    sheet = workbook["Indikator"]
    # row 5: the 4th IKU indicator, 'Presentase penanganan Konflik pada kecamatan'
    assert sheet["D5"].value == "Presentase penanganan Konflik pada kecamatan"
    assert sheet["D5"].fill.fgColor.rgb == WARNING_FILL
    assert sheet["D5"].comment.text.startswith("[Peringatan] spelling: ")
    assert message(results, IKU, "spelling") in sheet["D5"].comment.text
    assert sheet["E5"].value == "kegiatan"
    assert sheet["E5"].fill.fgColor.rgb == ERROR_FILL
    assert message(results, IKU, "unit-mismatch") in sheet["E5"].comment.text
    assert sheet["E5"].comment.text.endswith("\nSaran: satuan '%'")
    # row 15: Dispar's 'Persentase pemuda ...' has no target for 2025 (column I)
    assert sheet["I1"].value == "2025"
    assert sheet["I15"].value is None
    assert sheet["I15"].fill.fgColor.rgb == ERROR_FILL
    assert message(results, DISPAR, "target-missing") in sheet["I15"].comment.text
    flagged = sorted(c.coordinate for row in sheet.iter_rows() for c in row if c.comment)
    assert flagged == ["D14", "D5", "E13", "E5", "I15"]
    assert sheet["D4"].comment is None and sheet["D4"].fill.fill_type is None


def test_findings_sheet_links_to_the_flagged_cell(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Temuan"]
    rows = list(sheet.iter_rows(min_row=2))
    assert [r[1].value for r in rows] == [
        "spelling", "unit-mismatch", "period-typo", "target-count-mismatch",
        "period-typo", "unit-mismatch", "duplicate-indicator", "target-missing",
    ]  # fmt: skip
    assert [r[2].fill.fgColor.rgb for r in rows[:2]] == [WARNING_FILL, ERROR_FILL]
    assert rows[0][4].value == "baris 25, tabel 1, baris tabel 6, kolom 2"
    links = [r[6].hyperlink.location if r[6].hyperlink else None for r in rows]
    assert links == [
        "'Indikator'!D5", "'Indikator'!E5", None, None,
        None, "'Indikator'!E13", "'Indikator'!D14", "'Indikator'!I15",
    ]  # fmt: skip


def test_pandas_reads_values_and_counts(workbook_bytes: bytes) -> None:
    sheets = pd.read_excel(io.BytesIO(workbook_bytes), sheet_name=None)
    indicators = sheets["Indikator"]
    assert len(indicators) == 15  # 4 IKU + 4 Metro Timur + 7 Dispar indicators
    timur = indicators[indicators["Dokumen"] == str(TIMUR)].set_index("ID Indikator")
    years = [f"Tahun {i}" for i in range(1, 6)]
    assert timur.loc["t1r6", years].tolist() == [30, 35, 55, 83, 100]
    assert timur.loc["t1r6", "Satuan"] == "%"
    dispar = indicators[indicators["Dokumen"] == str(DISPAR)].set_index("ID Indikator")
    assert dispar.loc["t1r2", ["2022", "2026"]].tolist() == [160000, 220000]
    assert pd.isna(dispar.loc["t1r7", "2025"])
    iku = indicators[indicators["Dokumen"] == str(IKU)].set_index("ID Indikator")
    assert iku.loc["t1r6", "Rumus"] == "Jumlah kegiatan"
    assert iku.loc["t1r6", "Sumber Data"] == "Sekretariat dan Kesra"
    findings = sheets["Temuan"]
    assert findings.groupby("Tingkat").size().to_dict() == {"Galat": 5, "Peringatan": 3}
    summary = sheets["Ringkasan"].set_index("Dokumen")
    assert summary.loc["Jumlah", ["Galat", "Peringatan", "Info", "Jumlah"]].tolist() == [5, 3, 0, 8]


def test_summary_equals_the_json_report_and_keeps_failed_files(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(b"not a zip")
    results = results_of(SAMPLES, bad)
    report = build_report(results)
    summary = pd.read_excel(io.BytesIO(render_xlsx(results)), sheet_name="Ringkasan")
    summary = summary.set_index("Dokumen")
    for task in report.tasks:
        row = summary.loc[task.path]
        stats = [task.stats.errors, task.stats.warnings, task.stats.infos]
        assert row[["Galat", "Peringatan", "Info"]].tolist() == stats
    assert summary.loc[str(bad), "Kode galat"] == "format-error"
    assert summary.loc[str(bad), "Status"] == "Gagal dibaca"
    total = report.stats
    expected = [total.errors, total.warnings, total.infos]
    assert summary.loc["Jumlah", ["Galat", "Peringatan", "Info"]].tolist() == expected
    findings = pd.read_excel(io.BytesIO(render_xlsx(results)), sheet_name="Temuan")
    assert len(findings) == total.errors + total.warnings + total.infos


def test_english_labels_keep_the_standard_layout() -> None:
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(results_of(IKU), lang="en")))
    assert book.sheetnames == ["Indikator", "Temuan", "Ringkasan"]
    assert book["Indikator"]["D1"].value == "Indicator"  # headers follow --lang (issue 15)
    temuan = [cell.value for cell in book["Temuan"][1]][:6]
    assert temuan == ["Document", "Rule", "Severity", "Message", "Location", "Suggestion"]
    assert book["Temuan"]["E2"].value == "line 25, table 1, row 6, col 2"
    assert book["Ringkasan"]["C2"].value == "Not valid"
    assert book["Indikator"]["E5"].comment.text.endswith("\nSuggestion: satuan '%'")
    assert book["Indikator"]["E5"].comment.text.startswith("[Error] unit-mismatch: ")
    severities = [row[2].value for row in book["Temuan"].iter_rows(min_row=2)]
    assert severities == ["Warning", "Error"]  # spelling, unit-mismatch


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (Target(text="85 %", value=85.0, unit="%"), 85),
        (Target(text="76,5", value=76.5), 76.5),
        (Target(text="69,1-69,5", kind="range", low=69.1, high=69.5), "69,1-69,5"),
        (Target(text="BB", kind="predicate"), "BB"),
        (Target(text="n/a", kind="placeholder"), "n/a"),
        (Target(text="", kind="empty"), None),
    ],
)
def test_target_values(target: Target, expected: object) -> None:
    value = target_value(target)
    assert value == expected and type(value) is type(expected)


def test_report_command_writes_xlsx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", str(IKU), "--format", "xlsx"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    assert book["Indikator"]["D5"].comment is not None


def test_text_that_would_run_as_a_formula_is_an_inert_string_cell_with_its_exact_text(
    tmp_path: Path,
) -> None:
    import zipfile

    from .test_writers import FORMULA_NAME, HOSTILE_RENSTRA

    source = tmp_path / "renstra.txt"
    source.write_text(HOSTILE_RENSTRA, encoding="utf-8")
    data = render_xlsx(results_of(source))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in sheet for sheet in sheets)  # no formula anywhere
    book = openpyxl.load_workbook(io.BytesIO(data))
    cells = {c.value: c for row in book["Indikator"].iter_rows() for c in row if c.value}
    for text in (FORMULA_NAME, "@SUM(1)", "=1+1"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix, text
    assert cells[-5].data_type == "n" and cells[-1.5].data_type == "n"  # numbers stay numbers


# ---------------------------------------------------------------- printed


def test_every_sheet_prints_landscape_one_page_wide_with_its_header_on_each_page(
    workbook: openpyxl.Workbook,
) -> None:
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), sheet.title  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        corner = f"${get_column_letter(sheet.max_column)}${sheet.max_row}"
        assert sheet.print_area == f"'{sheet.title}'!$A$1:{corner}"
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    assert workbook["Indikator"].print_area == "'Indikator'!$A$1:$S$16"


def test_rows_are_as_tall_as_their_wrapped_text(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Indikator"]
    # the IKU's first indicator: its name and four sub-items, five lines at least in D
    assert sheet["D2"].value.count("\n") == 4
    assert sheet.row_dimensions[2].height >= 5 * 15
    # 'Presentase penanganan Konflik pada kecamatan' and 'Jumlah kegiatan': short cells
    assert sheet.row_dimensions[5].height < sheet.row_dimensions[2].height
    for row in range(1, sheet.max_row + 1):
        assert sheet.row_dimensions[row].height >= 15
    temuan = workbook["Temuan"]
    assert all(temuan.row_dimensions[r].height > 15 for r in range(2, temuan.max_row + 1))


def test_numbers_stay_numbers_with_a_number_format(workbook: openpyxl.Workbook) -> None:
    sheet = workbook["Indikator"]
    # Dispar's first indicator: No 1, 160.000 visitors in 2022 (column F)
    assert (sheet["A10"].value, sheet["F10"].value) == (1, 160000)
    assert sheet["F10"].data_type == "n" and sheet["F10"].number_format == "#,##0"
    # Metro Timur's targets have no year: 'Tahun 1' (column K)
    assert (sheet["K1"].value, sheet["K9"].value) == ("Tahun 1", 30)
    summary = workbook["Ringkasan"]
    assert all(isinstance(c.value, int) for c in summary[summary.max_row][3:7])


def test_libreoffice_prints_the_report_on_few_landscape_pages(
    workbook_bytes: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(workbook_bytes)
    pages = printed_pages(path)
    # before: these 3 documents printed on 13 portrait pages, the columns cut over several
    assert len(pages) == 3  # one page per sheet: Indikator, Temuan, Ringkasan
    assert all(p.width > p.height for p in pages)
    # every column on the page: the first and the last header of each sheet
    assert pages[0].text.startswith("No Tujuan Sasaran") and "ID Indikator" in pages[0].text
    assert "Keterangan" in pages[1].text.splitlines()[0]
    assert "Peringatan" in pages[1].text and "warning" not in pages[1].text
    assert pages[2].text.splitlines()[0].endswith("Sebab")


def test_a_long_sheet_repeats_its_header_on_every_printed_page(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(render_xlsx(results_of(SAMPLES / "real" / "renstra_tc27_rupiah_ribuan")))
    pages = printed_pages(path)
    assert len(pages) > 2
    heads = [p.text.splitlines()[0] for p in pages]
    assert all(h.startswith(("No Tujuan", "Dokumen")) for h in heads), heads

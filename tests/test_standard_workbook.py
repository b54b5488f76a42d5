"""`renstra report --format workbook`: which documents get a standard workbook, how the
files and sheets are named, and the command that writes them."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from renstra.extract.batch import process
from renstra.extract.cli import app
from renstra.extract.inputs import collect_inputs
from renstra.extract.standard_workbook import render_workbook, render_workbooks, sheet_name
from renstra.schemas import Settings
from typer.testing import CliRunner

from .libreoffice import printed_pages
from .paths import SAMPLES
from .test_workbook_tc25 import document_of

runner = CliRunner()
TIMUR = SAMPLES / "renstra_metro_timur.txt"
IKU = SAMPLES / "iku_metro_utara.txt"
PK = SAMPLES / "real" / "pk_statement_and_annex" / "pk_statement_and_annex.txt"


def test_one_workbook_per_document_named_like_the_json_outputs() -> None:
    inputs = collect_inputs([str(TIMUR), str(IKU), str(PK), str(SAMPLES / "formats")]).files
    names = sorted(render_workbooks(list(process(inputs, Settings()))))
    # inputs sharing a name keep their extension (a.txt beside a.docx), as in output_names;
    # the PK has no standard table: no workbook
    assert names == [
        "iku_metro_utara.docx.xlsx", "iku_metro_utara.pdf.xlsx", "iku_metro_utara.txt.xlsx",
        "iku_metro_utara.xlsx.xlsx",
        # formats/legacy/: the old Office twins, converted by LibreOffice
        "legacy/iku_metro_utara.ods.xlsx", "legacy/iku_metro_utara.xls.xlsx",
        "legacy/renstra_metro_timur.doc.xlsx", "legacy/renstra_metro_timur.odt.xlsx",
        "legacy/renstra_metro_timur.rtf.xlsx",
        "renstra_metro_timur.docx.xlsx", "renstra_metro_timur.pdf.xlsx",
        "renstra_metro_timur.txt.xlsx", "renstra_metro_timur.xlsx.xlsx",
    ]  # fmt: skip


def test_one_workbook_with_a_sheet_per_document() -> None:
    documents = [document_of(p) for p in ("renstra_metro_timur.txt", "iku_metro_utara.txt")]
    documents.append(document_of(str(PK.relative_to(SAMPLES))))
    book = openpyxl.load_workbook(io.BytesIO(render_workbook(documents)))
    assert book.sheetnames == ["renstra_metro_timur", "iku_metro_utara"]
    assert book["iku_metro_utara"]["A1"].value.startswith("Matriks Indikator Kinerja Utama")


def test_sheet_names_fit_excel_and_stay_distinct() -> None:
    document = document_of("renstra_metro_timur.txt")
    long = document.model_copy(
        update={"source": document.source.model_copy(update={"path": "a/" + "x" * 40 + ".txt"})}
    )
    odd = document.model_copy(
        update={"source": document.source.model_copy(update={"path": "b/Renstra [2021]?.txt"})}
    )
    taken: set[str] = set()
    assert sheet_name(long, taken) == "x" * 31
    assert sheet_name(long, taken) == "x" * 29 + "~2"
    assert sheet_name(odd, taken) == "Renstra _2021__"
    assert sheet_name(document, {"renstra_metro_timur"}) == "renstra_metro_timur~2"


def test_command_writes_a_folder_of_workbooks(tmp_path: Path) -> None:
    out = tmp_path / "workbooks"
    result = runner.invoke(
        app, ["report", str(TIMUR), str(IKU), str(PK), "--format", "workbook", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "iku_metro_utara.xlsx",
        "renstra_metro_timur.xlsx",
    ]
    assert f"tidak disertakan {PK}: tidak ada tabel standar untuk dokumen pk" in result.output
    assert "ditulis: 2 buku kerja ke" in result.output
    sheet = openpyxl.load_workbook(out / "renstra_metro_timur.xlsx").active
    assert sheet["A1"].value.startswith("Tabel T-C.25")


def test_command_writes_one_workbook_and_follows_lang(tmp_path: Path) -> None:
    out = tmp_path / "semua.xlsx"
    args = ["report", str(TIMUR), str(IKU), "--format", "workbook", "-o", str(out), "--lang", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["renstra_metro_timur", "iku_metro_utara"]
    utara = book["iku_metro_utara"]
    assert utara["B5"].value == "Sasaran Strategis"  # the regulation's header in any language
    assert utara["A13"].value.startswith("Source: ")
    assert utara["D11"].comment.text.startswith("[Error] unit-mismatch: ")
    assert utara.oddFooter.center.text == "Page &P of &N"


def test_command_defaults_to_a_workbooks_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", str(IKU), "--format", "workbook", "-q"])
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert (tmp_path / "workbooks" / "iku_metro_utara.xlsx").is_file()


def test_nothing_to_lay_out_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["report", str(PK), "--format", "workbook", "-o", str(tmp_path), "--lang", "en"]
    )
    assert result.exit_code == 2
    assert "no Renstra or IKU document with indicators" in result.output


def test_a_folder_without_the_format_says_how(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(IKU), "-o", str(tmp_path / "workbooks")])
    assert result.exit_code == 2
    assert "--format workbook untuk folder buku kerja standar" in result.output


def test_libreoffice_prints_each_table_on_one_landscape_page(tmp_path: Path) -> None:
    path = tmp_path / "tabel.xlsx"
    documents = [document_of(p) for p in ("renstra_metro_timur.txt", "iku_metro_utara.txt")]
    path.write_bytes(render_workbook(documents))
    pages = printed_pages(path)
    assert len(pages) == 2 and all(p.width > p.height for p in pages)
    first = pages[0].text.splitlines()
    assert first[:3] == [
        "Tabel T-C.25 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah",
        "Kecamatan Metro Timur",
        "Tahun 2021-2026",
    ]
    assert "ke-1 ke-2 ke-3 ke-4 ke-5" in pages[0].text
    assert "Penanggung Jawab" in pages[1].text

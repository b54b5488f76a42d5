"""Write renstra_multipage_pdf.docx (a ruled T-C.25 table over two pages) and its PDF.

    /work/main/.venv/bin/python samples/real/renstra_multipage_pdf/build.py
    # which runs: soffice --headless --convert-to pdf --outdir samples/real/renstra_multipage_pdf \
    #     samples/real/renstra_multipage_pdf/renstra_multipage_pdf.docx

Kept for the record; CI never runs it. The facts are those of the public export named in
SOURCE (every tujuan and sasaran indicator of the OPD, in the export's order). Landscape A4
(margins 2.5 cm top and bottom), Arial 11 pt at 1.15 line spacing with 2 pt above and below
each cell paragraph, a four-line title block, then a fully ruled table:
No | Tujuan | Sasaran | Indikator Tujuan/Sasaran | Satuan | Kondisi Awal | Target Kinerja
Tujuan/Sasaran pada Tahun (2026 ... 2030 below it). The two header rows are marked as repeated
header rows (<w:tblHeader/>), so LibreOffice prints them again on the next page; the No and
Tujuan cells are merged down all body rows and each Sasaran cell down the rows of its
indicators, so the merged cells cross the page break. Values are written as the source
writes them (decimal point).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, save_docx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "renstra_multipage_pdf.docx"

TITLE = (
    "Tabel 4.1",
    "Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah",
    "Dinas Pendidikan dan Kebudayaan Kabupaten Situbondo",
    "Tahun 2025-2029",
)
HEAD_TOP = ("No", "Tujuan", "Sasaran", "Indikator Tujuan/Sasaran", "Satuan", "Kondisi Awal",
            "Target Kinerja Tujuan/Sasaran pada Tahun")
YEARS = ("2026", "2027", "2028", "2029", "2030")
WIDTHS = (1.0, 3.6, 3.6, 5.6, 1.7, 1.9, 1.8, 1.8, 1.8, 1.8, 1.8)  # cm, 26.4 cm in all

TUJUAN = "Meningkatnya Akses Masyarakat terhadap layanan Pendidikan"
# renstra_tujuan_indikator id 22
TUJUAN_IND = ("Indeks Pendidikan", "Indeks", "0.598", ("0.61", "0.615", "0.621", "0.627", "0.633"))
# renstra_sasaran id 24, 25, 26 (25 and 26 carry the same text in the source) and their
# indicators, renstra_sasaran_indikator id 35..45
SASARAN = (
    ("Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", (
        ("Capaian Nilai SAKIP Perangkat Daerah", "Nilai", "85.95",
         ("86.05", "86.1", "86.15", "86.2", "86.25")),
    )),
    ("Meningkatnya Akses dan Mutu Pendidikan", (
        ("Angka Rata-rata lama sekolah", "tahun", "6.93", ("7.49", "7.63", "7.82", "7.94", "8.02")),
        ("Angka Harapan Lama Sekolah", "tahun", "13.2", ("13.23", "13.3", "13.39", "13.45", "13.49")),
        ("APS ( Angka Partisipasi Sekolah) 5-6 tahun", "%", "77.43",
         ("79.6", "80.68", "81.77", "82.85", "83.93")),
        ("APS ( Angka Partisipasi Sekolah) 7-15 tahun", "%", "99.17",
         ("100", "100", "100", "100", "100")),
        ("APS ( Angka Partisipasi Sekolah) 7-18 tahun Kesetaraan", "%", "18.41",
         ("26.61", "30.71", "34.81", "38.91", "43.01")),
        ("Capaian Kompetensi Literasi SD", "%", "60.45", ("65.45", "67.95", "70.45", "72.95", "75.45")),
        ("Capaian Kompetensi Literasi SMP", "%", "67.72", ("69.92", "71.02", "72.12", "73.22", "74.32")),
        ("Capaian Kompetensi Numerasi SD", "", "54.31", ("60.11", "63.01", "65.91", "68.81", "71.71")),
        ("Capaian Kompetensi Numerasi SMP", "%", "61.3", ("64.3", "65.8", "67.3", "68.8", "70.3")),
    )),
    ("Meningkatnya Akses dan Mutu Pendidikan", (
        ("Prosentase Cagar Budaya dan Seni Lokal yang lestari", "%", "41.25",
         ("42.5", "43.25", "43.5", "44", "44.25")),
    )),
)


def fill(cell, text, *, bold=False, center=False) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.line_spacing = 1.15
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(11)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.65)
    sec.top_margin = sec.bottom_margin = Cm(2.5)

    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    body = [(None, TUJUAN_IND)] + [(s, ind) for s, inds in SASARAN for ind in inds]
    ncols = len(HEAD_TOP) - 1 + len(YEARS)
    table = doc.add_table(rows=2 + len(body), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS, unit="cm")

    # header: two rows, repeated on every page
    for c, text in enumerate(HEAD_TOP[:-1]):
        fill(table.cell(0, c), text, bold=True, center=True)
        table.cell(0, c).merge(table.cell(1, c))
    first_year = len(HEAD_TOP) - 1
    fill(table.cell(0, first_year), HEAD_TOP[-1], bold=True, center=True)
    table.cell(0, first_year).merge(table.cell(0, ncols - 1))
    for i, year in enumerate(YEARS):
        fill(table.cell(1, first_year + i), year, bold=True, center=True)
    repeat_header(table.rows[0])
    repeat_header(table.rows[1])

    # body
    for i, (_sasaran, (name, unit, awal, targets)) in enumerate(body):
        r = 2 + i
        fill(table.cell(r, 3), name)
        fill(table.cell(r, 4), unit, center=True)
        fill(table.cell(r, 5), awal, center=True)
        for j, t in enumerate(targets):
            fill(table.cell(r, first_year + j), t, center=True)
    last = 1 + len(body)
    fill(table.cell(2, 0), "1", center=True)
    fill(table.cell(2, 1), TUJUAN)
    table.cell(2, 0).merge(table.cell(last, 0))
    table.cell(2, 1).merge(table.cell(last, 1))
    r = 3  # the tujuan indicator's row leaves Sasaran empty
    for sasaran, inds in SASARAN:
        fill(table.cell(r, 2), sasaran)
        if len(inds) > 1:
            table.cell(r, 2).merge(table.cell(r + len(inds) - 1, 2))
        r += len(inds)

    save_docx(doc, DOCX, datetime(2026, 9, 23, 16, 40, 8))
    export_pdf(DOCX)


if __name__ == "__main__":
    main()

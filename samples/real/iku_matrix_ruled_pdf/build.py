"""Write iku_matrix_ruled_pdf.docx (a ruled IKU matrix) and its PDF.

    /work/main/.venv/bin/python samples/real/iku_matrix_ruled_pdf/build.py
    # which runs: soffice --headless --convert-to pdf --outdir samples/real/iku_matrix_ruled_pdf \
    #     samples/real/iku_matrix_ruled_pdf/iku_matrix_ruled_pdf.docx

Kept for the record; CI never runs it. The facts are those of the public document named in
SOURCE: the annex heading of the Peraturan Bupati, "A. IKU PEMERINTAH DAERAH", and a fully
ruled table NO. | SASARAN | INDIKATOR KINERJA UTAMA (IKU) (its number and its name, under one
header spanning two columns) | SATUAN | PENANGGUNG JAWAB | SUMBER DATA, with the NO. and
SASARAN cells merged down the rows of the sasaran's indicators.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, save_docx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "iku_matrix_ruled_pdf.docx"

HEADING = ("LAMPIRAN : PERATURAN BUPATI KULON PROGO",
           "NOMOR 53 TAHUN 2012",
           "TENTANG INDIKATOR KINERJA UTAMA PEMERINTAH DAERAH TAHUN 2011-2016")
SECTION = "A. IKU PEMERINTAH DAERAH"
HEADER = ("NO.", "SASARAN", "INDIKATOR KINERJA UTAMA (IKU)", "", "SATUAN",
          "PENANGGUNG JAWAB", "SUMBER DATA")
WIDTHS = (0.45, 1.55, 0.4, 2.25, 0.75, 1.1, 1.1)  # inches, portrait A4

SASARAN = ("1.", "Meningkatnya tingkat pendidikan dan keterampilan penduduk")
DISDIK = "Dinas Pendidikan"
# (number, indicator, satuan, penanggung jawab, sumber data)
ROWS = tuple((f"{n}.", name, "persen", DISDIK, DISDIK) for n, name in enumerate((
    "Angka Partisipasi Murni PAUD",
    "Angka Partisipasi Kasar PAUD",
    "Angka Partisipasi Kasar Pendidikan Dasar SD/MI",
    "Angka Partisipasi Kasar Pendidikan Dasar SMP/MTS",
    "Angka Partisipasi Murni Pendidikan Dasar SD/MI",
    "Angka Partisipasi Murni Pendidikan Dasar SMP/MTS",
    "Angka Partisipasi Kasar Inklusi Pendidikan Dasar SD/MI",
    "Angka Partisipasi Kasar Inklusi Pendidikan Dasar SMP/MTS",
    "Angka Partisipasi Murni Inklusi Pendidikan Dasar SD/MI",
    "Angka Partisipasi Murni Inklusi Pendidikan Dasar SMP/MTS",
    "Angka Partisipasi Kasar Pendidikan Menengah",
), 1))


def fill(cell, text, *, bold=False, size=9, center=False) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.8)

    for line in HEADING:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(3.2)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).font.size = Pt(10)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(SECTION)
    r.bold = True

    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS)
    for c, text in enumerate(HEADER):
        if text:
            fill(table.cell(0, c), text, bold=True, center=True)
    table.cell(0, 2).merge(table.cell(0, 3))

    for r_i, (num, name, unit, pj, source) in enumerate(ROWS, 1):
        fill(table.cell(r_i, 2), num, center=True)
        fill(table.cell(r_i, 3), name)
        fill(table.cell(r_i, 4), unit, center=True)
        fill(table.cell(r_i, 5), pj)
        fill(table.cell(r_i, 6), source)
    fill(table.cell(1, 0), SASARAN[0], center=True)
    fill(table.cell(1, 1), SASARAN[1])
    table.cell(1, 0).merge(table.cell(len(ROWS), 0))
    table.cell(1, 1).merge(table.cell(len(ROWS), 1))

    save_docx(doc, DOCX, datetime(2012, 1, 1, 8, 0, 0))
    export_pdf(DOCX)


if __name__ == "__main__":
    main()

"""Write iku_rumus_borderless_pdf.docx (a table with no borders) and its PDF.

    /work/main/.venv/bin/python samples/real/iku_rumus_borderless_pdf/build.py
    soffice --headless --convert-to pdf --outdir samples/real/iku_rumus_borderless_pdf \
        samples/real/iku_rumus_borderless_pdf/iku_rumus_borderless_pdf.docx

Kept for the record; CI never runs it. The facts are those of the public page named in
SOURCE: its header, one sasaran row followed by its indicator rows, and each Formulasi
written as the page writes it, numerator / a line of dashes with "X 100" / denominator.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, no_borders, save_docx  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "iku_rumus_borderless_pdf.docx"

TITLE = ("INDIKATOR KINERJA UTAMA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
HEADER = ("No", "Kode", "Sasaran Renstra", "Kode Indikator", "Indikator", "Satuan",
          "Formulasi", "Unit Penanggung Jawab")
WIDTHS = (0.4, 0.55, 1.35, 0.85, 1.35, 0.7, 3.65, 1.45)  # inches, landscape A4
PIAK = "Bidang Pengelolaan Informasi Administrasi Kependudukan (PIAK)"

# a cell is a tuple of paragraphs
SASARAN = (("1",), ("9.1.1",),
           ("Meningkatnya kualitas pelayanan administrasi kependudukan dan pencatatan sipil",))
INDICATORS = (
    ("9.1.1.1", "Persentase kepemilikan KTP elektronik", "persen",
     ("Jumlah Penduduk yang wajib ber-KTP memiliki KTP-el",
      "-" * 74 + "     X    100",
      "Jumlah Penduduk yang wajib ber-KTP")),
    ("9.1.1.2", "Persentase kepemilikan kartu keluarga", "persen",
     ("Jumlah Keluarga yang memiliki Kartu Keluarga",
      "-" * 65 + "     X   100",
      "Jumlah Keluarga")),
    ("9.1.1.3", "Persentase penerbitan akta kelahiran 0-18 tahun", "persen",
     ("Jumlah Penduduk Usia s.d 18 Tahun yang memiliki",
      "Akta Kelahiran",
      "-" * 71 + "    X  100",
      "Jumlah Penduduk Usia s.d. 18 Tahun")),
    ("9.1.1.4", "Persentase kepemilikan akta kematian", "persen",
     ("Jumlah Kematian yang telah dilengkapi dengan Akta Kematian",
      "-" * 65 + "    X   100",
      "Jumlah Kematian")),
)


def fill(cell, paragraphs, *, bold=False, size=8, center=False) -> None:
    cell.paragraphs[0].text = ""
    for i, text in enumerate(paragraphs):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)


def main() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.55))
    sec.top_margin = sec.bottom_margin = Inches(0.7)

    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(12)
    doc.add_paragraph()

    rows = 1 + 1 + len(INDICATORS)
    table = doc.add_table(rows=rows, cols=len(HEADER))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), WIDTHS):
        col.set(qn("w:w"), str(int(w * 1440)))  # LibreOffice reads the grid, Word the cells
    for row in table.rows:
        for cell, w in zip(row.cells, WIDTHS):
            cell.width = Inches(w)
    no_borders(table, cells=True)
    for cell, text in zip(table.rows[0].cells, HEADER):
        fill(cell, (text,), bold=True, size=9, center=True)
    for cell, paras in zip(table.rows[1].cells, SASARAN):
        fill(cell, paras)
    for r, (code, name, unit, formula) in enumerate(INDICATORS, 2):
        cells = table.rows[r].cells
        fill(cells[3], (code,))
        fill(cells[4], (name,))
        fill(cells[5], (unit,))
        fill(cells[6], formula)
        fill(cells[7], (PIAK,))

    save_docx(doc, DOCX, datetime(2021, 1, 1, 8, 0, 0))
    export_pdf(DOCX)


if __name__ == "__main__":
    main()

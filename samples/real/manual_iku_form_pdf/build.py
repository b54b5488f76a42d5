"""Write manual_iku_form_pdf.docx and its PDF: the first three rows of the IKU form of
Dinas Kesehatan Kabupaten Karawang (https://id.scribd.com/document/514194798/IKU-DINKES),
with the PENJELASAN cell written as `Label : value` paragraphs as in the source and the
ratio formulas as stacked fractions (numerator over a rule, denominator below, `x 100%`
to the right).

Kept for the record (CI never runs it). Run with /work/main/.venv/bin/python build.py;
the PDF is made by LibreOffice:
    soffice --headless --convert-to pdf --outdir . manual_iku_form_pdf.docx
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import bottom_border, export_pdf, no_borders  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "manual_iku_form_pdf"

HEADERS = [
    "NO.",
    "SASARAN STRATEGIS UNIT SKPD\nSASARAN RENSTRA SKPD",
    "SASARAN RPJMD YANG DIACU",
    "INDIKATOR KINERJA UTAMA (IKU)",
    "PENJELASAN",
    "PENANGGUNG JAWAB",
    "KETERANGAN",
]
WIDTHS = [Cm(1.0), Cm(4.2), Cm(3.6), Cm(4.2), Cm(10.0), Cm(3.0), Cm(3.0)]

# Each row: NO., sasaran renstra, sasaran RPJMD, IKU, formula, tipe, sumber, penanggung jawab.
# formula is (numerator, denominator) for a stacked fraction with "x 100%", or a plain string.
ROWS = [
    ("1", "Meningkatnya Kualitas Pelayanan Kesehatan Primer",
     "Meningkatnya derajat kesehatan masyarakat",
     "1 Persentase Keluarga Sehat",
     ("Jumlah Keluarga Sehat",
      "Jumlah Keluarga di wilayah Kabupaten dalam kurun waktu satu tahun"),
     "Kumulatif", "Laporan Seksi Pelayanan Kesehatan Primer", "Dinas Kesehatan"),
    ("2", "Meningkatnya Kualitas Pelayanan Kesehatan Rujukan dan Jaminan Kesehatan", "",
     "2 Jumlah Masyarakat Miskin yang mendapat Jaminan Kesehatan (Karawang Sehat)",
     "Jumlah Masyarakat Miskin yang mendapat Jaminan Kesehatan (Karawang Sehat)",
     "Kumulatif", "Laporan Seksi Pelayanan Kesehatan Rujukan dan Jaminan Kesehatan",
     "Dinas Kesehatan"),
    ("3", "Meningkatnya Kualitas Pelayanan Kesehatan Tradisional dan Akreditasi", "",
     "3 Persentase Puskesmas Terakreditasi",
     ("Jumlah Puskesmas Terakreditasi",
      "Jumlah Puskesmas di Wilayah Kabupaten dalam kurun waktu satu tahun"),
     "Kumulatif", "Laporan Seksi Pelayanan Kesehatan Tradisional, Mutu dan Akreditasi",
     "Dinas Kesehatan"),
]


def set_text(cell, text: str, bold: bool = False, center: bool = False) -> None:
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    for p in cell.paragraphs:
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.bold = bold


def penjelasan(cell, formula, tipe: str, sumber: str) -> None:
    if isinstance(formula, tuple):
        numerator, denominator = formula
        cell.text = ""
        inner = cell.add_table(rows=1, cols=3)
        no_borders(inner)
        label, frac, times = inner.rows[0].cells
        inner.autofit = False
        for column, width in zip(inner.columns, (Cm(2.7), Cm(5.6), Cm(1.4))):
            column.width = width
            for c in column.cells:
                c.width = width
        label.text = "Formulasi Perhitungan :"
        top = frac.paragraphs[0]
        top.text = numerator
        top.alignment = WD_ALIGN_PARAGRAPH.CENTER
        bottom_border(top)
        below = frac.add_paragraph(denominator)
        below.alignment = WD_ALIGN_PARAGRAPH.CENTER
        times.text = "x 100%"
        first = cell.paragraphs[0]
        first._p.getparent().remove(first._p)  # the empty paragraph before the inner table
        cell.add_paragraph(f"Tipe Perhitungan : {tipe}")
    else:
        cell.text = f"Formulasi Perhitungan : {formula}"
        cell.add_paragraph(f"Tipe Perhitungan : {tipe}")
    cell.add_paragraph(f"Sumber Data : {sumber}")


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(33.0), Cm(21.5)  # F4 landscape
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)

    for line in ("INDIKATOR KINERJA UTAMA / IKU", "(KEY PERFORMANCE INDICATOR / KPI)",
                 "DINAS KESEHATAN KABUPATEN KARAWANG"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = True
        run.font.size = Pt(11)

    doc.add_paragraph("Nama Unit Organisasi : DINAS KESEHATAN")
    doc.add_paragraph(
        "Tugas : memimpin, mengarahkan, mengkoordinasikan dan mengendalikan pelaksanaan urusan "
        "pemerintahan daerah bidang kesehatan serta tugas pembantuan yang ditugaskan kepada "
        "pemerintah daerah")
    doc.add_paragraph(
        "Fungsi a. penetapan kebijakan teknis dan/atau bahan kebijakan pemerintah daerah bidang "
        "kesehatan")
    doc.add_paragraph(
        "b. pengkoordinasian pelaksanaan urusan pemerintahan daerah bidang kesehatan; dan")
    doc.add_paragraph("c. pembinaan penyelenggaraan urusan pemerintahan daerah bidang kesehatan")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("INDIKATOR KINERJA UTAMA").bold = True

    table = doc.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head in zip(table.rows[0].cells, HEADERS):
        set_text(cell, head, bold=True, center=True)
    for no, sasaran, rpjmd, iku, formula, tipe, sumber, pj in ROWS:
        cells = table.add_row().cells
        set_text(cells[0], no)
        set_text(cells[1], sasaran)
        set_text(cells[2], rpjmd)
        set_text(cells[3], iku)
        penjelasan(cells[4], formula, tipe, sumber)
        set_text(cells[5], pj)
        set_text(cells[6], "")
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS):
            cell.width = width

    out = HERE / f"{NAME}.docx"
    doc.save(out)
    export_pdf(out)


if __name__ == "__main__":
    main()

"""Write iku_biro_umum_subunit.docx from the facts of the public document in SOURCE.

    /work/main/.venv/bin/python samples/real/iku_biro_umum_subunit/build.py

Kept for the record; CI never runs it. A ruled Word table (two header rows: Target over
2016 | 2017, Baseline over 2015; Perspektif and Sasaran Strategis merged down their rows),
the notes under it, then the signature block in a borderless two-column table whose right
cell holds the one signatory the source has (the left cell stays empty: the source has no
"Mengetahui" signatory, see SOURCE).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import no_borders, save_docx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "iku_biro_umum_subunit.docx"

TITLE = ("MATRIKS CASCADING IKU BIRO UMUM", "SEKRETARIAT DAERAH PROVINSI SUMATERA BARAT")
HEAD1 = ("No", "Perspektif", "Sasaran Strategis", "Kode", "Nama Indikator Kinerja Utama (IKU)",
         "Baseline", "Target", "", "Unit in Charge", "Jenis\nCascading")
HEAD2 = ("", "", "", "", "", "2015", "2016", "2017", "", "")
WIDTHS = (0.35, 1.1, 1.9, 0.5, 2.55, 0.75, 0.7, 0.7, 1.05, 0.8)

# (kode, nama IKU, baseline 2015, target 2016, target 2017, unit in charge, jenis cascading)
ROWS = (
    ("2.1", "1 Berkurangnya jumlah keluhan terhadap pelayanan kebersihan, alat pendingin dan "
     "penerangan bangunan", "N/A", "N/A", "60 kali", "Rumah Tangga", "CP"),
    ("2.2", "2 Persentase konten informasi yang diamankan dengan persandian",
     "110", "100%", "100%", "Rumah Tangga", "CP"),
    ("2.3", "3 Indeks Kepuasan Pelayanan Pimpinan", "N/A", "3,5", "3,6", "Rumah Tangga", "C"),
    ("3.1", "4 Indeks Kepuasan Pelayanan Tamu", "N/A", "3.5", "3,75", "Protokol", "C"),
    ("3.2", "5 Persentase kepatuhan pelaksanaan Undang-Undang Pelayanan Publik (Zona Hijau)",
     "N/A", "100%", "100%", "Protokol", "N"),
    ("1.1", "6 Persentase sarana dan prasarana yang berkualitas baik",
     "80%", "83%", "85%", "Tata Usaha", "CP"),
    ("1.2", "7 Persentase peningkatan kuantitas sarana dan prasarana",
     "N/A", "20%", "21%", "Tata Usaha", "CP"),
    ("4.1", "8 Jumlah naskah dinas yang dilayani dengan e-Arsip",
     "N/A", "1.500bh", "1.550bh", "Tata Usaha", "CP"),
    ("4.2", "9 Indeks Kepuasan Pelayanan Surat Masuk", "N/A", "3,5", "3,6", "Tata Usaha", "CP"),
    ("5.1", "10 Waktu rata-rata penerbitan Surat Perintah Membayar (SPM)",
     "2 hari", "2 hari", "2 hari", "Keuangan", "CP"),
    ("5.2", "11 Waktu rata-rata penerbitan Surat Perintah Pembayaran (SPP)",
     "N/A", "2 hari", "2 hari", "Keuangan", "CP"),
    ("6.1", "12 Persentase bertambahnya penerimaan retribusi pemakaian Aset Daerah",
     "N/A", "3%", "3,1%", "Keuangan", "CP"),
)
# (first body row, last body row, No, Perspektif), 0-based over ROWS
PERSPECTIVES = ((0, 2, "1", "Stakeholders Perspective"), (3, 4, "2", "Customers Perspective"),
                (5, 11, "3", "Internal Process Perspective"))
SASARAN = ((0, 2, "2 Meningkatnya kualitas pengelolaan kerumahtanggaan dan persandian"),
           (3, 4, "3 Meningkatnya kualitas pelayanan yang berorientasi pelayanan prima"),
           (5, 6, "1 Meningkatnya kualitas dan kuantitas sarana dan prasarana"),
           (7, 8, "4 Meningkatnya kualitas pengelolaan ketatausahaan"),
           (9, 10, "5 Meningkatnya kualitas pengelolaan keuangan Setda"),
           (11, 11, "6 Meningkatnya penerimaan retribusi daerah"))
NOTES = (("Catt:", "Max 3 IKU satu SS", "1 SS tidak boleh 1 IKU activity", "Max 20 IKU"),
         ("Ket:", "C\t: Cascading Peta", "CP\t: Cascading NonPeta", "N\t: Non Cascading"))
SIGNATURE = ("KEPALA BIRO UMUM,", "", "", "HERI NOFIARDI, SE, MM",
             "NIP. 19621119 198611 1 001")


def fill(cell, text, *, bold=False, size=8, center=False) -> None:
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def main() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.6)

    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(12)
    doc.add_paragraph()

    table = doc.add_table(rows=2 + len(ROWS), cols=len(HEAD1))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS)
    for c, text in enumerate(HEAD1):
        if text:
            fill(table.cell(0, c), text, bold=True, center=True)
    for c, text in enumerate(HEAD2):
        if text:
            fill(table.cell(1, c), text, bold=True, center=True)
    for c in (0, 1, 2, 3, 4, 8, 9):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 6).merge(table.cell(0, 7))

    for r, (code, name, base, t16, t17, unit, kind) in enumerate(ROWS, 2):
        for c, text in ((3, code), (4, name), (5, base), (6, t16), (7, t17), (8, unit), (9, kind)):
            fill(table.cell(r, c), text, center=c in (3, 5, 6, 7, 9))
    for first, last, no, persp in PERSPECTIVES:
        fill(table.cell(first + 2, 0), no, center=True)
        fill(table.cell(first + 2, 1), persp)
        if last > first:
            table.cell(first + 2, 0).merge(table.cell(last + 2, 0))
            table.cell(first + 2, 1).merge(table.cell(last + 2, 1))
    for first, last, text in SASARAN:
        fill(table.cell(first + 2, 2), text)
        if last > first:
            table.cell(first + 2, 2).merge(table.cell(last + 2, 2))

    doc.add_paragraph()
    for block in NOTES:
        for i, line in enumerate(block):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            if i:
                p.paragraph_format.left_indent = Inches(0.3)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(0.7))
            r = p.add_run(line)
            r.font.size = Pt(8)
            r.bold = i == 0

    sig = doc.add_table(rows=1, cols=2)
    sig.autofit = False
    set_grid(sig, (6.0, 4.4))
    no_borders(sig)
    right = sig.cell(0, 1)
    for i, line in enumerate(SIGNATURE):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.font.size = Pt(10)
        r.bold = line.startswith("HERI")
        r.underline = line.startswith("HERI")

    save_docx(doc, DOCX, datetime(2017, 2, 14, 8, 0, 0))


if __name__ == "__main__":
    main()

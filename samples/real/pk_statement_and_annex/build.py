"""Write pk_statement_and_annex.docx (and its .pdf and .txt exports) from the facts of the
public document named in SOURCE.

    /work/main/.venv/bin/python samples/real/pk_statement_and_annex/build.py

Kept for the record; CI never runs it. The whole Perjanjian Kinerja Tahun 2025 of the Dinas
Komunikasi dan Informatika Kabupaten Pringsewu as its two print pages lay it out:

- page 1, portrait folio: the title, the statement "kami yang bertanda tangan di bawah ini",
  two borderless Nama : / Jabatan : blocks (PIHAK KESATU, then PIHAK KEDUA "Selaku atasan"),
  the two promise paragraphs, and the two signatures side by side (PIHAK KEDUA left,
  PIHAK KESATU right, with rank and NIP);
- page 2, landscape folio: the annex title with the OPD and region, the ruled table
  No | Sasaran Strategis | Indikator Sasaran | Target, the ruled PROGRAM | ANGGARAN table
  with its TOTAL row, and the same two signatures again.

The .pdf is LibreOffice's export of the .docx; the .txt is LibreOffice's plain-text export
(`--convert-to txt:Text`), which is what a user who saves the Word file as text gets: every
table cell on its own line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, no_borders, save_docx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "pk_statement_and_annex.docx"

TITLE = "PERJANJIAN KINERJA TAHUN 2025"
OPENING = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
    "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini :"
)
PARTY_1 = ("MOUDY ARY NAZOLLA, S.STP., MH", "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA")
PARTY_2 = ("RIYANTO PAMUNGKAS", "BUPATI PRINGSEWU")
PROMISE = (
    "PIHAK KESATU pada tahun 2025 berjanji akan mewujudkan target kinerja tahunan sesuai "
    "lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang "
    "ditetapkan dalam dokumen perencanaan. Keberhasilan pencapaian target kinerja tersebut "
    "menjadi tanggung jawab PIHAK KESATU.",
    "PIHAK KEDUA akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi "
    "akuntabilitas kinerja terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan "
    "yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
)

ANNEX_TITLE = (TITLE, "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU")
HEADER = ("No", "Sasaran Strategis", "Indikator Sasaran", "Target")
WIDTHS = (0.5, 4.6, 4.6, 1.6)  # inches, landscape folio (13 x 8.5 in)
ROWS = (
    ("1", "Meningkatnya Akuntabilitas Kinerja Dinas Komunikasi dan Informatika",
     "Nilai SAKIP", "BB"),
    ("2", "Meningkatnya Kualitas Komunikasi Publik",
     "Indeks Keterbukaan Informasi Publik", "70 Indeks"),
    ("3", "Meningkatnya Kualitas Informatika", "Indeks SPBE", "2,8 Indeks"),
    ("4", "Meningkatnya Pemanfaatan Data Statistik Sektoral",
     "Jumlah Unit Kerja Pemanfaat Data Statistik Sektoral", "25 Unit Kerja"),
    ("5", "Meningkatnya Keamanan Informasi", "Cakupan Pengamanan Informasi", "100%"),
)
PROGRAMS = (
    ("1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 4.100.832.755"),
    ("2. Program Pengelolaan Informasi dan Komunikasi Publik", "Rp. 2.721.236.800"),
    ("3. Program Pengelolaan Aplikasi Informatika", "Rp. 1.589.645.600"),
    ("4. Program Penyelenggaraan Statistik Sektoral", "Rp. 13.572.000"),
    ("5. Program Penyelenggaraan Persandian Untuk Pengamanan Informasi", "Rp. 155.200.000"),
)
TOTAL = "Rp. 8.580.487.155"
# each line: (text, bold); "" lines are the space left for the signature
LEFT = (("PIHAK KEDUA", True), ("BUPATI PRINGSEWU", False), ("", False), ("", False),
        ("", False), ("RIYANTO PAMUNGKAS", True))
RIGHT = (("PIHAK KESATU", True), ("KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", False),
         ("", False), ("", False), ("", False), ("MOUDY ARY NAZOLLA, S.STP., MH", True),
         ("Pembina Tk. I", False), ("NIP. 19840819 200212 1 001", False))


def fill(cell, text, *, bold=False, size=11, align=None) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def paragraph(doc, parts, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY) -> None:
    """A paragraph of (text, bold) runs."""
    p = doc.add_paragraph()
    p.alignment = align
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold


def party_block(doc, name, position, width) -> None:
    table = doc.add_table(rows=2, cols=3)
    table.autofit = False
    set_grid(table, (0.9, 0.2, width))
    no_borders(table)
    for r, (label, value) in enumerate((("Nama", name), ("Jabatan", position))):
        fill(table.cell(r, 0), label, bold=True, size=12)
        fill(table.cell(r, 1), ":", size=12)
        fill(table.cell(r, 2), value, bold=True, size=12)


def signature_cell(cell, lines) -> None:
    for i, (text, bold) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(12)


def signatures(doc, width) -> None:
    sig = doc.add_table(rows=1, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig.autofit = False
    set_grid(sig, (width, width))
    no_borders(sig)
    signature_cell(sig.cell(0, 0), LEFT)
    signature_cell(sig.cell(0, 1), RIGHT)


def statement_page(doc) -> None:
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Inches(8.5), Inches(13)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)

    paragraph(doc, ((OPENING, False),))
    party_block(doc, *PARTY_1, 5.3)
    paragraph(doc, (("Selanjutnya disebut ", False), ("PIHAK KESATU", True)))
    party_block(doc, *PARTY_2, 5.3)
    paragraph(doc, (("Selaku atasan PIHAK KESATU, selanjutnya disebut ", False),
                    ("PIHAK KEDUA", True), (".", False)))
    for text in PROMISE:
        paragraph(doc, ((text, False),))
    doc.add_paragraph()
    signatures(doc, 3.25)


def annex_page(doc) -> None:
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(13), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(ANNEX_TITLE[0])
    r.bold = True
    r.add_break()
    r2 = p.add_run(ANNEX_TITLE[1])
    r2.bold = True

    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS)
    for c, text in enumerate(HEADER):
        fill(table.cell(0, c), text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for r_i, row in enumerate(ROWS, 1):
        for c, text in enumerate(row):
            fill(table.cell(r_i, c), text)

    doc.add_paragraph()
    prog = doc.add_table(rows=2 + len(PROGRAMS), cols=2)
    prog.style = "Table Grid"
    prog.alignment = WD_TABLE_ALIGNMENT.CENTER
    prog.autofit = False
    set_grid(prog, (8.4, 2.9))
    fill(prog.cell(0, 0), "PROGRAM", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    fill(prog.cell(0, 1), "ANGGARAN", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for r_i, (name, amount) in enumerate(PROGRAMS, 1):
        fill(prog.cell(r_i, 0), name)
        fill(prog.cell(r_i, 1), amount, align=WD_ALIGN_PARAGRAPH.RIGHT)
    last = len(PROGRAMS) + 1
    fill(prog.cell(last, 0), "TOTAL", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fill(prog.cell(last, 1), TOTAL, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_paragraph()
    signatures(doc, 5.7)


def export_txt(docx: Path) -> None:
    """LibreOffice's plain-text export, renamed from the .txt it writes beside the .docx."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: the .txt is not written")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir",
         str(docx.parent), str(docx)],
        check=True,
    )


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    statement_page(doc)
    annex_page(doc)
    save_docx(doc, DOCX, datetime(2025, 7, 17, 8, 0, 0))
    export_pdf(DOCX)
    export_txt(DOCX)


if __name__ == "__main__":
    main()

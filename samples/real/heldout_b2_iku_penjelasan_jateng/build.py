"""Write heldout_b2_iku_penjelasan_jateng.docx: the first rows of Lampiran I of Peraturan
Gubernur Jawa Tengah Nomor 82 Tahun 2014, "INDIKATOR KINERJA UTAMA PEMERINTAH PROVINSI JAWA
TENGAH TAHUN 2013 - 2018"
(https://123dok.com/document/qoooll5q-indikator-kinerja-utama-pemerintah-provinsi-jawa-tengah-tahun.html),
with each indicator's PENJELASAN cell written as `Label :` / value paragraphs as in the source
and the Formulasi Pengukuran as a stacked fraction (numerator over a rule, denominator below).

Kept for the record (CI never runs it). Run with /work/main/.venv/bin/python build.py.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import bottom_border  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "heldout_b2_iku_penjelasan_jateng"

LAMPIRAN = [
    "LAMPIRAN I",
    "PERATURAN GUBERNUR JAWA TENGAH",
    "NOMOR 82 TAHUN 2014",
    "TENTANG",
    # The stored copy stops here ("... PERANGKAT DAERAH PROVINSI "); kept as stored.
    "INDIKATOR KINERJA UTAMA PEMERINTAH PROVINSI JAWA TENGAH DAN INDIKATOR KINERJA UTAMA "
    "SATUAN KERJA PERANGKAT DAERAH PROVINSI",
]
TITLE = ["INDIKATOR KINERJA UTAMA PEMERINTAH PROVINSI JAWA TENGAH", "TAHUN 2013 - 2018"]

HEADERS = [
    "NO",
    "TUJUAN DAN SASARAN STRATEGIS",
    "INDIKATOR KINERJA",
    "PENJELASAN\n(Alasan Pemilihan Indikator, Formulasi Pengukuran, Tipe Penghitungan, "
    "SKPD Penanggungjawab dan Sumber Data)",
]
NUMBERS = ["(1)", "(2)", "(3)", "(4)"]
WIDTHS = [Cm(1.6), Cm(6.0), Cm(5.0), Cm(12.0)]

TUJUAN = ("1.1.", "Memberikan haluan pada 6 (enam) misi lain dalam pengamalan ajaran Tri Sakti "
          "Bung Karno")
SASARAN = ("1.1.1", "Meningkatnya demokrasi, kesejahteraan dan nilai-nilai budaya berbasis "
           "ajaran Tri Sakti Bung Karno")

# PENJELASAN of each indicator: a list of (label, value); value is a string, or a
# (numerator, denominator) pair for a stacked fraction.
INDICATORS = [
    ("1) Persentase capaian sasaran pembangunan", [
        ("Alasan Pemilihan Indikator :",
         "Indikator ini dipilih untuk mengeva-luasi apakah capaian sasaran pemba-ngunan di "
         "Jawa Tengah sesuai dengan target yang telah ditentukan, khususnya pada peningkatan "
         "demo-kratisasi, kesejahteraan dan nilai-nilai budaya berbasis ajaran Tri Sakti Bung "
         "Karno."),
        ("Formulasi Pengukuran :",
         ("Realisasi Sasaran Pembangunan", "Target Sasaran Pembangunan")),
        ("Tipe Perhitungan :", "Komulatif"),
        ("SKPD Penanggungjawab :", "Badan Perencanaan Pembangunan Daerah Provinsi Jawa Tengah"),
        ("Sumber Data :", "Badan Perencanaan Pembangunan Daerah Provinsi Jawa Tengah"),
    ]),
    # The stored copy ends inside this card's first field; nothing after it is written.
    ("2) Pertumbuhan Produk Domestik Regional Bruto (PDRB)", [
        ("Alasan Pemilihan Indikator :",
         "Indikator ini dipilih untuk meng-evalusi pertumbuhan PDRB di Jawa Tengah, mengingat "
         "PDRB sebagai salah satu indikator ekonomi memuat berbagai instrumen ekonomi yang "
         "didalamnya terlihat dengan jelas keadaan makro ekonomi suatu daerah dengan "
         "pertumbuhan ekonominya, pendapatan perkapita dan berbagai instrumen lainnya, dengan "
         "adanya data-data tersebut akan sangat membantu pengambil kebijakan dalam"),
    ]),
]


def write_cell(cell, text: str, bold: bool = False, center: bool = False) -> None:
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def write_penjelasan(cell, fields) -> None:
    cell.text = ""
    first = True
    for label, value in fields:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(label)
        if isinstance(value, tuple):
            numerator, denominator = value
            num = cell.add_paragraph(numerator)
            num.alignment = WD_ALIGN_PARAGRAPH.CENTER
            bottom_border(num)
            den = cell.add_paragraph(denominator)
            den.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            cell.add_paragraph(value).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(33.0), Cm(21.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    style = doc.styles["Normal"]
    style.font.name = "Bookman Old Style"
    style.font.size = Pt(10)

    for line in LAMPIRAN:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(17.0)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).bold = True
    doc.add_paragraph()

    table = doc.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    for i, text in enumerate(HEADERS):
        write_cell(table.rows[0].cells[i], text, bold=True, center=True)
    for i, text in enumerate(NUMBERS):
        write_cell(table.rows[1].cells[i], text, center=True)

    cells = table.add_row().cells
    write_cell(cells[0], TUJUAN[0])
    write_cell(cells[1], TUJUAN[1])
    for k, (name, fields) in enumerate(INDICATORS):
        cells = table.add_row().cells
        if k == 0:
            write_cell(cells[0], SASARAN[0])
            write_cell(cells[1], SASARAN[1])
        write_cell(cells[2], name)
        write_penjelasan(cells[3], fields)

    # NO and the sasaran span the rows of their indicators (vertically merged cells).
    first, last = 3, 3 + len(INDICATORS) - 1
    for col in (0, 1):
        table.cell(first, col).merge(table.cell(last, col))

    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS):
            cell.width = width

    doc.save(HERE / f"{NAME}.docx")


if __name__ == "__main__":
    main()

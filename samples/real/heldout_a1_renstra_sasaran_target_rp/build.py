"""Write heldout_a1_renstra_sasaran_target_rp.docx (a ruled Renstra table) and its PDF.

    /work/main/.venv/bin/python samples/real/heldout_a1_renstra_sasaran_target_rp/build.py
    # which runs: soffice --headless --convert-to pdf --outdir samples/real/heldout_a1_renstra_sasaran_target_rp \
    #     samples/real/heldout_a1_renstra_sasaran_target_rp/heldout_a1_renstra_sasaran_target_rp.docx

Kept for the record; CI never runs it. The facts are those of the public table named in
SOURCE: the Renstra table of the Dinas Komunikasi dan Informatika, Persandian dan Statistik
Kabupaten Sumedang kept in the Sumedang e-office application
(application/views/admin/sicerdas/renstra/laporan/16.php). Only its four tujuan / sasaran
rows are kept, with the columns that carry something on those rows; header wording, column
order, cell texts and number formats as written there (decimal point, "%" glued to the value,
"n/a", Rp amounts with comma thousands separators). Landscape A4, Arial 8 pt, one title line
(the OPD as the table's own "Unit Kerja" column writes it), then one fully ruled table whose
header is three rows deep: the seven target columns sit under the merged "Target Kinerja
Program dan Kerangka Pendanaan" cell, each year's Target | Rp pair under its "Tahun-N" cell.
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
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, save_docx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "heldout_a1_renstra_sasaran_target_rp.docx"

UNIT = "Dinas Komunikasi dan Informatika, Persandian dan Statistik Kabupaten Sumedang"
LOKASI = "Kab. Sumedang, Semua Kecamatan, Semua Kelurahan"
TITLE = (UNIT,)

# header, as in the source (<th> texts; the trailing blanks of "Kode " / "... Pendanaan " dropped)
H_TUJUAN, H_SASARAN, H_IND = "Tujuan", "Sasaran", "Indikator Sasaran"
H_AWAL = "Data capaian Pada Tahun awal Perencanaan"
H_TARGET = "Target Kinerja Program dan Kerangka Pendanaan"
H_YEARS = ("Tahun-3", "Tahun-4", "Tahun-5")
H_AKHIR = "Kondisi Kinerja pada Akhir periode Renstra PD"
H_UNIT = "Unit Kerja Perangkat Daerah Penanggungjawab"
H_LOKASI = "Lokasi"

# (tujuan, sasaran, indikator sasaran, data capaian awal,
#  [(target, Rp) for Tahun-3, Tahun-4, Tahun-5], kondisi akhir) -- rows 1, 4, 10 and 14 of
# the source's <tbody>; the tujuan cell of the third row is empty in the source.
ROWS = (
    ("Meningkatnya kualitas pelayanan publik",
     "Meningkatnya Layanan Komunikasi Publik",
     "Persentase Kepuasan Masyarakat Terhadap Akses dan Kualitas Konten Informasi Publik "
     "Terkait Kebijakan dan Program Prioritas Pemerintah Daerah",
     "32.25%",
     (("42.50%", "1,775,000,000"), ("50%", "2,330,000,000"), ("60%", "2,670,000,000")),
     "60%"),
    ("Tersedianya sistem pelayanan terpadu yang didukung oleh IT",
     "Meningkatnya Penyelenggaraan Pemerintah Berbasis Eletronik",
     "Nilai SPBE",
     "3.81",
     (("4", "5,883,282,200"), ("4.1", "6,545,000,000"), ("4.2", "7,215,000,000")),
     "4.2"),
    ("",
     "Tingkat Keamanan Informasi Pemerintah Daerah",
     "Score Indeks Keamanan Informasi (Indeks KAMI)",
     "n/a",
     (("300", "434,000,000"), ("350", "607,000,000"), ("400", "681,000,000")),
     "400"),
    ("Meningkatnya efektivitas, efesiensi dan akuntabilitas kinerja pemerintah daerah",
     "Meningkatnya Kualitas Data Pembangunan",
     "Persentase Ketersediaan Data Sesuai dengan Standar",
     "45.50%",
     (("95%", "294,000,000"), ("100%", "320,000,000"), ("100%", "350,000,000")),
     "100%"),
)

# columns: Tujuan, Sasaran, Indikator, Awal, T3, Rp3, T4, Rp4, T5, Rp5, Akhir, Unit, Lokasi
WIDTHS = (2.4, 2.8, 3.1, 2.3, 1.5, 2.2, 1.5, 2.2, 1.5, 2.2, 1.6, 3.0, 2.0)  # cm, 28.3 in all
NCOLS = len(WIDTHS)
FONT = Pt(8)


def fill(cell, text, *, bold=False, center=False) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(1)
    p.paragraph_format.space_after = Pt(1)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = FONT


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.font.size = FONT
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(0.7)
    sec.top_margin = sec.bottom_margin = Cm(2.0)

    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(11)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    table = doc.add_table(rows=3 + len(ROWS), cols=NCOLS)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS, unit="cm")

    # three header rows
    for c, text in ((0, H_TUJUAN), (1, H_SASARAN), (2, H_IND), (3, H_AWAL), (11, H_UNIT),
                    (12, H_LOKASI)):
        fill(table.cell(0, c), text, bold=True, center=True)
        table.cell(0, c).merge(table.cell(2, c))
    fill(table.cell(0, 4), H_TARGET, bold=True, center=True)
    table.cell(0, 4).merge(table.cell(0, 10))
    for i, year in enumerate(H_YEARS):
        c = 4 + 2 * i
        fill(table.cell(1, c), year, bold=True, center=True)
        table.cell(1, c).merge(table.cell(1, c + 1))
        fill(table.cell(2, c), "Target", bold=True, center=True)
        fill(table.cell(2, c + 1), "Rp", bold=True, center=True)
    fill(table.cell(1, 10), H_AKHIR, bold=True, center=True)
    fill(table.cell(2, 10), "Target", bold=True, center=True)

    # body
    for i, (tujuan, sasaran, ind, awal, pairs, akhir) in enumerate(ROWS):
        r = 3 + i
        fill(table.cell(r, 0), tujuan)
        fill(table.cell(r, 1), sasaran)
        fill(table.cell(r, 2), ind)
        fill(table.cell(r, 3), awal, center=True)
        for j, (target, rp) in enumerate(pairs):
            fill(table.cell(r, 4 + 2 * j), target, center=True)
            fill(table.cell(r, 5 + 2 * j), rp, center=True)
        fill(table.cell(r, 10), akhir, center=True)
        fill(table.cell(r, 11), UNIT)
        fill(table.cell(r, 12), LOKASI)

    save_docx(doc, DOCX, datetime(2023, 8, 30, 22, 22, 45))
    export_pdf(DOCX)


if __name__ == "__main__":
    main()

"""Write renja_program_kegiatan.docx (a Renja's yearly program/kegiatan table), its PDF and
the same table as renja_program_kegiatan.xlsx.

    /work/main/.venv/bin/python samples/real/renja_program_kegiatan/build.py
    # which runs: soffice --headless --convert-to pdf --outdir samples/real/renja_program_kegiatan \
    #     samples/real/renja_program_kegiatan/renja_program_kegiatan.docx

Kept for the record; CI never runs it. The facts are those of the public export named in
SOURCE (the Renja 2024 rows of Bapelitbang Kabupaten Penajam Paser Utara). Landscape A4,
Arial 8 pt, a four-line title block, then one fully ruled table in the Permendagri 86/2017
"Rumusan Rencana Program dan Kegiatan Perangkat Daerah" layout:
Kode | Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan | Indikator Kinerja
Program/Kegiatan | Rencana Tahun 2024 (Lokasi, Target Capaian Kinerja, Kebutuhan Dana/Pagu
Indikatif, Sumber Dana) | Catatan Penting | Prakiraan Maju Rencana Tahun 2025 (Target Capaian
Kinerja, Kebutuhan Dana/Pagu Indikatif), a column-number row (1) ... (10), the three header
rows repeated on every page. Urusan, bidang and program rows are bold; a program's two
indicators (and their two targets) share one cell, one per line, as the export stores them.
The Prakiraan Maju target cells are empty: the export has no target for 2025 (see SOURCE).
The workbook holds the same cells on one sheet, header merged the same way, every value a
string as written in the document.
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, save_docx, save_xlsx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "renja_program_kegiatan.docx"
XLSX = HERE / "renja_program_kegiatan.xlsx"
CREATED = datetime(2024, 11, 18, 13, 48, 54)

TITLE = (
    "Tabel 3.1",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024",
    "dan Prakiraan Maju Tahun 2025",
    "BADAN PERENCANAAN, PENELITIAN DAN PENGEMBANGAN KABUPATEN PENAJAM PASER UTARA",
)
HEAD_TOP = ("Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
            "Indikator Kinerja Program/Kegiatan", "Rencana Tahun 2024", "Catatan Penting",
            "Prakiraan Maju Rencana Tahun 2025")
HEAD_N = ("Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif", "Sumber Dana")
HEAD_N1 = ("Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif")
WIDTHS = (2.9, 4.8, 5.0, 2.6, 2.0, 2.8, 1.9, 1.7, 1.6, 2.8)  # cm, 28.1 cm in all
LOKASI = "Kab. Penajam Paser Utara, Semua Kecamatan, Semua Kel/Desa"
DBH = "Dana Transfer Umum-Dana Bagi Hasil"
DAU = "Dana Transfer Umum-Dana Alokasi Umum"

# (level, kode, name, indicator(s), lokasi, target 2024, pagu 2024, sumber dana, pagu 2025)
# in the export's order; the 2025 target is empty in every row.
ROWS = (
    ("urusan", "5", "UNSUR PENUNJANG URUSAN PEMERINTAHAN", "", "", "", "", "", ""),
    ("bidang", "5.01", "PERENCANAAN", "", "", "", "", "", ""),
    ("program", "5.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
     "Persentase Layanan Penunjang Urusan Pemerintahan Daerah\nIndeks Kepuasan Masyarakat (IKM)",
     "", "80 %\n100 %", "8.946.892.715,00", "", "9.476.226.600,00"),
    ("kegiatan", "5.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Tersedianya dokumen perencanaan, penganggaran dan evaluasi perangkat daerah",
     "", "14 Dokumen", "1.000.000,00", "", "50.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
     "Jumlah Dokumen Perencanaan Perangkat Daerah", LOKASI, "14 Dokumen", "1.000.000,00", DBH,
     "50.000.000,00"),
    ("kegiatan", "5.01.01.2.02", "Administrasi Keuangan Perangkat Daerah",
     "Terlaksananya kegiatan administrasi keuangan perangkat daerah",
     "", "2 Kegiatan", "6.616.677.800,00", "", "6.680.396.600,00"),
    ("sub_kegiatan", "5.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
     "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", LOKASI, "43 Orang/bulan",
     "6.361.771.800,00", DAU, "6.400.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.02.0003",
     "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
     "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", LOKASI,
     "12 Dokumen", "0,00", DBH, "280.396.600,00"),
    ("kegiatan", "5.01.01.2.06", "Administrasi Umum Perangkat Daerah",
     "Terlaksananya kegiatan perkantoran dan koordinasi keluar/dalam daerah",
     "", "5 Kegiatan", "877.482.000,00", "", "1.164.130.000,00"),
    ("sub_kegiatan", "5.01.01.2.06.0001",
     "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
     "Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan",
     LOKASI, "1 Paket", "2.000.000,00", DAU, "2.200.000,00"),
    ("sub_kegiatan", "5.01.01.2.06.0002", "Penyediaan Peralatan dan Perlengkapan Kantor",
     "Jumlah Paket Peralatan dan Perlengkapan Kantor yang Disediakan", LOKASI, "1 Paket",
     "1.000.000,00", "PENDAPATAN ASLI DAERAH (PAD)", "200.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.06.0005", "Penyediaan Barang Cetakan dan Penggandaan",
     "Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan", LOKASI, "1 Paket",
     "55.000.000,00", DAU, "60.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.06.0006",
     "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
     "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan", LOKASI,
     "12 Dokumen", "5.000.000,00", DBH, "6.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.06.0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
     "Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", LOKASI,
     "102 Laporan", "814.482.000,00", DAU, "895.930.000,00"),
    ("kegiatan", "5.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
     "Jumlah laporan pelaksanaan kegiatan administrasi perkantoran",
     "", "3 Laporan", "1.004.732.915,00", "", "1.105.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.08.0001", "Penyediaan Jasa Surat Menyurat",
     "Jumlah Laporan Penyediaan Jasa Surat Menyurat", LOKASI, "12 Laporan", "5.000.000,00",
     DAU, "5.500.000,00"),
    ("sub_kegiatan", "5.01.01.2.08.0002",
     "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
     "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan",
     LOKASI, "12 Laporan", "75.000.000,00", DAU, "82.500.000,00"),
    ("sub_kegiatan", "5.01.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor",
     "Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan", LOKASI,
     "12 Laporan", "924.732.915,00", DAU, "1.017.000.000,00"),
    ("kegiatan", "5.01.01.2.09",
     "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
     "Terpeliharanya Barang Milik Daerah yang digunakan dalam kegiatan perkantoran",
     "", "23 Unit", "197.000.000,00", "", "216.700.000,00"),
    ("sub_kegiatan", "5.01.01.2.09.0002",
     "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas "
     "Operasional atau Lapangan",
     "Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak "
     "dan Perizinannya", LOKASI, "15 Unit", "152.000.000,00", DBH, "167.200.000,00"),
    ("sub_kegiatan", "5.01.01.2.09.0010",
     "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
     "Jumlah Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya yang "
     "Dipelihara/Direhabilitasi", LOKASI, "31 Unit", "0,00", DBH, "49.500.000,00"),
    ("kegiatan", "5.01.01.2.13", "Penataan Organisasi",
     "Tersusunnya Laporan Kinerja Pemerintah Daerah",
     "", "3 Dokumen", "250.000.000,00", "", "260.000.000,00"),
    ("sub_kegiatan", "5.01.01.2.13.0005",
     "Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah",
     "Jumlah Dokumen Koordinasi dan Penyusunan Laporan Kinerja Pemerintah Daerah", LOKASI,
     "5 Dokumen", "250.000.000,00", DBH, "260.000.000,00"),
    ("bidang", "5.05", "PENELITIAN DAN PENGEMBANGAN", "", "", "", "", "", ""),
    ("program", "5.05.02", "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
     "Persentase terlaksananya kegiatan Penelitian dan pengembangan",
     "", "100 %", "3.100.000.000,00", "", "3.410.000.000,00"),
    ("kegiatan", "5.05.02.2.01",
     "Penelitian dan Pengembangan Bidang Penyelenggaraan Pemerintahan dan Pengkajian Peraturan",
     "Terlaksananya kegiatan Penelitian dan Pengembangan Bidang Penyelenggaraan Pemerintahan "
     "dan Pengkajian Peraturan", "", "1 Kegiatan", "150.000.000,00", "", "160.000.000,00"),
    ("sub_kegiatan", "5.05.02.2.01.0013",
     "Perumusan Rekomendasi atas Rencana Penetapan Peraturan Baru dan/atau Evaluasi Terhadap "
     "Pelaksanaan Peraturan",
     "Jumlah Rekomendasi atas Rencana Penetapan Peraturan Baru dan/atau Evaluasi Terhadap "
     "Pelaksanaan Peraturan yang Diterbitkan", LOKASI, "3 Rekomendasi", "150.000.000,00", DBH,
     "160.000.000,00"),
    ("kegiatan", "5.05.02.2.03", "Penelitian dan Pengembangan Bidang Ekonomi dan Pembangunan",
     "Terlaksananya kegiatan Penelitian dan Pengembangan Bidang Ekonomi dan Pembangunan",
     "", "3 Dokumen", "500.000.000,00", "", "550.000.000,00"),
    ("sub_kegiatan", "5.05.02.2.03.0011",
     "Penelitian dan Pengembangan Perumahan dan Kawasan Permukiman",
     "Jumlah Dokumen Hasil Penelitian dan Pengembangan Perumahan dan Kawasan Permukiman",
     LOKASI, "3 Dokumen", "500.000.000,00", DBH, "550.000.000,00"),
    ("kegiatan", "5.05.02.2.04", "Pengembangan Inovasi dan Teknologi",
     "Terlaksananya kegiatan Pengembangan Inovasi dan Teknologi",
     "", "4 Kegiatan", "2.450.000.000,00", "", "2.700.000.000,00"),
    ("sub_kegiatan", "5.05.02.2.04.0001",
     "Penelitian, Pengembangan, dan Perekayasaan di Bidang Teknologi dan Inovasi",
     "Jumlah Dokumen Hasil Penelitian, Pengembangan, dan Perekayasaan di Bidang Teknologi dan "
     "Inovasi", LOKASI, "1 Dokumen", "2.100.000.000,00", DBH, "2.310.000.000,00"),
    ("sub_kegiatan", "5.05.02.2.04.0003",
     "Diseminasi Jenis, Prosedur dan Metode Penyelenggaraan Pemerintahan Daerah yang Bersifat "
     "Inovatif",
     "Jumlah Laporan Hasil Pelaksanaan Diseminasi Jenis, Prosedur dan Metode Penyelenggaraan "
     "Pemerintahan Daerah yang Bersifat Inovatif", LOKASI, "1 Laporan", "150.000.000,00", DBH,
     "160.000.000,00"),
    ("sub_kegiatan", "5.05.02.2.04.0004", "Sosialisasi dan Diseminasi Hasil-Hasil Kelitbangan",
     "Jumlah Laporan Hasil Penyelenggaraan Sosialisasi dan Diseminasi Hasil-Hasil "
     "Kelitbangan", LOKASI, "1 Laporan", "50.000.000,00", DBH, "65.000.000,00"),
    ("sub_kegiatan", "5.05.02.2.04.0005", "Fasilitasi Hak Kekayaan Intelektual",
     "Jumlah Laporan Pelaksanaan Fasilitasi Hak Kekayaan Intelektual", LOKASI, "1 Laporan",
     "150.000.000,00", DBH, "165.000.000,00"),
)
BOLD = {"urusan", "bidang", "program"}


def cells(row: tuple) -> list[str]:
    """The ten cells of a body row, in column order (Catatan Penting and the 2025 target
    empty)."""
    _level, kode, name, ind, lokasi, target, pagu, dana, pagu_n1 = row
    return [kode, name, ind, lokasi, target, pagu, dana, "", "", pagu_n1]


def fill(cell, text, *, bold=False, align=None) -> None:
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.space_before = Pt(1)
        if align is not None:
            p.alignment = align
        if line:
            run = p.add_run(line)
            run.bold = bold
            run.font.size = Pt(8)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def write_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.font.size = Pt(8)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(0.65)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(10)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    table = doc.add_table(rows=3 + len(ROWS), cols=10)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS, unit="cm")
    center = WD_ALIGN_PARAGRAPH.CENTER
    # header: Kode, name, indicator, Catatan Penting merged down two rows; the two year
    # groups spanned across their columns; then the column numbers (1) ... (10)
    for col, text in ((0, HEAD_TOP[0]), (1, HEAD_TOP[1]), (2, HEAD_TOP[2]), (7, HEAD_TOP[4])):
        fill(table.cell(0, col), text, bold=True, align=center)
        table.cell(0, col).merge(table.cell(1, col))
    fill(table.cell(0, 3), HEAD_TOP[3], bold=True, align=center)
    table.cell(0, 3).merge(table.cell(0, 6))
    fill(table.cell(0, 8), HEAD_TOP[5], bold=True, align=center)
    table.cell(0, 8).merge(table.cell(0, 9))
    for i, text in enumerate(HEAD_N):
        fill(table.cell(1, 3 + i), text, bold=True, align=center)
    for i, text in enumerate(HEAD_N1):
        fill(table.cell(1, 8 + i), text, bold=True, align=center)
    for c in range(10):
        fill(table.cell(2, c), f"({c + 1})", align=center)
    for r in range(3):
        repeat_header(table.rows[r])
    right = WD_ALIGN_PARAGRAPH.RIGHT
    aligns = (None, None, None, None, center, right, None, None, center, right)
    for i, row in enumerate(ROWS):
        bold = row[0] in BOLD
        for c, text in enumerate(cells(row)):
            fill(table.cell(3 + i, c), text, bold=bold, align=aligns[c])
    save_docx(doc, DOCX, CREATED)
    export_pdf(DOCX)


def write_xlsx() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Renja 2024"
    for i, line in enumerate(TITLE, start=1):
        ws.cell(i, 1, line).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=10)
        ws.cell(i, 1).alignment = Alignment(horizontal="center")
    top = 6
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = {(top, 1): HEAD_TOP[0], (top, 2): HEAD_TOP[1], (top, 3): HEAD_TOP[2],
            (top, 4): HEAD_TOP[3], (top, 8): HEAD_TOP[4], (top, 9): HEAD_TOP[5]}
    for i, text in enumerate(HEAD_N):
        head[(top + 1, 4 + i)] = text
    for i, text in enumerate(HEAD_N1):
        head[(top + 1, 9 + i)] = text
    for c in range(10):
        head[(top + 2, 1 + c)] = f"({c + 1})"
    for (r, c), text in head.items():
        cell = ws.cell(r, c, text)
        cell.font = Font(bold=r < top + 2)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col in (1, 2, 3, 8):
        ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=7)
    ws.merge_cells(start_row=top, start_column=9, end_row=top, end_column=10)
    for i, row in enumerate(ROWS):
        r = top + 3 + i
        for c, text in enumerate(cells(row), start=1):
            cell = ws.cell(r, c, text if text else None)
            cell.alignment = Alignment(vertical="top", wrap_text=True,
                                       horizontal="right" if c in (6, 10) else None)
            cell.font = Font(bold=row[0] in BOLD)
    for r in range(top, top + 3 + len(ROWS)):
        for c in range(1, 11):
            ws.cell(r, c).border = border
    for c, w in enumerate((18, 40, 42, 22, 14, 18, 22, 12, 14, 18), start=1):
        ws.column_dimensions[chr(64 + c)].width = w
    save_xlsx(wb, XLSX, CREATED)


def main() -> None:
    write_docx()
    write_xlsx()


if __name__ == "__main__":
    main()

"""Write renstra_tc27_rupiah_penuh_jumlah.md and .docx: a T-C.27 with one kode column, K | Rp
per year, full Rupiah and a Jumlah row.

    /work/main/.venv/bin/python samples/real/renstra_tc27_rupiah_penuh_jumlah/build.py

Kept for the record; CI never runs it. The facts are those of the public export named in
SOURCE (Bapenda Kabupaten Situbondo, kegiatan 5.02.01.2.01 and 5.02.01.2.03 with all their
sub kegiatan), transcribed by hand below. Layout: a four-line title, then Kode (one column,
written 5.02.01.2.01.0001) | Program, Kegiatan dan Sub Kegiatan | Indikator Kinerja | Satuan |
Target Kinerja dan Kerangka Pendanaan over 2026 ... 2030, each K | Rp; Rp written in full
('Rp 173.957.100', 'Rp 0'); an empty K where the source has no target; a closing Jumlah row
(the two kegiatan added: this sample's sum). The .md writes the two header rows as one
('2026 K', '2026 Rp'); the .docx merges each year over its K | Rp pair. A4
landscape, Arial 7 pt.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_tools import save_docx, set_grid  # noqa: E402

SLUG = "renstra_tc27_rupiah_penuh_jumlah"
TITLE = (
    "Tabel 6.1",
    "Rencana Program, Kegiatan, dan Pendanaan",
    "Badan Pendapatan Daerah Kabupaten Situbondo",
    "Periode 2025-2029",
)
YEARS = (2026, 2027, 2028, 2029, 2030)
E = ""
# (level, code, name, indicator, satuan, targets 2026-2030, Rp 2026-2030)
ROWS = (
    ("kegiatan", "5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     "Jumlah Dokumen DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen DPA-SKPD",
     "Dokumen", ("1",) * 5, (173_957_100, 191_352_810, 210_488_091, 231_536_900, 254_690_590)),
    ("sub_kegiatan", "5.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
     "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", ("2",) * 5,
     (34_500_000, 37_950_000, 41_745_000, 45_919_500, 50_511_450)),
    ("sub_kegiatan", "5.02.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
     "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD",
     "Dokumen", ("1",) * 5, (7_200_000, 7_920_000, 8_712_000, 9_583_200, 10_541_520)),
    ("sub_kegiatan", "5.02.01.2.01.0003", "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
     "Jumlah Dokumen Perubahan RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen "
     "Perubahan RKA-SKPD", "Dokumen", ("1",) * 5,
     (7_200_000, 7_920_000, 8_712_000, 9_583_200, 10_541_520)),
    ("sub_kegiatan", "5.02.01.2.01.0004", "Koordinasi dan Penyusunan DPA-SKPD",
     "Jumlah Dokumen DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen DPA-SKPD",
     "Dokumen", ("1",) * 5, (6_700_000, 7_370_000, 8_107_000, 8_917_700, 9_809_470)),
    ("sub_kegiatan", "5.02.01.2.01.0005", "Koordinasi dan Penyusunan Perubahan DPA- SKPD",
     "Jumlah Dokumen Perubahan DPA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen "
     "Perubahan DPA- SKPD", "Dokumen", ("1",) * 5,
     (6_700_000, 7_370_000, 8_107_000, 8_917_700, 9_809_470)),
    ("sub_kegiatan", "5.02.01.2.01.0006",
     "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
     "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil "
     "Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
     "Laporan", ("6",) * 5, (49_500_000, 54_450_000, 59_895_000, 65_884_500, 72_472_950)),
    ("sub_kegiatan", "5.02.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah",
     "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Laporan", ("7",) * 5,
     (62_157_100, 68_372_810, 75_210_091, 82_731_100, 91_004_210)),
    ("sub_kegiatan", "5.02.01.2.01.0008",
     "Penyelenggaraan Walidata Pendukung Statistik Sektoral Daerah",
     "Jumlah Dokumen Hasil Penyelenggaraan Walidata Pendukung Statistik Sektoral Daerah",
     "Dokumen", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.01.0009", "Pelaksanaan Pengumpulan Data Statistik Sektoral Daerah",
     "Jumlah Data Statistik Sektoral Daerah yang Telah Dikumpulkan dan Diperiksa Lingkup "
     "Perangkat Daerah", "Data", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.01.0010",
     "Pelaksanaan Forum Perangkat Daerah Berdasarkan Bidang Urusan yang Diampu dalam Rangka "
     "Penyusunan Dokumen Perencanaan Perangkat Daerah",
     "Jumlah Berita Acara Hasil Forum Perangkat Daerah Berdasarkan Bidang Urusan yang Diampu "
     "dalam Rangka Penyusunan Dokumen Perencanaan Perangkat Daerah", "Berita Acara", (E,) * 5,
     (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.01.0011",
     "Penyusunan Dokumen Perencanaan Urusan Selain Renstra PD dan Renja PD",
     "Jumlah Dokumen Perencanaan Urusan Selain Renstra PD dan Renja PD yang disusun",
     "Dokumen", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.01.0012",
     "Koordinasi Peningkatan Partisipasi Masyarakat dalam Penyelenggaraan Urusan Pemerintahan "
     "Daerah yang Diampu",
     "Jumlah Subtansi Koordinasi Peningkatan Partisipasi Masyarakat dalam Penyelenggaraan "
     "Urusan Pemerintahan Daerah yang Diampu", "Substansi", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.01.0013",
     "Sinkronisasi dan Harmonisasi Pusat dan Daerah dalam Rangka Mendukung Target Pembangunan "
     "Nasional melalui Koordinasi Teknis Pembangunan",
     "Jumlah Berita Acara Hasil Sinkronisasi dan Harmonisasi Pusat dan Daerah dalam Rangka "
     "Mendukung Target Pembangunan Nasional melalui Koordinasi Teknis Pembangunan",
     "Berita Acara", (E,) * 5, (0,) * 5),
    ("kegiatan", "5.02.01.2.03", "Administrasi Barang Milik Daerah pada Perangkat Daerah",
     "Jumlah Laporan Hasil Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD",
     "Laporan", ("12",) * 5, (33_000_000, 33_800_000, 34_000_000, 34_500_000, 34_800_000)),
    ("sub_kegiatan", "5.02.01.2.03.0001",
     "Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD",
     "Jumlah Rencana Kebutuhan Barang Milik Daerah SKPD", "Dokumen", ("2",) * 5,
     (3_000_000, 3_500_000, 3_500_000, 4_000_000, 4_000_000)),
    ("sub_kegiatan", "5.02.01.2.03.0002", "Pengamanan Barang Milik Daerah SKPD",
     "Jumlah Dokumen Pengamanan Barang Milik Daerah SKPD", "Dokumen", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.03.0003", "Koordinasi dan Penilaian Barang Milik Daerah SKPD",
     "Jumlah Laporan Hasil Penilaian Barang Milik Daerah dan Hasil Koordinasi Penilaian Barang "
     "Milik Daerah SKPD", "Laporan", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.03.0004",
     "Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD",
     "Jumlah Laporan Hasil Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD",
     "Laporan", ("12",) * 5, (12_000_000, 12_100_000, 12_200_000, 12_200_000, 12_300_000)),
    ("sub_kegiatan", "5.02.01.2.03.0005",
     "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD",
     "Jumlah Laporan Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD",
     "Laporan", (E,) * 5, (0,) * 5),
    ("sub_kegiatan", "5.02.01.2.03.0006", "Penatausahaan Barang Milik Daerah pada SKPD",
     "Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD", "Laporan", ("12",) * 5,
     (18_000_000, 18_200_000, 18_300_000, 18_300_000, 18_500_000)),
    ("sub_kegiatan", "5.02.01.2.03.0007", "Pemanfaatan Barang Milik Daerah SKPD",
     "Jumlah Dokumen Hasil Pemanfaatan Barang Milik Daerah SKPD", "Dokumen", (E,) * 5,
     (0,) * 5),
)
TOTAL = tuple(sum(r[6][i] for r in ROWS if r[0] == "kegiatan") for i in range(5))
HEAD = ("Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja", "Satuan")
TARGETS_HEAD = "Target Kinerja dan Kerangka Pendanaan"


def rp(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


def cells(row: tuple) -> list[str]:
    _level, code, name, indicator, unit, targets, rupiah = row
    out = [code, name, indicator, unit]
    for t, a in zip(targets, rupiah):
        out += [t, rp(a)]
    return out


def total_cells() -> list[str]:
    out = ["", "Jumlah", "", ""]
    for a in TOTAL:
        out += ["", rp(a)]
    return out


def write_md() -> None:
    lines = [f"**{t}**" for t in TITLE]
    lines.append("")
    head = list(HEAD) + [f"{y} {k}" for y in YEARS for k in ("K", "Rp")]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---"] * 4 + ["---:"] * 10) + "|")
    for row in ROWS:
        lines.append("| " + " | ".join(cells(row)) + " |")
    lines.append("| " + " | ".join(total_cells()) + " |")
    (HERE / f"{SLUG}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def fill(cell, text: str, *, bold: bool = False, align: str = "left") -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(7)


def write_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.font.size = Pt(7)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(10)
    table = doc.add_table(rows=2 + len(ROWS) + 1, cols=14)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, (2.1, 4.6, 4.6, 1.3) + (0.6, 1.68) * 5, unit="cm")
    for c, text in enumerate(HEAD):
        fill(table.cell(0, c), text, bold=True, align="center")
        table.cell(0, c).merge(table.cell(1, c))
    for i, year in enumerate(YEARS):
        c = 4 + 2 * i
        fill(table.cell(0, c), str(year), bold=True, align="center")
        table.cell(0, c).merge(table.cell(0, c + 1))
        fill(table.cell(1, c), "K", bold=True, align="center")
        fill(table.cell(1, c + 1), "Rp", bold=True, align="center")
    for r in (0, 1):
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        table.rows[r]._tr.get_or_add_trPr().append(el)
    for i, row in enumerate(ROWS):
        for c, text in enumerate(cells(row)):
            align = "right" if c >= 4 and c % 2 == 1 else ("center" if c >= 3 else "left")
            fill(table.cell(2 + i, c), text, bold=row[0] == "kegiatan", align=align)
    last = 2 + len(ROWS)
    for c, text in enumerate(total_cells()):
        fill(table.cell(last, c), text, bold=True, align="right" if c >= 4 else "center")
    table.cell(last, 1).merge(table.cell(last, 3))
    save_docx(doc, HERE / f"{SLUG}.docx", datetime(2026, 9, 24, 15, 53, 23))


def main() -> None:
    write_md()
    write_docx()


if __name__ == "__main__":
    main()

"""Write renstra_tc23_capaian.docx (a Formulir E.80 evaluation of a Renstra: targets,
realisasi and rasio capaian per year, each as K and Rp) and its PDF.

    /work/main/.venv/bin/python samples/real/renstra_tc23_capaian/build.py
    # which runs: soffice --headless --convert-to pdf --outdir samples/real/renstra_tc23_capaian \
    #     samples/real/renstra_tc23_capaian/renstra_tc23_capaian.docx

Kept for the record; CI never runs it. The facts are those of the public copy named in SOURCE
(its first two body rows). Landscape A3, Arial 6.5 pt in the table (cell margins 0.05 cm), the form's title block and its list of
RPJMD indicators, then one fully ruled table: No | Sasaran | Program/ Kegiatan | Indikator
Kinerja | Data Capaian pada Awal Tahun Perencanaan | Target Capaian pada Akhir Tahun
Perencanaan (K, Rp) | Target Renstra Perangkat Daerah Kabupaten/ Kota Tahun ke- 1 ... 5 (K, Rp
each) | Realisasi Capaian Tahun ke- 1 ... 4 (K, Rp each) | Rasio Capaian pada Tahun ke- 1, 2
(K, Rp each); three header rows (group, year number, K / Rp) and the column-number row.
Numbers as the copy writes them: comma thousands ("38,592,428,000"), point decimals
("24.36%").
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
DOCX = HERE / "renstra_tc23_capaian.docx"

TITLE = (
    "Formulir E. 80",
    "Evaluasi Terhadap Hasil Renstra Perangkat Daerah Lingkup Kabupaten/ Kota",
    "Renstra Perangkat Daerah Dinas Kesehatan Kabupaten Tanjung Jabung Barat",
    "Periode Pelaksanaan : 2016 - 2019",
)
RPJMD_LEAD = ("Indikator dan target Kinerja Perangkat Daerah Kabupaten/ Kota yang mengacu pada "
              "Sasaran RPJMD Kabupaten/ Kota :")
RPJMD = (
    "Jumlah RS terakreditasi",
    "Puskesmas yang ditingkatkan dari Non PRI menjadi PRI",
    "Indeks Kepuasan Pelanggan",
    "Menurunnya Prevalensi Kekurangan Gizi Pada Balita",
    "Menurunnya Prevalensi Stunting Pada Baduta",
    "Cakupan pencegahan akibat buruk dari penyakit menular",
    "Cakupan pencegahan akibat buruk dari penyakit tidak menular",
)
SASARAN = "Tertib Pengelolaan Administrasi Perkantoran"
# (no, program/kegiatan lines, indicator lines, awal, akhir (K, Rp), targets 1-5 (K, Rp),
#  realisasi 1-4 (K, Rp), rasio 1-2 (K, Rp))
ROWS = (
    ("1", ("Program Pelayanan Administrasi Perkantoran",),
     ("Indikator Kinerja Program (Out Come)",
      "Berjalannya kegiatan administrasi perkantoran dengan lancar (Rata – rata)"),
     "12 Bulan", ("12 Bulan", "38,592,428,000"),
     (("12 Bulan", "6,855,368,000"), ("12 Bulan", "9,621,030,000"),
      ("12 Bulan", "11,830,000,000"), ("12 Bulan", "11,580,000,000"),
      ("12 Bulan", "10,735,000,000")),
     (("12 Bulan", "1,670,024,358"), ("12 Bulan", "4,665,459,134"),
      ("12 Bulan", "9,244,258,241"), ("12 Bulan", "3,260,289,688")),
     (("100%", "24.36%"), ("100%", "48.49%"))),
    ("", ("Kegiatan :", "1. Penyediaan Jasa Surat Menyurat"), ("Tersedianya Jasa Surat Menyurat",),
     "12 BLn", ("72 Bulan", "1,000,000,000"),
     (("12", "200,000,000"),) * 5,
     (("12", "3,741,000"), ("12", "9,365,910"), ("12", "8,034,700"), ("12", "1,710,000")),
     (("100%", "1.87%"), ("100%", "4.68%"))),
)
N_TARGET, N_REAL, N_RASIO = 5, 4, 2
NCOLS = 5 + 2 * (1 + N_TARGET + N_REAL + N_RASIO)  # 29
WIDTHS = (0.6, 2.2, 2.4, 2.8, 1.1) + (0.85, 1.75) * (1 + N_TARGET + N_REAL + N_RASIO)  # 40.3 cm


def fill(cell, text, *, bold=False, center=False) -> None:
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.font.size = Pt(6.5)


def narrow_margins(table) -> None:
    """Cell margins of 0.05 cm left and right, so that 29 columns fit an A3 page."""
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "28")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    table._tbl.tblPr.append(mar)


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.font.size = Pt(8)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(0.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    for i, line in enumerate(TITLE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = i < 3
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(0)
    p.add_run(RPJMD_LEAD)
    for item in RPJMD:
        p = doc.add_paragraph(f"- {item}")
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Cm(0.6)
    doc.add_paragraph()

    head = 4
    table = doc.add_table(rows=head + len(ROWS), cols=NCOLS)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS, unit="cm")
    narrow_margins(table)
    first = ("No", "Sasaran", "Program/ Kegiatan", "Indikator Kinerja",
             "Data Capaian pada Awal Tahun Perencanaan")
    for c, text in enumerate(first):
        fill(table.cell(0, c), text, bold=True, center=True)
        table.cell(0, c).merge(table.cell(2, c))
    groups = (("Target Capaian Pada Akhir Tahun Perencanaan", 1, False),
              ("Target Renstra Perangkat Daerah Kabupaten/ Kota Tahun ke-", N_TARGET, True),
              ("Realisasi Capaian Tahun ke-", N_REAL, True),
              ("Rasio Capaian pada Tahun ke-", N_RASIO, True))
    col = 5
    for text, n, numbered in groups:
        fill(table.cell(0, col), text, bold=True, center=True)
        if numbered:
            table.cell(0, col).merge(table.cell(0, col + 2 * n - 1))
            for i in range(n):
                fill(table.cell(1, col + 2 * i), str(i + 1), bold=True, center=True)
                table.cell(1, col + 2 * i).merge(table.cell(1, col + 2 * i + 1))
        else:
            table.cell(0, col).merge(table.cell(1, col + 1))
        for i in range(n):
            fill(table.cell(2, col + 2 * i), "K", bold=True, center=True)
            fill(table.cell(2, col + 2 * i + 1), "Rp", bold=True, center=True)
        col += 2 * n
    for c in range(NCOLS):
        fill(table.cell(3, c), f"({c + 1})", center=True)

    for i, (no, prog, ind, awal, akhir, targets, real, rasio) in enumerate(ROWS):
        r = head + i
        fill(table.cell(r, 0), no, center=True)
        fill(table.cell(r, 2), "\n".join(prog))
        fill(table.cell(r, 3), "\n".join(ind))
        fill(table.cell(r, 4), awal, center=True)
        values = [akhir, *targets, *real, *rasio]
        for j, (k, rp) in enumerate(values):
            fill(table.cell(r, 5 + 2 * j), k, center=True)
            fill(table.cell(r, 6 + 2 * j), rp, center=True)
    fill(table.cell(head, 1), SASARAN)
    table.cell(head, 1).merge(table.cell(head + len(ROWS) - 1, 1))

    save_docx(doc, DOCX, datetime(2022, 8, 1))
    export_pdf(DOCX)


if __name__ == "__main__":
    main()

"""Write lkjip_capaian_kinerja.docx/.pdf/.xlsx from the facts of the public source named in SOURCE.

    /work/main/.venv/bin/python samples/real/lkjip_capaian_kinerja/build.py

Kept for the record; CI never runs it. The printed LAKIP (renstra mode) of the Pringsewu
e-SAKIP application, as app/Views/adminOpd/lakip/lakip_cetak.php lays it out: the title in
three centred lines, a filter note on the right, then one ruled table NO | SASARAN |
INDIKATOR | SATUAN | TAHUN | TARGET TAHUN SEBELUMNYA | CAPAIAN TAHUN SEBELUMNYA | TARGET |
CAPAIAN TAHUN INI | CAPAIAN (%), NO and SASARAN merged down over their indicators.
The SATUAN column is left out (see SOURCE). Every cell is the dump's text; CAPAIAN (%) is
what hitungCapaianLakip() + formatAngkaID() print for those values (see SOURCE).
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import export_pdf, save_docx, save_xlsx, set_grid  # noqa: E402

HERE = Path(__file__).resolve().parent
DOCX = HERE / "lkjip_capaian_kinerja.docx"
XLSX = HERE / "lkjip_capaian_kinerja.xlsx"
CREATED = datetime(2026, 9, 17, 8, 0, 0)

TITLE = "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH"
UNIT = "PERANGKAT DAERAH: DINAS KETAHANAN PANGAN"
SUB = "Tahun 2025 \u00b7 Lingkup OPD (RENSTRA)"
NOTE = "Status: Semua Status"
HEADER = ("NO", "SASARAN", "INDIKATOR", "TAHUN", "TARGET TAHUN SEBELUMNYA",
          "CAPAIAN TAHUN SEBELUMNYA", "TARGET", "CAPAIAN TAHUN INI", "CAPAIAN (%)")
WIDTHS = (0.4, 2.2, 2.5, 0.6, 1.0, 1.0, 0.8, 1.0, 0.9)  # inches, landscape A4
# (no, sasaran, [indicator rows: (indikator, tahun, target lalu, capaian lalu, target,
#  capaian tahun ini, capaian %)])
GROUPS = (
    ("1", "Meningkatnya diversifikasi dan Ketahanan pangan masyarakat", (
        ("Skor Pola Pangan Harapan (PPH) Konsumsi Pangan", "2025", "85", "89,8", "90,20",
         "92,67", "102,74%"),
    )),
    ("2", "Menurunnya Daerah Rawan Pangan", (
        ("Persentase Daerah Rawan Pangan", "2025", "11", "3,81", "9", "0,8", "191,11%"),
    )),
    ("3", "Meningkatnya Ketersediaan, Stabilitas Pasokan dan Keterjangkauan Pangan", (
        ("Skor Pola Pangan Harapan Ketersediaan Pangan", "2025", "-", "-", "92", "-", "-"),
    )),
    ("4", "Meningkatnya Keamanan Pangan Segar Asal Tumbuhan (PSAT)", (
        ("Persentase PSAT yang memenuhi persyaratan Keamanan Pangan", "2025", "-", "-", "93",
         "-", "-"),
    )),
)


def rows() -> list[tuple[str, ...]]:
    out = []
    for no, sasaran, inds in GROUPS:
        for ind in inds:
            out.append((no, sasaran, *ind))
    return out


def fill(cell, text, *, bold=False, size=8, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.alignment = align
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def centred(doc, text, *, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def write_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.6)

    centred(doc, TITLE, size=13)
    centred(doc, UNIT, size=11)
    centred(doc, SUB, bold=False, size=9)
    centred(doc, NOTE, bold=False, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)

    body = rows()
    table = doc.add_table(rows=1 + len(body), cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS)
    for c, text in enumerate(HEADER):
        fill(table.cell(0, c), text, bold=True, size=7)
    r_i = 1
    for no, sasaran, inds in GROUPS:
        first = r_i
        for ind in inds:
            for c, text in enumerate(ind, start=2):
                align = WD_ALIGN_PARAGRAPH.LEFT if c == 2 else WD_ALIGN_PARAGRAPH.CENTER
                fill(table.cell(r_i, c), text, align=align)
            r_i += 1
        last = r_i - 1
        no_cell = table.cell(first, 0).merge(table.cell(last, 0)) if last > first else table.cell(first, 0)
        sas_cell = table.cell(first, 1).merge(table.cell(last, 1)) if last > first else table.cell(first, 1)
        fill(no_cell, no)
        fill(sas_cell, sasaran, align=WD_ALIGN_PARAGRAPH.LEFT)
    save_docx(doc, DOCX, CREATED)


def write_xlsx() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "LAKIP 2025"
    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = len(HEADER)
    for r, text in enumerate((TITLE, UNIT, SUB), start=1):
        ws.cell(row=r, column=1, value=text).font = Font(bold=r < 3, size=13 if r == 1 else 11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=4, column=ncol, value=NOTE).alignment = Alignment(horizontal="right")
    head = 5
    for c, text in enumerate(HEADER, start=1):
        cell = ws.cell(row=head, column=c, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = grid
    r = head + 1
    for no, sasaran, inds in GROUPS:
        first = r
        for ind in inds:
            for c, text in enumerate(ind, start=3):
                cell = ws.cell(row=r, column=c, value=text)
                cell.alignment = Alignment(wrap_text=True, vertical="center",
                                           horizontal="left" if c == 3 else "center")
                cell.border = grid
            r += 1
        ws.cell(row=first, column=1, value=no)
        ws.cell(row=first, column=2, value=sasaran)
        for c in (1, 2):
            for rr in range(first, r):
                ws.cell(row=rr, column=c).border = grid
            ws.cell(row=first, column=c).alignment = Alignment(
                wrap_text=True, vertical="center", horizontal="center" if c == 1 else "left")
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for c, w in enumerate((5, 34, 40, 8, 14, 14, 10, 14, 12), start=1):
        ws.column_dimensions[ws.cell(row=head, column=c).column_letter].width = w
    save_xlsx(wb, XLSX, CREATED)


def main() -> None:
    write_docx()
    export_pdf(DOCX)
    write_xlsx()


if __name__ == "__main__":
    main()

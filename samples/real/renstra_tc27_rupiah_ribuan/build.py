"""Write renstra_tc27_rupiah_ribuan.docx (a T-C.27 over two A3 pages), its PDF and .xlsx.

    /work/main/.venv/bin/python samples/real/renstra_tc27_rupiah_ribuan/build.py
    # which runs: soffice --headless --convert-to pdf --outdir samples/real/renstra_tc27_rupiah_ribuan \
    #     samples/real/renstra_tc27_rupiah_ribuan/renstra_tc27_rupiah_ribuan.docx

Kept for the record; CI never runs it. The facts are in data.py (transcribed from the public
export named in SOURCE). The layout is the Permendagri 86/2017 T-C.27 with the kode split
after Permendagri 90/2019 into five columns (Urusan | Bidang Urusan | Program | Kegiatan |
Sub Kegiatan, as the Kepmendagri 050-5889/2021 nomenclature prints it): Tujuan | Sasaran |
Kode (5) | Program, Kegiatan dan Sub Kegiatan | Indikator Kinerja ... | Satuan | Data Capaian
pada Tahun Awal Perencanaan | Target Kinerja Program dan Kerangka Pendanaan: 2026 ... 2030,
each Target | Rp (000) | Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah:
Target | Rp (000) | Unit Kerja Perangkat Daerah Penanggung Jawab | Lokasi; a header of three
rows plus the column-number row (1) ... (25), all four repeated on every page; Tujuan merged
down all 43 body rows, each Sasaran down its programs' rows (the merged cells cross the page
break). Landscape A3, Arial 6 pt, cell margins 0.05 cm. Rupiah in thousands: 637571904 -> '637.571,904', 0 -> '0'.
The final Target is the 2030 target, the final Rp the sum of the five years.

The .xlsx is the same table on one sheet (title rows, merged header and Tujuan / Sasaran
cells); every cell is text as in the Word file (Rp and targets as written there), so the one
expected.json serves the three files.
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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from build_tools import export_pdf, save_docx, save_xlsx, set_grid  # noqa: E402
from data import (  # noqa: E402
    LOCATION, RESPONSIBLE, ROWS, SASARAN_ROWS, TITLE, TUJUAN, YEARS, ribu,
)

DOCX = HERE / "renstra_tc27_rupiah_ribuan.docx"
XLSX = HERE / "renstra_tc27_rupiah_ribuan.xlsx"
CREATED = datetime(2026, 9, 23, 16, 21, 11)

CODE_HEADS = ("Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan")
LEFT = ("Tujuan", "Sasaran")
MID = ("Program, Kegiatan dan Sub Kegiatan",
       "Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)", "Satuan",
       "Data Capaian pada Tahun Awal Perencanaan")
TARGETS_HEAD = "Target Kinerja Program dan Kerangka Pendanaan"
FINAL_HEAD = "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah"
RIGHT = ("Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi")
NCOLS = 2 + 5 + 4 + 10 + 2 + 2  # 25
C_CODE, C_NAME, C_YEAR, C_FINAL, C_RESP = 2, 7, 11, 21, 23
WIDTHS = (1.3, 1.5, 1.0, 0.9, 1.05, 1.05, 1.0, 5.4, 5.4, 1.1, 1.45,
          0.85, 1.6, 0.85, 1.6, 0.85, 1.6, 0.85, 1.6, 0.85, 1.6, 0.85, 1.6, 2.3, 1.25)  # cm, 39.6
FONT = 6  # pt


def split_code(code: str) -> tuple[str, ...]:
    """'8.01.02.2.01.0001' -> ('8', '01', '02', '2.01', '0001'), shorter codes padded."""
    p = code.split(".")
    parts = (p[0], p[1], p[2], ".".join(p[3:5]) if len(p) > 3 else "", p[5] if len(p) > 5 else "")
    return parts


def body_cells(row: tuple) -> list[str]:
    """The 23 cells right of Tujuan / Sasaran."""
    _level, code, name, indicator, unit, awal, targets, rupiah = row
    cells = list(split_code(code)) + [name, indicator, unit, awal]
    for t, rp in zip(targets, rupiah):
        cells += [t, ribu(rp)]
    cells += [targets[-1], ribu(sum(rupiah)), RESPONSIBLE, LOCATION]
    return cells


# --- Word ---------------------------------------------------------------------------------------

def fill(cell, text: str, *, bold: bool = False, align: str = "left") -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(FONT)


def narrow_cell_margins(table) -> None:
    """0.05 cm left and right inside every cell (Word's default is 0.19 cm)."""
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "28")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(mar)
    else:
        tbl_pr.append(mar)


def repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def build_docx() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.font.size = Pt(FONT)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.2)
    sec.top_margin = sec.bottom_margin = Cm(1.2)

    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(10)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    head = 4
    table = doc.add_table(rows=head + len(ROWS), cols=NCOLS)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, WIDTHS, unit="cm")
    narrow_cell_margins(table)

    # header row 0-2 and the column numbers in row 3
    for c, text in enumerate(LEFT):
        fill(table.cell(0, c), text, bold=True, align="center")
        table.cell(0, c).merge(table.cell(2, c))
    fill(table.cell(0, C_CODE), "Kode", bold=True, align="center")
    table.cell(0, C_CODE).merge(table.cell(0, C_CODE + 4))
    for i, text in enumerate(CODE_HEADS):
        fill(table.cell(1, C_CODE + i), text, bold=True, align="center")
        table.cell(1, C_CODE + i).merge(table.cell(2, C_CODE + i))
    for i, text in enumerate(MID):
        fill(table.cell(0, C_NAME + i), text, bold=True, align="center")
        table.cell(0, C_NAME + i).merge(table.cell(2, C_NAME + i))
    fill(table.cell(0, C_YEAR), TARGETS_HEAD, bold=True, align="center")
    table.cell(0, C_YEAR).merge(table.cell(0, C_YEAR + 9))
    for i, year in enumerate(YEARS):
        c = C_YEAR + 2 * i
        fill(table.cell(1, c), str(year), bold=True, align="center")
        table.cell(1, c).merge(table.cell(1, c + 1))
        fill(table.cell(2, c), "Target", bold=True, align="center")
        fill(table.cell(2, c + 1), "Rp (000)", bold=True, align="center")
    fill(table.cell(0, C_FINAL), FINAL_HEAD, bold=True, align="center")
    table.cell(0, C_FINAL).merge(table.cell(1, C_FINAL + 1))
    fill(table.cell(2, C_FINAL), "Target", bold=True, align="center")
    fill(table.cell(2, C_FINAL + 1), "Rp (000)", bold=True, align="center")
    for i, text in enumerate(RIGHT):
        fill(table.cell(0, C_RESP + i), text, bold=True, align="center")
        table.cell(0, C_RESP + i).merge(table.cell(2, C_RESP + i))
    for c in range(NCOLS):
        fill(table.cell(3, c), f"({c + 1})", align="center")
    for r, height in zip(range(head), (0.55, 0.45, 0.5, 0.3)):
        repeat_header(table.rows[r])
        table.rows[r].height = Cm(height)

    # body
    for i, row in enumerate(ROWS):
        r = head + i
        bold = row[0] == "program"
        for j, text in enumerate(body_cells(row)):
            c = C_CODE + j
            align = "left"
            if c < C_NAME or c >= C_NAME + 2:
                align = "center"
            if C_YEAR <= c < C_RESP and (c - C_YEAR) % 2 == 1:
                align = "right"
            fill(table.cell(r, c), text, bold=bold, align=align)
    fill(table.cell(head, 0), TUJUAN)
    table.cell(head, 0).merge(table.cell(head + len(ROWS) - 1, 0))
    r = head
    for sasaran, n in SASARAN_ROWS:
        fill(table.cell(r, 1), sasaran)
        table.cell(r, 1).merge(table.cell(r + n - 1, 1))
        r += n

    save_docx(doc, DOCX, CREATED)


# --- Excel --------------------------------------------------------------------------------------

def build_xlsx() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "T-C.27"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i, line in enumerate(TITLE, start=1):
        cell = ws.cell(row=i, column=1, value=line)
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=NCOLS)
    h = len(TITLE) + 2  # first header row (one empty row after the title)

    def head(r: int, c: int, text: str, r2: int | None = None, c2: int | None = None) -> None:
        ws.cell(row=h + r, column=c + 1, value=text)
        if r2 is not None or c2 is not None:
            ws.merge_cells(start_row=h + r, start_column=c + 1,
                           end_row=h + (r if r2 is None else r2),
                           end_column=(c if c2 is None else c2) + 1)

    for c, text in enumerate(LEFT):
        head(0, c, text, r2=2)
    head(0, C_CODE, "Kode", c2=C_CODE + 4)
    for i, text in enumerate(CODE_HEADS):
        head(1, C_CODE + i, text, r2=2)
    for i, text in enumerate(MID):
        head(0, C_NAME + i, text, r2=2)
    head(0, C_YEAR, TARGETS_HEAD, c2=C_YEAR + 9)
    for i, year in enumerate(YEARS):
        c = C_YEAR + 2 * i
        head(1, c, str(year), c2=c + 1)
        head(2, c, "Target")
        head(2, c + 1, "Rp (000)")
    head(0, C_FINAL, FINAL_HEAD, r2=1, c2=C_FINAL + 1)
    head(2, C_FINAL, "Target")
    head(2, C_FINAL + 1, "Rp (000)")
    for i, text in enumerate(RIGHT):
        head(0, C_RESP + i, text, r2=2)
    for c in range(NCOLS):
        head(3, c, f"({c + 1})")
    for r in range(h, h + 4):
        for c in range(1, NCOLS + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, size=9)
            cell.alignment = centre
            cell.border = border

    first = h + 4
    for i, row in enumerate(ROWS):
        r = first + i
        for j, text in enumerate(body_cells(row)):
            ws.cell(row=r, column=C_CODE + 1 + j, value=text or None)
        for c in range(1, NCOLS + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            cell.alignment = wrap
            cell.font = Font(size=9, bold=row[0] == "program")
    ws.cell(row=first, column=1, value=TUJUAN)
    ws.merge_cells(start_row=first, start_column=1, end_row=first + len(ROWS) - 1, end_column=1)
    r = first
    for sasaran, n in SASARAN_ROWS:
        ws.cell(row=r, column=2, value=sasaran)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        r += n
    for c, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = round(w * 5.2, 1)
    save_xlsx(wb, XLSX, CREATED)


def main() -> None:
    build_docx()
    export_pdf(DOCX)
    build_xlsx()


if __name__ == "__main__":
    main()

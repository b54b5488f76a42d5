"""Write renstra_tc25_xlsx_title_block.xlsx from the facts of the public export named in SOURCE.

    /work/main/.venv/bin/python samples/real/renstra_tc25_xlsx_title_block/build.py

Kept for the record; CI never runs it. One sheet laid out as an OPD's Renstra spreadsheet:
a three-row title block (table number, title with the OPD and region, period), an empty row,
a two-row header whose five target columns sit under one merged "Target Kinerja" cell with
the years below, the tujuan / sasaran cells merged down the rows of their indicators, thin
borders. Separate "Indikator Tujuan" and "Indikator Sasaran" columns, as the source keeps the
tujuan indicators (renstra_tujuan_indikator) apart from the sasaran indicators
(renstra_sasaran_indikator). Numbers are numeric cells (General format), written as the
source writes them (decimal point); the satuan, indicator names and texts are copied as they
are, the line break inside one indicator name included.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import save_xlsx  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "renstra_tc25_xlsx_title_block.xlsx"

TITLE = (
    "Tabel 4.1",
    "Tujuan dan Sasaran Jangka Menengah Pelayanan Dinas Kesehatan Kabupaten Banyuwangi",
    "Tahun 2025-2029",
)
HEAD_TOP = ("No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Satuan",
            "Kondisi Awal", "Target Kinerja")
YEARS = (2026, 2027, 2028, 2029, 2030)

TUJUAN = "Meningkatnya Kualitas Kesehatan Masyarakat"
# (indikator tujuan, satuan, kondisi awal, targets 2026..2030) - renstra_tujuan_indikator id 44
TUJUAN_IND = ("Umur Harapan Hidup", "Tahun", 74.13, (74.6, 74.93, 75.2, 75.61, 76.2))
# sasaran (renstra_sasaran id 75..78) and their indicators (renstra_sasaran_indikator 116..121)
SASARAN = (
    ("Meningkatkan akuntabilitas kinerja", (
        ("Nilai SAKIP", "Nilai/Angka", 90.95, (91.25, 91.5, 91.75, 91.95, 92)),
        ("Indeks Kepuasan Masyarakat (IKM)", "Angka", 91.68, (91.8, 91.9, 92, 92.2, 92.3)),
    )),
    ("Meningkatnya Kualitas Layanan Kesehatan", (
        ("Proporsi Faskes Terakreditasi Paripurna", "%", 82.22,
         (82.22, 82.22, 84.44, 86.67, 86.67)),
    )),
    ("Meningkatnya Daya Tahan Kesehatan Masyarakat", (
        ("Persentase Kecamatan yang mencapai target\nkekebalan kelompok", "%", 28,
         (38, 48, 55, 60, 60)),
    )),
    ("Meningkatnya kesehatan keluarga", (
        ("Jumlah Kematian Ibu", "Orang", 28, (27, 27, 26, 26, 26)),
        ("Prevalensi Stunting", "%", 17.6, (16.3, 15.69, 15.08, 13.01, 12.47)),
    )),
)
WIDTHS = (5, 26, 24, 28, 34, 11, 10, 9, 9, 9, 9, 9)


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "T-C.25"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    top_center = Alignment(horizontal="center", vertical="top", wrap_text=True)
    ncols = len(HEAD_TOP) - 1 + len(YEARS)

    # title block: rows 1-3, each merged across the table; row 4 empty
    for r, text in enumerate(TITLE, 1):
        cell = ws.cell(row=r, column=1, value=text)
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)

    # two-row header: rows 5-6
    h1, h2 = 5, 6
    for c, text in enumerate(HEAD_TOP[:-1], 1):
        ws.cell(row=h1, column=c, value=text)
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    first_year_col = len(HEAD_TOP)
    ws.cell(row=h1, column=first_year_col, value=HEAD_TOP[-1])
    ws.merge_cells(start_row=h1, start_column=first_year_col, end_row=h1, end_column=ncols)
    for i, year in enumerate(YEARS):
        ws.cell(row=h2, column=first_year_col + i, value=year)
    for r in (h1, h2):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True)
            cell.alignment = center
            cell.border = box

    # body
    rows = [(None, TUJUAN_IND)]
    for sasaran, inds in SASARAN:
        for ind in inds:
            rows.append((sasaran, ind))
    first = h2 + 1
    last = first + len(rows) - 1
    for i, (sasaran, (name, unit, awal, targets)) in enumerate(rows):
        r = first + i
        if sasaran is None:
            ws.cell(row=r, column=3, value=name)
        else:
            ws.cell(row=r, column=5, value=name)
        ws.cell(row=r, column=6, value=unit)
        ws.cell(row=r, column=7, value=awal)
        for j, t in enumerate(targets):
            ws.cell(row=r, column=first_year_col + j, value=t)
    ws.cell(row=first, column=1, value=1)
    ws.cell(row=first, column=2, value=TUJUAN)
    ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
    ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    r = first + 1
    for sasaran, inds in SASARAN:
        ws.cell(row=r, column=4, value=sasaran)
        if len(inds) > 1:
            ws.merge_cells(start_row=r, start_column=4, end_row=r + len(inds) - 1, end_column=4)
        r += len(inds)
    for r in range(first, last + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = box
            cell.alignment = top_center if c == 1 or c >= 6 else top_left

    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(row=first, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = f"{h1}:{h2}"

    save_xlsx(wb, OUT, datetime(2026, 9, 26, 18, 9, 40))


if __name__ == "__main__":
    main()

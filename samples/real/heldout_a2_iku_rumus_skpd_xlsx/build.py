"""Write heldout_a2_iku_rumus_skpd_xlsx.xlsx from the facts of the public page named in SOURCE.

    /work/main/.venv/bin/python samples/real/heldout_a2_iku_rumus_skpd_xlsx/build.py

Kept for the record; CI never runs it. One sheet laid out as the IKU matrix of the source
(an annex of the Kabupaten Temanggung regulation on IKU): a four-row title block (the
annex's running title, "TENTANG / INDIKATOR KINERJA UTAMA / PEMERINTAH KABUPATEN TEMANGGUNG
DAN INDIKATOR KINERJA UTAMA / SATUAN KERJA PERANGKAT DAERAH KABUPATEN TEMANGGUNG"), an empty
row, the header `SASARAN STRATEGIS | INDIKATOR KINERJA UTAMA | RUMUS IKU | SKPD`, the
column-number row `1 | 2 | 3 | 4`, then the rows. Each sasaran cell ("1. Meningkatnya ...",
number inside the cell as in the source) is merged down the rows of its indicators. Texts
copied as the source writes them (case, "Cukup Jelas", "kali 100%"); thin borders, wrapped
text, no satuan or target column (the source has none).
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
OUT = HERE / "heldout_a2_iku_rumus_skpd_xlsx.xlsx"

TITLE = (
    "TENTANG",
    "INDIKATOR KINERJA UTAMA",
    "PEMERINTAH KABUPATEN TEMANGGUNG DAN INDIKATOR KINERJA UTAMA",
    "SATUAN KERJA PERANGKAT DAERAH KABUPATEN TEMANGGUNG",
)
HEADER = ("SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "RUMUS IKU", "SKPD")
NUMBERS = (1, 2, 3, 4)

# (sasaran, [(indikator, rumus, skpd)]) -- the first four sasaran of the page, in its order
SASARAN = (
    ("1. Meningkatnya penerapan teknologi, dan inovasi Pertanian", (
        ("Besaran Kelompok Tani yang menerapkan teknologi dan informasi pertanian dan "
         "perkebunan melalui sekolah lapang", "Cukup Jelas", "Dintanbunhut"),
        ("Besaran Peningkatan Jumlah Alat Mesin Pertanian dan Perkebunan", "Cukup Jelas",
         "Dintanbunhut"),
        ("Persentase Peningkatan Penggunaan Bibit dan benih unggul",
         "Luas Areal tanam komoditi yang menggunakan benih unggul dibagi total luas tanam "
         "komoditi kali 100%", "Dintanbunhut"),
    )),
    ("2. Meningkatnya penerapan teknologi, inovasi peternakan", (
        ("Angka Kelahiran anak sapi (pedet) melalui Inseminasi Buatan",
         "Jumlah kelahiran anak sapi (pedet) dibagi jumlah penggunaan straw kali 100%",
         "Dinakan"),
    )),
    ("3. Meningkatnya nilai tambah hasil produksi pertanian", (
        ("Besaran Peningkatan Pemasaran Hasil Pertanian", "Cukup Jelas",
         "Dintanbunhut (Komoditas unggulan : buncis, cabai, sayuran daun, labu siam, kopi, "
         "jahe, salak;)"),
    )),
    ("4. Meningkatnya kualitas hasil produksi pertanian, perkebunan dan peternakan", (
        ("Persentase Penanganan Serangan Hama Penyakit",
         "Luas serangan hama dan penyakit yang tertangani dibagi Luas serangan hama dan "
         "penyakit kali 100%", "Dintanbunhut"),
        ("Angka Kematian Ternak unggas",
         "Jumlah hewan yang mati karena penyakit dibagi jumlah total populasi yang "
         "bersangkutan kali 100%", "Dinakan"),
        ("Angka Kematian Ternak kecil",
         "Jumlah hewan yang mati karena penyakit dibagi jumlah total populasi yang "
         "bersangkutan kali 100%", "Dinakan"),
    )),
)
WIDTHS = (34, 42, 52, 30)


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "IKU"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ncols = len(HEADER)

    # title block: rows 1-4, each merged across the table; row 5 empty
    for r, text in enumerate(TITLE, 1):
        cell = ws.cell(row=r, column=1, value=text)
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)

    head, nums = 6, 7
    for c, text in enumerate(HEADER, 1):
        cell = ws.cell(row=head, column=c, value=text)
        cell.font = Font(bold=True)
        cell.alignment = center
        cell.border = box
    for c, n in enumerate(NUMBERS, 1):
        cell = ws.cell(row=nums, column=c, value=n)
        cell.alignment = center
        cell.border = box

    r = nums + 1
    for sasaran, inds in SASARAN:
        first = r
        for ind, rumus, skpd in inds:
            ws.cell(row=r, column=2, value=ind)
            ws.cell(row=r, column=3, value=rumus)
            ws.cell(row=r, column=4, value=skpd)
            for c in range(1, ncols + 1):
                ws.cell(row=r, column=c).border = box
                ws.cell(row=r, column=c).alignment = top_left
            r += 1
        ws.cell(row=first, column=1, value=sasaran)
        if len(inds) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)

    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = f"{head}:{nums}"

    save_xlsx(wb, OUT, datetime(2021, 1, 1, 0, 0, 0))


if __name__ == "__main__":
    main()

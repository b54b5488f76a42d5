"""Write iku_kodefikasi.xlsx from the facts of the public page named in SOURCE.

    /work/main/.venv/bin/python samples/real/iku_kodefikasi/build.py

Kept for the record; CI never runs it. Cells are text as the web table shows them
(decimal comma), a one-line title above the header, the OPD group row below it.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_tools import save_xlsx  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "iku_kodefikasi.xlsx"

TITLE = "Indikator Kinerja Utama (IKU) RENSTRA \u2013 Perangkat Daerah"
HEADER = [
    "KODEFIKASI", "INDIKATOR", "SATUAN", "KETERANGAN", "BASELINE 2024",
    "2025", "2026", "2027", "2028", "2029", "2030",
    "DEFINISI", "SUMBER DATA", "FREKUENSI", "PRODUSEN DATA",
]
GROUP = ["1.01.2.22.0.00.02.0000 \u2013 Dinas Pendidikan dan Kebudayaan",
         "Dinas Pendidikan dan Kebudayaan"] + [""] * 13
DEFINISI = (
    "Rerata waktu (dalam satuan tahun) yang ditempuh oleh penduduk usia 15 tahun ke atas dalam "
    "menyelesaikan semua jenjang pendidikan yang pernah dijalani. Rata-rata Lama Sekolah "
    "penduduk usia 15 tahun ke atas (RLS 15+) dihitung dengan cara mengkonversikan ijazah "
    "terakhir dan tingkat pendidikan yang sedang dijalani ke dalam satuan tahun dengan tidak "
    "memperhitungkan adanya kejadian pengulangan kelas. Ijazah yang dimiliki akan dikonversi ke "
    "dalam lama waktu bersekolah (satuan tahun) berdasarkan ketentuan berikut: Tidak punya "
    "ijazah = 0 tahun; SD = 6 tahun; SMP = 9 tahun; SMA = 12 tahun; D1/D2 = 14 tahun; D3 = 15 "
    "tahun; D4 = 16 tahun; S1 = 17 tahun; Profesi = 18 tahun; S2 = 19 tahun; S3 = 22 tahun. "
    "Konversi ijazah ke menjadi lamanya waktu bersekolah memenuhi perhitungan berikut ini: Tidak "
    "pernah sekolah = 0 tahun; Masih sekolah di SD sampai dengan S1= konversi ijazah terakhir + "
    "kelas terakhir \u2013 1; Masih sekolah di S2/S3 = konversi ijazah terakhir + 1; Tidak "
    "bersekolah lagi dan tamat kelas terakhir = konversi ijazah terakhir; Tidak bersekolah lagi "
    "dan tidak tamat di kelas terakhir = konversi ijazah terakhir + kelas terakhir \u20131"
)
ROWS = [
    ["", "Rata-rata Lama Sekolah Penduduk Usia di Atas 15 Tahun", "Tahun", "Target",
     "9,55", "9,66", "9,79", "9,91", "10,04", "10,16", "11,12",
     DEFINISI, "Badan Pusat Statistik", "Tahunan", "Dinas Pendidikan dan Kebudayaan"],
]
WIDTHS = [26, 34, 9, 12, 11, 8, 8, 8, 8, 8, 8, 70, 20, 11, 24]


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "IKU Perangkat Daerah"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    # row 2 left empty, as the space between the page title and the table
    for c, text in enumerate(HEADER, 1):
        cell = ws.cell(row=3, column=c, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = box
    for r, row in enumerate([GROUP] + ROWS, 4):
        for c, text in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=text or None)
            cell.alignment = wrap
            cell.border = box
            cell.number_format = "@"
    for r in (4,):
        for c in (1, 2):
            ws.cell(row=r, column=c).font = Font(bold=True)
    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[ws.cell(row=3, column=i).column_letter].width = w
    ws.freeze_panes = "A4"

    save_xlsx(wb, OUT, datetime(2025, 12, 30, 8, 59, 0))


if __name__ == "__main__":
    main()

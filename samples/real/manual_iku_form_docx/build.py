"""Write manual_iku_form_docx.docx: the METADATA STATISTIK INDIKATOR card of
data.penajamkab.go.id/metadata/indikator/57 as a two-column label/value Word table.

Kept for the record (CI never runs it). Run with /work/main/.venv/bin/python build.py.
"""

from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

# (label, value) exactly as on the page; empty values stay empty.
ROWS = [
    ("Metadata Kegiatan",
     "Survei Kepuasan Masyarakat (skm) Terhadap Pelayanan Dinas Kependudukan Dan "
     "Pencatatan Sipil Kabupaten Penajam Paser Utara"),
    ("Nama Indikator", "Indeks Kepuasan Masyarakat"),
    ("Konsep", ""),
    ("Definisi",
     "Data informasi tentang kepuasan masyarakat yang diperoleh dari hasil pengukuran secara "
     "kuantitatif dan kualitatif atas pendapat masyarakat dalam memperoleh pelayanan dari "
     "aparatur penyelenggara pelayanan publik dengan membandingkan antara harapan dan "
     "kebutuhan."),
    ("Metode/Rumus Penghitungan",
     "Indikator ini disusun dari 9 unsur pelayanan, 9 unsur tersebut masing-masing terdapat "
     "pertanyaan dengan skala interval 1 (sangat tidak puas) - 4 (sangat puas) terhadap "
     "responden. Cari rata-rata masing-masing unsur dari semua responden dan dikalikan 0.111. "
     "Terakhir cari jumlah semua unsur dan dikali 25."),
    ("Ukuran", "Indeks"),
    ("Satuan", "Indeks"),
    ("Klasifikasi Penyajian", ""),
    ("Apakah Indikator Komposit ?", "Ya"),
    ("Indikator Pembangun", ""),
    ("Nama Indikator Pembangun", ""),
    ("Publikasi Ketersediaan", ""),
    ("Level Estimasi", "Kabupaten"),
    ("Apakah Dapat Diakses Umum?", "Ya"),
    ("Record", "10 Juni 2025 02:00:04"),
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    doc.add_heading("Detail Metadata Indikator", level=2)

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    merged = head[0].merge(head[1])
    merged.text = "METADATA STATISTIK INDIKATOR"
    merged.paragraphs[0].runs[0].bold = True
    for label, value in ROWS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    for row in table.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.0)

    doc.save(HERE / "manual_iku_form_docx.docx")


if __name__ == "__main__":
    main()

"""Build renstra_tc28_kondisi_awal_akhir.docx (kept for the record; CI never runs it).

Facts from RPJMD Kabupaten Bone, BAB IX, Tabel 9.1 (see SOURCE). Run:
    /work/main/.venv/bin/python build.py
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("renstra_tc28_kondisi_awal_akhir.docx")

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Cm(2))
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(9)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("BAB IX\nPENETAPAN INDIKATOR KINERJA DAERAH").bold = True

doc.add_paragraph(
    "Indikator kinerja daerah Kabupaten Bone ditetapkan berdasarkan capaian tiap indikator "
    "selama tahun 2008-2012. Indikator ini menjadi target bagi SKPD dalam melaksanakan program "
    "pembangunan, sekaligus menjadi IKU atau IKK bagi SKPD, dasar penganggaran dalam RKPD dan "
    "Renja SKPD, dan acuan evaluasi kinerja tahunan. Indikator dikelompokkan menurut aspek dan "
    "fokus pembangunan, seperti tercantum pada Tabel 9.1."
)

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run(
    "Tabel 9.1 Penetapan Indikator Kinerja terhadap Capaian Kinerja Penyelenggaraan Urusan "
    "Pemerintahan\nKabupaten Bone"
).bold = True

YEARS = ["2013", "2014", "2015", "2016", "2017", "2018"]
NCOL = 2 + 1 + len(YEARS) + 1 + 1  # No, Indikator, awal, targets, akhir, SKPD
table = doc.add_table(rows=2, cols=NCOL)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER


def put(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


h0, h1 = table.rows[0].cells, table.rows[1].cells
# vertically merged header cells
for col, text in ((0, "No"), (1, "Indikator"), (NCOL - 2, "Kondisi Kinerja pada akhir periode RPJMD"), (NCOL - 1, "SKPD")):
    merged = h0[col].merge(h1[col])
    put(merged, text, bold=True)
put(h0[2], "Kondisi Kinerja pada Awal RPJMD Tahun", bold=True)
put(h1[2], "2012", bold=True)
span = h0[3].merge(h0[3 + len(YEARS) - 1])
put(span, "Target Capaian setiap Tahun", bold=True)
for i, year in enumerate(YEARS):
    put(h1[3 + i], year, bold=True)

ROWS = [
    ("1)", "Fokus Kesejahteraan dan Pemerataan Ekonomi", None),
    ("2)", "Pertumbuhan ekonomi (%)", ["7,69", "7,14", "7,02", "7,06", "7,34", "7,02", "7,14", "7,14"]),
    ("3)", "Laju inflasi (%)", ["7,56", "6,78", "7,25", "6,35", "6,00", "5,77", "5,50", "5,50"]),
    ("4)", "PDRB Konstan Th. 2000 (juta)",
     ["3.674.724", "3.937.063", "4.213.438", "4.510.934", "4.841.985", "5.181.699", "5.551.498", "5.551.498"]),
    ("5)", "PDRB berlaku (juta)",
     ["10.608.660", "12.502.690", "14.763.282", "17.523.884", "20.789.180", "24.544.665", "29.099.852", "29.099.852"]),
]

aspect = table.add_row().cells
cell = aspect[0].merge(aspect[NCOL - 1])
cell.text = ""
cell.paragraphs[0].add_run("ASPEK KESEJAHTERAAN MASYARAKAT").bold = True

for no, name, values in ROWS:
    cells = table.add_row().cells
    cells[0].text = no
    cells[1].text = name
    for i, value in enumerate(values or []):
        cells[2 + i].text = value
        cells[2 + i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # the SKPD cell stays empty: its text is not in the public transcript (see SOURCE)

widths = [Cm(1.0), Cm(5.0)] + [Cm(2.2)] * (1 + len(YEARS) + 1) + [Cm(2.0)]
table.autofit = False
for col, w in zip(table.columns, widths):
    col.width = w
for row in table.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

doc.save(OUT)
print("wrote", OUT)

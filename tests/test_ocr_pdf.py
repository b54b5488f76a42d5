"""Scanned PDFs read by OCR give what their born-digital twin gives, with confidence.

Each scan is OCR'd once per module (a page costs seconds); the values asserted are the ones
drawn on the page (tests/scans.py), written out here by hand.
"""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from renstra.extract.pipeline import extract_source
from renstra.extract.readers.pdf import read
from renstra.schemas import Document, Limits, Settings

from . import scans
from .paths import REPO
from .system_tools import installed

EXPECTED = [
    ("Persentase layanan publik daring", "%", [60, 65, 70, 75, 80]),
    ("Indeks kepuasan masyarakat", "indeks", [82, 83, 84, 85, 86]),
    ("Jumlah desa terhubung internet", "desa", [120, 135, 150, 165, 180]),
]
YEARS = [2022, 2023, 2024, 2025, 2026]


@pytest.fixture(scope="module", autouse=True)
def tesseract() -> None:
    installed(("tesseract",), "tesseract-ocr tesseract-ocr-ind")


def values(document: Document) -> list[tuple[str, str | None, list[float | None]]]:
    return [(i.name, i.unit, [t.value for t in i.targets]) for i in document.indicators]


def extract(data: bytes, **settings: object) -> Document:
    return extract_source(scans.source(data, "scan.pdf", "pdf"), Settings(**settings))


@pytest.fixture(scope="module")
def born() -> bytes:
    return scans.iku_pdf()


@pytest.fixture(scope="module")
def scanned(born: bytes) -> Document:
    return extract(scans.image_pdf(scans.page_image(born)))


def test_a_scanned_iku_reads_like_its_born_digital_twin(born: bytes, scanned: Document) -> None:
    assert values(extract(born)) == EXPECTED
    assert values(scanned) == EXPECTED
    assert scanned.doc_type == "iku"
    assert scanned.organization.name == "Dinas Komunikasi dan Informatika"
    assert [t.year for t in scanned.indicators[0].targets] == YEARS


def test_every_value_read_by_ocr_carries_its_page_box_and_confidence(scanned: Document) -> None:
    targets = [t for i in scanned.indicators for t in i.targets]
    for target in targets:
        where = target.provenance
        assert where is not None and where.page == 1 and where.bbox is not None
        assert where.confidence is not None and 0 <= where.confidence <= 100
    # the 2026 column starts at x = 650 points on the page, as drawn
    last = scanned.indicators[2].targets[-1].provenance
    assert last is not None and last.bbox is not None and 645 < last.bbox[0] < 655
    pages = [n for n in scanned.source.notes if n.code == "ocr-page"]
    assert [n.location.page for n in pages] == [1]
    assert [f.rule for f in scanned.findings if f.rule.startswith("ocr-")] == ["ocr-page"]


def test_ocr_off_leaves_a_scan_unread_with_no_text_layer(born: bytes) -> None:
    document = extract(scans.image_pdf(scans.page_image(born)), ocr="off")
    assert document.indicators == []
    assert [n.code for n in document.source.notes] == ["no-text-layer"]


def test_a_pdf_with_a_text_page_and_scanned_pages_reads_both_up_to_the_ocr_page_limit() -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    letter = scans.letter_pdf("Ditetapkan di Bukittinggi", "KEPALA DINAS KOMINFO")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.drawString(72, 760, "Halaman pertama berisi teks")
    pdf.showPage()
    for _ in range(2):
        pdf.drawImage(ImageReader(scans.page_image(letter)), 0, 0, *scans.PORTRAIT)
        pdf.showPage()
    pdf.save()
    source = scans.source(buffer.getvalue(), "mixed.pdf", "pdf")
    raw = read(source, Settings(limits=Limits(max_ocr_pages=1)))
    lines = [(line.text, line.location.page) for line in raw.lines if line.text]
    assert lines == [
        ("Halaman pertama berisi teks", 1),
        ("Ditetapkan di Bukittinggi", 2),
        ("KEPALA DINAS KOMINFO", 2),
    ]
    assert [line.location.confidence is None for line in raw.lines if line.text] == [
        True, False, False
    ]  # fmt: skip
    assert [(n.code, n.location.page, n.evidence) for n in raw.notes][1:] == [
        ("ocr-failed", 3, "over limits.max-ocr-pages (1)")
    ]
    assert (raw.notes[0].code, raw.notes[0].location.page) == ("ocr-page", 2)


@pytest.fixture(scope="module")
def doubtful() -> Document:
    """The IKU with '8S' typed for 85 and its last cell (180, row 3) smudged."""
    rows = [row[:] for row in scans.ROWS]
    rows[1][6] = "8S"
    image = scans.blurred(scans.page_image(scans.iku_pdf(rows)), SMUDGE)
    data = scans.encoded(image, "PNG")  # lossless: a PDF's JPEG would soften the smudge
    settings = Settings(ocr_min_confidence=THRESHOLD)
    return extract_source(scans.source(data, "scan.png", "png"), settings)


SMUDGE = (645.0, 190.0, 690.0, 209.0)
"""Points: the 2026 cell of row 3, drawn at x 650 on the baseline 204 from the top."""
THRESHOLD = 90.0
"""Clean print reads at 95 or more; the smudged '180' at 60 to 85, whatever it is read as."""


def test_a_smudged_cell_is_a_low_confidence_finding_with_page_and_box(
    doubtful: Document,
) -> None:
    low = [f for f in doubtful.findings if f.rule == "ocr-low-confidence"]
    smudged = [f for f in low if f.location.bbox and _within(f.location.bbox, SMUDGE)]
    assert len(smudged) == 1, [(f.evidence, f.location.bbox) for f in low]
    finding = smudged[0]
    assert finding.severity == "warning" and finding.location.page == 1
    assert finding.evidence is not None and finding.evidence.startswith("'")
    cell = doubtful.indicators[2].targets[-1].provenance
    assert cell is not None and cell.confidence is not None and cell.confidence < THRESHOLD


def _within(box: tuple[float, float, float, float], area: tuple[float, ...]) -> bool:
    return area[0] <= box[0] and box[2] <= area[2] and area[1] <= box[1] and box[3] <= area[3]


def test_8s_in_a_target_column_is_a_suspect_number_not_a_silent_8(doubtful: Document) -> None:
    target = doubtful.indicators[1].targets[3]
    assert (target.year, target.text) == (2025, "8S")
    suspects = [f for f in doubtful.findings if f.rule == "ocr-suspect-number"]
    assert [(f.evidence, f.severity, f.location) for f in suspects] == [
        ("8S", "warning", target.provenance)
    ]


def test_a_born_digital_pdf_never_imports_opencv_or_tesseract() -> None:
    code = (
        "import sys; from renstra.extract.pipeline import extract_document; "
        "extract_document(sys.argv[1]); "
        "print(sorted(m for m in ('cv2', 'pytesseract', 'numpy') if m in sys.modules))"
    )
    sample = REPO / "samples" / "formats" / "iku_metro_utara.pdf"
    out = subprocess.run(
        [sys.executable, "-c", code, str(sample)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


RULED = [
    ("Persentase indeks kepuasan masyarakat", ["85 %", "90 %", "93 %", "95 %", "98 %"]),
    (
        "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
        ["85 %", "90 %", "95 %", "97 %", "100 %"],
    ),
    (
        "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
        ["85 %", "90 %", "95 %", "97 %", "100 %"],
    ),
    (
        "Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan",
        ["30 %", "35 %", "55 %", "83 %", "100 %"],
    ),
]
"""samples/renstra_metro_timur.txt lines 30-32, as written: its T-C.25 rows, the merged
'TARGET KINERJA SASARAN PADA TAHUN KE-' over columns 1-5."""


def test_a_scanned_ruled_table_keeps_its_merged_header_and_cells() -> None:
    """The table's rules are traced in the image (ocr.ruling), so the spanning header and
    the multi-line cells come out as from the text layer; from the words' positions alone
    the scan had no indicator."""
    born = (REPO / "samples" / "formats" / "renstra_metro_timur.pdf").read_bytes()
    pages = [scans.page_image(born, number) for number in (1, 2)]
    document = extract(scans.image_pdf(*pages))
    assert [(i.name, [t.text for t in i.targets]) for i in document.indicators] == RULED
    assert sorted(f.rule for f in document.findings if f.severity != "info") == [
        "period-typo",  # the sample's 2021-2126
        "target-count-mismatch",
    ]
    table = document.tables[0]
    assert (table.kind, table.target_columns, table.location.page) == ("renstra", 5, 1)

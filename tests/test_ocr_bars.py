"""A rumus typed with a line of dashes as its fraction bar, in a scan: the line is found by
its shape (extract/ocr/clean.py), erased before Tesseract and written back as dashes
(extract/ocr/page.py), so the formula parser sees 'A ------ X 100 B' as in a text layer.
No page is OCR'd here: the image is drawn, and the words are given."""

from __future__ import annotations

import io

import numpy as np
import pytest
from renstra.extract.ocr.clean import dashed_bars
from renstra.extract.ocr.page import _with_bars
from renstra.extract.ocr.words import OcrWord

from .scans import page_image

DPI = 300


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    """A4 at 300 dpi: a rumus with a dashed bar at y 200 pt, a drawn rule at y 300 pt,
    and a paragraph of text at y 400-430 pt."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.setFont("Times-Roman", 10)
    top = 842
    pdf.drawString(100, top - 190, "Jumlah Penduduk yang wajib ber-KTP memiliki KTP-el")
    pdf.drawString(100, top - 203, "-" * 60 + "   X  100")
    pdf.drawString(100, top - 216, "Jumlah Penduduk yang wajib ber-KTP")
    pdf.line(100, top - 300, 400, top - 300)
    for i, text in enumerate(["Bidang Pengelolaan Informasi Administrasi Kependudukan"] * 3):
        pdf.drawString(100, top - 400 - 12 * i, text)
    pdf.showPage()
    pdf.save()
    return np.asarray(page_image(buffer.getvalue()))


def test_the_dashed_line_is_a_bar_and_the_rule_and_text_are_not(page: np.ndarray) -> None:
    bars = dashed_bars(page, DPI)
    assert len(bars) == 1
    left, top, right, bottom = (v * 72 / DPI for v in bars[0])
    # 60 hyphens of Times 10 pt (3.33 pt each) from x 100 pt: 200 pt long, a little above
    # their baseline 203 pt from the top
    assert 99 <= left <= 102 and 198 <= top <= bottom <= 203 and 296 <= right <= 302


def test_the_bar_s_reading_gives_way_to_dashes_and_the_words_beside_it_stay() -> None:
    words = [
        OcrWord("Jumlah", 100, 90, 160, 110, 96),
        OcrWord("eee.", 110, 121, 200, 129, 40),  # Tesseract's reading of the dashes
        OcrWord("Oe", 205, 120, 260, 130, 35),
        OcrWord("X", 300, 118, 310, 132, 93),  # beside the bar, past its end: kept
        OcrWord("100", 320, 118, 350, 132, 95),
        OcrWord("Penduduk", 100, 140, 200, 160, 95),
    ]
    bar = (100, 124, 280, 127)  # pixels: 180 wide
    mended = _with_bars(words, [bar])
    assert [w.text for w in mended] == ["Jumlah", "-" * 15, "X", "100", "Penduduk"]
    dashes = mended[1]
    assert (dashes.x0, dashes.x1) == (100, 280)
    assert dashes.bottom - dashes.top == 14  # as tall as the page's middle word

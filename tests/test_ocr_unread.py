"""Lines of ink Tesseract left out are found and read alone (extract/ocr/unread.py). The
page is drawn: three lines of text, of which the first reading is given for the first and
the third only, a blot as tall as four lines (a signature's stroke) and a speck."""

from __future__ import annotations

import io

import numpy as np
import pytest
from renstra.extract.ocr.unread import lost_lines, recover
from renstra.extract.ocr.words import OcrWord

from .scans import page_image
from .system_tools import installed

DPI = 300
PX = DPI / 72


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    """A4 at 300 dpi: 'Jumlah Keluarga Sehat' at y 100 pt, 'Jumlah Puskesmas di Wilayah'
    at y 114 pt, 'Kabupaten dalam kurun waktu' at y 128 pt (baselines), all from x 100 pt,
    in Helvetica 10; a filled blot 40 pt tall at x 400 pt and a 1 pt speck at x 300 pt."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.setFont("Helvetica", 10)
    for y, text in ((100, "Jumlah Keluarga Sehat"), (114, "Jumlah Puskesmas di Wilayah"),
                    (128, "Kabupaten dalam kurun waktu")):  # fmt: skip
        pdf.drawString(100, 842 - y, text)
    pdf.rect(400, 842 - 160, 60, 40, stroke=0, fill=1)
    pdf.rect(300, 842 - 200, 1, 1, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return np.asarray(page_image(buffer.getvalue()))


def first_reading() -> list[OcrWord]:
    """The first and third lines as Tesseract boxed them (pixels, line-high)."""
    words = []
    given = ((91, ["Jumlah", "Keluarga", "Sehat"]), (119, ["Kabupaten", "dalam", "kurun", "waktu"]))
    for top, texts in given:
        x = 100.0
        for text in texts:
            width = 5.2 * len(text)
            words.append(OcrWord(text, x * PX, top * PX, (x + width) * PX, (top + 12) * PX, 95))
            x += width + 3
    return words


def test_the_line_no_word_covers_is_found_and_a_blot_and_a_speck_are_not(
    page: np.ndarray,
) -> None:
    ((x0, top, x1, bottom),) = lost_lines(page, first_reading())
    # the second line's ink: from x 100 pt, some 135 pt long, between its cap height
    # (107 pt) and its descenders (116 pt)
    assert 99 <= x0 / PX <= 101 and 225 <= x1 / PX <= 245
    assert 105 <= top / PX <= 108 and 114 <= bottom / PX <= 117


def test_the_lost_line_is_read_and_put_between_the_others(page: np.ndarray) -> None:
    installed(("tesseract",), "tesseract-ocr tesseract-ocr-ind")
    words = recover(page, first_reading(), "ind", 30.0)
    lines = [" ".join(w.text for w in words if abs(w.top / PX - t) < 6) for t in (91, 107, 119)]
    assert lines == [
        "Jumlah Keluarga Sehat",
        "Jumlah Puskesmas di Wilayah",
        "Kabupaten dalam kurun waktu",
    ]

"""Page images for OCR (ocr.render): a scanned PDF page is read as the scanner made it,
any other page rendered at 300 dpi."""

from __future__ import annotations

import io

from PIL import Image
from renstra.extract.ocr.render import DPI, PdfPages

from .scans import iku_pdf


def scan_pdf(width: int, height: int, dpi: float) -> bytes:
    """An image-only PDF: one grey image of ``width`` x ``height`` pixels over the page."""
    image = Image.new("L", (width, height), 255)
    image.paste(0, (100, 100, 200, 120))
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def test_a_scanned_page_is_its_image_at_the_scanners_resolution() -> None:
    pages = PdfPages(scan_pdf(1273, 1800, 154.0))  # A4 at 154 dpi
    try:
        image, dpi = pages.scan(1)
    finally:
        pages.close()
    assert image.size == (1273, 1800)
    assert abs(dpi - 154.0) < 0.01
    assert image.getpixel((150, 110)) == 0 and image.getpixel((50, 50)) == 255


def test_a_page_with_text_or_a_scan_of_300_dpi_or_more_is_rendered_at_300_dpi() -> None:
    for data in (iku_pdf(), scan_pdf(4960, 7016, 600.0), scan_pdf(2480, 3508, 300.0)):
        pages = PdfPages(data)
        try:
            image, dpi = pages.scan(1)
        finally:
            pages.close()
        assert dpi == DPI
        assert min(abs(image.size[0] - w) for w in (3508, 2480)) <= 2  # A4 at 300 dpi

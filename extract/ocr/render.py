"""Page images: a PDF page rendered (pypdfium2), or the frames of an image file (Pillow)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PIL.Image import Image

DPI = 300
"""Tesseract reads body text best at 300 dpi; less loses small print, more only costs."""
ASSUMED_DPI = 300.0
"""An image file that does not say its resolution: the one scanners default to."""


class PdfPages:
    """A PDF's pages as images, opened once for all the pages a document OCRs."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self._pdf = pypdfium2.PdfDocument(data)

    def scan(self, number: int) -> tuple[Image, float]:
        """Page ``number`` (from 1) as OCR is to read it, and its resolution: a scanned page
        (one image drawn over the whole page, upright) as the scanner made it, else rendered
        at DPI.

        Rendering a 150 dpi scan at 300 dpi resamples it once more, after the JPEG of the
        scan; on the scanned T-C.27 twin (154 dpi, 7 pt print) that lost a third of the
        fields the same pixels give when enlarged by ocr.page itself, as an image file's
        are (field F1 0.864 rendered, 0.922 from the image). A scan at DPI or finer is
        rendered at DPI, as before: nothing is gained by its own pixels, more only cost."""
        page = self._pdf[number - 1]
        try:
            found = _scanned_image(page)
            if found is None:
                return page.render(scale=DPI / 72).to_pil(), float(DPI)  # in colour: ocr.colour
            return found
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()


FIT = 2.0
"""Points: how near the page's edges a scan's image must be drawn to be the whole page."""
NEAR = 0.9
"""A scan of at least this share of DPI is rendered at DPI, as ocr.page reads it as it is."""
SQUARE = 0.02
"""How far a scan's horizontal and vertical resolution may differ (a fax's 204 x 98 may not)."""


def _scanned_image(page: Any) -> tuple[Image, float] | None:
    """The one image a scanned page is, upright, and its dpi; None for any other page."""
    import pypdfium2
    import pypdfium2.raw as pdfium

    if page.get_rotation() != 0:
        return None
    objects = list(page.get_objects())
    if len(objects) != 1 or objects[0].type != pdfium.FPDF_PAGEOBJ_IMAGE:
        return None
    image = objects[0]
    a, b, c, d, _, _ = image.get_matrix().get()
    if a <= 0 or d <= 0 or b != 0 or c != 0:
        return None  # turned or mirrored as drawn: pdfium's rendering knows how
    left, bottom, right, top = image.get_bounds()
    width, height = page.get_width(), page.get_height()
    edges = (left, bottom, width - right, height - top)
    if any(abs(e) > FIT for e in edges):
        return None
    pixels_x, pixels_y = image.get_px_size()
    dpi_x, dpi_y = pixels_x * 72 / (right - left), pixels_y * 72 / (top - bottom)
    if abs(dpi_x - dpi_y) > SQUARE * dpi_x or dpi_x >= DPI * NEAR:
        return None  # rendered at DPI, it is the same pixels, or fewer that are enough
    try:
        return image.get_bitmap(render=False).to_pil(), dpi_x
    except (pypdfium2.PdfiumError, OSError, ValueError) as e:  # a filter pdfium cannot decode
        log.info("page image not decoded (%s): rendered instead", e)
        return None


def frames(data: bytes) -> Iterator[tuple[Image, float]]:
    """Each frame of an image file (one for PNG and JPEG, one per page of a TIFF) with its
    resolution in dpi."""
    import io

    from PIL import Image as PILImage
    from PIL import ImageSequence

    with PILImage.open(io.BytesIO(data)) as image:
        for frame in ImageSequence.Iterator(image):
            yield frame.copy(), dpi_of(frame.info.get("dpi"), frame.width)


PAPER_INCHES = (4.0, 18.0)
"""The narrowest and widest sheet a plan is printed on (A6 up to A3 landscape, with room)."""


def dpi_of(stated: object, width: int) -> float:
    """The resolution an image file states, where it makes the image a sheet of paper;
    ASSUMED_DPI otherwise. Cameras and many writers state 72 or 96 for 'unknown': a 2480
    pixel scan 'at 72 dpi' would be 34 inches wide, and its text 4 times the size it is."""
    if isinstance(stated, tuple) and stated:
        try:
            found = float(stated[0])
        except (TypeError, ValueError):
            return ASSUMED_DPI
        if found > 0 and PAPER_INCHES[0] <= width / found <= PAPER_INCHES[1]:
            return found
    return ASSUMED_DPI

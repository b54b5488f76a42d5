"""Page images: a PDF page rendered (pypdfium2), or the frames of an image file (Pillow)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

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

    def image(self, number: int, dpi: int = DPI) -> Image:
        """Page ``number`` (from 1) rendered at ``dpi``."""
        page = self._pdf[number - 1]
        try:
            return page.render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()


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

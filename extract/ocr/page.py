"""One page image read by OCR: upright, level, its rules erased, its words in points."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from . import clean, deskew, engine, fixes, orient, ruling
from .words import Box, OcrFailed, OcrPage, OcrWord

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image


def read_page(image: Image, dpi: float, lang: str, timeout: float) -> OcrPage:
    """The words of ``image`` (scanned at ``dpi``), boxes in points of the upright page.

    Raises OcrFailed when the page takes more than ``timeout`` seconds in all or Tesseract
    fails on it."""
    import numpy as np

    start = time.monotonic()
    gray = np.asarray(image.convert("L"))
    gray, dpi = _at_reading_size(gray, dpi)
    rotation = orient.find_rotation(gray, timeout)
    gray = orient.turn(gray, rotation)
    skew = deskew.find_skew(gray)
    gray = deskew.straighten(gray, skew)
    grids = _grids(gray, dpi)
    gray = clean.erase_rules(gray)
    left = timeout - (time.monotonic() - start)
    if left <= 0:
        raise OcrFailed(f"over {timeout:g} s")
    words = fixes.mend(engine.read_words(gray, lang, left))
    scale = 72.0 / dpi
    height, width = gray.shape[:2]
    return OcrPage(
        width * scale,
        height * scale,
        rotation,
        skew,
        [_scaled(w, scale) for w in words],
        grids,
    )


READING_DPI = 300.0
"""Tesseract reads best with letters some 20-30 pixels tall, as at 300 dpi; a scan made at
150-250 dpi (a common setting to keep files small) is enlarged to it first. On the scanned
twins the same pages read at their own 171-253 dpi lost a third of their fields."""


def _at_reading_size(gray: np.ndarray, dpi: float) -> tuple[np.ndarray, float]:
    if dpi >= READING_DPI * 0.9:
        return gray, dpi
    import cv2

    factor = READING_DPI / dpi
    size = (round(gray.shape[1] * factor), round(gray.shape[0] * factor))
    return cv2.resize(gray, size, interpolation=cv2.INTER_CUBIC), READING_DPI


def _grids(gray: object, dpi: float) -> list[tuple[Box, list[list[Box | None]]]]:
    """The ruled tables of the straightened page, in points. A page whose rules cannot be
    traced gives none: its tables are then found from the words' positions, as on a
    borderless page."""
    try:
        found = ruling.find_grids(gray, dpi)  # type: ignore[arg-type]
    except ValueError:
        return []
    return [(g.bbox, g.rows) for g in (ruling.to_points(grid, dpi) for grid in found)]


def _scaled(word: OcrWord, scale: float) -> OcrWord:
    return OcrWord(
        word.text,
        round(word.x0 * scale, 2),
        round(word.top * scale, 2),
        round(word.x1 * scale, 2),
        round(word.bottom * scale, 2),
        word.confidence,
    )

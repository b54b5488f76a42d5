"""One page image read by OCR: upright, level, its rules erased, its words in points."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from . import clean, deskew, engine, fixes, orient, ruling
from .words import Box, OcrFailed, OcrPage, OcrWord

if TYPE_CHECKING:
    from PIL.Image import Image


def read_page(image: Image, dpi: float, lang: str, timeout: float) -> OcrPage:
    """The words of ``image`` (scanned at ``dpi``), boxes in points of the upright page.

    Raises OcrFailed when the page takes more than ``timeout`` seconds in all or Tesseract
    fails on it."""
    import numpy as np

    start = time.monotonic()
    gray = np.asarray(image.convert("L"))
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

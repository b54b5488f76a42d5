"""One page image read by OCR: upright, level, its rules erased, its words in points."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from . import clean, colour, deskew, engine, fixes, lexicon, orient, reread, ruling, unread
from .words import Box, OcrFailed, OcrPage, OcrWord

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image


def read_page(image: Image, dpi: float, lang: str, timeout: float) -> OcrPage:
    """The words of ``image`` (scanned at ``dpi``), boxes in points of the upright page.

    Raises OcrFailed when the page takes more than ``timeout`` seconds in all, Tesseract
    fails on it, or its images do not fit in the worker's memory limit (numpy's
    MemoryError, OpenCV's "Insufficient memory"): one page too big for the limit is that
    page's failure, not the whole file's."""
    import cv2

    try:
        return _read_page(image, dpi, lang, timeout)
    except MemoryError as e:
        raise OcrFailed(OUT_OF_MEMORY) from e
    except cv2.error as e:
        if "Insufficient memory" not in str(e):
            raise
        raise OcrFailed(OUT_OF_MEMORY) from e


OUT_OF_MEMORY = "not enough memory for this page under limits.max-memory"


def _read_page(image: Image, dpi: float, lang: str, timeout: float) -> OcrPage:
    start = time.monotonic()
    gray = colour.grey_ink(image)
    gray, dpi = _at_reading_size(gray, dpi)
    rotation = orient.find_rotation(gray, timeout)
    gray = orient.turn(gray, rotation)
    skew = deskew.find_skew(gray)
    gray = deskew.straighten(gray, skew)
    grids, rules = _rules(gray, dpi)
    bars = clean.dashed_bars(gray, dpi)
    gray = clean.erase_rules(clean.erase_boxes(gray, bars))
    left = timeout - (time.monotonic() - start)
    if left <= 0:
        raise OcrFailed(f"over {timeout:g} s")
    read = engine.read_words_and_ink(gray, lang, left)
    words = reread.improve(gray, read, lang, timeout - (time.monotonic() - start))
    words = unread.recover(gray, words, lang, timeout - (time.monotonic() - start))
    words = lexicon.mend(words, lang)
    words = _with_bars(fixes.mend(words), bars)
    scale = 72.0 / dpi
    height, width = gray.shape[:2]
    return OcrPage(
        width * scale,
        height * scale,
        rotation,
        skew,
        [_scaled(w, scale) for w in words],
        grids,
        rules,
    )


BAR_CONFIDENCE = 95.0
"""The confidence given to a fraction bar found by its shape: no letter of it was read."""
DASH_WIDTH = 0.04
"""Inches: one typed dash and its gap, to write a bar as as many dashes as it is long."""


def _with_bars(words: list[OcrWord], bars: list[tuple[int, int, int, int]]) -> list[OcrWord]:
    """``words`` with what Tesseract made of each dashed bar replaced by the bar, written as
    dashes (the formula parser's fraction line) on a box as tall as a line of text, so the
    lines above and below stay lines of their own. A word is the bar's reading when its
    middle lies in that box and half its width over the bar."""
    if not bars or not words:
        return words
    heights = sorted(w.bottom - w.top for w in words)
    half = heights[len(heights) // 2] / 2
    drawn = []
    for left, top, right, bottom in bars:
        middle = (top + bottom) / 2
        dashes = "-" * max(4, round((right - left) / (DASH_WIDTH * READING_DPI)))
        drawn.append(OcrWord(dashes, left, middle - half, right, middle + half, BAR_CONFIDENCE))
    kept = [w for w in words if not any(_on_bar(w, bar) for bar in drawn)]
    return sorted([*kept, *drawn], key=lambda w: (round(w.top), w.x0))


def _on_bar(word: OcrWord, bar: OcrWord) -> bool:
    middle = (word.top + word.bottom) / 2
    overlap = min(word.x1, bar.x1) - max(word.x0, bar.x0)
    return bar.top <= middle <= bar.bottom and overlap >= (word.x1 - word.x0) / 2


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


def _rules(gray: object, dpi: float) -> tuple[list[tuple[Box, list[list[Box | None]]]], list[Box]]:
    """The ruled tables of the straightened page and its horizontal rules (a stacked
    fraction's among them), in points. A page whose rules cannot be traced gives none: its
    tables are then found from the words' positions, as on a borderless page."""
    try:
        found, rules = ruling.trace(gray, dpi)  # type: ignore[arg-type]
    except ValueError:
        return [], []
    grids = [(g.bbox, g.rows) for g in (ruling.to_points(grid, dpi) for grid in found)]
    return grids, [ruling.box_to_points(rule, dpi) for rule in rules]


def _scaled(word: OcrWord, scale: float) -> OcrWord:
    return OcrWord(
        word.text,
        round(word.x0 * scale, 2),
        round(word.top * scale, 2),
        round(word.x1 * scale, 2),
        round(word.bottom * scale, 2),
        word.confidence,
    )

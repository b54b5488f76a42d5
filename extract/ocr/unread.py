"""Lines of ink Tesseract left out, read on their own.

In mode 6 Tesseract reads a table page as one block of lines across its width; where the
cells of a row stand at different heights it can fold a line into the one above and drop
it whole. On the scanned Manual IKU form, 'Tradisional dan Akreditasi' (a sasaran's third
line) and 'Jumlah Puskesmas di Wilayah' (a fraction's denominator) came back as no word at
all, with no finding, while the same print read alone reads at 90 or more.

So the ink no word's box covers is gathered into lines (pieces closer than a word gap), and
each line as tall as the page's usual word and at least twice as wide is cut out and set on
one sheet, which Tesseract reads once (one more call, only on a page that has such ink).
A word read there is kept only when read surely (SURE): a stamp's ring, a signature's
strokes or speckle read as letters read far lower and stay out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import engine
from .reread import PAD, stacked
from .verdict import INK
from .words import OcrFailed, OcrWord

if TYPE_CHECKING:
    import numpy as np

COVER = 4
"""Pixels around a word's box taken as its own (a letter's edge outside Tesseract's box)."""
WORD_GAP = 0.6
"""Of the usual word's height: ink closer than this along a line is one piece of text."""
HEIGHT = (0.6, 1.6)
"""Of the usual word's height: the least and the most a lost line of text is tall."""
WIDE = 2.0
"""Of its height: a lost line of text is at least this wide (a word of three letters)."""
SURE = 85.0
"""Words read on the sheet under this are not kept."""
MARGIN = 6
"""Pixels of the page kept around a cut-out line."""


def recover(gray: np.ndarray, words: list[OcrWord], lang: str, timeout: float) -> list[OcrWord]:
    """``words`` (Tesseract's reading of ``gray``, in its pixels, each as tall as its line)
    with the words of the lines of ink none of them covers, read alone; ``words`` as they
    are past ``timeout`` or when Tesseract fails on the sheet."""
    boxes = lost_lines(gray, words)
    if not boxes or timeout <= 0:
        return words
    cuts = [gray[t - MARGIN : b + MARGIN, x0 - MARGIN : x1 + MARGIN] for x0, t, x1, b in boxes]
    sheet, tops = stacked(cuts)
    try:
        found = engine.read_words(sheet, lang, timeout)
    except OcrFailed:
        return words
    out = list(words)
    for (x0, top, _, bottom), cut, at in zip(boxes, cuts, tops, strict=True):
        line = [w for w in found if at <= (w.top + w.bottom) / 2 < at + cut.shape[0]]
        if not line or min(w.confidence for w in line) < SURE:
            continue
        left = x0 - MARGIN - PAD
        out += [OcrWord(w.text, w.x0 + left, top, w.x1 + left, bottom, w.confidence) for w in line]
    return sorted(out, key=lambda w: (round(w.top), w.x0))


def lost_lines(gray: np.ndarray, words: list[OcrWord]) -> list[tuple[int, int, int, int]]:
    """The boxes (left, top, right, bottom, in pixels) of the lines of ink no word covers,
    top to bottom."""
    import cv2
    import numpy as np

    if not words:
        return []
    heights = sorted(w.bottom - w.top for w in words)
    usual = heights[len(heights) // 2]
    ink = (gray < INK).astype(np.uint8)
    for w in words:
        ink[
            max(0, int(w.top) - COVER) : int(w.bottom) + COVER,
            max(0, int(w.x0) - COVER) : int(w.x1) + COVER,
        ] = 0
    reach = max(3, round(WORD_GAP * usual))
    joined = cv2.morphologyEx(
        ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (reach, 1))
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    height, width = gray.shape[:2]
    boxes = []
    for x, y, w, h, _ in stats[1:count]:
        if not HEIGHT[0] * usual <= h <= HEIGHT[1] * usual or w < WIDE * h:
            continue
        if x < MARGIN or y < MARGIN or x + w + MARGIN > width or y + h + MARGIN > height:
            continue
        boxes.append((int(x), int(y), int(x + w), int(y + h)))
    return sorted(boxes, key=lambda b: (b[1], b[0]))

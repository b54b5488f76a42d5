"""Table rules erased from a page image before OCR.

Tesseract reads a rule that runs close to a word as part of it: a ruled table's header
row came out as 'fejmem TT ea.' until its rules were gone. Rules are the runs of ink far
longer than any letter, found by opening the inked pixels with a long thin kernel, each way.
Where the table's columns are comes from the words' boxes (or from the rules, found
separately), never from this image.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

RULE_SHARE = 40
"""A run of ink longer than 1/40 of the page's width (or height) is a rule: some 7 mm on
A4, longer than any letter at any size a plan is typed in."""


def erase_rules(gray: np.ndarray) -> np.ndarray:
    """A copy of ``gray`` with its long horizontal and vertical rules painted white."""
    import cv2
    import numpy as np

    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    height, width = gray.shape[:2]
    across = cv2.getStructuringElement(cv2.MORPH_RECT, (max(2, width // RULE_SHARE), 1))
    down = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(2, height // RULE_SHARE)))
    rules = cv2.bitwise_or(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, across), cv2.morphologyEx(ink, cv2.MORPH_OPEN, down)
    )
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    out = gray.copy()
    out[rules > 0] = 255
    return out


DASH_GAP = 0.03
"""Inches: the widest gap between two dashes of one drawn line ('-------'), some 9 pixels
at 300 dpi; a space between words is wider."""
BAR_LENGTH = 0.5
"""Inches: a dashed line shorter than this is a dash or two of text, not a fraction bar."""
BAR_THICKNESS = 0.03
"""Inches: a fraction bar of dashes is at most this thick; a line of text is thicker."""
DASH_PERIOD = 0.08
"""Inches: a line of typed dashes starts a new dash at least this often."""
CLEARANCE = 0.04
"""Inches above and below a fraction bar with (almost) no ink: text lines are closer."""
SOLID = 0.9
"""A line inked over more than this share of its length is a drawn rule, not dashes."""


def dashed_bars(gray: np.ndarray, dpi: float) -> list[tuple[int, int, int, int]]:
    """The boxes (pixels: left, top, right, bottom) of the lines of dashes drawn on the page:
    the fraction bar of a rumus typed as 'Jumlah A' / '-----------' / 'Jumlah B'. Tesseract
    reads such a line as letters ('eee. Oe 0010'); the OCR page puts dashes there instead."""
    import cv2
    import numpy as np

    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    gap = max(3, round(DASH_GAP * dpi))
    joined = cv2.morphologyEx(
        ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1))
    )
    long = max(10, round(BAR_LENGTH * dpi))
    runs = cv2.morphologyEx(
        joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long, 1))
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    bars = []
    for left, top, width, height, _ in stats[1:count]:
        if height > BAR_THICKNESS * dpi:
            continue
        band = ink[top : top + height, left : left + width] > 0
        inked = np.asarray(band.any(axis=0))
        if inked.mean() > SOLID:
            continue  # a drawn rule
        dashes = int(inked[0]) + int(np.count_nonzero(inked[1:] & ~inked[:-1]))
        if dashes < width / (DASH_PERIOD * dpi) or not _clear(ink, left, top, width, height, dpi):
            continue  # the top or foot of a line of text
        bars.append((int(left), int(top), int(left + width), int(top + height)))
    return bars


def _clear(ink: np.ndarray, left: int, top: int, width: int, height: int, dpi: float) -> bool:
    """Whether the bands just above and below a line are (almost) free of ink."""
    reach = max(2, round(CLEARANCE * dpi))
    above = ink[max(0, top - reach) : max(0, top - 2), left : left + width]
    below = ink[top + height + 2 : top + height + reach, left : left + width]
    return all(band.size == 0 or (band > 0).mean() < 0.02 for band in (above, below))


def erase_boxes(gray: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """``gray`` with each box (and a pixel around it) painted white: a dashed bar, so that
    Tesseract reads the 'X 100' beside it as a line of its own and not as more dashes."""
    if not boxes:
        return gray
    out = gray.copy()
    for left, top, right, bottom in boxes:
        out[max(0, top - 1) : bottom + 2, max(0, left - 1) : right + 2] = 255
    return out

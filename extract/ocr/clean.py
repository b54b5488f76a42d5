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

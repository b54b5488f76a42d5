"""A page scanned sideways or upside down: how far to turn it (0, 90, 180, 270 degrees).

Tesseract's orientation and script detection (OSD) answers when its ``osd`` model is
installed. Without it a cheap fallback decides: text lines make the row sums of an upright
page (or one upside down) vary far more than its column sums; which of the two candidate
turns is right, OCR's confidence on a band of the page says.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import engine
from .words import OcrFailed

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

OSD_WIDTH = 1800
"""Pixels: a wider page is halved (or more) for OSD, which reads 150 dpi as well as 300 and
takes a third less time."""


def find_rotation(gray: np.ndarray, timeout: float) -> int:
    """Degrees to turn ``gray`` clockwise so that its text stands upright."""
    if engine.has_model("osd"):
        return _osd(gray, timeout) or 0  # too few letters to tell: as scanned
    return _fallback(gray, timeout)


def turn(gray: np.ndarray, degrees: int) -> np.ndarray:
    """``gray`` turned ``degrees`` (0, 90, 180, 270) clockwise."""
    import cv2

    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return gray if degrees % 360 == 0 else cv2.rotate(gray, codes[degrees % 360])


def _osd(gray: np.ndarray, timeout: float) -> int | None:
    """OSD's answer; None where it has none (a page with too few letters)."""
    import pytesseract

    small = _shrunk(gray, OSD_WIDTH)
    engine.one_thread()
    try:
        found = pytesseract.image_to_osd(
            small, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except pytesseract.TesseractError as e:  # "Too few characters", on a near-empty page
        log.debug("OSD found nothing: %s", e)
        return None
    except RuntimeError as e:
        raise OcrFailed(str(e)) from e
    return int(found["rotate"]) % 360


def _fallback(gray: np.ndarray, timeout: float) -> int:
    import numpy as np

    ink = _shrunk(gray, 800) < 128
    rows, columns = ink.sum(axis=1).astype(float), ink.sum(axis=0).astype(float)
    candidates = (0, 180) if np.var(rows) >= np.var(columns) else (90, 270)
    scores = []
    for degrees in candidates:
        words = engine.read_words(_band(turn(gray, degrees)), "eng", timeout / 4)
        confident = [w.confidence for w in words if len(w.text) > 2]
        scores.append(sum(confident) / len(confident) if confident else 0.0)
    return candidates[0] if scores[0] >= scores[1] else candidates[1]


def _band(gray: np.ndarray) -> np.ndarray:
    """The middle fifth of the page, where a letter or a table has text: enough to tell
    upright from upside down at a tenth of the page's OCR time."""
    height = gray.shape[0]
    return gray[2 * height // 5 : 3 * height // 5]


def _shrunk(gray: np.ndarray, width: int) -> np.ndarray:
    import cv2

    factor = gray.shape[1] // width
    if factor < 2:
        return gray
    size = (gray.shape[1] // factor, gray.shape[0] // factor)
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)

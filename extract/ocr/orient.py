"""A page scanned sideways or upside down: how far to turn it (0, 90, 180, 270 degrees).

Tesseract's orientation and script detection (OSD) answers when its ``osd`` model is
installed. Without it a cheap fallback decides: text lines make the row sums of an upright
page (or one upside down) vary far more than its column sums; which of the two candidate
turns is right, OCR on a band of the page says: the turn under which more words read
surely. An unsure OSD answer is checked the same way against the opposite turn.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from . import engine
from .words import OcrFailed

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

OSD_SURE = 4.0
"""OSD's orientation confidence under which its answer is checked against the opposite
turn. A page of figures (a budget table turned sideways) reads much the same upside down,
and OSD then answers near 1 or 2: the T-C.27 twin's sideways page got 1.21 (TIFF) and 2.55
(image-only PDF) for the wrong way, its upright page 1.11 and 1.63 for the right one; every
other twin's page answering 4.07 or more was right. Not higher: a check reads a band of the
page twice, and a band of scrawl and stamps (a form's) takes Tesseract 10-30 s."""
OSD_WIDTH = 1800
"""Pixels: a wider page is halved (or more) for OSD, which reads 150 dpi as well as 300 and
takes a third less time."""


def find_rotation(gray: np.ndarray, timeout: float) -> int:
    """Degrees to turn ``gray`` clockwise so that its text stands upright."""
    if engine.has_model("osd"):
        found = _osd(gray, timeout)
        if found is None:
            return 0  # too few letters to tell: as scanned
        rotation, sure = found
        if sure >= OSD_SURE:
            return rotation
        return _likelier(gray, (rotation, (rotation + 180) % 360), timeout)
    return _fallback(gray, timeout)


def turn(gray: np.ndarray, degrees: int) -> np.ndarray:
    """``gray`` turned ``degrees`` (0, 90, 180, 270) clockwise."""
    import cv2

    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return gray if degrees % 360 == 0 else cv2.rotate(gray, codes[degrees % 360])


def _osd(gray: np.ndarray, timeout: float) -> tuple[int, float] | None:
    """OSD's answer and its confidence; None where it has none (a page with too few
    letters)."""
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
    return int(found["rotate"]) % 360, float(found["orientation_conf"])


def _fallback(gray: np.ndarray, timeout: float) -> int:
    import numpy as np

    ink = _shrunk(gray, 800) < 128
    rows, columns = ink.sum(axis=1).astype(float), ink.sum(axis=0).astype(float)
    candidates = (0, 180) if np.var(rows) >= np.var(columns) else (90, 270)
    return _likelier(gray, candidates, timeout)


SURE_WORD = 80.0
"""The confidence from which a word of three letters or digits counts as read. Upside down,
a band of figures and names reads as many words as upright, at a mean confidence as
high where its rules and stamps read as noise both ways (a T-C.23 twin's band: 14 upright,
29 upside down), but hardly any of them surely: the T-C.27 twin's sideways page read 82
words of 80 or more the right way, 10 the wrong way ('ued' for 'dan'); the T-C.23 band
none either way, which leaves OSD's answer."""
_WORD = re.compile(r"\w{3,}")


def _likelier(gray: np.ndarray, candidates: tuple[int, int], timeout: float) -> int:
    """Of two turns, the one after which OCR reads more words of a band of the page surely
    (the first on a tie: OSD's answer, where it gave one)."""
    scores = [_sure_words(_band(turn(gray, degrees)), timeout / 4) for degrees in candidates]
    log.debug("turns %s: %s words read surely", candidates, scores)
    return candidates[0] if scores[0] >= scores[1] else candidates[1]


def _sure_words(gray: np.ndarray, timeout: float) -> int:
    words = engine.read_words(gray, "eng", timeout)
    return sum(1 for w in words if w.confidence >= SURE_WORD and _WORD.search(w.text))


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

"""A scan tilted a few degrees: the angle that makes its text lines (and table rules)
horizontal, and the page turned by it.

The angle maximises the variance of the page's row sums (a projection profile): level lines
of ink give sharp peaks between blank gaps, tilted ones a smear. It is searched coarse then
fine on a small copy of the page, which keeps it well under a tenth of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

MAX_SKEW = 5.0
"""Degrees searched either way; a page tilted more is a photo, not a scan."""
WORK_WIDTH = 1000


def find_skew(gray: np.ndarray) -> float:
    """Degrees to turn ``gray`` (counter-clockwise positive) to level it, to 0.1."""
    import cv2
    import numpy as np

    factor = max(1, gray.shape[1] // WORK_WIDTH)
    small = cv2.resize(gray, (gray.shape[1] // factor, gray.shape[0] // factor))
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)

    def score(angle: float) -> float:
        return float(np.var(_turned(ink, angle, 0).sum(axis=1, dtype=np.float64)))

    coarse = [a / 2 for a in range(int(-2 * MAX_SKEW), int(2 * MAX_SKEW) + 1)]
    best = max(coarse, key=lambda a: (score(a), -abs(a)))
    fine = [round(best + a / 10, 1) for a in range(-5, 6)]
    return max(fine, key=lambda a: (score(a), -abs(a)))


def straighten(gray: np.ndarray, angle: float) -> np.ndarray:
    """``gray`` turned ``angle`` degrees about its centre, the corners filled white."""
    return gray if angle == 0 else _turned(gray, angle, 255)


def _turned(image: np.ndarray, angle: float, fill: int) -> np.ndarray:
    import cv2

    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=fill)

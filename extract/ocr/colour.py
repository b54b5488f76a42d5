"""A page image in grey, the coloured ink of stamps and signatures taken out.

A signed plan is stamped and signed over its signature block, and both are most often in
colour: a blue or violet office stamp, a blue pen. In plain grey they are as dark as the
typed name, title and NIP under them, and Tesseract reads the mix as neither. Typed text
is black or nearly so; a stamp's and a pen's ink is strongly coloured and, on paper, light
enough to tell apart. So where a pixel's colour is SATURATED and it is LIGHT, it is made
white before the page is read; dark pixels stay, whatever their hue (navy headings, black
type under the stamp's ink), as do grey and black ones. A grey scan has no colour to go by
and is read as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image

SATURATED = 90
"""Of 255 (OpenCV's HSV): a stamp's blue or violet, a pen's blue; a scan's grey is under 40."""
LIGHT = 110
"""Of 255, the colour's value: navy or dark red type (under it) is text, not a stamp."""
COLOUR_MODES = frozenset({"RGB", "RGBA", "P", "CMYK", "YCbCr", "LAB", "HSV"})


def grey_ink(image: Image) -> np.ndarray:
    """``image`` as a grey array, its light, strongly coloured pixels white."""
    import numpy as np

    if image.mode not in COLOUR_MODES:
        return np.asarray(image.convert("L"))
    import cv2

    rgb = np.asarray(image.convert("RGB"))
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    gray[(hsv[..., 1] > SATURATED) & (hsv[..., 2] > LIGHT)] = 255
    return np.ascontiguousarray(gray)

"""A page image in grey with the coloured ink of stamps and signatures taken out
(ocr.colour): typed black text under a blue stamp is read as typed."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageDraw
from renstra.extract.ocr import colour, engine

from .system_tools import installed

BLACK, NAVY, STAMP_BLUE, PEN_BLUE, RED_STAMP = (
    (20, 20, 20),
    (20, 30, 100),
    (70, 90, 200),
    (40, 70, 180),
    (210, 60, 70),
)


def signed_block() -> Image.Image:
    """A typed name and title in black, a navy heading, and over them a blue stamp, a pen's
    stroke and a red stamp, their ink laid on the paper as ink is (multiplied), as a colour
    scan gives a signature block."""
    paper = Image.new("RGB", (900, 260), (250, 250, 248))
    draw = ImageDraw.Draw(paper)
    draw.text((40, 20), "KEPALA DINAS", fill=NAVY, font_size=40)
    draw.text((40, 110), "RIYANTO PAMUNGKAS", fill=BLACK, font_size=48)
    draw.text((40, 180), "NIP 19700101 199003 1 001", fill=BLACK, font_size=40)
    ink = Image.new("RGB", paper.size, (255, 255, 255))
    marks = ImageDraw.Draw(ink)
    marks.ellipse((300, 40, 560, 250), outline=STAMP_BLUE, width=14)
    marks.line((120, 150, 700, 100), fill=PEN_BLUE, width=9)
    marks.ellipse((650, 10, 860, 160), outline=RED_STAMP, width=12)
    return ImageChops.multiply(paper, ink)


def test_light_coloured_ink_goes_and_black_and_dark_text_stay() -> None:
    gray = colour.grey_ink(signed_block())
    assert gray.shape == (260, 900) and gray.dtype == np.uint8
    assert gray[47, 430] == 255 and gray[104, 650] == 255  # the stamp's ring, the pen's stroke
    assert gray[20:60, 40:300].min() < 80  # the navy heading is still ink
    assert gray[110:160, 40:120].min() < 60  # the black name
    assert gray[85, 655] == 255  # a red stamp goes too


def test_a_grey_scan_is_read_as_it_is() -> None:
    grey = signed_block().convert("L")
    assert np.array_equal(colour.grey_ink(grey), np.asarray(grey))


def test_the_name_under_the_stamp_is_read() -> None:
    installed(("tesseract",), "tesseract-ocr tesseract-ocr-ind")
    words = engine.read_words(colour.grey_ink(signed_block()), "ind+eng", 30.0)
    text = " ".join(w.text for w in words)
    assert "RIYANTO PAMUNGKAS" in text and "19700101" in text

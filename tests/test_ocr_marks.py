"""A line of type with a signature read among its words keeps the height of its type
(extract/ocr/marks.py), so its words are no taller than the other lines' and the gap
between two signature blocks is still wide. Words and lines are given, in pixels."""

from __future__ import annotations

from renstra.extract.ocr.engine import _line_high
from renstra.extract.ocr.marks import type_lines
from renstra.extract.ocr.words import OcrWord


def ink(text: str, x0: float, top: float, x1: float, bottom: float, conf: float = 95) -> OcrWord:
    return OcrWord(text, x0, top, x1, bottom, conf)


# Lines 1-2: 'PIHAK KEDUA      PIHAK KESATU', 'BUPATI PRINGSEWU      KEPALA DINAS', ink 30 px
# tall; line 3: 'RIYANTO PAMUNGKAS' with a signature over the right block read as '(RAL'
# (160 px tall) and 'ich' (50 px: a stroke, no taller than 2.5 words)
FOUND = [
    (1, ink("PIHAK", 300, 100, 420, 130)), (1, ink("KEDUA", 440, 100, 570, 130)),
    (1, ink("PIHAK", 1200, 100, 1320, 130)), (1, ink("KESATU", 1340, 100, 1490, 130)),
    (2, ink("BUPATI", 260, 160, 400, 190)), (2, ink("PRINGSEWU", 420, 160, 640, 190)),
    (2, ink("KEPALA", 1150, 160, 1300, 190)), (2, ink("DINAS", 1320, 160, 1450, 190)),
    (3, ink("(RAL", 1100, 180, 1560, 340, 38)), (3, ink("ich", 1350, 300, 1400, 350, 37)),
    (3, ink("RIYANTO", 230, 310, 400, 340)), (3, ink("PAMUNGKAS", 420, 310, 660, 342)),
]  # fmt: skip
LINES = {1: (98, 132), 2: (158, 192), 3: (180, 350)}


def test_a_line_with_a_mark_is_as_tall_as_its_type_and_the_others_stay() -> None:
    assert type_lines(FOUND, LINES) == {1: (98, 132), 2: (158, 192), 3: (310, 342)}


def test_the_mark_stands_on_its_lines_height_and_type_keeps_its_own() -> None:
    line = type_lines(FOUND, LINES)[3]
    assert _line_high(FOUND[8][1], line, marked=True) == ink("(RAL", 1100, 310, 1560, 342, 38)
    assert _line_high(FOUND[10][1], line, marked=True) == ink("RIYANTO", 230, 310, 400, 342)


def test_a_page_without_marks_keeps_tesseracts_lines() -> None:
    assert type_lines(FOUND[:8], LINES) == LINES

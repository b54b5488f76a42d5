"""What Tesseract's Indonesian model is known to misread, mended where the context is sure.

The ``ind`` model reads a percent sign set apart from its number ('85 %') as 'Yo', with a
confidence of 90 or more, so no threshold would catch it. 'Yo' (and '%o') is no word of a
plan, so it is '%' wherever it stands; a lower-case 'yo' only where it follows a number on its
line. What is left of an erased table rule is read as a lone '=', '—' or '|' at low
confidence: such a word is dropped (a bullet '-' is kept). Nothing else is changed; a digit
read as a letter is flagged by the ``ocr-suspect-number`` rule, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .words import OcrWord

_PERCENT = re.compile(r"(?P<number>\d*)(?:Yo|yo|%o)")
_NUMBER_END = re.compile(r"\d[.,]?\d*$")
_RULE_MARK = re.compile(r"[=|_~—–¦:;.,'`\"]+")
"""What the rest of a rule is read as: strokes and dots, no letter, digit, '-' or '%'."""
RULE_MARK_CONFIDENCE = 70.0
"""Under it a lone stroke is taken for a rule's remains; a real '=' in a formula reads higher."""
NEAR = 1.5
"""Word heights: the widest gap between a number and its percent sign."""


def mend(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` (in Tesseract's reading order) with misread percent signs put right and
    the remains of erased rules left out."""
    out: list[OcrWord] = []
    for word in words:
        if word.confidence < RULE_MARK_CONFIDENCE and _RULE_MARK.fullmatch(word.text):
            continue
        found = _PERCENT.fullmatch(word.text)
        if found is not None and (found["number"] or word.text != "yo" or _after_number(out, word)):
            word = replace(word, text=found["number"] + "%")
        out.append(word)
    return out


def _after_number(before: list[OcrWord], word: OcrWord) -> bool:
    if not before:
        return False
    prev = before[-1]
    height = word.bottom - word.top
    same_line = abs(prev.top - word.top) < height and abs(prev.bottom - word.bottom) < height
    return (
        same_line and 0 <= word.x0 - prev.x1 < NEAR * height and bool(_NUMBER_END.search(prev.text))
    )

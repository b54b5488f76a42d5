"""Whether a doubtful word's second reading (ocr.reread: cut out and read alone) is to
replace the first: both readings are Tesseract's, and this says which one the page keeps.

A number's new reading may only put marks back between the same digits ('1339' ->
'13.39'), keeping those it had, and must be surer: read alone, Tesseract sometimes sees
'01' as '9', or '75' as '15', as surely as it sees a point, and a digit changed that surely
would be a number wrong without a finding. A word's, where the first was a guess and the
new one sure, or where it only parts two glued words where their letters show it. One
exception to the digits: a reading one first or last digit shorter, where the ink has as
many blots as it has characters and not as many as the first ('11,830,000,000' read on the
page as '411,830,000,000'), is taken, with a confidence under GUESS, so it stays a finding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import OcrWord

if TYPE_CHECKING:
    import numpy as np

GUESS = 50.0
"""Words read under it are a guess: another reading may replace them if it is SURE."""
SURE = 85.0
INK = 128
"""A pixel darker than this (of 255) is ink."""


def better(first: tuple[OcrWord, ...], again: list[OcrWord]) -> bool:
    """Whether the reading alone is to replace the first. A number's may only put marks
    back between the same digits ('1339' -> '13.39'), keeping those it had, surer: read
    alone, Tesseract sometimes sees '01' as '9', or '75' as '15', as surely as it sees a
    point, and a digit changed that surely would be a number wrong without a finding. Words are read
    again where the first reading was a guess (under GUESS) and the new one is sure (SURE
    or more): at confidences in between it traded 'Jumlah' for 'Jumiah'."""
    before, after = _digits(first), _digits(again)
    if before:
        if _odd(again) - _odd(first):
            return False  # '3.' read again as '3:': a mark no number has is no gain
        if not _kept(_marks(first), _marks(again)):
            return False  # '200,000,000' read again as '200.000.000': a mark changed
        if _number_seams(again) > _number_seams(first):
            return False  # '1966250' read again as '1966 250': a mark read as a space
        return before == after and mean(again) > mean(first)
    if _parted(first, again):  # 'ProgramPelayanan' -> 'Program Pelayanan'
        return mean(again) > mean(first)
    return mean(first) < GUESS and mean(again) >= SURE and not after


def one_digit_less(image: np.ndarray, first: tuple[OcrWord, ...], again: list[OcrWord]) -> bool:
    """Whether the reading alone drops a first or last digit the first reading has and the
    ink has not: each character of the new reading is one blot of ink in the cut-out
    ``image``, not
    so the first's ('11,830,000,000' read on the page as '411,830,000,000', 14 blots). The
    new reading is then taken with a confidence under GUESS: still a finding for a
    steward."""
    import cv2
    import numpy as np

    before, after = _digits(first), _digits(again)
    if not after or after not in (before[1:], before[:-1]) or mean(again) < SURE:
        return False
    if _odd(again) or not _kept(_marks(first), _marks(again)):
        return False
    ink = (image < INK).astype(np.uint8)
    blots = cv2.connectedComponents(ink, connectivity=8)[0] - 1
    return blots == len(_letters(again)) != len(_letters(first))


NUMBER_MARKS = frozenset("0123456789.,%-+()")


def _odd(words: tuple[OcrWord, ...] | list[OcrWord]) -> set[str]:
    """The characters of ``words`` that no number has."""
    return {c for w in words for c in w.text} - NUMBER_MARKS


def _parted(first: tuple[OcrWord, ...], again: list[OcrWord]) -> bool:
    """Whether ``again`` is ``first`` with words parted where two were glued, and only
    where they show it: a capital after a small letter, a letter after a digit ('12Bulan',
    'ProgramPelayanan'); 'BAKESBANGPOL' parted as 'BAKE SBANGPOL' is no such place."""
    text = _letters(first)
    if text != _letters(again):
        return False
    new = _ends(again) - _ends(first)
    return bool(new) and all(_glued_at(text, i) for i in new)


def _ends(words: tuple[OcrWord, ...] | list[OcrWord]) -> set[int]:
    """Where in the words' characters, run together, each word but the last ends."""
    ends, at = set(), 0
    for word in words[:-1]:
        at += len(word.text)
        ends.add(at)
    return ends


def _glued_at(text: str, i: int) -> bool:
    before, after = text[i - 1], text[i]
    return before.islower() and after.isupper() or before.isdigit() and after.isalpha()


def _number_seams(words: tuple[OcrWord, ...] | list[OcrWord]) -> int:
    """How many words end in a digit and are followed by one that starts with a digit."""
    return sum(
        a.text[-1:].isdigit() and b.text[:1].isdigit()
        for a, b in zip(words, words[1:], strict=False)
    )


def _letters(words: tuple[OcrWord, ...] | list[OcrWord]) -> str:
    """The characters of ``words``, without the spaces between them."""
    return "".join(w.text for w in words)


def _marks(words: tuple[OcrWord, ...] | list[OcrWord]) -> str:
    """The points and commas of ``words``, in order."""
    return "".join(c for w in words for c in w.text if c in ".,")


def _kept(first: str, again: str) -> bool:
    """Whether ``again`` has every mark of ``first``, in its order (marks may be put back,
    never changed or dropped)."""
    rest = iter(again)
    return all(mark in rest for mark in first)


def _digits(words: tuple[OcrWord, ...] | list[OcrWord]) -> str:
    return "".join(c for w in words for c in w.text if c.isdigit())


def mean(words: tuple[OcrWord, ...] | list[OcrWord]) -> float:
    return sum(w.confidence for w in words) / len(words)

"""Doubtful words read again alone (ocr.reread): a number whose decimal point the page's
reading dropped comes back with it, a word read with confidence is left as read, and only
runs of doubtful words of one line are cut out together."""

from __future__ import annotations

import numpy as np
import pytest
from renstra.extract.ocr import reread
from renstra.extract.ocr.words import OcrWord

from .scans import DPI, letter_pdf, page_image

PX = DPI / 72
LINES = ["13.39", "2.01"]
"""Drawn by scans.letter_pdf at 12 pt from x 72 pt, baselines at 100 and 120 pt."""
WIDTHS = [30.0, 23.35]
"""Their widths in points in Helvetica 12 pt: digits 6.672 each, the point 3.336."""


def _pair(text: str, line: int, confidence: float) -> tuple[OcrWord, OcrWord]:
    """A first reading of line ``line`` as Tesseract gives it: the word as tall as its
    line, and its ink box (Helvetica's digits stand 8.6 pt over the baseline)."""
    baseline = 100 + 20 * line
    x0, x1 = 72 * PX, (72 + WIDTHS[line]) * PX
    lined = OcrWord(text, x0, (baseline - 11) * PX, x1, (baseline + 3) * PX, confidence)
    ink = OcrWord(text, x0, (baseline - 8.6) * PX, x1, baseline * PX, confidence)
    return lined, ink


@pytest.fixture(scope="module")
def gray() -> np.ndarray:
    return np.asarray(page_image(letter_pdf(*LINES)))


def test_a_number_read_without_its_point_is_read_again_with_it(gray: np.ndarray) -> None:
    read = [_pair("1339", 0, 65.0), _pair("201", 1, 40.0)]
    words = reread.improve(gray, read, "ind+eng", 60.0)
    assert [w.text for w in words] == ["13.39", "2.01"]
    assert all(w.confidence > 65.0 for w in words)
    # placed where the first reading stood, as tall as its line
    assert abs(words[0].x0 - 72 * PX) < 0.5 * PX * 6.672
    assert (words[0].top, words[0].bottom) == (read[0][0].top, read[0][0].bottom)


def test_a_word_read_with_confidence_is_left_as_read(gray: np.ndarray) -> None:
    read = [_pair("1339", 0, 95.0)]
    assert [w.text for w in reread.improve(gray, read, "ind+eng", 60.0)] == ["1339"]


def _word(text: str, x0: float, confidence: float, top: float = 10.0) -> tuple[OcrWord, OcrWord]:
    word = OcrWord(text, x0, top, x0 + 20, top + 30, confidence)
    return word, word


def test_runs_of_doubtful_words_of_one_line_are_the_pieces() -> None:
    read = [
        _word("Bilis", 0, 0.0),
        _word("ides", 30, 28.0),
        _word("|", 60, 40.0),  # a rule's remains: left to fixes.mend
        _word("1339", 90, 65.0),
        _word("Angka", 120, 92.0),  # read with confidence: it parts the run
        _word("132", 150, 66.0),
        _word("Sekolah", 0, 50.0, top=50.0),  # the next line
    ]
    pieces = reread.doubtful(read)
    assert [[w.text for w in p.words] for p in pieces] == [
        ["Bilis", "ides"],
        ["1339"],
        ["132"],
        ["Sekolah"],
    ]


def test_a_number_is_not_traded_for_one_with_a_mark_no_number_has() -> None:
    first = (OcrWord("3.", 0, 0, 10, 10, 60.0),)
    assert not reread._better(first, [OcrWord("3:", 0, 0, 10, 10, 95.0)])
    assert reread._better(first, [OcrWord("3.", 0, 0, 10, 10, 95.0)])
    # the first reading's remains of a rule ('5.|') make no other mark welcome
    assert not reread._better(
        (OcrWord("5.|", 0, 0, 10, 10, 60.0),), [OcrWord("5;", 0, 0, 9, 9, 95.0)]
    )


def test_a_new_reading_does_not_repeat_words_the_first_reading_kept() -> None:
    # a doubtful run ('ee ee') read again gave the words of the row's other line too
    kept = [OcrWord("Ika", 100, 10, 120, 40, 93.0), OcrWord("dan", 125, 10, 145, 40, 96.0)]
    assert reread._read_already(OcrWord("Ika", 101, 12, 119, 40, 95.0), kept)
    assert not reread._read_already(OcrWord("Bineka", 40, 12, 95, 40, 95.0), kept)
    assert not reread._read_already(OcrWord("Ika", 101, 45, 119, 75, 95.0), kept)  # next line

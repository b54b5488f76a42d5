"""Doubtful words read again alone (ocr.reread): a number whose decimal point the page's
reading dropped comes back with it, a word read with confidence is left as read, and only
runs of doubtful words of one line are cut out together."""

from __future__ import annotations

import numpy as np
import pytest
from renstra.extract.ocr import reread, verdict
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
    assert not verdict.better(first, [OcrWord("3:", 0, 0, 10, 10, 95.0)])
    assert verdict.better(first, [OcrWord("3.", 0, 0, 10, 10, 95.0)])
    # the first reading's remains of a rule ('5.|') make no other mark welcome
    assert not verdict.better(
        (OcrWord("5.|", 0, 0, 10, 10, 60.0),), [OcrWord("5;", 0, 0, 9, 9, 95.0)]
    )


def test_a_new_reading_does_not_repeat_words_the_first_reading_kept() -> None:
    # a doubtful run ('ee ee') read again gave the words of the row's other line too
    kept = [OcrWord("Ika", 100, 10, 120, 40, 93.0), OcrWord("dan", 125, 10, 145, 40, 96.0)]
    assert reread._read_already(OcrWord("Ika", 101, 12, 119, 40, 95.0), kept)
    assert not reread._read_already(OcrWord("Bineka", 40, 12, 95, 40, 95.0), kept)
    assert not reread._read_already(OcrWord("Ika", 101, 45, 119, 75, 95.0), kept)  # next line


def test_a_row_s_cells_are_pieces_of_their_own() -> None:
    """Words of a phrase stand some 0.2 line heights apart, a table's cells 1 or more (the
    T-C.23 twin: '12' and '9244258241' 1.3 apart); a row read again as one piece was kept
    or replaced whole, so one misread cell kept the rest of its row as first read."""
    line = 41.0

    def at(text: str, x0: float, x1: float, confidence: float) -> tuple[OcrWord, OcrWord]:
        word = OcrWord(text, x0, 1066.0, x1, 1066.0 + line, confidence)
        return word, word

    read = [
        at("Program", 440.0, 540.0, 23.0),
        at("Pelayanan", 550.0, 676.0, 16.0),  # 10 px on: the same cell
        at("12", 3690.0, 3715.0, 86.0),  # 3000 px on: cells apart
        at("9244258241", 3750.0, 3921.0, 68.0),  # 35 px (0.85 line heights) on
        at("Rp", 3941.0, 3960.0, 80.0),  # 20 px (0.5) on: one cell's
        at("12", 4015.0, 4040.0, 86.0),  # 55 px (1.3) on
    ]
    pieces = reread.doubtful(read)
    assert [[w.text for w in p.words] for p in pieces] == [
        ["Program", "Pelayanan"],
        ["12"],
        ["9244258241", "Rp"],
        ["12"],
    ]


def _read(*texts_and_confidences: tuple[str, float]) -> list[OcrWord]:
    return [
        OcrWord(t, 10.0 * i, 0, 10.0 * i + 8, 10, c)
        for i, (t, c) in enumerate(texts_and_confidences)
    ]


def test_a_number_read_again_keeps_its_marks_and_words_may_only_part() -> None:
    # marks put back between the same digits: taken
    assert verdict.better(tuple(_read(("9244258241", 68.0))), _read(("9,244,258,241", 91.0)))
    # a comma read again as a point, surer (95 against 67): the first reading stands
    assert not verdict.better(tuple(_read(("200,000,000", 67.0))), _read(("200.000.000", 95.0)))
    assert not verdict.better(tuple(_read(("13.39", 60.0))), _read(("1339", 95.0)))
    # nor may a number be parted: a mark read as a space (the T-C.27's '1.966.250')
    assert not verdict.better(tuple(_read(("1966250", 69.0))), _read(("1966", 83), ("250", 83)))
    # the same letters parted where Tesseract had glued two words: taken when surer
    glued = tuple(_read(("ProgramPelayanan", 76.0)))
    assert verdict.better(glued, _read(("Program", 96.0), ("Pelayanan", 96.0)))
    assert not verdict.better(glued, _read(("Program", 70.0), ("Pelayanan", 70.0)))
    assert verdict.better(tuple(_read(("12Bulan", 83.0))), _read(("12", 96.0), ("Bulan", 96.0)))
    # ... and only where the letters show a seam (a capital after a small letter, a letter
    # after a digit): 'BAKESBANGPOL' is one word
    caps = tuple(_read(("BAKESBANGPOL", 80.0)))
    assert not verdict.better(caps, _read(("BAKE", 95.0), ("SBANGPOL", 95.0)))
    # other letters still only for a guess
    assert not verdict.better(tuple(_read(("Jumlah", 70.0))), _read(("Jumiah", 95.0)))


def test_a_cut_out_keeps_a_comma_s_faint_tail() -> None:
    """A comma's tail on a JPEG'd scan is lighter than INK: cut at the digits' ink it was
    lost, and '200,000,000' was read again as '200.000.000' at 95."""
    gray = np.full((120, 200), 255, dtype=np.uint8)
    gray[40:60, 20:180] = 40  # the digits, rows 40-59
    gray[60:64, 100:104] = 150  # a comma's tail, rows 60-63, fainter than INK (128)
    gray[90:110, 20:180] = 40  # the next line of the cell
    ink = OcrWord("200,000,000", 20, 40, 180, 60, 67.0)
    lined = OcrWord("200,000,000", 20, 30, 180, 70, 67.0)
    tile = reread._cut(gray, reread.Piece((lined,), (ink,)))
    assert tile is not None
    # rows 35-64 (the ink box and a quarter of its height, 5 rows, either side), enlarged
    # twice (20 rows of digits to TALL): the tail is page rows 60-63, page column 100-103
    # (the cut-out starts at column 16); the next line, 30 rows below, is not in it
    assert tile.scale == 2.0
    assert tile.image.shape[0] == 60
    assert (tile.image[50:58, 170:174] < 200).all()
    assert (tile.image[-2:] > 200).all()


@pytest.fixture(scope="module")
def number() -> np.ndarray:
    return np.asarray(page_image(letter_pdf("11,830,000,000")))


def _tile_of(gray: np.ndarray, text: str, confidence: float) -> reread.Tile:
    """The cut-out of the number letter_pdf drew (12 pt Helvetica from x 72 pt, baseline
    at 100 pt: 11 digits of 6.672 pt and 3 commas of 3.336)."""
    x0, x1 = 72 * PX, (72 + 11 * 6.672 + 3 * 3.336) * PX
    lined = OcrWord(text, x0, 89 * PX, x1, 103 * PX, confidence)
    ink = OcrWord(text, x0, 91.4 * PX, x1, 102 * PX, confidence)
    tile = reread._cut(gray, reread.Piece((lined,), (ink,)))
    assert tile is not None
    return tile


def test_a_digit_the_ink_has_not_is_dropped_only_with_the_ink_s_count(number: np.ndarray) -> None:
    """'11,830,000,000' (14 blots of ink) read on the page as '411,830,000,000': its reading
    alone, one digit less, is taken; one that drops a digit the ink has is not."""
    tile = _tile_of(number, "411,830,000,000", 52.0)
    assert verdict.one_digit_less(tile.image, tile.piece.words, _read(("11,830,000,000", 91.0)))
    assert not verdict.one_digit_less(
        tile.image, tile.piece.words, _read(("11,830,000,000", 70.0))
    )  # not sure
    assert not verdict.one_digit_less(
        tile.image, tile.piece.words, _read(("41,830,000,000", 91.0))
    )  # not one less
    right = _tile_of(number, "11,830,000,000", 60.0)
    assert not verdict.one_digit_less(
        right.image, right.piece.words, _read(("1,830,000,000", 95.0))
    )


def test_the_same_reading_again_keeps_its_first_confidence(gray: np.ndarray) -> None:
    """Read again alone, a doubtful number may come back the same, surer ('13.22' at 49 and
    87 on the multipage twin, where the print says 73.22): the same pixels read twice are
    no second witness, and the number stays a finding."""
    read = [_pair("13.39", 0, 49.0)]
    words = reread.improve(gray, read, "ind+eng", 60.0)
    assert [(w.text, w.confidence) for w in words] == [("13.39", 49.0)]

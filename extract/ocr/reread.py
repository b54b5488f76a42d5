"""Doubtful words read again, each on a line of its own.

Tesseract reads a table page (mode 6, one block) line by line across the whole width, and a
line of a table is no line of text: a row's cells stand at different heights (a name over
two lines beside a number on one), so the baseline it fits through them is off for some,
and what sits off it is misread or dropped. On the scanned twins this lost the decimal point
of crisp, well-printed numbers ('13.39' read '1339' at confidence 65, the Kegiatan code
'2.01' read '201', '637.571,904' read '637571904') and garbled words beside them
('Pendidikan' read 'Bilis ides' at 0 and 28). The same words, cut out and read alone,
come out right at confidence 90 or more.

So the words read under ``BELOW`` (runs of them next to each other on a line, within a
cell, as one piece) are cut out of the page, trimmed to their ink, and set one under the
other on a white sheet that Tesseract reads once, a single extra call per page. A piece's
new reading replaces the first where Tesseract is surer of it (its mean confidence higher)
and it changes no digit, drops or changes no mark and parts no number (``_better``); else
the first stands. Nothing is guessed:
both readings are Tesseract's, and a new reading keeps its own confidence, so a word still
doubtful is still reported. One exception to the digits: a reading one first or last digit
shorter, where the ink has as many blots as it has characters and not as many as the first
('11,830,000,000' read on the page as '411,830,000,000'), is taken with a confidence under
GUESS, so it stays a finding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import engine
from .words import OcrFailed, OcrWord

if TYPE_CHECKING:
    import numpy as np

BELOW = 90.0
"""Words read with a lower confidence are read again. The twins' misread numbers read at
0-76; a word read right on a table line mostly reads 90 or more."""
GUESS = 50.0
"""Words read under it are a guess: another reading may replace them if it is SURE."""
SURE = 85.0
MARGIN = 4
"""Pixels kept left and right of a word's box: a point or comma at its end is part of it."""
PAD = 24
"""Pixels of white around each piece on the sheet: pieces are lines of their own."""
INK = 128
"""A pixel darker than this (of 255) is ink."""
RISE = 0.25
"""Of the ink box's height, kept above and below it."""
WORD_GAP = 0.6
"""Line heights: the widest gap between two words of one piece. Words of a phrase stand
some 0.2 apart, a table's cells 0.8 or more: a piece is one cell's, and judged alone (a
row read as one piece was kept or replaced whole, so one misread cell kept its row's
numbers that had lost their commas, '9244258241')."""
GAP_ROWS = 3
"""Blank pixel rows that part two lines of ink in a piece's box."""
TALL = 40
"""Pixels: a cut-out whose ink is less tall is enlarged to it (7 pt digits at 300 dpi stand
some 21 pixels tall; Tesseract reads best at 30 or more)."""


@dataclass(frozen=True, slots=True)
class Piece:
    """Words of one line read again together: each as tall as its line, and its ink."""

    words: tuple[OcrWord, ...]
    ink: tuple[OcrWord, ...]


@dataclass(frozen=True, slots=True)
class Tile:
    """A piece cut out of the page around its ink, and the page column of its left."""

    piece: Piece
    image: np.ndarray
    left: int
    scale: float
    """How much the cut-out was enlarged (small print is read better at TALL pixels)."""


def improve(
    gray: np.ndarray, read: list[tuple[OcrWord, OcrWord]], lang: str, timeout: float
) -> list[OcrWord]:
    """The words of ``read`` (Tesseract's reading of ``gray``: each word as tall as its line,
    and its ink box, in its pixels) with doubtful ones replaced by their reading alone,
    where it is surer. Past ``timeout`` seconds, or when Tesseract fails on the sheet, the
    first reading stands."""
    words = [lined for lined, _ in read]
    pieces = doubtful(read)
    if not pieces or timeout <= 0:
        return words
    tiles = [t for t in (_cut(gray, piece) for piece in pieces) if t is not None]
    if not tiles:
        return words
    sheet, tops = _sheet([t.image for t in tiles])
    try:
        again = engine.read_words(sheet, lang, timeout)
    except OcrFailed:
        return words
    swap: dict[int, list[OcrWord]] = {}
    skip: set[int] = set()
    for tile, top in zip(tiles, tops, strict=True):
        found = [w for w in again if top <= (w.top + w.bottom) / 2 < top + tile.image.shape[0]]
        if not found:
            continue
        first = tile.piece.words
        if [w.text for w in found] == [w.text for w in first]:
            continue  # the same reading again is no news: it keeps its first confidence
        if _better(first, found):
            placed = _placed(found, tile)
        elif _one_digit_less(tile, found):
            placed = [replace(w, confidence=min(_mean(first), GUESS)) for w in _placed(found, tile)]
        else:
            continue
        swap[id(first[0])] = placed
        skip.update(id(w) for w in first[1:])
    replaced = {
        id(w) for p in (t.piece for t in tiles) for w in p.words if id(w) in swap or id(w) in skip
    }
    kept = [w for w in words if id(w) not in replaced]
    out: list[OcrWord] = []
    for word in words:
        if id(word) in skip:
            continue
        out += [w for w in swap.get(id(word), [word]) if w is word or not _read_already(w, kept)]
    return out


def _read_already(word: OcrWord, kept: list[OcrWord]) -> bool:
    """Whether a word of a piece's new reading stands where the first reading kept a word of
    another piece: a doubtful run ('ee ee') cut out of a row whose two lines of text
    Tesseract had read apart gave the words of the other line too, which were then twice
    in the cell ('Ika dan Sejarah Ika dan Sejarah')."""
    for other in kept:
        across = min(word.x1, other.x1) - max(word.x0, other.x0)
        down = min(word.bottom, other.bottom) - max(word.top, other.top)
        narrower = min(word.x1 - word.x0, other.x1 - other.x0)
        lower = min(word.bottom - word.top, other.bottom - other.top)
        if across > narrower / 2 and down > lower / 2:
            return True
    return False


def doubtful(read: list[tuple[OcrWord, OcrWord]]) -> list[Piece]:
    """Runs of adjacent words of one line read under BELOW, each with a letter or digit (a
    rule's remains, '|', is left to fixes.mend)."""
    pieces: list[Piece] = []
    run: list[tuple[OcrWord, OcrWord]] = []
    for pair in [*read, None]:
        wanted = pair is not None and _is_doubtful(pair[0])
        if pair is not None and wanted and (not run or _same_line(run[-1][0], pair[0])):
            run.append(pair)
            continue
        if run:
            pieces.append(Piece(tuple(w for w, _ in run), tuple(i for _, i in run)))
        run = [pair] if pair is not None and wanted else []
    return pieces


def _is_doubtful(word: OcrWord) -> bool:
    return word.confidence < BELOW and any(c.isalnum() for c in word.text)


def _same_line(a: OcrWord, b: OcrWord) -> bool:
    """Tesseract's words are as tall as their line (engine._line_high): one line, one box
    height; and ``b`` follows ``a`` with no word between."""
    gap = b.x0 - a.x1
    return a.top == b.top and a.bottom == b.bottom and 0 <= gap <= WORD_GAP * (a.bottom - a.top)


def _cut(gray: np.ndarray, piece: Piece) -> Tile | None:
    """The piece's ink box on the page, widened by MARGIN and by RISE of its height above
    and below (a comma's tail, a dot Tesseract left out of the box), trimmed to the band of
    ink through the box's middle; None when that is blank."""
    import numpy as np

    top = min(w.top for w in piece.ink)
    bottom = max(w.bottom for w in piece.ink)
    rise = max(2, round(RISE * (bottom - top)))
    left = max(0, int(min(w.x0 for w in piece.ink)) - MARGIN)
    right = min(gray.shape[1], int(max(w.x1 for w in piece.ink)) + MARGIN)
    upper = max(0, int(top) - rise)
    box = gray[upper : min(gray.shape[0], int(bottom) + rise), left:right]
    rows = np.flatnonzero((box < INK).any(axis=1))
    if rows.size == 0:
        return None
    middle = (top + bottom) / 2 - upper
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > GAP_ROWS) + 1)
    k = min(range(len(bands)), key=lambda i: _off(bands[i], middle))
    band = bands[k]
    # a comma's tail fades below INK: keep up to ``rise`` rows around the band, stopping
    # halfway to a neighbouring band (cut at the band, '200,000,000' read again '200.000.000')
    above = (int(bands[k - 1][-1]) + int(band[0])) // 2 + 1 if k > 0 else 0
    below = (int(band[-1]) + int(bands[k + 1][0])) // 2 if k + 1 < len(bands) else box.shape[0]
    first = max(above, int(band[0]) - rise)
    last = min(below, int(band[-1]) + rise + 1)
    image = np.ascontiguousarray(box[first:last])
    scale = TALL / (bottom - top) if bottom > top else 1.0
    if scale <= 1.0:
        return Tile(piece, image, left, 1.0)
    import cv2

    size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
    return Tile(piece, cv2.resize(image, size, interpolation=cv2.INTER_CUBIC), left, scale)


def _off(band: np.ndarray, middle: float) -> float:
    """How far a band of ink rows lies from the row ``middle``: 0 when across it."""
    return 0.0 if band[0] <= middle <= band[-1] else float(min(abs(band - middle)))


def _sheet(tiles: list[np.ndarray]) -> tuple[np.ndarray, list[int]]:
    """The tiles one under another on white, each PAD from everything; and each one's row."""
    import numpy as np

    width = max(t.shape[1] for t in tiles) + 2 * PAD
    height = sum(t.shape[0] + PAD for t in tiles) + PAD
    sheet = np.full((height, width), 255, dtype=np.uint8)
    tops, y = [], PAD
    for tile in tiles:
        sheet[y : y + tile.shape[0], PAD : PAD + tile.shape[1]] = tile
        tops.append(y)
        y += tile.shape[0] + PAD
    return sheet, tops


def _placed(found: list[OcrWord], tile: Tile) -> list[OcrWord]:
    """The sheet's words at their place on the page, as tall as the first reading's line."""
    line = tile.piece.words[0]

    def x(v: float) -> float:
        return tile.left + (v - PAD) / tile.scale

    return [
        replace(w, x0=x(w.x0), x1=x(w.x1), top=line.top, bottom=line.bottom)
        for w in sorted(found, key=lambda w: w.x0)
    ]


def _better(first: tuple[OcrWord, ...], again: list[OcrWord]) -> bool:
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
        return before == after and _mean(again) > _mean(first)
    if _parted(first, again):  # 'ProgramPelayanan' -> 'Program Pelayanan'
        return _mean(again) > _mean(first)
    return _mean(first) < GUESS and _mean(again) >= SURE and not after


def _one_digit_less(tile: Tile, again: list[OcrWord]) -> bool:
    """Whether the reading alone drops a first or last digit the first reading has and the
    ink has not: each character of the new reading is one blot of ink in the cut-out, not
    so the first's ('11,830,000,000' read on the page as '411,830,000,000', 14 blots). The
    new reading is then taken with a confidence under GUESS: still a finding for a
    steward."""
    import cv2
    import numpy as np

    first = tile.piece.words
    before, after = _digits(first), _digits(again)
    if not after or after not in (before[1:], before[:-1]) or _mean(again) < SURE:
        return False
    if _odd(again) or not _kept(_marks(first), _marks(again)):
        return False
    ink = (tile.image < INK).astype(np.uint8)
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


def _mean(words: tuple[OcrWord, ...] | list[OcrWord]) -> float:
    return sum(w.confidence for w in words) / len(words)

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
other on a white sheet that Tesseract reads once, a single extra call per page. Whether a
piece's new reading replaces the first is ocr.verdict's to say; a new reading keeps its
own confidence, so a word still doubtful is still reported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import engine, verdict
from .verdict import INK
from .words import OcrFailed, OcrWord

if TYPE_CHECKING:
    import numpy as np

BELOW = 90.0
"""Words read with a lower confidence are read again. The twins' misread numbers read at
0-76; a word read right on a table line mostly reads 90 or more."""
MARGIN = 4
"""Pixels kept left and right of a word's box: a point or comma at its end is part of it."""
PAD = 24
"""Pixels of white around each piece on the sheet: pieces are lines of their own."""
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
    sheet, tops = stacked([t.image for t in tiles])
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
        if verdict.better(first, found):
            placed = _placed(found, tile)
        elif verdict.one_digit_less(tile.image, first, found):
            guess = min(verdict.mean(first), verdict.GUESS)
            placed = [replace(w, confidence=guess) for w in _placed(found, tile)]
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


def stacked(tiles: list[np.ndarray]) -> tuple[np.ndarray, list[int]]:
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

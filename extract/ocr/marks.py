"""A line's height where a signature or a stamp was read among its words.

Tesseract reads a signature's strokes over a name ('RIYANTO PAMUNGKAS' signed over) as
words of that line ('(RAL', '/J' at 34-38), several lines tall, and makes the line as tall
as they are. Every word of it then stood as tall as the signature (each word is given its
line's height, engine._line_high), and the layout, which measures gaps in word heights, no
longer saw the wide gap between two signature blocks side by side. So a line MARK times as
tall as the page's usual word (its ink's median height) is given the height of its type:
the span of the ink of its words about as tall as the usual word (TYPE times at most).
Nothing is dropped: a mark read as letters stays a word, its low confidence a finding.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from .words import OcrWord

MARK = 2.5
"""Times the median word's ink height: a taller line holds a mark, not type alone (a line
of type, ascenders to descenders, is some 1.5 times the usual word; a 24 pt heading over
10 pt text, 2.4 times, stands on a line of its own and has no type of the usual height)."""
TYPE = 1.5
"""Times the median word's ink height: the words of a marked line no taller than this
give its height."""

Line = tuple[int, int]
K = TypeVar("K", bound=Hashable)


def type_lines(found: list[tuple[K, OcrWord]], lines: dict[K, Line]) -> dict[K, Line]:
    """``lines`` (each Tesseract line's top and bottom, by key) with each line where a mark
    stands among ``found`` (each word's ink, with its line's key) as tall as its type."""
    heights = sorted(word.bottom - word.top for _, word in found)
    if not heights:
        return lines
    usual = heights[len(heights) // 2]
    marked = {key for key, (top, bottom) in lines.items() if bottom - top > MARK * usual}
    out = dict(lines)
    for key in marked:
        typed = [w for k, w in found if k == key and w.bottom - w.top <= TYPE * usual]
        if typed:
            out[key] = (int(min(w.top for w in typed)), int(max(w.bottom for w in typed)))
    return out

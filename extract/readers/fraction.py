"""A stacked fraction drawn inside a PDF table cell, read as the Word reader reads it.

A rumus in a cell is often laid out as a small borderless table: a label on the left
('Formulasi' / 'Perhitungan :'), the numerator over a short rule, the denominator below it,
and 'x 100%' on the right. Read line by line, the label, numerator and multiplier mix
('Formulasi Jumlah Keluarga Sehat x' / 'Perhitungan : 100%'). Where a horizontal rule lies
inside a cell, with words just above it and a line just below it that keeps within the
rule's ends, the cell is read as the .docx reader writes such a fraction: label, numerator
and what stands beside them on one line, then ``BAR``, then the denominator's lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .docx import BAR

if TYPE_CHECKING:
    from .pdf import BBox, Word

EDGE = 2.0  # points: a rule this close to the cell's border is the border
SLACK = 2.0  # points: a word may overhang the rule's ends this much
NEAR = 1.5  # word heights: the farthest the numerator and denominator stand from the rule


def fraction_text(box: BBox, words: Sequence[Word], bars: Sequence[BBox]) -> str | None:
    """The cell's text with its stacked fraction as 'label numerator beside' / BAR /
    denominator; None when no rule inside ``box`` is a fraction's (``words``: the cell's)."""
    for bar in bars:
        if not bar_inside(bar, box):
            continue
        text = _read(words, bar)
        if text is not None:
            return text
    return None


def bar_inside(bar: BBox, box: BBox) -> bool:
    """Whether rule ``bar`` lies inside cell ``box``, clear of its borders."""
    x0, top, x1, bottom = bar
    return (
        x0 > box[0] + EDGE and x1 < box[2] - EDGE and top > box[1] + EDGE and bottom < box[3] - EDGE
    )


def _read(words: Sequence[Word], bar: BBox) -> str | None:
    y = (bar[1] + bar[3]) / 2
    inner = [w for w in words if w.x0 >= bar[0] - SLACK and w.x1 <= bar[2] + SLACK]
    outer = [w for w in words if w.x0 < bar[0] - SLACK or w.x1 > bar[2] + SLACK]
    height = max((w.bottom - w.top for w in words), default=0.0)
    lines = _lines(inner)
    above = [ln for ln in lines if _bottom(ln) <= y + 1]
    below = [ln for ln in lines if _top(ln) >= y - 1]
    if not above or not below or height <= 0:
        return None
    near = NEAR * height
    if y - _bottom(above[-1]) > near or _top(below[0]) - y > near:
        return None
    numerator = [above[-1]]
    for ln in reversed(above[:-1]):
        if _top(numerator[0]) - _bottom(ln) > near:
            break
        numerator.insert(0, ln)
    denominator = [below[0]]
    for ln in below[1:]:
        if _top(ln) - _bottom(denominator[-1]) > near:
            break
        denominator.append(ln)
    top, bottom = _top(numerator[0]), _bottom(denominator[-1])
    beside = [w for w in outer if top <= _centre(w) <= bottom]
    left = [w for w in beside if w.x1 <= bar[0] + SLACK]
    right = [w for w in beside if w.x0 >= bar[2] - SLACK]
    if len(left) + len(right) != len(beside):
        return None  # a line runs across the rule's ends: running text, not a fraction
    before = [w for w in words if _centre(w) < top]
    after = [w for w in words if _centre(w) > bottom]
    head = [_join(_reading(left)), *(_join(ln) for ln in numerator), _join(_reading(right))]
    return "\n".join(
        [
            *(_join(ln) for ln in _lines(before)),
            " ".join(t for t in head if t),
            BAR,
            *(_join(ln) for ln in denominator),
            *(_join(ln) for ln in _lines(after)),
        ]
    )


def _top(line: list[Word]) -> float:
    return min(w.top for w in line)


def _bottom(line: list[Word]) -> float:
    return max(w.bottom for w in line)


def _centre(w: Word) -> float:
    return (w.top + w.bottom) / 2


def _reading(words: list[Word]) -> list[Word]:
    return [w for ln in _lines(words) for w in ln]


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    from .pdf import group_lines

    return [line.words for line in group_lines(list(words))]


def _join(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words).strip()

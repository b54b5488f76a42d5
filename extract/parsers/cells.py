"""Indicator-cell text: split several indicators in one cell, pull out sub-items, tidy names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..memo import CACHE_SIZE

_BULLET = regex.compile(r"^\s*(?:[-–—•·*▪]\s*(?=\S)|\d{1,2}[.)]\s+|\d{1,2}\s+(?=\p{Lu}\p{Ll}))")
"""A bullet or a number before the text: '- ', '1. ', '2) ', and '3 Persentase' (a number
and a space before a capitalised word, as tables paste their No into the indicator cell)."""
_DASH_BULLET = regex.compile(r"^\s*[-–—•]\s")
_INLINE_DASH_SPLIT = regex.compile(r"\s+[-–—•]\s+(?=\p{Lu})")
_SUB_ITEM = regex.compile(r"(?:(?<=^)|(?<=[\s:;,]))([a-z])[.)]\s+")
_SPACE = regex.compile(r"\s+")
_TRAILING_CHARS = ".;,:"


@dataclass(frozen=True, slots=True)
class NamedItem:
    name: str
    sub_items: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=CACHE_SIZE)
def clean_label(text: str) -> str:
    """A tujuan/sasaran/indicator label without its bullet, number, or trailing punctuation."""
    text = _SPACE.sub(" ", text).strip()
    text = _BULLET.sub("", text, count=1)
    return _strip_trailing(text)


def _strip_trailing(text: str) -> str:
    """Whitespace and '.;,:' off the end, in linear time (the pattern ``[\\s.;,:]+$`` was
    quadratic: 64 KB of dots took 13 s)."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _TRAILING_CHARS):
        end -= 1
    return text[:end]


@lru_cache(maxsize=CACHE_SIZE)
def split_items(cell: str) -> tuple[str, ...]:
    """Several indicators in one cell: bullet lines, or '- A - B' on one line.

    An inline dash splits only when the cell itself starts with a bullet dash, so a name
    such as 'Indeks Kepuasan - IKM' stays whole.
    """
    lines = [ln.strip() for ln in cell.splitlines() if ln.strip()]
    if len(lines) > 1 and all(_BULLET.match(ln) for ln in lines):
        pieces = lines
    else:
        # One line, or bullet text wrapped over several lines (a PDF cell): join, then
        # split on inline dashes when the cell opens with one.
        joined = " ".join(lines)
        pieces = [joined]
        if _DASH_BULLET.match(joined):
            pieces = _INLINE_DASH_SPLIT.split(joined)
    return tuple(p for p in (clean_label(p) for p in pieces) if p)


@lru_cache(maxsize=CACHE_SIZE)
def split_sub_items(text: str) -> NamedItem:
    """'Name: a. X b. Y' -> NamedItem('Name', (('a', 'X'), ('b', 'Y'))).

    Labels must run a, b, c... in order from 'a', so a stray 'd.' inside a word is left alone.
    """
    matches = list(_SUB_ITEM.finditer(text))
    chosen: list[regex.Match[str]] = []
    for match in matches:
        expected = chr(ord("a") + len(chosen))
        if match.group(1) == expected:
            chosen.append(match)
    if len(chosen) < 2:
        return NamedItem(clean_label(text))
    name = clean_label(text[: chosen[0].start()])
    items = []
    for i, match in enumerate(chosen):
        end = chosen[i + 1].start() if i + 1 < len(chosen) else len(text)
        items.append((match.group(1), clean_label(text[match.end() : end])))
    return NamedItem(name, tuple(items))

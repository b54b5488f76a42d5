"""Tugas pokok (main duty) and fungsi (functions) written under their labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from ..intermediate import TextLine

# "\s*(?::\s*(.*)|\s*)$" was quadratic in a run of spaces after the word: one optional
# colon group after one run of spaces matches the same lines in linear time.
_DUTY = re.compile(r"^\W*tugas(?:\s+pokok)?\s*(?::\s*(.*))?$", re.IGNORECASE)
_FUNCTIONS = re.compile(r"^\W*fungsi\s*(?::\s*(.*))?$", re.IGNORECASE)
# Running text ending in "... fungsi:" or "... fungsi sebagai berikut:" also opens the list.
_FUNCTIONS_TAIL = re.compile(r"\bfungsi(?:\s+sebagai\s+berikut)?\s*:\s*$", re.IGNORECASE)
_LABEL = re.compile(r"^\W*[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,3}\s*:")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)](?!\d)\s*(.*)$")
_LETTERED = re.compile(r"^\s*([a-z])\s*[.)]\s+(.*)$")
_TRAILING_WORDS = (" dan", " serta")
# `1. A; 2. B; 3. C` written on one line.
_INLINE_ITEM = re.compile(r"(?<=;)\s*(?:dan\s+)?(?=(?:\d{1,2}|[a-z])[.)]\s)", re.IGNORECASE)


def find_main_duty(lines: list[TextLine]) -> str | None:
    """The text after `TUGAS POKOK :`, with the lines that continue it."""
    for i, line in enumerate(lines):
        if "ugas" not in line.text and "UGAS" not in line.text:
            continue
        match = _DUTY.match(_clean(line.text))
        if not match:
            continue
        parts = [match.group(1).strip()] if match.group(1) else []
        j = i + 1
        if not parts:  # a heading: the text starts on the next non-blank line
            while j < len(lines) and not lines[j].text.strip():
                j += 1
        while j < len(lines):
            text = _clean(lines[j].text)
            if not text or _LABEL.match(text):
                break
            parts.append(text)
            j += 1
        if parts:
            return " ".join(" ".join(parts).split())
    return None


def find_functions(lines: list[TextLine]) -> list[str]:
    """The numbered (`1.`) or lettered (`a.`) items under a FUNGSI label, without markers."""
    for i, line in enumerate(lines):
        if "ungsi" not in line.text and "UNGSI" not in line.text:
            continue
        text = _clean(line.text)
        match = _FUNCTIONS.match(text)
        if match:
            first = match.group(1) or ""
        elif _FUNCTIONS_TAIL.search(text) and not text.lower().startswith("tugas"):
            first = ""
        else:
            continue
        items = _list_items(_segments(first, lines, i + 1))
        if items:
            return items
    return []


def _segments(first: str, lines: list[TextLine], start: int) -> Iterator[str]:
    """The label's own text, then the cleaned lines after it, lines holding several items
    split; blank lines come as ''."""
    for text in chain([first], (_clean(line.text) for line in lines[start:])):
        if ";" in text:
            yield from _INLINE_ITEM.split(text)
        else:
            yield text


def _list_items(segments: Iterator[str]) -> list[str]:
    items: list[list[str]] = []
    style: str | None = None  # "1" or "a", set by the first marker
    first = next(segments, "")
    if first and _item_marker(first) is None:
        items.append([first])  # an unnumbered first function on the label line
        first = ""
    after_blank = False
    for text in chain([first], segments):
        if not text:
            after_blank = True
            continue
        opened = _opens_next(text, style, len(items))
        if opened is not None:
            style, item = opened
            items.append([item])
        elif (
            after_blank
            or not items
            or _item_marker(text)
            or _LABEL.match(text)
            or _ended(items[-1][-1])
        ):
            break  # after a blank line only the next item goes on
        else:
            items[-1].append(text)  # a wrapped line of the current item
        after_blank = False
    return [item for parts in items if (item := _finish(parts))]


def _opens_next(text: str, style: str | None, count: int) -> tuple[str, str] | None:
    """(style, item text) when ``text`` is item number ``count + 1`` of the list, else None."""
    marker = _item_marker(text)
    if marker is None:
        return None
    for first in [style] if style else ["1", "a"]:
        expected = chr(ord("a") + count) if first == "a" else str(count + 1)
        if marker[0] == expected:
            return first, marker[1]
    return None


def _item_marker(text: str) -> tuple[str, str] | None:
    match = _NUMBERED.match(text) or _LETTERED.match(text)
    if match is None:
        return None
    return match.group(1), match.group(2)


def _ended(text: str) -> bool:
    return text.rstrip().endswith((";", "."))


def _finish(parts: list[str]) -> str:
    """Join an item's lines; drop list punctuation and a trailing `dan`/`serta`."""
    text = " ".join(" ".join(parts).split())
    while True:
        text = text.rstrip(" ;,.")
        if not text.lower().endswith(_TRAILING_WORDS):
            return text
        text = text[: text.rindex(" ")]


def _clean(text: str) -> str:
    return text.replace("**", "").strip()

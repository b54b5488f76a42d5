"""Tables written one cell per line: what a word processor's plain-text export makes of a
ruled table ('No' / 'Sasaran Strategis' / 'Indikator Sasaran' / 'Target' on four lines,
then each row's cells on as many lines).

A run is such a table when its first lines are header labels naming an indicator column
(or a program and its anggaran) and the lines after them, up to the next blank line, fall
into whole rows of the same width. Anything else stays text: a line of prose never names
a column, and a row count that does not divide is not guessed at.
"""

from __future__ import annotations

from ..vocabulary import role_of

MAX_LABEL_CHARS = 60
MAX_COLUMNS = 12
MIN_COLUMNS = 3
"""An indicator table names at least three columns ('No', 'Indikator', 'Target'); two
labels are a PK's 'PROGRAM' / 'ANGGARAN' only."""
_ANCHORS = ({"indicator"}, {"program", "budget"})
"""A header names an indicator column, or a program and its budget."""


def stacked_table(lines: list[str], start: int) -> tuple[int, int] | None:
    """(width, line count) of a one-cell-per-line table whose header opens at
    ``lines[start]``; None when none does."""
    roles: list[str] = []
    for line in lines[start : start + MAX_COLUMNS]:
        text = line.strip()
        short = text and len(text) <= MAX_LABEL_CHARS and ":" not in text
        role = role_of(text) if short else ""
        if not role or role in roles:
            break
        roles.append(role)
    width = len(roles)
    if not any(anchor <= set(roles) for anchor in _ANCHORS):
        return None
    if width < MIN_COLUMNS and set(roles) != {"program", "budget"}:
        return None  # 'METADATA' over 'INDIKATOR': a title in capitals, not a header
    end = start + width
    while end < len(lines) and lines[end].strip():
        end += 1
    cells = end - start - width
    if cells < width or cells % width:
        return None
    return width, end - start

"""Rules on what the reader saw in the file itself: one rule per note code, same id.

A note is a fact about the file (``Document.source.notes``), not a judgement on the plan;
the rule gives it a severity and a message, at the note's location:

- ``error-cell`` (error): the cell holds an Excel error such as ``#REF!``; the value it was
  meant to show is lost and cannot be read from the file at all.
- ``no-text-layer`` (error): a scanned PDF; nothing was extracted, so an empty Document
  must not pass for an empty plan.
- ``formula-without-value`` (warning): the file carries the formula but no saved result
  (written by a program, never opened in Excel); renstra reads it as empty, which is not
  what Excel would show, but the value can be recovered by opening and saving the file.
- ``page-without-text`` (warning): one page of an otherwise readable PDF is an image; its
  content (a table, the signature) is missing from the Document.
- ``hidden-sheet`` and ``hidden-rows`` (info): the author hid them; their content was read
  like the rest and nothing is wrong with it as such, but the Document holds more than the
  printed file shows (an old sheet's indicators, a hidden row of targets): say where.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from renstra.schemas import Document, NoteCode, Settings, Severity, SourceLocation

from ..messages import msg
from .registry import Hit, finding, rule

SEVERITIES: dict[NoteCode, Severity] = {
    "error-cell": "error",
    "no-text-layer": "error",
    "formula-without-value": "warning",
    "page-without-text": "warning",
    "hidden-sheet": "info",
    "hidden-rows": "info",
}


def _indicator_at(document: Document, location: SourceLocation) -> str | None:
    """The indicator whose name or value sits in the note's workbook cell, or the one
    indicator named in its rows (a hidden-rows note's ``6:8``); None when there is none,
    or more than one in those rows."""
    if location.cell is None:
        return None
    rows = _WHOLE_ROWS.fullmatch(location.cell)
    if rows is not None:
        first, last = int(rows[1]), int(rows[2])
        named = [
            indicator.id
            for indicator in document.indicators
            if indicator.provenance.sheet == location.sheet
            and (row := _row_of(indicator.provenance.cell)) is not None
            and first <= row <= last
        ]
        return named[0] if len(named) == 1 else None
    cell = (location.sheet, location.cell)
    for indicator in document.indicators:
        values = [indicator.baseline, *indicator.targets, indicator.final_target]
        places = [indicator.provenance, *(v.provenance for v in values if v is not None)]
        if any(p is not None and (p.sheet, p.cell) == cell for p in places):
            return indicator.id
    return None


_WHOLE_ROWS = re.compile(r"(\d+):(\d+)")
"""Excel's name for whole rows: ``6:8``, ``3:3``."""
_CELL_ROW = re.compile(r"[A-Z]+(\d+)")


def _row_of(cell: str | None) -> int | None:
    """The row number of an A1 reference (``B6`` -> 6)."""
    found = _CELL_ROW.fullmatch(cell or "")
    return int(found[1]) if found else None


def _register(code: NoteCode, severity: Severity) -> None:
    @rule(code, severity, tags=("#source",))
    def check(document: Document, settings: Settings) -> Iterator[Hit]:
        for note in document.source.notes:
            if note.code != code:
                continue
            where = note.location
            yield finding(
                code,
                "message",
                where,
                indicator_id=_indicator_at(document, where),
                suggestion=msg(f"{code}.suggestion"),
                evidence=note.evidence,
                sheet=where.sheet,
                cell=where.cell,
                page=where.page,
                value=note.evidence,
            )


for _code, _severity in SEVERITIES.items():
    _register(_code, _severity)

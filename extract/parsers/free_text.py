"""What a free-text cell (alasan / penjelasan, definisi, keterangan) says besides itself:
``Label : value`` fields written inside it (``Formulasi Perhitungan : ...``, ``Sumber Data :
...``), and a formula written in words or letters where the table has no rumus column
(``... (A) dibagi ... (B) ... A/B X 100% = 100``)."""

from __future__ import annotations

import regex
from renstra.schemas import Formula

from ..intermediate import Cell
from .formula import parse_formula
from .labels import Entry, line_entries, text_entries

FREE_TEXT_ROLES = ("rationale", "definition", "note")


def cell_fields(cell: Cell) -> tuple[list[Entry], str]:
    """The labelled fields inside one cell, and the cell's own text left before them
    ('' when the labels are all it holds). No labels: ([], the text)."""
    lines = [line for line in cell.text.splitlines() if line.strip()]
    first = next(
        (i for i, line in enumerate(lines) if ":" in line and line_entries(line, cell.location)),
        None,
    )  # a cell's labels have their colon: 'Jumlah kegiatan' alone is a value, not a label
    if first is None:
        return [], " ".join(cell.text.split())
    entries = [
        entry
        for run in text_entries((line, cell.location) for line in lines[first:])
        for entry in run
        if entry.role
    ]
    return entries, " ".join(" ".join(lines[:first]).split())


_DIVIDES = regex.compile(r"\bdibagi\b|/|÷|\\frac", regex.I)


def worded_formula(text: str | None) -> Formula | None:
    """A ratio written in a sentence, with a multiplier (``x 100%``) or a plain division
    (``dibagi``, ``/``); None for any other text: a definition that compares ('X dibanding
    Y') describes, it does not give a rumus."""
    if not text:
        return None
    formula = parse_formula(text)
    if formula is None or formula.kind != "ratio":
        return None
    return formula if formula.multiplier is not None or _DIVIDES.search(text) else None

"""Text lines as a reader hands them to the parsers, for the parser tests."""

from __future__ import annotations

from renstra.extract.intermediate import Position, TextLine

from .paths import SAMPLES


def sample_lines(name: str) -> list[TextLine]:
    """The prose lines of a sample (its tab-separated table rows left out), numbered."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    return [
        TextLine(line, Position(line=n))
        for n, line in enumerate(text.splitlines(), start=1)
        if "\t" not in line
    ]


def lines_of(*texts: str) -> list[TextLine]:
    return [TextLine(t, Position(line=n)) for n, t in enumerate(texts, start=1)]

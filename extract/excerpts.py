"""The source text a finding points at, with the offending words marked.

Cut in two steps, so that no file is parsed outside its sandboxed worker:

- in the worker, right after extraction, ``cut_lines`` keeps the source lines of every
  place a finding may point at (each finding's, each indicator's, each period mention's:
  a cross-document finding, added later, points at one of those). Text files: the
  physical lines around ``location.line`` (the text reader's decoding and line split).
  Other formats: the table cell (or the text line) the location names, from the reader's
  own intermediate form.
- in the calling process, ``document_excerpts`` marks the words of each finding in them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from renstra.schemas import Document, Finding, SourceLocation

from .intermediate import Cell, Position, RawDocument, SourceFile, Table
from .result import ExcerptLines

CONTEXT_LINES = 1
"""Lines shown above and below the line of a finding in a text file."""
MAX_LINE_CHARS = 600

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_QUOTED = re.compile(r"'([^'\n]+)'|\u201c([^\u201d\n]+)\u201d|\"([^\"\n]+)\"")
_SPACE = re.compile(r"\s+")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ExcerptLine:
    text: str
    number: int | None = None
    """The physical line in a text file; None for a table cell."""
    focus: bool = True
    """The line the finding points at (context lines are False)."""
    marks: tuple[Span, ...] = ()
    """[start, end) character spans of ``text`` to highlight, sorted, never overlapping."""

    def segments(self) -> list[tuple[str, bool]]:
        """The text cut into (piece, highlighted) pieces, in order."""
        pieces: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.marks:
            if start > at:
                pieces.append((self.text[at:start], False))
            pieces.append((self.text[start:end], True))
            at = end
        if at < len(self.text) or not pieces:
            pieces.append((self.text[at:], False))
        return pieces


@dataclass(frozen=True, slots=True)
class Excerpt:
    lines: tuple[ExcerptLine, ...]

    @property
    def marked(self) -> list[str]:
        """The highlighted pieces of text, in order."""
        return [line.text[s:e] for line in self.lines for s, e in line.marks]


# ---------------------------------------------------------------- what to highlight


def quoted(message: str) -> list[str]:
    """Texts a message quotes ('...', “...” or "..."), in order."""
    return [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(message)]


def highlight_terms(finding: Finding, indicator_name: str | None = None) -> list[str]:
    """The finding's evidence, the texts its message quotes, then the indicator's name."""
    evidence = getattr(finding, "evidence", None)
    terms = ([evidence] if evidence else []) + quoted(finding.message)
    if indicator_name:
        terms.append(indicator_name)
    return list(dict.fromkeys(t.strip() for t in terms if t.strip()))


def find_spans(text: str, terms: list[str]) -> list[Span]:
    """Where the terms occur (case and spacing ignored), most specific first.

    A term found inside the span of another found term wins over it ('Presentase' in an
    indicator name marks that word, not the whole name); the rest are merged when they
    overlap.
    """
    found: set[Span] = set()
    for term in terms:
        found.update(m.span() for m in _term_pattern(term).finditer(text) if m.end() > m.start())
    kept = [
        span
        for span in found
        if not any(o != span and span[0] <= o[0] and o[1] <= span[1] for o in found)
    ]
    merged: list[Span] = []
    for start, end in sorted(kept):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _term_pattern(term: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(word) for word in _SPACE.split(term.strip()))
    head = r"(?<!\w)" if term[:1].isalnum() else ""
    tail = r"(?!\w)" if term[-1:].isalnum() else ""
    return re.compile(head + body + tail, re.IGNORECASE)


def _excerpt(lines: Sequence[tuple[int | None, str, bool]], terms: list[str]) -> Excerpt:
    """Build an Excerpt, marking the terms across the focus lines taken together."""
    focus_text = "\n".join(text for _, text, focus in lines if focus)
    spans = find_spans(focus_text, terms)
    out: list[ExcerptLine] = []
    offset = 0
    for number, text, focus in lines:
        marks: tuple[Span, ...] = ()
        if focus:
            end = offset + len(text)
            marks = tuple(
                (max(s, offset) - offset, min(e, end) - offset)
                for s, e in spans
                if s < end and e > offset
            )
            offset = end + 1
        out.append(ExcerptLine(text, number, focus, marks))
    return Excerpt(tuple(out))


# ---------------------------------------------------------------- where to look


class _TextSource:
    def __init__(self, text: str) -> None:
        self.lines = [line.rstrip() for line in _LINE_SPLIT.split(text)]

    def lines_at(self, location: SourceLocation) -> ExcerptLines:
        if location.line is None or not 1 <= location.line <= len(self.lines):
            return ()
        first = max(1, location.line - CONTEXT_LINES)
        last = min(len(self.lines), location.line + CONTEXT_LINES)
        return tuple(
            (n, self.lines[n - 1][:MAX_LINE_CHARS], n == location.line)
            for n in range(first, last + 1)
        )


class _RawSource:
    """A document read again by its own reader: cells by (table, row, column), lines by place."""

    def __init__(self, raw: RawDocument) -> None:
        self.tables = {table.index: table for table in raw.tables}
        self.lines: dict[tuple[object, ...], list[str]] = {}
        for line in raw.lines:
            if line.text:
                self.lines.setdefault(_line_key(line.location), []).append(line.text)

    def lines_at(self, location: SourceLocation) -> ExcerptLines:
        table = self.tables.get(location.table) if location.table is not None else None
        if table is not None and location.row is not None and location.column is not None:
            cell = _cell(table, location.row, location.column)
            texts = cell.text.split("\n") if cell is not None and cell.text else []
        elif table is not None:
            header = table.rows[0] if table.rows else []
            texts = [" | ".join(c.text for c in header if c.text and not c.covered)]
        else:
            texts = self.lines.get(_line_key(location), [])
        return tuple((None, t[:MAX_LINE_CHARS], True) for t in texts if t.strip())


def _line_key(location: SourceLocation | Position) -> tuple[object, ...]:
    return (location.page, location.line, location.sheet, location.cell)


def _cell(table: Table, row: int, column: int) -> Cell | None:
    """The cell at a 1-based position, or the cell whose merge covers it."""
    if not 1 <= row <= len(table.rows) or not 1 <= column <= len(table.rows[row - 1]):
        return None
    r, c = row - 1, column - 1
    if not table.rows[r][c].covered:
        return table.rows[r][c]
    for rr in range(r, -1, -1):
        for cc in range(min(c, len(table.rows[rr]) - 1), -1, -1):
            origin = table.rows[rr][cc]
            if not origin.covered and rr + origin.rowspan > r and cc + origin.colspan > c:
                return origin
    return None


def cut_lines(
    source: SourceFile, raw: RawDocument, document: Document
) -> dict[SourceLocation, ExcerptLines]:
    """The source lines of each place a finding of ``document`` may point at."""
    view: _TextSource | _RawSource
    if source.format in ("txt", "md"):
        from .readers.decode import decode_text

        view = _TextSource(decode_text(source.path, source.data)[0])
    else:
        view = _RawSource(raw)
    places = [f.location for f in document.findings]
    places += [indicator.provenance for indicator in document.indicators]
    places += [mention.location for mention in document.period_mentions]
    lines: dict[SourceLocation, ExcerptLines] = {}
    for place in places:
        if place is not None and place not in lines:
            found = view.lines_at(place)
            if found:
                lines[place] = found
    return lines


def document_excerpts(
    document: Document, lines: Mapping[SourceLocation, ExcerptLines] | None
) -> list[Excerpt | None]:
    """One excerpt (or None) per finding of ``document``, in the same order, from the lines
    its worker cut (``FileResult.excerpts``)."""
    if not document.findings or not lines:
        return [None] * len(document.findings)
    names = {indicator.id: indicator.name for indicator in document.indicators}
    excerpts: list[Excerpt | None] = []
    for f in document.findings:
        found = lines.get(f.location)
        terms = highlight_terms(f, names.get(f.indicator_id or ""))
        excerpts.append(_excerpt(found, terms) if found else None)
    return excerpts

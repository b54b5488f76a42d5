"""The source text a finding points at, with the offending words marked.

Text files: the physical lines around ``location.line`` (the same decoding and line split
the text reader uses). Other formats: the file is read again with its own reader and the
excerpt is the table cell (or the text line) the location names. An excerpt is only shown
when the file still has the bytes it was extracted from (same sha256).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from renstra.schemas import Document, Finding, Settings, SourceLocation

from .errors import RenstraError
from .intermediate import Cell, RawDocument, Table

log = logging.getLogger(__name__)

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

    def excerpt(self, location: SourceLocation, terms: list[str]) -> Excerpt | None:
        if location.line is None or not 1 <= location.line <= len(self.lines):
            return None
        first = max(1, location.line - CONTEXT_LINES)
        last = min(len(self.lines), location.line + CONTEXT_LINES)
        rows = [
            (n, self.lines[n - 1][:MAX_LINE_CHARS], n == location.line)
            for n in range(first, last + 1)
        ]
        return _excerpt(rows, terms)


class _RawSource:
    """A document read again by its own reader: cells by (table, row, column), lines by place."""

    def __init__(self, raw: RawDocument) -> None:
        self.tables = {table.index: table for table in raw.tables}
        self.lines: dict[tuple[object, ...], list[str]] = {}
        for line in raw.lines:
            if line.text:
                self.lines.setdefault(_line_key(line.location), []).append(line.text)

    def excerpt(self, location: SourceLocation, terms: list[str]) -> Excerpt | None:
        table = self.tables.get(location.table) if location.table is not None else None
        if table is not None and location.row is not None and location.column is not None:
            cell = _cell(table, location.row, location.column)
            texts = cell.text.split("\n") if cell is not None and cell.text else []
        elif table is not None:
            header = table.rows[0] if table.rows else []
            texts = [" | ".join(c.text for c in header if c.text and not c.covered)]
        else:
            texts = self.lines.get(_line_key(location), [])
        texts = [t[:MAX_LINE_CHARS] for t in texts if t.strip()]
        if not texts:
            return None
        return _excerpt([(None, t, True) for t in texts], terms)


def _line_key(location: SourceLocation) -> tuple[object, ...]:
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


def open_source(document: Document, settings: Settings) -> _TextSource | _RawSource | None:
    """Read the document's source again; None when it is gone, changed, or unreadable."""
    from .pipeline import read_source
    from .readers import reader_for
    from .readers.decode import decode_text

    path = document.source.path
    try:
        source = read_source(path, settings)
        if source.sha256 != document.source.sha256:
            log.info("%s changed since it was extracted; no excerpts", path)
            return None
        if source.format in ("txt", "md"):
            return _TextSource(decode_text(path, source.data)[0])
        return _RawSource(reader_for(source.format)(source, settings))
    except RenstraError as e:
        log.info("no excerpts for %s: %s", path, e.reason)
    except Exception:  # a reader failing the second time must not stop a report
        log.debug("no excerpts for %s", path, exc_info=True)
    return None


def document_excerpts(document: Document, settings: Settings | None = None) -> list[Excerpt | None]:
    """One excerpt (or None) per finding of ``document``, in the same order."""
    if not document.findings:
        return []
    source = open_source(document, settings or Settings())
    if source is None:
        return [None] * len(document.findings)
    names = {indicator.id: indicator.name for indicator in document.indicators}
    return [
        source.excerpt(f.location, highlight_terms(f, names.get(f.indicator_id or "")))
        for f in document.findings
    ]

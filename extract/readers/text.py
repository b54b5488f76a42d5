"""Plain text and markdown: tab-separated rows and pipe tables become table grids."""

from __future__ import annotations

import re
from collections import deque
from itertools import groupby

from renstra.schemas import Settings

from ..errors import RenstraError
from ..intermediate import Cell, Position, RawDocument, SourceFile, Table, TextLine, check_grid
from ..messages import msg
from .decode import decode_text
from .stacked import MAX_LABEL_CHARS, stacked_table

_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
CAPTION_LINES = 3
_EMPHASIS = re.compile(r"^(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1$")
"""Markdown emphasis around a whole cell or line (``*1*``, ``**Tabel 4.1**``): markup."""


def _plain(text: str) -> str:
    if text[:1] in "*_":
        found = _EMPHASIS.match(text)
        if found:
            return found.group(2)
    return text


def read(source: SourceFile, settings: Settings) -> RawDocument:
    text, encoding = decode_text(source.path, source.data)
    physical = _split_lines(text)
    limit = settings.limits.max_text_lines
    if len(physical) > limit:
        reason = msg("error.too-many-lines", lines=len(physical), limit=limit)
        raise RenstraError(source.path, "limit-exceeded", reason)
    lines: list[TextLine] = []
    tables: list[Table] = []
    recent: deque[str] = deque(maxlen=CAPTION_LINES)  # the last non-blank lines: a caption
    start = 0
    # A run of lines of one kind is a table or all lines: no shorter run inside it is a
    # table either (re-scanning from each line made 20,000 'key<TAB>value' lines take minutes).
    for kind, run in groupby(physical, _table_kind):
        block = list(run)
        rows = _numbered_rows(block, start, kind) if kind else []
        if kind and _is_table([texts for _, texts in rows]):
            index = len(tables) + 1
            width = max(len(texts) for _, texts in rows)
            written = sum(len(texts) for _, texts in rows)
            check_grid(
                source.path, msg("error.where-table", index=index), len(rows), width, written
            )
            tables.append(_table(rows, start, index, list(recent)))
        else:
            markdown = source.format == "md"
            k = 0
            while k < len(block):
                found = stacked_table(block, k) if not kind and _may_head(block, k) else None
                if found is not None:
                    width, count = found
                    first = start + k + 1
                    tables.append(
                        _stacked(block[k : k + count], width, first, len(tables) + 1, list(recent))
                    )
                    k += count
                    continue
                line = block[k]
                number = start + k + 1
                stripped = _plain(line.strip()) if markdown else line.strip()
                lines.append(TextLine(stripped, Position(None, number)))
                if stripped:
                    recent.append(stripped)
                k += 1
        start += len(block)
    return source.raw_document(lines, tables, encoding=encoding)


def _may_head(block: list[str], k: int) -> bool:
    """A cheap look before ``stacked_table``: two short lines that are not 'Label : value'
    (a form's fields, one per line, are no table header)."""
    line, after = block[k], block[k + 1] if k + 1 < len(block) else ""
    return (
        0 < len(line) <= MAX_LABEL_CHARS
        and 0 < len(after.strip()) <= MAX_LABEL_CHARS
        and ":" not in line
        and ":" not in after
    )


def _stacked(cells: list[str], width: int, first: int, index: int, caption: list[str]) -> Table:
    """The grid of a one-cell-per-line table whose first cell is on line ``first``: each
    cell keeps its own line."""
    grid = [
        [
            Cell(cells[r + c].strip(), Position(None, first + r + c, index, r // width + 1, c + 1))
            for c in range(width)
        ]
        for r in range(0, len(cells), width)
    ]
    return Table(index, grid, Position(None, first, index), caption)


def _split_lines(text: str) -> list[str]:
    """``text`` split at CRLF, CR and LF alone (str.splitlines would also split at form
    feeds and Unicode breaks); str.split is many times cheaper than a regex split."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _table_kind(line: str) -> str | None:
    if "\t" in line:
        return "tab"
    if "|" in line:  # most lines have none: no need for a stripped copy
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            return "pipe"
    return None


def _is_table(rows: list[list[str]]) -> bool:
    """Two or more rows, one of them with three or more cells; a run of 'KEY<TAB>: value'
    or 'KEY<TAB>:<TAB>value' lines (a label column aligned with tab stops) is not a table."""
    if len(rows) < 2:
        return False
    if all(_is_key_value(row) for row in rows):
        return False
    return any(len(row) >= 3 for row in rows)


def _is_key_value(cells: list[str]) -> bool:
    """'NAMA OPD', ':', 'KECAMATAN ...' or 'NAMA OPD', ': KECAMATAN ...' (blank cells aside)."""
    filled = [cell for cell in cells if cell]
    if len(filled) == 3:
        return filled[1] == ":"
    if len(filled) == 2:
        return filled[0].endswith(":") or filled[1].startswith(":")
    return False


def _split(line: str, kind: str) -> list[str]:
    if kind == "tab":
        return [cell.strip() for cell in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    if "\\|" not in stripped:  # no escaped pipe: str.split, far cheaper than the regex
        return [_plain(cell.strip()) for cell in stripped.split("|")]
    return [_plain(cell.strip().replace("\\|", "|")) for cell in _PIPE_SPLIT.split(stripped)]


def _numbered_rows(block: list[str], start: int, kind: str) -> list[tuple[int, list[str]]]:
    """(line number, cell texts) of each row of ``block``, whose first line is line
    ``start + 1``; a markdown separator row (``|---|---|``) is markup, not a row."""
    return [
        (number, _split(line, kind))
        for number, line in enumerate(block, start + 1)
        if kind != "pipe" or not _PIPE_SEPARATOR.match(line.strip())
    ]


def _table(rows: list[tuple[int, list[str]]], start: int, index: int, caption: list[str]) -> Table:
    """The grid of ``rows`` (line number, cell texts), the block starting at line
    ``start + 1``; short rows are padded with empty cells to the widest."""
    width = max(len(texts) for _, texts in rows)
    for _, texts in rows:
        if len(texts) < width:  # most rows are full: no padding list to build for them
            texts += [""] * (width - len(texts))
    # Position's fields in order (page, line, table, row, column): a call with keywords
    # costs twice as much, and there is one per cell.
    grid = [
        [Cell(text, Position(None, number, index, r, c)) for c, text in enumerate(texts, 1)]
        for r, (number, texts) in enumerate(rows, 1)
    ]
    return Table(index, grid, Position(None, start + 1, index), caption)

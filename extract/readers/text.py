"""Plain text and markdown: tab-separated rows and pipe tables become table grids."""

from __future__ import annotations

import re
from collections import deque

from renstra.schemas import Settings

from ..errors import RenstraError
from ..intermediate import Cell, Position, RawDocument, SourceFile, Table, TextLine
from .decode import decode_text

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
CAPTION_LINES = 3


def read(source: SourceFile, settings: Settings) -> RawDocument:
    text, encoding = decode_text(source.path, source.data)
    physical = _LINE_SPLIT.split(text)
    limit = settings.limits.max_text_lines
    if len(physical) > limit:
        raise RenstraError(
            source.path, "limit-exceeded", f"{len(physical):,} lines, over the {limit:,}-line limit"
        )
    lines: list[TextLine] = []
    tables: list[Table] = []
    recent: deque[str] = deque(maxlen=CAPTION_LINES)  # the last non-blank lines: a caption
    i = 0
    while i < len(physical):
        kind = _table_kind(physical[i])
        end = i
        while end < len(physical) and kind and _table_kind(physical[end]) == kind:
            end += 1
        if kind and _is_table(physical[i:end], kind):
            tables.append(_table(physical, i, end, kind, len(tables) + 1, list(recent)))
            i = end
            continue
        # Not a table: no shorter run inside this one is either, so take it all as lines
        # (re-scanning from each line made 20,000 'key<TAB>value' lines take minutes).
        stop = max(end, i + 1)
        for number in range(i, stop):
            line = physical[number].strip()
            lines.append(TextLine(line, Position(line=number + 1)))
            if line:
                recent.append(line)
        i = stop
    return source.raw_document(lines, tables, encoding=encoding)


def _table_kind(line: str) -> str | None:
    if "\t" in line:
        return "tab"
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "pipe"
    return None


def _is_table(block: list[str], kind: str) -> bool:
    """Two or more rows, one of them with three or more cells; a run of 'KEY<TAB>: value'
    or 'KEY<TAB>:<TAB>value' lines (a label column aligned with tab stops) is not a table."""
    if len(block) < 2:
        return False
    rows = [_split(line, kind) for line in block]
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
    return [cell.strip().replace("\\|", "|") for cell in _PIPE_SPLIT.split(stripped)]


def _table(
    physical: list[str], start: int, end: int, kind: str, index: int, caption: list[str]
) -> Table:
    rows: list[list[Cell]] = []
    for number in range(start, end):
        line = physical[number]
        if kind == "pipe" and _PIPE_SEPARATOR.match(line.strip()):
            continue
        texts = _split(line, kind)
        row_no = len(rows) + 1
        rows.append(
            [
                Cell(text, Position(line=number + 1, table=index, row=row_no, column=c + 1))
                for c, text in enumerate(texts)
            ]
        )
    width = max(len(r) for r in rows)
    for r, row in enumerate(rows, start=1):
        line_no = row[0].location.line if row else None
        while len(row) < width:
            row.append(
                Cell(
                    "",
                    Position(line=line_no, table=index, row=r, column=len(row) + 1),
                )
            )
    return Table(
        index=index,
        rows=rows,
        location=Position(line=start + 1, table=index),
        preceding_text=caption,
    )

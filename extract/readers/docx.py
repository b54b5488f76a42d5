"""Read a Word .docx body into lines and table grids (python-docx's XML parser).

Paragraphs and tables are taken in body order. Merges come from ``w:gridSpan`` and
``w:vMerge``; a table inside a cell becomes its own Table right after its parent, and the
parent cell keeps only its own paragraphs. Word equations become ``$LaTeX$`` (see omml).
The container must first pass zipguard's checks (sizes, layout, no DTD).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from renstra.schemas import Settings

from ..errors import RenstraError
from ..intermediate import (
    Cell,
    Position,
    RawDocument,
    SourceFile,
    Table,
    TextLine,
    check_grid,
)
from ..messages import msg
from ..zipguard import check_zip
from .omml import omml_to_latex

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

Element = Any  # an lxml element
SKIPPED = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "tbl", MC + "Fallback"}
WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"}


@dataclass(slots=True)
class _Pending:
    """A table met in the body or in a cell, waiting for its grid."""

    element: Element
    preceding: list[str]


@dataclass(slots=True)
class _State:
    path: str
    lines: list[TextLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


def read(source: SourceFile, settings: Settings) -> RawDocument:
    check_zip(source.path, source.data, settings.limits)
    body = _load_body(source)
    state = _State(source.path)
    paragraph_no = 0
    for element in _blocks(body):
        if element.tag == W + "p":
            paragraph_no += 1
            location = Position(line=paragraph_no)
            for text in _lines(paragraph_text(element)):
                state.lines.append(TextLine(text, location))
        else:
            location = Position(line=paragraph_no or None)
            _blank(state.lines, location)
            caption = [line.text for line in state.lines if line.text][-3:]
            _add_table(state, _Pending(element, caption))
        _blank(state.lines, location)
    return source.raw_document(state.lines, state.tables)


def _blank(lines: list[TextLine], location: Position) -> None:
    """A blank line between paragraphs and around tables, as a text file has (never two)."""
    if lines and lines[-1].text:
        lines.append(TextLine("", location))


def _load_body(source: SourceFile) -> Element:
    """The w:body of the main document part.

    The part is read straight from the zip and parsed with python-docx's own parser
    (entities off); loading the whole package with ``docx.Document`` costs 25 times more
    and reads nothing this reader uses.
    """
    import zipfile

    from docx.oxml import parse_xml

    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            name = _main_part(archive, parse_xml)
            root = parse_xml(archive.read(name))
    except RenstraError:
        raise
    except Exception as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise RenstraError(
            source.path, "format-error", msg("error.docx-unreadable", detail=reason)
        ) from e
    body = root.find(W + "body")
    if root.tag != W + "document" or body is None:
        raise RenstraError(source.path, "format-error", msg("error.docx-no-body", part=name))
    return body


def _main_part(archive: Any, parse_xml: Any) -> str:
    """The officeDocument target named in _rels/.rels (word/document.xml as a rule)."""
    try:
        rels = parse_xml(archive.read("_rels/.rels"))
    except KeyError:
        return "word/document.xml"
    for rel in rels:
        if str(rel.get("Type", "")).endswith("/officeDocument"):
            return str(rel.get("Target", "")).lstrip("/")
    raise KeyError("no main document part in _rels/.rels")


def _blocks(container: Element) -> Iterator[Element]:
    """Paragraphs and tables in order, looking through content controls and custom XML."""
    for child in container:
        tag = child.tag
        if tag in (W + "p", W + "tbl"):
            yield child
        elif tag in WRAPPERS:
            yield from _blocks(child)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def paragraph_text(paragraph: Element) -> str:
    """The text of a paragraph as Word shows it: breaks as newlines, equations as $LaTeX$."""
    out: list[str] = []
    _collect(paragraph, out)
    return "".join(out)


def _collect(element: Element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIPPED:
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == M + "oMath":
            out.append(f"${omml_to_latex(child)}$")
        elif tag == W + "p":  # a paragraph inside a text box
            out.append("\n")
            _collect(child, out)
        else:
            _collect(child, out)


# ---------------------------------------------------------------- tables


def _add_table(state: _State, pending: _Pending) -> None:
    """Append the table, then (depth first) the tables nested in its cells."""
    index = len(state.tables) + 1
    rows, nested = _grid(state.path, pending.element, index)
    location = Position(table=index)
    state.tables.append(Table(index, rows, location, preceding_text=pending.preceding))
    for inner in nested:
        _add_table(state, inner)


def _grid(path: str, table: Element, index: int) -> tuple[list[list[Cell]], list[_Pending]]:
    """The table's expanded grid, and the tables nested in its cells.

    Spans are capped by the table's real width: its ``w:tblGrid`` columns, or its most
    cells in one row when that is more. A row's ``gridBefore``, ``gridSpan`` and
    ``gridAfter`` share what its cells leave of that width, so a 600-byte file with
    ``gridSpan w:val="2000000000"`` is as wide as its grid says (it asked for gigabytes).
    """
    trs = [(row, list(_children(row, W + "tc"))) for row in _children(table, W + "tr")]
    columns = table.find(f"{W}tblGrid")
    declared = 0 if columns is None else sum(1 for c in columns if c.tag == W + "gridCol")
    real_width = max([declared, *(len(tcs) for _, tcs in trs)])
    rows: list[list[Cell | None]] = []
    origin: dict[tuple[int, int], Cell] = {}
    nested: list[_Pending] = []
    for r, (row, tcs) in enumerate(trs, start=1):
        spare = real_width - len(tcs)  # the positions beyond one per cell this row may fill
        before = min(spare, max(0, _val(row.find(f"{W}trPr/{W}gridBefore"), 0)))
        spare -= before
        cells: list[Cell | None] = [None] * before
        for tc in tcs:
            col = len(cells) + 1
            span = 1 + min(spare, max(0, _val(tc.find(f"{W}tcPr/{W}gridSpan"), 1) - 1))
            spare -= span - 1
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            above = origin.get((r - 1, col))
            if vmerge is not None and vmerge.get(W + "val") != "restart" and above is not None:
                above.rowspan += 1
                for c in range(col, col + span):
                    cells.append(_covered(index, r, c))
                    origin[(r, c)] = above
                continue
            text, inner = _cell_content(tc)
            nested.extend(inner)
            cell = Cell(text, _loc(index, r, col), colspan=span, bold=bool(text) and _bold(tc))
            cells.append(cell)
            origin[(r, col)] = cell
            for c in range(col + 1, col + span):
                cells.append(_covered(index, r, c))
                origin[(r, c)] = cell
        cells.extend([None] * min(spare, max(0, _val(row.find(f"{W}trPr/{W}gridAfter"), 0))))
        rows.append(cells)
    width = max((len(row) for row in rows), default=0)
    where = msg("error.where-table", index=index)
    check_grid(path, where, len(rows), width, sum(len(tcs) for _, tcs in trs))
    grid = [
        [
            (row[c - 1] if c <= len(row) else None) or Cell("", _loc(index, r, c))
            for c in range(1, width + 1)
        ]
        for r, row in enumerate(rows, start=1)
    ]
    return grid, nested


def _children(element: Element, tag: str) -> Iterator[Element]:
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPERS:
            yield from _children(child, tag)


SMALL_NESTED = 4
"""A table nested in a cell with at most this many rows and columns is part of the cell's
text (a stacked fraction laid out in a table, a label beside its value); a larger one is
a table of its own."""
BAR = "-----"
"""Stands for a paragraph's bottom border inside a cell: Word's stacked fraction bar."""


def _cell_content(tc: Element) -> tuple[str, list[_Pending]]:
    lines: list[str] = []
    nested: list[_Pending] = []
    blocks = list(_blocks(tc))
    for i, block in enumerate(blocks):
        if block.tag == W + "p":
            lines.extend(_lines(paragraph_text(block)))
            if _bottom_border(block) and i + 1 < len(blocks) and lines:
                lines.append(BAR)
        elif _is_small(block):
            lines.extend(_small_table_lines(block))
        else:
            nested.append(_Pending(block, lines[-3:]))
    return "\n".join(lines), nested


def _bold(tc: Element) -> bool:
    """Every run with text in the cell is bold by direct formatting (``w:b``)."""
    runs = [r for r in tc.iter(W + "r") if any((t.text or "").strip() for t in r.iter(W + "t"))]
    return bool(runs) and all(_run_bold(run) for run in runs)


def _run_bold(run: Element) -> bool:
    b = run.find(f"{W}rPr/{W}b")
    return b is not None and b.get(W + "val") not in ("0", "false")


def _bottom_border(paragraph: Element) -> bool:
    return paragraph.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None


def _is_small(table: Element) -> bool:
    rows = list(_children(table, W + "tr"))
    return len(rows) <= SMALL_NESTED and all(
        len(list(_children(row, W + "tc"))) <= SMALL_NESTED for row in rows
    )


def _small_table_lines(table: Element) -> list[str]:
    """A small nested table's text, row by row: the cells of a row side by side."""
    out: list[str] = []
    for row in _children(table, W + "tr"):
        cells = [_cell_content(tc)[0] for tc in _children(row, W + "tc")]
        columns = [c.split("\n") for c in cells if c]
        if not columns:
            continue
        # the first line of each cell side by side, then the rest of each cell below
        out.append(" ".join(c[0] for c in columns))
        for column in columns:
            out.extend(column[1:])
    return out


def _val(element: Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W + "val", default))
    except ValueError:
        return default


def _loc(table: int, row: int, column: int) -> Position:
    return Position(table=table, row=row, column=column)


def _covered(table: int, row: int, column: int) -> Cell:
    return Cell("", _loc(table, row, column), covered=True)

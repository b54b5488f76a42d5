"""Read a PDF's text layer into lines and table grids (pdfplumber).

Ruled tables come from pdfplumber's line strategy; their cell boxes give row and column
spans. A page without ruled tables is searched for borderless ones, anchored on a header
line of three or more widely spaced segments (pdfplumber's text strategy cuts words apart
on such tables, so words are assigned to the header's columns here instead). A table that
runs onto the next page is joined and its repeated header dropped.

A page without text (a scan) is read by OCR when ``settings.ocr`` allows (``scanned``): its
words then come from Tesseract, with the same boxes in points, and every line and cell made
of them carries the confidence of its least certain word.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from renstra.schemas import Settings, SourceNote

from ..column_numbers import is_column_number_row
from ..errors import RenstraError
from ..intermediate import (
    Cell,
    Position,
    RawDocument,
    SourceFile,
    Table,
    TextLine,
    check_grid,
    note,
)
from ..messages import msg
from .fraction import bar_inside, fraction_text
from .pdfguard import cause_of, check_forms, open_pages, unreadable

log = logging.getLogger(__name__)

BBox = tuple[float, float, float, float]
LINE_TOLERANCE = 3.0  # words whose tops differ by less share a line
COLUMN_TOLERANCE = 2.0  # column starts closer than this match across pages
MARGIN_ZONE = 0.08  # share of the page height kept for running headers and footers
SEGMENT_GAP = 0.9  # a gap this many word heights wide separates header segments
TABLE_GAP = 1.5  # a wider vertical gap (in word heights) ends a borderless table
ROW_GAP = 0.5  # a wider gap (in word heights) starts a new borderless row
PARAGRAPH_GAP = 0.5  # a wider gap (in line heights) between text lines is a paragraph break
RUNNING_TEXT = 0.6  # a run of words wider than this share of a table's header is prose


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float | None = None
    """OCR's confidence (0-100); None for a word of the text layer."""


@dataclass(slots=True)
class Line:
    number: int
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


@dataclass(slots=True)
class PCell:
    text: str
    bbox: BBox
    rowspan: int = 1
    colspan: int = 1
    covered: bool = False
    confidence: float | None = None


@dataclass(slots=True)
class PageTable:
    page: int
    bbox: BBox
    columns: list[float]
    rows: list[list[PCell]]
    pages: list[int] = field(default_factory=list)  # page of each row once joined


@dataclass(slots=True)
class PageData:
    number: int
    height: float
    words: list[Word]
    ruled: list[tuple[BBox, list[list[BBox | None]], list[list[str | None]]]]
    has_text: bool
    bars: list[BBox] = field(default_factory=list)
    """Horizontal rules drawn on the page (a stacked fraction's among them)."""


def read(source: SourceFile, settings: Settings) -> RawDocument:
    pages = _load(source, settings.limits.max_pdf_pages)
    if not pages:
        raise RenstraError(source.path, "empty-file", msg("error.pdf-no-pages"))
    if settings.ocr == "force" or (settings.ocr == "auto" and not all(p.has_text for p in pages)):
        from .scanned import ocr_pdf_pages

        pages, notes = ocr_pdf_pages(source, pages, settings)
        return lay_out(source, pages, notes)
    if not any(p.has_text for p in pages):
        return source.raw_document([], [], pages=len(pages), notes=[note("no-text-layer")])
    notes = [note("page-without-text", page=p.number) for p in pages if not p.has_text]
    return lay_out(source, pages, notes)


def lay_out(source: SourceFile, pages: list[PageData], notes: list[SourceNote]) -> RawDocument:
    """Lines and tables of ``pages`` (from a text layer or from OCR), in reading order."""
    lines: list[TextLine] = []
    tables: list[PageTable] = []
    captions: list[list[str]] = []
    for page in pages:
        page_lines = group_lines(page.words)
        ruled = (
            _ruled_table(source.path, page.number, *t, page.words, page.bars) for t in page.ruled
        )
        found = [t for t in ruled if t is not None]
        if not found:
            found = _borderless_tables(page.number, page_lines)
        outside = [ln for ln in page_lines if not all(_inside_any(w, found) for w in ln.words)]
        found += _side_by_side(page.number, outside)
        blank = Position(page=page.number)
        previous: TextLine | None = None
        for item in _reading_order(page, page_lines, found):
            if isinstance(item, PageTable):
                if tables and _continues(tables[-1], item, pages, lines):
                    _append_rows(tables[-1], item)
                else:
                    _blank(lines, blank)
                    tables.append(item)
                    captions.append([line.text for line in lines if line.text][-3:])
                previous = None
                continue
            if previous is None or _paragraph_break(previous, item):
                _blank(lines, blank)
            lines.append(item)
            previous = item
    out = [_to_table(source.path, i, t, captions[i - 1]) for i, t in enumerate(tables, start=1)]
    return source.raw_document(lines, out, pages=len(pages), notes=notes)


def _blank(lines: list[TextLine], location: Position) -> None:
    """A blank line between paragraphs and around tables, as a text file has (never two)."""
    if lines and lines[-1].text:
        lines.append(TextLine("", location))


def _paragraph_break(previous: TextLine, line: TextLine) -> bool:
    above, below = previous.location.bbox, line.location.bbox
    if above is None or below is None:
        return True
    return below[1] - above[3] > PARAGRAPH_GAP * (above[3] - above[1])


def _load(source: SourceFile, max_pages: int) -> list[PageData]:
    """Every page's words and ruled tables, each page parsed once.

    The page tree is walked no further than ``max_pages + 1`` pages, from the same parsed
    document the pages are then laid out from, and before any page is laid out.
    ``pdf.pages`` would walk the whole tree first (and ``pdf.close()`` calls it), so pages
    are made here; the stream is in memory and each page is closed once its data is taken.
    pdfguard opens the document (rebuilding a cross-reference that cannot be followed) and
    checks each page's form XObjects before it is laid out.
    """
    from pdfplumber.page import Page

    pdf, found = open_pages(source, max_pages)
    if len(found) > max_pages:
        reason = msg("error.pdf-too-many-pages", limit=max_pages)
        raise RenstraError(source.path, "limit-exceeded", reason)
    pages = []
    doctop = 0.0
    try:
        for number, found_page in enumerate(found, start=1):
            check_forms(source.path, number, found_page)
            page = Page(pdf, found_page, page_number=number, initial_doctop=doctop)
            doctop += page.height
            pages.append(_page_data(page))
            page.close()  # drop the page's parsed objects once its data is taken
    except RenstraError:
        raise
    except Exception as e:
        raise unreadable(source, cause_of(e)) from e
    return pages


def _page_data(page: object) -> PageData:
    chars = page.chars  # type: ignore[attr-defined]
    words = [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"])
        for w in page.extract_words()  # type: ignore[attr-defined]
    ]
    ruled = []
    for table in page.find_tables():  # type: ignore[attr-defined]
        rows = table.rows
        ruled.append(
            (table.bbox, [list(row.cells) for row in rows], _cell_texts(chars, table.bbox, rows))
        )
    bars = [
        (e["x0"], e["top"], e["x1"], e["bottom"])
        for e in page.edges  # type: ignore[attr-defined]
        if e["orientation"] == "h"
    ]
    return PageData(page.page_number, float(page.height), words, ruled, bool(chars), bars)  # type: ignore[attr-defined]


def _between_rows(bars: Sequence[BBox], bbox: BBox, rows: list[float]) -> list[BBox]:
    """The horizontal rules inside the table that are none of its row borders: where a
    stacked fraction's rule may be. Most rules of a ruled table are its borders, so a cell
    then looks at few."""
    x0, top, x1, bottom = bbox
    return [
        bar
        for bar in bars
        if x0 <= bar[0] and bar[2] <= x1 and top < bar[1] < bottom
        and all(abs(bar[1] - y) > EDGE_SLACK for y in rows)
    ]  # fmt: skip


EDGE_SLACK = 2.0
"""Points: a rule this near a row border is that border."""


def _cell_texts(chars: list[dict], bbox: BBox, rows: list) -> list[list[str | None]]:  # type: ignore[type-arg]
    """What pdfplumber's ``Table.extract()`` returns, each char's centre computed once.

    ``Table.extract()`` recomputes the centre of every char on the page for every row, half
    its time on the sample matrices. Its rule is kept: a char is in a cell when its centre
    is, left and top edges included; a cell's chars keep page order; a cell without chars
    is "" and a missing cell None. Every row lies within the table's ``bbox``, so chars
    outside it are dropped first. A test holds this to ``Table.extract()``, so a change in
    pdfplumber shows there.
    """
    from pdfplumber.utils import extract_text

    left, upper, right, lower = bbox
    centres = []
    for c in chars:
        h, v = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        if left <= h < right and upper <= v < lower:
            centres.append((h, v, c))
    texts = []
    for row in rows:
        x0, top, x1, bottom = row.bbox
        in_row = [t for t in centres if x0 <= t[0] < x1 and top <= t[1] < bottom]
        line: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                line.append(None)
                continue
            x0, top, x1, bottom = cell
            within = [c for h, v, c in in_row if x0 <= h < x1 and top <= v < bottom]
            line.append(extract_text(within) if within else "")
        texts.append(line)
    return texts


def group_lines(words: list[Word]) -> list[Line]:
    """``words`` as lines, top to bottom, each read left to right (the OCR reader's too)."""
    lines: list[Line] = []
    current: list[Word] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if current and word.top - current[0].top > LINE_TOLERANCE:
            lines.append(Line(len(lines) + 1, sorted(current, key=lambda w: w.x0)))
            current = []
        current.append(word)
    if current:
        lines.append(Line(len(lines) + 1, sorted(current, key=lambda w: w.x0)))
    return lines


# ---------------------------------------------------------------- ruled tables


def _ruled_table(
    path: str,
    page: int,
    bbox: BBox,
    cells: list[list[BBox | None]],
    texts: list[list[str | None]],
    words: Sequence[Word] = (),
    bars: Sequence[BBox] = (),
) -> PageTable | None:
    xs = sorted({c[0] for row in cells for c in row if c is not None})
    tops = [min(c[1] for c in row if c is not None) for row in cells]
    if len(xs) < 2 or len(tops) < 1:
        return None
    written = sum(1 for row in cells for c in row if c is not None)
    check_grid(path, msg("error.where-page-table", page=page), len(tops), len(xs), written)
    right, bottom = bbox[2], bbox[3]
    edges_x, edges_y = [*xs, right], [*tops, bottom]
    bars = _between_rows(bars, bbox, edges_y)
    ends = sorted((w.x1, i) for i, w in enumerate(words) if inside(w, bbox))  # by right end
    scanned = [w for w in words if w.confidence is not None]  # none on a text-layer page
    grid: list[list[PCell | None]] = [[None] * len(xs) for _ in tops]
    for r, (row, row_texts) in enumerate(zip(cells, texts, strict=True)):
        for c, (box, text) in enumerate(zip(row, row_texts, strict=False)):
            if box is None or grid[r][c] is not None:
                continue
            colspan = max(1, sum(1 for x in xs if box[0] - 0.5 <= x < box[2] - 0.5))
            rowspan = max(1, sum(1 for y in tops if box[1] - 0.5 <= y < box[3] - 0.5))
            text = (text or "").strip()
            if "\n" in text and ends:
                text = _unbroken(text, box, _ending_near(ends, words, box[2]))
            if "\n" in text and bars:
                within = [bar for bar in bars if bar_inside(bar, box)]  # cheap: most have none
                if within:
                    inner = [w for w in words if inside(w, box)]
                    text = fraction_text(box, inner, within) or text
            grid[r][c] = PCell(text, _round(box), rowspan, colspan, confidence=_least(scanned, box))
            for rr in range(r, min(r + rowspan, len(tops))):
                for cc in range(c, min(c + colspan, len(xs))):
                    if (rr, cc) != (r, c):
                        grid[rr][cc] = PCell("", _slot(edges_x, edges_y, rr, cc), covered=True)
    rows = [
        [cell or PCell("", _slot(edges_x, edges_y, r, c)) for c, cell in enumerate(row)]
        for r, row in enumerate(grid)
    ]
    table = PageTable(page, _round(bbox), xs, rows, [page] * len(rows))
    if scanned:
        from .scanned_grid import drop_empty_columns, mend_numbering

        drop_empty_columns(table)
        mend_numbering(table)
    return table


BROKEN_EDGE = 0.55  # word heights: a word cut at the cell's edge leaves less room than a letter
WORDS = frozenset(
    {
        "di", "ke", "dan", "yang", "dari", "untuk", "pada", "dalam", "atau", "dengan", "oleh",
        "bagi", "serta", "melalui", "terhadap", "tentang", "sebagai", "antar", "per", "tahun",
        "kab", "kota", "desa",
    }
)  # fmt: skip
"""Words that open a wrapped line on their own ('Kondusifitas' / 'di Kabupaten'): no piece
of a cut word."""


EDGE_REACH = 12.0  # points: the widest room BROKEN_EDGE leaves, for any font size used


def _ending_near(ends: list[tuple[float, int]], words: Sequence[Word], edge: float) -> list[Word]:
    """The words whose right end lies within EDGE_REACH left of ``edge`` (``ends``: each
    word's right end and index, sorted), found by bisection, not by a scan per cell."""
    start = bisect_right(ends, (edge - EDGE_REACH, -1))
    stop = bisect_right(ends, (edge + 1.0, len(words)))
    return [words[i] for _, i in ends[start:stop]]


def _unbroken(text: str, box: BBox, words: list[Word]) -> str:
    """A word too wide for its narrow column, cut where the column ends ('Persenta' / 'se'
    under a 'Satuan' column): one word again. Only a line that is that one word, running to
    the cell's right edge, with a lower-case piece below it, is joined; a line that wraps at
    a space leaves room or ends a whole word ('Kabupaten' / 'Situbondo')."""
    lines = text.split("\n")
    at_edge = {
        w.text
        for w in words
        if inside(w, box) and box[2] - w.x1 < (BROKEN_EDGE + 0.5) * (w.bottom - w.top)
    }
    out = [lines[0]]
    for line in lines[1:]:
        head = out[-1].strip()
        piece = line.split(" ", 1)[0].strip(".,;:")
        if head in at_edge and head.isalpha() and piece[:1].islower() and piece not in WORDS:
            out[-1] = head + line
        else:
            out.append(line)
    return "\n".join(out)


def _least(words: Sequence[Word], box: BBox) -> float | None:
    """The lowest OCR confidence of the words in ``box``; None when none was read by OCR."""
    found = [w.confidence for w in words if w.confidence is not None and inside(w, box)]
    return min(found) if found else None


def _slot(xs: list[float], ys: list[float], r: int, c: int) -> BBox:
    return _round((xs[c], ys[r], xs[c + 1], ys[r + 1]))


# ---------------------------------------------------------------- borderless tables


def _borderless_tables(page: int, lines: list[Line]) -> list[PageTable]:
    tables: list[PageTable] = []
    i = 0
    while i < len(lines):
        header = _segments(lines[i])
        if len(header) < 3:
            i += 1
            continue
        table, used = _grow_table(page, header, lines[i:])
        if table is None:
            i += 1
            continue
        tables.append(table)
        i += used
    return tables


SIDE_GAP = 4.0  # a gap this many word heights wide parts two blocks written side by side
SIGNING_SPACE = 7.0  # line heights: the blank space left to sign in, inside one block
_SIGNING = re.compile(r"\bNIP\b|\bPIHAK\b|Mengetahui|Menyetujui", re.IGNORECASE)


def _side_by_side(page: int, lines: list[Line]) -> list[PageTable]:
    """Two signature blocks side by side ('PIHAK KEDUA ... PIHAK KESATU ...' on the same
    lines, a wide gap between, each block centred on its own column): a two-column table,
    as a Word file would hold them, so each block reads top to bottom. Only a run of two or
    more such lines that signs (a NIP, PIHAK, Mengetahui) qualifies; else they stay lines."""
    tables: list[PageTable] = []
    i = 0
    while i < len(lines):
        gap = _wide_gap(lines[i])
        if gap is None:
            i += 1
            continue
        low, high = gap  # the boundary between the two columns lies in here
        run = [lines[i]]
        for line in lines[i + 1 :]:
            height = max(line.bottom - line.top, 1.0)
            if line.top - run[-1].bottom > SIGNING_SPACE * height:
                break
            shared = {g: min(high, g[1]) - max(low, g[0]) for g in _wide_gaps(line)}
            across = max(shared, key=shared.__getitem__, default=None)  # the most of it
            if across is not None and shared[across] > 0:
                low, high = max(low, across[0]), min(high, across[1])
            elif not (line.words[-1].x1 < high or line.words[0].x0 > low):
                break
            run.append(line)
        text = " ".join(w.text for line in run for w in line.words)
        if sum(_wide_gap(line) is not None for line in run) < 2 or not _SIGNING.search(text):
            i += 1
            continue
        edge = (low + high) / 2
        rows = [
            [[w for w in line.words if w.x1 <= edge], [w for w in line.words if w.x1 > edge]]
            for line in run
        ]
        left = min(w.x0 for line in run for w in line.words)
        tables.append(_borderless_grid(page, [left, edge], rows))
        i += len(run)
    return tables


def _wide_gap(line: Line) -> tuple[float, float] | None:
    """(end of the first block, start of the second) where exactly one wide gap parts a
    line in two."""
    gaps = _wide_gaps(line)
    return gaps[0] if len(gaps) == 1 else None


def _wide_gaps(line: Line) -> list[tuple[float, float]]:
    """Each gap of SIDE_GAP word heights or more between two words of ``line``. Beside the
    gap between two blocks, a block's own line may have one where a stamp or a signature
    over it hid words from OCR ('KEPALA [DINAS KOMU]NIKASI DAN INFORMATIKA')."""
    return [
        (prev.x1, word.x0)
        for prev, word in zip(line.words, line.words[1:], strict=False)
        if word.x0 - prev.x1 > SIDE_GAP * (word.bottom - word.top)
    ]


def _inside_any(word: Word, tables: list[PageTable]) -> bool:
    return any(inside(word, t.bbox) for t in tables)


def _segments(line: Line) -> list[list[Word]]:
    """Runs of words separated by gaps wider than SEGMENT_GAP word heights."""
    segments: list[list[Word]] = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - prev.x1 > SEGMENT_GAP * (word.bottom - word.top):
            segments.append([])
        segments[-1].append(word)
    return segments


def _grow_table(
    page: int, header: list[list[Word]], lines: list[Line]
) -> tuple[PageTable | None, int]:
    """The table anchored on ``lines[0]`` (its header), and how many lines it takes.

    The table runs until a wide vertical gap or a line of running text. Its columns are the
    gutters no word of it crosses, kept where the header names the column (a header centred
    over its cells, an 'X 100' beside a fraction bar, split nothing). A row starts where the
    first column is filled, where the leftmost filled column of a line was empty on the line
    above (a new kode or indicator under a sasaran), or after a wider gap; other lines
    continue the cells above (wrapped text).
    """
    height = max(w.bottom - w.top for seg in header for w in seg)
    span = header[-1][-1].x1 - header[0][0].x0
    body = [lines[0]]
    for line in lines[1:]:
        if line.top - body[-1].bottom > TABLE_GAP * height or _running_text(line, span):
            break
        body.append(line)
    heading = list(lines[0].words)
    if len(body) > 1 and _header_line(body[1]):
        heading += body[1].words
    starts = _column_starts(body, heading)
    if len(starts) < 3:
        return None, len(body)
    bounds = [float("-inf"), *starts[1:]]
    rows: list[list[list[Word]]] = []
    previous: list[list[Word]] | None = None
    prev_bottom = body[0].top
    for line in body:
        slots: list[list[Word]] = [[] for _ in starts]
        for word in line.words:
            slots[bisect_right(bounds, word.x0) - 1].append(word)
        first = next(c for c, cell in enumerate(slots) if cell)
        new_cell = previous is None or first == 0 or not previous[first]
        if not rows or new_cell or line.top - prev_bottom > ROW_GAP * height:
            rows.append([list(cell) for cell in slots])
        else:
            for cell, extra in zip(rows[-1], slots, strict=True):
                cell.extend(extra)
        previous = slots
        prev_bottom = line.bottom
    filled = sum(1 for row in rows[1:] if sum(1 for cell in row if cell) >= 2)
    if len(rows) < 2 or filled == 0:
        return None, len(body)
    return _borderless_grid(page, starts, rows), len(body)


def _running_text(line: Line, span: float) -> bool:
    """A line of prose: one run of words as wide as most of the table."""
    return any(seg[-1].x1 - seg[0].x0 > RUNNING_TEXT * span for seg in _segments(line))


def _header_line(line: Line) -> bool:
    """The second line of a header ('Indikator' under 'Kode'): words, no numbers."""
    return not any(ch.isdigit() for w in line.words for ch in w.text)


def _column_starts(body: list[Line], heading: list[Word]) -> list[float]:
    """Left edge of each column: the gutters no word crosses, each column named by a header
    word (a run between two gutters with no header word joins the column left of it)."""
    spans = sorted((w.x0, w.x1) for line in body for w in line.words)
    runs: list[list[float]] = []
    for x0, x1 in spans:
        if runs and x0 <= runs[-1][1] + COLUMN_TOLERANCE:
            runs[-1][1] = max(runs[-1][1], x1)
        else:
            runs.append([x0, x1])
    starts: list[float] = []
    for x0, x1 in runs:
        if not starts or any(w.x0 < x1 and w.x1 > x0 for w in heading):
            starts.append(x0)
    return starts


def _borderless_grid(page: int, starts: list[float], rows: list[list[list[Word]]]) -> PageTable:
    words = [w for row in rows for cell in row for w in cell]
    bbox = _round(
        (
            min(w.x0 for w in words),
            min(w.top for w in words),
            max(w.x1 for w in words),
            max(w.bottom for w in words),
        )
    )
    edges = [*starts, bbox[2]]
    grid: list[list[PCell]] = []
    for row in rows:
        top = min(w.top for cell in row for w in cell)
        bottom = max(w.bottom for cell in row for w in cell)
        grid.append(
            [
                PCell(_cell_text(cell), _words_bbox(cell), confidence=least_confidence(cell))
                if cell
                else PCell("", _round((edges[c], top, edges[c + 1], bottom)))
                for c, cell in enumerate(row)
            ]
        )
    return PageTable(page, bbox, starts, grid, [page] * len(grid))


def least_confidence(words: Sequence[Word]) -> float | None:
    """The lowest OCR confidence of ``words``; None for words of a text layer."""
    found = [w.confidence for w in words if w.confidence is not None]
    return min(found) if found else None


def _cell_text(words: list[Word]) -> str:
    lines = group_lines(words)
    return "\n".join(" ".join(w.text for w in line.words) for line in lines).strip()


def _words_bbox(words: list[Word]) -> BBox:
    return _round(
        (
            min(w.x0 for w in words),
            min(w.top for w in words),
            max(w.x1 for w in words),
            max(w.bottom for w in words),
        )
    )


# ---------------------------------------------------------------- order and joining


def _reading_order(
    page: PageData, lines: list[Line], tables: list[PageTable]
) -> list[TextLine | PageTable]:
    """Lines outside the tables and the tables themselves, top to bottom."""
    items: list[tuple[float, int, TextLine | PageTable]] = [(t.bbox[1], 0, t) for t in tables]
    for line in lines:
        words = [w for w in line.words if not _inside_any(w, tables)]
        if not words:
            continue
        text = " ".join(w.text for w in words).strip()
        if text:
            location = Position(
                page=page.number,
                line=line.number,
                bbox=_words_bbox(words),
                confidence=least_confidence(words),
            )
            items.append((line.top, 1, TextLine(text, location)))
    items.sort(key=lambda item: (item[0], item[1]))
    return [item for _, _, item in items]


def inside(word: Word, bbox: BBox) -> bool:
    """Whether ``word``'s centre lies in ``bbox`` (a point of slack each side)."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _continues(
    prev: PageTable, table: PageTable, pages: list[PageData], lines: list[TextLine]
) -> bool:
    """True when ``table`` opens its page and carries on ``prev`` from the page before."""
    last_page = prev.pages[-1]
    if table.page != last_page + 1 or len(table.columns) != len(prev.columns):
        return False
    if any(abs(a - b) > COLUMN_TOLERANCE for a, b in zip(table.columns, prev.columns, strict=True)):
        return False
    before = pages[last_page - 1]
    after = pages[table.page - 1]
    prev_bottom = max(cell.bbox[3] for cell in prev.rows[-1])
    for line in lines:
        loc = line.location
        box = loc.bbox or (0.0, 0.0, 0.0, 0.0)
        footer = box[1] >= before.height * (1 - MARGIN_ZONE)
        if loc.page == last_page and box[1] > prev_bottom and not footer:
            return False
    above = [
        w for w in after.words if w.bottom <= table.bbox[1] and w.top > after.height * MARGIN_ZONE
    ]
    return not above


def _append_rows(table: PageTable, more: PageTable) -> None:
    keep = _repeated_header(table, more)
    table.rows.extend(more.rows[keep:])
    table.pages.extend(more.pages[keep:])


HEADER_ROWS = 6
"""Rows at most of a header repeated at the top of a page."""


def _repeated_header(table: PageTable, more: PageTable) -> int:
    """Rows at the top of ``more`` that repeat ``table``'s header: those equal to its first
    rows, or, where ``table``'s header ends in a row numbering its columns ('(1) (2) ...'),
    every row of ``more`` down to its own such row. OCR reads a repeated header a little
    differently each page ('Bidang' for 'Bidang Urusan'), and a header kept as data rows
    parts a name split over the page break from its row above."""
    keep = 0
    while (
        keep < len(more.rows)
        and keep < len(table.rows)
        and _texts(more.rows[keep]) == _texts(table.rows[keep])
    ):
        keep += 1
    if not any(_numbers_columns(row) for row in table.rows[:HEADER_ROWS]):
        return keep
    for r in range(keep, min(HEADER_ROWS, len(more.rows))):
        if _numbers_columns(more.rows[r]):
            return r + 1
    return keep


def _numbers_columns(row: list[PCell]) -> bool:
    return is_column_number_row([cell.text for cell in row])


def _texts(row: list[PCell]) -> list[tuple[str, bool]]:
    return [(cell.text, cell.covered) for cell in row]


_HYPHEN_WRAP = re.compile(r"(?<=\w)-\n(?=\w)")
"""A compound wrapped after its hyphen inside a cell ('Dana Transfer Umum-' / 'Dana Bagi
Hasil', 'Perundang-' / 'Undangan'): one word, as written."""


def _to_table(path: str, index: int, table: PageTable, preceding: list[str]) -> Table:
    width = max(len(row) for row in table.rows)
    written = sum(len(row) for row in table.rows)
    check_grid(path, msg("error.where-table", index=index), len(table.rows), width, written)
    rows = []
    for r, (row, page) in enumerate(zip(table.rows, table.pages, strict=True), start=1):
        cells = []
        for c in range(1, width + 1):
            pc = row[c - 1] if c <= len(row) else PCell("", row[-1].bbox)
            location = Position(
                page=page, table=index, row=r, column=c, bbox=pc.bbox, confidence=pc.confidence
            )
            text = _HYPHEN_WRAP.sub("-", pc.text) if "-\n" in pc.text else pc.text
            cells.append(Cell(text, location, pc.rowspan, pc.colspan, pc.covered))
        rows.append(cells)
    location = Position(page=table.page, table=index, bbox=table.bbox)
    return Table(index, rows, location, preceding)


def _round(bbox: tuple[float, ...]) -> BBox:
    x0, top, x1, bottom = (round(float(v), 2) for v in bbox)
    return (x0, top, x1, bottom)

"""Ruled tables drawn in a page image: the ruling lines, where they cross, and the cells.

A scanned page has no vector edges for pdfplumber's line strategy, so the rules are found
in the pixels (OpenCV): ink -> horizontal and vertical line masks -> line segments ->
intersections -> cells -> tables. From the segments on, the stages follow pdfplumber's
``table.py`` (``edges_to_intersections``, ``intersections_to_cells``, ``cells_to_tables``)
so a ``Grid`` has the shape ``extract.readers.pdf._page_data`` gives for a born-digital
page, and ``_ruled_table`` finds the same row and column spans in it.

What a scan does to the lines:

- A line is kept where at least ``LINE_SHARE`` of a run along it is ink, not only where
  every pixel is, so a break of a pixel or two (a dry pen, a scanner gap, JPEG) and
  speckle do not cut it; collinear pieces closer than ``JOIN_GAP`` are joined after.
- A line's place is the middle of its stroke, so a thick rule gives the same cells as a
  hairline; a stroke thicker than ``MAX_THICKNESS`` is a filled shape (a stamp, a logo).
- A text underline, a bold heading's top row or a letter's stem is a short segment that
  closes no cell: a cell needs four corners joined by lines.
- A cell's left and right sides are ink from corner to corner. In a row as tight as its
  type, letter stems reach from rule to rule, and the same letter of each line of a
  left-aligned text stacks into a long stroke; both are traced as rules, but paper shows
  between the letter and the rules, or between the lines (a T-C.27 scan traced 45 column
  starts for 25). Such a side does not close a cell: the cell reaches on to the next side.
- Lines that run off the image (a table cut by the scanner's edge) end at an image edge;
  that edge is taken as the missing rule, over the span of the lines that reach it.

All lengths are in inches and turned into pixels with the page's dpi.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

import cv2
import numpy as np

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom: pixels from the image's top left corner (or points, after
``to_points``)."""

LINE_SHARE = 0.8  # share of a run that must be ink to count as a line there
RUN_H = 0.12  # inches: run along a horizontal rule (a short glyph stroke is under it)
RUN_V = 0.08  # inches: run along a vertical rule (shorter: a tight one-line row is ~0.18)
MAX_THICKNESS = 0.06  # inches: a thicker stroke is a filled shape, not a rule
MAX_THICKNESS_H = 0.035  # inches: a thicker horizontal stroke is a line of small bold type
SNAP = 0.02  # inches: parallel lines closer than this are one rule (double borders)
JOIN_GAP = 0.04  # inches: collinear pieces with a smaller gap are one broken rule
MEET = 0.02  # inches: a line ending this short of another still meets it
GAP = 0.007  # inches: a break in a rule's ink where it runs into another (a letter: more)
EDGE = 0.03  # inches: a line ending this near the image edge runs off the page
GLYPH = (0.3, 0.06, 0.25)  # inches, inches, share: see _glyph
MIN_CELL = (0.15, 0.08)  # inches, width and height: a smaller box is inside a letter
SIDE_PLAY = 0.01  # inches either side of a cell's side where its rule's ink is looked for
BROKEN = 0.05  # share of a cell's side that may be blank (a dry pen's breaks)
RULE_LENGTH = 0.75  # inches: a shorter stroke may be the top or foot of a line of letters
A4_SHORT_SIDE = 8.27  # inches: to guess the dpi of an image that does not say


@dataclass(frozen=True, slots=True)
class Grid:
    """One ruled table: its box, and its rows of cell boxes in pdfplumber's shape (one
    entry per column start of the whole table; a cell spanning columns or rows appears
    once, at its top left, and None stands where a spanning cell covers the slot)."""

    bbox: Box
    rows: list[list[Box | None]]


@dataclass(slots=True)
class Segment:
    """A rule: ``at`` across it (y of a horizontal one), ``start``..``end`` along it."""

    at: float
    start: float
    end: float
    thickness: float = 1.0


def find_grids(gray: np.ndarray, dpi: float | None = None) -> list[Grid]:
    """The ruled tables in a greyscale page image (already straightened), top to bottom.

    ``dpi``: the image's resolution; guessed from its short side (an A4 page) when not
    given. A page with no ruled table gives [].
    """
    return trace(gray, dpi)[0]


def trace(gray: np.ndarray, dpi: float | None = None) -> tuple[list[Grid], list[Box]]:
    """``find_grids``'s tables, and the boxes of all the horizontal rules traced on the page,
    top to bottom: a table's row borders, and the short rules inside its cells that close
    no cell (a stacked fraction's rule), which the PDF reader looks at as a text layer's
    horizontal edges (``PageData.bars``)."""
    if gray.ndim != 2:
        raise ValueError(f"a greyscale image has 2 dimensions, not {gray.ndim}")
    px = float(dpi or _guess_dpi(gray.shape))
    ink = _ink(gray)
    across = _line_mask(ink, _odd(RUN_H * px), 1)
    horizontal = _join(_segments(across, 1, px), px)
    vertical = _join(_segments(_line_mask(ink, _odd(RUN_V * px), 0), 0, px), px)
    horizontal = [s for s in horizontal if s.end - s.start >= RUN_H * px]
    letters = ink & (cv2.dilate(across, np.ones((5, 1), np.uint8)) == 0)
    vertical = [s for s in vertical if s.end - s.start >= RUN_V * px]
    vertical = [s for s in vertical if not _glyph(s, letters, px)]
    vertical = [h for h in (_held(s, horizontal, ink, px) for s in vertical) if h.end > h.start]
    height, width = gray.shape
    vertical += _edge_rules(horizontal, width, EDGE * px)
    horizontal += _edge_rules(vertical, height, EDGE * px)
    points = _intersections(horizontal, vertical, MEET * px)
    cells = [c for c in _cells(points, _SideCheck(ink, px)) if _big_enough(c, px)]
    return [_grid(table) for table in _tables(cells)], _rule_boxes(horizontal, px)


def _rule_boxes(horizontal: list[Segment], px: float) -> list[Box]:
    """Each horizontal rule of RULE_LENGTH or more as a box as thick as its stroke, top to
    bottom."""
    boxes = [
        (s.start, s.at - s.thickness / 2, s.end, s.at + s.thickness / 2)
        for s in horizontal
        if s.end - s.start >= RULE_LENGTH * px
    ]
    return sorted(boxes, key=lambda b: (b[1], b[0]))


def to_points(grid: Grid, dpi: float) -> Grid:
    """The same grid in PDF points (72 per inch), as pdfplumber gives a page's tables."""
    rows = [[box_to_points(c, dpi) if c else None for c in row] for row in grid.rows]
    return Grid(box_to_points(grid.bbox, dpi), rows)


def box_to_points(box: Box, dpi: float) -> Box:
    """``box`` (pixels at ``dpi``) in PDF points."""
    scale = 72.0 / dpi
    return (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


def _guess_dpi(shape: tuple[int, ...]) -> float:
    return float(min(max(min(shape) / A4_SHORT_SIDE, 100.0), 600.0))


def _big_enough(cell: Box, px: float) -> bool:
    """A box between the stems and bars of bold letters is narrower than any table cell
    (the narrowest in the samples: 0.24 in wide, 0.10 in high)."""
    return cell[2] - cell[0] >= MIN_CELL[0] * px and cell[3] - cell[1] >= MIN_CELL[1] * px


def _odd(length: float) -> int:
    return max(3, int(length) | 1)


# ---------------------------------------------------------------- pixels to segments


def _ink(gray: np.ndarray) -> np.ndarray:
    """1 where the page is dark (Otsu's threshold: a scan's paper is rarely pure white)."""
    image = gray if gray.dtype == np.uint8 else np.clip(gray, 0, 255).astype(np.uint8)
    _, ink = cv2.threshold(image, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def _line_mask(ink: np.ndarray, run: int, axis: int) -> np.ndarray:
    """Pixels on a line along ``axis`` (1: horizontal, 0: vertical): a run of ``run``
    pixels centred on them is at least LINE_SHARE ink, a pixel counting as ink when it or
    a neighbour across the line is (anti-aliasing and JPEG split a thin rule's ink between
    two pixel rows, each with gaps where the other has ink). The run shrinks each line end by
    (LINE_SHARE - 1/2) * run; growing the core back by as much restores the ends."""
    size = (run, 1) if axis == 1 else (1, run)
    across = np.ones((3, 1) if axis == 1 else (1, 3), np.uint8)
    spread = cv2.dilate(ink, across)  # a thin rule's ink wanders between two pixel rows
    count = cv2.boxFilter(
        spread, cv2.CV_16U, size, normalize=False, borderType=cv2.BORDER_REPLICATE
    )
    core = (count >= math.ceil(LINE_SHARE * run - 1e-6)).astype(np.uint8)
    grow = 2 * round((LINE_SHARE - 0.5) * run) + 1
    kernel = np.ones((1, grow) if axis == 1 else (grow, 1), np.uint8)
    return cv2.dilate(core, kernel)  # type: ignore[no-any-return]


def _segments(mask: np.ndarray, axis: int, px: float) -> list[Segment]:
    """Each connected stroke of a line mask as a segment; its place is its centroid (the
    middle of a thick rule), its thickness its area over its length."""
    count, _, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        length = w if axis == 1 else h
        thickness = area / length
        if thickness > (MAX_THICKNESS_H if axis == 1 else MAX_THICKNESS) * px:
            continue
        if axis == 1:
            out.append(Segment(float(centroids[i][1]) + 0.5, x, x + w, thickness))
        else:
            out.append(Segment(float(centroids[i][0]) + 0.5, y, y + h, thickness))
    return out


def _glyph(s: Segment, letters: np.ndarray, px: float) -> bool:
    """A short vertical stroke with ink beside it over GLYPH[2] of its length, within
    GLYPH[1] of either side: a letter (the bowl of a B, the curl of a parenthesis), which
    in a tight row such as the column numbers '(1) (2) ...' can reach from one rule to
    the next. A rule has paper beside it, but for the rules it crosses (not in
    ``letters``) and the odd letter that touches it."""
    longest, reach, share = GLYPH
    if s.end - s.start >= longest * px:
        return False
    x, half = int(s.at), int(s.thickness / 2 + 1)
    top, bottom = int(s.start), int(s.end)
    near = max(2, int(reach * px))
    left = letters[top:bottom, max(0, x - half - near) : max(0, x - half)]
    right = letters[top:bottom, x + half + 1 : x + half + 1 + near]
    rows = bottom - top
    return any(side.size and side.any(axis=1).sum() > share * rows for side in (left, right))


def _held(s: Segment, horizontal: list[Segment], ink: np.ndarray, px: float) -> Segment:
    """``s`` drawn back from each end that comes within MEET of a horizontal rule without
    ink joining it to that rule, when ``s`` is shorter than GLYPH[0]. A letter's stem in a
    row as tight as its text (a bold header between two rules) is traced from rule to rule,
    since the run that finds a line grows its ends back by a share of its length; but paper
    lies between the letter and the rules, where a rule runs into the rules it meets."""
    meet = MEET * px
    start, end = s.start, s.end
    for h in horizontal:
        if not h.start - meet <= s.at <= h.end + meet:
            continue
        if abs(h.at - s.start) <= meet and not _inked(ink, s, h.at, s.start + meet, px):
            start = max(start, h.at + meet + 1)
        if abs(h.at - s.end) <= meet and not _inked(ink, s, s.end - meet, h.at, px):
            end = min(end, h.at - meet - 1)
    return s if (start, end) == (s.start, s.end) else Segment(s.at, start, end, s.thickness)


def _inked(ink: np.ndarray, s: Segment, top: float, bottom: float, px: float) -> bool:
    """Ink runs from ``top`` to ``bottom`` within ``s``'s stroke (a pixel of play either
    side, for a stroke a little off vertical), with no gap over GAP (a scanner's break)."""
    half = int(s.thickness / 2) + 2
    x = int(s.at)
    band = ink[max(0, int(top)) : int(bottom) + 1, max(0, x - half) : x + half + 1]
    if not band.size:
        return False
    blank = np.flatnonzero(band.any(axis=1) == 0)
    if not blank.size:
        return True
    runs = np.split(blank, np.flatnonzero(np.diff(blank) > 1) + 1)
    return max(len(r) for r in runs) <= max(1, round(GAP * px))


class _SideCheck:
    """Whether a vertical rule's ink runs down a cell's side, from the rule at its top to the
    rule at its foot, within SIDE_PLAY of the rule's place: no break longer than a pixel or
    two (GAP: a scanner's gap, widened by JPEG), and no more of it blank than that or
    BROKEN of its length (a dry pen). A letter in a tight row leaves a break at either end,
    letters stacked down a column of text one per line. Each side is looked at once. Within
    EDGE of the image's edges nothing is asked: a rule there may be the edge itself, or
    drawn on to it (see _edge_rules)."""

    def __init__(self, ink: np.ndarray, px: float) -> None:
        self.ink = ink
        self.play = max(1, round(SIDE_PLAY * px))
        self.gap = max(2, round(GAP * px))  # a pixel or two, at any dpi (JPEG widens one)
        self.edge = math.ceil(EDGE * px)
        self.seen: dict[tuple[float, float, float], bool] = {}

    def __call__(self, x: float, top: float, bottom: float) -> bool:
        key = (x, top, bottom)
        if key not in self.seen:
            height, width = self.ink.shape
            if x <= self.edge or x >= width - self.edge:
                return True
            left = max(0, int(x) - self.play)
            rows = slice(max(self.edge, int(top)), min(height - self.edge, int(bottom) + 1))
            band = self.ink[rows, left : int(x) + self.play + 1]
            self.seen[key] = self._unbroken(np.flatnonzero(band.any(axis=1) == 0), band.shape[0])
        return self.seen[key]

    def _unbroken(self, blank: np.ndarray, length: int) -> bool:
        if not blank.size:
            return True
        runs = np.split(blank, np.flatnonzero(np.diff(blank) > 1) + 1)
        longest = max(len(r) for r in runs)
        return longest <= self.gap and blank.size <= max(self.gap, BROKEN * length)


def _join(segments: list[Segment], px: float) -> list[Segment]:
    """Parallel segments within SNAP of a longer one take its place (so a letter's stem
    beside a rule never drags the rule); on one place, pieces with gaps under JOIN_GAP
    become one segment."""
    places: list[float] = []
    on: dict[float, list[Segment]] = defaultdict(list)
    for s in sorted(segments, key=lambda s: s.start - s.end):  # longest first
        i = bisect_left(places, s.at)
        near = [p for p in places[max(0, i - 1) : i + 1] if abs(p - s.at) <= SNAP * px]
        place = min(near, key=lambda p: abs(p - s.at)) if near else s.at
        if not near:
            insort(places, place)
        on[place].append(s)
    joined: list[Segment] = []
    for place in places:
        current: Segment | None = None
        for s in sorted(on[place], key=lambda s: s.start):
            if current is not None and s.start - current.end <= JOIN_GAP * px:
                current.end = max(current.end, s.end)
                current.thickness = max(current.thickness, s.thickness)
            else:
                current = Segment(place, s.start, s.end, s.thickness)
                joined.append(current)
    return joined


def _edge_rules(across: list[Segment], size: int, reach: float) -> list[Segment]:
    """The image's edges as rules where two or more lines run off them (a table cut by
    the page edge): one rule on each such edge, spanning the lines that reach it, which
    are drawn on to it."""
    rules = []
    for edge in (0.0, float(size)):
        reaching = [s for s in across if abs((s.start if edge == 0 else s.end) - edge) <= reach]
        if len(reaching) < 2:
            continue
        for s in reaching:
            if edge == 0:
                s.start = edge
            else:
                s.end = edge
        places = [s.at for s in reaching]
        rules.append(Segment(edge, min(places), max(places)))
    return rules


# ---------------------------------------------------------------- segments to tables

Point = tuple[float, float]


@dataclass(slots=True)
class Crossing:
    """The horizontal and vertical segments (by index) through one intersection."""

    horizontal: set[int]
    vertical: set[int]


def _intersections(
    horizontal: list[Segment], vertical: list[Segment], meet: float
) -> dict[Point, Crossing]:
    """Where a vertical and a horizontal segment cross or meet within ``meet`` pixels,
    keyed by (x, y); pdfplumber's ``edges_to_intersections``."""
    points: dict[Point, Crossing] = {}
    for iv, v in enumerate(vertical):
        for ih, h in enumerate(horizontal):
            if h.start - meet <= v.at <= h.end + meet and v.start - meet <= h.at <= v.end + meet:
                crossing = points.setdefault((v.at, h.at), Crossing(set(), set()))
                crossing.horizontal.add(ih)
                crossing.vertical.add(iv)
    return points


def _cells(
    points: dict[Point, Crossing], inked: Callable[[float, float, float], bool] | None = None
) -> list[Box]:
    """The smallest box from each intersection whose four corners are intersections joined
    by segments (pdfplumber's ``intersections_to_cells``): a rule that stops short of a
    corner leaves a merged cell, a stub that closes nothing is passed over. ``inked(x, top,
    bottom)``: whether a vertical side is drawn in ink all the way (see _SideCheck); a box
    with a side that is not reaches on to the next side."""
    side = inked or (lambda x, top, bottom: True)
    columns: dict[float, list[Point]] = defaultdict(list)
    rows: dict[float, list[Point]] = defaultdict(list)
    for point in sorted(points):  # so each column and row is in order
        columns[point[0]].append(point)
        rows[point[1]].append(point)

    def joined(a: Point, b: Point) -> bool:
        """On one segment: a vertical one for points above each other, else horizontal."""
        if a[0] == b[0]:
            return bool(points[a].vertical & points[b].vertical)
        return bool(points[a].horizontal & points[b].horizontal)

    def smallest(point: Point) -> Box | None:
        x, y = point
        for down in (p for p in columns[x] if p[1] > y):
            if not joined(point, down):
                continue
            for across in (p for p in rows[y] if p[0] > x):
                corner = (across[0], down[1])
                if (
                    joined(point, across)
                    and corner in points
                    and joined(corner, across)
                    and joined(corner, down)
                    and side(x, y, corner[1])
                    and side(corner[0], y, corner[1])
                ):
                    return (x, y, corner[0], corner[1])
        return None

    return [cell for cell in map(smallest, sorted(points)) if cell is not None]


def _tables(cells: list[Box]) -> list[list[Box]]:
    """Cells sharing corners, as tables of two cells or more, top to bottom
    (pdfplumber's ``cells_to_tables``)."""
    remaining = list(cells)
    tables: list[list[Box]] = []
    while remaining:
        table = [remaining.pop(0)]
        corners = set(_corners(table[0]))
        grew = True
        while grew:
            grew = False
            for cell in list(remaining):
                if corners.intersection(_corners(cell)):
                    table.append(cell)
                    corners.update(_corners(cell))
                    remaining.remove(cell)
                    grew = True
        if len(table) > 1:
            tables.append(table)
    return sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))


def _corners(box: Box) -> tuple[Point, ...]:
    x0, top, x1, bottom = box
    return ((x0, top), (x0, bottom), (x1, top), (x1, bottom))


def _grid(cells: list[Box]) -> Grid:
    """A table's cells in rows by their top, one slot per column start of the whole table
    (pdfplumber's ``Table.rows``)."""
    xs = sorted({c[0] for c in cells})
    rows = []
    for _, row in groupby(sorted(cells, key=lambda c: (c[1], c[0])), key=lambda c: c[1]):
        by_x = {c[0]: c for c in row}
        rows.append([by_x.get(x) for x in xs])
    bbox = (
        min(c[0] for c in cells),
        min(c[1] for c in cells),
        max(c[2] for c in cells),
        max(c[3] for c in cells),
    )
    return Grid(bbox, rows)

"""Find a table's header rows and give each column a role, by meaning, not position.

Stages: ``classify_rows`` (header / year-number / column-number / data) ->
``column_labels`` (header text per column, spans filled from the left) ->
``assign_roles`` (label -> role) -> ``target_columns`` (year index or calendar year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from ..column_numbers import is_column_number_row
from ..memo import CACHE_SIZE
from ..vocabulary import BUDGET, BY_ROLE, SINGLE_ROLES, normalize_label, role_of
from .rupiah import column_scale

__all__ = [
    "BudgetColumn", "Columns", "Layout", "TargetColumn", "detect_layout", "normalize_label",
    "role_of",
]  # fmt: skip

_VALUE_CELL = re.compile(r"^[-+±≥≤<>]?\s*\d")
"""A cell that opens with a number holds a value (bare years in a header aside)."""
_INDICATOR_WORD = re.compile(r"indikator", re.I)
_YEAR_LABEL = re.compile(
    r"^(?:19|20)\d\d\s*(?:\(?(?:k|t|rp\.?|target|kinerja|pagu|anggaran)\)?)?$", re.I
)
"""A header cell that opens with a number: a year, alone or naming its half of a pair
('2026 K' | '2026 Rp')."""
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_INDEX = re.compile(r"^(?:(?:tahun|th\.?|thn\.?)\s*(?:ke\s*-?\s*)?)?(\d{1,2})$", re.I)
_INDEX_IN_LABEL = re.compile(r"(?:ke\s*-?\s*|tahun\s*-?\s*)(\d{1,2})\b", re.I)


@dataclass(frozen=True, slots=True)
class TargetColumn:
    column: int
    """0-based grid column."""
    year_index: int | None
    year: int | None
    relative: int | None = None
    """-1 for 'Target Tahun Sebelumnya', 0 for 'Tahun Ini': the year relative to the one a
    yearly document (an LKjIP) is for."""


@dataclass(frozen=True, slots=True)
class BudgetColumn:
    column: int
    year_index: int | None
    year: int | None
    final: bool
    """The Rp of 'Kondisi Kinerja pada akhir periode', not of one year."""
    scale: int
    """What the header says its numbers are in: 1000 under '(Rp.000)'."""


@dataclass(frozen=True, slots=True)
class Columns:
    """What a table's header rows name, column by column."""

    roles: tuple[str, ...]
    targets: tuple[TargetColumn, ...]
    budgets: tuple[BudgetColumn, ...] = ()
    realizations: tuple[TargetColumn, ...] = ()
    """Realisasi columns, each with the year its header gives."""
    achievements: tuple[TargetColumn, ...] = ()
    """Capaian (%) / rasio columns."""
    budget_realizations: tuple[TargetColumn, ...] = ()
    """Realisasi columns under an Rp sub-header: what was spent of a year's pagu."""
    budget_achievements: tuple[TargetColumn, ...] = ()
    code_parts: tuple[int, ...] = ()
    """The columns a kode is split over (Urusan | Bidang | Program | ...), in order; one
    column where it is not split."""


@dataclass(frozen=True, slots=True)
class Layout:
    """What a table's header says: which rows are header, and each column's role (the
    fields of ``Columns``, which ``detect_layout`` copies over by name)."""

    header_rows: int
    skip_rows: frozenset[int]
    """0-based rows that are neither header nor data (the (1) (2) (3) column-number row)."""
    roles: tuple[str, ...]
    targets: tuple[TargetColumn, ...]
    header_texts: tuple[tuple[str, ...], ...]
    budgets: tuple[BudgetColumn, ...] = ()
    realizations: tuple[TargetColumn, ...] = ()
    achievements: tuple[TargetColumn, ...] = ()
    code_parts: tuple[int, ...] = ()
    budget_realizations: tuple[TargetColumn, ...] = ()
    budget_achievements: tuple[TargetColumn, ...] = ()

    def paired(self, columns: tuple[TargetColumn, ...]) -> dict[int, int]:
        """target position -> grid column of the realisasi (or capaian) column of the same
        year: by calendar year, else by year index, else in order where the counts agree,
        else the target column left of it."""
        if not columns or not self.targets:
            return {}
        pairs: dict[int, int] = {}
        for key in ("year", "year_index"):
            own = {getattr(c, key): c.column for c in columns if getattr(c, key) is not None}
            for k, target in enumerate(self.targets):
                value = getattr(target, key)
                if k not in pairs and value is not None and value in own:
                    pairs[k] = own[value]
        if pairs:
            return pairs
        if len(columns) == len(self.targets):
            return {k: c.column for k, c in enumerate(columns)}
        for column in columns:  # a lone '% Capaian' belongs to the target left of it
            left = [k for k, t in enumerate(self.targets) if t.column < column.column]
            if left and left[-1] not in pairs:
                pairs[left[-1]] = column.column
        return pairs

    @property
    def is_program_table(self) -> bool:
        """Programs and kegiatan with their pagu (a T-C.27, a Renja, a PK's program annex),
        as opposed to a table of indicators that names a program beside them."""
        return "program" in self.roles and bool(self.budgets or self.code_parts)

    def indicator_columns(self) -> tuple[tuple[str, str | None, tuple[int, ...]], ...]:
        """(role, level, indexes of the targets it owns) of each indicator column. Beside an
        'Indikator Tujuan', the 'Indikator Sasaran' measures the sasaran; where the target
        columns fall into two groups, each belongs to the indicator column left of it."""
        everything = tuple(range(len(self.targets)))
        goal = self.column("goal_indicator")
        if goal is None:
            return (("indicator", None, everything),)
        objective = self.roles.index("indicator")
        left, right = sorted((goal, objective))
        between = tuple(i for i, t in enumerate(self.targets) if left < t.column < right)
        after = tuple(i for i, t in enumerate(self.targets) if t.column > right)
        if between and after:
            owned = {left: between, right: after}
        else:
            owned = {left: everything, right: everything}
        return (
            ("goal_indicator", "goal", owned[goal]),
            ("indicator", "objective", owned[objective]),
        )

    def column(self, role: str) -> int | None:
        try:
            return self.roles.index(role)
        except ValueError:
            return None


def _is_year_row(texts: list[str]) -> bool:
    """Year numbers (1..10 or calendar years) under a spanning TARGET cell, leading cells empty."""
    filled = [t for t in texts if t]
    if not filled or texts[0]:
        return False
    return all(_YEAR_INDEX.match(t) or _YEAR.fullmatch(t) for t in filled)


def _is_header_row(texts: list[str]) -> bool:
    """Cells named by meaning, none of them a value: '8,1 tahun' is data, not a 'tahun' label."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or any(_VALUE_CELL.match(t) and not _YEAR_LABEL.match(t) for t in filled):
        return False
    named = sum(1 for t in filled if role_of(t))
    return named >= 2 and named >= 0.5 * len(filled)


def detect_layout(grid: list[list[str]], covered: list[list[bool]]) -> Layout | None:
    """Return the table's layout, or None when it has no recognisable header."""
    header_rows = 0
    skip: set[int] = set()
    for r, texts in enumerate(grid):
        if (
            r == header_rows
            and _is_header_row(texts)
            or header_rows
            and r == header_rows
            and _is_year_row(texts)
        ):
            header_rows += 1
        elif header_rows and is_column_number_row(texts):
            skip.add(r)
        else:
            break
    if not header_rows:
        return None
    headers = tuple(tuple(row) for row in grid[:header_rows])
    header_covered = tuple(tuple(c[: len(headers[0])]) for c in covered[:header_rows])
    columns = header_columns(headers, header_covered)
    if columns is None:
        return None
    roles = columns.roles
    if "note" in roles:
        roles = _numbering_under_a_span(roles, headers, header_covered, grid[header_rows:])
    named = {f.name: getattr(columns, f.name) for f in fields(Columns)}
    return Layout(
        header_rows=header_rows,
        skip_rows=frozenset(skip),
        header_texts=headers,
        **named | {"roles": roles},
    )


_NUMBERING = re.compile(r"^\(?\d{1,3}[.)]?$|^[a-z][.)]$")


def _numbering_under_a_span(
    roles: tuple[str, ...],
    headers: tuple[tuple[str, ...], ...],
    covered: tuple[tuple[bool, ...], ...],
    rows: list[list[str]],
) -> tuple[str, ...]:
    """A header spanning a numbering column and the text it numbers ('INDIKATOR KINERJA
    UTAMA' over '1.' | 'Angka Partisipasi ...'): the role goes to the text, not the numbers.
    So too where the text's header is empty: a scan whose traced rules cut the span in two
    (a rule under the header read as going on up into it) gives the label to the numbers
    alone. Numbers are a column's cells all numbering, or all but a few in a long column
    (OCR read '7.' as 'he')."""
    labels = column_labels(headers, covered)
    out = list(roles)
    for c in range(1, len(out)):
        if out[c] != "note" or out[c - 1] not in SINGLE_ROLES:
            continue
        if labels[c] != labels[c - 1] and labels[c].strip():
            continue
        numbers = [row[c - 1].strip() for row in rows if c - 1 < len(row) and row[c - 1].strip()]
        numbering = sum(bool(_NUMBERING.match(n)) for n in numbers)
        if numbers and numbering >= len(numbers) - len(numbers) // NUMBERING_SLIPS:
            out[c - 1], out[c] = "", out[c - 1]
    return tuple(out)


NUMBERING_SLIPS = 8
"""One cell in this many of a numbering column may be misread and the column still be one."""


@lru_cache(maxsize=CACHE_SIZE)
def header_columns(
    headers: tuple[tuple[str, ...], ...], covered: tuple[tuple[bool, ...], ...]
) -> Columns | None:
    """What each column of a table holds, by its header rows; None when no column holds
    indicators (or, for a PK's 'Program | Anggaran' annex, programs and their pagu). Cached:
    the tables of one template share their header across a batch, and reading the header is
    most of ``detect_layout``'s work."""
    labels = column_labels(headers, covered)
    roles = assign_roles(labels, headers[-1] if len(headers) > 1 else None)
    if "indicator" not in roles and "goal_indicator" in roles:
        roles[roles.index("goal_indicator")] = "indicator"  # alone, it is the indicator column
    if "indicator" not in roles and not ("program" in roles and "budget" in roles):
        return None
    return Columns(
        roles=tuple(roles),
        targets=tuple(target_columns(headers, labels, roles)),
        budgets=tuple(budget_columns(headers, labels, roles)),
        realizations=tuple(_yearly_columns(headers, labels, roles, "realization")),
        achievements=tuple(_yearly_columns(headers, labels, roles, "achievement")),
        code_parts=code_columns(labels, roles),
        budget_realizations=tuple(_yearly_columns(headers, labels, roles, "budget_realization")),
        budget_achievements=tuple(_yearly_columns(headers, labels, roles, "budget_achievement")),
    )


def column_labels(headers: Sequence[Sequence[str]], covered: Sequence[Sequence[bool]]) -> list[str]:
    """Join each column's header texts top to bottom; a spanned (empty or covered) header
    cell takes the text of the cell to its left when the row below names a sub-column. A
    cell covered from above (a header merged down its rows, 'Unit Kerja Penanggung Jawab'
    beside a 'Kondisi Akhir | Target' pair) takes nothing from its left."""
    width = max(len(r) for r in headers)
    original = [list(r) + [""] * (width - len(r)) for r in headers]
    filled = [list(r) for r in original]
    for r in range(len(filled) - 1, -1, -1):  # bottom-up: a filled span lets the one above spread
        row = filled[r]
        below = filled[r + 1] if r + 1 < len(filled) else None
        for c in range(1, width):
            is_covered = r < len(covered) and c < len(covered[r]) and covered[r][c]
            if is_covered and _merged_down(original, covered, r, c):
                continue
            if not row[c] and (is_covered or (below is not None and below[c])):
                row[c] = row[c - 1]
    return [" ".join(t for t in (row[c] for row in filled) if t) for c in range(width)]


def _merged_down(
    original: list[list[str]], covered: Sequence[Sequence[bool]], r: int, c: int
) -> bool:
    """Whether the covered cell (r, c) belongs to a cell above it: the first cell up the
    column that is not covered holds text."""
    for above in range(r - 1, -1, -1):
        if above < len(covered) and c < len(covered[above]) and covered[above][c]:
            continue
        return bool(original[above][c])
    return False


def assign_roles(labels: list[str], sub_header: Sequence[str] | None = None) -> list[str]:
    """Roles by label; under a 'Target | Rp' pair the Rp (pagu) column is a budget. A second
    column of a single role is a note, except a 'Kode Indikator' after a group's 'Kode':
    the indicator's own kode is the one kept."""
    roles: list[str] = []
    first: dict[str, int] = {}  # single role -> the column that holds it
    for c, label in enumerate(labels):
        role = role_of(label)
        sub = sub_header[c] if sub_header is not None and c < len(sub_header) else ""
        own = role_of(sub) if sub.strip() and sub != label else ""
        if role in ("target", "final_target") and BUDGET.search(normalize_label(sub)):
            role = "budget"
        elif role == "target" and own in ("location", "funding_source", "unit", "note"):
            role = own  # 'Lokasi' under a 'Rencana Tahun 2024' span is the lokasi
        elif role in ("realization", "achievement") and BUDGET.search(normalize_label(sub)):
            role = f"budget_{role}"  # the realisasi of a pagu and its rasio (a T-C.24)
        if role in SINGLE_ROLES and role in first:
            if role == "code" and _INDICATOR_WORD.search(label):
                roles[first[role]] = "note"
                first[role] = c
            else:
                role = "note"
        elif role in SINGLE_ROLES:
            first[role] = c
        roles.append(role)
    return roles


def target_columns(
    headers: Sequence[Sequence[str]], labels: list[str], roles: list[str]
) -> list[TargetColumn]:
    """Each target column's year: from the sub-header (1..5, 2023), else from its label."""
    result: list[TargetColumn] = []
    for c, role in enumerate(roles):
        if role != "target":
            continue
        sub = headers[-1][c] if len(headers) > 1 and c < len(headers[-1]) else ""
        year_index, year = _year_of(sub) if sub else (None, None)
        if year_index is None and year is None:
            year_index, year = _year_of(labels[c])
        result.append(TargetColumn(c, year_index, year, _relative(labels[c])))
    if result and all(t.year_index is None and t.year is None for t in result):
        result = [
            TargetColumn(t.column, i, None, t.relative) for i, t in enumerate(result, start=1)
        ]
    return result


_PREVIOUS = re.compile(r"sebelumnya|tahun lalu|\bn\s*-\s*1\b", re.I)
_CURRENT = re.compile(r"tahun ini|tahun berjalan|\bn\b(?!\s*-)", re.I)


def _relative(label: str) -> int | None:
    if _PREVIOUS.search(label):
        return -1
    if _CURRENT.search(label):
        return 0
    return None


def _yearly_columns(
    headers: Sequence[Sequence[str]], labels: list[str], roles: list[str], role: str
) -> list[TargetColumn]:
    """Columns of one role that repeat per year (realisasi, capaian), with the year their
    header gives; a lone column has none (it is the year of the table's one target)."""
    result = []
    for c, own in enumerate(roles):
        if own != role:
            continue
        sub = headers[-1][c] if len(headers) > 1 and c < len(headers[-1]) else ""
        year_index, year = _year_of(sub) if sub else (None, None)
        if year_index is None and year is None:
            year_index, year = _year_of(labels[c])
        result.append(TargetColumn(c, year_index, year))
    return result


_FINAL = re.compile(BY_ROLE["final_target"].pattern)


def budget_columns(
    headers: Sequence[Sequence[str]], labels: list[str], roles: list[str]
) -> list[BudgetColumn]:
    """Each budget column's year (its header's, else the year of the target column left of
    it: the Rp of a Target | Rp pair), whether it is the final one, and its scale (the one
    the table's header writes, where it writes one)."""
    result: list[BudgetColumn] = []
    paired = {t.column: t for t in target_columns(headers, labels, roles)}
    for column in _yearly_columns(headers, labels, roles, "budget"):
        c = column.column
        final = bool(_FINAL.search(normalize_label(labels[c])))
        left = paired.get(c - 1)
        year_index, year = column.year_index, column.year
        if year_index is None and year is None and left is not None and not final:
            year_index, year = left.year_index, left.year
        result.append(BudgetColumn(c, year_index, year, final, column_scale(labels[c])))
    scales = {b.scale for b in result} - {1}
    if len(scales) == 1:  # '(Rp.000)' written once over the yearly pairs holds for all
        scale = scales.pop()
        result = [replace(b, scale=scale) for b in result]
    return result


def code_columns(labels: list[str], roles: list[str]) -> tuple[int, ...]:
    """The kode column and the columns its header spans: 'KODE' merged over 'U | B | P |
    K | SK' (each then labelled 'Kode ...', which ``assign_roles`` turned into notes), or,
    where the merge was lost (a text export), the columns right of it with no header at
    all."""
    if "code" not in roles:
        return ()
    first = roles.index("code")
    parts = [first]
    for c in range(first + 1, len(roles)):
        spanned = roles[c] == "note" and (
            labels[c] == labels[first] or role_of(labels[c]) == "code"
        )
        if not spanned and (roles[c] or labels[c].strip()):
            break
        parts.append(c)
    return tuple(parts)


def _year_of(text: str) -> tuple[int | None, int | None]:
    text = text.strip()
    year = _YEAR.search(text)
    if year:
        return None, int(year.group(1))
    index = _YEAR_INDEX.match(text) or _INDEX_IN_LABEL.search(text)
    if index and 1 <= int(index.group(1)) <= 10:
        return int(index.group(1)), None
    return None, None


def continued_layout(previous: Layout, grid: list[list[str]]) -> Layout | None:
    """The layout of a table that continues the one before it: no header of its own, only
    the column-number row ``(1) (2) (3) ...`` that the first table had, and as many columns
    (a table split in two, in a web page or after a page break). None for any other table."""
    first = next((r for r, row in enumerate(grid) if any(row)), None)
    if first is None or len(grid[first]) != len(previous.roles):
        return None
    if not is_column_number_row(grid[first]):
        return None
    return replace(previous, header_rows=0, skip_rows=frozenset(range(first + 1)))

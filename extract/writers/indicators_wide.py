"""indicators_wide.csv: one row per indicator in the shape e-SAKIP applications and SIPD
scrapers import (see docs/batch.md): sasaran, indicator, satuan, target_awal, target_1 ..
target_N, target_akhir, pagu_1 .. pagu_N, formulasi, sumber_data, penanggung_jawab,
polarity, tahun_awal, tahun_akhir.

N is the batch's: the most year columns of any indicator or program in it, known only at
its end. So each worker hands back ``wide_parts`` (the year cells by their column, 1-based)
and the batch lays them out with ``wide_row`` once it knows N.

Pagu is filled only where the document itself links an indicator to a budget: a
program's (kegiatan's) indicator, whose program row carries the Rp of each year (T-C.27,
Renja, the program annex of a PK). A sasaran indicator of a T-C.25 or an IKU has no such
link in the document, and its pagu stays empty rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple, TypeVar

from renstra.schemas import Budget, Document, Indicator, Program, Target

from .csv_out import _number

WIDE_CSV = "indicators_wide.csv"
HEAD_COLUMNS = [
    "source_path", "doc_type", "organization", "region", "indicator_id", "program_id",
    "kode_program", "tujuan", "kode_sasaran", "sasaran", "kode_indikator", "indikator",
    "satuan", "target_awal",
]  # fmt: skip
TAIL_COLUMNS = [
    "formulasi", "sumber_data", "penanggung_jawab", "polarity", "tahun_awal", "tahun_akhir",
]  # fmt: skip
Year = TypeVar("Year", Target, Budget)
MAX_YEARS = 50
"""Most year columns of the wide shape (a real plan has up to ten): a hostile table with
thousands of target columns would otherwise make thousands of columns in every row, more
than a sheet holds (16,384). Targets beyond it stay in indicators.csv."""
POLARITY = {"higher-is-better": "positif", "lower-is-better": "negatif"}
"""As e-SAKIP applications store it (tren positif / negatif)."""


class WideParts(NamedTuple):
    """One indicator's row before the batch's N is known."""

    head: list[str]
    targets: dict[int, str]
    """target_<i> by i."""
    final: str
    pagu: dict[int, str]
    """pagu_<i> by i: whole rupiah."""
    tail: list[str]

    @property
    def width(self) -> int:
        """The year columns this row needs."""
        return max((*self.targets, *self.pagu), default=0)


def wide_columns(years: int) -> list[str]:
    """The header for a batch whose widest row has ``years`` year columns."""
    targets = [f"target_{i}" for i in range(1, years + 1)]
    pagu = [f"pagu_{i}" for i in range(1, years + 1)]
    return [*HEAD_COLUMNS, *targets, "target_akhir", *pagu, *TAIL_COLUMNS]


def wide_row(parts: WideParts, years: int) -> list[str]:
    slots = range(1, years + 1)
    return [
        *parts.head, *(parts.targets.get(i, "") for i in slots), parts.final,
        *(parts.pagu.get(i, "") for i in slots), *parts.tail,
    ]  # fmt: skip


def wide_parts(document: Document) -> list[WideParts]:
    """The document's indicators, then each program's, as csv_out's indicators.csv orders
    them."""
    parts = [_parts(document, indicator, None) for indicator in document.indicators]
    for program in document.programs:
        parts += [_parts(document, indicator, program) for indicator in program.indicators]
    return parts


def _parts(document: Document, indicator: Indicator, program: Program | None) -> WideParts:
    period = document.period
    start = period.start if period else None
    head = [
        document.source.path, document.doc_type, document.organization.name or "",
        document.organization.region or "", indicator.id, program.id if program else "",
        (program.code or "") if program else "", indicator.goal or "",
        "",  # kode_sasaran: no document in the family writes one that renstra reads
        indicator.objective or "", indicator.code or "", indicator.name, indicator.unit or "",
        value_cell(indicator.baseline),
    ]  # fmt: skip
    by_column = by_slot(indicator.targets)
    targets = {slot: value_cell(target) for slot, target in by_column.items()}
    pagu: dict[int, str] = {}
    if program is not None:  # a budget that gives its year only is in its target's column
        years = {t.year: slot for slot, t in by_column.items() if t.year is not None}
        budgets = by_slot(program.budgets, years).items()
        pagu = {slot: str(b.amount) for slot, b in budgets if b.amount is not None}
    responsible = indicator.responsible or (program.responsible if program else None)
    tail = [
        indicator.formula.raw if indicator.formula else "", indicator.data_source or "",
        responsible or "", POLARITY[indicator.polarity], str(start) if period else "",
        str(period.end) if period else "",
    ]  # fmt: skip
    return WideParts(head, targets, value_cell(indicator.final_target), pagu, tail)


def value_cell(value: Target | None) -> str:
    """A target as e-SAKIP takes it: the number where it is one, else the text as written
    (a range ``69,1-69,5``, a predicate ``WTP``, a change ``Naik 5%``), empty for a
    placeholder (``n/a``, ``-``) or an empty cell."""
    if value is None or value.kind in ("placeholder", "empty"):
        return ""
    if value.kind == "number" and value.value is not None:
        return _number(value.value)
    return value.text


def by_slot(values: Iterable[Year], years: Mapping[int, int] | None = None) -> dict[int, Year]:
    """Each value by its year column (1-based): its position among the year columns where
    the document gives it, else the column of its year in ``years`` (year -> column, from
    the targets beside it), else its order; the first of two in one column; none beyond
    ``MAX_YEARS``."""
    slots: dict[int, Year] = {}
    for position, value in enumerate(values, 1):
        slot = value.year_index
        if slot is None and years and value.year is not None:
            slot = years.get(value.year)
        slot = slot if slot is not None and slot > 0 else position
        if slot <= MAX_YEARS:
            slots.setdefault(slot, value)
    return slots

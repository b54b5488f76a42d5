"""How a document's programs are laid out in its outputs: which year a budget or target is
for, which budget stands beside a target, how deep a row sits, what the top-level rows add
up to, and a Rupiah amount as people write it. Shared by the batch CSVs and both reports.
"""

from __future__ import annotations

from collections.abc import Iterable

from renstra.schemas import LEVEL_ORDER, Budget, Program, Target

from .messages import Lang

YearKey = tuple[int | None, int | None]
"""(calendar year, year index): the year where a value has one, else its column position."""


def year_key(value: Target | Budget) -> YearKey:
    return (value.year, None) if value.year is not None else (None, value.year_index)


def budget_of(budgets: Iterable[Budget], target: Target) -> Budget | None:
    """The budget of the target's year: the same calendar year, else (where one of the two
    has no year) the same column position."""
    budgets = list(budgets)
    if target.year is not None:
        for budget in budgets:
            if budget.year == target.year:
                return budget
    if target.year_index is not None:
        for budget in budgets:
            same_index = budget.year_index == target.year_index
            if same_index and (budget.year is None or target.year is None):
                return budget
    return None


def year_columns(programs: Iterable[Program]) -> list[YearKey]:
    """Every year a program's budget or its indicators' targets is for: calendar years in
    order, then the positions of those that have no year."""
    keys: set[YearKey] = set()
    for program in programs:
        keys.update(year_key(b) for b in program.budgets)
        keys.update(year_key(t) for i in program.indicators for t in i.targets)
    return sorted(keys, key=lambda k: (k[0] is None, k[0] or 0, k[1] or 0))


LEVEL_RANK = {level: rank for rank, level in enumerate(LEVEL_ORDER)}


def depths(programs: list[Program]) -> list[int]:
    """How far each row is indented: by its level (program, kegiatan, sub kegiatan), counted
    from the highest level the rows have; a row without a level by its parent chain; a
    total row not at all."""
    ranks = [LEVEL_RANK[p.level] for p in programs if p.level in LEVEL_RANK]
    top = min(ranks, default=0)
    parent_of = {p.id: p.parent for p in programs}
    out = []
    for program in programs:
        if program.level in LEVEL_RANK:
            out.append(LEVEL_RANK[program.level] - top)
            continue
        depth, seen, parent = 0, {program.id}, program.parent
        while parent is not None and parent in parent_of and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = parent_of[parent]
        out.append(depth)
    return out


def top_level_totals(programs: list[Program]) -> tuple[dict[YearKey, int], int | None]:
    """Per year, the sum of the amounts of the top-level rows; and the sum of their final
    budgets (None where none has one).

    A top-level row of a year is one with an amount for it and no row above it (its parent
    chain) with one: the programs under an urusan or bidang row that carries no amount of
    its own, never a kegiatan inside its program's amount. A written total row (``total``)
    is not added in, nor does it hide the rows it sums."""
    by_id = {p.id: p for p in programs if p.level != "total"}
    amounts = {
        p.id: {year_key(b): b.amount for b in p.budgets if b.amount is not None}
        for p in by_id.values()
    }
    totals: dict[YearKey, int] = {}
    final: int | None = None
    for program in by_id.values():
        above = _ancestors(program, by_id)
        for key, amount in amounts[program.id].items():
            if not any(key in amounts[a.id] for a in above):
                totals[key] = totals.get(key, 0) + amount
        end = _final(program)
        if end is not None and all(_final(a) is None for a in above):
            final = (final or 0) + end
    return totals, final


def _final(program: Program) -> int | None:
    return program.final_budget.amount if program.final_budget is not None else None


def _ancestors(program: Program, by_id: dict[str, Program]) -> list[Program]:
    """The rows above ``program`` by its parent chain (a loop or a missing row ends it)."""
    out: list[Program] = []
    seen = {program.id}
    parent = program.parent
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        out.append(by_id[parent])
        parent = by_id[parent].parent
    return out


def rupiah(amount: int | None, lang: Lang = "id") -> str:
    """``Rp 1.250.000.000``: dots between thousands, as Indonesian documents write it;
    ``Rp 1,250,000,000`` in English; '' for no amount."""
    if amount is None:
        return ""
    digits = f"{abs(amount):,}"
    if lang == "id":
        digits = digits.replace(",", ".")
    return f"-Rp {digits}" if amount < 0 else f"Rp {digits}"

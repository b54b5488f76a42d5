"""``ocr-suspect-number`` on a program's budgets (its rule and texts: checks/ocr.py): an
amount read by OCR with its thousands misgrouped, out of scale with its column or with
its row's other years, or written without marks in a row that does not add up. The
amount itself is never changed; where its marks show how, the finding says what it may be.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from renstra.schemas import Budget, Document, Program

from ..messages import msg
from .budgets import written_form
from .registry import Hit, finding

SCALE = 8.0
"""A number this many times its fellows' median (or that fraction of it) is out of scale:
a lost decimal point makes it ten times, a digit too many ten times or more."""


_GROUPED = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d{1,3})?")
"""A rupiah amount grouped by thousands with one mark, '11,830,000,000' or '808.750', a
decimal part after the other mark allowed ('637.571,904' in thousands); '411,830,000,00'
is not."""
_MARKED = re.compile(r"\d[.,]\d")


def misgrouped(text: str) -> bool:
    """Whether an amount's thousands marks are not every three digits ('411,830,000,00': a
    rule's remains read as a 4 and a digit lost), where a typed amount has them so."""
    core = text.strip().removeprefix("Rp").strip(" .")
    digits = sum(ch.isdigit() for ch in core)
    return digits > 4 and _MARKED.search(core) is not None and not _GROUPED.fullmatch(core)


def suspect_amounts(document: Document) -> Iterator[Hit]:
    """A program's budget (or its realisasi) read by OCR with its thousands misgrouped, out
    of scale with its column, or with its row's other years; one finding each, the first
    that applies."""
    columns = _amount_columns(document)
    suggestion = msg("ocr-suspect-number.suggestion")
    for program in document.programs:
        years = [b for b in program.budgets if _read(b) and (b.amount or 0) > 0]
        for key, budget in _program_amounts(program):
            where = budget.provenance
            if where is None or where.confidence is None:
                continue
            text, name = budget.text, program.name
            if misgrouped(budget.text):
                yield finding(
                    "ocr-suspect-number", "message-grouping", where, suggestion=suggestion,
                    evidence=text, value=text, name=name,
                )  # fmt: skip
                continue
            column = [b.amount for b in columns[key] if b is not budget and b.amount]
            high = _above_column(budget.amount, column)
            if high is not None:
                times, median = high
                meant = _decimal_meant(budget.text, columns[key])
                typical = written_form(median, budget.scale or 1)
                yield finding(
                    "ocr-suspect-number", "message-column-meant" if meant else "message-column",
                    where, suggestion=suggestion, times=times, median=typical,
                    meant=meant or "", evidence=text, value=text, name=name,
                )  # fmt: skip
                continue
            if _unmarked(text) and not _adds_up(program):
                yield finding(
                    "ocr-suspect-number", "message-row-sum", where, suggestion=suggestion,
                    evidence=text, value=text, name=name,
                )  # fmt: skip
                continue
            if key[0] != "year" or not any(b is budget for b in years):
                continue
            fellows = [b.amount for b in years if b is not budget]
            beside = _neighbours_of(years, budget)
            times_row = out_of_scale(budget.amount, list(fellows), beside)
            if times_row is not None:
                yield finding(
                    "ocr-suspect-number", "message-row-amount", where, suggestion=suggestion,
                    times=times_row, others=", ".join(b.text for b in years if b is not budget),
                    evidence=text, value=text, name=name,
                )  # fmt: skip


_UNMARKED = re.compile(r"\d{4,}")
"""An amount of four digits or more with no mark: typed amounts have their thousands marked."""


def _unmarked(text: str) -> bool:
    return _UNMARKED.fullmatch(text.strip()) is not None


def _adds_up(program: Program) -> bool:
    """Whether the program's years add up to its end column; True where it has none, or a
    cell that gives no amount."""
    final = program.final_budget
    amounts = [b.amount for b in program.budgets]
    if final is None or final.amount is None or not amounts or None in amounts:
        return True
    return sum(a for a in amounts if a is not None) == final.amount


COLUMN_SCALE = 200.0
"""An amount this many times its column's median is out of scale: a decimal comma read as a
thousands mark ('637.571,904' as '637.571.904', in thousands) makes it a thousand times
itself; in the samples a column's largest amount (a program's total) is at most 45 times
its median."""
MIN_COLUMN = 3
"""Other amounts a column needs before one is judged against them."""
Column = tuple[str, int | None]


def _program_amounts(program: Program) -> Iterator[tuple[Column, Budget]]:
    """Each amount of a program with the column it stands in: a year's budget, its
    realisasi, the final budget."""
    for budget in program.budgets:
        yield ("year", budget.year_index), budget
        if budget.realization is not None:
            yield ("realisasi", budget.year_index), budget.realization
    if program.final_budget is not None:
        yield ("final", None), program.final_budget


def _amount_columns(document: Document) -> dict[Column, list[Budget]]:
    """The amounts read by OCR of each column, over all the document's programs."""
    columns: dict[Column, list[Budget]] = defaultdict(list)
    for program in document.programs:
        for key, budget in _program_amounts(program):
            if _read(budget) and budget.amount is not None and budget.amount > 0:
                columns[key].append(budget)
    return columns


def _read(budget: Budget) -> bool:
    return budget.provenance is not None and budget.provenance.confidence is not None


def _above_column(amount: int | None, others: list[int]) -> tuple[str, int] | None:
    """(how many times, the median) when ``amount`` is COLUMN_SCALE times the median of its
    column's other amounts or more; None otherwise."""
    if amount is None or amount <= 0 or len(others) < MIN_COLUMN:
        return None
    median = sorted(others)[len(others) // 2]
    if amount < COLUMN_SCALE * median:
        return None
    return f"{round(amount / median):d}", median


_THOUSANDS_DECIMAL = re.compile(r"\d{1,3}(?:([.,])\d{3})+(?!\1)[.,]\d{1,3}")
"""'637.571,904': thousands marked one way, a decimal part after the other mark."""


def _decimal_meant(text: str, column: list[Budget]) -> str | None:
    """``text`` with the decimal mark its column's amounts are written with ('637.571,904'
    for '637.571.904' where others read '400.821,904'): its last mark turned into the
    decimal mark, or, read with no mark at all, one put before its last three digits.
    None where the column shows no decimal part."""
    marks = [m.group(1) for b in column if (m := _THOUSANDS_DECIMAL.fullmatch(b.text.strip()))]
    if not marks:
        return None
    thousands = max(set(marks), key=marks.count)
    decimal = "," if thousands == "." else "."
    core = text.strip()
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}}){{2,}}", core):
        head, _, tail = core.rpartition(thousands)
        return f"{head}{decimal}{tail}"
    if re.fullmatch(r"\d{7,}", core):
        head = f"{int(core[:-3]):,}".replace(",", thousands)
        return f"{head}{decimal}{core[-3:]}"
    return None


def _neighbours_of(years: list[Budget], budget: Budget) -> list[float | None]:
    i = next(k for k, b in enumerate(years) if b is budget)
    return [
        float(b.amount) if b.amount else None for b in (years[i - 1 : i] + years[i + 1 : i + 2])
    ]


def out_of_scale(
    value: float | None, fellows: list[float | None], neighbours: list[float | None]
) -> str | None:
    """'10' (or '1/10') when ``value`` is out of scale both with the median of ``fellows``
    (at least two of them, all positive) and with each number beside it; None otherwise.
    A plan that climbs steeply (5, 25, 50, 100) stays in scale with its neighbours."""
    numbers = sorted(v for v in fellows if v is not None)
    if value is None or value <= 0 or len(numbers) < 2 or numbers[0] <= 0:
        return None
    ratio = value / numbers[len(numbers) // 2]
    beside = [value / v for v in neighbours if v is not None and v > 0]
    if ratio >= SCALE and all(r >= SCALE for r in beside):
        return f"{round(ratio):d}"
    if ratio <= 1 / SCALE and all(r <= 1 / SCALE for r in beside):
        return f"1/{round(1 / ratio):d}"
    return None

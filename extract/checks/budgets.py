"""Rules on the Rupiah budgets of program rows (T-C.27, the Renja's table, a PK's annex).

Amounts are the exact integers of ``Budget.amount`` (``parsers.rupiah``), never floats. A
budget cell belongs to a year: two cells are of the same year when both name the calendar
year and it is the same, else when their year columns are at the same position. A finding's
``indicator_id`` is the program row's id (``t<table>r<row>``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from decimal import Decimal

from pydantic import Field
from renstra.schemas import Budget, Document, Program, RuleOptions, Settings

from ..messages import CATALOGUE, Lang, Msg, msg
from ..program_layout import rupiah
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- shared: which budget cell
    "budgets.year": {"id": "tahun {year}", "en": "year {year}"},
    "budgets.column": {"id": "kolom Rp ke-{column}", "en": "Rp column {column}"},
    "budgets.final": {"id": "akhir periode", "en": "period end"},
    "budgets.cell": {"id": "kolom Rp", "en": "Rp column"},
    # -- budget-sum-mismatch
    "budget-sum-mismatch.description": {
        "id": "Anggaran sebuah program tidak sama dengan jumlah anggaran kegiatannya (atau "
        "kegiatan dengan sub kegiatannya, atau baris jumlah dengan baris yang dijumlahkannya) "
        "pada tahun yang sama, melebihi toleransi pembulatan.",
        "en": "A program's budget is not the sum of its kegiatan's (or a kegiatan's of its sub "
        "kegiatan, or a total row's of the rows it totals) for the same year, beyond the "
        "rounding tolerance.",
    },
    "budget-sum-mismatch.example": {
        "id": "program Rp 1.500.000.000 tahun 2024, kegiatannya Rp 900.000.000 + Rp 500.000.000",
        "en": "a program with Rp 1.500.000.000 for 2024, its kegiatan Rp 900.000.000 + "
        "Rp 500.000.000",
    },
    "budget-sum-mismatch.why": {
        "id": "Pagu program dalam T-C.27, Renja, dan Perjanjian Kinerja adalah jumlah pagu "
        "kegiatan di bawahnya, dan pagu kegiatan adalah jumlah sub kegiatannya; baris jumlah "
        "adalah total seluruh program. Bila angkanya tidak cocok, dokumen bertentangan dengan "
        "dirinya sendiri: pembaca tidak tahu angka mana yang benar, dan aplikasi e-SAKIP atau "
        "SIPD yang menyimpan pagu per tahun akan memuat salah satunya. Karena itu galat. Angka "
        "yang ditulis dalam ribuan dibulatkan per sel, sehingga selisih kecil (bawaan Rp 1.000 "
        "untuk setiap baris yang dijumlahkan) tidak dilaporkan; sel yang kosong atau tidak "
        "terbaca membuat tahun itu tidak diperiksa.",
        "en": "A program's pagu in T-C.27, the Renja and the Perjanjian Kinerja is the sum of its "
        "kegiatan's, and a kegiatan's the sum of its sub kegiatan's; the total row adds up the "
        "programs. When the figures disagree, the document contradicts itself: a reader cannot "
        "tell which figure is right, and e-SAKIP or SIPD, which store a pagu per year, load "
        "one of them. Hence an error. Figures written in thousands are rounded cell by cell, so "
        "a small difference (by default Rp 1,000 for each row summed) is not reported; an empty "
        "or unreadable cell leaves that year unchecked.",
    },
    "budget-sum-mismatch.children": {
        "id": "'{name}' ({when}): anggaran tertulis {written}, tetapi jumlah {count} baris di "
        "bawahnya {computed} (selisih {difference}).",
        "en": "'{name}' ({when}): the budget is written {written}, but the {count} rows under "
        "it sum to {computed} (a difference of {difference}).",
    },
    "budget-sum-mismatch.total": {
        "id": "Baris jumlah '{name}' ({when}) tertulis {written}, tetapi jumlah {count} baris "
        "yang dijumlahkannya {computed} (selisih {difference}).",
        "en": "The total row '{name}' ({when}) is written {written}, but the {count} rows it "
        "totals sum to {computed} (a difference of {difference}).",
    },
    # -- budget-zero-final
    "budget-zero-final.description": {
        "id": "Anggaran Rp 0 pada akhir periode, atau pada tahun yang indikatornya bertarget.",
        "en": "A budget of Rp 0 at the period end, or in a year whose indicators have a target.",
    },
    "budget-zero-final.example": {
        "id": "kegiatan dengan target 100 % di tahun 2025 dan Rp 0 di kolom Rp 2025",
        "en": "a kegiatan with a 100 % target in 2025 and Rp 0 in the 2025 Rp column",
    },
    "budget-zero-final.why": {
        "id": "Target kinerja tanpa dana tidak dapat dicapai, dan kondisi akhir periode "
        "dengan Rp 0 menyatakan program tidak didanai sama sekali selama lima tahun. Angka nol "
        "bisa disengaja (program yang selesai lebih awal, yang juga tidak bertarget lagi), "
        "sehingga ini peringatan, bukan galat; tetapi sering kali nol adalah sel yang belum "
        "diisi dari templat atau rumus lembar kerja yang kehilangan acuannya.",
        "en": "A performance target with no money cannot be met, and a period-end figure of Rp 0 "
        "says the program is funded not at all over the five years. A zero may be deliberate "
        "(a program that ends early, which then has no target either), so this is a warning, "
        "not an error; but a zero is often a template cell never filled in, or a worksheet "
        "formula that lost its reference.",
    },
    "budget-zero-final.message": {
        "id": "'{name}' ({when}): anggaran Rp 0{reason}.",
        "en": "'{name}' ({when}): a budget of Rp 0{reason}.",
    },
    "budget-zero-final.targeted": {
        "id": " padahal indikatornya bertarget '{target}'",
        "en": " though its indicator has the target '{target}'",
    },
    "budget-zero-final.end": {"id": " pada akhir periode", "en": " at the period end"},
    # -- budget-missing
    "budget-missing.description": {
        "id": "Sel anggaran kosong pada akhir periode atau pada tahun yang indikatornya bertarget, "
        "atau baris program tanpa anggaran sama sekali dalam tabel yang memiliki kolom Rp.",
        "en": "A budget cell is empty at the period end or in a year whose indicators have a "
        "target, or a program row has no budget at all in a table with Rp columns.",
    },
    "budget-missing.example": {
        "id": "sub kegiatan dengan target 12 dokumen di tahun 2024 dan sel Rp 2024 kosong",
        "en": "a sub kegiatan with a target of 12 dokumen in 2024 and an empty 2024 Rp cell",
    },
    "budget-missing.why": {
        "id": "Permendagri 86/2017 meminta T-C.27 menyandingkan setiap target dengan pendanaan "
        "indikatifnya, dan Perjanjian Kinerja mencantumkan anggaran setiap program. Sel yang "
        "kosong tidak membedakan pagu yang lupa diisi dari program tanpa dana, dan pagu per tahun "
        "yang disimpan e-SAKIP atau SIPD tetap kosong. Seperti target yang kosong, ini galat. "
        "Tabel tanpa kolom Rp (tidak ada satu pun baris yang beranggaran) tidak diperiksa, "
        "demikian pula baris urusan, bidang, dan baris jumlah, serta baris tanpa jenis, kode, "
        "dan target (sisa sel yang terpotong pergantian halaman); sel berisi '-' dianggap "
        "terisi.",
        "en": "Permendagri 86/2017 has T-C.27 set every target beside its indicative funding, and "
        "a Perjanjian Kinerja lists each program's anggaran. An empty cell cannot tell a "
        "forgotten pagu from a program with no money, and the pagu per year that e-SAKIP or "
        "SIPD store stays empty. Like an empty target, this is an error. A table with no Rp "
        "columns (no row has a budget) is not checked, nor are urusan, bidang and total rows, "
        "nor a row with no level, kode or target (the rest of its cells cut by a page break); "
        "a cell holding '-' counts as written.",
    },
    "budget-missing.targeted": {
        "id": "'{name}' ({when}): sel anggaran kosong padahal indikatornya bertarget '{target}'.",
        "en": "'{name}' ({when}): the budget cell is empty though its indicator has the target "
        "'{target}'.",
    },
    "budget-missing.end": {
        "id": "'{name}': sel anggaran akhir periode kosong.",
        "en": "'{name}': the period-end budget cell is empty.",
    },
    "budget-missing.none": {
        "id": "'{name}' tidak memiliki anggaran di kolom Rp mana pun.",
        "en": "'{name}' has no budget in any Rp column.",
    },
}
CATALOGUE.update(MESSAGES)

BUDGETED_LEVELS = frozenset({"program", "kegiatan", "sub_kegiatan", None})
"""Levels whose rows must carry a budget: urusan and bidang rows are often headings with
empty Rp cells, and a total row is checked by budget-sum-mismatch."""
FINAL = "final"
"""The ``when`` of a period-end budget."""


def written_form(amount: int, scale: int) -> str:
    """The amount as a cell of a column in ``scale`` writes it: ``68.945.785`` for
    Rp 68,945,785,000 in a ``(Rp.000)`` column, ``1.250,5`` where it does not divide."""
    value = Decimal(amount) / scale
    whole, _, fraction = f"{value:,f}".partition(".")
    fraction = fraction.rstrip("0")
    text = whole.replace(",", ".")
    return f"{text},{fraction}" if fraction else text


def same_year(budget: Budget, year: int | None, year_index: int | None) -> bool:
    """Of the same year: the calendar years where both have one, else the column positions;
    the one Rp column of a table with no years (a PK's anggaran) is of the same year as
    any other cell of no year."""
    if year is not None and budget.year is not None:
        return budget.year == year
    return budget.year_index == year_index


def budget_for(program: Program, year: int | None, year_index: int | None) -> Budget | None:
    return next((b for b in program.budgets if same_year(b, year, year_index)), None)


def when_of(
    budget: Budget | None, year: int | None, year_index: int | None, document: Document
) -> Msg:
    """Which budget cell: its year, else its column, else the yearly document's year."""
    if budget is not None and budget.year is not None:
        year = budget.year
    if year is not None:
        return msg("budgets.year", year=year)
    if year_index is not None:
        return msg("budgets.column", column=year_index)
    if document.year is not None:
        return msg("budgets.year", year=document.year)
    return msg("budgets.cell")


def _written(budget: Budget | None) -> bool:
    return budget is not None and (budget.amount is not None or bool(budget.text.strip()))


# -- budget-sum-mismatch


class BudgetSumOptions(RuleOptions):
    tolerance: int = Field(
        1000,
        ge=0,
        description="Rp a written sum may be off by for each row summed (rounding to thousands)",
    )


def summed_rows(programs: Sequence[Program]) -> Iterator[tuple[Program, list[Program], str]]:
    """(row, the rows it is the sum of, 'children' or 'total'): a row with rows under it
    (by ``parent``) sums them; a total row sums the rows of its table above it with the same
    parent (top-level ones for a table's Jumlah), since the previous total among them."""
    children: dict[str, list[Program]] = defaultdict(list)
    for program in programs:
        if program.parent is not None and program.level != "total":
            children[program.parent].append(program)
    for program in programs:
        if program.level != "total" and children.get(program.id):
            yield program, children[program.id], "children"
    since_total: dict[tuple[object, ...], list[Program]] = defaultdict(list)
    for program in programs:
        group = since_total[(program.provenance.table, program.parent)]
        if program.level != "total":
            group.append(program)
        elif group:
            yield program, list(group), "total"
            group.clear()


@rule(
    "budget-sum-mismatch",
    "error",
    tags=("#budget", "#program"),
    options=BudgetSumOptions,
)
def budget_sum_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    lang = settings.lang
    tolerance = BudgetSumOptions.of("budget-sum-mismatch", settings).tolerance
    for row, parts, kind in summed_rows(document.programs):
        for budget in row.budgets:
            found = [budget_for(p, budget.year, budget.year_index) for p in parts]
            when = when_of(budget, budget.year, budget.year_index, document)
            yield from _compare(row, budget, found, when, kind, tolerance, lang)
        if row.final_budget is not None:
            found = [p.final_budget for p in parts]
            yield from _compare(
                row, row.final_budget, found, msg("budgets.final"), kind, tolerance, lang
            )


def _compare(
    row: Program,
    budget: Budget,
    parts: list[Budget | None],
    when: Msg,
    kind: str,
    tolerance: int,
    lang: Lang,
) -> Iterator[Hit]:
    amounts = [p.amount if p is not None else None for p in parts]
    if budget.amount is None or any(a is None for a in amounts):
        return
    computed = sum(a for a in amounts if a is not None)
    difference = budget.amount - computed
    if abs(difference) <= tolerance * len(parts):
        return
    yield finding(
        "budget-sum-mismatch",
        kind,
        budget.provenance or row.provenance,
        indicator_id=row.id,
        suggestion=written_form(computed, budget.scale),
        evidence=budget.text,
        name=row.name,
        when=when,
        written=rupiah(budget.amount, lang),
        count=len(parts),
        computed=rupiah(computed, lang),
        difference=rupiah(difference, lang),
    )


# -- budget-zero-final and budget-missing


def checked_rows(programs: Sequence[Program]) -> Iterator[tuple[Program, bool]]:
    """The rows that must carry a budget, with whether their table has a period-end Rp
    column; rows of a table where no row has a written budget are left out."""
    tables: dict[int | None, list[Program]] = defaultdict(list)
    for program in programs:
        tables[program.provenance.table].append(program)
    for rows in tables.values():
        budgeted = any(_written(b) for p in rows for b in (*p.budgets, p.final_budget))
        if not budgeted:
            continue
        has_final = any(p.final_budget is not None for p in rows)
        for program in rows:
            if program.level in BUDGETED_LEVELS and _known(program):
                yield program, has_final


def _known(program: Program) -> bool:
    """A row renstra knows as a program row: with a level, a kode or a written target. A
    row with none (the rest of a name and indicator cut off by a PDF page break) is not
    asked for a budget."""
    if program.level is not None or program.code:
        return True
    return any(t.kind != "empty" for i in program.indicators for t in i.targets)


def targeted_slots(
    program: Program, document: Document
) -> Iterator[tuple[Budget | None, Msg, str]]:
    """(its budget cell, which year, the target) for each year one of its indicators has a
    target in (a placeholder such as '-' says there is none), each year once."""
    seen: set[tuple[int | None, int | None]] = set()
    for indicator in program.indicators:
        for target in indicator.targets:
            if target.kind in ("empty", "placeholder"):
                continue
            budget = budget_for(program, target.year, target.year_index)
            key = (budget.year, budget.year_index) if budget else (target.year, target.year_index)
            if key in seen:
                continue
            seen.add(key)
            yield budget, when_of(budget, target.year, target.year_index, document), target.text


@rule("budget-zero-final", "warning", tags=("#budget",))
def budget_zero_final(document: Document, settings: Settings) -> Iterator[Hit]:
    for program, has_final in checked_rows(document.programs):
        for budget, when, target in targeted_slots(program, document):
            if budget is not None and budget.amount == 0:
                yield _zero(program, budget, when, msg("budget-zero-final.targeted", target=target))
        final = program.final_budget
        if has_final and final is not None and final.amount == 0:
            yield _zero(program, final, msg("budgets.final"), msg("budget-zero-final.end"))


def _zero(program: Program, budget: Budget, when: Msg, reason: Msg) -> Hit:
    return finding(
        "budget-zero-final",
        "message",
        budget.provenance or program.provenance,
        indicator_id=program.id,
        evidence=budget.text,
        name=program.name,
        when=when,
        reason=reason,
    )


@rule("budget-missing", "error", tags=("#budget",))
def budget_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    for program, has_final in checked_rows(document.programs):
        if not any(_written(b) for b in (*program.budgets, program.final_budget)):
            yield finding(
                "budget-missing",
                "none",
                program.provenance,
                indicator_id=program.id,
                name=program.name,
            )
            continue
        for budget, when, target in targeted_slots(program, document):
            if not _written(budget):
                yield finding(
                    "budget-missing",
                    "targeted",
                    budget.provenance if budget and budget.provenance else program.provenance,
                    indicator_id=program.id,
                    evidence=target,
                    name=program.name,
                    when=when,
                    target=target,
                )
        final = program.final_budget
        if has_final and not _written(final):
            yield finding(
                "budget-missing",
                "end",
                final.provenance if final and final.provenance else program.provenance,
                indicator_id=program.id,
                name=program.name,
            )

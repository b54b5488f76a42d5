"""Program tables -> the fields of each Program: a T-C.27 of a Renstra, a Renja's yearly
table, the 'Program | Anggaran' annex of a Perjanjian Kinerja.

A row that names a program, kegiatan or sub kegiatan (or gives a kode) starts a Program; a
row below it with only an indicator is one more indicator of that program (its name cell
merged down, or left empty in a text export). Budgets are exact integers (``rupiah``), the
column's scale applied. The level comes from the row's own words, else from the kode's
depth; the parent from the kode (the nearest row above whose kode it extends), else from
the levels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex
from renstra.schemas import LEVEL_ORDER, Period, SourceNote

from ..intermediate import Cell, Table
from . import kode, scanned_budgets
from .cells import split_items, split_sub_items
from .columns import BudgetColumn, Layout, TargetColumn
from .coverage import CoverageCount
from .indicators import (
    common_unit,
    group_label,
    indicator_dict,
    optional_target,
    reported_values,
    target_fields,
)
from .page_breaks import join_cut_rows
from .polarity import written_polarity
from .records import Record, table_records
from .rupiah import parse_rupiah
from .values import decimal_separator_of

_RANK = {level: rank for rank, level in enumerate(LEVEL_ORDER)}
"""Coarse to fine: a row falls under the nearest row above of a coarser level."""
_LABELLED = regex.compile(
    r"^\W*(?:(?P<sub_kegiatan>sub\s*-?\s*kegiatan)|(?P<kegiatan>kegiatan)|(?P<program>program)"
    r"|(?P<bidang>bidang\s+urusan)|(?P<urusan>urusan)|(?P<total>jumlah|total|grand\s+total))\b",
    regex.IGNORECASE,
)
_NUMBERED = regex.compile(r"^(?P<number>[0-9]{1,3}(?:\.[0-9]{1,4})*\.?|[a-z][.)]|[0-9]{1,3}\))\s+")
"""A name opened by its numbering ('1. ', 'a) ') or by its kode ('1.02.02 ')."""
_CODE_PART = regex.compile(r"^[0-9]+(?:\.[0-9]+)*\.?$|^[xX]+(?:\.[xX]+)*$")
"""What a kode cell holds ('1', '02', '2.01', 'X.XX'); 'JUMLAH' across them is no kode."""
_INDICATOR_LABEL = regex.compile(
    r"^\s*indikator[^:]{0,60}?\((?:out\s*-?\s*come|output|keluaran|hasil)\)\s*:?\s*",
    regex.IGNORECASE,
)
"""The label a cell may open with: 'Indikator Kinerja Program (Out Come)' above the
indicator, 'Indikator Keluaran Kegiatan (output) :' before it."""
_OPENS_INDICATOR = regex.compile(
    r"^(?:persentase|prosentase|presentase|indeks|jumlah|rasio|angka|nilai|tingkat|cakupan|"
    r"rata-rata|proporsi|skor|tersedianya|terlaksananya|terpenuhinya|meningkatnya|"
    r"menurunnya)\b",
    regex.IGNORECASE,
)
"""The measure word an indicator's name opens with: where a PDF wraps two stacked names,
each line that opens with one starts the next name."""
MAX_TOTAL_WORDS = 4
"""'JUMLAH', 'Total Anggaran Program': longer text opening with 'Jumlah' is a name
('Jumlah dokumen perencanaan ...'), not a total row."""
_CODE_DEPTH = {1: "urusan", 2: "bidang", 3: "program", 5: "kegiatan", 6: "sub_kegiatan"}
"""Permendagri 90/2019: 1 | 1.02 | 1.02.02 | 1.02.02.2.01 | 1.02.02.2.01.0001."""


def program_fields(
    table: Table,
    layout: Layout,
    years: list[int | None],
    yearly: Period | None = None,
    coverage: CoverageCount | None = None,
    mended: list[SourceNote] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every program row of one table, as the fields of a ``Program``; ``years`` holds each
    target column's calendar year where it is known, ``yearly`` the year of a yearly
    document (a PK's 'Anggaran' column is that year's). An ``ocr-mended`` note for each kode
    or budget OCR read that the table's structure put right goes to ``mended``."""
    mended = mended if mended is not None else []
    kodes = _Kodes(layout, mended)
    budget_years = _budget_years(layout, years, yearly)
    rows: list[dict[str, Any]] = []
    bold: list[bool] = []  # each row's name cell, where the format says
    table = joined_over_pages(table, layout)
    for record in table_records(table, layout):
        row = table.rows[record.row]
        heading = _heading(row, _own(record, "program"), kodes.read(row))
        indicator = _own(record, "indicator")
        if heading is None and (indicator is None or not rows):
            _count(coverage, row, read=False)
            continue
        if heading is not None:
            rows.append(_program(table, layout, record, heading, budget_years, mended))
            bold.append(heading.cell.bold)
        if indicator is not None:
            rows[-1]["indicators"].extend(_indicators(table, layout, record, indicator, years))
        _count(coverage, row, read=True)
    _levels_from_bold(rows, bold)
    _link(rows)
    yield from rows


def joined_over_pages(table: Table, layout: Layout) -> Table:
    """The table with each row a PDF page break cut in two made whole again: a row at the
    top of a page with no kode and no value that opens with a digit holds the rest of the
    names, unit, lokasi and sumber dana above it ('Jumlah Orang yang Menerima Gaji' / 'dan
    Tunjangan ASN', '43' / 'Orang/bulan'). Its cells are appended to the row above and it
    is left empty, so every other row keeps its number."""
    if not layout.code_parts:
        return table
    values = {t.column for t in layout.targets} | {b.column for b in layout.budgets}

    def is_rest(row: list[Cell], above: list[Cell]) -> bool:
        codes = any(row[c].text.strip() for c in layout.code_parts if c < len(row))
        numbers = any(row[c].text.strip()[:1].isdigit() for c in values if c < len(row))
        return not codes and not numbers and any(c.text.strip() for c in row)

    return join_cut_rows(table, layout.header_rows + 1, is_rest, " ")  # one line, cut by the page


@dataclass(frozen=True, slots=True)
class Heading:
    """What a row says of the program it starts."""

    name: str
    code: str | None
    level: str | None
    cell: Cell
    """Where the name is written."""


def _heading(row: list[Cell], name_cell: Cell | None, code: str | None) -> Heading | None:
    """The program a row starts: its name (numbering dropped, a kode written before the
    name taken as its kode), kode and level (its own words, else the kode's depth); None for
    a row that continues the program above. A 'JUMLAH' row is the total."""
    first = next((c for c in row if c.text.strip() and not c.covered), None)
    for cell in (name_cell, first):
        if cell is None:
            continue
        name = " ".join(cell.text.split())
        own_code = code
        numbered = _NUMBERED.match(name)
        if numbered is not None:  # '1. Program ...', '1.02.02 Program ...' in one cell
            name = name[numbered.end() :]
            number = numbered["number"].strip(".")
            if own_code is None and "." in number:
                own_code = number
        labelled = _LABELLED.match(name)
        level = next((k for k, v in labelled.groupdict().items() if v), None) if labelled else None
        if level == "total" and (cell is not first or len(name.split()) > MAX_TOTAL_WORDS):
            level = None
        if cell is name_cell or level == "total":
            return Heading(name, own_code, level or _depth(own_code), cell)
    if code is not None and first is not None:
        return Heading(code, code, _depth(code), first)
    return None


def _depth(code: str | None) -> str | None:
    return _CODE_DEPTH.get(code.count(".") + 1) if code else None


def _own(record: Record, role: str) -> Cell | None:
    cell = record.cells.get(role)
    if cell is None or cell.covered or not cell.text.strip():
        return None
    return cell


@dataclass(slots=True)
class _Kodes:
    """Each row's kode, as written, split columns joined with '.' ('1 | 02 | 02' ->
    '1.02.02'); as OCR read it, put back into the nomenclature's shape (see kode.py) with
    a note, a split kode's program parts from the program row above."""

    layout: Layout
    mended: list[SourceNote]
    program: list[str] | None = None
    """The parts of the last program row's kode, where the kode is split."""

    def read(self, row: list[Cell]) -> str | None:
        cells = [row[c] for c in self.layout.code_parts if c < len(row) and not row[c].covered]
        texts = ["".join(cell.text.split()) for cell in cells]
        written = [cell for cell, text in zip(cells, texts, strict=True) if text]
        code = _joined(texts)
        if not any(cell.location.confidence is not None for cell in written):
            return code
        parts = [t.strip(".") if _CODE_PART.match(t) else "" for t in kode.read_parts(texts)]
        if len(cells) == len(self.layout.code_parts) == kode.SPLIT:
            parts = kode.mended_split(parts, self.program)
            self.program = kode.program_parts(parts) or self.program
            kept = _joined(parts)
        else:
            kept = kode.mended(_joined(parts) or "") or None
        if kept != code:
            read = " | ".join(t for t in texts if t)
            self.mended.append(_mended_note(written[0], f"'{read}' -> '{kept}'"))
        return kept


def _joined(texts: list[str]) -> str | None:
    return ".".join(t.strip(".") for t in texts if t and _CODE_PART.match(t)) or None


def _mended_note(cell: Cell, evidence: str) -> SourceNote:
    return SourceNote(code="ocr-mended", location=cell.location.to_location(), evidence=evidence)


def _program(
    table: Table,
    layout: Layout,
    record: Record,
    heading: Heading,
    budget_years: list[tuple[int | None, int | None]],
    mended: list[SourceNote],
) -> dict[str, Any]:
    row = table.rows[record.row]
    budgets = []
    final = None
    for column, (year_index, year) in zip(layout.budgets, budget_years, strict=True):
        cell = row[column.column] if column.column < len(row) else None
        if cell is None or cell.covered:
            continue
        fields = _budget(cell, column, year_index, year)
        _add_spent(fields, row, layout, column)
        if column.final:
            final = fields
        else:
            budgets.append(fields)
    for mend in scanned_budgets.settle(budgets, final):
        evidence = f"'{mend.read}' -> '{mend.cell['text']}'"
        mended.append(
            SourceNote(code="ocr-mended", location=mend.cell["provenance"], evidence=evidence)
        )
    return {
        "id": f"t{table.index}r{record.row + 1}",
        "code": heading.code,
        "level": heading.level,
        "name": heading.name,
        "parent": None,
        "indicators": [],
        "budgets": budgets,
        "final_budget": final,
        "responsible": _text(record, "responsible"),
        "location": _text(record, "location"),
        "funding_source": _text(record, "funding_source"),
        "provenance": heading.cell.location.to_location(),
    }


def _budget(
    cell: Cell, column: BudgetColumn, year_index: int | None, year: int | None
) -> dict[str, Any]:
    text = " ".join(cell.text.split())
    parsed = parse_rupiah(text, column.scale) if text else None
    return {
        "year_index": year_index,
        "year": year,
        "amount": parsed.amount if parsed is not None else None,
        "text": text,
        "scale": column.scale,
        "provenance": cell.location.to_location(),
    }


def _add_spent(
    fields: dict[str, Any], row: list[Cell], layout: Layout, column: BudgetColumn
) -> None:
    """The realisasi of a year's pagu and its rasio, where the table reports them (a T-C.24,
    an E.80): the Rp columns under 'Realisasi' and 'Rasio' of the same year."""
    if column.final or column.year_index is None and column.year is None:
        return
    for key, columns in (
        ("realization", layout.budget_realizations),
        ("achievement", layout.budget_achievements),
    ):
        same = next((c for c in columns if _same_year(c, column)), None)
        cell = row[same.column] if same is not None and same.column < len(row) else None
        if cell is None or cell.covered or not cell.text.strip():
            continue
        if key == "realization":
            fields[key] = _budget(cell, column, None, None)
        else:
            fields[key] = target_fields(cell.text, cell.location, None, None, None)


def _same_year(spent: TargetColumn, column: BudgetColumn) -> bool:
    if spent.year is not None and column.year is not None:
        return spent.year == column.year
    return spent.year_index is not None and spent.year_index == column.year_index


def _budget_years(
    layout: Layout, years: list[int | None], yearly: Period | None
) -> list[tuple[int | None, int | None]]:
    """Each budget column's (year index, calendar year): its own header's, else the year
    of the target column with the same index, else (one budget column in a yearly
    document) the document's year."""
    by_index = {t.year_index: y for t, y in zip(layout.targets, years, strict=True)}
    single = yearly is not None and len([b for b in layout.budgets if not b.final]) == 1
    result: list[tuple[int | None, int | None]] = []
    for budget in layout.budgets:
        year = budget.year if budget.year is not None else by_index.get(budget.year_index)
        index = budget.year_index
        if budget.final:
            year = None
        elif year is None and single and yearly is not None:
            year, index = yearly.start, index or 1
        result.append((index, year))
    return result


def _indicators(
    table: Table, layout: Layout, record: Record, cell: Cell, years: list[int | None]
) -> Iterator[dict[str, Any]]:
    decimal = decimal_separator_of(c.text for c in record.targets)
    reported = reported_values(table, layout, record, decimal)
    targets = [
        target_fields(c.text, c.location, i, years[i - 1], decimal) | reported.get(i - 1, {})
        for i, c in enumerate(record.targets, start=1)
    ]
    common = {
        "goal": group_label(record.group.get("goal")),
        "objective": group_label(record.group.get("objective")),
        "baseline": optional_target(record, "baseline", decimal),
        "final_target": optional_target(record, "final_target", decimal),
        "targets": targets,
        "provenance": cell.location.to_location(),
    }
    text = _INDICATOR_LABEL.sub("", cell.text, count=1)
    stacked = _stacked(text, record.targets)
    names = stacked or split_items(text)
    for k, name in enumerate(names, start=1):
        item = split_sub_items(name)
        own = dict(common)
        if stacked:  # the k-th line of each target cell is this indicator's
            own["targets"] = [
                target_fields(_line(c.text, k - 1), c.location, i, years[i - 1], decimal)
                for i, c in enumerate(record.targets, start=1)
            ]
        unit = _text(record, "unit") or common_unit(own["targets"])  # type: ignore[arg-type]
        suffix = f".{k}" if len(names) > 1 else ""
        yield indicator_dict(
            f"t{table.index}r{record.row + 1}i{suffix}",
            item.name,
            item.sub_items,
            unit,
            written_polarity(_text(record, "polarity")),
            **own,
        )


def _stacked(text: str, targets: tuple[Cell, ...]) -> list[str] | None:
    """The lines of an indicator cell that holds one indicator per line, where every
    written target cell holds as many lines (a Renja's 'Persentase ...' over 'Indeks ...'
    beside '80 %' over '100 %'); None for one indicator wrapped over lines."""
    lines = _lines(text)
    written = [c.text for c in targets if c.text.strip()]
    if len(lines) < 2 or not written:
        return None
    counts = {len(_lines(t)) for t in written}
    if len(counts) != 1:
        return None
    (count,) = counts
    if count == len(lines):
        return lines
    if 1 < count < len(lines):  # names wrapped in a PDF cell: each opens with a measure word
        groups: list[list[str]] = []
        for line in lines:
            if _OPENS_INDICATOR.match(line) or not groups:
                groups.append([line])
            else:
                groups[-1].append(line)
        if len(groups) == count:
            return [" ".join(group) for group in groups]
    return None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _line(text: str, k: int) -> str:
    lines = _lines(text)
    return lines[k] if k < len(lines) else ""


def _text(record: Record, role: str) -> str | None:
    cell = record.cells.get(role)
    text = " ".join(cell.text.split()) if cell is not None else ""
    return text or None


def _levels_from_bold(rows: list[dict[str, Any]], bold: list[bool]) -> None:
    """Where neither the row's words nor a kode give the levels, the format may: a table
    whose unlevelled names are partly bold has its programs in bold and their kegiatan in
    plain type (a Word or Excel T-C.27 without kode)."""
    unlevelled = [k for k, row in enumerate(rows) if row["level"] is None]
    marks = {bold[k] for k in unlevelled}
    if len(marks) < 2:
        return  # all bold or all plain: the type says nothing of the level
    for k in unlevelled:
        rows[k]["level"] = "program" if bold[k] else "kegiatan"


def _link(rows: list[dict[str, Any]]) -> None:
    """Each row's parent: the nearest row above whose kode its own extends, else the
    nearest row above of a coarser level. A total row falls under nothing."""
    for k, row in enumerate(rows):
        if row["level"] == "total":
            continue
        above = rows[k - 1 :: -1] if k else []
        code = row["code"]
        if code:
            parent = next(
                (r for r in above if r["code"] and code.startswith(r["code"] + ".")), None
            )
            if parent is not None:
                row["parent"] = parent["id"]
                continue
        rank = _RANK.get(row["level"])
        if rank is None:
            continue
        parent = next((r for r in above if _RANK.get(r["level"], rank) < rank), None)
        row["parent"] = parent["id"] if parent is not None else None


def _count(coverage: CoverageCount | None, row: list[Cell], *, read: bool) -> None:
    if coverage is not None:
        coverage.program_row([c for c in row if c.text.strip() and not c.covered], read=read)

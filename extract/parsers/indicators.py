"""Records -> the fields of each Indicator: names, sub-items, units, targets, formulas,
provenance."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..intermediate import Cell, Position, Table
from ..vocabulary import (
    BY_ROLE,
    GROUP_HEADING,
    INHERITED_ROLES,
    LABEL_FIELDS,
    TEXT_FIELDS,
    VALUE_FIELDS,
)
from .cells import split_items, split_sub_items
from .columns import Layout
from .coverage import CoverageCount
from .formula import parse_formula
from .free_text import FREE_TEXT_ROLES, cell_fields, worded_formula
from .page_breaks import join_cut_rows
from .polarity import polarity_of, said_polarity, written_polarity
from .records import Record, table_records
from .units import unit_from_name
from .values import DASHES, decimal_separator_of, parse_value


def indicator_fields(
    table: Table,
    layout: Layout,
    years: list[int | None],
    coverage: CoverageCount | None = None,
) -> Iterator[dict[str, Any]]:
    """Every indicator of one table, as the fields of an ``Indicator`` for the Document to
    validate (one pydantic call for them all costs less than a model built for each first).
    ``years`` holds each target column's calendar year where it is known (None where the
    mapping would be a guess)."""
    columns = layout.indicator_columns()
    table = rows_over_pages(table, layout)
    for record in table_records(table, layout):
        found = []
        for role, level, owned in columns:
            cell = record.cells.get(role)
            names = split_items(cell.text) if cell is not None else ()
            if cell is not None and names:
                found.append((cell, names, level, owned))
        if found and all(_is_group_row(record, names) for _, names, _, _ in found):
            if coverage is not None:
                coverage.group_row(found[0][0])
            continue
        if coverage is not None:
            coverage.record(record, sum(len(names) for _, names, _, _ in found))
        if not found:
            continue
        decimal = decimal_separator_of(c.text for c in record.targets)
        reported = reported_values(table, layout, record, decimal)
        # Targets, baseline, final target and sub-items go in as field dicts: the Indicator
        # validates them into models itself, at half the cost of building each model first,
        # and every indicator of a shared cell gets its own Target objects.
        common: dict[str, Any] = {
            "number": record.group.get("number"),
            "formula": parse_formula(_text(record, "formula") or ""),
            **{f.key: group_label(record.group.get(f.role)) for f in LABEL_FIELDS},
            **{f.key: optional_target(record, f.role, decimal) for f in VALUE_FIELDS},
            **{f.key: _text(record, f.role) for f in TEXT_FIELDS},
        }
        _free_text(record, common)
        polarity = written_polarity(_text(record, "polarity")) or said_polarity(
            common["definition"], common["rationale"]
        )
        for cell, names, level, owned in found:
            targets = [
                _target(record.targets[i], n, years[i], decimal) | reported.get(i, {})
                for n, i in enumerate(owned, start=1)
            ]
            written = _text(record, "unit") or common_unit(targets)
            row_id = f"t{table.index}r{record.row + 1}"
            if level == "goal" and len(found) > 1:
                row_id += f"c{cell.location.column}"  # beside the sasaran's indicator
            for k, text in enumerate(names, start=1):
                item = split_sub_items(text)
                suffix = f".{k}" if len(names) > 1 else ""
                yield indicator_dict(
                    row_id + suffix,
                    item.name,
                    item.sub_items,
                    written,
                    polarity,
                    level=level,
                    targets=targets,
                    provenance=cell.location.to_location(),
                    **common,
                )


def rows_over_pages(table: Table, layout: Layout) -> Table:
    """The table with each indicator row a PDF page break cut in two made whole again: a
    row at the top of a page with no number, tujuan, sasaran, indicator name or target of
    its own, under a row that names an indicator, holds the rest of that row's cells (a
    PENJELASAN card whose 'Sumber Data : ...' ran onto the next page). Its cells are
    appended to the row above, line by line, and it is left empty, so every other row keeps
    its number."""
    own = {role for role, _, _ in layout.indicator_columns()} | set(INHERITED_ROLES)
    kept = [c for c, role in enumerate(layout.roles) if role in own]
    kept += [t.column for t in layout.targets]
    names = [layout.column(role) for role, _, _ in layout.indicator_columns()]

    def is_rest(row: list[Cell], above: list[Cell]) -> bool:
        return (
            not any(row[c].text.strip() for c in kept if c < len(row))
            and any(c.text.strip() for c in row)
            and any(above[c].text.strip() for c in names if c is not None and c < len(above))
        )

    return join_cut_rows(table, layout.header_rows + 1, is_rest, "\n")  # the cell's next line


def reported_values(
    table: Table, layout: Layout, record: Record, decimal: str | None
) -> dict[int, dict[str, Any]]:
    """target position -> its ``realization`` and ``achievement`` (an LKjIP's realisasi and
    capaian of the same year), for the cells of this row that hold them."""
    result: dict[int, dict[str, Any]] = {}
    row = table.rows[record.row]
    for key, columns in (
        ("realization", layout.realizations),
        ("achievement", layout.achievements),
    ):
        for position, column in layout.paired(columns).items():
            cell = row[column] if column < len(row) else None
            if cell is not None and cell.text.strip():
                fields = target_fields(cell.text, cell.location, None, None, decimal)
                result.setdefault(position, {})[key] = fields
    return result


def _is_group_row(record: Record, names: Sequence[str]) -> bool:
    """A heading inside the indicator column ('1) Fokus Kesejahteraan', the OPD above its
    indicators): named as a group, and no value, unit or formula of its own."""
    if len(names) != 1 or not GROUP_HEADING.match(names[0]):
        return False
    own = ("unit", "formula", "baseline", "final_target", "data_source", "definition")
    return not any(c.text.strip() for c in record.targets) and not any(
        record.cells[role].text.strip() for role in own if role in record.cells
    )


def _free_text(record: Record, common: dict[str, Any]) -> None:
    """Fill the fields the table has no column for from what its free-text cells say:
    labelled fields inside them, else a formula written in words. A rumus column whose
    cells are such fields ('Alasan Pemilihan Indikator : ... Formulasi Pengukuran : ...',
    under a 'PENJELASAN (Alasan, Formulasi ...)' header) gives its formula from its label."""
    for role in (*FREE_TEXT_ROLES, "formula"):
        cell = record.cells.get(role)
        if cell is None or not cell.text.strip():
            continue
        entries, own = cell_fields(cell)
        if role == "formula" and not entries:
            continue
        for entry in entries:
            field = BY_ROLE[entry.role]
            own_column = entry.role in record.cells and entry.role != role
            if field.attribute is None or own_column or not entry.text:
                continue
            if field.parser == "formula":
                formula = parse_formula(entry.text)
                common["formula"] = formula if role == "formula" else common["formula"] or formula
            elif field.parser == "text" and common.get(field.key) is None:
                common[field.key] = " ".join(entry.text.split())
        if role == "formula":
            if not any(BY_ROLE[e.role].parser == "formula" for e in entries):
                common["formula"] = parse_formula(own) if own else None
            continue
        if entries and role != "note":
            common[role] = own or None
        if common["formula"] is None and "formula" not in record.cells:
            common["formula"] = worded_formula(common.get(role) if role != "note" else cell.text)


def indicator_dict(
    identifier: str,
    name: str,
    sub_items: Sequence[tuple[str, str]],
    unit: str | None,
    polarity: str | None,
    **fields: Any,
) -> dict[str, Any]:
    """An Indicator's fields, with the unit and polarity the document does not write inferred
    from the name and listed in ``inferred``."""
    inferred = []
    if unit is None:
        unit = unit_from_name(name)
        if unit is not None:
            inferred.append("unit")
    if polarity is None:
        polarity = polarity_of(name)
        inferred.append("polarity")
    return {
        "id": identifier,
        "name": name,
        "sub_items": [{"label": label, "name": item} for label, item in sub_items],
        "unit": unit,
        "polarity": polarity,
        "inferred": inferred,
        **fields,
    }


def _text(record: Record, role: str) -> str | None:
    """The row's own cell, whitespace collapsed (an indicator's kode is its own: an empty
    kode cell under a group's kode is no kode of the indicator)."""
    cell = record.cells.get(role)
    text = " ".join(cell.text.split()) if cell is not None else ""
    return text if text and text not in DASHES else None  # '-': no sumber data


def group_label(text: str | None) -> str | None:
    """A tujuan or sasaran as written, its items joined by '; ' (cleaned of bullets)."""
    if not text:
        return None
    items = split_items(text)
    return "; ".join(items) if items else None


def _target(cell: Cell, index: int | None, year: int | None, decimal: str | None) -> dict[str, Any]:
    return target_fields(cell.text, cell.location, index, year, decimal)


def target_fields(
    text: str, location: Position, index: int | None, year: int | None, decimal: str | None
) -> dict[str, Any]:
    """A Target's fields, every one of them set (as the model's ``model_fields_set``)."""
    text = " ".join(text.split())
    parsed = parse_value(text, decimal=decimal)
    return {
        "year_index": index,
        "year": year,
        "value": parsed.value,
        "text": text,
        "unit": parsed.unit,
        "kind": parsed.kind,
        "low": parsed.low,
        "high": parsed.high,
        "provenance": location.to_location(),
    }


def optional_target(record: Record, role: str, decimal: str | None) -> dict[str, Any] | None:
    """A Target's fields for the row's cell of a one-value role (baseline, final target)."""
    cell = record.cells.get(role)
    if cell is None or not cell.text.strip():
        return None
    return _target(cell, None, None, decimal)


def common_unit(targets: list[dict[str, Any]]) -> str | None:
    """The unit every written target carries ('85 %' ... '100 %' -> '%'), else None."""
    units = {t["unit"] for t in targets if t["kind"] in ("number", "range")}
    if len(units) == 1:
        return units.pop()
    return None

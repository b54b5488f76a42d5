"""Table rows -> records: data rows with merged (empty) group cells inherited from above."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..column_numbers import is_column_number_row
from ..intermediate import Cell, Table
from ..vocabulary import INHERITED_ROLES
from .columns import Layout


@dataclass(frozen=True, slots=True)
class Record:
    row: int
    """0-based grid row."""
    cells: dict[str, Cell]
    """The row's own cell for each single role (targets aside)."""
    group: dict[str, str]
    """Inherited group texts (goal, objective, number...) after filling merges."""
    targets: tuple[Cell, ...]


def table_records(table: Table, layout: Layout) -> Iterator[Record]:
    header = set(layout.header_texts)
    carried: dict[str, str] = {}
    target_cols = [t.column for t in layout.targets]
    single = [(c, role) for c, role in enumerate(layout.roles) if role and role != "target"]
    inherited = [role for role in INHERITED_ROLES if role in layout.roles]
    merges_known = any(cell.covered for row in table.rows for cell in row)
    above: dict[str, Cell] = {}  # each role's last cell with text
    for r in range(layout.header_rows, len(table.rows)):
        row = table.rows[r]
        texts = tuple([cell.text for cell in row])
        if r in layout.skip_rows or not any(texts) or texts in header:
            continue
        if is_column_number_row(texts):  # repeated after a page break
            continue
        cells = {role: row[c] for c, role in single}
        continues = bool(inherited) and not any(
            cells[role].text for role in inherited if role in cells
        )
        for role, own in cells.items():
            if role in inherited:
                continue  # groups are carried below, as texts
            if own.text:
                above[role] = own
            elif role in above and (
                own.covered or (not merges_known and continues and role in CONTINUED_ROLES)
            ):
                cells[role] = above[role]  # the merged cell's text, where it was written
        for role in inherited:
            cell = cells.get(role)
            if cell is not None and cell.text:
                carried[role] = cell.text
                _reset_below(carried, role)
        yield Record(
            row=r,
            cells=cells,
            group={role: carried[role] for role in inherited if role in carried},
            targets=tuple([row[c] for c in target_cols]),
        )


CONTINUED_ROLES = ("data_source", "responsible")
"""In a table whose merges were lost (a text file), an empty cell of these roles in a row
that continues its group (no No, tujuan or sasaran of its own) is the merged cell above:
'DINDIKPORA' written once beside the indicators of its sasaran. Where the file keeps its
merges (Word, Excel), only a covered cell takes the text above."""


def _reset_below(carried: dict[str, str], role: str) -> None:
    """A new tujuan starts new sasaran: drop inherited values of finer groups."""
    finer = {"goal": ("objective",), "number": ()}.get(role, ())
    for key in finer:
        carried.pop(key, None)

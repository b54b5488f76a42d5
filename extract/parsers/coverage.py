"""How much of a document's tables became indicators: the counts behind ``Document.coverage``
and the ``no-indicators`` / ``rows-unread`` findings, so that nothing is lost silently."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..intermediate import Cell, Table, TextLine
from ..vocabulary import BY_ROLE, INHERITED_ROLES
from .records import Record

TEXT_LIMIT = 160
"""Characters of a row's or header's text kept to show where it is."""
_GROUP_ROLES = frozenset(INHERITED_ROLES) | {"note"}
"""A row filled only under these (a tujuan row above its sasaran) is a group row, not a
lost indicator."""


@dataclass(slots=True)
class CoverageCount:
    tables_seen: int = 0
    tables_read: int = 0
    rows_seen: int = 0
    rows_read: int = 0
    fields_seen: int = 0
    fields_read: int = 0
    unread_tables: list[dict[str, Any]] = field(default_factory=list)
    unread_rows: list[dict[str, Any]] = field(default_factory=list)
    group_rows: list[TextLine] = field(default_factory=list)
    """Rows that only name a group ('ASPEK ...', the OPD above its indicators): not lost,
    and where an OPD may be named when the text names none."""

    def table_without_indicators(self, table: Table) -> None:
        """A table with no indicator column: kept with its first rows when it holds text."""
        self.tables_seen += 1
        rows = [" | ".join(c.text for c in row if c.text and not c.covered) for row in table.rows]
        text = " / ".join(r for r in rows[:2] if r)
        if text:
            self.unread_tables.append(
                {"location": table.location.to_location(), "text": shorten(text)}
            )

    def table_read(self, produced: int) -> None:
        self.tables_seen += 1
        self.tables_read += produced > 0

    def group_row(self, cell: Cell) -> None:
        self.group_rows.append(TextLine(" ".join(cell.text.split()), cell.location))

    def record(self, record: Record, produced: int) -> None:
        """One data row and the number of indicators it gave."""
        filled = [
            (role, cell)
            for role, cell in record.cells.items()
            if cell.text.strip() and BY_ROLE[role].attribute is not None
        ]
        values = [cell for cell in record.targets if cell.text.strip()]
        seen = len(filled) + len(values)
        if not seen:
            return
        self.rows_seen += 1
        self.fields_seen += seen
        if produced:
            self.rows_read += 1
            self.fields_read += seen
            return
        if all(role in _GROUP_ROLES for role, _ in filled) and not values:
            self.rows_seen -= 1  # a group row (a tujuan above its sasaran), not a lost one
            self.fields_seen -= seen
            return
        cells = [cell for _, cell in filled] + values
        first = min(cells, key=lambda c: c.location.column or 0)
        self.unread_rows.append(
            {
                "location": first.location.to_location(),
                "text": shorten(" | ".join(c.text for c in cells)),
            }
        )

    def program_row(self, cells: list[Cell], *, read: bool) -> None:
        """One data row of a program table, with its filled cells, and whether it gave a
        program or one of its indicators."""
        if not cells:
            return
        self.rows_seen += 1
        self.fields_seen += len(cells)
        if read:
            self.rows_read += 1
            self.fields_read += len(cells)
            return
        self.unread_rows.append(
            {
                "location": cells[0].location.to_location(),
                "text": shorten(" | ".join(c.text for c in cells)),
            }
        )

    def form_card(self, fields: int) -> None:
        """One card of a form or list read into an indicator, with its filled fields."""
        self.rows_seen += 1
        self.rows_read += 1
        self.fields_seen += fields
        self.fields_read += fields

    def as_dict(self) -> dict[str, Any]:
        """The fields of the Document's Coverage."""
        return {
            name: getattr(self, name)
            for name in self.__slots__  # type: ignore[attr-defined]
            if name != "group_rows"
        }


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"

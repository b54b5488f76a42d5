"""Say where a SourceLocation is, in words a steward can follow."""

from __future__ import annotations

from renstra.schemas import SourceLocation


def describe(location: SourceLocation) -> str:
    parts: list[str] = []
    if location.sheet:
        parts.append(f"sheet {location.sheet}")
    if location.cell:
        parts.append(f"cell {location.cell}")
    if location.page is not None:
        parts.append(f"page {location.page}")
    if location.line is not None:
        parts.append(f"line {location.line}")
    if location.table is not None:
        parts.append(f"table {location.table}")
    if location.row is not None and not location.cell:
        parts.append(f"row {location.row}")
    if location.column is not None and not location.cell:
        parts.append(f"col {location.column}")
    return ", ".join(parts) or "document"

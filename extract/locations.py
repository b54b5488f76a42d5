"""Say where a SourceLocation is, in words a steward can follow, in their language."""

from __future__ import annotations

from renstra.schemas import SourceLocation

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "sheet": "lembar",
        "cell": "sel",
        "page": "hlm.",
        "line": "baris",
        "table": "tabel",
        "row": "baris tabel",
        "column": "kolom",
        "document": "seluruh dokumen",
    },
    "en": {
        "sheet": "sheet",
        "cell": "cell",
        "page": "page",
        "line": "line",
        "table": "table",
        "row": "row",
        "column": "col",
        "document": "document",
    },
}


def describe(location: SourceLocation, lang: str = "en") -> str:
    """'line 25, table 1, row 6, col 2'; a workbook cell replaces row and column."""
    words = WORDS[lang]
    parts: list[str] = []
    if location.sheet:
        parts.append(f"{words['sheet']} {location.sheet}")
    if location.cell:
        parts.append(f"{words['cell']} {location.cell}")
    names = ["page", "line", "table"] + ([] if location.cell else ["row", "column"])
    for name in names:
        value = getattr(location, name)
        if value is not None:
            parts.append(f"{words[name]} {value}")
    return ", ".join(parts) or words["document"]

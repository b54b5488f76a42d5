"""Target cells as a workbook holds them: a number with a number format where the document
wrote one number, the text as written otherwise (a range ``69,1-69,5``, ``BB``, ``n/a``).

A number format code is not Indonesian or English: ``#,##0.0`` is drawn with the separators
of the reader's locale, ``1.250,5`` in Excel or LibreOffice set to Indonesian and
``1,250.5`` in English, and the cell stays a number a formula can sum. The format shows as
many decimals as the value has (at most four), so ``76,5`` is not shown as ``77``.
"""

from __future__ import annotations

from typing import Any

from renstra.schemas import Target

MAX_DECIMALS = 4
INTEGER_FORMAT = "#,##0"


def target_value(target: Target) -> float | int | str | None:
    """A number where the cell holds one (kept as int when whole), else the text as written."""
    if target.kind == "empty" or not target.text.strip():
        return None
    if target.kind == "number" and target.value is not None:
        return int(target.value) if target.value.is_integer() else target.value
    return target.text


def number_format(value: float | int) -> str:
    """``#,##0`` for a whole number, ``#,##0.0…`` with the value's own decimals otherwise."""
    if isinstance(value, int) or float(value).is_integer():
        return INTEGER_FORMAT
    for decimals in range(1, MAX_DECIMALS + 1):
        if round(value, decimals) == value:
            break
    return f"{INTEGER_FORMAT}.{'0' * decimals}"


def plain_number(text: str | None) -> int | str | None:
    """A ``No`` cell as a number where it is a whole number (``1``, ``12``); ``1.a``, ``I``
    and ``1)`` stay text."""
    if text is None:
        return None
    stripped = text.strip().rstrip(".")
    return int(stripped) if stripped.isdigit() and len(stripped) < 6 else text


def format_number(cell: Any) -> None:
    """Give ``cell`` the number format of its value where that is a number."""
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.number_format = number_format(value)

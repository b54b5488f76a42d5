"""The two ways the batch CSVs can be written: ``rfc4180`` (the default: ``,`` between
cells, ``.`` in numbers, as pandas, R, DuckDB and every parser read by default) and ``id``
(``;`` between cells and a decimal comma in the number columns, as Excel and LibreOffice set
to Indonesian read a CSV on opening it: with the default, every decimal target opens
there as text, and its sums come out wrong without a warning).

Both are UTF-8 with a byte-order mark and CRLF line ends. In ``id`` only the number
columns (``column_kinds``: ``decimal``) change: a target as written (``target_text``) stays
exactly as the document wrote it, ``1.250`` or ``69,1-69,5``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Sequence

from .spreadsheet import inert

DELIMITERS: dict[str, str] = {"rfc4180": ",", "id": ";"}
"""By dialect (``Settings.csv_dialect``): the cell separator."""
_POINT_NUMBER = re.compile(r"-?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?")
"""A number as csv_out writes it (``repr`` of a float) that has a decimal point."""


def csv_bytes(
    rows: Iterable[Sequence[object]],
    dialect: str = "rfc4180",
    decimals: Collection[int] = (),
) -> bytes:
    """Rows as csv.writer writes them (CRLF), in UTF-8, each cell that a spreadsheet would
    run as a formula made inert (see spreadsheet); in the ``id`` dialect ``;`` between
    cells and a decimal comma in the cells at ``decimals`` that hold a number."""
    text = io.StringIO()
    if dialect == "rfc4180":
        csv.writer(text).writerows([inert(cell) for cell in row] for row in rows)
    else:
        writer = csv.writer(text, delimiter=DELIMITERS[dialect])
        writer.writerows(
            [decimal_comma(cell) if i in decimals else inert(cell) for i, cell in enumerate(row)]
            for row in rows
        )
    return text.getvalue().encode("utf-8")


def decimal_comma(cell: object) -> object:
    """``9.55`` as ``9,55``; anything that is not such a number as it is (made inert)."""
    if isinstance(cell, float):
        cell = repr(cell)
    if isinstance(cell, str) and _POINT_NUMBER.fullmatch(cell):
        return cell.replace(".", ",")
    return inert(cell)

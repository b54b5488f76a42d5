"""`renstra report --format workbook`: each document back in its standard layout, as a
workbook the OPD corrects and sends again.

A Renstra becomes the table T-C.25 (workbook_tc25), an IKU the IKU matrix (workbook_iku);
the layout is chosen by the document's kind in ``LAYOUTS``. Documents of other kinds (PK,
Renja, LKjIP) and documents without indicators have no standard table here and are left
out (the caller says which).

Two ways to receive them, from the same sheets:
- ``render_workbooks``: one workbook per document, named after its input (as the JSON
  outputs are: ``renstra_metro_timur.xlsx``), the file to send back to the OPD that wrote
  it: it holds that OPD's table and nothing of another's;
- ``render_workbook``: one workbook with a sheet per document, for a steward who reviews a
  batch in one file.
Cells a finding concerns are filled by its severity and carry its message as a comment, so
the OPD sees what to correct. Headers are the regulation's Indonesian ones whatever
``--lang`` says (the table is resubmitted in that form); the note under the table, the
comments and the page footer follow ``--lang``.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from renstra.schemas import Document, Lang

from .workbook_iku import iku_sheet
from .workbook_tc25 import tc25_sheet

if TYPE_CHECKING:
    from .result import FileResult

Layout = Callable[[Any, Document, Lang], None]
LAYOUTS: dict[str, Layout] = {"renstra": tc25_sheet, "iku": iku_sheet}
"""Document kind -> the function that writes its standard table on a sheet."""
SHEET_NAME_CHARS = 31
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\']")


def has_layout(document: Document | None) -> bool:
    return document is not None and document.doc_type in LAYOUTS and bool(document.indicators)


def render_workbooks(results: list[FileResult], *, lang: Lang = "id") -> dict[str, bytes]:
    """Relative file name -> workbook, one per document that has a standard layout."""
    from .writers.json_out import output_names

    laid = [r for r in results if has_layout(r.document)]
    names = output_names([r.input for r in laid])
    out: dict[str, bytes] = {}
    for result in laid:
        assert result.document is not None
        name = names[result.input.path]
        out[name.removesuffix(".json") + ".xlsx"] = render_workbook([result.document], lang=lang)
    return out


def render_workbook(documents: list[Document], *, lang: Lang = "id") -> bytes:
    """One workbook, a sheet per document that has a standard layout (in the given order)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for document in documents:
        if not has_layout(document):
            continue
        sheet = workbook.create_sheet(sheet_name(document, taken))
        LAYOUTS[document.doc_type](sheet, document, lang)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_name(document: Document, taken: set[str]) -> str:
    """The input's file name without its extension, cut to Excel's 31 characters, without
    the characters a sheet name cannot hold, and distinct (casefolded) from ``taken``."""
    stem = os.path.splitext(os.path.basename(document.source.path))[0]
    stem = _NOT_IN_SHEET_NAME.sub("_", stem).strip() or document.doc_type
    name, number = stem[:SHEET_NAME_CHARS], 1
    while name.casefold() in taken:
        number += 1
        suffix = f"~{number}"
        name = stem[: SHEET_NAME_CHARS - len(suffix)] + suffix
    taken.add(name.casefold())
    return name

"""``datapackage.json``: a Frictionless Data Package that describes the batch CSVs.

Built from the column lists the CSV writer declares (``csv_out.CSV_COLUMNS``) and what
``column_docs`` says of each column, so the two cannot drift: a column without a line in
``column_docs`` raises here (and fails the tests) instead of leaving a field out.

What the package declares follows what ``csv_out`` writes: an empty cell is the only
missing value (``n/a`` written in a document is text, never missing), ``final`` is
``true``/``false``, numbers use a dot, whole rupiah are integers. Every table's
``source_path`` is a foreign key into ``documents.csv``. The links inside one document
(``indicators.program_id``, ``programs.parent``, ``findings.indicator_id``) are joined on
``source_path`` and that id; they are not declared as foreign keys, because Table Schema
reads a composite key with one empty part (a document's own indicator has no program) as
a broken link.

``indicators_wide.csv`` is as wide as its batch needs (``target_1`` ... ``target_N``), so
its resource is added per batch (``wide_years``): the published package
(``renstra schema --kind datapackage``) holds the four tables every batch shares, and the
``datapackage.json`` a batch writes is that package with ``indicators_wide`` last.
"""

from __future__ import annotations

import json
from typing import Any

from .column_docs import DOCUMENTS, TABLES, WIDE, Column, Table
from .csv_out import CSV_COLUMNS
from .indicators_wide import WIDE_CSV, wide_columns

PANDAS_DTYPES = {"integer": "Int64", "year": "Int64", "number": "Float64", "boolean": "boolean"}
"""The pandas dtype that reads each Table Schema type right (nullable: empty is <NA>);
every other column is text. The recipe in docs/batch.md writes this mapping out."""


class UndescribedColumn(KeyError):
    """A CSV column that column_docs does not describe."""


def column_of(table: Table, name: str) -> Column:
    column = table.column(name)
    if column is None:
        raise UndescribedColumn(f"{table.name}.csv: column {name!r} has no entry in column_docs")
    return column


def _field(table: Table, name: str, decimal_char: str) -> dict[str, Any]:
    column = column_of(table, name)
    field: dict[str, Any] = {"name": name, "type": column.type, "description": column.description}
    if column.type == "number" and decimal_char != ".":
        field["decimalChar"] = decimal_char
    if column.type == "boolean":
        field["trueValues"], field["falseValues"] = ["true"], ["false"]
    if column.enum:
        field["constraints"] = {"enum": list(column.enum)}
    return field


def _resource(
    path: str, table: Table, columns: list[str], delimiter: str, decimal_char: str
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(table, name, decimal_char) for name in columns],
        "missingValues": [""],
    }
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table is not DOCUMENTS and "source_path" in columns:
        reference = {"resource": DOCUMENTS.name, "fields": ["source_path"]}
        schema["foreignKeys"] = [{"fields": ["source_path"], "reference": reference}]
    return {
        "name": table.name,
        "path": path,
        "profile": "tabular-data-resource",
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {
            "delimiter": delimiter,
            "lineTerminator": "\r\n",
            "quoteChar": '"',
            "doubleQuote": True,
            "header": True,
        },
        "schema": schema,
    }


def package_descriptor(
    *, delimiter: str = ",", decimal_char: str = ".", wide_years: int | None = None
) -> dict[str, Any]:
    """The descriptor of the CSVs of one batch, as written with this delimiter and decimal
    mark; with ``wide_years`` (the batch's year columns) indicators_wide.csv too. It holds
    nothing else of the run (no date, no hashes)."""
    resources = [
        _resource(path, table, CSV_COLUMNS[path], delimiter, decimal_char)
        for path, table in TABLES.items()
    ]
    if wide_years is not None:
        columns = wide_columns(wide_years)
        resources.append(_resource(WIDE_CSV, WIDE, columns, delimiter, decimal_char))
    return {
        "profile": "tabular-data-package",
        "name": "renstra-batch",
        "title": "renstra extract: indicators, programs and findings of a batch",
        "description": (
            "Long-form tables of the planning documents one `renstra extract` read; each "
            "document's full JSON lies beside them. Empty cells are absent values."
        ),
        "resources": resources,
    }


def package_json(
    *, delimiter: str = ",", decimal_char: str = ".", wide_years: int | None = None
) -> bytes:
    descriptor = package_descriptor(
        delimiter=delimiter, decimal_char=decimal_char, wide_years=wide_years
    )
    return (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def columns_markdown(path: str) -> str:
    """The column table of one CSV as docs/batch.md shows it (the wide file's numbered
    columns once each, as ``target_<n>``)."""
    if path == WIDE_CSV:
        table, names = WIDE, wide_columns(1)
    else:
        table, names = TABLES[path], CSV_COLUMNS[path]
    lines = ["| column | type | description |", "| --- | --- | --- |"]
    for name in names:
        column = column_of(table, name)
        if name in ("target_1", "pagu_1"):
            name = name.replace("1", "<n>")
        text = column.description
        if column.enum:
            text += " One of " + ", ".join(f"`{value}`" for value in column.enum) + "."
        lines.append(f"| `{name}` | {column.type} | {text} |")
    return "\n".join(lines) + "\n"

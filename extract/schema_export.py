"""The published schemas, generated from the pydantic models (and the column docs)."""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel
from renstra.schemas import SCHEMA_VERSION, Document, Report, Summary

SchemaKind = Literal["document", "report", "summary", "datapackage"]
MODELS: dict[str, type[BaseModel]] = {"document": Document, "report": Report, "summary": Summary}
"""What each JSON Schema describes: one Document per input, the `check --format json`
report, the batch's summary.json."""
COMMITTED = {
    "document": "document.schema.json",
    "report": "report.schema.json",
    "summary": "summary.schema.json",
    "datapackage": "datapackage.json",
}
"""Where each is committed under schemas/ (tests hold them equal to what is printed)."""


def schema_json(kind: SchemaKind = "document") -> str:
    """The JSON Schema of ``kind``; for ``datapackage`` the Data Package descriptor every
    `renstra extract` writes beside its CSVs."""
    if kind == "datapackage":
        from .writers.datapackage import package_json

        return package_json().decode("utf-8")
    schema = MODELS[kind].model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://renstra.invalid/schemas/{kind}-{SCHEMA_VERSION}.schema.json",
        "version": SCHEMA_VERSION,
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"

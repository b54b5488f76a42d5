"""The published JSON Schema, generated from the pydantic models."""

from __future__ import annotations

import json

from renstra.schemas import SCHEMA_VERSION, Document

SCHEMA_ID = f"https://renstra.invalid/schemas/document-{SCHEMA_VERSION}.schema.json"


def schema_json() -> str:
    schema = Document.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"

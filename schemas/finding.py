"""A checker finding, as a data steward reads it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .location import SourceLocation

Severity = Literal["error", "warning", "info"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    severity: Severity
    message: str
    location: SourceLocation
    indicator_id: str | None = None
    suggestion: str | None = None

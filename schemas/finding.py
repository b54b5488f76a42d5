"""A checker finding, as a data steward reads it, and a fix applied by `renstra fix`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .location import SourceLocation

Severity = Literal["error", "warning", "info"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    severity: Severity
    message: str = Field(description="what is wrong here, in the run's language")
    location: SourceLocation
    indicator_id: str | None = None
    suggestion: str | None = None
    description: str | None = Field(None, description="the rule's general one-line description")
    tags: list[str] = Field(default_factory=list, description="the rule's tags, e.g. '#unit'")
    evidence: str | None = Field(
        None, description="the offending text as written, e.g. '2021-2126' or 'Presentase'"
    )
    fingerprint: str | None = Field(
        None,
        description="stable across line shifts and languages: rule, indicator name, evidence, "
        "sheet and column (see renstra.extract.baseline)",
    )


class Fix(BaseModel):
    """One change `renstra fix` made to the extracted document (never to the source file)."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    path: str = Field(description="the changed field, e.g. 'indicators[3].name'")
    old: str | None = Field(description="the value before; null where there was none")
    new: str | None

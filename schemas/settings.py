"""Options for one run, resolved once at the public entry point and handed down.

Each field's description is the help of its command-line option and its entry in
docs/configuration.md; the names users write are declared in ``renstra.extract.knobs``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .finding import Severity
from .limits import Limits

Lang = Literal["id", "en"]
CsvDialect = Literal["rfc4180", "id"]
OcrMode = Literal["off", "auto", "force"]


def _pairs(value: Any) -> Any:
    """A mapping given as a dict becomes a tuple of pairs, so the model stays hashable."""
    if isinstance(value, Mapping):
        return tuple(value.items())
    return value


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min_year: int = Field(default=1990, description="earliest plausible year in a planning period")
    max_year: int = Field(default=2100, description="latest plausible year in a planning period")
    max_period_years: int = Field(
        default=7, description="longest plausible period, counting both ends (2021-2026 is 6)"
    )
    min_period_years: int = Field(
        default=2, description="shortest plausible period, both ends counted"
    )
    limits: Limits = Field(default_factory=Limits)

    lang: Lang = Field(
        default="id", description="language of messages: id (Indonesian) or en (English)"
    )
    select: tuple[str, ...] = Field(
        default=(), description="rule ids or #tags to run; empty runs every rule"
    )
    ignore: tuple[str, ...] = Field(default=(), description="rule ids or #tags never to run")
    severity: tuple[tuple[str, Severity], ...] = Field(
        default=(),
        description="a rule's or #tag's severity (error, warning or info); a rule id beats a tag",
    )
    misspellings: tuple[tuple[str, str], ...] = Field(
        default=(), description="misspelled words and their correction, added to the built-in list"
    )
    preferred_versions: tuple[str, ...] = Field(
        default=(),
        description="of several versions of one document, the one whose path matches one of "
        "these globs (e.g. '*/renstra_final.docx') is compared; otherwise the newest",
    )
    csv_dialect: CsvDialect = Field(
        default="rfc4180",
        description="how extract writes its CSVs: rfc4180 (',' between cells, '.' in numbers) "
        "or id (';' and a decimal comma in number columns, as Excel or LibreOffice set to "
        "Indonesian open them)",
    )
    ocr: OcrMode = Field(
        default="auto",
        description="when pages are read by OCR (Tesseract): auto (PDF pages without a text "
        "layer, and image files), force (every page, its text layer ignored) or off (never: a "
        "scanned PDF gives a no-text-layer finding and an image file an error)",
    )
    ocr_lang: str = Field(
        default="ind+eng",
        pattern=r"^[A-Za-z_]+(\+[A-Za-z_]+)*$",
        description="Tesseract's languages for OCR, its model names joined by '+'",
    )
    ocr_min_confidence: float = Field(
        default=70.0,
        ge=0,
        le=100,
        description="OCR confidence (0-100) under which a word is reported as "
        "ocr-low-confidence for a person to check",
    )
    rules: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = Field(
        default=(),
        description="rule options set by the user, by rule id: {rule id: {option: value}}; "
        "each rule validates its own (see renstra rules ID)",
    )

    _as_pairs = field_validator("severity", "misspellings", mode="before")(_pairs)

    @field_validator("rules", mode="before")
    @classmethod
    def _rules_as_pairs(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return tuple(
                (rule, tuple(sorted(dict(options).items())))
                for rule, options in sorted(value.items())
            )
        return value

    def options_of(self, rule_id: str) -> tuple[tuple[str, Any], ...]:
        """The option values the user set for one rule (none: the rule's defaults)."""
        return next((options for rule, options in self.rules if rule == rule_id), ())

    def severity_map(self) -> dict[str, Severity]:
        return dict(self.severity)

"""Options for one run, resolved once at the public entry point and handed down."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .limits import Limits


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min_year: int = Field(1990, description="earliest plausible year in a planning period")
    max_year: int = Field(2100, description="latest plausible year in a planning period")
    max_period_years: int = Field(
        7, description="longest plausible period, counting both ends (2021-2026 is 6)"
    )
    min_period_years: int = Field(2, description="shortest plausible period, both ends counted")
    limits: Limits = Field(default_factory=Limits)

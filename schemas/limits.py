"""Resource limits for hostile input, with safe defaults (issue: batch at scale)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_bytes: int = Field(50 * 1024 * 1024, description="larger files are refused")

"""The `renstra check --format json` report: renstra's own validation report, one task per
file. Its JSON Schema is published (`renstra schema --kind report`,
schemas/report.schema.json); it is not a Frictionless report, and frictionless does not
read it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .document import Coverage
from .finding import Finding


class Stats(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0


class TaskError(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    message: str


class Task(BaseModel):
    """One file: ``valid`` is false when it has an error-level finding or could not be read."""

    model_config = ConfigDict(extra="forbid")

    path: str
    valid: bool
    doc_type: str | None = None
    sha256: str | None = Field(None, description="of the source file; a baseline matches on it")
    stats: Stats = Field(description="every finding of the file, also those --limit leaves out")
    indicators: int | None = Field(None, description="indicators read from the file")
    coverage: Coverage | None = Field(
        None, description="tables, rows and fields seen and read, and where the unread ones are"
    )
    error: TaskError | None = None
    copy_of: str | None = Field(
        None, description="the input with the same bytes: read once, reported under that path"
    )
    findings: list[Finding] = Field(default_factory=list)
    limited: bool = Field(False, description="true when --limit cut the findings list")
    note: str | None = Field(None, description="why findings are missing, for people")
    baselined: int = Field(0, description="findings left out because the baseline has them")


class Report(BaseModel):
    """renstra's validation report (`renstra check --format json`): ``valid`` is false when
    a file has an error-level finding or could not be read."""

    model_config = ConfigDict(extra="forbid")

    valid: bool
    stats: Stats
    tasks: list[Task]

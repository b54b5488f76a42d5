"""The API's response models: the OpenAPI document is generated from them (and from
``renstra.schemas.Document`` itself, the model of the published JSON Schema)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    code: str = Field(
        description="A RenstraError code for a file renstra cannot read (as `renstra extract` "
        "prints it: format-error, limit-exceeded, timeout...); config-error for a bad "
        "option; else one of bad-request, unauthorized, not-found, method-not-allowed, "
        "too-large, too-many-files"
    )
    message: str = Field(description="One line, in the request's language (?lang=)")
    file: str | None = Field(None, description="The upload it is about, by its safe name")


class ApiError(BaseModel):
    """Every error answer (4xx) has this body."""

    model_config = ConfigDict(title="ApiError")
    error: ErrorBody


class BatchCreated(BaseModel):
    id: str = Field(description="The job id: unguessable, the only key to the batch")
    status_url: str = Field(description="GET it for the batch's progress and outputs")


class OutputLink(BaseModel):
    name: str
    url: str
    media_type: str


class FailedFile(BaseModel):
    file: str
    code: str
    message: str


class BatchStatus(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    files: list[str] = Field(description="The uploads' safe names, in the order sent")
    files_total: int
    files_done: int = Field(description="Files read so far, failed ones included")
    files_failed: list[FailedFile]
    ocr_pages: int = Field(0, description="Pages read by OCR so far (scans and images)")
    findings: int = Field(description="Findings of the whole batch, once done")
    created: float = Field(description="Unix time")
    finished: float | None = Field(None, description="Unix time; the folder is deleted "
                                   "keep_s after it")  # fmt: skip
    expires: float | None = Field(None, description="Unix time the batch is deleted at")
    outputs: list[OutputLink] = Field(description="Once done: every file, report.html and "
                                      "outputs.zip included")  # fmt: skip
    report_url: str | None = Field(None, description="The HTML report, once done")
    error: str | None = Field(None, description="Why the batch itself failed (status failed)")


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    schema_version: str
    workers: int


class RuleInfo(BaseModel):
    id: str
    severity: str
    tags: list[str]
    scope: Literal["document", "batch"]
    options: dict[str, float | int | str | bool | None] = Field(
        description="Each option with its default (set with ?rule-option=RULE.OPTION=VALUE)"
    )
    description: str
    example: str

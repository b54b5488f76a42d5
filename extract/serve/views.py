"""What the API answers about batches and rules: a JobStore snapshot as a ``BatchStatus``
(with its outputs' URLs and media types), and the rule catalogue as ``RuleInfo``s. The
web page shows the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request

from .jobs import REPORT_FILE
from .models import BatchStatus, FailedFile, OutputLink, RuleInfo

MEDIA_TYPES = {
    ".json": "application/json",
    ".jsonl": "application/x-ndjson",
    ".csv": "text/csv; charset=utf-8",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".html": "text/html; charset=utf-8",
    ".zip": "application/zip",
}
INLINE = (".html", ".json")
"""Outputs a browser shows rather than saves."""
OUTPUT_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "frame-ancestors 'self'",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "no-referrer",
}
"""An output shown in a browser (report.html) may be framed by this server's page only."""


def media_type(name: str) -> str:
    return MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")


def rule_infos(lang: Any) -> list[RuleInfo]:
    from ..checks import RULES

    infos = []
    for rule in sorted(RULES.values(), key=lambda r: r.id):
        options: dict[str, Any] = {}
        if rule.options is not None:
            fields = rule.options.model_fields
            options = {key: fields[name].default for key, name in rule.option_keys.items()}
        infos.append(
            RuleInfo(
                id=rule.id,
                severity=rule.severity,
                tags=list(rule.tags),
                scope=rule.scope,  # type: ignore[arg-type]
                options=options,
                description=rule.describe(lang),
                example=rule.example_in(lang),
            )
        )
    return infos


def status_of(job: dict[str, Any], request: Request, keep_s: float) -> BatchStatus:
    """A JobStore snapshot as the API shows it, with the outputs' URLs."""
    job_id = job["id"]
    outputs = [
        OutputLink(
            name=name,
            url=url_for(request, "batch_output", job_id=job_id, name=name),
            media_type=media_type(name),
        )
        for name in job["outputs"]
    ]
    report = next((o.url for o in outputs if o.name == REPORT_FILE), None)
    finished = job["finished"]
    return BatchStatus(
        id=job_id,
        status=job["state"],
        files=job["names"],
        files_total=job["total"],
        files_done=job["done"],
        files_failed=[FailedFile(file=f, code=c, message=m) for f, c, m in job["failed"]],
        ocr_pages=job["ocr_pages"],
        findings=job["findings"],
        created=job["created"],
        finished=finished,
        expires=finished + keep_s if finished is not None else None,
        outputs=outputs,
        report_url=report,
        error=job["error"],
    )


def url_for(request: Request, route: str, **params: str) -> str:
    """A route's path, below the app's root path (a proxy's prefix)."""
    path = request.app.url_path_for(route, **{k: quote(v, safe="") for k, v in params.items()})
    return request.scope.get("root_path", "") + str(path)

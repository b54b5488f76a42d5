"""`renstra check --output-format sarif`: the findings as a SARIF 2.1.0 log.

SARIF is what code-scanning services (GitHub, GitLab, Azure DevOps) and editors read. One
run; the driver lists every rule of the catalogue, so a result's ``ruleIndex`` points into
it. A finding on a line of a text or Word file carries a ``region``; one on a PDF page, a
table cell or a workbook cell has no line of the file to point at (a PDF's lines count
within its page), so its place goes into the location's ``properties`` and its message. A
file that could not be read is a tool execution notification, not a result: the log then
says the run did not succeed. With a baseline, every result shown is ``new``.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from renstra.schemas import Finding

from .locations import describe
from .messages import Lang
from .report_lines import file_line
from .result import FileResult
from .version import RENSTRA_VERSION

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "renstra/v1"


def sarif_log(
    results: list[FileResult],
    *,
    limit: int | None = None,
    lang: Lang = "id",
    baselined: bool = False,
) -> dict[str, Any]:
    """The log as a JSON-ready dict; ``baselined``: the findings are those a baseline
    did not have (each result's ``baselineState`` is then ``new``)."""
    from .checks import RULES

    rule_ids = sorted(RULES)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results:
        if result.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.error.path}: {result.error.reason_in(lang)}"},
                    "descriptor": {"id": result.error.code},
                    "locations": [{"physicalLocation": _artifact(result.input.path)}],
                }
            )
            continue
        if result.document is None:  # a copy: its findings are reported under the first path
            continue
        findings = result.document.findings
        for finding in findings if limit is None else findings[:limit]:
            entry = _result(result.input.path, finding, index.get(finding.rule), lang)
            if baselined:
                entry["baselineState"] = "new"
            sarif_results.append(entry)
    driver = {
        "name": "renstra",
        "version": RENSTRA_VERSION,
        "rules": [_rule(RULES[rule_id], lang) for rule_id in rule_ids],
    }
    invocation = {
        "executionSuccessful": not notifications,
        "toolExecutionNotifications": notifications,
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "results": sarif_results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def uri(path: str) -> str:
    """A path as a SARIF artifact URI: relative paths stay relative (code scanning resolves
    them from the repository root), absolute ones become file: URIs."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())


def _artifact(path: str) -> dict[str, Any]:
    return {"artifactLocation": {"uri": uri(path)}}


def _result(path: str, finding: Finding, rule_index: int | None, lang: Lang) -> dict[str, Any]:
    where = finding.location
    physical = _artifact(path)
    line = file_line(where)
    if line is not None:
        physical["region"] = {"startLine": line}  # its column counts table columns
    place = {
        key: value
        for key, value in where.model_dump(exclude_none=True).items()
        if key != "line" or where.page is not None
    }
    location: dict[str, Any] = {"physicalLocation": physical}
    if place:
        location["properties"] = place
    text = finding.message
    if "region" not in physical:
        text = f"{text} ({describe(where, lang)})"
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [location],
    }
    if rule_index is not None:
        entry["ruleIndex"] = rule_index
    if finding.fingerprint:
        entry["partialFingerprints"] = {FINGERPRINT: finding.fingerprint}
    properties: dict[str, Any] = {}
    if finding.suggestion:
        properties["suggestion"] = finding.suggestion
    if finding.evidence:
        properties["evidence"] = finding.evidence
    if finding.indicator_id:
        properties["indicator"] = finding.indicator_id
    if finding.tags:
        properties["tags"] = list(finding.tags)
    if properties:
        entry["properties"] = properties
    return entry


def _rule(rule: Any, lang: Lang) -> dict[str, Any]:
    description = rule.describe(lang)
    entry: dict[str, Any] = {
        "id": rule.id,
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": list(rule.tags)},
    }
    example = rule.example_in(lang)
    if example:
        entry["help"] = {"text": example}
    return entry

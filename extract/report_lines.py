"""`renstra check --format concise|github`: one line per finding, for grep, editors and CI.

``concise`` writes ``path:line: severity rule: message`` (a PDF's place as ``p3l17``, a
workbook's as ``Sheet!B7``, a table cell without a line as ``t1r4c6``; a location's column
counts table columns, not characters, so it never follows a line number), never wrapped,
then a totals line. The severity and the messages are in the run's language (``--lang en``
for an editor's problem matcher that looks for ``error``/``warning``); rule ids stay as
they are. ``github`` writes GitHub Actions workflow commands (``::error file=...``), which
the Actions log turns into annotations on the changed files.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Literal

from renstra.schemas import Finding, SourceLocation

from .messages import Lang, render, severity_word
from .printable import one_line
from .report_statistics import totals
from .result import FileResult

LineStyle = Literal["concise", "github"]
GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render_lines(
    results: list[FileResult], style: LineStyle, *, limit: int | None = None, lang: Lang = "id"
) -> None:
    """Every finding of ``results`` on its own line, in input order, then the totals."""
    out = sys.stdout
    counts: Counter[str] = Counter()
    files = 0
    for result in results:
        if result.document is None:
            continue
        files += 1
        path = one_line(result.input.path)
        findings = result.document.findings
        counts.update(f.severity for f in findings)
        for finding in findings if limit is None else findings[:limit]:
            line = _github(path, finding) if style == "github" else _concise(path, finding, lang)
            out.write(line + "\n")
    if style == "concise":
        out.write(render(totals(counts, files), lang) + "\n")


def file_line(location: SourceLocation) -> int | None:
    """The line of the file a location is on, for editors and CI: none for a PDF, whose
    lines count within their page."""
    return location.line if location.page is None else None


def place(location: SourceLocation) -> str:
    """Where a finding is, in the fewest characters a person or an editor can follow: a
    text file's line as a number; a PDF's line counts within its page, so ``p3l17``."""
    line = file_line(location)
    if line is not None:
        return str(line)  # its column counts table columns, not characters
    if location.sheet is not None:
        return f"{location.sheet}!{location.cell}" if location.cell else location.sheet
    parts = [
        f"{key}{value}"
        for key, value in (("p", location.page), ("l", location.line), ("t", location.table),
                           ("r", location.row), ("c", location.column))
        if value is not None
    ]  # fmt: skip
    return "".join(parts) or "0"


def _concise(path: str, finding: Finding, lang: Lang) -> str:
    severity = severity_word(finding.severity, lang)
    return f"{path}:{place(finding.location)}: {severity} {finding.rule}: " + one_line(
        finding.message
    )


def _github(path: str, finding: Finding) -> str:
    """A workflow command: properties escaped as GitHub's toolkit escapes them."""
    where = finding.location
    properties = [f"file={_property(path)}"]
    line = file_line(where)
    if line is not None:
        properties.append(f"line={line}")
    properties.append(f"title={_property(finding.rule)}")
    level = GITHUB_LEVEL[finding.severity]
    return f"::{level} {','.join(properties)}::{_data(finding.message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")

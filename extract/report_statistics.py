"""`renstra check --statistics`: how many findings each rule raised, most frequent first.

What a steward reads before the details of a large batch: one line per rule with its count,
severity and description, then the totals line. As JSON (``--output-format json``), a list
of ``{rule, severity, count, description}``.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from .messages import Lang, Msg, msg, render
from .result import FileResult


def rule_counts(results: list[FileResult]) -> list[tuple[str, str, int]]:
    """(rule, severity, count) for every rule and severity seen, most frequent first, then
    by rule id: a rule whose findings carry two severities has a row for each."""
    counts: Counter[tuple[str, str]] = Counter()
    for result in results:
        if result.document is not None:
            counts.update((f.rule, f.severity) for f in result.document.findings)
    rows = [(rule, severity, count) for (rule, severity), count in counts.items()]
    return sorted(rows, key=lambda row: (-row[2], row[0], row[1]))


def statistics_json(results: list[FileResult], lang: Lang) -> list[dict[str, Any]]:
    from .checks import RULES

    return [
        {
            "rule": rule,
            "severity": severity,
            "count": count,
            "description": RULES[rule].describe(lang) if rule in RULES else None,
        }
        for rule, severity, count in rule_counts(results)
    ]


def render_statistics(results: list[FileResult], lang: Lang) -> None:
    """The table as plain aligned lines (never wrapped), then the totals line."""
    from .checks import RULES

    rows = rule_counts(results)
    out = sys.stdout
    width = max((len(str(count)) for _, _, count in rows), default=1)
    rule_width = max((len(rule) for rule, _, _ in rows), default=1)
    for rule, severity, count in rows:
        described = RULES[rule].describe(lang) if rule in RULES else ""
        out.write(f"{count:>{width}}  {severity:<7}  {rule:<{rule_width}}  {described}\n")
    by_severity: Counter[str] = Counter()
    for _, severity, count in rows:
        by_severity[severity] += count
    files = sum(1 for r in results if r.document is not None)
    out.write(render(totals(by_severity, files), lang) + "\n")


def totals(by_severity: Counter[str], files: int) -> Msg:
    """The totals line's message: every finding, by severity, and the files checked."""
    return msg(
        "report.totals",
        count=sum(by_severity.values()),
        errors=by_severity["error"],
        warnings=by_severity["warning"],
        info=by_severity["info"],
        files=files,
    )

"""The consistency checker: every registered rule over a finished Document."""

from __future__ import annotations

from renstra.schemas import Document, Finding, Settings

from . import duplicates, formulas, periods, signatory, spelling, targets, units  # noqa: F401
from .registry import RULES, Rule


def run_checks(document: Document, settings: Settings) -> list[Finding]:
    """All findings, in source order (line, table, row, column), then by rule id."""
    findings = [f for rule in RULES.values() for f in rule.check(document, settings)]
    return sorted(findings, key=_order)


def _order(finding: Finding) -> tuple[int, int, int, int, int, str]:
    loc = finding.location
    return (
        loc.page or 0,
        loc.line or 0,
        loc.table or 0,
        loc.row or 0,
        loc.column or 0,
        finding.rule,
    )


__all__ = ["RULES", "Rule", "run_checks"]

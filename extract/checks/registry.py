"""The rule registry: every rule is one function registered with its id and severity."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from renstra.schemas import Document, Finding, Settings, Severity, SourceLocation

Check = Callable[[Document, Settings], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    """Default severity; a finding may carry another where the rule says so (nip-invalid)."""
    description: str
    tags: tuple[str, ...]
    example: str
    check: Check


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, description: str, *, tags: tuple[str, ...], example: str
) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, description, tags, example, check)
        return check

    return register


def finding(
    rule_id: str,
    message: str,
    location: SourceLocation | None,
    *,
    indicator_id: str | None = None,
    suggestion: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    return Finding(
        rule=rule_id,
        severity=severity or RULES[rule_id].severity,
        message=message,
        location=location.model_copy() if location is not None else SourceLocation(),
        indicator_id=indicator_id,
        suggestion=suggestion,
    )

"""The rule registry: every rule is one function registered with its id and severity.

A rule yields ``Hit`` objects: what it found, with its message as a catalogue key
(``renstra.extract.messages``). ``run_checks`` turns hits into ``Finding`` objects in the
run's language, with the rule's description, tags, severity override and fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from renstra.schemas import Document, Settings, Severity, SourceLocation

from ..messages import CATALOGUE, Lang, Msg, msg

TAGS = (
    "#period", "#unit", "#target", "#formula", "#signatory", "#spelling", "#indicator", "#cross",
    "#source", "#coverage",
)  # fmt: skip


class Hit(NamedTuple):
    """Immutable; a NamedTuple, not a frozen dataclass, because rules make one per finding
    and a frozen dataclass sets each field through object.__setattr__ (several times the
    cost)."""

    rule: str
    message: Msg
    location: SourceLocation | None
    indicator_id: str | None = None
    suggestion: Msg | str | None = None
    severity: Severity | None = None
    evidence: str | None = None


Check = Callable[[Document, Settings], Iterable[Hit]]
BatchCheck = Callable[[Sequence[Document], Settings], Iterable[tuple[int, Hit]]]
"""A rule over several documents: yields (index of the document the hit belongs to, hit)."""


def _no_hits(document: Document, settings: Settings) -> Iterable[Hit]:
    return ()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    """Default severity; a finding may carry another where the rule says so (nip-invalid)."""
    tags: tuple[str, ...]
    check: Check
    options: Mapping[str, str] = field(default_factory=dict)
    """Option name in the configuration -> Settings field, e.g. {"factor": "target_jump_factor"}."""
    batch_check: BatchCheck | None = None
    """Set for rules that compare documents (one OPD's Renstra and IKU); ``check`` is then
    a no-op, so per-document callers need not know the difference."""

    @property
    def scope(self) -> str:
        return "batch" if self.batch_check is not None else "document"

    @property
    def description(self) -> str:
        """In English; ``describe(lang)`` for another language."""
        return self.describe("en")

    @property
    def example(self) -> str:
        return self.example_in("en")

    def describe(self, lang: Lang) -> str:
        return CATALOGUE[f"{self.id}.description"][lang]

    def example_in(self, lang: Lang) -> str:
        return CATALOGUE[f"{self.id}.example"][lang]


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    severity: Severity,
    *,
    tags: tuple[str, ...],
    options: Mapping[str, str] | None = None,
) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        unknown = set(tags) - set(TAGS)
        if unknown:
            raise ValueError(f"rule {rule_id!r}: unknown tags {sorted(unknown)}")
        RULES[rule_id] = Rule(rule_id, severity, tags, check, dict(options or {}))
        return check

    return register


def batch_rule(
    rule_id: str,
    severity: Severity,
    *,
    tags: tuple[str, ...],
    options: Mapping[str, str] | None = None,
) -> Callable[[BatchCheck], BatchCheck]:
    def register(check: BatchCheck) -> BatchCheck:
        rule(rule_id, severity, tags=tags, options=options)(_no_hits)
        RULES[rule_id] = replace(RULES[rule_id], batch_check=check)
        return check

    return register


def finding(
    rule_id: str,
    message: Msg | str,
    location: SourceLocation | None,
    *,
    indicator_id: str | None = None,
    suggestion: Msg | str | None = None,
    severity: Severity | None = None,
    evidence: str | None = None,
    **params: object,
) -> Hit:
    """A hit of ``rule_id``; ``message`` is a Msg, or a key under the rule with ``params``."""
    if isinstance(message, str):
        message = msg(f"{rule_id}.{message}", **params)
    return Hit(rule_id, message, location, indicator_id, suggestion, severity, evidence)

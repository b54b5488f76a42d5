"""The rule registry: every rule is one function registered with its id and severity.

A rule yields ``Hit`` objects: what it found, with its message as a catalogue key
(``renstra.extract.messages``). ``run_checks`` turns hits into ``Finding`` objects in the
run's language, with the rule's description, tags, severity override and fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from renstra.schemas import Document, Finding, RuleOptions, Settings, Severity, SourceLocation
from renstra.schemas.finding import Fix

from ..messages import CATALOGUE, Lang, Msg, msg

if TYPE_CHECKING:
    from ..pairing import Card, Plan

TAGS = (
    "#period", "#unit", "#target", "#formula", "#signatory", "#spelling", "#indicator", "#cross",
    "#source", "#coverage", "#budget", "#program",
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
Fixer = Callable[[Document, Finding, Settings], list[Fix]]
"""A rule's safe fix: change the document (a deep copy) for one finding, say what changed."""
PairCheck = Callable[[Document, Document, Settings], Iterable[Hit]]
"""A rule comparing a document with its reference (an IKU with its Renstra, as paired by
``pairing.plan``); its hits belong to the first."""
Compares = tuple[tuple[str, tuple[str, ...]], ...]
"""(document kind, reference kinds in order of preference) for each kind a pair rule
compares: the rule runs on a document's pairs with the first of those kinds it has."""
IKU_WITH_RENSTRA: Compares = (("iku", ("renstra",)),)
BatchCheck = Callable[["Plan", Sequence["Card | None"], Settings], Iterable[tuple[int, Hit]]]
"""A rule over a batch's plan itself (its versions): yields (document index, hit)."""


def _no_hits(document: Document, settings: Settings) -> Iterable[Hit]:
    return ()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    """Default severity; a finding may carry another where the rule says so (nip-invalid)."""
    tags: tuple[str, ...]
    check: Check
    options: type[RuleOptions] | None = None
    """The rule's options, a typed model declared beside it (None: it has none)."""
    pair_check: PairCheck | None = None
    """Set for rules that compare two documents (an IKU with its Renstra); ``check`` is
    then a no-op, so per-document callers need not know the difference."""
    batch_check: BatchCheck | None = None
    """Set for rules over the batch's plan (its versions); ``check`` is then a no-op."""
    fix: Fixer | None = None
    """The rule's safe fix, for ``renstra fix``; None when a finding leaves a choice."""
    compares: Compares = IKU_WITH_RENSTRA
    """For a pair rule: which pairs of ``pairing.plan`` it runs on (see ``Compares``)."""

    def references(self, kind: str) -> tuple[str, ...]:
        """The reference kinds a pair rule compares a document of ``kind`` with, preferred
        first; () when it does not compare that kind."""
        return next((refs for k, refs in self.compares if k == kind), ())

    @property
    def option_keys(self) -> dict[str, str]:
        """Each option as the user writes it -> its field in the options model."""
        return self.options.keys() if self.options is not None else {}

    @property
    def scope(self) -> str:
        """'document', or 'batch' for a rule that needs the other documents of a batch."""
        cross = self.pair_check is not None or self.batch_check is not None
        return "batch" if cross else "document"

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
    options: type[RuleOptions] | None = None,
    fix: Fixer | None = None,
) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        unknown = set(tags) - set(TAGS)
        if unknown:
            raise ValueError(f"rule {rule_id!r}: unknown tags {sorted(unknown)}")
        texts = ("description", "example", "why")
        missing = [p for p in texts if f"{rule_id}.{p}" not in CATALOGUE]
        if missing:  # a rule's texts are declared in its module, above the rule
            raise ValueError(f"rule {rule_id!r}: no {' or '.join(missing)} in the catalogue")
        RULES[rule_id] = Rule(rule_id, severity, tags, check, options, fix=fix)
        return check

    return register


def pair_rule(
    rule_id: str,
    severity: Severity,
    *,
    tags: tuple[str, ...],
    options: type[RuleOptions] | None = None,
    compares: Compares = IKU_WITH_RENSTRA,
) -> Callable[[PairCheck], PairCheck]:
    def register(check: PairCheck) -> PairCheck:
        rule(rule_id, severity, tags=tags, options=options)(_no_hits)
        RULES[rule_id] = replace(RULES[rule_id], pair_check=check, compares=compares)
        return check

    return register


def batch_rule(
    rule_id: str, severity: Severity, *, tags: tuple[str, ...]
) -> Callable[[BatchCheck], BatchCheck]:
    def register(check: BatchCheck) -> BatchCheck:
        rule(rule_id, severity, tags=tags)(_no_hits)
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

"""The consistency checker: the selected rules over a finished Document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from renstra.schemas import SEVERITY_RANK, Document, Finding, Settings, Severity, SourceLocation

from ..baseline import fingerprint
from ..messages import render
from . import (  # noqa: F401  (each module registers its rules)
    achievements,
    budgets,
    codes,
    coverage,
    crossdoc,
    duplicates,
    formulas,
    ocr,
    periods,
    signatory,
    source_notes,
    spelling,
    targets,
    trends,
    units,
    yearly,
)
from .registry import RULES, TAGS, Hit, Rule

if TYPE_CHECKING:
    from ..pairing import Card, Plan


def matches(rule: Rule, selector: str) -> bool:
    """A selector is a rule id or a tag such as ``#unit``."""
    return selector == rule.id or selector in rule.tags


def active_rules(settings: Settings) -> list[Rule]:
    """The rules ``select`` keeps (every rule when empty) and ``ignore`` does not drop."""
    if not settings.select and not settings.ignore:
        return list(RULES.values())
    return [
        rule
        for rule in RULES.values()
        if (not settings.select or any(matches(rule, s) for s in settings.select))
        and not any(matches(rule, s) for s in settings.ignore)
    ]


def severity_for(
    rule: Rule, found: Severity, settings: Settings, overrides: dict[str, Severity] | None = None
) -> Severity:
    """Apply the configured override: a rule id beats a tag, the most severe tag wins.

    The override replaces the rule's default severity. A finding the rule graded lower on
    purpose (a legacy NIP is info) may be lowered further but is never raised by it.
    """
    if overrides is None:
        overrides = settings.severity_map()
    if not overrides:
        return found
    override = overrides.get(rule.id)
    if override is None:
        by_tag = [overrides[t] for t in rule.tags if t in overrides]
        if by_tag:
            strongest: Severity = max(by_tag, key=_rank)
            override = strongest
    if override is None:
        return found
    if found == rule.severity or SEVERITY_RANK[override] < SEVERITY_RANK[found]:
        return override
    return found


def _rank(severity: Severity) -> int:
    return SEVERITY_RANK[severity]


def run_checks(document: Document, settings: Settings) -> list[Finding]:
    """All findings of the active rules, in source order (line, table, row, column), then
    by rule id; messages in ``settings.lang``."""
    checked = with_program_indicators(document)
    hits = [(rule, hit) for rule in active_rules(settings) for hit in rule.check(checked, settings)]
    if not hits:
        return []
    names = {p.id: p.name for p in document.programs}  # program-row rules name a row
    names.update((i.id, i.name) for i in checked.indicators)
    overrides = settings.severity_map()
    findings = [_finding(hit, rule, settings, names, overrides) for rule, hit in hits]
    return sorted(findings, key=finding_order)


def with_program_indicators(document: Document) -> Document:
    """The document as the indicator rules see it: the indicators of its program rows (a
    T-C.27's outcome and output indicators) beside its own, so a missing satuan or target
    is found wherever the indicator stands. A shallow copy; the document is unchanged."""
    inner = [i for program in document.programs for i in program.indicators]
    if not inner:
        return document
    return document.model_copy(update={"indicators": [*document.indicators, *inner]})


def run_batch_checks(
    documents: list[Document], settings: Settings, cards: Sequence[Card] | None = None
) -> None:
    """Add the findings of the active cross-document rules to each document, in order.
    ``cards``: the documents' pairing cards when their workers made them (else made here).

    Findings of earlier cross-document runs are dropped first, so running it twice (or on
    documents read back from their JSON) never doubles them."""
    from ..pairing import Card, plan

    for document in documents:
        document.findings = per_document(document.findings)
    if cards is None:
        cards = [Card.of(document) for document in documents]
    added = cross_findings(
        plan(cards, settings.preferred_versions), cards, documents.__getitem__, settings
    )
    for index, findings in added.items():
        documents[index].findings = with_findings(documents[index].findings, findings)


def with_findings(findings: list[Finding], added: list[Finding]) -> list[Finding]:
    """``findings`` and ``added`` in the order every document's findings are kept."""
    return sorted([*findings, *added], key=finding_order)


def per_document(findings: list[Finding]) -> list[Finding]:
    """The findings of per-document rules: what a document says on its own."""
    cross = _cross_rule_ids()
    if not any(f.rule in cross for f in findings):
        return findings
    return [f for f in findings if f.rule not in cross]


def _cross_rule_ids() -> frozenset[str]:
    return frozenset(rule.id for rule in RULES.values() if rule.scope == "batch")


def cross_findings(
    plan: Plan,
    cards: Sequence[Card | None],
    load: Callable[[int], Document],
    settings: Settings,
) -> dict[int, list[Finding]]:
    """The cross-document findings of a batch, by document index (unsorted).

    ``load`` gives the document at an index; only those the plan names are asked for, one
    pair at a time (a caller that keeps documents on disk need not hold them all)."""
    overrides = settings.severity_map()
    rules = active_rules(settings)
    added: dict[int, list[Finding]] = {}
    for rule in rules:
        if rule.batch_check is None:
            continue
        for index, hit in rule.batch_check(plan, cards, settings):
            added.setdefault(index, []).append(_finding(hit, rule, settings, {}, overrides))
    pair_rules = [rule for rule in rules if rule.pair_check is not None]
    if not pair_rules:
        return added
    reference_kinds: dict[int, set[str]] = {}
    for index, reference in plan.pairs:
        reference_kinds.setdefault(index, set()).add(_kind(cards, reference))
    for index, reference in plan.pairs:
        kind, theirs = _kind(cards, index), _kind(cards, reference)
        applied = [
            rule
            for rule in pair_rules
            if theirs == _preferred(rule.references(kind), reference_kinds[index])
        ]
        if not applied:
            continue
        document, other = load(index), load(reference)
        names = {i.id: i.name for i in document.indicators}
        for rule in applied:
            assert rule.pair_check is not None
            for hit in rule.pair_check(document, other, settings):
                added.setdefault(index, []).append(_finding(hit, rule, settings, names, overrides))
    return added


def _kind(cards: Sequence[Card | None], index: int) -> str:
    card = cards[index]
    assert card is not None, "the plan pairs only documents it has a card for"
    return card.kind


def _preferred(wanted: tuple[str, ...], present: set[str]) -> str | None:
    """The first of the kinds a rule wants that the document has a pair with."""
    return next((kind for kind in wanted if kind in present), None)


_NOWHERE = SourceLocation()


def _finding(
    hit: Hit,
    rule: Rule,
    settings: Settings,
    names: dict[str, str],
    overrides: dict[str, Severity],
) -> Finding:
    lang = settings.lang
    # A location is frozen, so the finding shares the one the rule points at.
    location = hit.location if hit.location is not None else _NOWHERE
    name = names.get(hit.indicator_id or "")
    return Finding(
        rule=rule.id,
        severity=severity_for(rule, hit.severity or rule.severity, settings, overrides),
        message=render(hit.message, lang),
        location=location,
        indicator_id=hit.indicator_id,
        suggestion=render(hit.suggestion, lang) if hit.suggestion is not None else None,
        description=rule.describe(lang),
        tags=list(rule.tags),
        evidence=hit.evidence,
        fingerprint=fingerprint(rule.id, name, hit.evidence, location),
    )


def finding_order(finding: Finding) -> tuple[int, int, int, int, int, str]:
    loc = finding.location
    return (
        loc.page or 0,
        loc.line or 0,
        loc.table or 0,
        loc.row or 0,
        loc.column or 0,
        finding.rule,
    )


__all__ = [
    "RULES",
    "TAGS",
    "Rule",
    "active_rules",
    "cross_findings",
    "finding_order",
    "matches",
    "per_document",
    "run_batch_checks",
    "run_checks",
    "with_findings",
    "severity_for",
]

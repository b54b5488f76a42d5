"""Safe fixes: apply the suggestions that leave no choice, and record every change.

A rule that has a safe fix declares it with the rule (``Rule.fix``, beside the rule in its
module); this module applies them. Only two kinds of finding are fixed, both with exactly
one correction:

- ``period-typo`` with a suggested period (one plausible range one typo away): the mention's
  years are rewritten in place (``2021-2126`` -> ``2021-2026``, separators kept), and the
  document's period is re-derived from the corrected mentions.
- ``spelling`` of a known misspelling (the built-in list plus configured pairs): the word is
  replaced, as a whole word, in the indicator's name, sub-item names and satuan. Words glued
  together (``IndeksKepuasanMasyarakat``) are not fixed: where to split is a guess.

The source file is never touched: the caller writes the returned Document elsewhere. Each
change is a ``Fix`` (rule, field path, old value, new value) in ``document.fixes``, and the
findings are computed again on the corrected document.
"""

from __future__ import annotations

from renstra.schemas import Document, Settings
from renstra.schemas.finding import Fix

from .checks import RULES, run_checks
from .parsers.periods import declared_period


def fix_batch(documents: list[Document], settings: Settings) -> list[Document]:
    """Every document of a batch fixed, then checked against the others again (a fixed
    name or period changes what the cross-document rules see)."""
    from .checks import run_batch_checks

    fixed = [fix_document(document, settings) for document in documents]
    run_batch_checks(fixed, settings)
    return fixed


def fix_document(document: Document, settings: Settings) -> Document:
    fixed = document.model_copy(deep=True)
    fixes: list[Fix] = []
    for finding in document.findings:
        rule = RULES.get(finding.rule)
        if rule is not None and rule.fix is not None:
            fixes += rule.fix(fixed, finding, settings)
    if any(f.rule == "period-typo" for f in fixes):
        period = declared_period(fixed.period_mentions)
        before = _period_text(fixed)
        fixed.period = period
        if _period_text(fixed) != before:
            fixes.append(
                Fix(rule="period-typo", path="period", old=before, new=_period_text(fixed))
            )
    fixed.fixes = [*document.fixes, *fixes]
    fixed.findings = run_checks(fixed, settings)
    return fixed


def _period_text(document: Document) -> str | None:
    period = document.period
    return f"{period.start}-{period.end}" if period else None

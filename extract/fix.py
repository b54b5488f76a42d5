"""Safe fixes: apply the suggestions that leave no choice, and record every change.

Only two kinds of finding are fixed, both with exactly one correction:

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

from collections.abc import Iterator

import regex
from renstra.schemas import Document, Finding, Indicator, Settings
from renstra.schemas.finding import Fix

from .checks import run_checks
from .checks.spelling import dictionary
from .parsers.periods import declared_period, is_plausible

_YEAR = regex.compile(r"\d{4}")
_PERIOD = regex.compile(r"(\d{4})-(\d{4})")


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
        if finding.rule == "period-typo":
            fixes += _fix_period(fixed, finding, settings)
        elif finding.rule == "spelling":
            fixes += _fix_spelling(fixed, finding, settings)
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


def _fix_period(document: Document, finding: Finding, settings: Settings) -> list[Fix]:
    match = _PERIOD.fullmatch(finding.suggestion or "")
    if match is None:
        return []
    start, end = int(match[1]), int(match[2])
    for i, mention in enumerate(document.period_mentions):
        if mention.plausible or mention.raw != finding.evidence:
            continue
        if mention.location != finding.location:
            continue
        new_raw = _with_years(mention.raw, start, end)
        old_raw = mention.raw
        mention.start, mention.end, mention.raw = start, end, new_raw
        mention.plausible = is_plausible(start, end, settings)
        return [Fix(rule="period-typo", path=f"period_mentions[{i}].raw", old=old_raw, new=new_raw)]
    return []


def _with_years(raw: str, start: int, end: int) -> str:
    """``raw`` with its two years replaced, keeping what is written between them."""
    years = iter((str(start), str(end)))
    return _YEAR.sub(lambda _: next(years), raw, count=2)


def _fix_spelling(document: Document, finding: Finding, settings: Settings) -> list[Fix]:
    word, correct = finding.evidence, finding.suggestion
    if not word or not correct or word.casefold() not in dictionary(settings.misspellings):
        return []
    pattern = regex.compile(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})")
    for i, indicator in enumerate(document.indicators):
        if indicator.id == finding.indicator_id:
            return list(_replace_in(indicator, f"indicators[{i}]", pattern, correct))
    return []


def _replace_in(
    indicator: Indicator, path: str, pattern: regex.Pattern[str], correct: str
) -> Iterator[Fix]:
    def sub(text: str) -> str:
        return pattern.sub(lambda _: correct, text)

    new = sub(indicator.name)
    if new != indicator.name:
        yield Fix(rule="spelling", path=f"{path}.name", old=indicator.name, new=new)
        indicator.name = new
    for j, item in enumerate(indicator.sub_items):
        new = sub(item.name)
        if new != item.name:
            yield Fix(rule="spelling", path=f"{path}.sub_items[{j}].name", old=item.name, new=new)
            item.name = new
    if indicator.unit:
        new = sub(indicator.unit)
        if new != indicator.unit:
            yield Fix(rule="spelling", path=f"{path}.unit", old=indicator.unit, new=new)
            indicator.unit = new

"""Year ranges written in the text (`2021-2026`, `2022 s.d. 2026`) and the declared period."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from renstra.schemas import Period, PeriodMention, Settings

from ..intermediate import TextLine
from ..vocabulary import DOC_KINDS

# Four-digit numbers only, not glued to other digits or to a decimal part (`69,1-69,5`).
# The look-behinds come after the first year (`(?<!\d{5})` is "no digit before these
# four"): a pattern that opens with digits lets `re` skip ahead to the next digit, one
# that opens with a look-behind is tried at every position of the line, twice as slow.
_RANGE = re.compile(
    r"(\d{4})(?<!\d{5})(?<!\d[.,]\d{4})"
    r"\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    r"(\d{4})(?!\d)(?![.,]\d)",
    re.IGNORECASE,
)


MAX_PERIOD_MENTIONS = 1_000
"""Year ranges kept per document. A Renstra writes its period a few dozen times (a running
header on every page of a long PDF a few hundred); past this the document is hostile or
not a plan, and each kept range costs a mention and perhaps a finding in the output (450 KB
of ranges gave a 43 MB JSON). The rule period-mentions-limit says when a document reached
it."""


def find_period_mentions(
    lines: list[TextLine], settings: Settings, limit: int = MAX_PERIOD_MENTIONS
) -> list[PeriodMention]:
    """Every year range in document order, up to ``limit``; ranges of other numbers are
    left out.

    A range counts as years when each end is a plausible year or one digit away from one
    (`2021-2126` is a mention, `1500-2000` is not).
    """
    mentions: list[PeriodMention] = []
    # A mention has one end in [min_year, max_year]: its line holds one of their centuries.
    centuries = [str(c) for c in range(settings.min_year // 100, settings.max_year // 100 + 1)]
    for line in lines:
        text = line.text
        for century in centuries:
            if century in text:
                break
        else:
            continue
        for match in _RANGE.finditer(text):
            start, end = int(match.group(1)), int(match.group(2))
            if not _looks_like_years(start, end, settings):
                continue
            mentions.append(
                PeriodMention(
                    start=start,
                    end=end,
                    raw=match.group(0),
                    plausible=is_plausible(start, end, settings),
                    location=line.location.to_location(),
                )
            )
            if len(mentions) >= limit:
                return mentions
    return mentions


def is_plausible(start: int, end: int, settings: Settings) -> bool:
    if not (settings.min_year <= start <= settings.max_year):
        return False
    if not (settings.min_year <= end <= settings.max_year):
        return False
    return settings.min_period_years <= end - start + 1 <= settings.max_period_years


def declared_period(mentions: list[PeriodMention]) -> Period | None:
    """The most frequent plausible range; ties go to the one seen first."""
    best = _most_frequent([m for m in mentions if m.plausible])
    if best is None:
        return None
    return Period(start=best.start, end=best.end, raw=best.raw)


_TITLE_YEAR = re.compile(r"\btahun\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d|\s*s\.?\s?d)", re.I)
"""'TAHUN 2025', also 'Tahun 2025 - Lingkup OPD' (a dash between title parts, or OCR's
reading of a '·'); not the start of a range, 'Tahun 2025-2029' or 'Tahun 2025 s.d.'."""
YEARLY_TITLE_LINES = 12


YEAR_AFTER_TITLE = 5
"""The year stands within this many lines of the title ('RENCANA KERJA' / 'PERANGKAT DAERAH'
/ 'BADAN ...' / 'KABUPATEN ...' / 'TAHUN 2024')."""


def yearly_period(lines: list[TextLine]) -> Period | None:
    """The year of a document of one year, from its title ('PERJANJIAN KINERJA TAHUN 2025'),
    where the title names a yearly kind of document; None for any other."""
    head = list(islice((line.text for line in lines if line.text), YEARLY_TITLE_LINES))
    joined = "\n".join(head).lower()
    for kind in DOC_KINDS:
        if not kind.yearly or not kind.named_in(joined):
            continue  # one look at the whole head first: most documents are not yearly
        for i, text in enumerate(head):
            if kind.named_in(text.lower()):
                for candidate in head[i : i + YEAR_AFTER_TITLE]:
                    year = _TITLE_YEAR.search(candidate)
                    if year:
                        value = int(year.group(1))
                        return Period(start=value, end=value, raw=year.group(0))
    return None


MIN_PLAN_YEARS = 3
"""Fewer consecutive target years (a matrix with 2016 | 2017) are a window, not a plan."""


def table_period(declared: Period | None, years: list[int | None]) -> Period | None:
    """The plan's years as the target columns give them, where the text gives no period or
    one that shares no year with them (a narrative about the last period's 2008-2012 above a
    table of 2013-2018 targets); else the declared one."""
    written = sorted({y for y in years if y is not None})
    if len(written) < MIN_PLAN_YEARS or written[-1] - written[0] + 1 != len(written):
        return declared
    if declared is not None and declared.start <= written[-1] and written[0] <= declared.end:
        return declared
    return Period(start=written[0], end=written[-1], raw=f"{written[0]}-{written[-1]}")


class PeriodSuggestions:
    """Likely intended ranges for the implausible mentions of one document.

    Built once over the mentions (counting the plausible spans); each ``suggest`` then looks
    up the few spans one typo away from the mention, so a document costs time linear in its
    mentions (comparing every typo with every mention was quadratic: 450 KB of ranges took
    71 s). ``looked_up`` counts the spans looked up, for tests of that.
    """

    def __init__(self, mentions: list[PeriodMention], settings: Settings) -> None:
        self.settings = settings
        self.counts: Counter[tuple[int, int]] = Counter()
        self.first: dict[tuple[int, int], int] = {}
        for i, m in enumerate(mentions):
            if m.plausible:
                span = (m.start, m.end)
                self.counts[span] += 1
                self.first.setdefault(span, i)
        self.looked_up = 0

    def suggest(self, mention: PeriodMention) -> tuple[int, int] | None:
        """First choice: the most frequent plausible span sharing one end whose other end
        is one typo away (one digit changed or two adjacent digits swapped; ties go to the
        one seen first). Otherwise: the only single-digit edit of either year that makes
        the range plausible, keeping the other year's century."""
        if mention.plausible:
            return None
        start, end = mention.start, mention.end
        related = [(start, year) for year in _typos(end)] + [(year, end) for year in _typos(start)]
        self.looked_up += len(related)
        found = [span for span in related if span in self.counts]
        if found:
            return min(found, key=lambda span: (-self.counts[span], self.first[span]))
        settings = self.settings
        candidates = {
            (year, end)
            for year in _single_digit_edits(start, century=end // 100)
            if is_plausible(year, end, settings)
        } | {
            (start, year)
            for year in _single_digit_edits(end, century=start // 100)
            if is_plausible(start, year, settings)
        }
        return candidates.pop() if len(candidates) == 1 else None


def suggest_period(
    mention: PeriodMention, mentions: list[PeriodMention], settings: Settings
) -> tuple[int, int] | None:
    """A likely intended range for an implausible mention, or None (see PeriodSuggestions,
    which a caller with many mentions builds once)."""
    return PeriodSuggestions(mentions, settings).suggest(mention)


def _most_frequent(mentions: list[PeriodMention]) -> PeriodMention | None:
    if not mentions:
        return None
    counts = Counter((m.start, m.end) for m in mentions)
    top = max(counts.values())
    return next(m for m in mentions if counts[(m.start, m.end)] == top)


def _looks_like_years(start: int, end: int, settings: Settings) -> bool:
    lo, hi = settings.min_year, settings.max_year
    return (lo <= start <= hi or lo <= end <= hi) and _near(start, lo, hi) and _near(end, lo, hi)


def _near(year: int, lo: int, hi: int) -> bool:
    """True when ``year`` is in [lo, hi] or one changed digit away from it."""
    if lo <= year <= hi:
        return True
    for power in (1, 10, 100, 1000):
        digit = year // power % 10
        base = year - digit * power
        first = max(1 if power == 1000 else 0, -(-(lo - base) // power))
        last = min(9, (hi - base) // power)
        if last > first or (last == first and first != digit):
            return True
    return False


def _single_digit_edits(year: int, century: int | None = None) -> list[int]:
    """Four-digit years differing from ``year`` in exactly one digit (optionally one century)."""
    text = f"{year:04d}"
    out = []
    for i, old in enumerate(text):
        for new in "0123456789":
            if new == old or (i == 0 and new == "0"):
                continue
            edited = int(text[:i] + new + text[i + 1 :])
            if century is None or edited // 100 == century:
                out.append(edited)
    return out


def _typos(year: int) -> set[int]:
    """The years one typo away from ``year`` as four digits: one digit changed, or two
    adjacent different digits swapped."""
    text = f"{year:04d}"
    out = {int(text[:i] + new + text[i + 1 :]) for i in range(4) for new in "0123456789"}
    for i in range(3):
        if text[i] != text[i + 1]:
            out.add(int(text[:i] + text[i + 1] + text[i] + text[i + 2 :]))
    out.discard(year)
    return out

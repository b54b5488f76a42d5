"""Every parser stays linear in its input (issue 18, item 5), shown without a clock.

Work is counted, not timed: every Python call, line and loop turn (``sys.settrace``) and
every character handed to a module-level regular expression of the package (a counting
wrapper). A parser that runs a pattern once per suffix, or compares every year range with
every other, does some 64 times the work on 8 times the input; a linear one 8 times at most.
What this count cannot see is backtracking inside one regex call, so the patterns known to
backtrack badly only ever see bounded text (``MAX_VALUE_CHARS``), and that is asserted too;
``benchmarks/linearity.py`` times the same documents at 1x and 8x.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import FrameType, ModuleType
from typing import Any

import pytest
import regex
from renstra import extract
from renstra.extract.intermediate import SourceFile
from renstra.extract.parsers import periods, values
from renstra.extract.pipeline import extract_source
from renstra.extract.writers.json_out import document_json
from renstra.schemas import Settings

from . import hostile_files as h
from .lines import lines_of

SIZE = 2_000
"""Characters of hostile run at 1x; 8x is 16,000."""
LINEAR = 10
"""Most work at 8x input, as a multiple of the work at 1x: linear gives 8 or less."""
POSITIONED = ("match", "fullmatch", "search", "finditer", "findall")
"""The methods whose second argument is where the scan starts."""
SCANNING = (*POSITIONED, "split", "sub", "subn")


@dataclass
class Work:
    steps: int = 0
    chars: int = 0
    longest: dict[str, int] = field(default_factory=dict)
    """The longest text each pattern was handed."""

    def total(self) -> int:
        return self.steps + self.chars


class CountingPattern:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, name: str, pattern: re.Pattern[str], work: Work) -> None:
        self._name, self._pattern, self._work = name, pattern, work

    def __getattr__(self, attribute: str) -> object:
        method = getattr(self._pattern, attribute)
        if attribute not in SCANNING:
            return method
        text_at = 1 if attribute in ("sub", "subn") else 0

        def counted(*args: object, **kwargs: object) -> object:
            text = args[text_at] if len(args) > text_at else kwargs.get("string", "")
            if isinstance(text, str):
                start = args[1] if attribute in POSITIONED and len(args) > 1 else 0
                scanned = len(text) - start if isinstance(start, int) else len(text)
                self._work.chars += scanned
                longest = self._work.longest
                longest[self._name] = max(longest.get(self._name, 0), scanned)
            return method(*args, **kwargs)

        return counted


def _modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(extract.__path__, "renstra.extract."):
        if not info.name.startswith(("renstra.extract.cli", "renstra.extract.writers")):
            yield importlib.import_module(info.name)


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Work:
    counted = Work()
    for module in _modules():
        for name, value in list(vars(module).items()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()  # memoised results of other tests would hide work
            if isinstance(value, (re.Pattern, regex.Pattern)):
                label = f"{module.__name__.removeprefix('renstra.extract.')}.{name}"
                monkeypatch.setattr(module, name, CountingPattern(label, value, counted))
    return counted


def extract_counted(data: bytes, work: Work) -> tuple[int, bytes]:
    """The work of extracting ``data`` (as a .txt), and its JSON."""

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        work.steps += 1  # a call, a line, or a loop going round again
        return trace

    source = SourceFile("hostile.txt", data, hashlib.sha256(data).hexdigest(), "txt")
    before = work.total()
    previous = sys.gettrace()  # a coverage tool's or a debugger's
    sys.settrace(trace)
    try:
        document = extract_source(source, Settings())
    finally:
        sys.settrace(previous)
    return work.total() - before, document_json(document)


@pytest.mark.parametrize("case", sorted(h.HOSTILE_TEXTS))
def test_work_grows_linearly_with_hostile_input(case: str, work: Work) -> None:
    make: Callable[[int], bytes] = h.HOSTILE_TEXTS[case]
    extract_counted(make(SIZE // 4), work)  # imports, compiled patterns, first-use caches
    once, json_once = extract_counted(make(SIZE), work)
    eight, json_eight = extract_counted(make(8 * SIZE), work)
    assert eight <= LINEAR * once, f"{case}: work {once:,} at 1x, {eight:,} at 8x"
    # nor does the output grow faster than the input (450 KB of year ranges gave 43 MB)
    assert len(json_eight) <= LINEAR * len(json_once)
    assert len(json_eight) <= 100 * len(make(8 * SIZE)) + 100_000


def test_value_patterns_never_see_a_cell_too_long_for_a_value(work: Work) -> None:
    """The value patterns backtrack badly on long runs of spaces (values._RANGE was cubic:
    64 KB took 67 s in the decimal-separator vote), so they see bounded text only."""
    for case in ("spaced-range-target", "dotted-indicator"):
        extract_counted(h.HOSTILE_TEXTS[case](8 * SIZE), work)
    seen = {name: n for name, n in work.longest.items() if name.startswith("parsers.values.")}
    assert seen, "the value patterns were not reached"
    assert max(seen.values()) <= values.MAX_VALUE_CHARS, seen


def test_period_typos_look_up_a_few_spans_each_not_every_mention() -> None:
    lines = lines_of(*h.year_ranges(2_000).splitlines())
    mentions = periods.find_period_mentions(lines, Settings())
    suggestions = periods.PeriodSuggestions(mentions, Settings())
    for mention in mentions:
        suggestions.suggest(mention)
    assert suggestions.looked_up <= 80 * len(mentions)  # 78 spans one typo away, at most


def test_period_mentions_stop_at_the_limit_and_a_finding_says_so() -> None:
    data = h.HOSTILE_TEXTS["year-ranges"](10 * 10 * periods.MAX_PERIOD_MENTIONS)
    source = SourceFile("hostile.txt", data, hashlib.sha256(data).hexdigest(), "txt")
    document = extract_source(source, Settings())
    assert len(document.period_mentions) == periods.MAX_PERIOD_MENTIONS
    (limit,) = [f for f in document.findings if f.rule == "period-mentions-limit"]
    assert limit.location == document.period_mentions[-1].location
    assert f"{periods.MAX_PERIOD_MENTIONS:,}" in limit.message

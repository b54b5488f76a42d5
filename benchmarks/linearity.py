"""The parsers stay linear in their input: each case is timed at 2,000 and 16,000 units of
hostile input; a ratio near 8 is linear, near 64 quadratic.

    .venv/bin/python benchmarks/linearity.py

Two groups: single parser functions on one hostile string, and whole text documents
(read, parse, check) made by ``tests/hostile_files.HOSTILE_TEXTS``, the cases issue 18
names among them. ``tests/test_linearity.py`` holds the same documents to linear *work*
(calls, lines and regex characters counted, no clock); this script is the clock.

(A lazy pattern before optional groups took 190 s on one formula cell of 5,000 spaces before
it was rewritten: see benchmarks/README.md.)
"""

import hashlib
import sys
import time
from pathlib import Path

from renstra.extract.intermediate import Position, SourceFile, TextLine
from renstra.extract.parsers.cells import clean_label
from renstra.extract.parsers.duties import find_main_duty
from renstra.extract.parsers.forms import _targets
from renstra.extract.parsers.formula import parse_formula
from renstra.extract.parsers.labels import Entry, line_pieces
from renstra.extract.parsers.periods import PeriodSuggestions, find_period_mentions
from renstra.extract.parsers.values import decimal_separator_of, parse_value
from renstra.extract.pipeline import extract_source
from renstra.schemas import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.hostile_files import HOSTILE_TEXTS, year_ranges  # noqa: E402


def suggest_all(text: str) -> None:
    lines = [TextLine(t, Position(line=n)) for n, t in enumerate(text.splitlines(), start=1)]
    mentions = find_period_mentions(lines, Settings())
    suggestions = PeriodSuggestions(mentions, Settings())
    for mention in mentions:
        suggestions.suggest(mention)


cases = {
    "duty": (
        lambda t: find_main_duty([TextLine(t, Position(line=1))]),
        lambda n: "tugas" + " " * n + "x",
    ),
    "trailing": (clean_label.__wrapped__, lambda n: "a" + ". " * n),
    "trailing-dots": (clean_label.__wrapped__, lambda n: "a" + "." * n + "x"),
    "range": (parse_value, lambda n: "1" + " " * n + "-" + " " * n + "x"),
    "range-vote": (
        lambda t: decimal_separator_of([t]),
        lambda n: "1" + " " * n + "-" + " " * n + "x",
    ),
    "bar-ws": (parse_formula, lambda n: "a" + " " * n + "b"),
    "bar-ws2": (parse_formula, lambda n: "Jumlah A ----- x 1" + " " * n + "z"),
    "bar-dash": (parse_formula, lambda n: "a " + "- " * n),
    "intro": (parse_formula, lambda n: "yaitu " * n),
    "label": (line_pieces.__wrapped__, lambda n: "Satuan : " + "x : " * n),
    "label2": (line_pieces.__wrapped__, lambda n: "Satuan : " + "a " * n + ": b"),
    "pairs": (
        lambda t: _targets([Entry("target", "Target", t, Position())], None),
        lambda n: "2020: a" + " " * n,
    ),
    "period-typos": (suggest_all, lambda n: year_ranges(n // 2)),
}


def extract_text(data: bytes) -> None:
    source = SourceFile("hostile.txt", data, hashlib.sha256(data).hexdigest(), "txt")
    extract_source(source, Settings())


def report(name: str, run: object, make: object) -> None:
    times = []
    for n in (2000, 16000):
        argument = make(n)  # type: ignore[operator]
        start = time.perf_counter()
        run(argument)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    ratio = times[1] / max(times[0], 1e-9)
    print(f"{name}: 2k {times[0]:.4f}s 16k {times[1]:.4f}s ratio {ratio:.1f}")


for name, (run, make) in cases.items():
    report(name, run, make)
extract_text(HOSTILE_TEXTS["dotted-indicator"](10))  # imports and first-use set-up
for name, make in HOSTILE_TEXTS.items():
    report(f"document {name}", extract_text, make)

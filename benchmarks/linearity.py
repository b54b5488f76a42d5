"""The parsers added for real layouts stay linear in their input: each case is timed at 2,000
and 16,000 units of hostile input; a ratio near 8 is linear, near 64 quadratic.

    .venv/bin/python benchmarks/linearity.py

(A lazy pattern before optional groups took 190 s on one formula cell of 5,000 spaces before
it was rewritten: see benchmarks/README.md.)
"""

import time

from renstra.extract.intermediate import Position, TextLine
from renstra.extract.parsers.cells import clean_label
from renstra.extract.parsers.duties import find_main_duty
from renstra.extract.parsers.forms import _targets
from renstra.extract.parsers.formula import parse_formula
from renstra.extract.parsers.labels import Entry, line_pieces
from renstra.extract.parsers.values import parse_value

cases = {
    "duty": (
        lambda t: find_main_duty([TextLine(t, Position(line=1))]),
        lambda n: "tugas" + " " * n + "x",
    ),
    "trailing": (clean_label.__wrapped__, lambda n: "a" + ". " * n),
    "range": (parse_value, lambda n: "1" + " " * n + "-" + " " * n + "x"),
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
}
for name, (f, make) in cases.items():
    ts = []
    for n in (2000, 16000):
        t = time.perf_counter()
        f(make(n))
        ts.append(time.perf_counter() - t)
    print(f"{name}: 2k {ts[0]:.4f}s 16k {ts[1]:.4f}s ratio {ts[1] / max(ts[0], 1e-9):.1f}")

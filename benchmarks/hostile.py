"""Time and peak memory of each hostile file of issue 18 that the readers and parsers
handle, each read in a fresh process, as a worker reads it (``extract_document``, under
the default memory limit).

    .venv/bin/python benchmarks/hostile.py                 # a Markdown table (docs/batch.md)
    .venv/bin/python benchmarks/hostile.py --only pdf      # the cases whose name holds 'pdf'

The files come from ``tests/hostile_files.py``, the generator the tests use. Each process
first reads a good file of the same format (libraries imported and warm); peak memory is
then the high-water mark of its resident size (``VmHWM``, reset by ``/proc/self/clear_refs``)
less its size before the case, so it is what the file itself cost; time is wall time for
reading, parsing and checking.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import hostile_files as h  # noqa: E402

TIMEOUT_S = 300
"""The default time per file: a case that needs it all is shown as such."""
MEMORY = 2 << 30
"""The default memory per worker (RLIMIT_AS)."""

BEFORE = {
    "64 KB of dots in an indicator cell.txt": "13 s",
    "32 KB target cell '1   -   x'.txt": "5.6 s; 64 KB 67 s",
    "64 KB after TUGAS and FUNGSI.txt": "quadratic",
    "64 KB of 'x : ' after a label.txt": "quadratic copying",
    "450 KB of year ranges.txt": "71 s, 43 MB of JSON",
    "billion laughs in word/main.dat.docx": "DTD reached lxml",
    "gridSpan 2,000,000,000.docx": "1.7 GB, then the memory limit",
    "3,000 cells over 3,000 empty rows.docx": "9 million cells built",
    "merge A7:XFD1048576.xlsx": "1.8 GB, then the memory limit",
    "merge over stored cells far apart.xlsx": "17 billion cells asked of openpyxl",
    "1,000 x 1,001 diagonal.xlsx": "a million cells built",
    "3,000 tabs over 3,000 short rows.txt": "9 million cells built",
    "xref /Prev loop.pdf": "limit-exceeded",
    "20,000 updates chained by /Prev.pdf": "limit-exceeded",
    "xref stream /Prev loop.pdf": "limit-exceeded",
    "xref stream claiming 2e9 objects.pdf": "the whole timeout",
    "forms drawing forms, 10^10 drawings.pdf": "the whole timeout",
}
"""What issue 18 (or the measurement before each fix) reported."""

# name -> (what makes its bytes, the guard that handles it)
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "64 KB of dots in an indicator cell.txt": (
        lambda: h.HOSTILE_TEXTS["dotted-indicator"](64_000),
        "item 5: one backward scan (was `[\\s.;,:]+$`)",
    ),
    "32 KB target cell '1   -   x'.txt": (
        lambda: h.HOSTILE_TEXTS["spaced-range-target"](16_000),
        "item 5: value patterns see 120 characters at most",
    ),
    "64 KB after TUGAS and FUNGSI.txt": (
        lambda: h.HOSTILE_TEXTS["spaced-duty"](32_000),
        "item 5: one optional group after one run of spaces",
    ),
    "64 KB of 'x : ' after a label.txt": (
        lambda: h.HOSTILE_TEXTS["label-colons"](64_000),
        "item 5: a label is looked for in the last 80 characters",
    ),
    "450 KB of year ranges.txt": (
        lambda: h.HOSTILE_TEXTS["year-ranges"](450_000),
        "item 5: typos looked up, 1,000 ranges kept (period-mentions-limit)",
    ),
    "billion laughs in word/main.dat.docx": (
        lambda: h.docx_main_part("word/main.dat", h.body_xml("&lol9;", prologue=h.BILLION_LAUGHS)),
        "item 6: every part an XML parser may read is checked for a DTD",
    ),
    "SVG logo with a DTD.docx": (
        h.docx_with_svg_logo,
        "item 6: images no reader parses are not refused",
    ),
    "gridSpan 2,000,000,000.docx": (
        h.docx_wide_span,
        "item 11: spans capped by the table's grid",
    ),
    "3,000 cells over 3,000 empty rows.docx": (
        lambda: h.docx_padded_rows(3000, 3000),
        "item 11: a grid over 16 cells per written cell",
    ),
    "merge A7:XFD1048576.xlsx": (
        lambda: h.xlsx_table_and_merge("A7:XFD1048576"),
        "item 11: merges cut back to the stored cells, before openpyxl",
    ),
    "merge over stored cells far apart.xlsx": (
        lambda: h.xlsx_table_and_merge("A7:XFD1048576", far="XFD1048576"),
        "item 11: merges over 16 cells per stored cell",
    ),
    "1,000 x 1,001 diagonal.xlsx": (
        lambda: h.xlsx_diagonal(1000),
        "item 11: a grid over 16 cells per written cell",
    ),
    "3,000 tabs over 3,000 short rows.txt": (
        lambda: b"a\tb\t" + b"\t" * 3000 + b"\n" + b"a\tb\n" * 3000,
        "item 11: a grid over 16 cells per written cell",
    ),
    "xref /Prev loop.pdf": (h.pdf_prev_loop, "item 10: cross-reference rebuilt"),
    "20,000 updates chained by /Prev.pdf": (
        h.pdf_prev_chain,
        "item 10: cross-reference rebuilt",
    ),
    "xref stream /Prev loop.pdf": (
        h.pdf_xref_stream_prev_loop,
        "item 10: rebuilt, with the trailer the stream names",
    ),
    "page tree 20,000 deep.pdf": (
        h.pdf_page_tree_chain,
        "item 10: Python's stack (PDFium fails too)",
    ),
    "xref stream claiming 2e9 objects.pdf": (
        h.pdf_xref_stream_claiming,
        "item 12: claims checked against the entries held",
    ),
    "forms drawing forms, 10^10 drawings.pdf": (
        h.pdf_form_fan_out,
        "item 12: 10,000 form drawings a page",
    ),
    "forms nested 30 deep.pdf": (
        lambda: h.pdf_form_fan_out(30, 1),
        "item 12: forms nested 16 deep",
    ),
}

WARM_UP = {
    "txt": REPO / "samples" / "iku_metro_utara.txt",
    "docx": REPO / "samples" / "formats" / "iku_metro_utara.docx",
    "xlsx": REPO / "samples" / "formats" / "iku_metro_utara.xlsx",
    "pdf": REPO / "samples" / "formats" / "iku_metro_utara.pdf",
}
"""A good file of each format, read first: the libraries are imported and warm."""

CHILD = """
import json, resource, sys, time
from renstra.extract.errors import RenstraError
from renstra.extract.pipeline import extract_document
from renstra.schemas import Settings


def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1])


resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
path, warm_up = sys.argv[1:]
extract_document(warm_up)
try:  # reset the high-water mark to the present size (Linux)
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")
except OSError:
    pass
base = status("VmRSS:")
start = time.perf_counter()
try:
    document = extract_document(path)
    outcome = "read"
except RenstraError as e:
    outcome = f"{{e.code}}: {{e.reason}}"
elapsed = time.perf_counter() - start
print(json.dumps({{"time": elapsed, "peak_kib": status("VmHWM:") - base, "outcome": outcome}}))
"""


def measure(name: str, data: bytes, folder: Path) -> dict[str, object]:
    path = folder / name.replace("/", "_").replace(" ", "_")
    path.write_bytes(data)
    code = CHILD.format(memory=MEMORY)
    warm_up = WARM_UP[path.suffix.lstrip(".")]
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(path), str(warm_up)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    except subprocess.TimeoutExpired:
        return {"time": TIMEOUT_S, "peak_kib": None, "outcome": f"timeout ({TIMEOUT_S} s)"}
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"time": None, "peak_kib": None, "outcome": f"crashed: {tail}"}
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="cases whose name holds this text")
    args = parser.parse_args()
    print("| case | bytes | before | outcome now | handled by | time | peak memory |")
    print("| --- | ---: | --- | --- | --- | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (make, guard) in CASES.items():
            if args.only not in name:
                continue
            data = make()
            result = measure(name, data, Path(tmp))
            seconds = result["time"]
            peak = result["peak_kib"]
            time_text = f"{seconds:.3f} s" if isinstance(seconds, float) else "-"
            peak_text = "-" if not isinstance(peak, int) else _memory(peak)
            outcome = str(result["outcome"]).replace("|", "\\|")
            before = BEFORE.get(name, "")
            print(
                f"| {name} | {len(data):,} | {before} | {outcome} | {guard} | {time_text} "
                f"| {peak_text} |",
                flush=True,
            )


def _memory(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB" if kib >= 1024 else f"{max(kib, 0)} KiB"


if __name__ == "__main__":
    main()

"""Where a PDF's time goes, against pdfplumber's extract_tables() on the same pages.

A ladder of paths over the sample PDFs, each one adding a stage to the one above:
pdfplumber's layout alone, the floor (``extract_tables()``), what the reader asks of
pdfplumber (words as well), the whole reader, the parsers and checks, JSON, the write.
Each path runs ``--repeats`` times on each PDF, in turn, with a full garbage collection
before each run (outside the timing) so no path pays for another's garbage; a PDF's cost
is its fastest run (CPU time of the process by default), the least disturbed by other
processes. Then, with ``--profile``, cProfile's top functions for the floor and for the
whole pipeline over ``--count`` documents.

    .venv/bin/python benchmarks/profile_pdf.py
    .venv/bin/python benchmarks/profile_pdf.py --profile --count 100 --top 30
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

from bench_text import code_version, pin_to_one_core
from profile_text import table
from renstra.extract.pipeline import extract_document, read_source
from renstra.extract.readers import pdf as pdf_reader
from renstra.extract.writers.atomic import atomic_write_bytes
from renstra.extract.writers.json_out import document_json
from renstra.schemas import Settings

FORMATS = Path(__file__).resolve().parent.parent / "samples" / "formats"
SETTINGS = Settings()
Work = Callable[[Path, Path], object]


def layout(path: Path, out: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.objects  # noqa: B018 - the property parses the page


def floor(path: Path, out: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()


def floor_and_words(path: Path, out: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.extract_tables()


def reader_pdfplumber(path: Path, out: Path) -> object:
    return pdf_reader._load(read_source(str(path), SETTINGS), SETTINGS.limits.max_pdf_pages)


def reader(path: Path, out: Path) -> object:
    return pdf_reader.read(read_source(str(path), SETTINGS), SETTINGS)


def extract(path: Path, out: Path) -> object:
    return extract_document(str(path), SETTINGS)


def to_json(path: Path, out: Path) -> object:
    return document_json(extract_document(str(path), SETTINGS))


def pipeline(path: Path, out: Path) -> None:
    atomic_write_bytes(
        out / f"{path.stem}.json", document_json(extract_document(str(path), SETTINGS))
    )


LADDER: dict[str, tuple[Work, str]] = {
    "layout": (layout, "pdfplumber.open + page.objects: the parse all paths share"),
    "floor": (floor, "+ find_tables + Table.extract(): extract_tables(), the floor"),
    "floor+words": (floor_and_words, "+ page.extract_words(): all the reader needs of it"),
    "reader: pdfplumber": (reader_pdfplumber, "read_source + the reader's pdfplumber part"),
    "reader": (reader, "+ lines, tables, joins: the whole reader"),
    "extract": (extract, "+ build_document (parsers) + run_checks"),
    "json": (to_json, "+ document_json"),
    "pipeline": (pipeline, "+ atomic_write_bytes: renstra extract's per-file work"),
}


def ladder(paths: list[Path], repeats: int, clock: Callable[[], int], out: Path) -> list[str]:
    best = {(name, path): float("inf") for name in LADDER for path in paths}
    names = list(LADDER)
    for name in names:  # warm-up: imports, caches
        LADDER[name][0](paths[0], out)
    for repeat in range(repeats):
        for path in paths:
            turn = repeat % len(names)
            for name in names[turn:] + names[:turn]:
                gc.collect()
                start = clock()
                LADDER[name][0](path, out)
                best[name, path] = min(best[name, path], clock() - start)
    cost = {name: sum(best[name, path] for path in paths) / len(paths) / 1e6 for name in names}
    lines = [f"{'path':<19} {'ms/doc':>7} {'x floor':>8} {'step ms':>8}  what it adds"]
    previous = 0.0
    for name in names:
        lines.append(
            f"{name:<19} {cost[name]:7.2f} {cost[name] / cost['floor']:8.3f} "
            f"{cost[name] - previous:+8.2f}  {LADDER[name][1]}"
        )
        previous = cost[name]
    return lines


def profiled(work: Work, paths: list[Path], out: Path) -> pstats.Stats:
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        work(path, out)
    profiler.disable()
    return pstats.Stats(profiler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=20, help="runs of each path per PDF")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu")
    parser.add_argument("--profile", action="store_true", help="also run cProfile")
    parser.add_argument("--count", type=int, default=60, help="documents under cProfile")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the first allowed)")
    args = parser.parse_args(argv)

    pinned = pin_to_one_core(args.cpu)
    paths = sorted(FORMATS.glob("*.pdf"))
    clock = time.process_time_ns if args.clock == "cpu" else time.perf_counter_ns
    out = Path(tempfile.mkdtemp(prefix="renstra-profile-"))
    try:
        print(
            f"PDF stages, {len(paths)} sample PDFs, fastest of {args.repeats} runs each, "
            f"{args.clock} time, {pinned}, code {code_version()}"
        )
        print("\n".join(ladder(paths, args.repeats, clock, out)))
        if args.profile:
            docs = list(islice(cycle(paths), args.count))
            for name in ("floor", "pipeline"):
                stats = profiled(LADDER[name][0], docs, out)
                print(f"\ncProfile, {name}, {len(docs)} documents, top {args.top} cumulative:")
                print("\n".join(table(stats, "cumulative", args.top, len(docs))))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

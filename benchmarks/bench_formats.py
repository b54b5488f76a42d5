"""Per-format throughput on one core in one process, and the PDF path against pdfplumber.

For each format (.pdf, .docx, .xlsx, and text for comparison) the samples of that format
are cycled to ``--count`` documents and run ``--repeats`` times after a warm-up:

- pipeline: ``extract_document`` + ``document_json`` + ``atomic_write_bytes`` per file, the
  calls ``renstra extract`` makes for one file (file in, JSON file out);
- extract: ``extract_document`` alone (read, reader, parsers, checks), no JSON, no write.

The floor is pdfplumber on the same PDFs: ``pdfplumber.open(path)`` and
``page.extract_tables()`` for every page, nothing else. The paths take turns document by
document, each timed on its own (wall clock and CPU time of the process) after a full
garbage collection, and the ratio pipeline / floor is taken per repeat and reported as
the median: it holds when other processes load the machine.

    .venv/bin/python benchmarks/bench_formats.py                  # 300 docs per format
    .venv/bin/python benchmarks/bench_formats.py --tmp /dev/shm   # outputs on tmpfs
    .venv/bin/python benchmarks/bench_formats.py --formats pdf --samples samples/real
                                          # exporters' PDFs: borderless, ruled, multi-page
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

from bench_text import Sample, code_version, output_path, pin_to_one_core
from corpus import ROOT, SAMPLES
from renstra.extract.inputs import InputFile
from renstra.extract.pipeline import extract_document
from renstra.extract.writers.atomic import atomic_write_bytes
from renstra.extract.writers.json_out import document_json
from renstra.schemas import Settings

FORMATS = ROOT / "samples" / "formats"
TARGET_PDF_RATIO = 1.1
TARGET_OFFICE_DOCS_PER_S = 100.0
GLOBS = {"pdf": ["*.pdf"], "docx": ["*.docx"], "xlsx": ["*.xlsx"], "text": ["*.txt", "*.md"]}


def load_inputs(fmt: str, count: int, folder: Path | None = None) -> list[InputFile]:
    """``count`` inputs cycling the samples of ``fmt``: samples/formats (text: samples/), or
    every file of that format under ``folder`` (e.g. samples/real: exporters' PDFs)."""
    if folder is None:
        folder = SAMPLES if fmt == "text" else FORMATS
        samples = sorted(p for pattern in GLOBS[fmt] for p in folder.glob(pattern))
    else:
        samples = sorted(p for pattern in GLOBS[fmt] for p in folder.rglob(pattern))
    return [
        InputFile(str(p), f"{i:05d}_{p.name}") for i, p in enumerate(islice(cycle(samples), count))
    ]


def pdf_pages(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def pipeline(item: InputFile, out: Path, settings: Settings) -> None:
    document = extract_document(item.path, settings)
    atomic_write_bytes(output_path(out, item), document_json(document))


def extract(item: InputFile, out: Path, settings: Settings) -> None:
    extract_document(item.path, settings)


def floor(item: InputFile, out: Path, settings: Settings) -> None:
    """pdfplumber's own table extraction on every page: the library floor."""
    import pdfplumber

    with pdfplumber.open(item.path) as pdf:
        for page in pdf.pages:
            page.extract_tables()


Work = Callable[[InputFile, Path, Settings], None]


def run_once(paths: dict[str, Work], inputs: list[InputFile], scratch: Path) -> dict[str, Sample]:
    """Every path on every document, document by document, each path timed on its own.

    The paths take turns on each document (in a rotating order), so a change of load on
    the machine falls on all of them alike and their ratio holds. A full garbage
    collection before each call, outside the timing, keeps one path's garbage from being
    collected on another's clock; no path pays for collecting its own reference cycles
    either, which flatters the floor: pdfplumber leaves each page's chars in cycles
    until ``pdf.close()``, our reader frees them as it goes.
    """
    settings = Settings()
    wall = dict.fromkeys(paths, 0)
    cpu = dict.fromkeys(paths, 0)
    wall_clock, cpu_clock = time.perf_counter_ns, time.process_time_ns
    names = list(paths)
    out = Path(tempfile.mkdtemp(dir=scratch))
    try:
        for i, item in enumerate(inputs):
            for name in names[i % len(names) :] + names[: i % len(names)]:
                gc.collect()
                start_wall, start_cpu = wall_clock(), cpu_clock()
                paths[name](item, out, settings)
                wall[name] += wall_clock() - start_wall
                cpu[name] += cpu_clock() - start_cpu
    finally:
        shutil.rmtree(out)
    return {name: Sample(wall[name] / 1e9, cpu[name] / 1e9) for name in paths}


def measure(
    fmt: str, inputs: list[InputFile], repeats: int, warmup: int, scratch: Path
) -> dict[str, list[Sample]]:
    paths: dict[str, Work] = {"pipeline": pipeline, "extract": extract}
    if fmt == "pdf":
        paths["floor"] = floor
    run_once(paths, inputs[:warmup], scratch)
    samples: dict[str, list[Sample]] = {name: [] for name in paths}
    for _ in range(repeats):
        for name, sample in run_once(paths, inputs, scratch).items():
            samples[name].append(sample)
    return samples


def median_ratio(a: list[Sample], b: list[Sample], clock: str) -> float:
    pairs = zip(a, b, strict=True)
    return statistics.median(getattr(x, clock) / getattr(y, clock) for x, y in pairs)


def report(results: dict[str, dict[str, list[Sample]]], docs: int, pages: int) -> list[str]:
    lines = [
        f"{'format':<6} {'path':<9} {'docs/s per run':<26} {'median':>7} {'ms/doc':>7} "
        f"{'pages/s':>8} {'CPU docs/s':>10}"
    ]
    for fmt, samples in results.items():
        for name, runs in samples.items():
            rates = " ".join(f"{docs / s.wall:7.1f}" for s in runs)
            wall = statistics.median(s.wall for s in runs)
            cpu = statistics.median(s.cpu for s in runs)
            page_rate = f"{pages / wall:8.1f}" if fmt == "pdf" else f"{'':>8}"
            lines.append(
                f"{fmt:<6} {name:<9} {rates:<26} {docs / wall:7.1f} {1000 * wall / docs:7.2f} "
                f"{page_rate} {docs / cpu:10.1f}"
            )
    lines.append("")
    if "pdf" in results:
        pdf = results["pdf"]
        for name in ("pipeline", "extract"):
            pairs = zip(pdf[name], pdf["floor"], strict=True)
            per_run = " ".join(f"{x.wall / y.wall:.3f}" for x, y in pairs)
            wall = median_ratio(pdf[name], pdf["floor"], "wall")
            cpu = median_ratio(pdf[name], pdf["floor"], "cpu")
            verdict = "MET" if max(wall, cpu) <= TARGET_PDF_RATIO else "NOT MET"
            lines.append(
                f"pdf {name} / extract_tables(): wall {wall:.3f} (runs {per_run}), CPU {cpu:.3f}"
                f"  target {TARGET_PDF_RATIO}x: {verdict}"
            )
    for fmt in ("docx", "xlsx"):
        if fmt in results:
            rate = docs / statistics.median(s.wall for s in results[fmt]["pipeline"])
            verdict = "MET" if rate >= TARGET_OFFICE_DOCS_PER_S else "NOT MET"
            target = f"target {TARGET_OFFICE_DOCS_PER_S:.0f}"
            lines.append(f"{fmt} pipeline {rate:.1f} docs/s  {target}: {verdict}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300, help="documents per run and format")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=20, help="documents per warm-up run")
    parser.add_argument("--formats", nargs="+", choices=list(GLOBS), default=list(GLOBS))
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the first allowed)")
    parser.add_argument("--tmp", type=Path, help="scratch folder for outputs (default: $TMPDIR)")
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    parser.add_argument(
        "--samples", type=Path, help="read every file of each format under this folder instead"
    )
    args = parser.parse_args(argv)

    pinned = pin_to_one_core(args.cpu)
    load_before = os.getloadavg()[0]
    inputs = {fmt: load_inputs(fmt, args.count, args.samples) for fmt in args.formats}
    pages = sum(pdf_pages(item.path) for item in inputs.get("pdf", []))
    scratch = Path(tempfile.mkdtemp(prefix="renstra-bench-", dir=args.tmp))
    results: dict[str, dict[str, list[Sample]]] = {}
    try:
        for fmt, items in inputs.items():
            results[fmt] = measure(fmt, items, args.repeats, min(args.warmup, args.count), scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    distinct = {fmt: len({item.path for item in items}) for fmt, items in inputs.items()}
    print(
        f"renstra per-format throughput: {args.count} documents per format "
        f"(distinct samples: {distinct}; PDFs: {pages} pages), {args.repeats} repeats after a "
        f"{min(args.warmup, args.count)}-document warm-up, code {code_version()}"
    )
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{pinned}, scratch under {args.tmp or tempfile.gettempdir()}, "
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after"
    )
    print()
    print("\n".join(report(results, args.count, pages)))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        seconds = {
            fmt: {name: [{"wall": s.wall, "cpu": s.cpu} for s in runs] for name, runs in r.items()}
            for fmt, r in results.items()
        }
        payload = {"count": args.count, "pdf_pages": pages, "seconds": seconds}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

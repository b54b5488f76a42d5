"""Batch throughput and memory of `renstra extract` (the CLI as a user runs it).

1. Documents/s on a mixed corpus (text from benchmarks/corpus/ or the samples, plus copies
   of samples/formats/*.docx, .xlsx, .pdf) with 1, 2 and N (= all cores) workers, and the
   speed-up against 1 worker; every run starts from an empty output folder.
2. Peak memory (RSS of the batch process plus its workers, sampled every 20 ms) for 100
   and for 10,000 text documents: it must not grow with the count.
3. Our time on the corpus's PDFs (1 worker, whole pipeline) against pdfplumber's own
   parse of the same files in one process (open, extract_words and find_tables per page,
   what our reader asks of it): the cost of parsing, checks, writing and the sandbox.

Ratios are what hold on a noisy machine; absolute figures move with the load.

    .venv/bin/python benchmarks/bench_batch.py                # 2,500 documents
    .venv/bin/python benchmarks/bench_batch.py --text 400 --office 40 --pdf 20   # quick
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from itertools import cycle, islice
from pathlib import Path

import corpus
import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"
FORMATS = ROOT / "samples" / "formats"
RESULTS = ROOT / "benchmarks" / "results"


def renstra() -> list[str]:
    script = Path(sys.executable).parent / "renstra"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from renstra.extract.cli import main; main()"]


def text_sources() -> list[Path]:
    found = sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".md"))
    if not found:
        found = sorted(p for p in (ROOT / "samples").glob("*") if p.suffix in (".txt", ".md"))
    return found


def build_corpus(folder: Path, text: int, office: int, pdf: int) -> dict[str, int]:
    """Copies under unique names, each with bytes of its own: ``text`` text files,
    ``office`` .docx and ``office`` .xlsx, ``pdf`` PDFs (the two seeds of each format,
    alternately)."""
    folder.mkdir(parents=True)
    counts = {}
    plan = [
        ("text", text_sources(), text),
        ("docx", sorted(FORMATS.glob("*.docx")), office),
        ("xlsx", sorted(FORMATS.glob("*.xlsx")), office),
        ("pdf", sorted(FORMATS.glob("*.pdf")), pdf),
    ]
    for kind, sources, count in plan:
        for i, source in enumerate(islice(cycle(sources), count)):
            corpus.distinct_copy(source, folder / f"{kind}_{i:05d}_{source.name}", i)
        counts[kind] = count
    return counts


def run_extract(folder: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and peak summed RSS (bytes) of one `renstra extract` run."""
    command = [*renstra(), "extract", str(folder), "-o", str(out), "-j", str(jobs), "-q"]
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            try:
                tree = [process, *process.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if process.returncode not in (0, 2):
        raise SystemExit(f"renstra extract failed ({process.returncode}): {err.decode()[-500:]}")
    return wall, peak[0]


def pdfplumber_seconds(paths: list[Path]) -> float:
    import pdfplumber

    start = time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.find_tables()
                page.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", type=int, default=2000)
    parser.add_argument("--office", type=int, default=200, help="docx and xlsx each")
    parser.add_argument("--pdf", type=int, default=100)
    parser.add_argument("--memory-counts", type=int, nargs=2, default=[100, 10_000])
    parser.add_argument("--no-save", action="store_true", help="do not write benchmarks/results")
    args = parser.parse_args()

    cores = len(os.sched_getaffinity(0))
    jobs_list = sorted({1, 2, cores})
    scratch = Path(tempfile.mkdtemp(prefix="renstra-bench-"))
    lines: list[str] = []
    result: dict[str, object] = {"cores": cores, "python": platform.python_version()}

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    try:
        machine = f"{platform.system()} {platform.machine()}, {cores} core(s)"
        say(f"renstra batch benchmark on {machine}, Python {platform.python_version()}, "
            f"load {os.getloadavg()[0]:.2f}")  # fmt: skip
        corpus = scratch / "mixed"
        counts = build_corpus(corpus, args.text, args.office, args.pdf)
        total = counts["text"] + 2 * counts["docx"] + counts["pdf"]
        say(f"\n1. mixed corpus: {total} documents ({counts['text']} text, {counts['docx']} "
            f".docx, {counts['docx']} .xlsx, {counts['pdf']} .pdf)")  # fmt: skip
        say(f"{'workers':>8} {'wall s':>8} {'docs/s':>8} {'speed-up':>9} {'peak RSS MiB':>13}")
        speeds: dict[int, float] = {}
        for jobs in jobs_list:
            wall, peak = run_extract(corpus, scratch / f"out{jobs}", jobs)
            speeds[jobs] = total / wall
            say(f"{jobs:>8} {wall:>8.2f} {speeds[jobs]:>8.1f} {speeds[jobs] / speeds[1]:>8.2f}x "
                f"{peak / 2**20:>13.0f}")  # fmt: skip
        same = all(
            (scratch / f"out{j}" / name).read_bytes() == (scratch / "out1" / name).read_bytes()
            for j in jobs_list
            for name in ("indicators.csv", "findings.csv", "summary.json")
        )
        say(f"batch CSVs and summary identical across worker counts: {same}")
        result["throughput"] = {"counts": counts, "docs_per_s": speeds, "identical": same}

        say("\n2. peak memory, text documents, 1 worker")
        memory = {}
        for count in args.memory_counts:
            folder = scratch / f"text{count}"
            build_corpus(folder, count, 0, 0)
            wall, peak = run_extract(folder, scratch / f"mem{count}", 1)
            memory[count] = peak
            rate = count / wall
            say(f"{count:>8} documents: peak RSS {peak / 2**20:6.0f} MiB, {rate:7.1f} docs/s")
        low, high = args.memory_counts
        say(f"ratio {high:,} / {low:,} documents: {memory[high] / memory[low]:.2f}x")
        result["memory_bytes"] = memory

        pdfs = sorted(corpus.glob("pdf_*"))
        if pdfs:
            say(f"\n3. the {len(pdfs)} PDFs: renstra (1 worker) vs pdfplumber's own parse")
            only = scratch / "pdfs"
            only.mkdir()
            for path in pdfs:
                os.link(path, only / path.name)
            ours, _ = run_extract(only, scratch / "outpdf", 1)
            theirs = pdfplumber_seconds(pdfs)
            say(f"renstra {ours:.2f} s, pdfplumber {theirs:.2f} s: ratio {ours / theirs:.2f}")
            result["pdf"] = {"renstra_s": ours, "pdfplumber_s": theirs}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "batch.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (RESULTS / "batch.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

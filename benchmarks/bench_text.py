"""Throughput of text/markdown documents on one core in one process (start-up excluded).

Three timed paths, each warmed up first and then run ``--repeats`` times over ``--count``
documents, every run writing into a fresh temporary folder that is kept until the end
(see ``timed``):

- split: the calls inside ``extract_document`` made one by one so each stage is timed
  (read+parse = file read/detect, text reader, build_document; then checks, JSON
  serialise, atomic write);
- library: ``extract_document`` + ``document_json`` + ``atomic_write_bytes``, the per-file
  calls ``renstra extract`` makes, timed as one loop (the figure held against the target);
- extract_to: ``renstra.extract.batch.extract_to``, which also writes the two CSVs.

    .venv/bin/python benchmarks/bench_text.py                  # the samples, cycled
    .venv/bin/python benchmarks/bench_text.py --input corpus   # benchmarks/corpus/
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path

import corpus
from bench_file_creation import cpu_us_per_file, renstra_atomic_write
from renstra.extract.batch import extract_to
from renstra.extract.checks import run_checks
from renstra.extract.inputs import InputFile
from renstra.extract.parse import build_document
from renstra.extract.pipeline import extract_document, read_source
from renstra.extract.readers import reader_for
from renstra.extract.version import RENSTRA_VERSION
from renstra.extract.writers.atomic import atomic_write_bytes
from renstra.extract.writers.json_out import document_json
from renstra.schemas import Settings

TARGET_DOCS_PER_S = 1000.0
STAGES = ["read", "reader", "build", "checks", "json", "write"]
LABELS = {
    "read+parse": "read+parse",
    "read": "  file read + detect + sha256",
    "reader": "  text reader (decode, lines, tables)",
    "build": "  build_document (parsers)",
    "checks": "checks (run_checks)",
    "json": "JSON serialise (document_json)",
    "write": "write (atomic_write_bytes)",
    "split": "total, split run",
    "library": "total, library path",
    "extract_to": "total, extract_to (JSON + CSVs)",
}


def load_inputs(
    source: str, count: int, seed: int = corpus.DEFAULT_SEED, copies: Path | None = None
) -> list[InputFile]:
    """``count`` inputs with distinct output names: the samples cycled, or the corpus.

    With ``copies``, each cycled sample is copied there under its own name and with bytes
    of its own, so every input is a distinct file: ``extract_to`` names outputs by input
    path and reads identical files once, so it would otherwise write (and, resuming, reuse)
    one output per sample instead of one per input.
    """
    if source == "corpus":
        return [InputFile(str(p), p.name) for p in corpus.corpus_paths(count, seed)]
    samples = sorted([*corpus.SAMPLES.glob("*.txt"), *corpus.SAMPLES.glob("*.md")])
    inputs = []
    for i, sample in enumerate(islice(cycle(samples), count)):
        name = f"{i:05d}_{sample.name}"
        path = sample
        if copies is not None:
            path = copies / name
            corpus.distinct_copy(sample, path, i)
        inputs.append(InputFile(str(path), name))
    return inputs


def code_version() -> str:
    """The commit measured, marked when extract/ or schemas/ differ from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=corpus.ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--", "extract", "schemas"],
            cwd=corpus.ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return f"{head}{' + uncommitted changes in extract/ or schemas/' if changed else ''}"


def output_path(out: Path, item: InputFile) -> Path:
    return out / (os.path.splitext(item.relative)[0] + ".json")


def run_library(inputs: list[InputFile], out: Path, settings: Settings) -> None:
    for item in inputs:
        atomic_write_bytes(
            output_path(out, item), document_json(extract_document(item.path, settings))
        )


def run_split(inputs: list[InputFile], out: Path, settings: Settings) -> dict[str, Sample]:
    """Wall and CPU seconds per stage: the calls of extract_document made one by one."""
    wall = dict.fromkeys(STAGES, 0)
    cpu = dict.fromkeys(STAGES, 0)
    stamps = [(0, 0)] * (len(STAGES) + 1)
    wall_clock, cpu_clock = time.perf_counter_ns, time.thread_time_ns
    for item in inputs:
        stamps[0] = (wall_clock(), cpu_clock())
        source = read_source(item.path, settings)
        stamps[1] = (wall_clock(), cpu_clock())
        raw = reader_for(source.format)(source, settings)
        stamps[2] = (wall_clock(), cpu_clock())
        document = build_document(raw, settings)
        stamps[3] = (wall_clock(), cpu_clock())
        document.findings = run_checks(document, settings)
        stamps[4] = (wall_clock(), cpu_clock())
        data = document_json(document)
        stamps[5] = (wall_clock(), cpu_clock())
        atomic_write_bytes(output_path(out, item), data)
        stamps[6] = (wall_clock(), cpu_clock())
        for i, stage in enumerate(STAGES):
            wall[stage] += stamps[i + 1][0] - stamps[i][0]
            cpu[stage] += stamps[i + 1][1] - stamps[i][1]
    return {stage: Sample(wall[stage] / 1e9, cpu[stage] / 1e9) for stage in STAGES}


@dataclass(frozen=True, slots=True)
class Sample:
    wall: float
    cpu: float
    """CPU time of this process: what the code costs when it does not wait for others."""


@dataclass
class Results:
    count: int
    samples: dict[str, list[Sample]] = field(default_factory=dict)
    """Path or stage -> its time for the whole run, one entry per repeat."""

    def add(self, key: str, sample: Sample) -> None:
        self.samples.setdefault(key, []).append(sample)

    def rates(self, key: str) -> list[float]:
        return [self.count / s.wall for s in self.samples[key]]

    def median_rate(self, key: str) -> float:
        return statistics.median(self.rates(key))

    def median_cpu_rate(self, key: str) -> float:
        return statistics.median(self.count / s.cpu for s in self.samples[key])

    def median_wall(self, key: str) -> float:
        return statistics.median(s.wall for s in self.samples[key])


def timed(work: Callable[[Path], object], scratch: Path) -> tuple[Sample, object]:
    """Time ``work`` writing into a fresh folder under ``scratch``, which is kept.

    Nothing is deleted until the whole benchmark is done: on ext4 without a journal, each
    new file's inode search steps over every inode freed in the last 60 to 360 seconds
    (``recently_deleted()`` in the kernel's fs/ext4/ialloc.c), so deleting one run's 2,000
    files before the next would make the next run's writes cost several times as much.
    """
    out = Path(tempfile.mkdtemp(dir=scratch))
    wall, cpu = time.perf_counter(), time.process_time()
    value = work(out)
    return Sample(time.perf_counter() - wall, time.process_time() - cpu), value


def benchmark(inputs: list[InputFile], repeats: int, warmup: int, scratch: Path) -> Results:
    settings = Settings()
    warm = inputs[:warmup]
    timed(lambda out: run_library(warm, out, settings), scratch)
    timed(lambda out: run_split(warm, out, settings), scratch)
    timed(lambda out: extract_to(warm, out, settings, force=True), scratch)
    results = Results(len(inputs))
    for _ in range(repeats):
        total, stages = timed(lambda out: run_split(inputs, out, settings), scratch)
        assert isinstance(stages, dict)
        for stage, sample in stages.items():
            results.add(stage, sample)
        parse = [stages[stage] for stage in ("read", "reader", "build")]
        results.add("read+parse", Sample(sum(s.wall for s in parse), sum(s.cpu for s in parse)))
        results.add("split", total)
        results.add("library", timed(lambda out: run_library(inputs, out, settings), scratch)[0])
        results.add(
            "extract_to",
            timed(lambda out: extract_to(inputs, out, settings, force=True), scratch)[0],
        )
    return results


def calibration_us() -> float:
    """This core's speed in one number: the best of 5 runs of ``sum(range(1000))``, in µs,
    so that figures from machines (or hours) of different speed can be set side by side."""
    runs = timeit.repeat("sum(range(1000))", number=2000, repeat=5)
    return min(runs) / 2000 * 1e6


def file_creation_us(scratch: Path, count: int = 300, size: int = 19_000) -> float:
    """What this file system charges now for one output file: CPU µs per
    ``atomic_write_bytes`` of ``size`` bytes into a fresh folder: the file system's
    counterpart of ``calibration_us``, which shows when the disk, not the code, changed."""
    folder = tempfile.mkdtemp(dir=scratch)
    return cpu_us_per_file(renstra_atomic_write, folder, count, b"x" * size)


SLOW_DISK_FACTOR = 4
"""A write stage dearer than this many probe writes was not the disk's normal state."""


def disk_warning(results: Results, probe_us: float) -> str | None:
    """A warning when the timed writes cost far more than the probe's: the probe's folder
    may sit in another block group than the runs' folders, so it can miss the slow state
    that follows a deletion, but the write stage cannot."""
    write_us = 1e6 * results.median_wall("write") / results.count
    if write_us <= SLOW_DISK_FACTOR * probe_us:
        return None
    return (
        f"warning: the write stage cost {write_us:.0f} us per file, {write_us / probe_us:.0f} "
        "times the probe: the disk was likely slowed by files deleted in the minutes before "
        "(see benchmarks/README.md); run again a few minutes after the last large deletion"
    )


def pin_to_one_core(cpu: int | None) -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    allowed = sorted(os.sched_getaffinity(0))
    chosen = allowed[0] if cpu is None else cpu
    os.sched_setaffinity(0, {chosen})
    return f"pinned to CPU {chosen} of {os.cpu_count()}"


def report(results: Results, repeats: int) -> list[str]:
    split_total = results.median_wall("split")
    runs = "  ".join(f"{'run ' + str(i + 1):>7}" for i in range(repeats))
    lines = [
        f"{'':<38} {'wall-clock docs/s':^{9 * repeats + 7}}  {'wall':>7}  {'share':>6}  {'CPU':>7}",
        f"{'stage':<38} {runs}  {'median':>7}  {'us/doc':>7}  {'(wall)':>6}  {'docs/s':>7}",
    ]
    for key in ["read+parse", *STAGES, "split", "library", "extract_to"]:
        if key == "split":
            lines.append("")
        rates = "  ".join(f"{r:7.0f}" for r in results.rates(key))
        median_s = results.median_wall(key)
        staged = key == "read+parse" or key in STAGES
        share = f"{100 * median_s / split_total:5.1f}%" if staged else ""
        lines.append(
            f"{LABELS[key]:<38} {rates}  {results.median_rate(key):7.0f}  "
            f"{1e6 * median_s / results.count:7.0f}  {share:>6}  "
            f"{results.median_cpu_rate(key):7.0f}"
        )
    lines.append("")
    compute = sum(results.median_wall(stage) for stage in STAGES if stage != "write")
    lines.append(
        f"without the output file (read, parse, checks, JSON serialise): "
        f"{results.count / compute:,.0f} docs/s; the write stage alone (create a temp file, "
        f"write, rename) runs at {results.median_rate('write'):,.0f} docs/s on this file system"
    )
    rate = results.median_rate("library")
    verdict = "MET" if rate >= TARGET_DOCS_PER_S else "NOT MET"
    lines.append(
        f"target {TARGET_DOCS_PER_S:,.0f} docs/s in one process, library path: {verdict} "
        f"(wall median {rate:,.0f} docs/s = {100 * rate / TARGET_DOCS_PER_S:.0f}% of target, "
        f"{1000 / rate:.2f} ms/doc; CPU-time {results.median_cpu_rate('library'):,.0f} docs/s)"
    )
    rate = results.median_rate("extract_to")
    lines.append(
        f"for reference, extract_to (JSON + CSVs; a sandboxed worker process and the batch "
        f"process share the one core): wall median {rate:,.0f} docs/s, {1000 / rate:.2f} "
        f"ms/doc; the batch process alone uses {results.median_cpu_rate('extract_to'):,.0f} "
        "docs/s of CPU time"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="documents per run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=200, help="documents per warm-up run")
    parser.add_argument("--input", choices=["samples", "corpus"], default="samples")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="corpus seed")
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the first allowed)")
    parser.add_argument("--tmp", type=Path, help="scratch folder for outputs (default: $TMPDIR)")
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    args = parser.parse_args(argv)

    pinned = pin_to_one_core(args.cpu)
    load_before = os.getloadavg()[0]
    scratch = Path(tempfile.mkdtemp(prefix="renstra-bench-", dir=args.tmp))
    copies = scratch / "inputs"
    copies.mkdir()
    try:
        inputs = load_inputs(args.input, args.count, args.seed, copies)
        distinct = {hashlib.sha256(Path(item.path).read_bytes()).digest() for item in inputs}
        size = sum(os.path.getsize(item.path) for item in inputs) / len(inputs)
        probe_before = file_creation_us(scratch)
        results = benchmark(inputs, args.repeats, min(args.warmup, len(inputs)), scratch)
        probe_after = file_creation_us(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(
        f"renstra {RENSTRA_VERSION} text throughput: {len(inputs)} documents from "
        f"{args.input} ({len(distinct)} distinct files, mean {size:,.0f} bytes), "
        f"{args.repeats} repeats after a {min(args.warmup, len(inputs))}-document warm-up, "
        f"code {code_version()}"
    )
    print(
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{pinned}, scratch under {args.tmp or tempfile.gettempdir()}, "
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; "
        f"calibration: sum(range(1000)) takes {calibration_us():.1f} us"
    )
    print(
        f"file system: a 19,000-byte atomic write costs {probe_before:.0f} us of CPU before "
        f"the runs, {probe_after:.0f} us after (on ext4 without a journal, it costs more for "
        "a few minutes after many files were deleted: see benchmarks/README.md)"
    )
    print()
    print("\n".join(report(results, args.repeats)))
    warning = disk_warning(results, max(probe_before, probe_after))
    if warning:
        print(warning)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        seconds = {
            key: [{"wall": x.wall, "cpu": x.cpu} for x in runs]
            for key, runs in results.samples.items()
        }
        payload = {"input": args.input, "count": len(inputs), "seconds": seconds}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

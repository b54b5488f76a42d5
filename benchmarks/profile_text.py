"""cProfile over the per-file work of `renstra extract` on text documents.

Warms up outside the profiler, then profiles ``extract_document`` + ``document_json`` +
``atomic_write_bytes`` over ``--count`` documents (default 1,000) and prints the top
functions by cumulative and by own (total) time, each with its share of the profiled
loop's time and its cost per document, then own time summed per module or package.
cProfile adds a fixed cost to every Python call, so call-heavy code looks somewhat dearer
than it is: read shares, not absolute times.

    .venv/bin/python benchmarks/profile_text.py
    .venv/bin/python benchmarks/profile_text.py --input corpus --dump /tmp/text.prof
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

import corpus
from bench_text import code_version, load_inputs, pin_to_one_core, run_library
from renstra.schemas import Settings

Key = tuple[str, int, str]
ROOT = str(corpus.ROOT) + os.sep


def where(key: Key) -> str:
    path, line, name = key
    if path == "~":  # a builtin: cProfile names it "<built-in method ...>"
        return name
    for marker in ("site-packages" + os.sep, "python3.11" + os.sep):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path.removeprefix(ROOT)}:{line}({name})"


def table(stats: pstats.Stats, sort: str, top: int, count: int) -> list[str]:
    raw: dict[Key, tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = max(entry[3] for entry in raw.values())  # the root's cumulative time
    column = 3 if sort == "cumulative" else 2
    rows = sorted(raw.items(), key=lambda item: item[1][column], reverse=True)[:top]
    lines = [
        f"{'ncalls':>10} {'tottime s':>9} {'%':>5} {'cumtime s':>9} {'%':>5} "
        f"{'cum us/doc':>10}  function"
    ]
    for key, (primitive, calls, own, cumulative, _) in rows:
        ncalls = f"{calls}" if calls == primitive else f"{calls}/{primitive}"
        lines.append(
            f"{ncalls:>10} {own:9.3f} {100 * own / total:5.1f} {cumulative:9.3f} "
            f"{100 * cumulative / total:5.1f} {1e6 * cumulative / count:10.0f}  {where(key)}"
        )
    return lines


def group_of(path: str) -> str:
    """A repository file by its path, an installed package by its name, the stdlib by file."""
    if "site-packages" + os.sep in path:
        return path.split("site-packages" + os.sep, 1)[1].split(os.sep, 1)[0] + " (package)"
    if path.startswith(ROOT):
        return path.removeprefix(ROOT)
    return "stdlib " + os.path.basename(path)


def by_module(stats: pstats.Stats, top: int) -> list[str]:
    """Own time summed per repository module / installed package; C functions by name."""
    raw: dict[Key, tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = max(entry[3] for entry in raw.values())
    groups: dict[str, float] = {}
    for (path, _, name), (_, _, own, _, _) in raw.items():
        group = name if path == "~" else group_of(path)
        groups[group] = groups.get(group, 0.0) + own
    lines = [f"{'own s':>9} {'%':>5}  module, package or C function"]
    for group, own in sorted(groups.items(), key=lambda item: item[1], reverse=True)[:top]:
        lines.append(f"{own:9.3f} {100 * own / total:5.1f}  {group}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--input", choices=["samples", "corpus"], default="samples")
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the first allowed)")
    parser.add_argument("--dump", type=Path, help="also save the raw profile (for snakeviz)")
    args = parser.parse_args(argv)

    pinned = pin_to_one_core(args.cpu)
    inputs = load_inputs(args.input, args.count)
    settings = Settings()
    scratch = Path(tempfile.mkdtemp(prefix="renstra-profile-"))
    try:
        run_library(inputs[:200], scratch / "warm", settings)
        profiler = cProfile.Profile()
        profiler.enable()
        run_library(inputs, scratch / "run", settings)
        profiler.disable()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    stats = pstats.Stats(profiler)
    total = max(entry[3] for entry in stats.stats.values())  # type: ignore[attr-defined]
    print(
        f"cProfile, {len(inputs)} documents from {args.input}, {pinned}, code {code_version()}: "
        f"{total:.3f} s profiled ({1e3 * total / len(inputs):.2f} ms/doc under the profiler)"
    )
    for sort, title in (("cumulative", "cumulative time"), ("tottime", "own (total) time")):
        print()
        print(f"top {args.top} by {title}:")
        print("\n".join(table(stats, sort, args.top, len(inputs))))
    print()
    print("own time grouped by where it is spent (top 15):")
    print("\n".join(by_module(stats, 15)))
    if args.dump:
        stats.dump_stats(args.dump)
        print(f"\nraw profile written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

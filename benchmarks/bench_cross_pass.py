"""What the cross-document pass costs ``extract_to``: the same batch with every rule and
with the ``#cross`` rules ignored, alternating, one core.

    .venv/bin/python benchmarks/bench_cross_pass.py [--count 2000] [--tmp /dev/shm]

The inputs are the text samples cycled (each copy with bytes of its own), so every
document is one of many versions of itself: the worst case for the pass, which then reads
back and rewrites nearly every JSON.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_text  # noqa: E402
from renstra.extract.batch import extract_to  # noqa: E402
from renstra.schemas import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--tmp", default=None, help="scratch folder (default: the system's)")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    scratch = Path(tempfile.mkdtemp(dir=args.tmp))
    try:
        (scratch / "in").mkdir()
        inputs = bench_text.load_inputs("samples", args.count, copies=scratch / "in")
        extract_to(inputs[:100], scratch / "warm", Settings(), force=True)
        runs = {"every rule": Settings(), "ignore #cross": Settings(ignore=("#cross",))}
        for repeat in range(args.repeats):
            for label, settings in runs.items():
                out = scratch / f"out-{repeat}-{label.replace(' ', '-')}"
                start = time.perf_counter()
                extract_to(inputs, out, settings, force=True)
                seconds = time.perf_counter() - start
                print(f"{label:>14}: {len(inputs) / seconds:6.0f} docs/s")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

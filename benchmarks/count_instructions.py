"""Instructions per text document, stage by stage, counted by valgrind's callgrind.

Wall-clock rates on a shared VM move by a third from one run to the next; the number of
instructions a stage executes barely moves, so it is the figure to compare two commits by.
Each stage runs over ``--count`` documents once and then three times, each in a fresh
interpreter under callgrind; the difference divided by two runs of ``--count`` documents is
what one document costs, with start-up, imports and set-up cancelled out.

    .venv/bin/python benchmarks/count_instructions.py                  # every stage
    .venv/bin/python benchmarks/count_instructions.py --stages build all
    .venv/bin/python benchmarks/count_instructions.py --stages all --input corpus

Stages: reader (decode, lines, tables), build (every parser), checks (run_checks), json
(document_json), all (the library path: extract_document, document_json and an atomic
write into a tmpfs folder, as bench_text.py times it). Needs valgrind on PATH; a run takes
about a minute per stage. PYTHONHASHSEED is fixed so that set and dict order are the same
in every run.

The parsers memoise what recurs across a batch (cell texts, table headers, OPD mentions).
The single stages run the same documents again, so their caches always hit: they measure
each stage's work on inputs seen before. *all* runs each repetition over new documents:
with ``--input corpus`` (distinct generated files) that is the cost of documents not seen
before; with the samples (13 files, cycled) every document has been seen.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

STAGES = ("reader", "build", "checks", "json", "all")
COLLECTED = re.compile(r"Collected : (\d+)")
MAX_REPEATS = 3
WARM_DOCUMENTS = 100
CORPUS_COUNT = 2000
"""Ask for the corpus at its usual size, which every smaller run reads a prefix of."""


def run_stage(stage: str, repeats: int, count: int, source: str) -> None:
    """The worker: build the single stages' inputs from the first ``count`` documents and
    run ``stage`` ``repeats`` times over them; *all* runs repetition r over documents
    r*count to (r+1)*count instead."""
    from bench_text import load_inputs, run_library
    from renstra.extract.checks import run_checks
    from renstra.extract.parse import build_document
    from renstra.extract.pipeline import read_source
    from renstra.extract.readers import reader_for
    from renstra.extract.writers.json_out import document_json
    from renstra.schemas import Settings

    settings = Settings()
    needed = count * MAX_REPEATS + WARM_DOCUMENTS
    everything = load_inputs(source, needed if source == "samples" else max(needed, CORPUS_COUNT))
    inputs = everything[:count]
    scratch = Path(tempfile.mkdtemp(dir=_scratch_root()))
    # Warm up, as a batch would have by then, on documents no repetition reads.
    run_library(everything[needed - WARM_DOCUMENTS : needed], scratch / "warm", settings)
    sources = [read_source(item.path, settings) for item in inputs]
    raws = [reader_for(source.format)(source, settings) for source in sources]
    documents = [build_document(raw, settings) for raw in raws]
    for document in documents:
        document.findings = run_checks(document, settings)
    for repeat in range(repeats):
        if stage == "reader":
            for source in sources:
                reader_for(source.format)(source, settings)
        elif stage == "build":
            for raw in raws:
                build_document(raw, settings)
        elif stage == "checks":
            for document in documents:
                run_checks(document, settings)
        elif stage == "json":
            for document in documents:
                document_json(document)
        else:
            batch = everything[repeat * count : (repeat + 1) * count]
            run_library(batch, scratch / f"run{repeat}", settings)
    shutil.rmtree(scratch, ignore_errors=True)


def _scratch_root() -> str | None:
    return "/dev/shm" if os.path.isdir("/dev/shm") else None


def instructions(stage: str, repeats: int, count: int, source: str) -> int:
    """Instructions callgrind counts for a whole worker run of ``stage``."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, __file__, "--worker", stage, str(repeats), "--count", str(count),
        "--input", source,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    found = COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        raise SystemExit(f"callgrind run of {stage} failed: {tail[0]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--count", type=int, default=300, help="documents per repetition")
    parser.add_argument("--input", choices=("samples", "corpus"), default="samples")
    parser.add_argument("--worker", nargs=2, metavar=("STAGE", "REPEATS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        run_stage(args.worker[0], int(args.worker[1]), args.count, args.input)
        return 0
    if shutil.which("valgrind") is None:
        print("count_instructions.py needs valgrind (apt install valgrind)", file=sys.stderr)
        return 2
    from bench_text import code_version

    print(
        f"instructions per document (callgrind), {args.count} documents per repetition from "
        f"{args.input}, code {code_version()}"
    )
    for stage in args.stages:
        once = instructions(stage, 1, args.count, args.input)
        thrice = instructions(stage, MAX_REPEATS, args.count, args.input)
        print(f"{stage:8s} {(thrice - once) / (2 * args.count):>12,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Wall time of a fresh `renstra` process: `--help`, and `extract` on one small sample.

Each command runs ``--runs`` times (default 10) after one untimed run; the median and the
minimum are printed beside a bare `python -c pass` (the interpreter's own floor). The
children write their bytecode caches into a temporary PYTHONPYCACHEPREFIX (filled by the
untimed run, nothing written in the tree), as an installed package has its .pyc files,
whatever PYTHONDONTWRITEBYTECODE says here; ``--env-as-is`` keeps the environment. Then
`python -X importtime` over `renstra --help` (and, for comparison, over the `extract`
run) lists the 10 imports with the largest cumulative time, so the figure can be
explained.

    .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_text import code_version

ROOT = Path(__file__).resolve().parent.parent
SMALL_SAMPLE = ROOT / "samples" / "iku_metro_utara.txt"
HELP_TARGET_S = 0.3
_IMPORTTIME = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S.*)$")


def renstra_command() -> list[str]:
    """The installed console script beside this interpreter, else its `-c` equivalent."""
    script = Path(sys.executable).parent / "renstra"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from renstra.extract.cli import main; main()"]


def child_env(pycache: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def wall_times(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    # Untimed first run: fills the bytecode cache and the disk cache.
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
    return times


def import_times(
    renstra: list[str], args: list[str], env: dict[str, str]
) -> list[tuple[int, int, int, str]]:
    """(cumulative us, self us, depth, module) for each import `renstra ARGS` makes."""
    argv = [sys.executable, "-X", "importtime"]
    argv += renstra if len(renstra) == 1 else renstra[1:]  # the script, or -c CODE
    completed = subprocess.run(
        [*argv, *args], check=True, capture_output=True, text=True, cwd=ROOT, env=env
    )
    rows = []
    for line in completed.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            own, cumulative, indent, name = match.groups()
            rows.append((int(cumulative), int(own), len(indent) // 2, name))
    return rows


def print_imports(label: str, rows: list[tuple[int, int, int, str]], top: int = 10) -> None:
    total = sum(cumulative for cumulative, _, depth, _ in rows if depth == 0)
    print()
    print(f"python -X importtime, {label}: {len(rows)} modules, {total / 1e6:.3f} s in all")
    print(f"top {top} by cumulative time (depth 0 = imported at top level; a nested import's")
    print("time is also inside its parents'):")
    print(f"{'cumulative ms':>14} {'self ms':>8} {'depth':>5}  module")
    for cumulative, own, depth, name in sorted(rows, reverse=True)[:top]:
        print(f"{cumulative / 1000:14.1f} {own / 1000:8.1f} {depth:5d}  {'  ' * depth}{name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sample", type=Path, default=SMALL_SAMPLE)
    parser.add_argument("--env-as-is", action="store_true", help="no private bytecode cache")
    args = parser.parse_args(argv)

    renstra = renstra_command()
    with tempfile.TemporaryDirectory(prefix="renstra-startup-") as scratch:
        out = os.path.join(scratch, "out")
        env = child_env(None if args.env_as_is else os.path.join(scratch, "pycache"))
        commands = {
            "python -c pass (interpreter floor)": [sys.executable, "-c", "pass"],
            "renstra --help": [*renstra, "--help"],
            f"renstra extract {args.sample.name} -q": [
                *renstra, "extract", str(args.sample), "-o", out, "-q"
            ],
        }  # fmt: skip
        print(f"renstra start-up, {args.runs} runs each after one untimed run")
        print(f"command: {' '.join(renstra)}; code {code_version()}")
        print(f"load average {os.getloadavg()[0]:.2f}")
        if args.env_as_is:
            cache = "as the environment has it"
            if env.get("PYTHONDONTWRITEBYTECODE"):
                cache += " (PYTHONDONTWRITEBYTECODE set: modules without a .pyc compile each run)"
        else:
            cache = "private PYTHONPYCACHEPREFIX, filled by the untimed run"
        print(f"bytecode cache: {cache}")
        print()
        print(f"{'command':<44} {'median s':>9} {'min s':>7} {'max s':>7}")
        medians = {}
        for label, command in commands.items():
            times = wall_times(command, args.runs, env)
            medians[label] = statistics.median(times)
            print(f"{label:<44} {medians[label]:9.3f} {min(times):7.3f} {max(times):7.3f}")

        help_s = medians["renstra --help"]
        verdict = "MET" if help_s < HELP_TARGET_S else "NOT MET"
        print()
        print(f"target renstra --help under {HELP_TARGET_S} s: {verdict} (median {help_s:.3f} s)")
        help_imports = import_times(renstra, ["--help"], env)
        extract_args = ["extract", str(args.sample), "-o", os.path.join(scratch, "imp"), "-q"]
        extract_imports = import_times(renstra, extract_args, env)

    print_imports("renstra --help", help_imports)
    print_imports(f"renstra extract {args.sample.name} (for comparison)", extract_imports)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`renstra serve` under load on loopback: throughput, latency, answers, memory.

Starts ``renstra serve --workers W`` on a free 127.0.0.1 port (a subprocess, stopped at the
end), sends a warm-up of every sample file twice one after the other, then ``--requests``
uploads (a mix of real samples: .txt, .md, .docx, .xlsx and a born-digital .pdf, cycled)
to ``POST /v1/documents`` from ``--clients`` threads, each with its own httpx client, and
prints:

- throughput (uploads/s over the loaded run) and latency p50/p90/p99 (nearest rank);
- answers by status; every sample must come back 200 with its Document: a 5xx, another
  status, a wrong body or a connection error makes the script exit 1;
- memory: the RSS of the server process and of its workers (psutil, the process tree),
  sampled at start, after the warm-up, every second during the run and after it. "Flat"
  means the last sample is at most ``--margin`` (10 %) above the one after the warm-up.

    .venv/bin/python benchmarks/serve_load.py                      # 200 uploads, 8 clients
    .venv/bin/python benchmarks/serve_load.py --requests 1000 --clients 16 --workers 2
    .venv/bin/python benchmarks/serve_load.py --json benchmarks/results/serve_load.json

The clients run on the same machine as the server and take CPU from it: on a small
machine the figure is the whole loopback system's, not the server's alone.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from itertools import cycle, islice
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
MIX = [
    SAMPLES / "renstra_metro_timur.txt",
    SAMPLES / "renstra_disdik_tanah_datar_baru.md",
    SAMPLES / "formats" / "iku_metro_utara.docx",
    SAMPLES / "formats" / "renstra_metro_timur.xlsx",
    SAMPLES / "formats" / "iku_metro_utara.pdf",
]
"""One file of each format the server reads without OCR or LibreOffice."""
MIB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Memory:
    """RSS samples of the server and its workers: (seconds since start, label, server
    bytes, each worker's bytes)."""

    server: psutil.Process
    started: float = field(default_factory=time.monotonic)
    samples: list[tuple[float, str, int, list[int]]] = field(default_factory=list)

    def sample(self, label: str) -> tuple[float, str, int, list[int]]:
        own = self.server.memory_info().rss
        workers = []
        for child in self.server.children(recursive=True):
            # a worker replaced between the two calls is not counted
            with contextlib.suppress(psutil.NoSuchProcess):
                workers.append(child.memory_info().rss)
        row = (time.monotonic() - self.started, label, own, workers)
        self.samples.append(row)
        return row

    def every_second(self, stop: threading.Event) -> None:
        while not stop.wait(1.0):
            self.sample("during")


def start_server(workers: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-c", "from renstra.extract.cli import main; main()", "serve",
               "--port", str(port), "--workers", str(workers), "--lang", "en"]  # fmt: skip
    with open(log, "wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the server did not start:\n{log.read_text(errors='replace')}")


@dataclass
class Outcome:
    latency_s: float
    status: int | None
    """None: a connection error (``problem`` says which)."""
    problem: str | None = None


def upload(client: httpx.Client, path: Path, content: bytes) -> Outcome:
    begun = time.perf_counter()
    try:
        answer = client.post("/v1/documents", files={"file": (path.name, content)})
    except httpx.TransportError as e:
        return Outcome(time.perf_counter() - begun, None, f"{type(e).__name__}: {e}")
    latency = time.perf_counter() - begun
    problem = None
    if answer.status_code == 200:
        try:
            said = answer.json()["source"]["path"]
        except (ValueError, KeyError, TypeError):
            said = None
        if said != path.name:
            problem = f"{path.name}: 200 without its Document ({answer.text[:80]!r})"
    else:
        problem = f"{path.name}: {answer.status_code} {answer.text[:200]}"
    return Outcome(latency, answer.status_code, problem)


def load(base: str, files: list[Path], clients: int) -> tuple[list[Outcome], float]:
    """Every file of ``files`` posted once, by ``clients`` threads taking the next one."""
    contents = {path: path.read_bytes() for path in set(files)}
    work: queue.Queue[Path] = queue.Queue()
    for path in files:
        work.put(path)
    outcomes: list[Outcome] = []
    lock = threading.Lock()

    def client_loop() -> None:
        with httpx.Client(base_url=base, timeout=300) as client:
            while True:
                try:
                    path = work.get_nowait()
                except queue.Empty:
                    return
                outcome = upload(client, path, contents[path])
                with lock:
                    outcomes.append(outcome)

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    begun = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, time.perf_counter() - begun


def percentile(values: list[float], p: float) -> float:
    """Nearest rank: the smallest value with at least p % of the values at or under it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def run(args: argparse.Namespace) -> dict[str, Any]:
    args.load_average = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="serve-load-") as scratch:
        process, base = start_server(args.workers, Path(scratch) / "server.log")
        try:
            memory = Memory(psutil.Process(process.pid))
            memory.sample("start")
            warm, _ = load(base, MIX * 2, 1)
            memory.sample("warm")
            stop = threading.Event()
            sampler = threading.Thread(target=memory.every_second, args=(stop,))
            sampler.start()
            files = list(islice(cycle(MIX), args.requests))
            outcomes, elapsed = load(base, files, args.clients)
            stop.set()
            sampler.join()
            time.sleep(1.0)
            memory.sample("after")
            health = httpx.get(f"{base}/healthz", timeout=10).status_code
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    return report(args, warm + outcomes, outcomes, elapsed, memory, health)


def report(args: argparse.Namespace, every: list[Outcome], outcomes: list[Outcome],
           elapsed: float, memory: Memory, health: int) -> dict[str, Any]:  # fmt: skip
    statuses: dict[str, int] = {}
    for outcome in outcomes:
        key = "connection error" if outcome.status is None else str(outcome.status)
        statuses[key] = statuses.get(key, 0) + 1
    latencies = [o.latency_s for o in outcomes]
    totals = {label: own + sum(workers) for _, label, own, workers in memory.samples}
    after_warm = totals["warm"]
    last = totals["after"]
    peak = max(own + sum(workers) for _, _, own, workers in memory.samples)
    problems = [o.problem for o in every if o.problem]
    return {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": args.load_average,
        },
        "requests": args.requests,
        "clients": args.clients,
        "workers": args.workers,
        "seconds": round(elapsed, 2),
        "uploads_per_s": round(len(outcomes) / elapsed, 2),
        "latency_s": {f"p{p}": round(percentile(latencies, p), 3) for p in (50, 90, 99)}
        | {"max": round(max(latencies), 3)},
        "statuses": statuses,
        "server_5xx": sum(1 for o in outcomes if o.status is not None and o.status >= 500),
        "problems": problems,
        "healthz_after": health,
        "memory_mib": {
            "start": round(totals["start"] / MIB, 1),
            "after_warm_up": round(after_warm / MIB, 1),
            "peak": round(peak / MIB, 1),
            "after": round(last / MIB, 1),
            "margin": args.margin,
            "flat": last <= after_warm * (1 + args.margin),
            "samples": [
                {
                    "t": round(t, 1),
                    "at": label,
                    "server": round(own / MIB, 1),
                    "workers": [round(w / MIB, 1) for w in workers],
                }  # fmt: skip
                for t, label, own, workers in memory.samples
            ],
        },
    }


def print_report(result: dict[str, Any]) -> None:
    latency = result["latency_s"]
    mem = result["memory_mib"]
    first_during = [s for s in mem["samples"] if s["at"] == "during"]
    print(f"{result['requests']} uploads, {result['clients']} clients, "
          f"{result['workers']} workers, {result['machine']['cpus']} CPUs "
          f"(load average before {result['machine']['load_average_before'][0]:.2f})")  # fmt: skip
    print(f"throughput: {result['uploads_per_s']:.1f} uploads/s ({result['seconds']:.1f} s)")
    print(f"latency: p50 {latency['p50'] * 1000:.0f} ms, p90 {latency['p90'] * 1000:.0f} ms, "
          f"p99 {latency['p99'] * 1000:.0f} ms, max {latency['max'] * 1000:.0f} ms")  # fmt: skip
    print("answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(result["statuses"].items())))
    print(f"5xx: {result['server_5xx']}; /healthz after the run: {result['healthz_after']}")
    print(f"memory (server + workers, MiB): start {mem['start']}, after warm-up "
          f"{mem['after_warm_up']}, peak {mem['peak']} ({len(first_during)} samples during), "
          f"after {mem['after']}")  # fmt: skip
    for sample in (mem["samples"][1], mem["samples"][-1]):
        workers = ", ".join(f"{w}" for w in sample["workers"])
        print(f"  {sample['at']}: server {sample['server']}, workers [{workers}]")
    change = mem["after"] / mem["after_warm_up"] - 1
    verdict = "flat" if mem["flat"] else "NOT flat"
    print(f"memory {verdict}: after is {change:+.1%} of after warm-up "
          f"(margin +{mem['margin']:.0%})")  # fmt: skip
    for problem in result["problems"][:10]:
        print(f"problem: {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="uploads in the loaded run")
    parser.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=2, help="renstra serve --workers")
    parser.add_argument(
        "--margin", type=float, default=0.10, help="growth after warm-up still flat (0.10: 10 %%)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    result = run(args)
    print_report(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    failed = result["problems"] or result["healthz_after"] != 200
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

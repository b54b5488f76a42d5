"""The sandboxed worker pool: order, isolation, time and memory limits, crashes.

The functions sent to workers are builtins (pickled by reference, so a worker needs no
test module): ``time.sleep`` to take time, ``os.readlink("/proc/self")`` for a pid,
``bytearray`` to ask for memory, ``signal.raise_signal`` and ``os._exit`` to die.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Sequence
from typing import Any

import psutil
import pytest
from renstra.extract.parallel import run_ordered
from renstra.extract.sandbox import Failure, Sandbox, SandboxStartError

MiB = 1024 * 1024
LIMITS: dict[str, Any] = {"timeout_s": 30.0, "max_memory_bytes": 1024 * MiB}


def results(
    fn: Callable[[Any], Any], tasks: Sequence[Any], jobs: int = 2, **options: Any
) -> list[tuple[Any, Any]]:
    return list(run_ordered(fn, tasks, jobs=jobs, **{**LIMITS, **options}))


def our_workers() -> list[psutil.Process]:
    return [
        child
        for child in psutil.Process().children(recursive=True)
        if "renstra.extract.sandbox" in " ".join(child.cmdline())
    ]


def test_results_come_back_in_input_order_whatever_finishes_first() -> None:
    # the first task sleeps longest, so the later ones finish before it
    tasks = [0.6, 0.0, 0.2, 0.0, 0.1]
    assert [task for task, _ in results(time.sleep, tasks, jobs=3)] == tasks


def test_a_small_window_still_yields_every_result_in_order() -> None:
    tasks = list(range(-40, 0))
    assert results(abs, tasks, jobs=2, window=3) == [(t, -t) for t in tasks]


@pytest.mark.parametrize("jobs", [1, 3])
def test_work_never_runs_in_the_calling_process(jobs: int) -> None:
    pids = {int(pid) for _, pid in results(os.readlink, ["/proc/self"] * 6, jobs=jobs)}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= jobs


def test_a_call_over_the_time_limit_is_a_timeout_and_the_next_task_runs() -> None:
    out = results(time.sleep, [60, 0], jobs=1, timeout_s=0.5)
    task, failure = out[0]
    assert isinstance(failure, Failure)
    assert (task, failure.code) == (60, "timeout")
    assert failure.reason == "took longer than 0.5 s; its worker was stopped"
    assert (
        failure.reason_in("id")
        == "memakan waktu lebih dari 0,5 detik; proses pembacanya dihentikan"
    )
    assert out[1] == (0, None)


def test_a_call_over_the_memory_limit_is_limit_exceeded() -> None:
    out = results(bytearray, [2048 * MiB, 10], jobs=1, max_memory_bytes=512 * MiB)
    failure = out[0][1]
    assert isinstance(failure, Failure)
    assert failure.code == "limit-exceeded"
    assert "memory limit" in failure.reason
    assert "batas memori" in failure.reason_in("id")
    assert out[1] == (10, bytearray(10))


@pytest.mark.parametrize(
    ("fn", "task", "code", "reason"),
    [
        (signal.raise_signal, signal.SIGSEGV, "source-error", "the parser crashed (SIGSEGV)"),
        (os._exit, 3, "source-error", "its worker exited unexpectedly (status 3)"),
        (int, "x", "source-error", "worker failed (ValueError: invalid literal"),
    ],
)
def test_a_worker_that_dies_or_raises_fails_only_its_task(
    fn: object, task: object, code: str, reason: str
) -> None:
    out = list(
        run_ordered(fn, [task], jobs=1, **LIMITS)  # type: ignore[arg-type]
    ) + results(abs, [-1], jobs=1)
    failure = out[0][1]
    assert isinstance(failure, Failure)
    assert (failure.code, failure.reason[: len(reason)]) == (code, reason)
    assert out[1] == (-1, 1)


def test_workers_stop_when_the_caller_stops_early() -> None:
    generator = run_ordered(time.sleep, [0.0, 30, 30], jobs=3, **LIMITS)
    assert next(generator) == (0.0, None)
    assert len(our_workers()) == 3
    generator.close()
    assert our_workers() == []


def test_workers_stop_after_the_last_result() -> None:
    assert results(abs, [-1, -2], jobs=2) == [(-1, 1), (-2, 2)]
    assert our_workers() == []


def test_a_memory_limit_too_low_for_python_is_a_start_error() -> None:
    with pytest.raises(SandboxStartError, match="while starting"):
        results(abs, [-1], jobs=1, max_memory_bytes=4 * MiB, preload=("renstra.extract.job",))


def test_sandbox_run_is_a_blocking_call() -> None:
    sandbox = Sandbox(1024 * MiB)
    try:
        assert sandbox.run(abs, -5, timeout=30) == 5
        assert sandbox.run(time.sleep, 30, timeout=0.3).code == "timeout"
        assert sandbox.run(abs, -6, timeout=30) == 6
    finally:
        sandbox.close()

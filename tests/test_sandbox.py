"""A worker's life ends with its batch: it dies with a killed parent, and one stopped while
writing a file leaves no temp file behind.

The functions the workers run here are this module's (``sleep_in_task``, ``write_slowly``):
the worker imports it, so PYTHONPATH names the repository."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest
from renstra.extract.sandbox import STOP_GRACE_S, Sandbox

from .paths import REPO, SAMPLES

MiB = 1024 * 1024


def sleep_in_task(task: Any) -> None:
    """Stands for a file that keeps its worker busy: says so beside its output, then sleeps
    far longer than any test."""
    Path(task.output + ".busy").touch()
    time.sleep(600)


def write_slowly(path: str) -> None:
    """An atomic write that stalls halfway, its temp file on disk."""
    from renstra.extract.writers import atomic

    real = atomic._write_all

    def stalled(fd: int, data: bytes) -> None:
        real(fd, data[:1])
        Path(path + ".busy").touch()
        time.sleep(600)
        real(fd, data[1:])

    atomic._write_all = stalled
    atomic.atomic_write_bytes(path, b"half and half")


def wait_for(condition: Callable[[], Any], seconds: float) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds} s")


def gone(pid: int) -> bool:
    """Exited: no such process, or a zombie nobody reaps (its parent was killed)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def workers_of(pid: int) -> list[psutil.Process]:
    try:
        children = psutil.Process(pid).children()
    except psutil.NoSuchProcess:
        return []
    return [c for c in children if "renstra.extract.sandbox" in " ".join(c.cmdline())]


@pytest.fixture
def repo_on_path(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    return dict(os.environ)


def test_a_worker_dies_with_a_batch_killed_by_sigkill(
    tmp_path: Path, repo_on_path: dict[str, str]
) -> None:
    """`renstra extract` on a file that keeps the worker busy (the time limit an hour), the
    batch killed with kill -9: the worker goes at once, not when its time is up."""
    source = tmp_path / "iku.txt"
    shutil.copy(SAMPLES / "iku_metro_utara.txt", source)
    out = tmp_path / "out"
    script = (
        "import renstra.extract.batch as batch\n"
        "from tests.test_sandbox import sleep_in_task\n"
        "batch.run = sleep_in_task\n"
        "from renstra.extract.cli import app\n"
        f"app(['extract', {str(source)!r}, '-o', {str(out)!r}, '-j', '1', '--timeout', '3600'])\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=repo_on_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[psutil.Process] = []
    try:
        workers = wait_for(lambda: workers_of(parent.pid), 60)
        wait_for((out / "iku.json.busy").exists, 60)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        started = time.monotonic()
        wait_for(lambda: all(gone(w.pid) for w in workers), 5)
        assert time.monotonic() - started < 5
    finally:
        parent.kill()
        parent.wait()
        for worker in workers:
            if not gone(worker.pid):
                worker.kill()


def test_where_the_kernel_cannot_the_worker_sees_its_parent_go(
    repo_on_path: dict[str, str],
) -> None:
    """The fallback (no PR_SET_PDEATHSIG): a thread that looks for the parent each second."""
    child = (
        "import sys; from renstra.extract.sandbox import _watch_parent; "
        "_watch_parent(int(sys.argv[1]))"
    )
    script = (
        "import os, subprocess, sys, time\n"
        f"child = subprocess.Popen([sys.executable, '-c', {child!r}, str(os.getpid())])\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], env=repo_on_path, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    pid = int(parent.stdout.readline())
    try:
        time.sleep(0.5)
        assert not gone(pid)  # alive while its parent is
        parent.kill()
        parent.wait()
        wait_for(lambda: gone(pid), 5)
    finally:
        parent.kill()
        parent.wait()
        if not gone(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_worker_stopped_while_writing_removes_its_temp_file(
    tmp_path: Path, repo_on_path: dict[str, str]
) -> None:
    """What a failed or interrupted batch does to its busy workers: no ``.NAME.*.tmp`` is
    left beside the outputs."""
    target = tmp_path / "iku.json"
    sandbox = Sandbox(1024 * MiB)
    try:
        sandbox.send(write_slowly, str(target), timeout=60)
        wait_for(Path(str(target) + ".busy").exists, 60)
        assert [p.name for p in tmp_path.glob(".iku.json.*.tmp")]
        started = time.monotonic()
        sandbox.close()
        assert time.monotonic() - started < STOP_GRACE_S
    finally:
        sandbox.kill()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["iku.json.busy"]

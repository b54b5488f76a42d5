"""A real `renstra serve` (uvicorn in a subprocess) on a free 127.0.0.1 port, for the tests
that go through the network stack."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server(*options: str, env: dict[str, str | None] | None = None) -> Iterator[str]:
    """``renstra serve --port <free> OPTIONS...`` until the block ends: its base URL, once
    /healthz answers. ``env``: variables set for it (None: removed). Its output goes to a
    file (a pipe nobody reads would fill and block it), shown if it fails to start."""
    port = free_port()
    command = [sys.executable, "-c", "from renstra.extract.cli import main; main()", "serve",
               "--port", str(port), *options]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        changed = {**os.environ, **(env or {})}
        environment = {name: value for name, value in changed.items() if value is not None}
        process = subprocess.Popen(command, env=environment, stdout=log, stderr=subprocess.STDOUT)
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(f"{base}/healthz", timeout=2).close()
                    break
                except OSError:
                    if process.poll() is not None:
                        log.seek(0)
                        raise AssertionError(log.read().decode(errors="replace")) from None
                    time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

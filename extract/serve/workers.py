"""A persistent pool of sandboxed workers for single documents.

``renstra extract`` starts its workers per batch; a server that did so per request would
pay a Python start (and the parsing stack's imports) on every upload. Here ``size``
Sandboxes start with the server and are checked out one request at a time through a
``queue.Queue`` (so any number of request threads may call ``run``); a worker that a
hostile file killed (time or memory limit, a crash) is started again before it goes back
in the queue, so the next request finds it warm.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

from ..sandbox import Failure, Sandbox


class WorkerPool:
    def __init__(
        self, size: int, *, max_memory_bytes: int, timeout_s: float, preload: tuple[str, ...]
    ) -> None:
        self.size = max(1, size)
        self.timeout_s = timeout_s
        self._idle: queue.Queue[Sandbox] = queue.Queue()
        self._all: list[Sandbox] = []
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.size):
            worker = Sandbox(max_memory_bytes, preload)
            worker.start()  # starts without waiting: its "ready" is read by its first call
            self._all.append(worker)
            self._idle.put(worker)
        self.replaced = 0
        """Workers started again after a call left them dead (for /healthz and tests)."""

    def run(self, fn: Callable[[Any], Any], arg: Any) -> Any:
        """``fn(arg)`` in an idle worker (waiting for one): its result, or a Failure
        (timeout, memory, crash) when the worker did not return."""
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        worker = self._idle.get()
        try:
            result = worker.run(fn, arg, self.timeout_s)
        except BaseException:
            worker.kill()
            raise
        finally:
            if not worker.alive and not self._closed:
                with self._lock:
                    self.replaced += 1
                worker.start()
            self._idle.put(worker)
        return result

    @property
    def idle(self) -> int:
        return self._idle.qsize()

    def close(self) -> None:
        """Stop every worker (a busy one is asked, then killed: see Sandbox.close)."""
        self._closed = True
        for worker in self._all:
            worker.stop()
        for worker in self._all:
            with contextlib.suppress(Exception):
                worker.close()


__all__ = ["Failure", "WorkerPool"]

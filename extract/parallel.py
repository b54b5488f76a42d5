"""Run one function over many tasks in N sandboxed workers; results come back in order.

The parent keeps ``depth`` tasks queued at each worker (so a worker never waits for its
parent between two files), waits on all their sockets at once, kills a worker whose call
outlives the time limit (that task's result is a timeout Failure; the tasks queued behind
it go to a fresh worker) and yields results in input order whatever finishes first. At
most ``window`` tasks are handed out past the oldest unfinished one, so the results held
for reordering stay few however long the batch is.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from typing import Any, Generic, TypeVar

from .sandbox import PENDING, Sandbox
from .work_events import WorkEvent

T = TypeVar("T")
DEPTH = 2


def default_window(jobs: int) -> int:
    return 8 * jobs + 16


class _Pool(Generic[T]):
    def __init__(self, fn: Callable[[T], Any], jobs: int, timeout_s: float, memory: int,
                 preload: tuple[str, ...],
                 on_event: Callable[[WorkEvent], None] | None) -> None:  # fmt: skip
        self.fn = fn
        self.on_event = on_event
        self.timeout_s = timeout_s
        self.workers = [Sandbox(memory, preload) for _ in range(jobs)]
        self.queued: dict[Sandbox, deque[tuple[int, T]]] = {w: deque() for w in self.workers}
        self.retry: deque[tuple[int, T]] = deque()
        self.done: dict[int, tuple[T, Any]] = {}

    def free_worker(self) -> Sandbox | None:
        """The least loaded worker with room in its queue (started ones first)."""
        room = [w for w in self.workers if len(self.queued[w]) < DEPTH]
        if not room:
            return None
        return min(room, key=lambda w: (len(self.queued[w]), not w.alive))

    def send(self, worker: Sandbox, index: int, task: T) -> None:
        worker.send(self.fn, task, self.timeout_s)
        self.queued[worker].append((index, task))

    @property
    def busy(self) -> list[Sandbox]:
        return [w for w in self.workers if self.queued[w]]

    def collect(self) -> None:
        """Wait for a worker to answer or run out of time, and file what happened."""
        from multiprocessing.connection import wait

        busy = self.busy
        by_connection = {worker.connection: worker for worker in busy}
        timeout = max(0.0, min(worker.deadline() for worker in busy) - time.monotonic())
        for connection in wait(list(by_connection), timeout):
            worker = by_connection[connection]
            result = worker.receive()
            if isinstance(result, WorkEvent):
                if self.on_event is not None:
                    self.on_event(result)
            elif result is not PENDING:
                self.finish(worker, result)
        now = time.monotonic()
        for worker in self.busy:
            if worker.deadline() <= now:
                self.finish(worker, worker.expire())

    def finish(self, worker: Sandbox, result: Any) -> None:
        index, task = self.queued[worker].popleft()
        self.done[index] = (task, result)
        if not worker.alive:  # stopped: what was queued behind goes to a fresh worker
            self.retry.extendleft(reversed(self.queued[worker]))
            self.queued[worker].clear()

    def close(self) -> None:
        for worker in self.workers:  # every busy one asked at once: one grace period
            worker.stop()
        for worker in self.workers:
            worker.close()


def run_ordered(
    fn: Callable[[T], Any],
    tasks: Iterable[T],
    *,
    jobs: int,
    timeout_s: float,
    max_memory_bytes: int,
    preload: tuple[str, ...] = (),
    window: int | None = None,
    on_event: Callable[[WorkEvent], None] | None = None,
) -> Generator[tuple[T, Any], None, None]:
    """Yield ``(task, fn(task) or Failure)`` in the order of ``tasks``; ``on_event`` hears
    what the calls say as they run (an OCR page done), as it comes.

    Workers start on first use and stop when the iterator is exhausted or closed (also on
    an exception or Ctrl-C in the caller).
    """
    window = window or default_window(jobs)
    pool: _Pool[T] = _Pool(fn, jobs, timeout_s, max_memory_bytes, preload, on_event)
    pending = iter(tasks)
    exhausted = False
    submitted = head = 0
    try:
        while True:
            while (worker := pool.free_worker()) is not None:
                if pool.retry:
                    pool.send(worker, *pool.retry.popleft())
                    continue
                if exhausted or submitted >= head + window:
                    break
                try:
                    task = next(pending)
                except StopIteration:
                    exhausted = True
                    break
                pool.send(worker, submitted, task)
                submitted += 1
            while head in pool.done:
                yield pool.done.pop(head)
                head += 1
            if not pool.busy:
                if exhausted and not pool.retry:
                    return
                continue
            pool.collect()
    finally:
        pool.close()

"""Run a batch's per-file work on a Dask cluster; results come back in input order.

Each Dask task runs the same function as a local batch, inside a Sandbox kept per Dask
worker thread (so PDFs are still parsed under the memory and time limits, never in the
Dask worker itself). Paths travel as they are: every worker must see the input files at
the paths given (a shared file system); the client writes the outputs. ``"local"`` starts
a LocalCluster in this process (threads driving sandboxes), mostly to try the Dask path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable
from typing import Any, TypeVar

from .messages import msg
from .parallel import default_window
from .sandbox import Failure, Sandbox

T = TypeVar("T")
CONNECT_TIMEOUT_S = 30
_local = threading.local()


class DistributedError(RuntimeError):
    """The cluster cannot be used: dask missing, scheduler unreachable, work cancelled."""


def run_ordered(
    fn: Callable[[T], Any],
    tasks: Iterable[T],
    *,
    scheduler: str,
    jobs: int,
    timeout_s: float,
    max_memory_bytes: int,
    preload: tuple[str, ...] = (),
    window: int | None = None,
) -> Generator[tuple[T, Any], None, None]:
    """Yield ``(task, fn(task) or Failure)`` in the order of ``tasks``."""
    try:
        from distributed import Client, LocalCluster, as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError as e:
        raise DistributedError("--scheduler needs dask: pip install 'renstra[dask]'") from e

    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=1,
            threads_per_worker=jobs,
            processes=False,
            dashboard_address=None,
            scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"},  # not port 8787
        )
        client = Client(cluster)
        slots = jobs
    else:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, ValueError) as e:
            raise DistributedError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from e
        slots = max(1, sum(client.nthreads().values()))
    window = window or default_window(slots)
    pending = iter(tasks)
    futures: dict[Any, tuple[int, T]] = {}
    done: dict[int, tuple[T, Any]] = {}
    flow = as_completed()
    submitted = head = 0
    exhausted = False
    try:
        while True:
            while not exhausted and submitted < head + window:
                try:
                    task = next(pending)
                except StopIteration:
                    exhausted = True
                    break
                future = client.submit(
                    _call, fn, task, timeout_s, max_memory_bytes, preload, pure=False
                )
                futures[future] = (submitted, task)
                flow.add(future)
                submitted += 1
            while head in done:
                yield done.pop(head)
                head += 1
            if not futures:
                return
            future = next(flow)
            index, task = futures.pop(future)
            try:
                done[index] = (task, future.result())
            except KilledWorker as e:
                done[index] = (
                    task,
                    Failure("source-error", msg("error.dask-worker-died", detail=str(e))),
                )
            except FutureCancelledError as e:
                raise DistributedError(f"the Dask cluster cancelled the work ({e})") from e
            future.release()
    finally:
        for future in futures:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _call(
    fn: Callable[[Any], Any], task: Any, timeout_s: float, memory: int, preload: tuple[str, ...]
) -> Any:
    """On a Dask worker: run ``fn(task)`` in this thread's sandbox."""
    sandbox: Sandbox | None = getattr(_local, "sandbox", None)
    if sandbox is None or sandbox.max_memory_bytes != memory or sandbox.preload != preload:
        if sandbox is not None:
            sandbox.close()
        sandbox = _local.sandbox = Sandbox(memory, preload)
    return sandbox.run(fn, task, timeout_s)

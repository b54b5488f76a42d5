"""A worker process with a memory limit and a time limit, for parsing hostile files.

pdfminer (under pdfplumber) has no decompression cap and has had recursion and
infinite-loop bugs, so no file is parsed in the batch's own process: a ``Sandbox`` is a
plain child interpreter (``python -c``, not multiprocessing, so it also starts inside
daemonic Dask workers) that sets ``RLIMIT_AS``, ignores Ctrl-C (its parent handles it) and
runs one call at a time sent over a socket. The parent kills it when a call outlives the
time limit; a call that runs out of memory gets MemoryError and the worker retires after
answering. A worker dies with its parent: on Linux the kernel kills it when the parent
exits (``PR_SET_PDEATHSIG``), and elsewhere a thread that sees the parent gone ends it; the
alarm a child arms a little past the limit is the last resort. A worker stopped while busy
(the batch failed or was interrupted) gets SIGTERM first, so that a file it was writing is
not left behind as a temp file, and SIGKILL if it does not stop within STOP_GRACE_S.
POSIX only (pass_fds, SIGALRM, RLIMIT_AS).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .messages import Msg, msg
from .work_events import WorkEvent

if TYPE_CHECKING:
    from .messages import Lang

log = logging.getLogger(__name__)

STARTUP_TIMEOUT_S = 120.0
ALARM_GRACE_S = 10.0
STOP_GRACE_S = 2.0
"""How long a busy worker asked to stop (SIGTERM) has before it is killed."""
PARENT_POLL_S = 1.0
"""How often a worker without PR_SET_PDEATHSIG looks whether its parent is gone."""
DETAIL_CHARS = 250
"""What an unexpected error says is cut to this, so the reason stays one short line."""
_CHILD = "from renstra.extract.sandbox import main; main()"


@dataclass(frozen=True, slots=True)
class Failure:
    """A call that did not return: ``code`` is a RenstraError code, ``message`` why (a
    catalogue message: see ``error_messages``)."""

    code: str
    message: Msg

    @property
    def reason(self) -> str:
        return self.reason_in("en")

    def reason_in(self, lang: Lang) -> str:
        from .errors import error_text

        return error_text(self.message, lang)


class SandboxStartError(RuntimeError):
    """A worker could not start at all (a memory limit below what Python needs, say)."""


class _Pending:
    """Returned by ``receive`` when the message was the worker saying it is ready."""


PENDING = _Pending()


class Sandbox:
    """One worker; ``run`` for a blocking call, or ``send``/``receive`` to drive many.

    Calls may be queued (sent before the previous one answered), so the worker never
    waits for its parent between two files; the time limit counts from when a call can
    start. When the worker stops (timeout, crash, retirement after MemoryError) the calls
    queued behind the failed one are lost: ``alive`` turns False and the caller re-sends.
    """

    def __init__(self, max_memory_bytes: int, preload: tuple[str, ...] = ()) -> None:
        self.max_memory_bytes = max_memory_bytes
        self.preload = preload
        self._process: subprocess.Popen[bytes] | None = None
        self._connection: Any = None
        self._ready = False
        self._spawned = 0.0
        self._queued = 0
        self._head_started = 0.0
        self._timeout = 0.0
        self._excluded = 0.0
        self._stopping = False

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> None:
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # set order never differs between runs
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _CHILD, str(theirs.fileno()),
                 str(self.max_memory_bytes), str(os.getpid()), *self.preload],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )  # fmt: skip
        finally:
            theirs.close()
        self._connection = Connection(ours.detach())
        self._ready = False
        self._spawned = time.monotonic()
        self._queued = 0
        self._stopping = False

    def stop(self) -> None:
        """Ask a busy worker to stop (SIGTERM: the file it writes is cleaned up), without
        waiting; ``close`` then waits for it. Stop many, then close them, to wait once."""
        process = self._process
        if process is not None and self._queued and not self._stopping:
            if process.poll() is None:
                process.terminate()
            self._stopping = True

    def close(self) -> None:
        """Stop the worker (asked to stop if busy, killed if it does not) and wait for it."""
        self.stop()
        process, self._process = self._process, None
        self._queued = 0
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None
        if process is None:
            return
        try:
            process.wait(timeout=STOP_GRACE_S if self._stopping else 5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def kill(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
        self._stopping = True  # nothing left to ask
        self.close()

    # ---------------------------------------------------------------- calls

    @property
    def connection(self) -> Any:
        return self._connection

    @property
    def alive(self) -> bool:
        return self._process is not None

    @property
    def queued(self) -> int:
        """Calls sent and not answered yet."""
        return self._queued

    def deadline(self) -> float:
        """When the call at the head of the queue (or the start-up) runs out of time."""
        if not self._ready:
            return self._spawned + STARTUP_TIMEOUT_S
        return self._head_started + self._timeout + self._excluded

    def send(self, fn: Callable[[Any], Any], arg: Any, timeout: float) -> None:
        if self._process is None:
            self.start()
        self._timeout = timeout
        self._connection.send((fn, arg, timeout + ALARM_GRACE_S))
        self._queued += 1
        if self._queued == 1:
            self._head_started = time.monotonic()

    def receive(self) -> Any:
        """The head call's result, a Failure, PENDING (the worker only said it is ready) or
        a WorkEvent (the head call is still running: an OCR page is done, and its seconds
        no longer count against the time limit).

        Call it when ``connection`` is readable; a worker that died is reaped here and
        replaced on the next ``send``.
        """
        try:
            message = self._connection.recv()
        except (EOFError, OSError):
            return self._died()
        now = time.monotonic()
        if message[0] == "ready":
            self._ready = True
            self._head_started = now
            return PENDING
        if message[0] == "event":
            event = WorkEvent(message[1], message[2])
            self._excluded += event.seconds
            return event
        self._queued -= 1
        self._head_started = now
        self._excluded = 0.0
        if message[0] == "ok":
            return message[1]
        if message[0] == "retire":
            self.close()
        return Failure(message[1], message[2])

    def expire(self) -> Failure:
        """Kill the worker whose deadline passed; the head call is reported as a timeout."""
        if not self._ready:
            self.kill()
            raise SandboxStartError(f"a worker did not start within {STARTUP_TIMEOUT_S:g} s")
        timeout = self._timeout
        self.kill()
        return Failure("timeout", msg("error.timeout", seconds=float(timeout)))

    def run(
        self,
        fn: Callable[[Any], Any],
        arg: Any,
        timeout: float,
        on_event: Callable[[WorkEvent], None] | None = None,
    ) -> Any:
        """Blocking call: the result or a Failure; ``on_event`` hears what it says as it
        runs."""
        self.send(fn, arg, timeout)
        while True:
            left = self.deadline() - time.monotonic()
            if left <= 0 or not self._connection.poll(left):
                return self.expire()
            result = self.receive()
            if isinstance(result, WorkEvent):
                if on_event is not None:
                    on_event(result)
            elif result is not PENDING:
                return result

    def _died(self) -> Failure:
        process = self._process
        ready = self._ready
        self.close()
        status = process.returncode if process is not None else None
        if not ready:
            raise SandboxStartError(
                f"a worker exited while starting (status {status}); is the memory limit "
                f"({self.max_memory_bytes:,} bytes) too low?"
            )
        if status == -signal.SIGALRM:
            return Failure("timeout", msg("error.timeout-alarm"))
        if status == -signal.SIGKILL:
            return Failure("limit-exceeded", msg("error.worker-killed"))
        if status is not None and status < 0:
            name = signal.Signals(-status).name
            return Failure("source-error", msg("error.parser-crashed", signal=name))
        return Failure("source-error", msg("error.worker-exited", status=str(status)))


# -------------------------------------------------------------------- the child


def main() -> None:
    """Worker entry point: argv is the socket fd, the memory limit, the parent's pid,
    modules to preload."""
    import importlib
    import warnings
    from multiprocessing.connection import Connection

    from . import work_events

    fd, memory, parent = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    preload = sys.argv[4:]
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, _exit_cleanly)
    logging.getLogger().addHandler(logging.NullHandler())  # libraries' warnings stay quiet
    warnings.simplefilter("ignore")
    _limit_memory(memory)
    connection = Connection(fd)
    work_events.listen(lambda event: _tell(connection, event))
    for name in preload:
        importlib.import_module(name)
    connection.send(("ready",))
    while True:
        try:
            fn, arg, alarm = connection.recv()
        except (EOFError, OSError):
            return
        signal.setitimer(signal.ITIMER_REAL, alarm)
        try:
            reply: tuple[Any, ...] = ("ok", fn(arg))
        except MemoryError:
            reply = ("retire", "limit-exceeded", msg("error.worker-memory", limit=memory))
        except RecursionError:
            reply = ("fail", "limit-exceeded", msg("error.too-deep"))
        except Exception as e:  # the called function should not raise: say what it did
            detail = str(e)[:DETAIL_CHARS]
            reply = (
                "fail",
                "source-error",
                msg("error.worker-failed", kind=type(e).__name__, detail=detail),
            )
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        del arg
        try:
            connection.send(reply)
        except MemoryError:
            reply = ("retire", "limit-exceeded", msg("error.worker-result-memory"))
            connection.send(reply)
        if reply[0] == "retire":
            return


def _tell(connection: Any, event: WorkEvent) -> None:
    """Send ``event`` to the parent, and leave its seconds out of this call's alarm as the
    parent leaves them out of its time limit."""
    left, _ = signal.getitimer(signal.ITIMER_REAL)
    if left > 0:
        signal.setitimer(signal.ITIMER_REAL, left + event.seconds)
    connection.send(("event", event.name, event.seconds))  # a tuple: pickles on 3.10 too


def _exit_cleanly(signum: int, frame: object) -> None:
    """SIGTERM: unwind (``finally`` and ``except BaseException`` blocks run: an atomic
    write removes its temp file), then exit."""
    raise SystemExit(128 + signum)


def _die_with_parent(parent: int) -> None:
    """Make this worker end when ``parent`` does, even when busy for a long time.

    Linux: PR_SET_PDEATHSIG has the kernel send SIGKILL when the parent exits, whatever
    the worker is doing (a regex in C that holds the GIL included). Elsewhere, or where
    prctl fails, a daemon thread looks every PARENT_POLL_S whether the worker was
    reparented (which needs the GIL: the alarm armed per call stays the last resort).
    """
    import threading

    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not POSIX: no limit, the time limit still holds
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # macOS refuses some values: the time limit still holds
        log.debug("could not set RLIMIT_AS to %d", limit)

"""What one output file costs a file system, apart from renstra: the floor under
``bench_text.py``'s write stage.

Creates ``--count`` files of ``--size`` bytes (about the size of a text document's JSON)
in a fresh folder under each ``--dir``, three ways, and prints the CPU time per file
(``process_time``: the kernel's work on the process's behalf is in it):

- *named temp + rename*: renstra's own ``atomic_write_bytes`` (open a temp file beside
  the target with O_CREAT | O_EXCL, write, close, rename into place);
- *O_TMPFILE + linkat*: an unnamed file given its name once written (Linux only);
- *plain create*: open, write, close, not atomic: the least any file costs.

Nothing is deleted until every run is done, but for one last row, which deletes as many
files as it then creates, two seconds later: on ext4 without a journal, a new file's
inode search steps over every inode freed in the last 60 to 360 seconds (but not in the
current second: ``recently_deleted()`` in the kernel's fs/ext4/ialloc.c), and that row
shows what it costs. Run this (or ``bench_text.py``) a few minutes after anything deleted
thousands of files there, this script's own clean-up included.

    .venv/bin/python benchmarks/bench_file_creation.py
    .venv/bin/python benchmarks/bench_file_creation.py --dir /tmp /dev/shm --count 2000
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import cache

from renstra.extract.writers.atomic import atomic_write_bytes

Method = Callable[[str, int, bytes], None]


def renstra_atomic_write(folder: str, i: int, data: bytes) -> None:
    atomic_write_bytes(f"{folder}/doc{i}.json", data)


@cache
def _root_fd() -> int:
    """A directory fd: given one, os.link calls linkat(AT_SYMLINK_FOLLOW), which can name
    an O_TMPFILE file through /proc/self/fd (plain link() cannot)."""
    return os.open("/", os.O_RDONLY)


def unnamed_and_linkat(folder: str, i: int, data: bytes) -> None:
    fd = os.open(folder, os.O_WRONLY | os.O_TMPFILE, 0o644)
    os.write(fd, data)
    os.link(f"/proc/self/fd/{fd}", f"{folder}/doc{i}.json", src_dir_fd=_root_fd())
    os.close(fd)


def plain_create(folder: str, i: int, data: bytes) -> None:
    fd = os.open(f"{folder}/doc{i}.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, data)
    os.close(fd)


METHODS: dict[str, Method] = {
    "named temp + rename (renstra)": renstra_atomic_write,
    "O_TMPFILE + linkat": unnamed_and_linkat,
    "plain create, not atomic": plain_create,
}


def cpu_us_per_file(method: Method, folder: str, count: int, data: bytes, first: int = 0) -> float:
    """CPU µs per file for ``count`` files written by ``method`` into ``folder``, named
    from ``doc{first}.json`` on."""
    start = time.process_time()
    for i in range(first, first + count):
        method(folder, i, data)
    return (time.process_time() - start) / count * 1e6


def fresh_folder(method: Method, parent: str, count: int, data: bytes) -> float | None:
    """``cpu_us_per_file`` into a fresh folder under ``parent``; None where ``method``
    cannot run (O_TMPFILE is Linux-only and not on every file system)."""
    try:
        return cpu_us_per_file(method, tempfile.mkdtemp(dir=parent), count, data)
    except OSError:
        return None


def after_deleting(parent: str, count: int, data: bytes) -> float:
    """Plain creates into a folder two seconds after ``count`` other files in it were
    deleted (new files go to the block group of their folder, where those inodes were
    freed; the kernel only steps over inodes freed before the current second)."""
    folder = tempfile.mkdtemp(dir=parent)
    cpu_us_per_file(plain_create, folder, count, data)
    for i in range(count):
        os.unlink(f"{folder}/doc{i}.json")
    time.sleep(2)
    return cpu_us_per_file(plain_create, folder, count, data, first=count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", nargs="+", default=[tempfile.gettempdir(), "/dev/shm"])
    parser.add_argument("--count", type=int, default=1500, help="files per method")
    parser.add_argument("--size", type=int, default=19_000, help="bytes per file")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    data = b"x" * args.size
    print(f"CPU µs per file, {args.count} files of {args.size:,} bytes, {args.repeats} runs each")
    for parent in args.dir:
        if not os.path.isdir(parent):
            print(f"{parent}: not a folder, skipped", file=sys.stderr)
            continue
        scratch = tempfile.mkdtemp(prefix="renstra-files-", dir=parent)
        try:
            for name, method in METHODS.items():
                runs = [
                    fresh_folder(method, scratch, args.count, data) for _ in range(args.repeats)
                ]
                show(parent, name, runs)
            deleting = [after_deleting(scratch, args.count, data) for _ in range(args.repeats)]
            show(parent, "plain create, after deleting", deleting)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


def show(parent: str, name: str, runs: Sequence[float | None]) -> None:
    shown = "  ".join("n/a" if r is None else f"{r:7.1f}" for r in runs)
    print(f"{parent:12s} {name:30s} {shown}")


if __name__ == "__main__":
    sys.exit(main())

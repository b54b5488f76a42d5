"""Run the `renstra` command on a pseudo-terminal, as a person at a terminal runs it."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

ENTRY = "from renstra.extract.cli import main; main()"
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def on_terminal(args: list[str], cwd: Path, *, width: int = 200) -> tuple[int, str]:
    """The exit status and everything written to the terminal (stdout and stderr are both
    the terminal, so rich draws tables and progress bars as a person sees them)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": str(width), "LINES": "50", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-c", ENTRY, *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        cwd=cwd,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def plain(screen: str) -> str:
    """The terminal's text without colours and cursor moves."""
    return ESCAPES.sub("", screen).replace("\r\n", "\n")

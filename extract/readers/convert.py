"""Read an old Office or OpenDocument file (.doc, .xls, .rtf, .odt, .ods) through LibreOffice.

``soffice --headless --convert-to`` turns the bytes into a .docx or .xlsx, which the docx or
xlsx reader then reads as it reads any other (zipguard's checks included). The RawDocument's
``format`` is the format read, ``converted_from`` the one the file was written in, and a
``converted-file`` note tells the steward that paragraph, table and cell positions refer to
the converted file.

Each conversion runs in its own temporary directory with its own LibreOffice profile
(``-env:UserInstallation``): two soffice processes sharing a profile do not run side by
side (the second hands its work to the first, or fails), so parallel workers would
collide. soffice runs in its own process group, killed whole when the conversion outlives
its time (``CONVERT_SHARE`` of ``limits.timeout_s``, so the worker still has time to read
the result) or when the worker is stopped; it inherits the worker's memory limit.
LibreOffice is a system package and optional: without it these formats are refused with
a one-line error that says how to install it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from renstra.schemas import Settings

from .. import cache
from ..errors import RenstraError
from ..intermediate import RawDocument, SourceFile, note
from ..messages import msg

log = logging.getLogger(__name__)

TARGETS = {"doc": "docx", "rtf": "docx", "odt": "docx", "xls": "xlsx", "ods": "xlsx"}
"""Format written -> format LibreOffice converts it to and renstra reads."""
FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
"""LibreOffice's export filter for each target (named, so Writer never picks another)."""
BINARIES = ("soffice", "libreoffice")
CONVERT_SHARE = 0.5
"""The part of ``limits.timeout_s`` a conversion may take; the rest is the reader's."""
DETAIL_CHARS = 200
NOISE = ("warning: failed to launch javaldx", "convert ")
"""soffice's output lines that say nothing about a failure (no Java; the progress line)."""


def read(source: SourceFile, settings: Settings) -> RawDocument:
    from . import reader_for

    target = TARGETS[source.format]
    timeout = settings.limits.timeout_s * CONVERT_SHARE
    data = convert(source.path, source.data, source.format, target, timeout)
    converted = SourceFile(source.path, data, source.sha256, target, source.modified)
    raw = reader_for(target)(converted, settings)
    raw.size_bytes = len(source.data)
    raw.converted_from = source.format
    raw.notes.insert(0, note("converted-file", source.format))
    return raw


def soffice() -> str | None:
    """The LibreOffice binary on PATH, or None."""
    for name in BINARIES:
        found = shutil.which(name)
        if found:
            return found
    return None


def convert(path: str, data: bytes, fmt: str, target: str, timeout_s: float) -> bytes:
    """The bytes of ``data`` (a file of format ``fmt``) converted to ``target`` (docx or
    xlsx) by LibreOffice; RenstraError naming ``path`` when soffice is missing, fails, or
    takes over ``timeout_s`` seconds. Kept in the cache (extract.cache) when it is on."""
    binary = soffice()
    if binary is None:
        raise RenstraError(path, "unsupported-format", msg("error.no-soffice", suffix=f".{fmt}"))
    name = cache.key(data, fmt, target, binary)
    cached = cache.load("converted", name)
    if cached is not None:
        return cached
    result = _convert(path, binary, data, fmt, target, timeout_s)
    cache.store("converted", name, result)
    return result


def _convert(path: str, binary: str, data: bytes, fmt: str, target: str, timeout_s: float) -> bytes:
    with tempfile.TemporaryDirectory(prefix="renstra-soffice-") as work:
        folder = Path(work)
        given = folder / f"source.{fmt}"
        given.write_bytes(data)
        out = folder / "out"
        command = [
            binary, "--headless", "--norestore", "--nolockcheck", "--nodefault",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to", FILTERS[target], "--outdir", str(out), str(given),
        ]  # fmt: skip
        said = _run(path, command, folder, timeout_s, target)
        result = out / f"source.{target}"
        if not result.is_file() or result.stat().st_size == 0:
            detail = _detail(said)
            reason = msg("error.convert-failed", target=f".{target}", detail=detail)
            raise RenstraError(path, "format-error", reason)
        return result.read_bytes()


def _run(path: str, command: list[str], folder: Path, timeout_s: float, target: str) -> str:
    """Run soffice in its own process group, its output to a file (a pipe would stay open
    as long as any LibreOffice child lives); what it said."""
    log_path = folder / "soffice.log"
    env = {**os.environ, "HOME": str(folder)}  # nothing written to the user's own profile
    with log_path.open("wb") as output:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=folder,
            env=env,
            start_new_session=True,
        )
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired as e:
            reason = msg("error.convert-timeout", target=f".{target}", seconds=float(timeout_s))
            raise RenstraError(path, "timeout", reason) from e
        finally:  # the whole group, also after a normal exit (a lingering soffice.bin)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    said = log_path.read_text(encoding="utf-8", errors="replace")
    log.debug("soffice on %s (exit %s): %s", path, process.returncode, said.strip())
    return said


def _detail(said: str) -> str:
    """soffice's own words on a failed conversion, on one short line."""
    lines = [line.strip() for line in said.splitlines() if line.strip()]
    useful = [line for line in lines if not line.lower().startswith(NOISE)]
    text = "; ".join(useful) or "no output file"
    return text[:DETAIL_CHARS]

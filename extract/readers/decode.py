"""Turn the bytes of a legacy text file into str, saying which encoding was used."""

from __future__ import annotations

import re

from ..errors import RenstraError

_CONTROL = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
_STRIP = _CONTROL + b"\x0b\x7f"
_STRIP_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

BINARY_CONTROL_RATIO = 0.10
"""Above this share of control bytes in the first 8 KiB a file is binary, not text."""


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise RenstraError for binary or undecodable data.

    Order: a BOM decides; else strict UTF-8; else each line on its own (UTF-8 where it
    decodes, Windows-1252 elsewhere), so one mis-saved paragraph does not turn the whole
    file into mojibake. Stray control characters (NUL included) are removed.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _clean(_strict(path, data[3:], "utf-8"), data), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _clean(_strict(path, data, "utf-16")), "utf-16"
    sample = data[:8192]
    if sample and _count(sample, _CONTROL) / len(sample) > BINARY_CONTROL_RATIO:
        raise RenstraError(path, "format-error", "binary content, not a text document")
    try:
        return _clean(data.decode("utf-8"), data), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_per_line(data)


def _strict(path: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise RenstraError(
            path,
            "encoding-error",
            f"declares {encoding} by its byte-order mark but is not ({e.reason})",
        ) from e


def _decode_per_line(data: bytes) -> tuple[str, str]:
    used: set[str] = set()
    parts: list[str] = []
    # bytes.splitlines breaks at \r\n, \r and \n only; each piece keeps its (ASCII) break
    for piece in data.splitlines(keepends=True):
        try:
            text = piece.decode("utf-8")
            if not piece.isascii():
                used.add("utf-8")
        except UnicodeDecodeError:
            text = piece.decode("cp1252", errors="replace")
            used.add("cp1252")
        parts.append(text)
    encoding = "cp1252" if used == {"cp1252"} else "mixed(utf-8,cp1252)"
    return _clean("".join(parts), data), encoding


def _count(data: bytes, byte_set: bytes) -> int:
    """How many bytes of ``data`` are in ``byte_set`` (a C loop, unlike a regex scan)."""
    return len(data) - len(data.translate(None, byte_set))


def _clean(text: str, data: bytes | None = None) -> str:
    """``text`` without stray control characters. ``data``, if given, is what ``text`` was
    decoded from in an ASCII-compatible encoding (UTF-8, cp1252), where a control character
    is always its own byte: no such byte means nothing to remove, without scanning ``text``."""
    if data is not None and not _count(data, _STRIP):
        return text
    return _STRIP_CONTROL.sub("", text)

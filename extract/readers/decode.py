"""Turn the bytes of a legacy text file into str, saying which encoding was used."""

from __future__ import annotations

import re

from ..errors import RenstraError

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_STRIP_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")

BINARY_CONTROL_RATIO = 0.10
"""Above this share of control bytes in the first 8 KiB a file is binary, not text."""


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise RenstraError for binary or undecodable data.

    Order: a BOM decides; else strict UTF-8; else each line on its own (UTF-8 where it
    decodes, Windows-1252 elsewhere), so one mis-saved paragraph does not turn the whole
    file into mojibake. Stray control characters (NUL included) are removed.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _clean(_strict(path, data[3:], "utf-8")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _clean(_strict(path, data, "utf-16")), "utf-16"
    sample = data[:8192]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > BINARY_CONTROL_RATIO:
        raise RenstraError(path, "format-error", "binary content, not a text document")
    try:
        return _clean(data.decode("utf-8")), "utf-8"
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
    pieces = _LINE_BREAK.split(data)
    breaks = _LINE_BREAK.findall(data)
    for i, piece in enumerate(pieces):
        try:
            text = piece.decode("utf-8")
            if not piece.isascii():
                used.add("utf-8")
        except UnicodeDecodeError:
            text = piece.decode("cp1252", errors="replace")
            used.add("cp1252")
        parts.append(text)
        if i < len(breaks):
            parts.append(breaks[i].decode("ascii"))
    encoding = "cp1252" if used == {"cp1252"} else "mixed(utf-8,cp1252)"
    return _clean("".join(parts)), encoding


def _clean(text: str) -> str:
    return _STRIP_CONTROL.sub("", text)

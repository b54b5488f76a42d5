"""Decide a file's format once, from its first bytes and (for zips) its member names."""

from __future__ import annotations

import io
import zipfile

from ..errors import RenstraError

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
KNOWN_SUFFIXES = {**TEXT_SUFFIXES, ".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".xlsm": "xlsx"}

MISSING_MARK = {
    "pdf": "no %PDF- header",
    "docx": "not a zip container",
    "xlsx": "not a zip container",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
"""The stream an OLE container holds when Office encrypted a .docx/.xlsx with a password."""


def detect_format(path: str, data: bytes) -> str:
    """Return one of txt, md, docx, pdf, xlsx, or raise RenstraError.

    The suffix says what the user expects; the content decides. A mismatch (an .xlsx
    renamed .docx, random bytes named .pdf) is an error naming both.
    """
    suffix = _suffix(path)
    expected = KNOWN_SUFFIXES.get(suffix)
    if expected is None:
        raise RenstraError(
            path, "unsupported-format", f"unsupported file type {suffix or '(none)'!r}"
        )
    if not data:
        raise RenstraError(path, "empty-file", "file is empty")
    actual = _sniff(path, data)
    if expected in ("txt", "md"):
        if actual not in (None, "txt"):
            raise RenstraError(path, "format-error", f"named {suffix} but the content is {actual}")
        return expected
    if actual in (None, "txt"):
        raise RenstraError(path, "format-error", f"not a {suffix} file ({MISSING_MARK[expected]})")
    if actual != expected:
        raise RenstraError(path, "format-error", f"named {suffix} but the content is {actual}")
    return expected


def _suffix(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _sniff(path: str, data: bytes) -> str | None:
    head = data[:8]
    if data.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-":
        return "pdf"
    if head == OLE_MAGIC:
        if ENCRYPTED_STREAM in data:
            raise RenstraError(
                path, "encrypted-file", "password-protected Office file; remove the password first"
            )
        return "an OLE compound file (a legacy .doc/.xls, or a password-protected Office file)"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _zip_kind(path, data)
    return "txt"


def _zip_kind(path: str, data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise RenstraError(path, "format-error", f"corrupt zip container ({e})") from e
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "a zip archive that is neither .docx nor .xlsx"

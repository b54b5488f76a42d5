"""Decide a file's format once, from its first bytes and (for zips) its member names."""

from __future__ import annotations

import io
import zipfile

from ..errors import RenstraError
from ..messages import Msg, msg

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
IMAGE_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff"}
"""Images, read by OCR (readers.image)."""
KNOWN_SUFFIXES = {
    **TEXT_SUFFIXES, ".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".xlsm": "xlsx",
    **IMAGE_SUFFIXES,
}  # fmt: skip
IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)

MISSING_MARK = {
    "pdf": msg("error.no-pdf-header"),
    "docx": msg("error.not-zip"),
    "xlsx": msg("error.not-zip"),
    **{kind: msg("error.no-image-header", kind=kind.upper()) for kind in IMAGE_SUFFIXES.values()},
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
"""The stream an OLE container holds when Office encrypted a .docx/.xlsx with a password."""


def detect_format(path: str, data: bytes) -> str:
    """Return one of txt, md, docx, pdf, xlsx, png, jpeg, tiff, or raise RenstraError.

    The suffix says what the user expects; the content decides. A mismatch (an .xlsx
    renamed .docx, random bytes named .pdf) is an error naming both.
    """
    suffix = _suffix(path)
    expected = KNOWN_SUFFIXES.get(suffix)
    if expected is None:
        reason = (
            msg("error.unsupported-type", suffix=repr(suffix)) if suffix else msg("error.no-suffix")
        )
        raise RenstraError(path, "unsupported-format", reason)
    if not data:
        raise RenstraError(path, "empty-file", msg("error.empty-file"))
    actual = _sniff(path, data)
    if expected in ("txt", "md"):
        if actual not in (None, "txt"):
            raise RenstraError(path, "format-error", _named_but(suffix, actual))
        return expected
    if actual in (None, "txt"):
        reason = msg("error.not-a", suffix=suffix, why=MISSING_MARK[expected])
        raise RenstraError(path, "format-error", reason)
    images = set(IMAGE_SUFFIXES.values())
    if expected in images and actual in images:
        return actual  # a JPEG saved as .png: Pillow reads either, whatever the name
    if actual != expected:
        raise RenstraError(path, "format-error", _named_but(suffix, actual))
    return expected


def _named_but(suffix: str, actual: str | Msg) -> Msg:
    return msg("error.named-but", suffix=suffix, actual=actual)


def _suffix(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _sniff(path: str, data: bytes) -> str | Msg | None:
    head = data[:8]
    for magic, kind in IMAGE_MAGIC:
        if head.startswith(magic):
            return kind
    if data.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-":
        return "pdf"
    if head == OLE_MAGIC:
        if ENCRYPTED_STREAM in data:
            raise RenstraError(path, "encrypted-file", msg("error.office-password"))
        return msg("error.content-ole")
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _zip_kind(path, data)
    return "txt"


def _zip_kind(path: str, data: bytes) -> str | Msg:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise RenstraError(path, "format-error", msg("error.zip-corrupt", detail=str(e))) from e
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return msg("error.content-zip")

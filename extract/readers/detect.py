"""Decide a file's format once, from its first bytes and (for zips) its member names."""

from __future__ import annotations

import io
import zipfile

from ..errors import RenstraError
from ..messages import Msg, msg

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
IMAGE_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff"}
"""Images, read by OCR (readers.image)."""
LEGACY_SUFFIXES = {".doc": "doc", ".xls": "xls", ".rtf": "rtf", ".odt": "odt", ".ods": "ods"}
"""Old Office and OpenDocument files, read after LibreOffice converts them (readers.convert)."""
KNOWN_SUFFIXES = {
    **TEXT_SUFFIXES, ".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".xlsm": "xlsx",
    **LEGACY_SUFFIXES, **IMAGE_SUFFIXES,
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
    "doc": msg("error.not-ole"),
    "xls": msg("error.not-ole"),
    "rtf": msg("error.no-rtf-header"),
    "odt": msg("error.not-zip"),
    "ods": msg("error.not-zip"),
    **{kind: msg("error.no-image-header", kind=kind.upper()) for kind in IMAGE_SUFFIXES.values()},
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
"""The stream an OLE container holds when Office encrypted a .docx/.xlsx with a password."""
OLE_STREAMS = {"WordDocument": "doc", "Workbook": "xls", "Book": "xls"}
"""The stream that makes an OLE container a Word 97-2003 document or an Excel workbook
(``Book``: Excel 5/95)."""
ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}


def detect_format(path: str, data: bytes) -> str:
    """Return one of txt, md, docx, pdf, xlsx, doc, xls, rtf, odt, ods, png, jpeg, tiff, or
    raise RenstraError.

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
        return _ole_kind(data)
    if data[:5] == b"{\\rtf":
        return "rtf"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return _zip_kind(path, data)
    return "txt"


def _zip_kind(path: str, data: bytes) -> str | Msg:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = _member_head(archive, "mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise RenstraError(path, "format-error", msg("error.zip-corrupt", detail=str(e))) from e
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    kind = ODF_MIMETYPES.get(mimetype.strip())
    return kind if kind is not None else msg("error.content-zip")


def _member_head(archive: zipfile.ZipFile, name: str) -> bytes:
    """The first bytes of a member (an OpenDocument's ``mimetype``); empty if unreadable."""
    try:
        with archive.open(name) as member:
            return member.read(100)
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError):
        return b""


def _ole_kind(data: bytes) -> str | Msg:
    """doc or xls, by the stream an OLE container's directory names; other OLE files (a
    PowerPoint, an .msg) are named as such.

    A directory entry is 128 bytes on a 128-byte boundary: the name in UTF-16 with its
    terminating NUL, padded to 64 bytes, then the name's length in bytes (with the NUL) and
    the entry type (2: a stream). Looking for that shape rather than parsing the sector
    chains is enough to tell Word from Excel, and text in a document body that spells
    ``WordDocument`` never sits in that shape."""
    for name, kind in OLE_STREAMS.items():
        encoded = (name + "\0").encode("utf-16-le")
        entry = encoded.ljust(64, b"\0") + len(encoded).to_bytes(2, "little") + b"\x02"
        start = data.find(entry)
        while start != -1:
            if start % 128 == 0:
                return kind
            start = data.find(entry, start + 1)
    return msg("error.content-ole")

"""Refuse a hostile .docx/.xlsx container before any reader inflates it.

Sizes, entry count and compression ratios come from the central directory, which
``zipfile`` reads without inflating anything; Python's zipfile then never hands out more
bytes than a member declares (it stops there and fails the CRC), so the declared sizes
bound what a reader can unpack. Overlapping members (the "non-recursive zip bomb", where
many entries share one compressed kernel) are found from the local header offsets. Last,
the prologue of every XML part is read (a few KiB at most): Office never writes a DTD, so
a part that declares one (billion laughs, external entities) is refused, never resolved.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

from renstra.schemas import Limits

from .errors import RenstraError

LOCAL_HEADER = struct.Struct("<4s22xHH")
"""Signature, then (after 22 bytes) the name and extra-field lengths of a local header."""
LOCAL_SIGNATURE = b"PK\x03\x04"
XML_SUFFIXES = (".xml", ".rels", ".vml")
PROLOGUE_CHUNK = 4096
PROLOGUE_MAX = 64 * 1024
_PROLOGUE_SKIP = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_ELEMENT_START = re.compile(rb"<[A-Za-z_:]")
_UTF16 = (
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
_DTD_MARKS = tuple(
    word.encode(codec)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("ascii", "utf-16-le", "utf-16-be")
)
"""Looked for anywhere in a part's head that does not open like XML (odd encodings)."""


def check_zip(path: str, data: bytes, limits: Limits) -> None:
    """Raise RenstraError (limit-exceeded or format-error) for a container not to be read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as e:
        raise RenstraError(path, "format-error", f"corrupt zip container ({e})") from e
    with archive:
        infos = archive.infolist()
        _check_sizes(path, infos, limits)
        _check_layout(path, infos, data, archive.start_dir)
        for info in infos:
            if info.filename.lower().endswith(XML_SUFFIXES) and info.file_size:
                _check_prologue(path, archive, info)


def _check_sizes(path: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_zip_entries:
        raise RenstraError(
            path,
            "limit-exceeded",
            f"container has {len(infos):,} members, over the {limits.max_zip_entries:,} limit",
        )
    total = sum(info.file_size for info in infos)
    if total > limits.max_unpacked_bytes:
        raise RenstraError(
            path,
            "limit-exceeded",
            f"container unpacks to {total:,} bytes, over the {limits.max_unpacked_bytes:,}-byte "
            "limit",
        )
    for info in infos:
        if info.file_size <= limits.ratio_floor_bytes:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_compression_ratio:
            raise RenstraError(
                path,
                "limit-exceeded",
                f"member {info.filename} expands {ratio:,.0f} times (limit "
                f"{limits.max_compression_ratio:g}): a zip bomb?",
            )


def _check_layout(path: str, infos: list[zipfile.ZipInfo], data: bytes, end: int) -> None:
    """Every member's bytes lie before the central directory, apart from every other's."""
    names: set[str] = set()
    spans: list[tuple[int, int, str]] = []
    for info in infos:
        if info.filename in names:
            raise RenstraError(path, "format-error", f"two zip members named {info.filename}")
        names.add(info.filename)
        start = info.header_offset
        header = data[start : start + LOCAL_HEADER.size]
        if len(header) < LOCAL_HEADER.size or header[:4] != LOCAL_SIGNATURE:
            raise RenstraError(
                path, "format-error", f"corrupt zip container (no local header for {info.filename})"
            )
        _, name_len, extra_len = LOCAL_HEADER.unpack(header)
        spans.append(
            (start, start + LOCAL_HEADER.size + name_len + extra_len + info.compress_size,
             info.filename)
        )  # fmt: skip
    spans.sort()
    for (_, stop, name), (start, _, other) in zip(spans, spans[1:], strict=False):
        if start < stop:
            raise RenstraError(
                path, "format-error", f"overlapping zip members {name} and {other}: a zip bomb?"
            )
    if spans and spans[-1][1] > end:
        raise RenstraError(
            path, "format-error", f"zip member {spans[-1][2]} overlaps the central directory"
        )


def _check_prologue(path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    try:
        with archive.open(info) as member:
            head = b""
            while len(head) < PROLOGUE_MAX:
                chunk = member.read(PROLOGUE_CHUNK)
                head += chunk
                verdict = _prologue_verdict(head)
                if verdict is not None or not chunk:
                    break
            else:
                verdict = "a prologue longer than 64 KiB"
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as e:
        raise RenstraError(path, "format-error", f"corrupt zip member {info.filename} ({e})") from e
    except Exception as e:  # zlib.error and kin: a member that does not inflate
        raise RenstraError(
            path, "format-error", f"corrupt zip member {info.filename} ({type(e).__name__})"
        ) from e
    if verdict:
        raise RenstraError(
            path,
            "format-error",
            f"{info.filename} has {verdict} (XML entities are refused, never expanded)",
        )


def _prologue_verdict(head: bytes) -> str | None:
    """'' when the root element starts cleanly, a reason to refuse, or None to read more."""
    for bom, codec in _UTF16:
        if head.startswith(bom):
            head = head[: len(head) // 2 * 2].decode(codec, errors="ignore").encode()
            break
    head = head.lstrip(b"\xef\xbb\xbf")
    pos = 0
    while True:
        match = _PROLOGUE_SKIP.match(head, pos)
        if match is None or match.end() == pos:
            break
        pos = match.end()
    rest = head[pos:]
    if rest[:9].upper() == b"<!DOCTYPE" or rest[:8].upper() == b"<!ENTITY":
        return "a document type declaration"
    if _ELEMENT_START.match(rest):
        return ""
    if len(rest) < 9 or rest.startswith((b"<?", b"<!--")):
        return None  # too short to tell, or an unfinished declaration or comment: read on
    if any(mark in head.upper() for mark in _DTD_MARKS):
        return "a document type declaration"
    return ""  # not XML the way Office writes it: the reader will say what is wrong

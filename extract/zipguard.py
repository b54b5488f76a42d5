"""Refuse a hostile .docx/.xlsx container before any reader inflates it.

Sizes, entry count and compression ratios come from the central directory, which
``zipfile`` reads without inflating anything; Python's zipfile then never hands out more
bytes than a member declares (it stops there and fails the CRC), so the declared sizes
bound what a reader can unpack. Overlapping members (the "non-recursive zip bomb", where
many entries share one compressed kernel) are found from the local header offsets. Last,
the prologue of every part an XML parser may read is read (a few KiB at most): Office never
writes a DTD, so a part that declares one (billion laughs, external entities) is refused,
never resolved.

Which parts an XML parser may read is not told by their names: a package may keep its main
part in ``word/main.dat``, declared by an Override content type and reached through
``_rels/.rels``. So every part is checked except images (``image/*`` by content type) that
no relationship other than an image's points at: no reader parses an image, and a logo
exported as SVG may well carry a DTD. A part of unknown type is checked.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from xml.etree import ElementTree

from renstra.schemas import Limits

from .errors import RenstraError
from .messages import msg

LOCAL_HEADER = struct.Struct("<4s22xHH")
"""Signature, then (after 22 bytes) the name and extra-field lengths of a local header."""
LOCAL_SIGNATURE = b"PK\x03\x04"
XML_SUFFIXES = (".xml", ".rels", ".vml")
"""Parts checked first, whatever their content type: the content types and relationships,
which are then read to find the other parts to check."""
CONTENT_TYPES = "[Content_Types].xml"
IMAGE_RELATIONSHIP = "/image"
MANIFEST_MAX = 1024 * 1024
"""Content types and relationship parts larger than this (Office writes a few KiB) are not
read for the images they declare: every part is then checked."""
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
        raise RenstraError(path, "format-error", msg("error.zip-corrupt", detail=str(e))) from e
    with archive:
        infos = archive.infolist()
        _check_sizes(path, infos, limits)
        _check_layout(path, infos, data, archive.start_dir)
        named = [info for info in infos if info.filename.lower().endswith(XML_SUFFIXES)]
        for info in named:
            if info.file_size:
                _check_prologue(path, archive, info)
        images = _unparsed_images(archive, named)
        for info in infos:
            name = info.filename
            if info.file_size and info not in named and name.lower() not in images:
                _check_prologue(path, archive, info)


def _unparsed_images(archive: zipfile.ZipFile, named: list[zipfile.ZipInfo]) -> set[str]:
    """Lower-cased names of the image parts that only image relationships point at.

    Reads [Content_Types].xml and the .rels parts, which passed the DTD check already (so
    the standard library's parser meets no entity); a part it cannot read counts for
    nothing, which only means more parts are checked.
    """
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    targets: dict[str, set[str]] = {}  # part -> the relationship types that point at it
    for info in named:
        manifest = info.filename == CONTENT_TYPES or info.filename.lower().endswith(".rels")
        root = _xml_root(archive, info) if manifest and info.file_size <= MANIFEST_MAX else None
        if root is None:
            continue
        if info.filename == CONTENT_TYPES:
            for element in root:
                kind = element.get("ContentType", "").lower()
                if element.tag.endswith("}Default"):
                    defaults[element.get("Extension", "").lower()] = kind
                elif element.tag.endswith("}Override"):
                    overrides[element.get("PartName", "").lstrip("/").lower()] = kind
        elif info.filename.lower().endswith(".rels"):
            base = _rels_base(info.filename)
            for rel in root:
                target = rel.get("Target")
                if not target or rel.get("TargetMode", "").lower() == "external":
                    continue
                joined = target.lstrip("/") if target.startswith("/") else base + target
                part = posixpath.normpath(joined).lstrip("/").lower()
                targets.setdefault(part, set()).add(rel.get("Type", ""))
    images = set()
    for info in archive.infolist():
        name = info.filename.lower()
        extension = name.rsplit(".", 1)[-1] if "." in posixpath.basename(name) else ""
        kind = overrides.get(name, defaults.get(extension, ""))
        pointed = targets.get(name, set())
        if kind.startswith("image/") and all(t.endswith(IMAGE_RELATIONSHIP) for t in pointed):
            images.add(name)
    return images


def _rels_base(name: str) -> str:
    """The folder a .rels part's relative targets start from: that of its source part
    (``word/_rels/document.xml.rels`` -> ``word/``, ``_rels/.rels`` -> the root)."""
    folder = posixpath.dirname(posixpath.dirname(name))
    return folder + "/" if folder else ""


def _xml_root(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> ElementTree.Element | None:
    try:
        return ElementTree.fromstring(archive.read(info))
    except Exception:  # malformed, or a member that does not inflate: checked elsewhere
        return None


def _check_sizes(path: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_zip_entries:
        reason = msg("error.zip-too-many-members", count=len(infos), limit=limits.max_zip_entries)
        raise RenstraError(path, "limit-exceeded", reason)
    total = sum(info.file_size for info in infos)
    if total > limits.max_unpacked_bytes:
        reason = msg("error.zip-too-large", size=total, limit=limits.max_unpacked_bytes)
        raise RenstraError(path, "limit-exceeded", reason)
    for info in infos:
        if info.file_size <= limits.ratio_floor_bytes:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_compression_ratio:
            reason = msg(
                "error.zip-ratio",
                part=info.filename, ratio=round(ratio), limit=float(limits.max_compression_ratio),
            )  # fmt: skip
            raise RenstraError(path, "limit-exceeded", reason)


def _check_layout(path: str, infos: list[zipfile.ZipInfo], data: bytes, end: int) -> None:
    """Every member's bytes lie before the central directory, apart from every other's."""
    names: set[str] = set()
    spans: list[tuple[int, int, str]] = []
    for info in infos:
        if info.filename in names:
            raise RenstraError(path, "format-error", msg("error.zip-duplicate", part=info.filename))
        names.add(info.filename)
        start = info.header_offset
        header = data[start : start + LOCAL_HEADER.size]
        if len(header) < LOCAL_HEADER.size or header[:4] != LOCAL_SIGNATURE:
            reason = msg("error.zip-no-local-header", part=info.filename)
            raise RenstraError(path, "format-error", reason)
        _, name_len, extra_len = LOCAL_HEADER.unpack(header)
        spans.append(
            (start, start + LOCAL_HEADER.size + name_len + extra_len + info.compress_size,
             info.filename)
        )  # fmt: skip
    spans.sort()
    for (_, stop, name), (start, _, other) in zip(spans, spans[1:], strict=False):
        if start < stop:
            reason = msg("error.zip-overlap", first=name, second=other)
            raise RenstraError(path, "format-error", reason)
    if spans and spans[-1][1] > end:
        reason = msg("error.zip-overlaps-directory", part=spans[-1][2])
        raise RenstraError(path, "format-error", reason)


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
                verdict = "error.xml-long-prologue"
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as e:
        reason = msg("error.zip-member-corrupt", part=info.filename, detail=str(e))
        raise RenstraError(path, "format-error", reason) from e
    except Exception as e:  # zlib.error and kin: a member that does not inflate
        reason = msg("error.zip-member-corrupt", part=info.filename, detail=type(e).__name__)
        raise RenstraError(path, "format-error", reason) from e
    if verdict:
        raise RenstraError(path, "format-error", msg(verdict, part=info.filename))


def _prologue_verdict(head: bytes) -> str | None:
    """'' when the root element starts cleanly, the catalogue key of a reason to refuse, or
    None to read more."""
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
        return "error.xml-doctype"
    if _ELEMENT_START.match(rest):
        return ""
    if len(rest) < 9 or rest.startswith((b"<?", b"<!--")):
        return None  # too short to tell, or an unfinished declaration or comment: read on
    if any(mark in head.upper() for mark in _DTD_MARKS):
        return "error.xml-doctype"
    return ""  # not XML the way Office writes it: the reader will say what is wrong

"""A PDF's structure, checked and repaired before pdfplumber lays a page out.

- **Opening**: the cross-reference is followed as the file gives it; where it cannot be (a
  /Prev that points back at itself, a chain of 20,000 incremental updates deeper than
  Python's stack, offsets that miss their objects), it is rebuilt from the objects
  themselves by pdfminer's own fallback parser, as PDFium does. pdfminer takes that path
  only when the last ``startxref`` gives no valid offset, so the rebuild reads a copy of the
  bytes in which the first digit after each ``startxref`` is an ``x`` (same length: every
  offset stays; the keyword stays too, since the fallback reads the trailer up to it).
  The fallback finds the trailer by its ``trailer`` keyword, which a file indexed by
  cross-reference streams has none of: there the copy ends with a trailer naming the
  /Root the last of those streams names.
- **Objects**: a cross-reference stream may claim more entries than it holds (a 300-byte
  file claiming 2,000,000,000 objects); pdfminer reads each missing entry as an object at
  offset 0 and, when the page tree gives no page, tries every one of them. Such a stream
  is refused, and so is a file declaring over ``MAX_OBJECTS`` objects.
- **Forms**: a form XObject drawn ten times by a form drawn ten times... (3 KiB, 10^10
  drawings) is interpreted in full, every time. Before a page is laid out, the drawings it
  would make are counted from its content streams (each form once) and refused past
  ``MAX_FORM_DRAWS`` or ``MAX_FORM_DEPTH``.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from ..errors import RenstraError
from ..intermediate import SourceFile
from ..messages import Msg, msg

log = logging.getLogger(__name__)

MAX_OBJECTS = 2_000_000
"""Objects a PDF may declare: a thousand a page at the 2,000-page limit."""
STREAM_SLACK = 16
"""Entries a cross-reference stream may claim beyond those it holds (a short last range)."""
MAX_FORM_DEPTH = 16
"""Form XObjects drawn inside each other: Word and LibreOffice nest two or three."""
MAX_FORM_DRAWS = 10_000
"""Form XObjects one page may draw, nested ones included (a logo per table cell stays far
under; each drawing is its form's content interpreted again)."""
_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")
"""``/Name Do`` in a content stream: the drawing of an XObject."""
_STARTXREF = re.compile(rb"(startxref\s+)[0-9]")
_ROOT = re.compile(rb"/Root\s+([0-9]+)\s+([0-9]+)\s+R")


def open_pages(source: SourceFile, max_pages: int) -> tuple[Any, list[Any]]:
    """pdfplumber's PDF of ``source`` and its first ``max_pages + 1`` pages (pdfminer's
    PDFPage objects), its cross-reference rebuilt where the file's own cannot be followed.

    Raises RenstraError; RecursionError and MemoryError pass through (the pipeline reports
    them as limits) where rebuilding did not help.
    """
    try:
        return _open(source, source.data, max_pages)
    except RenstraError:
        raise
    except Exception as e:
        first = cause_of(e)
        if isinstance(first, MemoryError) or _encryption(first):
            raise unreadable(source, first) from e
    try:
        opened = _open(source, _for_rebuild(source.data), max_pages)
    except RenstraError:
        raise
    except Exception as e:
        second = cause_of(e)
        log.debug("%s: rebuilding the cross-reference failed: %r", source.path, second)
        if isinstance(first, RecursionError):
            raise first from None  # nested too deeply, and no rebuild could read it either
        raise unreadable(source, first, second) from e
    log.info("%s: cross-reference rebuilt from the objects (%r)", source.path, first)
    return opened


def _for_rebuild(data: bytes) -> bytes:
    """A copy of ``data`` that pdfminer reads with its fallback parser (see above)."""
    copy = _STARTXREF.sub(rb"\1x", data)
    roots = _ROOT.findall(data) if b"trailer" not in data else []
    if roots:
        number, generation = roots[-1]
        copy += b"\ntrailer\n<< /Root %s %s R >>\nstartxref\nx\n%%%%EOF\n" % (number, generation)
    return copy


class ChainUnfollowed(Exception):
    """pdfminer ran out of stack following the cross-reference sections (each /Prev)."""

    def __str__(self) -> str:
        return "its chain of cross-reference sections loops or runs too deep to follow"


def _open(source: SourceFile, data: bytes, max_pages: int) -> tuple[Any, list[Any]]:
    import pdfplumber
    from pdfminer.pdfpage import PDFPage

    try:
        pdf = pdfplumber.open(io.BytesIO(data), raise_unicode_errors=False)
    except Exception as e:  # opening reads the cross-reference and the trailer, nothing else
        if isinstance(cause_of(e), RecursionError):
            raise ChainUnfollowed from e
        raise
    check_objects(source.path, pdf.doc)
    return pdf, list(islice(PDFPage.create_pages(pdf.doc), max_pages + 1))


def check_objects(path: str, document: Any) -> None:
    """Refuse cross-reference streams that claim entries they do not hold, and documents
    that declare more than MAX_OBJECTS objects, before anything looks one up."""
    declared = 0
    for xref in document.xrefs:
        ranges = getattr(xref, "ranges", None)
        if ranges is None:  # a table, or the fallback's scan: entries as read from the file
            declared += len(getattr(xref, "offsets", ()))
            continue
        claimed = sum(max(0, int(count)) for _, count in ranges)
        width = xref.entlen or 0
        held = len(xref.data or b"") // width if width > 0 else 0
        if claimed > held + STREAM_SLACK:
            reason = msg("error.pdf-xref-claims", claimed=claimed, held=held)
            raise RenstraError(path, "format-error", msg("error.pdf-unreadable", detail=reason))
        declared += claimed
    if declared > MAX_OBJECTS:
        reason = msg("error.pdf-too-many-objects", declared=declared, limit=MAX_OBJECTS)
        raise RenstraError(path, "limit-exceeded", reason)


def check_forms(path: str, number: int, page: Any) -> None:
    """Refuse a page whose form XObjects would be drawn more than MAX_FORM_DRAWS times, or
    nested deeper than MAX_FORM_DEPTH, counted before pdfminer interprets any of it.

    Only pages whose resources name a form are scanned (their content streams decoded
    once more); each form's own content is scanned once, however often it is drawn.
    """
    try:
        if not _names_a_form(page.resources):
            return
        content = b"\n".join(_data(stream) for stream in page.contents)
        _FormCounter(path, number).draws(content, page.resources, 0)
    except (RenstraError, MemoryError):
        raise
    except Exception:  # a structure the count cannot follow: pdfminer will say what it finds
        log.debug("%s: page %d: form XObjects not counted", path, number, exc_info=True)


class _FormCounter:
    def __init__(self, path: str, number: int) -> None:
        self.path, self.number = path, number
        self.totals: dict[tuple[int, int], int] = {}  # (form, resources) -> drawings made
        self.open: set[tuple[int, int]] = set()

    def draws(self, content: bytes, resources: Any, depth: int) -> int:
        """The form drawings ``content`` makes with ``resources``, nested ones counted."""
        total = 0
        for name in _drawn(content):
            form = _form(resources, name)
            if form is None:
                continue
            total += 1 + self.inside(form, resources, depth + 1)
            if total > MAX_FORM_DRAWS:
                self.refuse("error.pdf-form-draws", limit=MAX_FORM_DRAWS)
        return total

    def inside(self, form: Any, parent: Any, depth: int) -> int:
        from pdfminer.pdftypes import dict_value

        if depth > MAX_FORM_DEPTH:
            self.refuse("error.pdf-form-depth", limit=MAX_FORM_DEPTH)
        own = form.get("Resources")
        resources = dict_value(own) if own else parent  # as pdfminer draws a form
        key = (id(form), id(resources))
        if key in self.totals:
            return self.totals[key]
        if key in self.open:
            self.refuse("error.pdf-form-self")
        self.open.add(key)
        self.totals[key] = self.draws(_data(form), resources, depth)
        self.open.discard(key)
        return self.totals[key]

    def refuse(self, key: str, **params: object) -> None:
        reason = msg(key, page=self.number, **params)
        raise RenstraError(self.path, "limit-exceeded", reason)


def _names_a_form(resources: Any) -> bool:
    from pdfminer.pdftypes import dict_value, resolve1

    xobjects = dict_value(resolve1(resources or {})).get("XObject")
    return any(
        _is_form(resolve1(xobject)) for xobject in dict_value(resolve1(xobjects or {})).values()
    )


def _form(resources: Any, name: bytes) -> Any:
    """The form XObject ``name`` names in ``resources``, or None (an image, nothing)."""
    from pdfminer.pdftypes import dict_value, resolve1

    xobjects = dict_value(resolve1(dict_value(resolve1(resources or {})).get("XObject") or {}))
    xobject = resolve1(xobjects.get(name.decode("latin-1")))
    return xobject if _is_form(xobject) else None


def _is_form(xobject: Any) -> bool:
    """A form pdfminer would draw: a stream of subtype /Form with a /BBox."""
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    return (
        isinstance(xobject, PDFStream)
        and xobject.get("Subtype") is LIT("Form")
        and "BBox" in xobject
    )


def _drawn(content: bytes) -> Iterator[bytes]:
    for match in _DO.finditer(content):
        yield match[1]


def _data(stream: Any) -> bytes:
    from pdfminer.pdftypes import resolve1, stream_value

    try:
        return bytes(stream_value(resolve1(stream)).get_data())
    except (TypeError, ValueError, AttributeError):  # not a stream: pdfminer skips it too
        return b""


def _encryption(cause: BaseException) -> bool:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    return isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError))


def cause_of(error: Exception) -> BaseException:
    """The library's error behind pdfplumber's wrapping of it."""
    return error.args[0] if error.args and isinstance(error.args[0], Exception) else error


def unreadable(
    source: SourceFile, cause: BaseException, rebuilt: BaseException | None = None
) -> RenstraError | BaseException:
    """The error to report for a PDF pdfminer could not open (MemoryError as it is)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(cause, MemoryError):
        return cause
    if isinstance(cause, PDFPasswordIncorrect):
        return RenstraError(source.path, "encrypted-file", msg("error.pdf-password"))
    if isinstance(cause, PDFEncryptionError):
        return RenstraError(source.path, "encrypted-file", msg("error.pdf-encryption-method"))
    reason: Msg | str = _first_line(cause)
    if rebuilt is not None:
        reason = msg("error.pdf-rebuilt", first=reason, second=_first_line(rebuilt))
    return RenstraError(source.path, "format-error", msg("error.pdf-unreadable", detail=reason))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__

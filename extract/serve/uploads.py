"""Request bodies to files in a job folder, refused (413) as soon as they pass a limit.

Nothing is read whole into memory and no limit is checked only after the fact: the body
is consumed chunk by chunk, multipart parts are parsed as they stream (python-multipart's
push parser, the one Starlette uses) and written to their file, and the first chunk over a
limit stops the transfer (what was written is the caller's to remove with its folder).

A file's stored name is made from the name the client gave (``safe_name``): its last path
component, with every character other than letters, digits, ``. _ - ( )`` and spaces
replaced, no leading dot, at most NAME_CHARS characters, and numbered when the batch has
it already (compared without case). No part of a client's name can leave the folder.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..messages import Msg, msg

NAME_CHARS = 120
FALLBACK_NAME = "file"
TEXT_FIELD_BYTES = 200
"""The longest value of a text field kept (``text_fields``): a form's option, not a file."""


class UploadRefused(Exception):
    """An upload the server will not take: ``status`` 413 (a limit) or 422 (malformed)."""

    def __init__(self, status: int, code: str, message: Msg, file: str | None = None) -> None:
        super().__init__(message.key)
        self.status = status
        self.code = code
        self.message = message
        self.file = file


@dataclass(frozen=True, slots=True)
class Received:
    path: Path
    """Where the file was stored."""
    name: str
    """Its safe name (unique in its folder, also without case): the file's name in the
    outputs (``<stem>.json``) and in its Document's ``source.path``."""
    size: int


def safe_name(raw: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A client's file name reduced to a safe basename, distinct (without case) from
    ``taken``: ``../../etc/passwd`` -> ``passwd``, ``C:\\x\\iku.docx`` -> ``iku.docx``,
    a second ``iku.docx`` -> ``iku~2.docx``."""
    base = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(c if c.isalnum() or c in "._-() " else "_" for c in base)
    kept = kept.strip(" .") or FALLBACK_NAME
    stem, ext = os.path.splitext(kept)
    if len(ext) > 10 or not ext[1:].isalnum():  # no extension a reader knows
        stem, ext = kept, ""
    stem = stem[: NAME_CHARS - len(ext)] or FALLBACK_NAME
    name, number = stem + ext, 1
    while name.casefold() in taken:
        number += 1
        name = f"{stem}~{number}{ext}"
    return name


def too_large(limit: int, file: str | None) -> UploadRefused:
    return UploadRefused(413, "too-large", msg("serve.too-large", limit=limit), file)


async def receive_body(
    stream: AsyncIterator[bytes], folder: Path, name: str, max_bytes: int
) -> Received:
    """A raw body (the file's bytes) stored in ``folder`` as ``safe_name(name)``."""
    stored = safe_name(name)
    path = folder / stored
    size = 0
    with open(path, "xb") as handle:
        async for chunk in stream:
            size += len(chunk)
            if size > max_bytes:
                raise too_large(max_bytes, stored)
            handle.write(chunk)
    return Received(path, stored, size)


class _Parts:
    """python-multipart callbacks: each file part of ``field`` to its own file."""

    def __init__(
        self,
        folder: Path,
        field: str,
        max_files: int,
        max_file_bytes: int,
        max_total: int,
        text_fields: dict[str, str] | None = None,
    ) -> None:
        self.folder = folder
        self.text_fields = text_fields if text_fields is not None else {}
        self._text_key: str | None = None
        self._text = b""
        self.field = field
        self.max_files = max_files
        self.max_file_bytes = max_file_bytes
        self.max_total = max_total
        self.received: list[Received] = []
        self.taken: set[str] = set()
        self.total = 0
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._handle: IO[bytes] | None = None
        self._name = ""
        self._size = 0
        self.many = False
        """A second file was sent where one is taken (max_files 1)."""

    def on_part_begin(self) -> None:
        self._disposition = b""
        self._handle = None
        self._size = 0
        self._text_key = None
        self._text = b""

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = self._header_value = b""

    def on_headers_finished(self) -> None:
        from python_multipart.multipart import parse_options_header

        _, options = parse_options_header(self._disposition)
        field = options.get(b"name", b"").decode("utf-8", "replace")
        if field in self.text_fields and b"filename" not in options:
            self._text_key = field
            return
        if field != self.field or b"filename" not in options:
            return  # another field: its bytes are counted, not kept
        if len(self.received) >= self.max_files:
            if self.max_files == 1:
                raise UploadRefused(422, "bad-request", msg("serve.one-file", field=self.field))
            limit = self.max_files
            raise UploadRefused(413, "too-many-files", msg("serve.too-many-files", limit=limit))
        raw = options[b"filename"].decode("utf-8", "replace")
        self._name = safe_name(raw, self.taken)
        self.taken.add(self._name.casefold())
        self._handle = open(self.folder / self._name, "xb")  # noqa: SIM115 (closed at its part's end)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        count = end - start
        self.total += count
        if self.total > self.max_total:
            limit = self.max_total
            raise UploadRefused(413, "too-large", msg("serve.batch-too-large", limit=limit))
        if self._text_key is not None:
            self._text += data[start:end]
            if len(self._text) > TEXT_FIELD_BYTES:
                detail = f"{self._text_key}: over {TEXT_FIELD_BYTES} bytes"
                raise UploadRefused(422, "bad-request", msg("serve.bad-multipart", detail=detail))
            return
        if self._handle is None:
            return
        self._size += count
        if self._size > self.max_file_bytes:
            raise too_large(self.max_file_bytes, self._name)
        self._handle.write(data[start:end])

    def on_part_end(self) -> None:
        if self._text_key is not None:
            self.text_fields[self._text_key] = self._text.decode("utf-8", "replace")
            self._text_key = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            self.received.append(Received(self.folder / self._name, self._name, self._size))

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


async def receive_multipart(
    stream: AsyncIterator[bytes],
    content_type: str,
    folder: Path,
    *,
    field: str,
    max_files: int,
    max_file_bytes: int,
    max_total: int,
    text_fields: dict[str, str] | None = None,
) -> list[Received]:
    """The file parts named ``field`` stored in ``folder``, in the order sent; other
    fields are skipped, but for the text fields named by ``text_fields``' keys (a form's
    options), whose values (at most TEXT_FIELD_BYTES, 422 past it) are put in it.
    Raises UploadRefused: 413 past a limit (``max_files`` parts, a part over
    ``max_file_bytes``, more than ``max_total`` bytes of parts), 422 for a body that is
    not multipart."""
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import MultipartParser, parse_options_header

    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        detail = "no boundary"
        raise UploadRefused(422, "bad-request", msg("serve.bad-multipart", detail=detail))
    parts = _Parts(folder, field, max_files, max_file_bytes, max_total, text_fields)
    callbacks = {name: getattr(parts, name) for name in dir(parts) if name.startswith("on_")}
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        async for chunk in stream:
            parser.write(chunk)
        parser.finalize()
    except FormParserError as e:
        detail = str(e)[:120]
        raise UploadRefused(422, "bad-request", msg("serve.bad-multipart", detail=detail)) from e
    finally:
        parts.close()
    return parts.received

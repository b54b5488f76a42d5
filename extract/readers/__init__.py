"""Readers: one module per format, each turning a SourceFile into a RawDocument.

The registry is an explicit dict; heavy libraries are imported inside each reader.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import import_module
from types import ModuleType

from renstra.schemas import Settings

from ..intermediate import RawDocument, SourceFile
from .detect import KNOWN_SUFFIXES, detect_format

Reader = Callable[[SourceFile, Settings], RawDocument]

READERS: dict[str, str] = {
    "txt": "text",
    "md": "text",
    "docx": "docx",
    "pdf": "pdf",
    "xlsx": "xlsx",
    "doc": "convert",
    "xls": "convert",
    "rtf": "convert",
    "odt": "convert",
    "ods": "convert",
    "png": "image",
    "jpeg": "image",
    "tiff": "image",
}
"""Format -> reader module in this package (imported on first use, to keep start-up fast)."""


def reader_for(fmt: str) -> Reader:
    return _module(fmt).read  # type: ignore[no-any-return]


@cache
def _module(fmt: str) -> ModuleType:
    """The reader module of ``fmt``, imported once: import_module costs a few thousand
    instructions even for a module already imported, and this runs once per file."""
    return import_module(f"{__name__}.{READERS[fmt]}")


__all__ = ["KNOWN_SUFFIXES", "READERS", "detect_format", "reader_for"]

"""Readers: one module per format, each turning a SourceFile into a RawDocument.

The registry is an explicit dict; heavy libraries are imported inside each reader.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

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
}
"""Format -> reader module in this package (imported on first use, to keep start-up fast)."""


def reader_for(fmt: str) -> Reader:
    module = import_module(f"{__name__}.{READERS[fmt]}")
    return module.read  # type: ignore[no-any-return]


__all__ = ["KNOWN_SUFFIXES", "READERS", "detect_format", "reader_for"]

"""Resource limits for hostile input, with safe defaults (issue: batch at scale).

Sizes are bytes, times seconds. The defaults let a 2,000-page Renstra PDF or a 50 MB
workbook through and stop zip bombs, runaway parsers and memory hogs. Each field's
description is the help of its option and its entry in docs/configuration.md (the names
are declared in ``renstra.extract.knobs``).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

MiB = 1024 * 1024
SIZE_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)


def size_in_bytes(value: object) -> object:
    """Bytes from 1048576, '512M', '2G' or '2GiB' (powers of 1024); other types pass on to
    the int validation, which refuses them."""
    if isinstance(value, bool):
        raise PydanticCustomError("size", "not a size such as 512M or 2G")
    if not isinstance(value, str):
        return value
    match = _SIZE.match(value)
    if match is None:
        raise PydanticCustomError("size", "not a size such as 512M or 2G")
    return int(float(match[1]) * SIZE_UNITS[match[2].lower()])


Size = Annotated[int, BeforeValidator(size_in_bytes)]
"""A number of bytes, also written as text with K, M, G or T (powers of 1024)."""


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_bytes: Size = Field(
        default=50 * MiB, gt=0, description="larger input files are refused"
    )
    max_pdf_pages: int = Field(default=2000, gt=0, description="PDFs with more pages are refused")
    max_text_lines: int = Field(
        default=500_000,
        gt=0,
        description="text files with more lines are refused (a 10 MB file of "
        "line breaks would otherwise become ten million lines)",
    )
    max_unpacked_bytes: Size = Field(
        default=256 * MiB,
        gt=0,
        description="most uncompressed bytes of a .docx/.xlsx's zip members",
    )
    max_zip_entries: int = Field(default=10_000, gt=0, description="most members in a .docx/.xlsx")
    max_compression_ratio: float = Field(
        default=200.0, gt=1, description="highest uncompressed / compressed size of one zip member"
    )
    ratio_floor_bytes: Size = Field(
        default=1 * MiB, ge=0, description="zip members unpacking to less are not held to the ratio"
    )
    timeout_s: float = Field(
        default=300.0,
        gt=0,
        description="seconds one file may take in its worker, not counting its OCR pages "
        "(each has ocr-page-timeout); the worker is then stopped and the file reported as "
        "'timeout'",
    )
    max_ocr_pages: int = Field(
        default=200,
        gt=0,
        description="pages of one file read by OCR; later pages are skipped with an "
        "ocr-failed finding",
    )
    ocr_page_timeout_s: float = Field(
        default=120.0,
        gt=0,
        description="seconds OCR may take on one page; the page is then skipped with an "
        "ocr-failed finding",
    )
    max_memory_bytes: Size = Field(
        default=2048 * MiB, gt=0, description="address space of one worker process (RLIMIT_AS)"
    )

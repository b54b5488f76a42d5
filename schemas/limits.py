"""Resource limits for hostile input, with safe defaults (issue: batch at scale).

Sizes are bytes, times seconds. The defaults let a 2,000-page Renstra PDF or a 50 MB
workbook through and stop zip bombs, runaway parsers and memory hogs; every limit has a
CLI option in `renstra extract` where a user may need another value.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

MiB = 1024 * 1024


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_bytes: int = Field(default=50 * MiB, gt=0, description="larger files are refused")
    max_pdf_pages: int = Field(default=2000, gt=0, description="PDFs with more pages are refused")
    max_text_lines: int = Field(
        default=500_000,
        gt=0,
        description="text files with more lines are refused (a 10 MB file of "
        "line breaks would otherwise become ten million lines)",
    )
    max_unpacked_bytes: int = Field(
        default=256 * MiB,
        gt=0,
        description="total uncompressed size of a .docx/.xlsx's zip members",
    )
    max_zip_entries: int = Field(default=10_000, gt=0, description="members in a .docx/.xlsx")
    max_compression_ratio: float = Field(
        default=200.0, gt=1, description="uncompressed / compressed size of one zip member"
    )
    ratio_floor_bytes: int = Field(
        default=1 * MiB, ge=0, description="members unpacking to less are not held to the ratio"
    )
    timeout_s: float = Field(
        default=300.0,
        gt=0,
        description="wall time for one file in its worker; the worker is then "
        "stopped and the file reported as 'timeout'",
    )
    max_memory_bytes: int = Field(
        default=2048 * MiB, gt=0, description="address space of one worker process (RLIMIT_AS)"
    )

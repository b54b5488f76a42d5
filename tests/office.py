"""A workbook printed the way a person prints it: LibreOffice converts it to PDF, and the
pages are read back with pdfplumber."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("CI is set but LibreOffice is not installed (apt-get install libreoffice-calc)")
    pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc): tests skipped")


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    text: str


def printed_pages(workbook: Path) -> list[Page]:
    """The pages LibreOffice prints ``workbook`` on (every sheet, its own print settings)."""
    import pdfplumber

    soffice = soffice_binary()
    profile = workbook.parent / "soffice-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(workbook.parent), str(workbook)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with pdfplumber.open(workbook.with_suffix(".pdf")) as pdf:
        return [Page(p.width, p.height, p.extract_text() or "") for p in pdf.pages]

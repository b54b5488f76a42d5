"""LibreOffice, headless, as a user runs it: the tests that open the CSV dialect and
indicators.xlsx the way Excel or Calc set to Indonesian would, and that print a workbook to
PDF and read its pages back with pdfplumber."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .system_tools import installed

LOCALE = "id_ID.UTF-8"
"""Calc takes its locale (decimal comma, thousands dot) from the environment."""
CSV_ID_IMPORT = "CSV:59,34,76,1,,1057"
"""Calc's CSV import: ';' between cells, '"' around text, UTF-8, from row 1, language
1057 (id-ID) for the numbers."""
CSV_EXPORT_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1057,false,true,true"
"""Calc's CSV export: ',' between cells, UTF-8, each cell as shown (its number format in
the id-ID locale)."""


def soffice_binary() -> str:
    return installed(("soffice", "libreoffice"), "libreoffice-calc")


def convert(
    source: Path,
    to: str,
    out: Path,
    profile: Path,
    infilter: str | None = None,
    locale: str | None = LOCALE,
) -> Path:
    """``source`` converted by Calc into ``out`` (under ``locale``, by default id-ID; None:
    the environment's); the new file."""
    command = [
        soffice_binary(), "--headless", "--norestore",
        f"-env:UserInstallation={profile.absolute().as_uri()}",
        *(["--infilter=" + infilter] if infilter else []),
        "--convert-to", to, "--outdir", str(out), str(source),
    ]  # fmt: skip
    env = {**os.environ, **({"LANG": locale, "LC_ALL": locale} if locale else {})}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    extension = to.split(":")[0]
    target = out / f"{source.stem}.{extension}"
    assert target.is_file(), f"soffice wrote nothing: {done.stdout} {done.stderr}"
    return target


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    text: str


def printed_pages(workbook: Path) -> list[Page]:
    """The pages LibreOffice prints ``workbook`` on (every sheet, its own print settings)."""
    import pdfplumber

    profile = workbook.parent / "soffice-profile"
    pdf_path = convert(workbook, "pdf", workbook.parent, profile, locale=None)
    with pdfplumber.open(pdf_path) as pdf:
        return [Page(p.width, p.height, p.extract_text() or "") for p in pdf.pages]

"""LibreOffice, headless, as a user in Indonesia runs it: the tests that open the CSV
dialect and indicators.xlsx the way Excel or Calc set to Indonesian would."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = "id_ID.UTF-8"
"""Calc takes its locale (decimal comma, thousands dot) from the environment."""
CSV_ID_IMPORT = "CSV:59,34,76,1,,1057"
"""Calc's CSV import: ';' between cells, '"' around text, UTF-8, from row 1, language
1057 (id-ID) for the numbers."""
CSV_EXPORT_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1057,false,true,true"
"""Calc's CSV export: ',' between cells, UTF-8, each cell as shown (its number format in
the id-ID locale)."""


def soffice_binary() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("CI is set but LibreOffice is not installed (apt-get install libreoffice-calc)")
    pytest.skip("LibreOffice (soffice) is not installed; the Indonesian-locale tests are skipped")


def convert(source: Path, to: str, out: Path, profile: Path, infilter: str | None = None) -> Path:
    """``source`` converted by Calc under the id-ID locale into ``out``; the new file."""
    command = [
        soffice_binary(), "--headless", "--norestore",
        f"-env:UserInstallation={profile.absolute().as_uri()}",
        *(["--infilter=" + infilter] if infilter else []),
        "--convert-to", to, "--outdir", str(out), str(source),
    ]  # fmt: skip
    env = {**os.environ, "LANG": LOCALE, "LC_ALL": LOCALE}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    extension = to.split(":")[0]
    target = out / f"{source.stem}.{extension}"
    assert target.is_file(), f"soffice wrote nothing: {done.stdout} {done.stderr}"
    return target

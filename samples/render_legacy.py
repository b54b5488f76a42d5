"""Make samples/formats/legacy/: old Office and OpenDocument twins of two format samples.

    .venv/bin/python samples/render_legacy.py     # (re)write samples/formats/legacy/

Each file is LibreOffice's (``soffice --headless --convert-to``) conversion of a sample that
samples/render_formats.py wrote, so it carries the same facts (the same indicators and
targets) in another format:

- renstra_metro_timur.docx -> .odt and .rtf; the .odt -> .doc. (LibreOffice 7.4 writing
  this .docx straight to .doc leaves the table out: the text of its cells runs together in
  one paragraph. Through the .odt the table is kept.)
- iku_metro_utara.xlsx -> .xls and .ods.

LibreOffice writes the time of the conversion into the files, so running this again gives
files with other bytes and the same content; the committed files are the ones the tests
and the golden outputs use.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMATS = HERE / "formats"
OUT_DIR = FORMATS / "legacy"
STEPS = (
    ("renstra_metro_timur.docx", "odt"),
    ("renstra_metro_timur.docx", "rtf"),
    ("legacy/renstra_metro_timur.odt", "doc"),
    ("iku_metro_utara.xlsx", "xls"),
    ("iku_metro_utara.xlsx", "ods"),
)
"""(file under samples/formats/, format to convert it to), in order."""


def convert(soffice: str, source: Path, to: str, profile: Path) -> Path:
    command = [
        soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to", to, "--outdir", str(OUT_DIR), str(source),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    target = OUT_DIR / f"{source.stem}.{to}"
    if not target.is_file():
        raise SystemExit(f"soffice wrote no {target.name}")
    return target


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: apt-get install libreoffice-writer libreoffice-calc")
        return 1
    OUT_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work) / "profile"
        for name, to in STEPS:
            target = convert(soffice, FORMATS / name, to, profile)
            print(f"{name} -> {target.relative_to(HERE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

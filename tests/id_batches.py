"""Batches extracted for the tests of the Indonesian tables (CSV dialect, wide shape,
indicators.xlsx), from samples whose values the tests check by hand."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import SAMPLES

KODEFIKASI = "real/iku_kodefikasi/iku_kodefikasi.xlsx"
"""An IKU: Rata-rata Lama Sekolah, baseline 9,55, targets 2025-2030 9,66 9,79 9,91 10,04
10,16 11,12 (samples/real/iku_kodefikasi/SOURCE)."""
TC27 = "real/renstra_tc27_rupiah_ribuan/renstra_tc27_rupiah_ribuan.xlsx"
"""A T-C.27 with Rp in thousands: program 8.01.02's 808.750 then 637.571,904 (000)."""
SEED = "renstra_metro_timur.txt"
"""The seed Renstra's T-C.25: sasaran indicators with five yearly targets, no Rp."""
runner = CliRunner()


def extract_batch(root: Path, names: list[str], *options: str) -> Path:
    """The output folder of ``renstra extract`` over copies of ``names``."""
    folder = root / "in"
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, folder / name)
    out = root / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q", "-j", "1", *options])
    assert result.exit_code == 0, result.output
    return out


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))

"""`extract --parquet`: one typed Parquet file per table beside the CSVs, read back with
pyarrow and pandas as an analyst would, and with the README's DuckDB one-liners."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from renstra.extract.cli import app
from renstra.extract.writers.parquet_out import file_name
from renstra.extract.writers.tables import TABLES
from typer.testing import CliRunner

from .paths import REPO, SAMPLES
from .test_sqlite_out import RENJA, SEED_RENSTRA, TC27, json_counts

runner = CliRunner()
SETDA = SAMPLES / "renstra_setda_mekarsari.txt"
"""Its IPM targets are ranges: 69,1-69,5 in Tahun ke-1 … 70,6-71,0 in ke-4."""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parquet")
    inputs = folder / "in"
    inputs.mkdir()
    for source in (SAMPLES / SEED_RENSTRA, SETDA, TC27, RENJA):
        shutil.copy(source, inputs / source.name)
    result = runner.invoke(
        app,
        ["extract", str(inputs), "-o", str(folder / "output"), "--parquet", "--sqlite",
         str(folder / "renstra.db"), "-q", "-j", "1"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return folder / "output"


def test_one_file_per_table_with_the_rows_of_the_json_outputs(out: Path) -> None:
    rows = {t.name: pq.read_table(out / file_name(t)).num_rows for t in TABLES}
    assert rows == {**json_counts(out), "files": 4}


def test_the_columns_are_typed(out: Path) -> None:
    targets = pq.read_schema(out / "targets.parquet")
    assert targets.field("year_index").type == pa.int64()
    assert targets.field("year").type == pa.int64()
    assert targets.field("target_value").type == pa.float64()
    assert targets.field("target_text").type == pa.string()
    assert not targets.field("year_index").nullable  # part of the key
    budgets = pq.read_schema(out / "budgets.parquet")
    assert budgets.field("budget").type == pa.int64()  # whole rupiah, never a float
    documents = pq.read_schema(out / "documents.parquet")
    assert documents.field("period_start").type == pa.int64()


def test_values_read_back_with_pandas(out: Path) -> None:
    targets = pd_read(out, "targets").merge(
        pd_read(out, "indicators"), on=["sha256", "indicator_id"]
    )
    seed = targets[targets["name"].str.startswith("Persentase Penurunan Gangguan")]
    assert seed.set_index("year_index")["target_value"].to_dict() == {
        1: 30.0, 2: 35.0, 3: 55.0, 4: 83.0, 5: 100.0
    }  # fmt: skip
    ipm = targets[targets["name"].str.startswith("Indeks Pembangunan Manusia")]
    first = ipm[ipm["year_index"] == 1].iloc[0]
    assert (first["target_text"], first["target_kind"]) == ("69,1-69,5", "range")
    assert (first["target_low"], first["target_high"]) == (69.1, 69.5)
    assert pd.isna(first["target_value"])
    budgets = pd_read(out, "budgets").merge(pd_read(out, "programs"), on=["sha256", "program_id"])
    kegiatan = budgets[(budgets["code"] == "8.01.02.2.01") & (budgets["budget_index"] == 1)]
    assert kegiatan["budget"].tolist() == [808_750_000]
    assert str(kegiatan["budget"].dtype) == "Int64"


def pd_read(out: Path, table: str) -> pd.DataFrame:
    """As the docs advise: pandas' nullable types keep an int column with gaps as integers."""
    return pd.read_parquet(out / f"{table}.parquet", dtype_backend="numpy_nullable")


def test_without_pyarrow_parquet_is_one_line_and_exit_2_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    output = tmp_path / "out"
    result = runner.invoke(
        app, ["extract", str(SAMPLES / SEED_RENSTRA), "-o", str(output), "--parquet"]
    )
    assert result.exit_code == 2
    assert result.output == (
        "renstra: error: --parquet needs pyarrow: pip install 'renstra[parquet]'\n"
    )
    assert not output.exists()


def readme_one_liners() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- database one-liners -->", 1)[1].split("<!-- end -->", 1)[0]
    return [line for line in block.splitlines() if line.startswith("python3 -c ")]


def run_one_liner(line: str, folder: Path) -> subprocess.CompletedProcess[str]:
    command = shlex.split(line)
    assert command[0] == "python3"
    return subprocess.run(
        [sys.executable, *command[1:]], cwd=folder, capture_output=True, text=True, timeout=120
    )


def test_the_readme_s_duckdb_one_liner_reads_the_parquet_files(out: Path) -> None:
    (line,) = [line for line in readme_one_liners() if ".parquet" in line]
    result = run_one_liner(line, out.parent)
    assert result.returncode == 0, result.stderr
    assert "Sekretariat Daerah" in result.stdout
    assert "69,1-69,5" in result.stdout and "69.1" in result.stdout and "69.5" in result.stdout


def test_the_readme_s_duckdb_one_liner_reads_the_database(out: Path) -> None:
    """DuckDB downloads its sqlite extension on first use: skipped where it cannot."""
    (line,) = [line for line in readme_one_liners() if "sqlite_scan" in line]
    result = run_one_liner(line, out.parent)
    if result.returncode != 0 and "sqlite_scanner" in result.stderr:
        pytest.skip("DuckDB's sqlite extension cannot be downloaded here")
    assert result.returncode == 0, result.stderr
    assert "renja" in result.stdout and "renstra" in result.stdout

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from renstra.extract.config import load_settings
from renstra.extract.writers.csv_dialect import csv_bytes

from .id_batches import KODEFIKASI, TC27, extract_batch, read_csv
from .libreoffice import CSV_ID_IMPORT, convert

ROW = ["1.250", "9.55", "-1.5", "=HYPERLINK(1)", "a;b", "1e-05", "", "12"]
DECIMALS = {1, 2, 5, 6, 7}


def test_the_default_dialect_is_comma_and_point() -> None:
    assert csv_bytes([ROW], decimals=DECIMALS) == (
        b"1.250,9.55,-1.5,'=HYPERLINK(1),a;b,1e-05,,12\r\n"
    )


def test_the_id_dialect_puts_a_comma_in_the_numbers_of_number_columns_only() -> None:
    # 1.250 is text as written (not a number column) and stays as read
    assert csv_bytes([ROW], "id", DECIMALS) == (
        b'1.250;9,55;-1,5;\'=HYPERLINK(1);"a;b";1e-05;;12\r\n'
    )


def test_text_in_a_number_column_stays_as_written_and_inert() -> None:
    assert csv_bytes([["69,1-69,5", "WTP", "=1+1"]], "id", {0, 1, 2}) == (
        b"69,1-69,5;WTP;'=1+1\r\n"
    )


@pytest.fixture(scope="module")
def id_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dialect")
    return extract_batch(root, [KODEFIKASI, TC27], "--csv-dialect", "id")


def test_extract_writes_every_csv_in_the_id_dialect(id_out: Path) -> None:
    for name in ("indicators.csv", "findings.csv", "programs.csv", "indicators_wide.csv"):
        data = (id_out / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbfsource_path;"), name
    rows = [r for r in read_csv(id_out / "indicators.csv", ";") if "kodefikasi" in r["source_path"]]
    assert [(r["year"], r["target_text"], r["target_value"]) for r in rows] == [
        ("2025", "9,66", "9,66"), ("2026", "9,79", "9,79"), ("2027", "9,91", "9,91"),
        ("2028", "10,04", "10,04"), ("2029", "10,16", "10,16"), ("2030", "11,12", "11,12"),
    ]  # fmt: skip
    assert {r["baseline_value"] for r in rows} == {"9,55"}
    programs = read_csv(id_out / "programs.csv", ";")
    first = next(p for p in programs if p["code"] == "8.01.02" and p["year"] == "2026")
    assert (first["budget"], first["budget_text"]) == ("808750000", "808.750")


def test_the_dialect_comes_from_renstra_toml(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text('csv-dialect = "id"\n', encoding="utf-8")
    assert load_settings(directory=tmp_path).csv_dialect == "id"
    assert load_settings(directory=tmp_path, overrides={"csv-dialect": "rfc4180"}).csv_dialect == (
        "rfc4180"
    )


def test_calc_set_to_indonesian_reads_the_id_csv_targets_as_numbers(
    id_out: Path, tmp_path: Path
) -> None:
    book = convert(id_out / "indicators.csv", "xlsx", tmp_path, tmp_path / "profile", CSV_ID_IMPORT)
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    at = {name: header.index(name) for name in ("source_path", "year", "target_value")}
    kodefikasi = [r for r in rows[1:] if "kodefikasi" in str(r[at["source_path"]])]
    assert [(r[at["year"]], r[at["target_value"]]) for r in kodefikasi] == [
        (2025, 9.66), (2026, 9.79), (2027, 9.91), (2028, 10.04), (2029, 10.16), (2030, 11.12),
    ]  # fmt: skip
    assert all(isinstance(r[at["target_value"]], float) for r in kodefikasi)

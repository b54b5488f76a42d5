from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from renstra.extract.cli import app
from renstra.extract.writers import indicators_xlsx
from renstra.extract.writers.column_kinds import kind_of
from renstra.extract.writers.csv_dialect import csv_bytes
from renstra.extract.writers.csv_out import INDICATOR_COLUMNS
from renstra.extract.writers.xlsx_stream import DECIMAL_FORMAT

from .id_batches import KODEFIKASI, SEED, TC27, extract_batch, read_csv, runner
from .libreoffice import CSV_EXPORT_AS_SHOWN, convert

KODEFIKASI_TARGETS = [
    (2025, 9.66), (2026, 9.79), (2027, 9.91), (2028, 10.04), (2029, 10.16), (2030, 11.12),
]  # fmt: skip
"""Rata-rata Lama Sekolah, as samples/real/iku_kodefikasi/SOURCE writes it."""


@pytest.fixture(scope="module", params=["rfc4180", "id"])
def out(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp(f"xlsx-{request.param}")
    return extract_batch(root, [KODEFIKASI, TC27, SEED], "--csv-dialect", request.param)


def records(sheet: Worksheet) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_indicator_sheet_has_the_csvs_columns_and_rows(out: Path) -> None:
    workbook = openpyxl.load_workbook(out / "indicators.xlsx")
    assert workbook.sheetnames == ["indicators", "indicators_wide"]
    sheet = workbook["indicators"]
    assert [c.value for c in sheet[1]] == INDICATOR_COLUMNS
    delimiter = ";" if (out / "indicators.csv").read_bytes()[3:20].count(b";") else ","
    with open(out / "indicators.csv", encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle, delimiter=delimiter))
    assert sheet.max_row == len(written)
    kinds = [kind_of(name) for name in INDICATOR_COLUMNS]
    for row, cells in zip(written[1:], sheet.iter_rows(min_row=2, values_only=True), strict=True):
        assert [_read(text, kind) for text, kind in zip(row, kinds, strict=True)] == list(cells)


def _read(text: str, kind: str) -> object:
    """A CSV cell as the workbook should hold it: a number in a number column."""
    if not text:
        return None
    if kind == "text":
        return text
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


def test_numbers_are_numbers_with_indonesian_formats(out: Path) -> None:
    sheet = openpyxl.load_workbook(out / "indicators.xlsx")["indicators"]
    rows = records(sheet)
    kodefikasi = [r for r in rows if str(r["source_path"]).endswith("iku_kodefikasi.xlsx")]
    assert [(r["year"], r["target_value"]) for r in kodefikasi] == KODEFIKASI_TARGETS
    assert {r["baseline_value"] for r in kodefikasi} == {9.55}
    assert {(r["period_start"], r["period_end"]) for r in kodefikasi} == {(2025, 2030)}
    assert all(isinstance(r["target_text"], str) for r in kodefikasi)  # as written: "9,66"
    program = next(r for r in rows if r["budget"] == 808_750_000)  # Rp 808.750 (000), 2026
    assert (program["year"], program["target_value"]) == (2026, 100)
    header = [c.value for c in sheet[1]]
    first = 2 + rows.index(kodefikasi[0])
    formats = {name: sheet.cell(first, header.index(name) + 1).number_format
               for name in ("year", "target_value", "period_start")}  # fmt: skip
    assert formats == {"year": "0", "target_value": DECIMAL_FORMAT, "period_start": "0"}
    budget_cell = sheet.cell(2 + rows.index(program), header.index("budget") + 1)
    assert budget_cell.number_format == "#,##0"


def test_the_sheets_are_filtered_frozen_and_sized(out: Path) -> None:
    workbook = openpyxl.load_workbook(out / "indicators.xlsx")
    for sheet in workbook:
        last = openpyxl.utils.get_column_letter(sheet.max_column)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
    sheet = workbook["indicators"]
    name = openpyxl.utils.get_column_letter(INDICATOR_COLUMNS.index("name") + 1)
    year = openpyxl.utils.get_column_letter(INDICATOR_COLUMNS.index("year") + 1)
    assert (sheet.column_dimensions[name].width, sheet.column_dimensions[year].width) == (40, 10)


def test_the_wide_sheet_holds_the_wide_csv_with_numbers(out: Path) -> None:
    workbook = openpyxl.load_workbook(out / "indicators.xlsx")
    rows = records(workbook["indicators_wide"])
    dialect = ";" if b"source_path;" in (out / "indicators_wide.csv").read_bytes()[:20] else ","
    assert len(rows) == len(read_csv(out / "indicators_wide.csv", dialect))
    row = next(r for r in rows if r["kode_program"] == "8.01.02")
    assert [row[f"pagu_{i}"] for i in range(1, 6)] == [808_750_000, *[637_571_904] * 4]
    assert (row["target_awal"], row["target_1"], row["tahun_awal"]) == (100, 100, 2025)
    iku = next(r for r in rows if str(r["source_path"]).endswith("iku_kodefikasi.xlsx"))
    assert [iku[f"target_{i}"] for i in range(1, 7)] == [v for _, v in KODEFIKASI_TARGETS]


def test_no_xlsx_leaves_it_out_and_removes_an_earlier_one(tmp_path: Path) -> None:
    out = extract_batch(tmp_path, [SEED])
    assert (out / "indicators.xlsx").is_file()
    again = ["extract", str(tmp_path / "in"), "-o", str(out), "-q", "--no-xlsx"]
    result = runner.invoke(app, again)
    assert result.exit_code == 0, result.output
    assert not (out / "indicators.xlsx").exists()  # it would no longer match the CSVs
    assert (out / "indicators_wide.csv").is_file()


def test_calc_set_to_indonesian_shows_decimal_commas_and_grouped_rupiah(
    out: Path, tmp_path: Path
) -> None:
    shown = convert(out / "indicators.xlsx", CSV_EXPORT_AS_SHOWN, tmp_path, tmp_path / "profile")
    with open(shown, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))  # the first sheet, as Calc shows it
    kodefikasi = [r for r in rows if r["source_path"].endswith("iku_kodefikasi.xlsx")]
    assert [(r["year"], r["target_value"]) for r in kodefikasi] == [
        ("2025", "9,66"), ("2026", "9,79"), ("2027", "9,91"), ("2028", "10,04"),
        ("2029", "10,16"), ("2030", "11,12"),
    ]  # fmt: skip
    assert any(r["budget"] == "808.750.000" for r in rows)


def test_rows_are_read_back_whole_across_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quoted cell may hold line breaks and quotes; a block of the file never ends
    inside one."""
    monkeypatch.setattr(indicators_xlsx, "BLOCK", 8)
    rows = [
        ["a", 'one "quoted"\r\nline\nand more', "x & y"],
        ["b", "<tag>", "c\x01d"],
        ["c", "\u2028 stays", "9,5"],
    ]
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_bytes([["h1", "h2", "h3"], *rows], "id"))
    assert list(indicators_xlsx.read_rows(str(path), ";")) == [
        ["a", 'one "quoted"\r\nline\nand more', "x \ufdd0 y"],
        ["b", "\ufdd1tag\ufdd2", "cd"],
        ["c", "\u2028 stays", "9,5"],
    ]

"""The batch CSVs' program side (schema 1.4.0): the appended columns of indicators.csv and
programs.csv, written by hand from ``documents.program_document``."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from renstra.extract.batch import BOM
from renstra.extract.cli import app
from renstra.extract.job import csv_bytes
from renstra.extract.writers.csv_out import (
    DOCUMENT_TABLE_COLUMNS,
    FINDING_COLUMNS,
    INDICATOR_COLUMNS,
    PROGRAM_COLUMNS,
    indicator_rows,
    program_rows,
)
from renstra.schemas import Budget, Document, Program, Target
from typer.testing import CliRunner

from .documents import at, program_document
from .paths import REPO, SAMPLES
from .test_writers import document

OLD_INDICATOR_COLUMNS = [
    "source_path", "doc_type", "organization", "region", "period_start", "period_end",
    "indicator_id", "number", "code", "goal", "objective", "name", "level", "sub_items", "unit",
    "rationale", "definition", "formula_raw", "formula_kind", "formula_numerator",
    "formula_denominator", "formula_multiplier", "data_source", "responsible", "frequency",
    "polarity", "baseline_text", "baseline_value", "final_target_text", "final_target_value",
    "inferred", "year_index", "year", "target_text", "target_value", "target_unit",
    "target_kind", "page", "line", "table", "row", "column", "sheet", "cell",
]  # fmt: skip
"""indicators.csv before schema 1.4.0, written out: a consumer reading by position."""


def read(columns: list[str], rows: list[list[object]]) -> list[dict[str, str]]:
    data = (BOM + csv_bytes([columns, *rows])).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data)))


def test_the_new_indicator_columns_come_after_every_older_one() -> None:
    assert INDICATOR_COLUMNS[: len(OLD_INDICATOR_COLUMNS)] == OLD_INDICATOR_COLUMNS
    assert INDICATOR_COLUMNS[len(OLD_INDICATOR_COLUMNS) :] == [
        "program_id", "budget", "realization_text", "realization_value", "achievement_text",
        "achievement_value",
        "target_low", "target_high", "baseline_kind", "baseline_low", "baseline_high",
        "final_target_kind", "final_target_low", "final_target_high", "formula_target",
        "formula_definitions",
    ]  # fmt: skip


def test_a_document_without_programs_keeps_its_rows_and_leaves_the_new_columns_empty() -> None:
    rows = list(indicator_rows(document()))
    assert [len(row) for row in rows] == [len(INDICATOR_COLUMNS)] * 3
    assert [row[len(OLD_INDICATOR_COLUMNS) : len(OLD_INDICATOR_COLUMNS) + 6] for row in rows] == [
        [""] * 6
    ] * 3  # the 1.4.0 columns: no program, no realisasi
    old = [row[: len(OLD_INDICATOR_COLUMNS)] for row in rows]
    assert [(r[6], r[33], r[40]) for r in old] == [("t1r4", "85 %", 4), ("t1r4", "", 4),
                                                   ("t2r2", "", 2)]  # fmt: skip
    assert list(program_rows(document())) == []


def test_program_indicators_are_long_form_rows_with_the_budget_of_their_year() -> None:
    rows = read(INDICATOR_COLUMNS, list(indicator_rows(program_document())))
    picked = [
        [r["indicator_id"], r["year"], r["target_text"], r["program_id"], r["budget"],
         r["realization_text"], r["realization_value"], r["achievement_text"],
         r["achievement_value"]]
        for r in rows
    ]  # fmt: skip
    assert picked == [
        ["t1r3", "2022", "90", "", "", "85", "85", "105,9 %", "105.9"],
        ["t1r3", "2023", "88", "", "", "", "", "", ""],
        ["t2r4i1", "2022", "80", "t2r4", "1250000000", "", "", "", ""],
        ["t2r4i1", "2023", "85", "t2r4", "68945785000", "", "", "", ""],
    ]
    assert rows[2]["name"] == "Persentase fasilitas kesehatan terakreditasi"
    assert (rows[2]["table"], rows[2]["row"], rows[2]["column"]) == ("2", "4", "5")


def test_a_budget_stands_beside_the_target_of_its_column_where_the_year_is_unknown() -> None:
    doc = program_document()
    for target in doc.programs[0].indicators[0].targets:
        target.year = None
    rows = read(INDICATOR_COLUMNS, list(indicator_rows(doc)))
    assert [r["budget"] for r in rows[2:]] == ["1250000000", "68945785000"]


def test_programs_csv_has_a_row_per_budget_year_and_one_for_the_final_budget() -> None:
    rows = read(PROGRAM_COLUMNS, list(program_rows(program_document())))
    picked = [
        [r["program_id"], r["code"], r["level"], r["parent"], r["final"], r["year_index"],
         r["year"], r["budget"], r["budget_text"], r["budget_scale"], r["row"], r["column"]]
        for r in rows
    ]  # fmt: skip
    assert picked == [
        ["t2r4", "1.02.02", "program", "", "false", "1", "2022", "1250000000",
         "Rp 1.250.000.000", "1", "4", "6"],
        ["t2r4", "1.02.02", "program", "", "false", "2", "2023", "68945785000", "68.945.785",
         "1000", "4", "8"],
        ["t2r4", "1.02.02", "program", "", "true", "", "", "70195785000", "70.195.785", "1000",
         "4", "10"],
        ["t2r5", "1.02.02.2.01", "kegiatan", "t2r4", "false", "1", "2022", "750000000",
         "Rp. 750.000.000,-", "1", "5", "6"],
        ["t2r5", "1.02.02.2.01", "kegiatan", "t2r4", "false", "2", "2023", "", "-", "1", "5",
         "8"],
        # a budget without provenance of its own: the program row's
        ["t2r6", "1.02.03", "program", "", "false", "1", "2022", "500000000", "500 juta", "1",
         "6", "2"],
    ]  # fmt: skip
    first = rows[0]
    assert (first["source_path"], first["doc_type"], first["organization"], first["region"]) == (
        "in/renstra_dinkes.docx", "renstra", "Dinas Kesehatan", "Kota Sukamaju",
    )  # fmt: skip
    assert (first["period_start"], first["period_end"]) == ("2022", "2026")
    assert first["name"] == "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN"
    assert (first["responsible"], first["location"], first["funding_source"]) == (
        "Dinas Kesehatan", "Kota Sukamaju", "DAU",
    )  # fmt: skip
    assert rows[3]["responsible"] == ""


def test_amounts_are_exact_integers_where_pandas_and_the_bytes_are_concerned() -> None:
    doc = program_document()
    doc.programs[0].budgets[0].amount = 12_345_678_901_234_567  # beyond a float's 2**53
    data = BOM + csv_bytes([PROGRAM_COLUMNS, *program_rows(doc)])
    assert b",12345678901234567," in data
    assert b"e+" not in data.lower() and b".0," not in data
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype={"budget": "Int64"})
    assert frame["budget"].tolist()[:3] == [12_345_678_901_234_567, 68_945_785_000,
                                            70_195_785_000]  # fmt: skip


def test_a_program_without_budgets_is_one_row_with_empty_budget_columns() -> None:
    doc = program_document()
    doc.programs = [Program(id="t3r2", name="PROGRAM PENUNJANG", provenance=at(2, 2, table=3))]
    rows = read(PROGRAM_COLUMNS, list(program_rows(doc)))
    assert len(rows) == 1
    assert [rows[0][c] for c in ("program_id", "final", "year", "budget", "budget_text",
                                 "budget_scale", "table", "row")] == [
        "t3r2", "false", "", "", "", "", "3", "2",
    ]  # fmt: skip


def test_what_was_spent_of_a_years_pagu_stands_beside_it() -> None:
    """The E.80 sample's program: Rp 6.855.368.000 planned for year 1, 1,670,024,358 spent,
    a rasio of 24.36%."""
    doc = program_document()
    doc.programs = [
        Program(
            id="t1r5", name="Program Pelayanan Administrasi Perkantoran", provenance=at(5, 3),
            budgets=[
                Budget(year_index=1, amount=6_855_368_000, text="6,855,368,000",
                       realization=Budget(amount=1_670_024_358, text="1,670,024,358"),
                       achievement=Target(text="24.36%", value=24.36, unit="%")),
                Budget(year_index=5, amount=10_735_000_000, text="10,735,000,000"),
            ],
        )
    ]  # fmt: skip
    rows = read(PROGRAM_COLUMNS, list(program_rows(doc)))
    columns = ("year_index", "budget", "realization", "realization_text", "achievement_text",
               "achievement_value")  # fmt: skip
    assert [[row[c] for c in columns] for row in rows] == [
        ["1", "6855368000", "1670024358", "1,670,024,358", "24.36%", "24.36"],
        ["5", "10735000000", "", "", "", ""],
    ]


def test_program_text_that_would_run_as_a_formula_is_made_inert() -> None:
    doc = program_document()
    doc.programs = [
        Program(
            id="t2r4",
            code="@SUM(1)",
            name='=HYPERLINK("http://x/?"&A1)',
            budgets=[Budget(year=2022, amount=-5, text="-5"), Budget(year=2023, text="=1+1")],
            responsible="+cmd",
            provenance=at(4, 2),
        )
    ]
    rows = read(PROGRAM_COLUMNS, list(program_rows(doc)))
    assert [(r["code"], r["name"], r["budget"], r["budget_text"], r["responsible"])
            for r in rows] == [
        ("'@SUM(1)", "'=HYPERLINK(\"http://x/?\"&A1)", "-5", "-5", "'+cmd"),
        ("'@SUM(1)", "'=HYPERLINK(\"http://x/?\"&A1)", "", "'=1+1", "'+cmd"),
    ]  # fmt: skip


def test_extract_writes_programs_csv_with_the_other_batch_files(tmp_path: Path) -> None:
    """A document whose JSON holds programs (reused by the re-run, as resume does) gets its
    program rows in programs.csv and its program indicators in indicators.csv; a document
    without programs adds none."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "renstra_metro_timur.txt", folder / "renstra.txt")
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "iku.txt")
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    assert first.exit_code == 0, first.output
    header = BOM + csv_bytes([PROGRAM_COLUMNS])
    assert (out / "programs.csv").read_bytes() == header
    before = pd.read_csv(out / "indicators.csv", dtype=str, keep_default_na=False)
    assert set(before["program_id"]) == {""} and set(before["budget"]) == {""}

    written = Document.model_validate_json((out / "renstra.json").read_bytes())
    written.programs = program_document().programs
    (out / "renstra.json").write_text(written.model_dump_json(indent=2), encoding="utf-8")
    second = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    assert second.exit_code == 0, second.output
    assert json.loads((out / "summary.json").read_bytes())["reused"] == 2
    programs = pd.read_csv(out / "programs.csv", dtype=str, keep_default_na=False)
    assert programs["source_path"].tolist() == [written.source.path] * 6
    assert programs["budget"].tolist() == [
        "1250000000", "68945785000", "70195785000", "750000000", "", "500000000",
    ]  # fmt: skip
    after = pd.read_csv(out / "indicators.csv", dtype=str, keep_default_na=False)
    added = after[after["program_id"] != ""]
    assert added[["indicator_id", "year", "budget"]].values.tolist() == [
        ["t2r4i1", "2022", "1250000000"],
        ["t2r4i1", "2023", "68945785000"],
    ]
    assert len(after) == len(before) + 2


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("indicators.csv", INDICATOR_COLUMNS),
        ("programs.csv", PROGRAM_COLUMNS),
        ("findings.csv", FINDING_COLUMNS),
        ("documents.csv", DOCUMENT_TABLE_COLUMNS),
    ],
)
def test_the_docs_list_the_columns_the_writer_declares(name: str, columns: list[str]) -> None:
    text = (REPO / "docs" / "batch.md").read_text(encoding="utf-8")
    listed = text.split(f"<!-- {name} -->\n", 1)[1].split("<!-- end -->", 1)[0]
    assert re.findall(r"^\| `([a-z_0-9]+)` \|", listed, re.M) == columns


def test_a_ranges_bounds_each_values_kind_and_the_rumus_target_are_columns() -> None:
    from renstra.schemas import Formula

    doc = document()
    indicator = doc.indicators[0]
    indicator.targets[0] = Target(year_index=1, text="69,1-69,5", kind="range", low=69.1,
                                  high=69.5)  # fmt: skip
    indicator.baseline = Target(text="BB", kind="predicate")
    indicator.final_target = Target(text="70-72", kind="range", low=70, high=72)
    indicator.formula = Formula(raw="A / B x 100 = 100", kind="ratio", numerator="A",
                                denominator="B", multiplier=100, target=100,
                                definitions={"A": "jumlah desa", "B": "seluruh desa"})  # fmt: skip
    rows = read(INDICATOR_COLUMNS, list(indicator_rows(doc)))
    columns = ("target_text", "target_value", "target_low", "target_high", "baseline_kind",
               "final_target_kind", "final_target_low", "final_target_high", "formula_target",
               "formula_definitions")  # fmt: skip
    assert [rows[0][c] for c in columns] == [
        "69,1-69,5", "", "69.1", "69.5", "predicate", "range", "70", "72", "100",
        "A = jumlah desa; B = seluruh desa",
    ]  # fmt: skip

"""datapackage.json beside the batch CSVs, documents.csv, and the published schemas: each
opened the way its user opens it (frictionless, pandas, a JSON Schema validator)."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
from pathlib import Path

import frictionless
import jsonschema
import pandas as pd
import pytest
from frictionless.resources import TableResource
from renstra.extract.batch import BOM
from renstra.extract.cli import app
from renstra.extract.job import csv_bytes
from renstra.extract.writers import column_docs, csv_out, datapackage
from renstra.extract.writers.datapackage import (
    UndescribedColumn,
    columns_markdown,
    package_descriptor,
)
from renstra.extract.writers.indicators_wide import wide_columns
from renstra.extract.writers.json_out import CSV_FILES
from renstra.schemas import Summary
from typer.testing import CliRunner

from .paths import REPO, SAMPLES
from .test_source_notes import sheet

runner = CliRunner()
DOCS = REPO / "docs" / "batch.md"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample, the real ones included, extracted into ``<tmp>/out``."""
    out = tmp_path_factory.mktemp("package") / "out"
    result = runner.invoke(app, ["extract", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# ----------------------------------------------------------------- frictionless


def test_the_package_of_every_sample_is_valid_under_frictionless(out: Path) -> None:
    report = frictionless.validate(out / "datapackage.json")
    errors = [(t.name, e.type, e.note) for t in report.tasks for e in t.errors]
    assert errors == []
    assert report.valid
    read = {task.name: task.stats["rows"] for task in report.tasks}
    assert read == {
        name: len(rows(out / f"{name}.csv"))
        for name in ("documents", "indicators", "programs", "findings", "indicators_wide")
    }
    summary = json.loads((out / "summary.json").read_bytes())
    assert read["documents"] == summary["ok"] > 50
    assert read["indicators"] > 1000 and read["programs"] > 1000 and read["findings"] > 100


def test_the_package_of_the_id_dialect_is_valid_and_reads_decimal_commas(tmp_path: Path) -> None:
    """The Kodefikasi IKU's targets (9,66 ... 11,12 in its expected.json) are written with
    decimal commas in ';' CSVs; the package says so, and frictionless reads numbers."""
    out = tmp_path / "out"
    folder = SAMPLES / "real" / "iku_kodefikasi"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--csv-dialect", "id"])
    assert result.exit_code == 0, result.output
    report = frictionless.validate(out / "datapackage.json")
    assert [(t.name, e.type, e.note) for t in report.tasks for e in t.errors] == []
    resource = frictionless.Package(out / "datapackage.json").get_resource("indicators")
    values = [float(row["target_value"]) for row in resource.read_rows()]  # type: ignore[attr-defined]
    assert values[:2] == [9.66, 9.79]  # written 9,66 and 9,79 in the ';' CSV
    wide = frictionless.Package(out / "datapackage.json").get_resource("indicators_wide")
    assert wide.schema.field_names == wide_columns(6)  # type: ignore[attr-defined]  # 2025-2030
    first = next(iter(wide.read_rows()))  # type: ignore[attr-defined]
    assert (first["target_awal"], first["target_1"], first["target_6"]) == (
        "9,55", "9,66", "11,12",
    )  # fmt: skip
    assert first["target_akhir"] is None and first["pagu_1"] is None  # an IKU has no pagu
    assert (first["polarity"], first["tahun_awal"], first["tahun_akhir"]) == ("positif", 2025, 2030)


def test_frictionless_finds_a_broken_year_and_a_finding_of_no_document(
    out: Path, tmp_path: Path
) -> None:
    """The package says enough to catch what a damaged CSV holds."""
    broken = tmp_path / "broken"
    shutil.copytree(out, broken)
    documents = (broken / "documents.csv").read_text(encoding="utf-8-sig")
    first = documents.splitlines()[1].split(",")
    damaged = documents.replace(f",{first[4]},{first[5]},", f",{first[4]},20x6,", 1)
    (broken / "documents.csv").write_text(damaged, encoding="utf-8-sig", newline="")
    findings = (broken / "findings.csv").read_bytes()
    header, _, rest = findings.partition(b"\r\n")
    (broken / "findings.csv").write_bytes(header + b"\r\nnowhere.txt" + rest[rest.index(b",") :])
    wide = (broken / "indicators_wide.csv").read_bytes()
    header, _, rest = wide.partition(b"\r\n")
    row, _, rest = rest.partition(b"\r\n")  # its last cell: tahun_akhir
    row = row.rsplit(b",", 1)[0] + b",20x6"
    (broken / "indicators_wide.csv").write_bytes(b"\r\n".join([header, row, rest]))
    report = frictionless.validate(broken / "datapackage.json")
    errors = {t.name: [(e.type, e.row_number) for e in t.errors] for t in report.tasks}
    assert errors["documents"] == [("type-error", 2)]
    assert errors["findings"] == [("foreign-key", 2)]
    assert errors["indicators_wide"] == [("type-error", 2)]
    assert errors["indicators"] == errors["programs"] == []


def test_n_a_written_in_a_document_is_text_not_a_missing_value(out: Path) -> None:
    resource = TableResource(path=str(out / "indicators.csv"), schema=_schema("indicators"))
    placeholders = [r for r in resource.read_rows() if r["target_text"] == "n/a"]
    assert placeholders
    assert {(r["target_value"], r["target_kind"]) for r in placeholders} == {(None, "placeholder")}


def _schema(name: str) -> frictionless.Schema:
    descriptor = package_descriptor()
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    return frictionless.Schema.from_descriptor(
        {k: v for k, v in resource["schema"].items() if k != "foreignKeys"}
    )


# ----------------------------------------------------------------------- pandas


def _recipe() -> str:
    text = DOCS.read_text(encoding="utf-8")
    block = text.split("<!-- pandas recipe -->\n", 1)[1].split("<!-- end -->", 1)[0]
    return block.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_pandas_recipe_of_the_docs_reads_years_as_integers_and_n_a_as_text(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(out.parent)  # the recipe reads the folder "out"
    namespace: dict[str, object] = {}
    exec(compile(_recipe(), "docs/batch.md", "exec"), namespace)
    tables = namespace["tables"]
    assert isinstance(tables, dict) and sorted(tables) == [
        "documents", "findings", "indicators", "indicators_wide", "programs",
    ]  # fmt: skip
    wide = tables["indicators_wide"]
    assert {str(wide[c].dtype) for c in ("pagu_1", "tahun_awal")} == {"Int64"}
    assert str(wide["target_1"].dtype) == "string"  # a number or the text as written
    indicators = tables["indicators"]
    assert {str(indicators[c].dtype) for c in ("year", "period_start", "year_index", "page")} == {
        "Int64"
    }
    assert str(indicators["target_value"].dtype) == "Float64"
    assert str(indicators["budget"].dtype) == "Int64"
    assert indicators["year"].dropna().between(1990, 2100).all()
    placeholders = indicators[indicators["target_text"] == "n/a"]
    assert len(placeholders) > 0
    assert placeholders["target_value"].isna().all()
    assert set(placeholders["target_kind"]) == {"placeholder"}
    programs = tables["programs"]
    assert str(programs["final"].dtype) == "boolean"
    assert str(programs["budget"].dtype) == "Int64"
    assert programs["final"].sum() > 0 and not programs["final"].isna().any()
    documents = tables["documents"]
    assert documents["source_path"].is_unique
    assert set(tables["findings"]["source_path"]) <= set(documents["source_path"])


def test_plain_read_csv_is_what_the_recipe_is_for(out: Path) -> None:
    """The issue's complaint, pinned: without the types, pandas turns n/a into NaN and a year
    column with empty cells into floats."""
    plain = pd.read_csv(out / "indicators.csv")
    assert plain["year"].dtype == "float64"
    assert plain["target_text"].isna().sum() > (plain["target_kind"] == "empty").sum()


# ------------------------------------------------------------ no drift, no gaps


def test_each_resource_lists_the_columns_of_its_csv_in_order(out: Path) -> None:
    descriptor = json.loads((out / "datapackage.json").read_bytes())
    assert [r["path"] for r in descriptor["resources"]] == [
        "documents.csv", "indicators.csv", "programs.csv", "findings.csv", "indicators_wide.csv",
    ]  # fmt: skip
    assert sorted(r["path"] for r in descriptor["resources"]) == sorted(
        [*CSV_FILES, "indicators_wide.csv"]
    )
    for resource in descriptor["resources"]:
        header = (out / resource["path"]).read_bytes().split(b"\r\n", 1)[0] + b"\r\n"
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert header == BOM + csv_bytes([names])
        assert all(f["description"] for f in resource["schema"]["fields"])


def test_a_column_added_to_a_csv_without_a_package_field_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    columns = {**csv_out.CSV_COLUMNS, "indicators.csv": [*csv_out.INDICATOR_COLUMNS, "new_one"]}
    monkeypatch.setattr(datapackage, "CSV_COLUMNS", columns)
    with pytest.raises(UndescribedColumn, match="indicators.csv: column 'new_one'"):
        package_descriptor()


def test_every_description_belongs_to_a_column_that_is_written() -> None:
    """A column removed or renamed in csv_out leaves no stale line in column_docs."""
    written = {name for columns in csv_out.CSV_COLUMNS.values() for name in columns}
    assert set(column_docs.COMMON) <= written
    for path, table in column_docs.TABLES.items():
        assert set(table.columns) <= set(csv_out.CSV_COLUMNS[path]), path
        assert set(table.primary_key) <= set(csv_out.CSV_COLUMNS[path]), path


def test_the_types_are_the_ones_the_writer_writes() -> None:
    """Spot checks against csv_out: whole rupiah are integers, years are years, the values
    of a cell are numbers beside their text, and a flag is a boolean."""
    descriptor = package_descriptor()
    types = {
        (r["name"], f["name"]): f["type"]
        for r in descriptor["resources"]
        for f in r["schema"]["fields"]
    }
    assert types["indicators", "year"] == types["programs", "year"] == "year"
    assert types["documents", "year"] == types["indicators", "period_end"] == "year"
    assert types["indicators", "budget"] == types["programs", "realization"] == "integer"
    assert types["indicators", "target_value"] == types["indicators", "target_low"] == "number"
    assert types["indicators", "target_text"] == types["findings", "evidence"] == "string"
    assert types["programs", "final"] == "boolean"
    assert types["findings", "cell"] == "string" and types["findings", "row"] == "integer"
    resources = {r["name"]: r for r in descriptor["resources"]}
    final = next(f for f in resources["programs"]["schema"]["fields"] if f["name"] == "final")
    assert (final["trueValues"], final["falseValues"]) == (["true"], ["false"])
    assert all(r["schema"]["missingValues"] == [""] for r in resources.values())
    assert resources["documents"]["schema"]["primaryKey"] == ["source_path"]
    assert "primaryKey" not in resources["findings"]["schema"]
    for name in ("indicators", "programs", "findings"):
        assert resources[name]["schema"]["foreignKeys"] == [
            {"fields": ["source_path"],
             "reference": {"resource": "documents", "fields": ["source_path"]}}
        ]  # fmt: skip


def test_a_comma_decimal_dialect_is_declared_on_every_number_field() -> None:
    descriptor = package_descriptor(delimiter=";", decimal_char=",")
    for resource in descriptor["resources"]:
        assert resource["dialect"]["delimiter"] == ";"
        for field in resource["schema"]["fields"]:
            assert ("decimalChar" in field) == (field["type"] == "number")


@pytest.mark.parametrize("name", ["documents.csv", "indicators.csv", "programs.csv",
                                  "findings.csv", "indicators_wide.csv"])  # fmt: skip
def test_the_docs_column_tables_are_the_package_s(name: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    shown = text.split(f"<!-- {name} -->\n", 1)[1].split("<!-- end -->", 1)[0]
    assert shown == columns_markdown(name), f"paste columns_markdown({name!r}) into docs"


# ------------------------------------------------------------------ documents.csv


def test_documents_csv_has_one_row_per_document_read_and_none_for_a_copy_or_a_failure(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "a_iku.txt")
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "b_copy.txt")
    (folder / "c_broken.pdf").write_bytes(b"%PDF-1.4 not really")
    shutil.copy(SAMPLES / "formats" / "renstra_metro_timur.pdf", folder / "d_renstra.pdf")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 2, result.output  # the broken PDF
    documents = rows(out / "documents.csv")
    iku = (folder / "a_iku.txt").read_bytes()
    pdf = folder / "d_renstra.pdf"
    assert [list(r.values()) for r in documents] == [
        [str(folder / "a_iku.txt"), "iku", "Kecamatan Metro Utara", "Kota Metro", "2021",
         "2025", "", "txt", hashlib.sha256(iku).hexdigest(), "2009", "", "utf-8"],
        [str(pdf), "renstra", "Kecamatan Metro Timur", "", "2021", "2026", "", "pdf",
         hashlib.sha256(pdf.read_bytes()).hexdigest(), str(pdf.stat().st_size), "2", ""],
    ]  # fmt: skip
    assert frictionless.validate(out / "datapackage.json").valid


# ------------------------------------------------------------- published schemas


@pytest.mark.parametrize(
    ("kind", "committed"),
    [("report", "report.schema.json"), ("summary", "summary.schema.json"),
     ("datapackage", "datapackage.json")],
)  # fmt: skip
def test_the_committed_schemas_are_what_renstra_schema_prints(kind: str, committed: str) -> None:
    result = runner.invoke(app, ["schema", "--kind", kind])
    assert result.exit_code == 0, result.output
    text = (REPO / "schemas" / committed).read_text(encoding="utf-8")
    assert result.stdout == text, f"run: renstra schema --kind {kind} -o schemas/{committed}"


def test_extract_writes_the_published_package_and_its_wide_file(out: Path) -> None:
    """The published package has the four tables every batch shares; a batch adds
    indicators_wide as wide as it needs (6 year columns for the samples)."""
    published = json.loads((REPO / "schemas" / "datapackage.json").read_bytes())
    written = json.loads((out / "datapackage.json").read_bytes())
    wide = written["resources"].pop()
    assert written == published
    assert wide["name"] == "indicators_wide" and wide["path"] == "indicators_wide.csv"
    assert [f["name"] for f in wide["schema"]["fields"]] == wide_columns(6)
    assert wide["schema"]["primaryKey"] == ["source_path", "indicator_id"]


def _validator(committed: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((REPO / "schemas" / committed).read_bytes())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_summary_of_a_sample_run_validates_against_its_published_schema(out: Path) -> None:
    summary = json.loads((out / "summary.json").read_bytes())
    assert summary["coverage"] and summary["findings_by_rule"]
    _validator("summary.schema.json").validate(summary)
    # the model is exactly what is written: every key, nothing more, nothing left out
    assert Summary.model_validate(summary).model_dump(mode="json", exclude_none=True) == summary


def test_a_summary_with_failures_copies_and_notes_validates_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "a.txt")
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "b.txt")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "d.xlsx").write_bytes(sheet(hide_row=True))  # a reader note
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    summary = json.loads((out / "summary.json").read_bytes())
    assert summary["failed"] and summary["copies"] and summary["reader_notes"]
    _validator("summary.schema.json").validate(summary)
    summary["coverage"][0]["unread_tables"] = 0  # a key the writer never writes
    with pytest.raises(jsonschema.ValidationError, match="unread_tables"):
        _validator("summary.schema.json").validate(summary)


def test_the_check_json_report_validates_against_its_published_schema(tmp_path: Path) -> None:
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4 not really")
    paths = [str(SAMPLES / "renstra_disdik_tanah_datar_baru.md"), str(tmp_path / "rusak.pdf")]
    result = runner.invoke(app, ["check", *paths, "--format", "json", "--fail-on", "never"])
    report = json.loads(result.stdout)
    assert [t["valid"] for t in report["tasks"]] == [False, False]
    assert report["tasks"][1]["error"]["code"] == "format-error"
    _validator("report.schema.json").validate(report)


def test_no_doc_calls_the_report_frictionless() -> None:
    """It is renstra's own report: frictionless does not read it."""
    texts = [REPO / "README.md", *(REPO / "docs").glob("*.md"), REPO / "schemas" / "report.py",
             REPO / "extract" / "report.py"]  # fmt: skip
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"frictionless[- ]style|shape of a frictionless", text, re.I), path

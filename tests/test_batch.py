"""`renstra extract` over many files: parallel equals serial, streaming outputs, summary,
and what happens when the output cannot be written or the run is interrupted."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest
from renstra.extract.batch import BOM, FileResult, default_jobs, extract_to, process
from renstra.extract.cli import app
from renstra.extract.inputs import collect_inputs
from renstra.extract.job import csv_bytes
from renstra.extract.pipeline import extract_document
from renstra.extract.resume import RUN_FILE
from renstra.extract.writers.atomic import AtomicFile
from renstra.extract.writers.csv_out import (
    DOCUMENT_TABLE_COLUMNS,
    FINDING_COLUMNS,
    INDICATOR_COLUMNS,
    PROGRAM_COLUMNS,
    document_rows,
    finding_rows,
    indicator_rows,
    program_rows,
)
from renstra.schemas import Document, Settings
from typer.testing import CliRunner

from .batches import sample_folder, tree
from .paths import SAMPLES

runner = CliRunner()


CHOSEN = [
    "iku_arsip_tanah_datar_baru_2008.txt",
    "iku_metro_utara.txt",
    "renstra_disdik_tanah_datar_baru.md",
    "renstra_kec_sukamaju_barat_cp1252.txt",
    "renstra_metro_timur.txt",
    "formats/iku_metro_utara.docx",
    "formats/iku_metro_utara.pdf",
    "formats/iku_metro_utara.xlsx",
    "formats/renstra_metro_timur.docx",
    "formats/renstra_metro_timur.pdf",
    "formats/renstra_metro_timur.xlsx",
]


def batch_folder(root: Path) -> Path:
    """Samples in every format, one broken file, and a sub-folder."""
    folder = sample_folder(root / "in", CHOSEN)
    (folder / "formats" / "rusak.pdf").write_bytes(b"%PDF-1.4 not really")
    return folder


def extract(*args: str) -> None:
    result = runner.invoke(app, ["extract", *args, "-q"])
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return batch_folder(tmp_path_factory.mktemp("batch"))


@pytest.fixture(scope="module")
def serial(folder: Path) -> dict[str, bytes]:
    out = folder.parent / "serial"
    extract(str(folder), "-o", str(out), "-j", "1", "--jsonl")
    return tree(out)


def test_serial_run_writes_every_output(serial: dict[str, bytes]) -> None:
    assert sorted(serial) == [
        ".renstra-run.json",
        "datapackage.json",
        "documents.csv",
        "documents.jsonl",
        "findings.csv",
        "findings.jsonl",
        "formats/iku_metro_utara.docx.json",
        "formats/iku_metro_utara.pdf.json",
        "formats/iku_metro_utara.xlsx.json",
        "formats/renstra_metro_timur.docx.json",
        "formats/renstra_metro_timur.pdf.json",
        "formats/renstra_metro_timur.xlsx.json",
        "iku_arsip_tanah_datar_baru_2008.json",
        "iku_metro_utara.json",
        "indicators.csv",
        "indicators.xlsx",
        "indicators_wide.csv",
        "programs.csv",
        "renstra_disdik_tanah_datar_baru.json",
        "renstra_kec_sukamaju_barat_cp1252.json",
        "renstra_metro_timur.json",
        "summary.json",
    ]
    summary = json.loads(serial["summary.json"])
    assert (summary["files"], summary["ok"], summary["reused"]) == (12, 11, 0)
    assert summary["failed_by_code"] == {"format-error": 1}


@pytest.mark.parametrize("jobs", ["2", "5"])
def test_parallel_outputs_equal_the_serial_ones_byte_for_byte(
    folder: Path, serial: dict[str, bytes], jobs: str
) -> None:
    out = folder.parent / f"parallel{jobs}"
    extract(str(folder), "-o", str(out), "-j", jobs, "--jsonl")
    assert tree(out) == serial


def test_batch_csvs_hold_one_header_then_every_row_in_input_order(
    folder: Path, tmp_path: Path
) -> None:
    paths = [
        str(SAMPLES / "iku_metro_utara.txt"),
        str(SAMPLES / "formats" / "renstra_metro_timur.pdf"),
    ]
    out = tmp_path / "out"
    extract(*paths, "-o", str(out), "-j", "2")
    documents = [extract_document(path) for path in paths]
    for name, columns, rows in (
        ("indicators.csv", INDICATOR_COLUMNS, indicator_rows),
        ("findings.csv", FINDING_COLUMNS, finding_rows),
        ("programs.csv", PROGRAM_COLUMNS, program_rows),
        ("documents.csv", DOCUMENT_TABLE_COLUMNS, document_rows),
    ):
        expected = BOM + csv_bytes([columns, *(row for d in documents for row in rows(d))])
        assert (out / name).read_bytes() == expected


def test_jsonl_lines_are_the_documents_and_their_findings(serial: dict[str, bytes]) -> None:
    lines = serial["documents.jsonl"].decode().splitlines()
    assert len(lines) == 11
    first = Document.model_validate_json(lines[0])
    assert first == Document.model_validate_json(serial["iku_arsip_tanah_datar_baru_2008.json"])
    findings = [json.loads(line) for line in serial["findings.jsonl"].decode().splitlines()]
    summary = json.loads(serial["summary.json"])
    assert len(findings) == sum(summary["findings_by_rule"].values())
    assert findings[0]["source_path"] == first.source.path
    assert set(findings[0]) >= {"source_path", "rule", "severity", "message", "location"}


def test_without_jsonl_no_jsonl_files(folder: Path, tmp_path: Path) -> None:
    extract(str(SAMPLES / "iku_metro_utara.txt"), "-o", str(tmp_path))
    assert not (tmp_path / "documents.jsonl").exists()


def test_process_gives_the_documents_a_direct_extraction_gives() -> None:
    paths = [SAMPLES / "iku_metro_utara.txt", SAMPLES / "formats" / "renstra_metro_timur.pdf"]
    inputs = collect_inputs([str(p) for p in paths]).files
    results = list(process(inputs, Settings(), jobs=2))
    assert [r.document for r in results] == [extract_document(str(p)) for p in paths]


def test_default_jobs_is_the_usable_cores() -> None:
    import os

    assert default_jobs() == len(os.sched_getaffinity(0))


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES / "iku_metro_utara.txt"), "-j", "0"])
    assert result.exit_code == 2


# ------------------------------------------------------------- writing fails


def fail_after(monkeypatch: pytest.MonkeyPatch, files: int, error: BaseException) -> None:
    """Make the batch's indicators.csv writes fail once ``files`` files were appended."""
    real = AtomicFile.write
    seen = {"n": 0}

    def write(self: AtomicFile, data: bytes) -> None:
        if self.path.name == "indicators.csv":
            seen["n"] += 1
            if seen["n"] > files + 1:  # the header, then one write per file
                raise error
        real(self, data)

    monkeypatch.setattr(AtomicFile, "write", write)


def test_a_full_disk_is_one_clear_error_and_keeps_what_was_written(
    folder: Path, serial: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_after(monkeypatch, 3, OSError(errno.ENOSPC, "No space left on device"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-j", "2", "-q"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"renstra: error: tidak dapat menulis ke {out}: No space left on device; berkas yang "
        "sudah ditulis disimpan"
    )
    written = tree(out)
    assert [n for n in written if n.endswith(".csv") or n.endswith(".tmp")] == []
    assert "summary.json" not in written
    assert len(written) >= 3
    documents = {n: d for n, d in written.items() if n != RUN_FILE}
    assert len(documents) >= 2
    for name, data in documents.items():  # every JSON left is whole and right ...
        # ... but for the cross-document findings, added once every file is read
        assert data == serial[name] or without_cross(data) == without_cross(serial[name])


def without_cross(data: bytes) -> dict[str, object]:
    document = json.loads(data)
    document["findings"] = [f for f in document["findings"] if not f["rule"].startswith("cross")]
    return document


def test_a_json_that_cannot_be_written_stops_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "sub" / "iku.txt")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where a folder must go")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 2
    assert result.output.startswith(
        f"renstra: error: tidak dapat menulis ke {out}: Not a directory ("
    )
    assert sorted(p.name for p in out.iterdir()) == [".renstra-run.json", "sub"]


def test_an_interrupted_batch_leaves_no_batch_file_and_no_temp_file(
    folder: Path, serial: dict[str, bytes], tmp_path: Path
) -> None:
    inputs = collect_inputs([str(folder)]).files
    seen: list[FileResult] = []

    def interrupt(result: FileResult) -> None:
        seen.append(result)
        if len(seen) == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        extract_to(inputs, tmp_path, Settings(), on_result=interrupt, jobs=2, jsonl=True)
    written = tree(tmp_path)
    assert not any(name.endswith((".csv", ".jsonl", ".tmp")) for name in written)
    assert 4 <= len(written) < 11
    for name, data in written.items():
        if name != RUN_FILE:
            assert data == serial[name] or without_cross(data) == without_cross(serial[name])


# ------------------------------------------------ the batch files, all or none


BATCH_FILES = ("indicators.csv", "findings.csv", "documents.jsonl", "findings.jsonl")


def batch_files(out: Path) -> dict[str, bytes]:
    names = (*BATCH_FILES, "programs.csv", "documents.csv", "datapackage.json", "summary.json")
    return {name: (out / name).read_bytes() for name in names}


def leftovers(out: Path) -> list[str]:
    return [name for name in tree(out) if name.endswith((".tmp", ".old"))]


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """An output folder a first run filled; then its input folder gains a file, so that
    a second run writes other batch files."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "iku.txt")
    out = tmp_path / "out"
    extract(str(folder), "-o", str(out), "--jsonl", "-j", "1")
    shutil.copy(SAMPLES / "renstra_metro_timur.txt", folder / "renstra.txt")
    return folder, out, batch_files(out)


def test_a_summary_that_cannot_be_written_is_one_line_exit_2_and_changes_no_batch_file(
    earlier: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, before = earlier
    real = AtomicFile.write

    def write(self: AtomicFile, data: bytes) -> None:
        if self.path.name == "summary.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, data)

    monkeypatch.setattr(AtomicFile, "write", write)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--jsonl", "-j", "1"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"renstra: error: tidak dapat menulis ke {out}: No space left on device; berkas yang "
        "sudah ditulis disimpan"
    )
    assert "Traceback" not in result.output
    assert batch_files(out) == before  # the CSVs and JSON Lines were not committed alone
    assert leftovers(out) == []
    assert (out / "renstra.json").exists()  # the new document's JSON is kept: resume


def test_a_folder_named_summary_json_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "summary.json").mkdir(parents=True)
    result = runner.invoke(app, ["extract", str(SAMPLES / "iku_metro_utara.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert result.output == (
        f"renstra: error: tidak dapat menulis ke {out}: Is a directory ({out / 'summary.json'}); "
        "berkas yang sudah ditulis disimpan\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["summary.json"]


@pytest.mark.parametrize(
    "failing",
    ["indicators.csv", "programs.csv", "findings.jsonl", "datapackage.json", "summary.json"],
)
def test_the_batch_files_are_committed_together_or_not_at_all(
    earlier: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A rename that fails midway (the first, one in the middle, the last) puts back the
    files renamed before it: a reader never sees new CSVs beside an old summary."""
    folder, out, before = earlier
    real = os.replace

    def replace(source: str, target: str | Path) -> None:
        if os.path.basename(target) == failing and source.endswith(".tmp"):
            raise OSError(errno.EIO, "Input/output error", source, None, target)
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--jsonl", "-j", "1"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"renstra: error: tidak dapat menulis ke {out}: Input/output error ({out / failing}); "
        "berkas yang sudah ditulis disimpan"
    )
    assert batch_files(out) == before
    assert leftovers(out) == []
    monkeypatch.setattr(os, "replace", real)
    extract(str(folder), "-o", str(out), "--jsonl", "-j", "1")  # the re-run commits them all
    summary = json.loads((out / "summary.json").read_bytes())
    assert (summary["files"], summary["reused"]) == (2, 2)
    after = batch_files(out)
    assert all(after[name] != before[name] for name in BATCH_FILES)
    assert leftovers(out) == []


# ------------------------------------------------------------ one output per input


def test_one_file_named_by_two_paths_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", tmp_path / "a" / "x.txt")
    monkeypatch.chdir(tmp_path / "b")
    result = runner.invoke(app, ["extract", "../a/x.txt", "../b/../a/x.txt", "-o", "out"])
    assert result.exit_code == 0, result.output
    summary = json.loads(Path("out/summary.json").read_bytes())
    assert (summary["files"], summary["ok"]) == (1, 1)
    assert [name for name in tree(Path("out")) if name.endswith(".json")] == [
        ".renstra-run.json",
        "datapackage.json",
        "summary.json",
        "x.json",
    ]


def test_two_files_whose_output_names_collide_both_get_their_own_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``a/x.txt`` and ``../a/x.txt`` are two files: every namer gives them one name."""
    (tmp_path / "work" / "sub" / "a").mkdir(parents=True)
    (tmp_path / "work" / "a").mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", tmp_path / "work" / "sub" / "a" / "x.txt")
    shutil.copy(SAMPLES / "renstra_metro_timur.txt", tmp_path / "work" / "a" / "x.txt")
    monkeypatch.chdir(tmp_path / "work" / "sub")
    result = runner.invoke(app, ["extract", "a/x.txt", "../a/x.txt", "-o", "out", "-q"])
    assert result.exit_code == 0, result.output
    summary = json.loads(Path("out/summary.json").read_bytes())
    assert (summary["files"], summary["ok"], summary["copies"]) == (2, 2, [])
    documents = {
        name: json.loads(data)["source"]["path"]
        for name, data in tree(Path("out")).items()
        if name.startswith("a/")
    }
    assert documents == {"a/x.txt.json": "a/x.txt", "a/x.txt~2.json": "../a/x.txt"}
    rows = [c["path"] for c in summary["coverage"]]
    assert rows == ["a/x.txt", "../a/x.txt"]

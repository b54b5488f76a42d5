"""Resuming: a re-run reuses the JSON a previous run made from the same bytes with the same
version, and an interrupted then resumed run equals one clean run byte for byte."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from renstra.extract import batch
from renstra.extract.batch import FileResult, extract_to
from renstra.extract.cli import app
from renstra.extract.inputs import collect_inputs
from renstra.extract.pipeline import read_source
from renstra.extract.resume import reusable
from renstra.schemas import Settings
from typer.testing import CliRunner

from . import hostile_files as h
from .batches import sample_folder
from .paths import SAMPLES

runner = CliRunner()
NAMES = [
    "iku_arsip_tanah_datar_baru_2008.txt",
    "iku_metro_utara.txt",
    "renstra_disdik_tanah_datar_baru.md",
    "renstra_kec_sukamaju_barat_cp1252.txt",
    "renstra_metro_timur.txt",
    "formats/iku_metro_utara.docx",
    "formats/renstra_metro_timur.pdf",
    "formats/renstra_metro_timur.xlsx",
]
BATCH_FILES = (
    "indicators.csv", "findings.csv", "programs.csv", "documents.csv", "documents.jsonl",
    "findings.jsonl", "datapackage.json",
)  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = sample_folder(tmp_path_factory.mktemp("resume") / "in", NAMES)
    (folder / "kosong.txt").write_bytes(b"")  # a failure, redone (and failing) every run
    return folder


@pytest.fixture(scope="module")
def clean(folder: Path) -> dict[str, bytes]:
    out = folder.parent / "clean"
    run_cli(folder, out)
    return {name: (out / name).read_bytes() for name in BATCH_FILES}


def run_cli(folder: Path, out: Path, *extra: str) -> dict:
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--jsonl", "-q", *extra])
    assert result.exit_code == 2, result.output  # kosong.txt
    return json.loads((out / "summary.json").read_text())


def interrupt_after(files: int, seen: list[FileResult]) -> Callable[[FileResult], None]:
    def hook(result: FileResult) -> None:
        seen.append(result)
        if len(seen) == files:
            raise KeyboardInterrupt  # as Ctrl-C or a kill between two files

    return hook


@pytest.mark.parametrize(("files", "jobs"), [(1, 1), (3, 1), (5, 3), (8, 2)])
def test_an_interrupted_then_resumed_run_equals_a_clean_run(
    folder: Path, clean: dict[str, bytes], tmp_path: Path, files: int, jobs: int
) -> None:
    inputs = collect_inputs([str(folder)]).files
    seen: list[FileResult] = []
    with pytest.raises(KeyboardInterrupt):
        hook = interrupt_after(files, seen)
        extract_to(inputs, tmp_path, Settings(), on_result=hook, jobs=jobs, jsonl=True)
    kept = len([p for p in tmp_path.rglob("*.json") if p.name != ".renstra-run.json"])
    assert kept >= sum(1 for result in seen if result.error is None)
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob("*.jsonl"))
    summary = run_cli(folder, tmp_path)
    assert summary["reused"] == kept
    assert summary["ok"] == len(NAMES)
    for name in BATCH_FILES:
        assert (tmp_path / name).read_bytes() == clean[name], name


def test_the_cli_reports_an_interruption_and_the_rerun_resumes(
    folder: Path, clean: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch._append
    calls = {"n": 0}

    def append(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_append", append)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path), "--jsonl", "-q"])
    assert result.exit_code == 130
    assert result.output.splitlines()[-1] == (
        "renstra: error: dihentikan; berkas yang sudah ditulis disimpan: jalankan perintah yang "
        "sama untuk melanjutkan"
    )
    monkeypatch.undo()
    run_cli(folder, tmp_path)
    for name in BATCH_FILES:
        assert (tmp_path / name).read_bytes() == clean[name], name


def test_a_rerun_reuses_every_json_without_rewriting_it(folder: Path, tmp_path: Path) -> None:
    first = run_cli(folder, tmp_path)
    batch = (".", "summary", "datapackage")
    outputs = [p for p in tmp_path.rglob("*.json") if not p.name.startswith(batch)]
    inodes = {p: p.stat().st_ino for p in outputs}
    second = run_cli(folder, tmp_path)
    assert (first["reused"], second["reused"]) == (0, len(NAMES))
    assert {p: p.stat().st_ino for p in inodes} == inodes
    for path in inodes:  # an old time: each file written again gets a new one
        os.utime(path, (1_000_000_000, 1_000_000_000))
    forced = run_cli(folder, tmp_path, "--force")
    assert forced["reused"] == 0
    assert all(p.stat().st_mtime > 1_000_000_000 for p in inodes)


def test_a_rerun_reports_the_reader_notes_of_the_files_it_reuses(tmp_path: Path) -> None:
    source = tmp_path / "semantics.xlsx"  # a formula with no saved value, a hidden sheet...
    source.write_bytes(h.xlsx_semantics())
    inputs = collect_inputs([str(source)]).files
    first = extract_to(inputs, tmp_path / "out", Settings()).as_dict()
    second = extract_to(inputs, tmp_path / "out", Settings()).as_dict()
    assert (first["reused"], second["reused"]) == (0, 1)
    assert first["reader_notes"] and second["reader_notes"] == first["reader_notes"]


# ------------------------------------------------------------- when a JSON is reusable


@pytest.fixture
def made(tmp_path: Path) -> tuple[str, Path]:
    source = tmp_path / "iku.txt"
    shutil.copy(SAMPLES / "iku_metro_utara.txt", source)
    inputs = collect_inputs([str(source)]).files
    extract_to(inputs, tmp_path / "out", Settings())
    return str(source), tmp_path / "out" / "iku.json"


def test_a_json_from_the_same_bytes_and_version_is_reused(made: tuple[str, Path]) -> None:
    source, output = made
    document = reusable(str(output), read_source(source, Settings()))
    assert document is not None
    assert document.source.path == source


@pytest.mark.parametrize(
    "change",
    ["bytes", "version", "schema", "path", "corrupt", "missing"],
)
def test_a_json_that_does_not_match_is_not_reused(made: tuple[str, Path], change: str) -> None:
    source, output = made
    recorded = json.loads(output.read_text())
    if change == "bytes":
        Path(source).write_bytes(Path(source).read_bytes() + b"\n")
    elif change == "version":
        recorded["generator"]["version"] = "0.0.1"
    elif change == "schema":
        recorded["schema_version"] = "0.9.0"
    elif change == "path":
        recorded["source"]["path"] = "elsewhere/iku.txt"
    if change in ("version", "schema", "path"):
        output.write_text(json.dumps(recorded))
    elif change == "corrupt":
        output.write_bytes(output.read_bytes()[:100])
    elif change == "missing":
        output.unlink()
    assert reusable(str(output), read_source(source, Settings())) is None


def test_outputs_of_inputs_that_are_gone_are_removed_and_said(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "iku.txt")
    shutil.copy(SAMPLES / "renstra_metro_timur.txt", folder / "sub" / "renstra.txt")
    out = tmp_path / "out"
    first = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert first.exit_code == 0, first.output
    (out / "mine.json").write_text("{}")  # a file renstra did not write is never touched
    (folder / "sub" / "renstra.txt").unlink()
    second = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert second.exit_code == 0, second.output
    assert "1 keluaran dari masukan yang tidak lagi diberikan dihapus" in second.output
    assert not (out / "sub" / "renstra.json").exists()
    assert (out / "iku.json").exists() and (out / "mine.json").exists()
    summary = json.loads((out / "summary.json").read_bytes())
    assert summary["removed"] == ["sub/renstra.json"]
    third = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert "removed" not in third.output


def test_inputs_named_like_the_run_state_or_a_batch_file_keep_out_of_their_way(
    tmp_path: Path,
) -> None:
    """``.renstra-run.txt`` named explicitly would be ``.renstra-run.json``, a folder
    ``summary.json/`` in the input would hold ``summary.json/x.json``: neither overwrites
    the run state or stops the batch, and the re-run still resumes."""
    folder = tmp_path / "in"
    (folder / "summary.json").mkdir(parents=True)
    (folder / "indicators.csv").mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "summary.json" / "x.txt")
    shutil.copy(SAMPLES / "renstra_metro_timur.txt", folder / "indicators.csv" / "y.txt")
    state = tmp_path / ".renstra-run.txt"
    shutil.copy(SAMPLES / "renstra_disdik_tanah_datar_baru.md", state)
    out = tmp_path / "out"
    args = ["extract", str(folder), str(state), "-o", str(out), "-q"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    run = json.loads((out / ".renstra-run.json").read_bytes())
    assert set(run) == {"renstra", "settings", "outputs"}
    assert len(run["outputs"]) == 3
    reserved = ("summary.json", "indicators.csv", ".renstra-run.json")
    assert not any(name.split("/")[0] in reserved for name in run["outputs"])
    for name in run["outputs"]:
        assert json.loads((out / name).read_bytes())["schema_version"]
    assert json.loads((out / "summary.json").read_bytes())["ok"] == 3
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert json.loads((out / "summary.json").read_bytes())["reused"] == 3

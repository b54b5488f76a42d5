"""Hostile file names: bytes that are not UTF-8 are kept in every output (as ``\\xNN``), and a
newline or escape sequence in a name never forges or breaks a printed line.

Every hostile name is made here, in a temp folder (``os.fsencode`` bytes for the names that
are not UTF-8)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from renstra.extract.cli import app
from renstra.extract.printable import one_line, path_text
from typer.testing import CliRunner

from .paths import REPO, SAMPLES

runner = CliRunner()
SEED = SAMPLES / "iku_metro_utara.txt"
BAD = b"iku \xff\xfe lama.txt"
"""A name in Latin-1 bytes: not UTF-8."""
SHOWN = "iku \\xff\\xfe lama.txt"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("a/b.txt", "a/b.txt"),
        ("dinas pendidikan é.txt", "dinas pendidikan é.txt"),
        (os.fsdecode(b"a/\xff.txt"), "a/\\xff.txt"),
        ("\ud800x", "\\ud800x"),  # a surrogate no byte gave: visible, never an error
    ],
)
def test_path_text_keeps_utf8_and_escapes_each_byte_that_is_not(path: str, text: str) -> None:
    assert path_text(path) == text
    text.encode("utf-8")  # writable anywhere


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("x\nrenstra: error: forged", "x\\nrenstra: error: forged"),
        ("a\rb\tc", "a\\rb\\tc"),
        ("red \x1b[31m", "red \\x1b[31m"),
        ("\x85next line", "\\x85next line"),
        ("abc\u202egnp.exe", "abc\\u202egnp.exe"),  # a right-to-left override
        (os.fsdecode(b"\xff\n"), "\\xff\\n"),
        ("Dinas Kesehatan: 85 %", "Dinas Kesehatan: 85 %"),
    ],
)
def test_one_line_escapes_control_characters(text: str, line: str) -> None:
    assert one_line(text) == line


@pytest.fixture
def bad_name_folder(tmp_path: Path) -> Path:
    """A good file and one whose name is not UTF-8 (another document, so not a copy)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    shutil.copy(SAMPLES / "renstra_metro_timur.txt", named(folder, BAD))
    return folder


def named(folder: Path, name: bytes) -> Path:
    """``folder / name`` for a name given as bytes."""
    return folder / os.fsdecode(name)


def test_extract_keeps_a_file_whose_name_is_not_utf8(bad_name_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(bad_name_folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["files"], summary["ok"], summary["failed"]) == (2, 2, [])
    shown = f"{bad_name_folder}/{SHOWN}"
    assert shown in [c["path"] for c in summary["coverage"]]
    # its JSON is named by the same bytes, and says the name as text
    document = json.loads(named(out, b"iku \xff\xfe lama.json").read_text(encoding="utf-8"))
    assert document["source"]["path"] == shown
    with open(out / "indicators.csv", encoding="utf-8-sig", newline="") as handle:
        assert shown in {row["source_path"] for row in csv.DictReader(handle)}
    # and a re-run recognises its output (the text is the same every time)
    again = runner.invoke(app, ["extract", str(bad_name_folder), "-o", str(out), "-q"])
    assert again.exit_code == 0
    assert json.loads((out / "summary.json").read_text())["reused"] == 2


def test_check_report_and_fix_keep_a_name_that_is_not_utf8(
    bad_name_folder: Path, tmp_path: Path
) -> None:
    shown = f"{bad_name_folder}/{SHOWN}"
    checked = runner.invoke(app, ["check", str(bad_name_folder), "--format", "json", "-j", "1"])
    assert checked.exit_code in (0, 1), checked.output
    assert shown in [task["path"] for task in json.loads(checked.stdout)["tasks"]]

    page = tmp_path / "report.html"
    html = runner.invoke(app, ["report", str(bad_name_folder), "-o", str(page), "-q"])
    assert html.exit_code == 0, html.output
    assert shown in page.read_text(encoding="utf-8")

    book = tmp_path / "report.xlsx"
    xlsx = runner.invoke(app, ["report", str(bad_name_folder), "-o", str(book), "-q"])
    assert xlsx.exit_code == 0, xlsx.output
    workbook = openpyxl.load_workbook(book)
    assert shown in [row[0] for row in workbook["Ringkasan"].iter_rows(values_only=True)]

    fixed = tmp_path / "fixed"
    fix = runner.invoke(app, ["fix", str(bad_name_folder), "-o", str(fixed)])
    assert fix.exit_code == 0, fix.output
    assert SHOWN in fix.output
    written = named(fixed, b"iku \xff\xfe lama.json")
    assert json.loads(written.read_text(encoding="utf-8"))["source"]["path"] == shown


def test_a_name_that_is_not_utf8_prints_on_a_strict_utf8_terminal(
    bad_name_folder: Path,
) -> None:
    """A real process: its stdout encodes strictly, as a UTF-8 terminal or pipe does."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "1", "COLUMNS": "500"}
    command = [str(Path(sys.executable).parent / "renstra"), "check", str(bad_name_folder)]
    done = subprocess.run(command, capture_output=True, env=env, cwd=REPO, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert b"Traceback" not in done.stderr
    assert SHOWN.encode() in done.stdout


def test_a_newline_in_a_failing_name_cannot_forge_an_error_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    forged = "x.txt\nrenstra: error: good.txt: forged [format-error]\n\x1b[2Ky.txt"
    (folder / forged).write_bytes(b"")  # empty: a failure, so its name is printed
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("renstra: error:")]
    assert errors == [
        f"renstra: error: {folder}/x.txt\\nrenstra: error: good.txt: forged [format-error]"
        "\\n\\x1b[2Ky.txt: berkas kosong [empty-file]"
    ]
    assert "\x1b" not in result.output
    checked = runner.invoke(app, ["check", str(folder)])
    assert [line for line in checked.stderr.splitlines()] == [errors[0][: -len(" [empty-file]")]]


def test_the_summary_line_escapes_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out\nrenstra: error: x"
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(out)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1].endswith("out\\nrenstra: error: x/")


def test_the_workbook_writes_characters_xml_cannot_hold_as_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "iku\x01\x1b.txt")
    book = tmp_path / "report.xlsx"
    result = runner.invoke(app, ["report", str(folder), "-o", str(book), "-q"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(io.BytesIO(book.read_bytes())) as archive:
        sheet = archive.read("xl/worksheets/sheet3.xml").decode("utf-8")
    assert "iku\\x01\\x1b.txt" in sheet

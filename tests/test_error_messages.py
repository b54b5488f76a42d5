"""Why a file could not be read, in the run's language: every reason in Indonesian and
English, and real failures shown in ``--lang`` wherever a person reads them."""

from __future__ import annotations

import io
import json
import pickle
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from renstra.extract.cli import app
from renstra.extract.error_messages import MESSAGES
from renstra.extract.errors import RenstraError
from renstra.extract.messages import LANGS, msg
from renstra.extract.pipeline import extract_document
from typer.testing import CliRunner

from . import hostile_files as h
from .paths import REPO, SAMPLES

runner = CliRunner()

KEY = re.compile(r"""["'](error\.[a-z-]+)["']""")


def _sample_params(template: str) -> dict[str, object]:
    names = re.findall(r"\{([a-z_]+)\}", template)
    return {name: 12345 for name in names}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_reason_renders_in_both_languages_on_one_line(key: str) -> None:
    params = _sample_params(MESSAGES[key]["en"])
    error = RenstraError("a.docx", "format-error", msg(key, **params))
    texts = {lang: error.reason_in(lang) for lang in LANGS}
    assert texts["en"] == error.reason
    assert texts["id"] != texts["en"]
    for lang, text in texts.items():
        assert "\n" not in text and "{" not in text, lang
        if params:  # counts grouped the language's way
            assert ("12.345" if lang == "id" else "12,345") in text, lang


def test_every_key_a_raise_site_names_is_in_the_catalogue_and_every_text_is_used() -> None:
    named: set[str] = set()
    for folder in ("extract", "api"):
        for path in (REPO / folder).rglob("*.py"):
            if path.name != "error_messages.py":
                named |= set(KEY.findall(path.read_text(encoding="utf-8")))
    assert named - set(MESSAGES) == set()
    assert set(MESSAGES) - named == set()


def test_the_reason_stays_english_and_reason_in_speaks_the_run_language() -> None:
    error = RenstraError("big.txt", "limit-exceeded", msg("error.file-too-large", size=2171,
                                                          limit=2048))  # fmt: skip
    assert error.reason == "file is 2,171 bytes, over the 2,048-byte limit"
    assert str(error) == "big.txt: file is 2,171 bytes, over the 2,048-byte limit"
    assert error.reason_in("id") == "ukuran berkas 2.171 byte, melebihi batas 2.048 byte"
    assert error.code == "limit-exceeded"


def test_a_nested_reason_and_a_measure_follow_the_language() -> None:
    claims = msg("error.pdf-xref-claims", claimed=2_000_000_000, held=2)
    error = RenstraError("x.pdf", "format-error", msg("error.pdf-unreadable", detail=claims))
    assert error.reason == (
        "unreadable PDF (its cross-reference stream claims 2,000,000,000 objects but holds "
        "entries for 2)"
    )
    assert error.reason_in("id") == (
        "PDF tidak dapat dibaca (aliran referensi silangnya menyebut 2.000.000.000 objek tetapi "
        "hanya memuat entri untuk 2)"
    )
    timeout = RenstraError("x.pdf", "timeout", msg("error.timeout", seconds=0.5))
    assert timeout.reason_in("id").startswith("memakan waktu lebih dari 0,5 detik")
    assert timeout.reason.startswith("took longer than 0.5 s")


def test_a_plain_reason_is_kept_as_written_in_every_language() -> None:
    error = RenstraError("renstra.toml", "config-error", "unknown key 'colour'")
    assert error.reason == error.reason_in("id") == error.reason_in("en") == "unknown key 'colour'"


def test_the_error_a_worker_sends_keeps_its_message_through_pickle() -> None:
    reason = msg("error.named-but", suffix=".docx", actual=msg("error.content-zip"))
    error = pickle.loads(pickle.dumps(RenstraError("a.docx", "format-error", reason)))
    assert (error.path, error.code) == ("a.docx", "format-error")
    assert (
        error.reason
        == "named .docx but the content is a zip archive that is neither .docx, .xlsx, .odt nor "
        ".ods"
    )
    assert (
        error.reason_in("id")
        == "bernama .docx tetapi isinya arsip zip yang bukan .docx, .xlsx, .odt maupun .ods"
    )


def test_a_real_failure_carries_its_message(tmp_path: Path) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(b"")
    with pytest.raises(RenstraError) as caught:
        extract_document(str(path))
    assert (caught.value.code, caught.value.reason) == ("empty-file", "file is empty")
    assert caught.value.reason_in("id") == "berkas kosong"


# ------------------------------------------------------------- what a person reads

# name -> (its bytes, code, Indonesian reason, English reason)
BROKEN: dict[str, tuple[bytes, str, str, str]] = {
    "kosong.txt": (b"", "empty-file", "berkas kosong", "file is empty"),
    "rusak.docx": (
        b"ini bukan dokumen Word",
        "format-error",
        "bukan berkas .docx yang sah (bukan arsip zip)",
        "not a .docx file (not a zip container)",
    ),
    "terkunci.pdf": (
        h.pdf_encrypted(),
        "encrypted-file",
        "PDF terkunci kata sandi",
        "PDF is encrypted (password required)",
    ),
    "terkunci.xlsx": (
        h.encrypted_office_file(),
        "encrypted-file",
        "berkas Office terkunci kata sandi; hapus dulu kata sandinya",
        "password-protected Office file; remove the password first",
    ),
}
LANG_COLUMN = {"id": 2, "en": 3}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("broken")
    for name, (data, *_) in BROKEN.items():
        (folder / name).write_bytes(data)
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "baik.txt")
    return folder


def _expected(folder: Path, lang: str) -> dict[str, tuple[str, str]]:
    column = LANG_COLUMN[lang]
    return {str(folder / name): (case[1], str(case[column])) for name, case in BROKEN.items()}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_extract_prints_and_summarises_each_failure_in_the_run_language(
    batch: Path, tmp_path: Path, lang: str
) -> None:
    flag = [] if lang == "id" else ["--lang", "en"]  # Indonesian is the default
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(batch), "-o", str(out), "-q", *flag])
    assert result.exit_code == 2
    expected = _expected(batch, lang)
    lines = sorted(line for line in result.stderr.splitlines() if line.startswith("renstra:"))
    assert lines == sorted(
        f"renstra: error: {path}: {reason} [{code}]" for path, (code, reason) in expected.items()
    )
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {f["path"]: (f["code"], f["reason"]) for f in summary["failed"]} == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_check_report_gives_each_task_error_in_the_run_language(batch: Path, lang: str) -> None:
    args = ["check", str(batch), "--output-format", "json", "--lang", lang]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    expected = _expected(batch, lang)
    lines = sorted(line for line in result.stderr.splitlines() if line.startswith("renstra:"))
    assert lines == sorted(f"renstra: error: {p}: {reason}" for p, (_, reason) in expected.items())
    report = json.loads(result.stdout)
    errors = {
        task["path"]: (task["error"]["code"], task["error"]["message"])
        for task in report["tasks"]
        if task.get("error")
    }
    assert errors == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_html_and_xlsx_reports_give_the_reason_in_the_run_language(
    batch: Path, tmp_path: Path, lang: str
) -> None:
    other = "en" if lang == "id" else "id"
    for suffix in ("html", "xlsx"):
        target = tmp_path / f"r.{suffix}"
        result = runner.invoke(app, ["report", str(batch), "-q", "-o", str(target), "--lang", lang])
        assert result.exit_code == 0, result.output
        if suffix == "html":
            text = target.read_text(encoding="utf-8")
        else:
            workbook = openpyxl.load_workbook(io.BytesIO(target.read_bytes()))
            text = "\n".join(
                str(cell) for sheet in workbook for row in sheet.iter_rows(values_only=True)
                for cell in row if cell is not None
            )  # fmt: skip
        for case in BROKEN.values():
            assert str(case[LANG_COLUMN[lang]]) in text, (suffix, case)
            assert str(case[LANG_COLUMN[other]]) not in text, (suffix, case)


def test_no_supported_files_is_said_in_the_run_language(tmp_path: Path) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    said = runner.invoke(app, ["check", str(empty)])
    assert said.exit_code == 2
    assert said.stderr == f"renstra: error: tidak ada berkas yang didukung di {empty}\n"
    english = runner.invoke(app, ["check", str(empty), "--lang", "en"])
    assert english.stderr == f"renstra: error: no supported files in {empty}\n"

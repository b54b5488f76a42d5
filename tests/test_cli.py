"""The `renstra` command as a user runs it (through typer's runner, not a shell)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import REPO, SAMPLES
from .test_source_notes import CASES as SOURCE_CASES

runner = CliRunner()
SEED_RENSTRA = SAMPLES / "renstra_metro_timur.txt"
SEED_IKU = SAMPLES / "iku_metro_utara.txt"
CLEAN = SAMPLES / "renstra_setda_mekarsari.txt"


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "check", "schema", "rules"):
        assert command in result.output


def test_extract_warns_of_a_pdf_without_text_rather_than_an_empty_success(
    tmp_path: Path,
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SOURCE_CASES["no-text-layer"][0]())
    off = ["--ocr", "off"]  # with OCR (the default) the scan is read
    result = runner.invoke(app, ["extract", str(scan), "-o", str(tmp_path / "out"), *off])
    assert result.exit_code == 0, result.output
    assert (
        f"renstra: warning: {scan}: PDF tidak memiliki lapisan teks (hasil pindai?): tidak ada "
        "yang diekstrak; ekstrak dengan --ocr auto [no-text-layer]"
    ) in result.output
    english = runner.invoke(
        app, ["extract", str(scan), "-o", str(tmp_path / "en"), "--lang", "en", *off]
    )
    assert (
        f"renstra: warning: {scan}: PDF has no text layer (a scan?): nothing was extracted; "
        "extract with --ocr auto [no-text-layer]"
    ) in english.output
    document = json.loads((tmp_path / "out" / "scan.json").read_text(encoding="utf-8"))
    assert [(f["rule"], f["severity"]) for f in document["findings"]] == [
        ("no-text-layer", "error")
    ]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("renstra ")


def test_extract_writes_json_csv_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(SEED_RENSTRA), str(SEED_IKU), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        ".renstra-run.json",
        "datapackage.json",
        "documents.csv",
        "findings.csv",
        "iku_metro_utara.json",
        "indicators.csv",
        "indicators.xlsx",
        "indicators_wide.csv",
        "programs.csv",
        "renstra_metro_timur.json",
        "summary.json",
    ]
    document = json.loads((out / "iku_metro_utara.json").read_text(encoding="utf-8"))
    assert document["signatory"]["nip"] == "196307261992031004"
    indicators = pd.read_csv(out / "indicators.csv")
    # 4 renstra indicators x 5 targets + 4 IKU indicators with no target (one row each)
    assert len(indicators) == 24
    assert indicators.columns[0] == "source_path"  # the UTF-8 BOM does not leak into the name
    findings = pd.read_csv(out / "findings.csv")
    assert sorted(findings["rule"]) == [
        "period-typo",
        "spelling",
        "target-count-mismatch",
        "unit-mismatch",
    ]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["ok"] == 2 and summary["failed"] == []


def _bad_batch(root: Path) -> Path:
    folder = root / "batch"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_IKU, folder / "good.txt")
    shutil.copy(SEED_RENSTRA, folder / "sub" / "good2.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "random.pdf").write_bytes(b"\x8f\x12garbage" * 100)
    (folder / "notes.wpd").write_text("not ours")
    return folder


def test_a_broken_file_never_stops_the_batch(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(_bad_batch(tmp_path)), "-o", str(out), "-q"])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("renstra: error:")]
    assert len(errors) == 3
    assert any("empty.txt: berkas kosong" in e for e in errors)
    assert any("binary.txt: isinya biner, bukan dokumen teks" in e for e in errors)
    assert any("random.pdf: bukan berkas .pdf yang sah" in e for e in errors)
    assert "Traceback" not in result.output
    assert (out / "good.json").exists() and (out / "sub" / "good2.json").exists()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["ok"] == 2 and summary["skipped"] == 1
    assert sorted(f["code"] for f in summary["failed"]) == [
        "empty-file",
        "format-error",
        "format-error",
    ]


def test_extract_says_which_documents_gave_no_indicators(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "good.txt")
    (folder / "minutes.txt").write_text("Notulen rapat.\n\nHadir 12 orang.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == (
        "1 dokumen tanpa indikator; lihat summary.json (without_indicators, coverage)"
    )
    summary = json.loads((out / "summary.json").read_text())
    assert summary["without_indicators"] == [str(folder / "minutes.txt")]
    good = next(c for c in summary["coverage"] if c["path"].endswith("good.txt"))
    assert (good["indicators"], good["tables_seen"], good["rows_seen"], good["rows_read"]) == (
        4, 1, 4, 4,
    )  # fmt: skip


def test_extract_reads_renstra_toml_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "renstra.toml").write_text(
        'ignore = ["spelling"]\nlang = "en"\n[limits]\nmax-file-size = "2K"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(SEED_IKU), str(SEED_RENSTRA), "-o", "out", "-q"])
    assert result.exit_code == 2
    assert result.output == (
        f"renstra: error: {SEED_RENSTRA}: file is 2,171 bytes, over the 2,048-byte limit "
        "[limit-exceeded]\n"
    )
    iku = json.loads((tmp_path / "out" / "iku_metro_utara.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in iku["findings"]] == ["unit-mismatch"]
    assert iku["findings"][0]["message"].startswith("'Presentase penanganan Konflik")


def test_extract_limit_options_override_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "renstra.toml").write_text('[limits]\nmax-file-size = "2K"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app, ["extract", str(SEED_RENSTRA), "-o", "out", "-q", "--max-file-size", "1M"]
    )
    assert result.exit_code == 0, result.output
    bad = runner.invoke(app, ["extract", str(SEED_RENSTRA), "-o", "out", "--max-memory", "lots"])
    assert bad.exit_code == 2
    assert bad.output == (  # in Indonesian, the default --lang
        "renstra: error: baris perintah: limits.max-memory: bukan ukuran seperti 512M atau 2G "
        "(diberikan 'lots')\n"
    )


def test_an_unknown_extension_named_explicitly_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.wpd"
    path.write_text("x")
    result = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert f"{path}: jenis berkas '.wpd' tidak didukung" in result.output
    english = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "o"), "--lang", "en"])
    assert f"{path}: unsupported file type '.wpd'" in english.output


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([str(SEED_IKU)], 1),  # unit-mismatch is an error
        ([str(SEED_IKU), "--fail-on", "never"], 0),
        ([str(CLEAN)], 0),
        ([str(SEED_RENSTRA), "--fail-on", "warning"], 1),
        (["does-not-exist.txt"], 2),
        ([str(CLEAN), "--fail-on", "bogus"], 2),
    ],
)
def test_check_exit_codes(args: list[str], code: int) -> None:
    assert runner.invoke(app, ["check", *args]).exit_code == code


def test_check_json_report() -> None:
    result = runner.invoke(app, ["check", str(SEED_IKU), str(CLEAN), "--format", "json"])
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["stats"] == {"files": 2, "errors": 1, "warnings": 1, "infos": 0}
    assert [t["valid"] for t in report["tasks"]] == [False, True]
    assert [f["rule"] for f in report["tasks"][0]["findings"]] == ["spelling", "unit-mismatch"]


@pytest.mark.parametrize(("lang", "where"), [("id", "baris 25"), ("en", "line 25")])
def test_check_text_report_names_rule_and_place(lang: str, where: str) -> None:
    result = runner.invoke(
        app,
        ["check", str(SEED_RENSTRA), "--lang", lang, "--output-format", "text"],
        terminal_width=200,
    )
    assert "period-typo" in result.output
    assert where in result.output
    assert "2021-2026" in result.output


def test_committed_schema_is_current() -> None:
    result = runner.invoke(app, ["schema"])
    committed = (REPO / "schemas" / "document.schema.json").read_text(encoding="utf-8")
    assert result.stdout == committed, "run: renstra schema -o schemas/document.schema.json"


def test_rules_doc_is_current() -> None:
    result = runner.invoke(app, ["rules", "--markdown"])
    committed = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert result.stdout == committed, "run: renstra rules --markdown > docs/rules.md"


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; import renstra.extract.cli; "
        "print(sorted(m for m in ('pdfplumber','pandas','docx','openpyxl','pydantic','rich.table')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_link_to_a_file_outside_the_folder_is_not_read_unless_asked(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_IKU, folder / "iku.txt")
    secret = tmp_path / "secret.txt"  # stands for /etc/passwd: any file the user can read
    shutil.copy(SEED_RENSTRA, secret)
    (folder / "passwd.txt").symlink_to(secret)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith(
        "1 berkas: 1 diekstrak, 0 gagal, 1 tautan simbolik tidak diikuti (--follow-links); "
    )
    summary = json.loads((out / "summary.json").read_bytes())
    assert (summary["files"], summary["skipped_links"]) == (1, 1)
    assert not (out / "passwd.json").exists()
    assert "Metro Timur" not in (out / "indicators.csv").read_text(encoding="utf-8-sig")
    checked = runner.invoke(app, ["check", str(folder), "-q"])
    assert checked.stderr.splitlines() == [
        "renstra: warning: 1 tautan simbolik di folder yang diberikan tidak diikuti; "
        "--follow-links membaca berkas yang ditunjuknya"
    ]
    english = runner.invoke(app, ["check", str(folder), "-q", "--lang", "en"])
    assert english.stderr.splitlines() == [
        "renstra: warning: 1 symbolic link(s) in the folders given were not followed; "
        "--follow-links reads what they point to"
    ]

    followed = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--follow-links"])
    assert followed.exit_code == 0, followed.output
    summary = json.loads((out / "summary.json").read_bytes())
    assert (summary["files"], summary["ok"], summary["skipped_links"]) == (2, 2, 0)
    assert json.loads((out / "passwd.json").read_bytes())["source"]["path"] == str(
        folder / "passwd.txt"
    )

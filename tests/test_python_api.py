"""The library API (`import renstra`): read, check, load_settings and what they refuse."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest
import renstra
from renstra.extract.batch import check_files
from renstra.extract.inputs import collect_inputs
from renstra.extract.report import build_report
from renstra.schemas import Limits

from . import hostile_files as h
from .paths import SAMPLES

RENSTRA = SAMPLES / "renstra_dinkes_tanah_datar_baru.txt"
IKU = SAMPLES / "iku_dinkes_tanah_datar_baru.txt"
WORD = SAMPLES / "formats" / "iku_metro_utara.docx"
SHEET = SAMPLES / "formats" / "renstra_metro_timur.xlsx"


def content(document: renstra.Document) -> dict[str, object]:
    """What was read, without where from: equal for the same bytes under any name."""
    return document.model_dump(exclude={"source": {"path"}}, mode="json")


def test_every_public_name_resolves_and_the_version_is_the_installed_one() -> None:
    assert sorted(renstra.__all__) == sorted(
        ["SCHEMA_VERSION", "Document", "RenstraError", "Report", "Settings", "__version__"]
        + ["check", "load_settings", "read"]
    )
    for name in renstra.__all__:
        assert getattr(renstra, name) is not None
        assert name in dir(renstra)
    assert renstra.__version__ == version("renstra")
    assert renstra.Document.model_fields["schema_version"].default == renstra.SCHEMA_VERSION
    with pytest.raises(AttributeError, match="no attribute 'extract_document'"):
        renstra.extract_document  # noqa: B018


def test_importing_renstra_loads_no_parser_so_the_command_starts_fast() -> None:
    code = (
        "import sys, renstra, renstra.extract.cli\n"
        "heavy = [m for m in ('renstra.extract.pipeline', 'renstra.schemas', 'pydantic')"
        " if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_path_a_str_and_the_bytes_give_the_same_document() -> None:
    by_str = renstra.read(str(IKU))
    by_path = renstra.read(IKU)
    by_bytes = renstra.read(IKU.read_bytes(), name="upload/iku.txt")
    named_by_a_path = renstra.read(IKU.read_bytes(), name=Path("upload/iku.txt"))
    assert by_path == by_str
    assert by_bytes.source.path == "upload/iku.txt"
    assert named_by_a_path == by_bytes
    assert content(by_bytes) == content(by_str)
    assert by_str.doc_type == "iku" and by_str.indicators


@pytest.mark.parametrize("sample", [WORD, SHEET], ids=["docx", "xlsx"])
def test_office_bytes_are_read_by_their_name_s_format(sample: Path) -> None:
    document = renstra.read(bytearray(sample.read_bytes()), name="uploaded" + sample.suffix)
    assert document.source.format == sample.suffix[1:]
    assert content(document) == content(renstra.read(sample))


BAD_BYTES: dict[str, tuple[Callable[[], bytes], str | None, str, str]] = {
    # case -> (bytes, name, code, a piece of the message)
    "no name": (lambda: b"RENSTRA 2021-2026", None, "unsupported-format", "bytes need name="),
    "a .wpd name": (lambda: b"RENSTRA", "old.wpd", "unsupported-format", "'.wpd'"),
    "empty": (lambda: b"", "x.txt", "empty-file", "x.txt: file is empty"),
    "junk zip": (lambda: b"PK\x03\x04junk", "x.docx", "format-error", "corrupt zip"),
    "workbook named .docx": (SHEET.read_bytes, "x.docx", "format-error", "content is xlsx"),
    "text named .pdf": (lambda: b"RENSTRA", "x.pdf", "format-error", "no %PDF- header"),
    "encrypted pdf": (h.pdf_encrypted, "x.pdf", "encrypted-file", "PDF is encrypted"),
    "locked workbook": (h.encrypted_office_file, "x.xlsx", "encrypted-file", "password"),
    "xxe": (
        lambda: h.docx(h.body_xml("&xxe;", prologue=h.xxe_prologue("/etc/hostname"))),
        "x.docx",
        "format-error",
        "document type declaration",
    ),
    "false bom": (lambda: b"\xef\xbb\xbfRENSTRA \xff\n", "x.txt", "encoding-error", "byte-order"),
}


@pytest.mark.parametrize("case", sorted(BAD_BYTES))
def test_bad_bytes_raise_one_renstra_error(case: str) -> None:
    make, name, code, piece = BAD_BYTES[case]
    with pytest.raises(renstra.RenstraError) as caught:
        renstra.read(make(), name=name)
    assert caught.value.code == code
    assert piece in str(caught.value)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{name or '<bytes>'}: ")


def test_bytes_over_the_size_limit_are_refused_before_parsing() -> None:
    small = renstra.Settings(limits=Limits(max_file_bytes=100))
    with pytest.raises(renstra.RenstraError, match="over the 100-byte limit") as caught:
        renstra.read(IKU.read_bytes(), name="iku.txt", settings=small)
    assert caught.value.code == "limit-exceeded"


def test_bad_paths_raise_one_renstra_error(tmp_path: Path) -> None:
    for path, reason in [(tmp_path / "gone.txt", "no such file"), (tmp_path, "is a directory")]:
        with pytest.raises(renstra.RenstraError, match=reason) as caught:
            renstra.read(path)
        assert caught.value.code == "source-error"


def test_arguments_of_the_wrong_type_are_a_type_error_naming_the_fix() -> None:
    with pytest.raises(TypeError, match="a path or bytes, not int"):
        renstra.read(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name= only with bytes"):
        renstra.read(IKU, name="x.txt")
    with pytest.raises(TypeError, match="renstra.Settings"):
        renstra.read(IKU, settings={"lang": "en"})  # type: ignore[arg-type]
    document = renstra.read(IKU)
    with pytest.raises(TypeError, match="wrap a single one in a list"):
        renstra.check(document)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not str"):
        renstra.check([document, "iku.txt"])  # type: ignore[list-item]


def test_check_reports_what_the_check_command_reports(tmp_path: Path) -> None:
    """Same files, same settings: the same report, cross-document findings and a copy of
    one file (same bytes, another name) included."""
    for sample in (RENSTRA, IKU):
        (tmp_path / sample.name).write_bytes(sample.read_bytes())
    (tmp_path / "iku_resubmitted.txt").write_bytes(IKU.read_bytes())
    inputs = collect_inputs([str(tmp_path)]).files
    settings = renstra.Settings(lang="en")
    command = build_report(check_files(inputs, settings), lang="en")
    report = renstra.check([renstra.read(i.path) for i in inputs], settings=settings)
    assert report == command
    iku, copy = (next(t for t in report.tasks if t.path.endswith(n)) for n in (IKU.name, "ed.txt"))
    assert {f.rule for f in iku.findings} >= {"cross-indicator-missing", "cross-target-mismatch"}
    assert (copy.copy_of, copy.findings) == (iku.path, [])
    assert report.stats.files == 3
    assert report.stats.warnings == sum(t.stats.warnings for t in report.tasks) > 0


def test_check_uses_its_own_settings_and_leaves_the_documents_as_they_were() -> None:
    documents = [renstra.read(RENSTRA), renstra.read(IKU)]
    before = [d.model_copy(deep=True) for d in documents]
    english = renstra.check(documents, settings=renstra.Settings(lang="en"))
    assert documents == before
    assert renstra.check(documents, settings=renstra.Settings(lang="en")) == english
    messages = [f.message for t in english.tasks for f in t.findings]
    indonesian = [f.message for t in renstra.check(documents).tasks for f in t.findings]
    assert len(messages) == len(indonesian) > 0 and messages != indonesian
    quiet = renstra.check(documents, settings=renstra.Settings(ignore=("#cross",)))
    assert all(not f.rule.startswith("cross-") for t in quiet.tasks for f in t.findings)


def test_check_is_invalid_when_a_document_has_an_error_and_empty_is_valid() -> None:
    errors = renstra.Settings(severity={"cross-target-mismatch": "error"})
    report = renstra.check([renstra.read(RENSTRA), renstra.read(IKU)], settings=errors)
    assert not report.valid and report.stats.errors > 0
    assert [t.valid for t in report.tasks] == [True, False]
    assert renstra.check([]).model_dump() == {
        "valid": True,
        "stats": {"files": 0, "errors": 0, "warnings": 0, "infos": 0},
        "tasks": [],
    }


def test_load_settings_reads_a_named_file_and_defaults_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "renstra.toml"
    config.write_text('lang = "en"\nignore = ["#cross"]\n')
    assert renstra.load_settings(config).lang == "en"
    monkeypatch.chdir(tmp_path)
    assert renstra.load_settings().ignore == ("#cross",)
    config.unlink()
    assert renstra.load_settings() == renstra.Settings()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('lang = "en"\ncolour = "red"\n', "unknown key 'colour'"),
        ("lang = \n", "not valid TOML"),
        ('[severity]\nspelling = "fatal"\n', "severity of 'spelling' must be"),
    ],
)
def test_a_bad_config_raises_one_renstra_error_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, reason: str
) -> None:
    config = tmp_path / "renstra.toml"
    config.write_text(text)
    with pytest.raises(renstra.RenstraError) as named:
        renstra.load_settings(str(config))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(renstra.RenstraError) as found:
        renstra.load_settings()
    for caught, path in [(named.value, str(config)), (found.value, "renstra.toml")]:
        assert (caught.code, caught.path) == ("config-error", path)
        assert caught.reason.startswith(reason.split("'")[0]) and reason in caught.reason
        assert str(caught) == f"{path}: {caught.reason}"


def test_a_missing_config_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(renstra.RenstraError, match="no such file") as caught:
        renstra.load_settings(tmp_path / "nope.toml")
    assert caught.value.code == "config-error"

"""The cache of slow steps (extract/cache.py): a hit gives what the step gave, a changed
input or a damaged entry is read afresh, and with no folder named nothing is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract import cache
from renstra.extract.pipeline import extract_document
from renstra.extract.readers import convert
from renstra.extract.readers.convert import TARGETS
from renstra.schemas import Document

from .paths import SAMPLES
from .system_tools import installed

LEGACY = SAMPLES / "formats" / "legacy" / "iku_metro_utara.xls"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_an_entry_is_read_back_and_a_damaged_folder_is_passed_by(folder: Path) -> None:
    name = cache.key(b"bytes", "xlsx")
    assert cache.load("converted", name) is None
    cache.store("converted", name, b"converted")
    assert cache.load("converted", name) == b"converted"
    assert [p.name for p in (folder / "converted").iterdir()] == [name]  # no temporary left
    assert cache.key(b"bytes", "docx") != name and cache.key(b"byte", "sxlsx") != name
    (folder / "converted").chmod(0o500)
    cache.store("converted", cache.key(b"other"), b"x")  # read-only: skipped, no error


def test_no_folder_named_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    cache.store("ocr", "x", b"y")
    assert cache.load("ocr", "x") is None
    assert list(tmp_path.iterdir()) == []


def _signature(document: Document) -> list[tuple[str, list[str]]]:
    return [(i.name, [t.text for t in i.targets]) for i in document.indicators]


def test_a_second_conversion_of_the_same_file_runs_no_libreoffice(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(("soffice", "libreoffice"), "libreoffice-calc")
    first = extract_document(str(LEGACY))
    assert TARGETS["xls"] == "xlsx" and len(list((folder / "converted").iterdir())) == 1

    def no_libreoffice(*args: object) -> bytes:
        raise AssertionError("LibreOffice ran for a file in the cache")

    monkeypatch.setattr(convert, "_convert", no_libreoffice)
    second = extract_document(str(LEGACY))
    assert _signature(second) == _signature(first)
    assert second.source.converted_from == "xls"
    named = "Persentase rekomendasi pelayanan yang diberikan di Kecamatan"  # its line 22
    assert first.indicators[0].name == named


def test_a_damaged_ocr_entry_is_read_afresh(folder: Path) -> None:
    installed(("tesseract",), "tesseract-ocr tesseract-ocr-ind")
    scan = SAMPLES / "scanned" / "iku_matrix_ruled_pdf" / "iku_matrix_ruled_pdf.pdf"
    first = extract_document(str(scan))
    (entry,) = (folder / "ocr").iterdir()
    entry.write_bytes(b'{"words": 3}')
    again = extract_document(str(scan))
    assert _signature(again) == _signature(first) and len(again.indicators) == 11
    assert entry.read_bytes().startswith(b'{"width"')  # written anew

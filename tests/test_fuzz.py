"""Property: any text file gives a Document or a RenstraError, never another exception.

The documents are generated the way real ones look (a title, a period, tab or pipe tables
under known column headers, numbers in Indonesian and English notation, formulas in
words, plain and LaTeX, a signature) and then broken (random cells, random text, NUL
bytes, invalid UTF-8, byte-order marks). Each Document must also survive the writers: its
JSON reads back equal and its CSV rows render.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from renstra.extract.errors import ERROR_CODES, RenstraError
from renstra.extract.job import csv_bytes
from renstra.extract.pipeline import extract_document
from renstra.extract.writers.csv_out import finding_rows, indicator_rows
from renstra.extract.writers.json_out import document_json
from renstra.schemas import Document

HEADERS = [
    "NO", "INDIKATOR", "URAIAN INDIKATOR", "SATUAN", "KONDISI AWAL", "TARGET", "TAHUN 1",
    "2022", "2023", "2024", "2025", "2026", "RUMUS PERHITUNGAN", "SUMBER DATA", "TUJUAN",
    "SASARAN", "ALASAN", "PENANGGUNG JAWAB", "KONDISI AKHIR", "Rp",
]  # fmt: skip
WORDS = [
    "Persentase", "Jumlah", "Indeks", "Presentase", "pelayanan", "kepuasan", "masyarakat",
    "dokumen", "orang", "%", "x", "100%", "/", ":", "dibagi", "dikali", "-", "n/a", "Rp",
    "s/d", "≥", "Tahun", "2021-2026", "2021-2126", "NIP.", "(", ")", "{", "}", "\\frac",
    "\\times", "$", "KEPALA", "DINAS", "Kecamatan", "Kota", "Metro",
]  # fmt: skip

numbers = st.one_of(
    st.integers(-(10**6), 10**12).map(lambda n: f"{n:,}".replace(",", ".")),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: f"{x:.2f}".replace(".", ",")),
    st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:g} %"),
    st.integers(1990, 2100).map(str),
    st.tuples(st.integers(0, 999), st.integers(0, 999)).map(lambda p: f"{p[0]} - {p[1]}"),
)
formulas = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join),
    st.tuples(st.text(max_size=12), st.text(max_size=12)).map(
        lambda p: f"\\frac{{{p[0]}}}{{{p[1]}}} \\times 100\\%"
    ),
    st.tuples(st.text(max_size=12), st.text(max_size=12)).map(lambda p: f"{p[0]} / {p[1]} x 100%"),
)
cells = st.one_of(numbers, formulas, st.sampled_from(WORDS), st.text(max_size=15), st.just("")).map(
    lambda c: c.replace("\t", " ").replace("\n", " ").replace("\r", " ")
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.sampled_from(
        ["RENCANA STRATEGIS", "INDIKATOR KINERJA UTAMA", "KECAMATAN METRO TIMUR",
         "TAHUN 2021-2026", "Periode 2022 - 2062", "BAB IV", ""]
    ), max_size=4))  # fmt: skip
    width = draw(st.integers(1, 9))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(cells, min_size=1, max_size=width + 2), max_size=8))
    pipe = draw(st.booleans())
    if pipe:
        table = ["| " + " | ".join(r) + " |" for r in [header, ["---"] * width, *rows]]
    else:
        table = ["\t".join(r) for r in [header, *rows]]
    tail = draw(st.lists(st.one_of(cells, st.just("NIP. 19800614 200604 1 001")), max_size=4))
    return "\n".join([*lines, "", *table, "", *tail])


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = draw(documents()).encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252"])),
                                    errors="replace")  # fmt: skip
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        junk = draw(st.sampled_from([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\x81"]))
        data = data[:at] + junk + data[at:]
    return data


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def check(folder: Path, data: bytes, suffix: str = ".txt") -> None:
    path = folder / f"{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    path.write_bytes(data)
    try:
        document = extract_document(str(path))
    except RenstraError as e:
        assert e.code in ERROR_CODES
        assert "\n" not in str(e)
        return
    assert Document.model_validate_json(document_json(document)) == document
    csv_bytes(indicator_rows(document))
    csv_bytes(finding_rows(document))


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(documents(), st.sampled_from([".txt", ".md"]))
def test_generated_documents_parse_or_fail_cleanly(folder: Path, text: str, suffix: str) -> None:
    check(folder, text.encode(), suffix)


@FUZZ
@given(damaged())
def test_damaged_documents_parse_or_fail_cleanly(folder: Path, data: bytes) -> None:
    check(folder, data)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_parse_or_fail_cleanly(folder: Path, data: bytes) -> None:
    check(folder, data)


@FUZZ
@given(st.lists(st.lists(cells, max_size=8), max_size=12))
def test_random_tab_tables_parse_or_fail_cleanly(folder: Path, rows: list[list[str]]) -> None:
    check(folder, "\n".join("\t".join(row) for row in rows).encode())

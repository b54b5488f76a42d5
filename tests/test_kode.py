"""A kode as OCR read it, put back into the Permendagri 90/2019 shape (parsers/kode.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.parsers.kode import mended, mended_split, program_parts, read_parts

from .scanned_text import extract_as_scanned
from .test_programs import TC27_HEAD, TITLE


@pytest.mark.parametrize(
    ("parts", "read"),
    [
        (["8", "o1", "02", "201", "0001"], ["8", "01", "02", "201", "0001"]),
        (["8", "oi", "O4"], ["8", "01", "04"]),
        (["8", "01", "0s", "201"], ["8", "01", "05", "201"]),
        (["B", "01", "02"], ["8", "01", "02"]),
        # a header's words are no kode, nor is a row with no digit at all
        (["Sub", "Kegiatan"], ["Sub", "Kegiatan"]),
        (["oi", "Ol"], ["oi", "Ol"]),
        (["X", "XX"], ["X", "XX"]),
    ],
)
def test_letters_that_look_like_digits_are_read_as_digits(
    parts: list[str], read: list[str]
) -> None:
    assert read_parts(parts) == read


@pytest.mark.parametrize(
    ("code", "kept"),
    [
        ("8.01.02.201", "8.01.02.2.01"),
        ("8.01.02.201.0011", "8.01.02.2.01.0011"),
        ("1.02.02.2.01", "1.02.02.2.01"),  # already in shape
        ("1.02.01.15.01", "1.02.01.15.01"),  # Permendagri 13/2006: no part to split
        ("8.02.201.0001", "8.02.201.0001"),  # a lost part: left for code-format to report
        ("8.01.02.2011", "8.01.02.2011"),
    ],
)
def test_a_kegiatan_read_without_its_point_gets_it_back(code: str, kept: str) -> None:
    assert mended(code) == kept


PROGRAM = ["8", "01", "03"]


@pytest.mark.parametrize(
    ("parts", "kept"),
    [
        # the T-C.27 twin: '01' read '2' or lost, the point of '2.01' lost
        (["8", "2", "03", "201", ""], ["8", "01", "03", "2.01", ""]),
        (["8", "", "03", "201", "0003"], ["8", "01", "03", "2.01", "0003"]),
        (["8", "01", "03", "2.01", "0001"], ["8", "01", "03", "2.01", "0001"]),
        # a part of its shape is the row's own, even where it is not the program's
        (["8", "01", "04", "2.01", ""], ["8", "01", "04", "2.01", ""]),
        # a program row takes nothing from the program above
        (["8", "2", "04", "", ""], ["8", "2", "04", "", ""]),
    ],
)
def test_a_split_kegiatan_kode_takes_its_programs_parts_where_ocr_lost_them(
    parts: list[str], kept: list[str]
) -> None:
    assert mended_split(parts, PROGRAM) == kept


def test_a_program_row_gives_the_parts_its_kegiatan_take() -> None:
    assert program_parts(["8", "01", "03", "", ""]) == ["8", "01", "03"]
    assert program_parts(["8", "01", "03", "2.01", ""]) is None
    assert program_parts(["8", "2", "03", "", ""]) is None


# The T-C.27 sample's first rows as OCR read its 7 pt kode columns.
SCANNED_ROWS = (
    "8\t01\t02\t\t\tPROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN\t"
    "Persentase Penguatan Ideologi Pancasila\t%\t100\t100\t808.750\t100\t637.571,904\t"
    "100\t1.446.321,904\tBAKESBANGPOL\tKabupaten Situbondo\n"
    "8\to1\t02\t201\t\tPerumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Ideologi\t"
    "Jumlah Kebijakan\tDokumen\t1\t1\t808.750\t1\t637.571,904\t1\t1.446.321,904\t"
    "BAKESBANGPOL\tKabupaten Situbondo\n"
    "8\t01\t02\t201\t0001\tPenyusunan Program Kerja di Bidang Ideologi\tJumlah Dokumen\t"
    "Dokumen\t1\t1\t86.811,9\t1\t126.750\t1\t213.561,9\tBAKESBANGPOL\tKabupaten Situbondo\n"
)


def test_a_scanned_kode_keeps_its_level_and_parent_and_says_what_ocr_read(
    tmp_path: Path,
) -> None:
    document = extract_as_scanned(tmp_path, TITLE + TC27_HEAD + SCANNED_ROWS)
    assert [(p.code, p.level, p.parent) for p in document.programs] == [
        ("8.01.02", "program", None),
        ("8.01.02.2.01", "kegiatan", "t1r4"),
        ("8.01.02.2.01.0001", "sub_kegiatan", "t1r5"),
    ]
    notes = [(n.code, n.location.row, n.evidence) for n in document.source.notes]
    assert notes == [
        ("ocr-mended", 5, "'8 | o1 | 02 | 201' -> '8.01.02.2.01'"),
        ("ocr-mended", 6, "'8 | 01 | 02 | 201 | 0001' -> '8.01.02.2.01.0001'"),
    ]
    found = [(f.rule, f.severity, f.location.row) for f in document.findings]
    assert ("ocr-mended", "info", 5) in found
    assert "code-format" not in {f.rule for f in document.findings}


def test_a_typed_kode_is_left_as_its_author_wrote_it(tmp_path: Path) -> None:
    from .documents import extract_text

    document = extract_text(tmp_path, TITLE + TC27_HEAD + SCANNED_ROWS)
    assert [p.code for p in document.programs] == ["8.01.02", "8.02.201", "8.01.02.201.0001"]
    assert document.source.notes == []
    assert "code-format" in {f.rule for f in document.findings}

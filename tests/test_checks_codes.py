"""code-format (renstra.extract.checks.codes) on program rows built directly."""

from __future__ import annotations

import pytest
from renstra.extract.checks import run_checks
from renstra.extract.checks.codes import code_level, normal_code
from renstra.schemas import Document, Finding, Program, ProgramLevel, Settings

from .programs import document, program, where


def rows(
    code: str, level: ProgramLevel | None = "kegiatan", parent_code: str = "1.02.02"
) -> list[Program]:
    """A row with ``parent_code`` (a program unless its shape says otherwise) and a row under
    it with ``code`` and ``level``."""
    parent_level = code_level(parent_code) or "program"
    return [
        program(4, "Program Pemenuhan Upaya Kesehatan", parent_level, code=parent_code),  # type: ignore[arg-type]
        program(5, "Penyediaan Fasilitas Pelayanan Kesehatan", level, code=code, parent=4),
    ]


def found(programs: list[Program], lang: str = "en") -> list[Finding]:
    findings = run_checks(document(programs=programs), Settings(lang=lang))  # type: ignore[arg-type]
    return [f for f in findings if f.rule == "code-format"]


CASES: dict[str, tuple[Document, Document]] = {
    "code-format": (
        document(programs=rows("1.02.03.2.01")),
        document(programs=rows("1.02.02.2.01")),
    ),
}


def test_code_format_fires_and_stays_silent() -> None:
    fires, silent = CASES["code-format"]
    assert "code-format" in {f.rule for f in run_checks(fires, Settings())}
    assert "code-format" not in {f.rule for f in run_checks(silent, Settings())}


def test_a_kegiatan_not_under_its_programs_code() -> None:
    (english,) = found(rows("1.02.03.2.01"))
    assert (english.indicator_id, english.location) == ("t1r5", where(1, 5, 4))
    assert english.message == (
        "'Penyediaan Fasilitas Pelayanan Kesehatan': the kode '1.02.03.2.01' does not start "
        "with its parent row's kode '1.02.02' ('Program Pemenuhan Upaya Kesehatan')."
    )
    assert (english.severity, english.evidence, english.suggestion) == (
        "warning",
        "1.02.03.2.01",
        "Start it with '1.02.02.'.",
    )
    (indonesian,) = found(rows("1.02.03.2.01"), lang="id")
    assert indonesian.message == (
        "'Penyediaan Fasilitas Pelayanan Kesehatan': kode '1.02.03.2.01' tidak diawali kode "
        "baris induknya '1.02.02' ('Program Pemenuhan Upaya Kesehatan')."
    )


def test_a_kode_of_no_accepted_shape() -> None:
    (english,) = found(rows("1.2.2.2.1"))
    assert english.message == (
        "'Penyediaan Fasilitas Pelayanan Kesehatan': the kode '1.2.2.2.1' does not follow the "
        "Permendagri 90/2019 shape."
    )
    assert english.suggestion == "A kegiatan kode has the shape X.XX.XX.X.XX."
    (indonesian,) = found(rows("1.2.2.2.1"), lang="id")
    assert indonesian.message == (
        "'Penyediaan Fasilitas Pelayanan Kesehatan': kode '1.2.2.2.1' tidak mengikuti bentuk "
        "kode Permendagri 90/2019."
    )
    assert indonesian.suggestion == "Kode kegiatan berbentuk X.XX.XX.X.XX."


def test_a_kode_whose_depth_does_not_fit_the_level() -> None:
    (english,) = found(rows("1.02.02.2.01.0001"))
    assert english.message == (
        "'Penyediaan Fasilitas Pelayanan Kesehatan' is a kegiatan row, but its kode "
        "'1.02.02.2.01.0001' has the shape of a sub kegiatan kode."
    )
    (indonesian,) = found(rows("1.02.02.2.01.0001"), lang="id")
    assert indonesian.message == (
        "'Penyediaan Fasilitas Pelayanan Kesehatan' adalah baris kegiatan, tetapi kode "
        "'1.02.02.2.01.0001' berbentuk kode sub kegiatan."
    )


@pytest.mark.parametrize(
    ("code", "level", "parent_code"),
    [
        ("X.XX.01", "program", "1.02"),  # the annex's placeholder copied as is
        ("1.02.2.01", "kegiatan", "1.02.02"),
        ("1.02.02.2.1", "kegiatan", "1.02.02"),
        ("1.02.02.2.01.001", "sub_kegiatan", "1.02.02.2.01"),
        ("01.02.02", "program", "1.02"),
        ("1 02 02", "program", "1.02"),
        ("1.02.02", "kegiatan", "1.02.02"),  # a program's depth on a kegiatan
        ("1.02.02.15", "sub_kegiatan", "1.02.02"),  # a 13/2006 kegiatan is no sub kegiatan
        ("1.02.02.2.01", "kegiatan", "1.02.01"),  # under another program
        ("1.02.02", "program", "1.03"),  # under another bidang
    ],
)
def test_code_format_fires(code: str, level: ProgramLevel, parent_code: str) -> None:
    (finding,) = found(rows(code, level, parent_code))
    assert finding.evidence == code


@pytest.mark.parametrize(
    ("code", "level", "parent_code"),
    [
        ("1.02.02.2.01", "kegiatan", "1.02.02"),
        ("1.02.02.2.01.0001", "sub_kegiatan", "1.02.02.2.01"),
        ("1.02.02.2.01.01", "sub_kegiatan", "1.02.02.2.01"),  # two digits before 2021
        ("1.02.01.15", "kegiatan", "1.02.01"),  # Permendagri 13/2006
        ("1.02.02", "program", "1.02"),
        ("1.02", "bidang", "1"),
        ("7.01.02.2.03", None, "7.01.02"),  # no level: the shape alone
        (" 1.02 .02.2.01. ", "kegiatan", "1.02.02"),  # spaces by the dots, a trailing dot
        ("1.02.02.2.01", "kegiatan", "X.XX"),  # the parent's own kode is its own finding
    ],
)
def test_code_format_stays_silent(code: str, level: ProgramLevel | None, parent_code: str) -> None:
    found_here = found(rows(code, level, parent_code))
    assert [f.evidence for f in found_here] == (["X.XX"] if parent_code == "X.XX" else [])


def test_rows_without_a_kode_or_parent_are_left_alone() -> None:
    assert not found([program(3, "Program Penunjang", "program")])
    assert not found([program(3, "Penyediaan Layanan", "kegiatan", code="1.02.02.2.01")])


@pytest.mark.parametrize(
    ("code", "level"),
    [("1", "urusan"), ("1.02", "bidang"), ("1.02.02", "program"), ("1.02.02.15", "kegiatan"),
     ("1.02.02.2.01", "kegiatan"), ("1.02.02.2.01.0001", "sub_kegiatan"), ("1.2", None),
     ("A.02", None), ("1.02.02.2.01.00001", None)],
)  # fmt: skip
def test_code_level(code: str, level: str | None) -> None:
    assert code_level(code) == level


def test_normal_code() -> None:
    assert normal_code(" 1 . 02.02. ") == "1.02.02"

from __future__ import annotations

import pytest
from renstra.extract.parsers.duties import find_functions, find_main_duty

from .lines import lines_of, sample_lines


def test_renstra_seed_has_no_duty_and_no_functions() -> None:
    lines = sample_lines("renstra_metro_timur.txt")
    assert find_main_duty(lines) is None
    assert find_functions(lines) == []


def test_iku_seed_duty_and_functions() -> None:
    lines = sample_lines("iku_metro_utara.txt")
    assert find_main_duty(lines) == (
        "Melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Walikota untuk menangani"
        " sebagian urusan otonomi daerah"
    )
    assert find_functions(lines) == [
        "Pengkoordinasian kegiatan pemberdayaan masyarakat",
        "Pengkoordinasian upaya penyelenggaraan ketentraman dan ketertiban umum",
        "Pengkoordinasian penerapan dan penegakan peraturan perundang-undangan",
        "Pengkoordinasian pemeliharaan prasarana dan fasilitas pelayanan umum",
        "Pengkoordinasian penyelenggaraan kegiatan pemerintahan di tingkat Kecamatan",
        "Pembinaan penyelenggaraan pemerintahan Kelurahan",
        "Pelaksanaan pelayanan masyarakat yang menjadi ruang lingkup tugasnya dan/atau yang"
        " belum dapat dilaksanakan pemerintahan Kelurahan",
        "Penyelenggaraan kesekretariatan Kecamatan",
        "Pelaksanaan tugas lain yang diberikan Walikota sesuai dengan tugas pokok dan fungsinya",
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["TUGAS POKOK : Melaksanakan urusan pendidikan"], "Melaksanakan urusan pendidikan"),
        (
            ["Tugas Pokok: Melaksanakan urusan", "pemerintahan di bidang pendidikan", "FUNGSI : x"],
            "Melaksanakan urusan pemerintahan di bidang pendidikan",
        ),
        (
            ["TUGAS POKOK : Membantu Walikota", "", "Lain kali"],
            "Membantu Walikota",
        ),
        (
            ["Tugas Pokok", "", "Membantu Bupati dalam urusan kesehatan."],
            "Membantu Bupati dalam urusan kesehatan.",
        ),
        (["**TUGAS :** Membantu Camat"], "Membantu Camat"),
        (["TUGAS POKOK  :   Membantu   Camat  "], "Membantu Camat"),
    ],
)
def test_find_main_duty(texts: list[str], expected: str) -> None:
    assert find_main_duty(lines_of(*texts)) == expected


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["TUGAS POKOK DAN FUNGSI"],
        ["Tugas pokok dan fungsi kecamatan diatur dalam Perwali"],
        ["TUGAS POKOK :", "FUNGSI : 1. Koordinasi"],
        ["Pelaksanaan tugas lain yang diberikan Walikota"],
    ],
)
def test_no_main_duty(texts: list[str]) -> None:
    assert find_main_duty(lines_of(*texts)) is None


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["FUNGSI : 1. Perumusan kebijakan;", "2. Pelaksanaan kebijakan; dan", "3. Evaluasi."],
            ["Perumusan kebijakan", "Pelaksanaan kebijakan", "Evaluasi"],
        ),
        (
            ["Fungsi:", "a. Perumusan kebijakan,", "b. Pelaksanaan kebijakan", "c. Evaluasi"],
            ["Perumusan kebijakan", "Pelaksanaan kebijakan", "Evaluasi"],
        ),
        (
            ["Fungsi", "", "1) Perumusan kebijakan", "2) Pelaksanaan kebijakan"],
            ["Perumusan kebijakan", "Pelaksanaan kebijakan"],
        ),
        (
            ["FUNGSI : 1. Perumusan kebijakan teknis di", "bidang pendidikan;", "2. Evaluasi"],
            ["Perumusan kebijakan teknis di bidang pendidikan", "Evaluasi"],
        ),
        (
            ["FUNGSI : 1. Perumusan", "", "2. Pelaksanaan", "", "Tabel 2.1"],
            ["Perumusan", "Pelaksanaan"],
        ),
        (
            ["FUNGSI : 1. Perumusan;", "2. Pelaksanaan.", "Sasaran yang hendak dicapai"],
            ["Perumusan", "Pelaksanaan"],
        ),
        (
            ["FUNGSI : 1. Perumusan", "2. Pelaksanaan", "", "1. Mewujudkan tata kelola"],
            ["Perumusan", "Pelaksanaan"],
        ),
        (["FUNGSI : 1. Perumusan", "3. Pelaksanaan"], ["Perumusan"]),
        (
            ["FUNGSI : 1. Perumusan; 2. Pelaksanaan; dan 3. Evaluasi."],
            ["Perumusan", "Pelaksanaan", "Evaluasi"],
        ),
        (
            ["FUNGSI : Pengkoordinasian kegiatan pemberdayaan masyarakat"],
            ["Pengkoordinasian kegiatan pemberdayaan masyarakat"],
        ),
        (
            [
                "Dalam melaksanakan tugas, Dinas menyelenggarakan fungsi sebagai berikut :",
                "a. Perumusan kebijakan;",
                "b. Pelaksanaan kebijakan.",
            ],
            ["Perumusan kebijakan", "Pelaksanaan kebijakan"],
        ),
        (
            [
                "Tujuan :",
                "1. Mewujudkan tata kelola;",
                "",
                "FUNGSI:",
                "1. Perumusan",
                "2. Evaluasi",
            ],
            ["Perumusan", "Evaluasi"],
        ),
        (["**FUNGSI :** 1. Perumusan", "2. Evaluasi serta"], ["Perumusan", "Evaluasi"]),
    ],
)
def test_find_functions(texts: list[str], expected: list[str]) -> None:
    assert find_functions(lines_of(*texts)) == expected


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["1. Meningkatkan kualitas pelayanan publik;", "2. Peningkatan peran serta masyarakat;"],
        ["Sasaran :", "1. Meningkatkan kualitas pelayanan publik;"],
        ["FUNGSI :", "", "Kecamatan menjalankan fungsi pelayanan."],
        ["FUNGSI :", "2. Pelaksanaan"],
        ["Tugas pokok dan fungsi :", "1. Koordinasi"],
    ],
)
def test_no_functions(texts: list[str]) -> None:
    assert find_functions(lines_of(*texts)) == []

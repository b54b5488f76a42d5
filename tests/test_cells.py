from __future__ import annotations

import pytest
from renstra.extract.parsers.cells import NamedItem, clean_label, split_items, split_sub_items


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("- Meningkatnya kualitas pelayanan publik", "Meningkatnya kualitas pelayanan publik"),
        ("1. Mewujudkan tata kelola pemerintahan;", "Mewujudkan tata kelola pemerintahan"),
        ("10) Jumlah kegiatan", "Jumlah kegiatan"),
        ("• Persentase A", "Persentase A"),
        ("—  Persentase A", "Persentase A"),
        ("Penurunan gangguan ketentraman.", "Penurunan gangguan ketentraman"),
        ("  Persentase \n  indeks   kepuasan  ", "Persentase indeks kepuasan"),
        ("Persentase rekomendasi :", "Persentase rekomendasi"),
        # a number that is part of the name is not a bullet
        ("1.500 bh", "1.500 bh"),
        ("2 hari kerja", "2 hari kerja"),
        ("Indeks Kepuasan - IKM", "Indeks Kepuasan - IKM"),
        ("Nilai SAKIP (A)", "Nilai SAKIP (A)"),
        ("", ""),
    ],
)
def test_clean_label(text: str, label: str) -> None:
    assert clean_label(text) == label


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        # seed 1, row 2: two indicators on one line, each after a dash
        (
            "- Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan - Tingkat "
            "partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
            [
                "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
                "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
            ],
        ),
        ("- Persentase A\n- Persentase B", ["Persentase A", "Persentase B"]),
        ("1. Persentase A\n2. Persentase B", ["Persentase A", "Persentase B"]),
        ("• A\n• B\n• C", ["A", "B", "C"]),
        ("- A\n\n- B", ["A", "B"]),
        ("- A – B", ["A", "B"]),
        # a bullet item whose text wrapped onto a plain line
        ("- Persentase A yang\nmeningkat\n- Persentase B", ["Persentase A yang meningkat",
                                                           "Persentase B"]),
        # plain wrapped text is one indicator
        ("Persentase A yang\nmeningkat", ["Persentase A yang meningkat"]),
        # a dash inside a name splits only when the cell starts with a bullet dash
        ("Indeks Kepuasan - IKM", ["Indeks Kepuasan - IKM"]),
        ("- Persentase usia 7-12 tahun", ["Persentase usia 7-12 tahun"]),
        ("- Persentase A - b kecil", ["Persentase A - b kecil"]),
        ("- Persentase indeks kepuasan masyarakat: a. KK b. IMB",
         ["Persentase indeks kepuasan masyarakat: a. KK b. IMB"]),
        ("", []),
        ("  \n ", []),
    ],
)  # fmt: skip
def test_split_items(cell: str, items: list[str]) -> None:
    assert list(split_items(cell)) == items


def test_split_items_dash_without_space_is_still_a_bullet() -> None:
    assert list(split_items("-Persentase A\n-Persentase B")) == ["Persentase A", "Persentase B"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Persentase indeks kepuasan masyarakat: a. Pengantar KK b. Pengantar IMB "
            "c. Rekomendasi Izin Usaha d. Pengantar Dispensasi Waktu Nikah",
            NamedItem(
                "Persentase indeks kepuasan masyarakat",
                (
                    ("a", "Pengantar KK"),
                    ("b", "Pengantar IMB"),
                    ("c", "Rekomendasi Izin Usaha"),
                    ("d", "Pengantar Dispensasi Waktu Nikah"),
                ),
            ),
        ),
        (
            "Persentase rekomendasi pelayanan yang diberikan di Kecamatan : a. Pengantar KK "
            "dan KTP b. Pengantar IMB",
            NamedItem(
                "Persentase rekomendasi pelayanan yang diberikan di Kecamatan",
                (("a", "Pengantar KK dan KTP"), ("b", "Pengantar IMB")),
            ),
        ),
        ("X: a) P b) Q", NamedItem("X", (("a", "P"), ("b", "Q")))),
        ("X:\na. P\nb. Q", NamedItem("X", (("a", "P"), ("b", "Q")))),
        ("Persentase data: a. P; b. Q;", NamedItem("Persentase data", (("a", "P"), ("b", "Q")))),
        # labels must run a, b, c from 'a': an out-of-order 'd.' stays inside the item
        ("X: a. P b. Q d. R", NamedItem("X", (("a", "P"), ("b", "Q d. R")))),
        ("Jumlah b. x a. y b. z", NamedItem("Jumlah b. x", (("a", "y"), ("b", "z")))),
        ("Kab. Lampung a. P b. Q", NamedItem("Kab. Lampung", (("a", "P"), ("b", "Q")))),
        # one label alone, or labels not from 'a', are no list
        ("Persentase X a. P", NamedItem("Persentase X a. P")),
        ("Persentase a. P c. Q", NamedItem("Persentase a. P c. Q")),
        ("Nilai SAKIP.", NamedItem("Nilai SAKIP")),
    ],
)
def test_split_sub_items(text: str, expected: NamedItem) -> None:
    assert split_sub_items(text) == expected


def test_trailing_punctuation_and_space_go_in_one_pass() -> None:
    assert clean_label("Indikator A ;. :  ") == "Indikator A"
    assert clean_label("a" + ". " * 20_000) == "a"

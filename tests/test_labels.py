"""Labelled values in running text, matched against the one vocabulary."""

from __future__ import annotations

import pytest
from renstra.extract.intermediate import Position
from renstra.extract.parsers.labels import is_label, line_entries, text_entries

HERE = Position(line=1)


def pieces(text: str) -> list[tuple[str, str, str]]:
    return [(e.role, e.label, e.value) for e in line_entries(text, HERE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satuan : %", [("unit", "Satuan", "%")]),
        ("Sumber Data: BKKBN", [("data_source", "Sumber Data", "BKKBN")]),
        ("Target : 80% Tahun : 2024", [("target", "Target", "80%"), ("year", "Tahun", "2024")]),
        ("- Polarisasi Data : Maximize", [("polarity", "Polarisasi Data", "Maximize")]),
        ("Baseline (2016) : 60%", [("baseline", "Baseline (2016)", "60%")]),
        ("Definisi", [("definition", "Definisi", "")]),
        # a colon inside a value stays in the value
        ("Sumber Data : Seksi : Pemerintahan",
         [("data_source", "Sumber Data", "Seksi : Pemerintahan")]),
        # 'NAMA SKPD' names no field: an entry of its own, so it ends the value above it
        ("NAMA SKPD : KANTOR ARSIP", [("", "NAMA SKPD", "KANTOR ARSIP")]),
        # not labels: prose, a value wrapped below its label, a title with its period
        ("Sasaran yang ingin dicapai dalam periode ini adalah :", []),
        ("penanggungjawabpemerintahdaerahkabupaten/kota", []),
        ("TAHUN 2006-2010", []),
        ("Seksi : Pemerintahan", []),
    ],
)  # fmt: skip
def test_line_entries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert pieces(text) == expected


def test_a_numbered_heading_gives_its_card_number() -> None:
    (entry,) = line_entries("INDIKATOR 3", HERE)
    assert (entry.role, entry.number, entry.value) == ("indicator", "3", "")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Alasan Pemilihan Indikator", True),
        ("Apakah Indikator Komposit ?", True),  # a metadata label, not the indicator
        ("Meningkatnya partisipasi masyarakat dalam pembangunan", False),
        ("Meningkatnya kualitas pengelolaan kerumahtanggaan dan persandian", False),
    ],
)
def test_a_label_names_its_field_in_its_first_words(label: str, expected: bool) -> None:
    assert is_label(label) is expected


def test_values_below_their_label_and_prose_after_a_blank_line() -> None:
    lines = ["Definisi", "Jumlah remaja putri", "yang mengonsumsi TTD.", "Sumber Data: BKKBN",
             "", "Paragraf penutup yang bukan bagian dari kartu."]  # fmt: skip
    (run,) = list(text_entries((text, Position(line=i)) for i, text in enumerate(lines, 1)))
    assert [(e.role, e.text) for e in run] == [
        ("definition", "Jumlah remaja putri yang mengonsumsi TTD."),
        ("data_source", "BKKBN"),
    ]


def test_a_sentence_that_introduces_lines_below_does_not_end_the_value() -> None:
    lines = [
        "Definisi : Indeks komposit dari delapan prinsip.",
        "Teknik pengukurannya sebagai berikut :",
        "a) Mencari indeks setiap prinsip",
    ]
    (run,) = list(text_entries((text, Position(line=i)) for i, text in enumerate(lines, 1)))
    assert [(e.role, e.text) for e in run] == [
        ("definition", "Indeks komposit dari delapan prinsip. Teknik pengukurannya sebagai "
         "berikut : a) Mencari indeks setiap prinsip"),
    ]  # fmt: skip

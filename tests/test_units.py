from __future__ import annotations

import pytest
from renstra.extract.parsers.units import canonical_unit, same_unit


@pytest.mark.parametrize(
    ("unit", "canonical"),
    [
        ("bh", "buah"),
        ("Bh.", "buah"),
        ("BUAH", "buah"),
        ("org", "orang"),
        ("Jiwa", "orang"),
        ("dok.", "dokumen"),
        ("Dokumen", "dokumen"),
        ("keg", "kegiatan"),
        ("Pkt", "paket"),
        ("thn", "tahun"),
        ("hr", "hari"),
        ("bln", "bulan"),
        ("Persen", "%"),
        ("prosen", "%"),
        ("%", "%"),
        ("  % ", "%"),
        ("Hari  Kerja", "hari kerja"),
        ("Indeks", "indeks"),
        ("", ""),
    ],
)
def test_canonical_unit(unit: str, canonical: str) -> None:
    assert canonical_unit(unit) == canonical


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("%", "persen", True),
        ("Persen", "%", True),
        ("bh", "Buah", True),
        ("org", "jiwa", True),
        ("dokumen", "Dok.", True),
        ("%", "orang", False),
        ("hari", "bulan", False),
        ("kegiatan", "dokumen", False),
    ],
)
def test_same_unit(a: str, b: str, same: bool) -> None:
    assert same_unit(a, b) is same

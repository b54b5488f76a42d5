from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.parsers.polarity import polarity_of, written_polarity

from .documents import extract_text

LOWER = "lower-is-better"
HIGHER = "higher-is-better"


@pytest.mark.parametrize(
    ("name", "polarity"),
    [
        # seed wording
        ("Persentase indeks kepuasan masyarakat", HIGHER),
        ("Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan", HIGHER),
        ("Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan", LOWER),
        ("Presentase penanganan Konflik pada kecamatan", HIGHER),
        # the lower-is-better families of DOMAIN.md
        ("Angka Kematian Ibu", LOWER),
        ("ANGKA KEMATIAN BAYI", LOWER),
        ("Angka buta aksara", LOWER),
        ("Angka Putus Sekolah", LOWER),
        ("Waktu rata-rata pelayanan KTP", LOWER),
        ("Rata-rata waktu penyelesaian perizinan", LOWER),
        ("Jumlah kasus DBD", LOWER),
        ("Jumlah temuan BPK", LOWER),
        ("Prevalensi stunting", LOWER),
        ("Persentase balita gizi buruk", LOWER),
        ("Tingkat Pengangguran Terbuka", LOWER),
        ("Tingkat kemiskinan", LOWER),
        ("Indeks Gini", LOWER),
        ("Rasio gini", LOWER),
        ("Jumlah penduduk miskin", LOWER),
        # higher-is-better, including names that only brush a cue word
        ("Indeks Kepuasan Masyarakat", HIGHER),
        ("Nilai SAKIP", HIGHER),
        ("Jumlah pengunjung perpustakaan", HIGHER),
        ("Pertumbuhan ekonomi", HIGHER),
        ("Persentase penyelesaian pengaduan tepat waktu", HIGHER),
        ("Persentase rekomendasi: a. Pengantar Dispensasi Waktu Nikah", HIGHER),
        ("", HIGHER),
    ],
)
def test_polarity_of(name: str, polarity: str) -> None:
    assert polarity_of(name) == polarity


@pytest.mark.parametrize(
    ("name", "polarity"),
    [
        ("Cakupan balita gizi buruk mendapat perawatan", HIGHER),
        ("Persentase penduduk miskin", LOWER),
    ],
)
def test_polarity_of_common_rpjmd_indicators(name: str, polarity: str) -> None:
    assert polarity_of(name) == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Maximize", "higher-is-better"),
        ("Minimize", "lower-is-better"),
        ("Positif", "higher-is-better"),
        ("Negatif", "lower-is-better"),
        ("semakin rendah nilainya semakin baik", "lower-is-better"),
        ("Kumulatif", None),
        ("", None),
    ],
)
def test_a_written_polarity(text: str, polarity: str | None) -> None:
    assert written_polarity(text) == polarity


def test_what_the_document_says_beats_the_name(tmp_path: Path) -> None:
    head = "IKU DINAS X KOTA Y 2021-2026\n\nNO\tINDIKATOR\tSATUAN\tPOLARITAS\tSUMBER DATA\n"
    document = extract_text(tmp_path, head + "1\tAngka kematian ibu\tkasus\tMaximize\tDinkes\n")
    (indicator,) = document.indicators
    assert (indicator.polarity, indicator.inferred) == ("higher-is-better", [])


@pytest.mark.parametrize(
    ("name", "polarity"),
    [
        ("Laju inflasi (%)", "lower-is-better"),
        ("Persentase kepemilikan akta kematian", "higher-is-better"),
    ],
)
def test_polarity_words(name: str, polarity: str) -> None:
    assert polarity_of(name) == polarity

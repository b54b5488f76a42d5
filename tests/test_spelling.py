"""The spelling rule's word finder, over the texts of one indicator."""

from __future__ import annotations

import pytest
from renstra.extract.checks.spelling import suspicious_words


@pytest.mark.parametrize(
    ("texts", "extra", "expected"),
    [
        (("Persentase balita gizi baik", "%"), (), ()),
        (
            ("Presentase sekolah", "Presentase"),
            (),
            (("Presentase", "Persentase", True),),
        ),
        (
            ("IndeksKepuasanMasyarakat (IKM)", "", "KWALITAS"),
            (),
            (
                ("IndeksKepuasanMasyarakat", "Indeks Kepuasan Masyarakat", False),
                ("KWALITAS", "KUALITAS", True),
            ),
        ),
        (
            ("Jumlah dokumen sakip", "dok"),
            (("sakip", "SAKIP"), ("dok", "Dokumen")),
            (("sakip", "SAKIP", True), ("dok", "dokumen", True)),
        ),
        ((), (), ()),
    ],
)
def test_suspicious_words_lists_each_word_once_in_order(
    texts: tuple[str, ...],
    extra: tuple[tuple[str, str], ...],
    expected: tuple[tuple[str, str, bool], ...],
) -> None:
    assert suspicious_words(texts, extra) == expected


def test_suspicious_words_keeps_the_first_spelling_of_a_word_seen_twice() -> None:
    texts = ("presentase kwalitas", "Kwalitas presentase")
    assert suspicious_words(texts) == (
        ("presentase", "persentase", True),
        ("kwalitas", "kualitas", True),
        ("Kwalitas", "Kualitas", True),
    )

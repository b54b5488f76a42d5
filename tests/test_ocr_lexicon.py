"""Words OCR read that are no word of the language, put right where the page itself says
which word was meant (ocr.lexicon)."""

from __future__ import annotations

from collections import Counter

from renstra.extract.ocr import lexicon
from renstra.extract.ocr.words import OcrWord

from .system_tools import installed

KNOWN = frozenset(
    {"jumlah", "pemerintahan", "pemilihan", "kebijakan", "monitoring", "elektronik",
     "persendian", "asing", "asia", "dokumen", "kabupaten", "kota", "urusan"}
)  # fmt: skip
"""A word list as the model's, in small."""


def mended(*texts: str) -> list[str]:
    words = [OcrWord(t, 10.0 * i, 0, 10.0 * i + 8, 10, 91.0) for i, t in enumerate(texts)]
    seen = Counter(m["core"].casefold() for w in words if (m := lexicon._WORD.fullmatch(w.text)))
    return [lexicon._mended(w, KNOWN, seen).text for w in words]


def test_a_slip_is_put_right_where_the_page_reads_the_word_right_more_often() -> None:
    assert mended("Jumiah", "Jumlah", "Jumlah") == ["Jumlah", "Jumlah", "Jumlah"]
    # 'ri' read 'n', 'm' read 'rn', 'ij' read 'y', a letter changed; case and marks kept
    page = ["Pemerintahan", "Pemilihan", "Kebijakan", "Monitoring"]
    assert mended("Pemenntahan,", "Pernilihan", "Kebyakan", "(Monitonng", *page)[:4] == [
        "Pemerintahan,", "Pemilihan", "Kebijakan", "(Monitoring",
    ]  # fmt: skip


def test_a_word_read_the_same_way_wherever_it_stands_is_left_as_read() -> None:
    # the office's own term and the author's typo: no list word, no slip of one on the page
    assert mended("Persandian", "Persandian", "Eletronik") == [
        "Persandian", "Persandian", "Eletronik",
    ]  # fmt: skip
    # a list word read less often than the word itself is no evidence either
    assert mended("Jumiah", "Jumiah", "Jumlah") == ["Jumiah", "Jumiah", "Jumlah"]


def test_short_words_capitals_and_words_with_two_near_ones_stay() -> None:
    assert mended("Asina", "Asing", "Asia", "yana", "DOKUMFN", "Dokumen") == [
        "Asina", "Asing", "Asia", "yana", "DOKUMFN", "Dokumen",
    ]  # fmt: skip


def test_the_installed_models_give_their_word_lists() -> None:
    installed(("tesseract", "combine_tessdata", "dawg2wordlist"), "tesseract-ocr")
    words = lexicon.lexicon("ind")
    assert {"jumlah", "pemerintahan", "kebijakan"} <= words
    assert "jumiah" not in words
    assert lexicon.lexicon("xx") == frozenset()  # no such model: no list, nothing mended


def test_a_slash_read_as_a_stroke_between_two_words_is_a_slash() -> None:
    assert mended("KABUPATENIKOTA", "Kabupaten|Kota,", "Kabupatenlkota") == [
        "KABUPATEN/KOTA", "Kabupaten/Kota,", "Kabupaten/kota",
    ]  # fmt: skip
    # not where a side is no word, or the whole is one
    assert mended("URUSANIXYZ", "Kabupatenikot") == ["URUSANIXYZ", "Kabupatenikot"]

"""What OCR's words are mended in (extract/ocr/fixes.py): misread percent signs, header words
one letter off the plans' vocabulary, the remains of erased rules; nothing else."""

from __future__ import annotations

import pytest
from renstra.extract.ocr.fixes import list_commas, mend
from renstra.extract.ocr.words import OcrWord


def word(text: str, x0: float = 0.0, confidence: float = 95.0) -> OcrWord:
    return OcrWord(text, x0, 10.0, x0 + 10.0 * len(text), 20.0, confidence)


def texts(*words: OcrWord) -> list[str]:
    return [w.text for w in mend(list(words))]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("canaian", "capaian"),  # 'Data canaian Pada Tahun Awal': the baseline's header
        ("Sasaren", "Sasaran"),
        ("INDIKATR", "INDIKATOR"),
        ("Kegiatn", "Kegiatan"),
        ("Satuann", "Satuan"),
    ],
)
def test_a_header_word_one_letter_off_the_vocabulary_is_put_right(read: str, meant: str) -> None:
    assert texts(word(read)) == [meant]


@pytest.mark.parametrize(
    "kept",
    [
        "capaian",  # right already
        "sasarannya",  # a real word, three letters from 'sasaran'
        "pemerintahan",
        "Presentase",  # a typo of the document's own, for the spelling rule to report
        "Persentasi",
        "Tahu",  # under six letters: too short to tell a misreading from another word
        "2025",
        "12,5%",
    ],
)
def test_other_words_are_kept_as_read(kept: str) -> None:
    assert texts(word(kept)) == [kept]


def test_a_percent_sign_read_as_yo_is_a_percent_sign() -> None:
    assert texts(word("85", 0.0), word("Yo", 25.0)) == ["85", "%"]
    assert texts(word("85Yo")) == ["85%"]
    assert texts(word("yo", 0.0)) == ["yo"]  # a lone 'yo' after no number stays


def test_a_lone_faint_stroke_is_dropped_and_a_bullet_kept() -> None:
    strokes = [word("=", 0.0, 40.0), word("—", 20.0, 51.0), word("|", 40.0, 30.0)]
    assert texts(*strokes, word("-", 60.0, 40.0), word("Persentase", 80.0)) == ["-", "Persentase"]
    assert texts(word("=", 0.0, 96.0)) == ["="]  # read with confidence: a real '='


def test_a_column_rule_read_as_a_bar_is_dropped_alone_or_glued_to_a_word() -> None:
    read = [word("|", 0.0, 91.0), word("|132", 20.0, 88.0), word("13.39|", 80.0), word("¦", 140.0)]
    assert texts(*read) == ["132", "13.39"]
    assert texts(word("a|b")) == ["a|b"]  # inside a word: not a rule's remains


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # the T-C.27 twin's names: a list's commas read as points
        ("Bela Negara. Karakter Bangsa. Pembauran Kebangsaan",
         "Bela Negara, Karakter Bangsa, Pembauran Kebangsaan"),
        ("Berbangsa. dan Bernegara", "Berbangsa, dan Bernegara"),
        ("Pendaftaran Ormas.\nPemberdayaan Ormas", "Pendaftaran Ormas,\nPemberdayaan Ormas"),
        # a sentence's end, an abbreviation, a cell's last point stay
        ("Capaian Kinerja. Data diambil dari BPS.", "Capaian Kinerja. Data diambil dari BPS."),
        ("Kab. Situbondo", "Kab. Situbondo"),
        ("meliputi RPJMD, Renstra, dll. dan lainnya", "meliputi RPJMD, Renstra, dll. dan lainnya"),
        ("Jumlah Dokumen.", "Jumlah Dokumen."),
    ],
)  # fmt: skip
def test_a_lists_commas_read_as_points_in_a_cell_are_commas(read: str, meant: str) -> None:
    assert list_commas(read) == meant


def test_a_percent_sign_read_as_y6_at_a_number_s_end_is_a_percent_sign() -> None:
    assert texts(word("100Y6")) == ["100%"]  # the T-C.23 twin's rasio, at 84
    assert texts(word("Y6")) == ["Y6"]  # no number before it: left as read


def test_a_dash_half_as_wide_as_its_line_is_tall_is_an_en_dash() -> None:
    # 'Rata – rata' on the T-C.23 twin: 14 px wide on a 26 px line, read as an em dash
    en = OcrWord("—", 974.0, 1202.0, 988.0, 1228.0, 78.0)
    em = OcrWord("—", 974.0, 1202.0, 1006.0, 1228.0, 78.0)  # 32 px: an em dash
    assert texts(en) == ["–"]
    assert texts(em) == ["—"]

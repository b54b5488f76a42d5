"""What Tesseract's Indonesian model is known to misread, mended where the context is sure.

The ``ind`` model reads a percent sign set apart from its number ('85 %') as 'Yo', with a
confidence of 90 or more, so no threshold would catch it; one against its number
sometimes as 'Y6' ('100Y6', at 84). 'Yo' (and '%o') is no word of a plan, so it is '%'
wherever it stands; a lower-case 'yo' only where it follows a number on its line, 'Y6' only
at a number's end. An en dash ('Rata – rata') reads as an em dash: a dash half as wide as
its line is tall is the en dash. A header word one letter away from a word of the plans'
vocabulary ('canaian' for 'capaian', 'Sasaren' for 'Sasaran') is put right, since a column
is known by its header: 'Data canaian' left the baseline column unnamed and shifted every
target by a year. Only
words of six letters or more that are no vocabulary word themselves and lie one edit from
exactly one are changed. What is left of an erased table rule is read as a lone '=', '—' or
'|' at low confidence: such a word is dropped (a bullet '-' is kept), and so is a '|' at
any confidence, alone or glued to a word's end ('|132'). Nothing else is
changed; a digit read as a letter is flagged by the ``ocr-suspect-number`` rule, never
guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .words import OcrWord

_PERCENT = re.compile(r"(?P<number>\d*)(?:Yo|yo|%o)|(?P<value>\d+)Y6")
_NUMBER_END = re.compile(r"\d[.,]?\d*$")
_RULE_MARK = re.compile(r"[=|_~—–¦:;.,'`\"]+")
"""What the rest of a rule is read as: strokes and dots, no letter, digit, '-' or '%'."""
RULE_MARK_CONFIDENCE = 70.0
"""Under it a lone stroke is taken for a rule's remains; a real '=' in a formula reads higher."""
_BARS = re.compile(r"[|¦]+")
"""A lone vertical bar is what is left of a column rule at any confidence: no plan types one."""
_EDGE_BARS = re.compile(r"^[|¦]+(?=[\w(])|(?<=[\w%).,])[|¦]+$")
"""A rule's remains glued to a cell's first or last word: '|132', '13.39|'."""
EN_DASH = 0.8
"""Line heights: an em dash is as wide as its line is tall and more, an en dash some half."""
NEAR = 1.5
"""Word heights: the widest gap between a number and its percent sign."""


VOCABULARY = frozenset(
    {
        "capaian", "sasaran", "indikator", "satuan", "target", "tujuan", "realisasi", "kondisi",
        "kinerja", "program", "kegiatan", "perhitungan", "alasan", "sumber", "penanggung",
        "definisi", "formula", "anggaran", "baseline", "periode", "strategis", "rencana",
        "perangkat", "daerah", "pemerintah", "kabupaten", "keterangan", "pelaksana",
        "pemilihan", "penjelasan", "kebijakan", "pengukuran", "akuntabilitas",
    }
)  # fmt: skip
"""The words of table headers and titles, lower case (see extract/vocabulary.py)."""
MIN_LETTERS = 6


def mend(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` (in Tesseract's reading order) with misread percent signs put right and
    the remains of erased rules left out."""
    out: list[OcrWord] = []
    for word in words:
        if _BARS.fullmatch(word.text) or (
            word.confidence < RULE_MARK_CONFIDENCE and _RULE_MARK.fullmatch(word.text)
        ):
            continue
        word = _unbarred(word)
        word = _in_vocabulary(word)
        found = _PERCENT.fullmatch(word.text)
        if found is not None and found["value"]:
            word = replace(word, text=found["value"] + "%")
        elif found is not None and (
            found["number"] or word.text != "yo" or _after_number(out, word)
        ):
            word = replace(word, text=found["number"] + "%")
        out.append(_en_dash(word))
    return out


def _en_dash(word: OcrWord) -> OcrWord:
    """An en dash ('Rata – rata', '2019–2023') that Tesseract read as an em dash: the
    model has one dash sign for both, and a mark half an em wide is the en dash."""
    if word.text != "—" or word.x1 - word.x0 >= EN_DASH * (word.bottom - word.top):
        return word
    return replace(word, text="–")


def _after_number(before: list[OcrWord], word: OcrWord) -> bool:
    if not before:
        return False
    prev = before[-1]
    height = word.bottom - word.top
    same_line = abs(prev.top - word.top) < height and abs(prev.bottom - word.bottom) < height
    return (
        same_line and 0 <= word.x0 - prev.x1 < NEAR * height and bool(_NUMBER_END.search(prev.text))
    )


def _in_vocabulary(word: OcrWord) -> OcrWord:
    text = word.text
    lower = text.lower()
    if len(lower) < MIN_LETTERS or not lower.isalpha() or lower in VOCABULARY:
        return word
    near = [v for v in VOCABULARY if abs(len(v) - len(lower)) <= 1 and _one_edit(lower, v)]
    if len(near) != 1:
        return word
    right = near[0]
    if text.isupper():
        right = right.upper()
    elif text[:1].isupper():
        right = right.capitalize()
    return replace(word, text=right)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter changed, added or dropped."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _unbarred(word: OcrWord) -> OcrWord:
    text = _EDGE_BARS.sub("", word.text)
    return word if text == word.text else replace(word, text=text)


_LIST_POINT = re.compile(
    r"(?P<word>\b[^\W\d_]{4,}[a-z])\.(?=\s+(?:[a-z]|[A-Z][a-z]+(?:\s+[A-Z]|\s*$)))"
)
"""A point after a word of five letters or more, followed by a word in lower case, or by a
capitalised word that another capitalised word follows or that ends the cell."""


def list_commas(cell: str) -> str:
    """A ruled cell's text as OCR read it, with the commas of a list read as points put
    back. At small print Tesseract reads a comma as a point ('Bela Negara. Karakter
    Bangsa. Pembauran Kebangsaan', 'Berbangsa. dan Bernegara'): in a cell, a sentence
    does not go on in lower case, nor as a run of capitalised words, as the items of a
    plan's names do. 'Kab.' and 'dll.' (short) and a sentence's end before 'Data diambil
    ...' stay."""
    return _LIST_POINT.sub(r"\g<word>,", cell)

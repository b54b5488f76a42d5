"""Known misspellings and words glued together by PDF export, in indicator names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex
from renstra.schemas import Document, Finding, Indicator, Settings
from renstra.schemas.finding import Fix

from ..memo import CACHE_SIZE
from ..messages import CATALOGUE, Lang
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- spelling
    "spelling.description": {
        "id": "Salah eja yang dikenal (Presentase, Indek...) atau kata yang tergabung "
        "(IndeksBudayaKerja).",
        "en": "A known misspelling (Presentase, Indek...) or words glued together "
        "(IndeksBudayaKerja).",
    },
    "spelling.example": {
        "id": "'Presentase' -> 'Persentase'",
        "en": "'Presentase' -> 'Persentase'",
    },
    "spelling.why": {
        "id": "Nama indikator yang salah eja atau katanya tergabung (Presentase, "
        "IndeksBudayaKerja) tersalin apa adanya ke aplikasi e-SAKIP dan LKjIP, dan indikator yang "
        "sama dengan ejaan berbeda di Renstra dan IKU sulit dikenali sebagai satu indikator saat "
        "dicari atau dibandingkan. Kesalahan ini termasuk yang paling sering diperbaiki secara "
        "manual oleh pengelola data.",
        "en": "A misspelled or glued name (Presentase, IndeksBudayaKerja) is copied as written "
        "into e-SAKIP and the LKjIP, and one indicator spelt two ways in the Renstra and the IKU "
        "is hard to recognise as one when searched or compared. These are among the slips "
        "stewards most often correct by hand.",
    },
    "spelling.misspelled": {
        "id": "'{word}' pada '{name}' kemungkinan salah eja; gunakan '{correct}'.",
        "en": "'{word}' in '{name}' looks misspelled.",
    },
    "spelling.glued": {
        "id": "'{word}' pada '{name}' tampaknya beberapa kata yang tergabung; "
        "pisahkan menjadi '{correct}'.",
        "en": "'{word}' in '{name}' looks misspelled.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


MISSPELLINGS: dict[str, str] = {
    "presentase": "persentase",
    "prosentase": "persentase",
    "pesersentase": "persentase",
    "persentasi": "persentase",
    "prosentasi": "persentase",
    "indek": "indeks",
    "kwalitas": "kualitas",
    "kwantitas": "kuantitas",
    "aktifitas": "aktivitas",
    "efektifitas": "efektivitas",
    "produktifitas": "produktivitas",
    "obyek": "objek",
    "sistim": "sistem",
    "ijin": "izin",
    "resiko": "risiko",
    "tehnis": "teknis",
    "pelayananan": "pelayanan",
}
WORD = regex.compile(r"\p{L}+")
_GLUED = regex.compile(r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+")
_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+")


@lru_cache(maxsize=16)
def dictionary(extra: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """The built-in list plus configured pairs, keyed by the casefolded misspelling.

    A correction written in plain or title case is stored in lower case so that it takes the
    case of the word it replaces; one with inner capitals (``SAKIP``) is kept as written.
    """
    words = dict(MISSPELLINGS)
    for wrong, right in extra:
        words[wrong.casefold()] = right.lower() if right[1:] == right[1:].lower() else right
    return words


def match_case(word: str, correct: str) -> str:
    if word.isupper():
        return correct.upper()
    if word[:1].isupper():
        return correct[:1].upper() + correct[1:]
    return correct


def misspellings(
    text: str, words: dict[str, str] = MISSPELLINGS
) -> Iterator[tuple[str, str, bool]]:
    """(word as written, suggested spelling, known misspelling?) for every suspicious word;
    the flag is False for glued words, whose split is a guess. ``words``: see ``dictionary``."""
    for match in WORD.finditer(text):
        word = match.group()
        correct = words.get(word.casefold())
        if correct is not None:
            yield word, match_case(word, correct), True
        elif _GLUED.fullmatch(word):
            yield word, " ".join(_CAMEL_PART.findall(word)), False


@lru_cache(maxsize=CACHE_SIZE)
def suspicious_words(
    texts: tuple[str, ...], extra: tuple[tuple[str, str], ...] = ()
) -> tuple[tuple[str, str, bool], ...]:
    """``misspellings`` of all ``texts``, each word once (its first sighting), with the
    configured pairs ``extra``. Kept per texts: indicator names recur across a batch."""
    words = dictionary(extra)
    found: dict[str, tuple[str, str, bool]] = {}
    for text in texts:
        for suspect in misspellings(text, words):
            found.setdefault(suspect[0], suspect)
    return tuple(found.values())


def fix_spelling(document: Document, finding: Finding, settings: Settings) -> list[Fix]:
    word, correct = finding.evidence, finding.suggestion
    if not word or not correct or word.casefold() not in dictionary(settings.misspellings):
        return []
    pattern = regex.compile(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})")
    for i, indicator in enumerate(document.indicators):
        if indicator.id == finding.indicator_id:
            return list(_replace_in(indicator, f"indicators[{i}]", pattern, correct))
    return []


def _replace_in(
    indicator: Indicator, path: str, pattern: regex.Pattern[str], correct: str
) -> Iterator[Fix]:
    def sub(text: str) -> str:
        return pattern.sub(lambda _: correct, text)

    new = sub(indicator.name)
    if new != indicator.name:
        yield Fix(rule="spelling", path=f"{path}.name", old=indicator.name, new=new)
        indicator.name = new
    for j, item in enumerate(indicator.sub_items):
        new = sub(item.name)
        if new != item.name:
            yield Fix(rule="spelling", path=f"{path}.sub_items[{j}].name", old=item.name, new=new)
            item.name = new
    if indicator.unit:
        new = sub(indicator.unit)
        if new != indicator.unit:
            yield Fix(rule="spelling", path=f"{path}.unit", old=indicator.unit, new=new)
            indicator.unit = new


@rule("spelling", "warning", tags=("#spelling",), fix=fix_spelling)
def spelling(document: Document, settings: Settings) -> Iterator[Hit]:
    extra = settings.misspellings
    for indicator in document.indicators:
        texts = (indicator.name, *[item.name for item in indicator.sub_items], indicator.unit or "")
        for word, correct, known in suspicious_words(texts, extra):
            yield finding(
                "spelling",
                "misspelled" if known else "glued",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion=correct,
                evidence=word,
                word=word,
                name=indicator.name,
                correct=correct,
            )

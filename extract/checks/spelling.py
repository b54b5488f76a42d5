"""Known misspellings and words glued together by PDF export, in indicator names."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from renstra.schemas import Document, Finding, Settings

from .registry import finding, rule

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
_WORD = regex.compile(r"\p{L}+")
_GLUED = regex.compile(r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+")
_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+")


def _match_case(word: str, correct: str) -> str:
    if word.isupper():
        return correct.upper()
    if word[:1].isupper():
        return correct[:1].upper() + correct[1:]
    return correct


def misspellings(text: str) -> Iterator[tuple[str, str]]:
    """(word as written, suggested spelling) for every suspicious word in ``text``."""
    for match in _WORD.finditer(text):
        word = match.group()
        correct = MISSPELLINGS.get(word.casefold())
        if correct is not None:
            yield word, _match_case(word, correct)
        elif _GLUED.fullmatch(word):
            yield word, " ".join(_CAMEL_PART.findall(word))


@rule(
    "spelling",
    "warning",
    "A known misspelling (Presentase, Indek...) or words glued together (IndeksBudayaKerja).",
    tags=("#spelling",),
    example="'Presentase' -> 'Persentase'",
)
def spelling(document: Document, settings: Settings) -> Iterator[Finding]:
    for indicator in document.indicators:
        texts = [indicator.name, *(item.name for item in indicator.sub_items)]
        if indicator.unit:
            texts.append(indicator.unit)
        seen: set[str] = set()
        for text in texts:
            for word, correct in misspellings(text):
                if word in seen:
                    continue
                seen.add(word)
                yield finding(
                    "spelling",
                    f"'{word}' in '{indicator.name}' looks misspelled.",
                    indicator.provenance,
                    indicator_id=indicator.id,
                    suggestion=correct,
                )

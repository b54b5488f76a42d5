"""Whether a higher value of an indicator is better, from its wording."""

from __future__ import annotations

from functools import lru_cache

import regex
from renstra.schemas import Polarity

from ..memo import CACHE_SIZE

_LOWER_IS_BETTER = regex.compile(
    r"\b(penurunan|menurunnya|berkurangnya|pengurangan"
    r"|angka (buta aksara|kematian|kesakitan|putus sekolah|pengangguran|kemiskinan|kriminalitas"
    r"|kecelakaan|penyalahgunaan|kesakitan)"
    r"|waktu (rata[- ]rata|rerata|tunggu|tanggap|penyelesaian|pelayanan)"
    r"|lama waktu|rata[- ]rata waktu"
    r"|jumlah (kasus|kejadian|pelanggaran|temuan|tunggakan|korban|pengangguran)|penduduk miskin"
    r"|prevalensi|stunting|gizi buruk|tingkat (pengangguran|kemiskinan|inflasi|kriminalitas)"
    r"|rasio gini|indeks gini|(?<!akta )kematian|inflasi|kemiskinan|rawan pangan)\b",
    regex.IGNORECASE,
)


_COVERAGE = regex.compile(r"^\s*(cakupan|persentase cakupan)\b", regex.IGNORECASE)
"""'Cakupan balita gizi buruk mendapat perawatan' counts care given: higher is better."""


@lru_cache(maxsize=CACHE_SIZE)
def polarity_of(name: str) -> Polarity:
    if _COVERAGE.match(name):
        return "higher-is-better"
    return "lower-is-better" if _LOWER_IS_BETTER.search(name) else "higher-is-better"


_WRITTEN = (
    (regex.compile(r"^\s*(max|maks|maximi[sz]|maksimi[sz]|higher|positi|naik|meningkat|tinggi)",
                   regex.IGNORECASE), "higher-is-better"),
    (regex.compile(r"^\s*(min|minimi[sz]|lower|negati|turun|menurun|rendah)", regex.IGNORECASE),
     "lower-is-better"),
)  # fmt: skip
_SAID = regex.compile(
    r"semakin\s+(?P<dir>tinggi|besar|banyak|meningkat|rendah|kecil|sedikit|menurun)"
    r"[^.;]{0,80}?semakin\s+baik",
    regex.IGNORECASE,
)


def written_polarity(text: str | None) -> Polarity | None:
    """A polarisasi cell or label as written: ``Maximize``, ``Minimize``, ``Positif``..."""
    if not text:
        return None
    for pattern, polarity in _WRITTEN:
        if pattern.match(text):
            return polarity  # type: ignore[return-value]
    return said_polarity(text)


def said_polarity(*texts: str | None) -> Polarity | None:
    """What a sentence says: 'semakin tinggi nilainya semakin baik' (or 'rendah')."""
    for text in texts:
        found = _SAID.search(text) if text else None
        if found:
            lower = found["dir"].lower() in ("rendah", "kecil", "sedikit", "menurun")
            return "lower-is-better" if lower else "higher-is-better"
    return None

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
    r"|rasio gini|indeks gini|kematian)\b",
    regex.IGNORECASE,
)


_COVERAGE = regex.compile(r"^\s*(cakupan|persentase cakupan)\b", regex.IGNORECASE)
"""'Cakupan balita gizi buruk mendapat perawatan' counts care given: higher is better."""


@lru_cache(maxsize=CACHE_SIZE)
def polarity_of(name: str) -> Polarity:
    if _COVERAGE.match(name):
        return "higher-is-better"
    return "lower-is-better" if _LOWER_IS_BETTER.search(name) else "higher-is-better"

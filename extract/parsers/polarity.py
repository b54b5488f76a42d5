"""Whether a higher value of an indicator is better, from its wording."""

from __future__ import annotations

import regex
from renstra.schemas import Polarity

_LOWER_IS_BETTER = regex.compile(
    r"\b(penurunan|menurunnya|berkurangnya|pengurangan"
    r"|angka (buta aksara|kematian|kesakitan|putus sekolah|pengangguran|kemiskinan|kriminalitas"
    r"|kecelakaan|penyalahgunaan|kesakitan)"
    r"|waktu (rata[- ]rata|rerata|tunggu|tanggap|penyelesaian|pelayanan)|lama waktu|rata[- ]rata waktu"
    r"|jumlah (kasus|kejadian|pelanggaran|temuan|tunggakan|korban|penduduk miskin|pengangguran)"
    r"|prevalensi|stunting|gizi buruk|tingkat (pengangguran|kemiskinan|inflasi|kriminalitas)"
    r"|rasio gini|indeks gini|kematian)\b",
    regex.IGNORECASE,
)


def polarity_of(name: str) -> Polarity:
    return "lower-is-better" if _LOWER_IS_BETTER.search(name) else "higher-is-better"

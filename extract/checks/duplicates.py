"""The same indicator written twice in one table (a copy-paste slip)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex
from renstra.schemas import Document, Indicator, Settings

from ..memo import CACHE_SIZE
from ..messages import CATALOGUE, Lang, msg
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- duplicate-indicator
    "duplicate-indicator.description": {
        "id": "Indikator yang sama muncul dua kali dalam satu tabel.",
        "en": "The same indicator appears twice in one table.",
    },
    "duplicate-indicator.example": {
        "id": "dua baris bernama 'Indeks Kepuasan Masyarakat'",
        "en": "two rows named 'Indeks Kepuasan Masyarakat'",
    },
    "duplicate-indicator.why": {
        "id": "Indikator yang berulang akan tercatat di aplikasi e-SAKIP sebagai dua data untuk "
        "satu ukuran kinerja, masing-masing dengan target dan realisasinya sendiri, sehingga "
        "capaian perangkat daerah terhitung ganda atau terpecah. Biasanya ini kekeliruan "
        "salin-tempel, dan indikator yang seharusnya berada di baris itu bisa jadi terlewat.",
        "en": "A repeated indicator enters e-SAKIP applications as two records of one measure, "
        "each with its own targets and realisasi, so the OPD's achievement is counted twice or "
        "split. It is usually a copy-paste slip, and the indicator that belonged in that row may "
        "be missing.",
    },
    "duplicate-indicator.at-line": {
        "id": "'{name}' sudah ada di tabel ini (baris {where}).",
        "en": "'{name}' already appears in this table (at line {where}).",
    },
    "duplicate-indicator.at-row": {
        "id": "'{name}' sudah ada di tabel ini (baris tabel {where}).",
        "en": "'{name}' already appears in this table (at row {where}).",
    },
    "duplicate-indicator.suggestion": {
        "id": "Hapus baris yang berulang, atau perbaiki namanya.",
        "en": "Remove the repeated row, or correct its name.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


_NON_WORD = regex.compile(r"[\W_]+")


@lru_cache(maxsize=CACHE_SIZE)
def indicator_key(name: str) -> str:
    return _NON_WORD.sub(" ", name.casefold()).strip()


@rule("duplicate-indicator", "warning", tags=("#indicator",))
def duplicate_indicator(document: Document, settings: Settings) -> Iterator[Hit]:
    first: dict[tuple[int | None, str], Indicator] = {}
    for indicator in document.indicators:
        key = (indicator.provenance.table, indicator_key(indicator.name))
        earlier = first.setdefault(key, indicator)
        if earlier is indicator:
            continue
        line = earlier.provenance.line
        yield finding(
            "duplicate-indicator",
            "at-line" if line else "at-row",
            indicator.provenance,
            indicator_id=indicator.id,
            suggestion=msg("duplicate-indicator.suggestion"),
            name=indicator.name,
            where=line or earlier.provenance.row,
        )

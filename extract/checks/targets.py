"""Rules on target cells."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings

from ..messages import CATALOGUE, Lang
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- target-missing
    "target-missing.description": {
        "id": "Sel target kosong (isian pengganti seperti '-' atau 'n/a' dianggap terisi).",
        "en": "A target cell is empty (a placeholder such as '-' or 'n/a' is written, "
        "so not empty).",
    },
    "target-missing.example": {
        "id": "sel kosong di bawah TAHUN KE-3",
        "en": "an empty cell under TAHUN KE-3",
    },
    "target-missing.why": {
        "id": "Tahun tanpa target tidak memiliki acuan untuk mengukur realisasi: capaian tahun itu "
        "tidak dapat dihitung dalam LKjIP, dan isian target di aplikasi e-SAKIP tetap kosong. Sel "
        "kosong tidak membedakan target yang lupa diisi dari tahun yang memang tidak bertarget; "
        "untuk yang kedua, tanda '-' atau 'n/a' menyatakannya dengan jelas.",
        "en": "A year with no target has nothing to measure the realisasi against: the capaian for "
        "that year cannot be computed in the LKjIP, and the target field in e-SAKIP stays empty. "
        "A blank cell cannot tell a forgotten target from a year that has none; for the latter, a "
        "'-' or 'n/a' says so plainly.",
    },
    "target-missing.year": {
        "id": "'{name}' tidak memiliki target untuk tahun {year}.",
        "en": "'{name}' has no target for year {year}.",
    },
    "target-missing.column": {
        "id": "'{name}' tidak memiliki target pada kolom target ke-{column}.",
        "en": "'{name}' has no target for target column {column}.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


@rule("target-missing", "error", tags=("#target",))
def target_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        for target in indicator.targets:
            if target.kind != "empty":
                continue
            yield finding(
                "target-missing",
                "year" if target.year else "column",
                target.provenance or indicator.provenance,
                indicator_id=indicator.id,
                name=indicator.name,
                year=target.year,
                column=target.year_index,
            )

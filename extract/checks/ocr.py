"""Rules on values read by OCR: a number OCR may have misread is flagged, never trusted.

- ``ocr-suspect-number`` (warning): a target or baseline read by OCR (its location has a
  confidence) whose text mixes digits with letters OCR takes digits for: ``8S`` (85?),
  ``1O0`` (100?), ``l5`` (15?). The value parser reads ``8S`` as 8 with a unit 'S', so
  without this rule a misread digit would pass as a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from renstra.schemas import Document, Settings, Target

from ..messages import CATALOGUE, Lang, msg
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    "ocr-suspect-number.description": {
        "id": "Nilai target atau baseline hasil OCR mencampur angka dengan huruf yang sering "
        "tertukar dengan angka (S/5, O/0, l/1, B/8): angkanya mungkin salah baca.",
        "en": "A target or baseline read by OCR mixes digits with letters OCR mistakes for "
        "digits (S/5, O/0, l/1, B/8): its number may be misread.",
    },
    "ocr-suspect-number.example": {
        "id": "'8S' di kolom target (85?)",
        "en": "'8S' in a target column (85?)",
    },
    "ocr-suspect-number.why": {
        "id": "OCR kadang membaca angka 5 sebagai S, 0 sebagai O, atau 1 sebagai l. Nilai '8S' "
        "terbaca sebagai 8 dengan satuan 'S', sehingga target 85 tercatat 8 tanpa tanda apa pun, "
        "lalu capaian dan perbandingan dengan Renstra ikut salah. Hanya pembanding dengan hasil "
        "pindaian yang dapat memastikan nilainya.",
        "en": "OCR sometimes reads a 5 as S, a 0 as O or a 1 as l. '8S' is read as 8 with a unit "
        "'S', so a target of 85 would be recorded as 8 with no sign of it, and the achievement "
        "and the comparison with the Renstra would be wrong with it. Only a look at the scan can "
        "settle the value.",
    },
    "ocr-suspect-number.message": {
        "id": "Nilai '{value}' untuk '{name}' dibaca dengan OCR dan mencampur angka dengan huruf "
        "yang mirip angka; angkanya mungkin salah baca.",
        "en": "The value '{value}' of '{name}' was read by OCR and mixes digits with letters that "
        "look like digits; its number may be misread.",
    },
    "ocr-suspect-number.suggestion": {
        "id": "Periksa sel itu pada hasil pindaian dan perbaiki nilainya.",
        "en": "Check the cell against the scan and correct the value.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)

LOOKALIKES = "OoDQIl|!SsBZzGgq"
"""Letters (and marks) OCR reads in place of a digit: O, D and Q for 0; I, l, | and ! for 1;
S for 5; B for 8; Z for 2; G for 6; g and q for 9."""
_SUSPECT = re.compile(
    rf"(?<=\d)[{re.escape(LOOKALIKES)}]{{1,2}}(?![^\W\d_])"
    rf"|(?<![^\W\d_])[{re.escape(LOOKALIKES)}]{{1,2}}(?=\d)"
)
"""One or two look-alikes glued to a digit and not part of a longer word: '8S', '1O0', 'l5',
but not '5 Sekolah', '12bh' or '100Dokumen'."""


def suspect(text: str) -> bool:
    """Whether ``text`` mixes digits with letters OCR takes for digits."""
    return any(ch.isdigit() for ch in text) and _SUSPECT.search(text) is not None


@rule("ocr-suspect-number", "warning", tags=("#target", "#source"))
def ocr_suspect_number(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        values = [indicator.baseline, *indicator.targets, indicator.final_target]
        for value in _with_reported(v for v in values if v is not None):
            where = value.provenance
            if where is None or where.confidence is None or not suspect(value.text):
                continue
            yield finding(
                "ocr-suspect-number",
                "message",
                where,
                indicator_id=indicator.id,
                suggestion=msg("ocr-suspect-number.suggestion"),
                evidence=value.text,
                value=value.text,
                name=indicator.name,
            )


def _with_reported(values: Iterator[Target]) -> Iterator[Target]:
    """Each value, then its realisasi and capaian (an LKjIP's), read from the same scan."""
    for value in values:
        yield value
        yield from (v for v in (value.realization, value.achievement) if v is not None)

"""Rules on values read by OCR: a number OCR may have misread is flagged, never trusted.

- ``ocr-suspect-number`` (warning): a target or baseline read by OCR (its location has a
  confidence) whose text mixes digits with letters OCR takes digits for: ``8S`` (85?),
  ``1O0`` (100?), ``l5`` (15?). The value parser reads ``8S`` as 8 with a unit 'S', so
  without this rule a misread digit would pass as a number. Also one whose number is ten
  times (or a tenth of) the indicator's other values read by OCR: a decimal point lost or
  a digit added ('861' among 85.5, 86.0 and 86.5; '41' between 4 and 4.2), which no letter
  betrays; and one read without decimals where the others have them and where, given them,
  it would fall among them ('1339' among 13.23 and 13.49, perhaps 13.39).
- The same for a budget: an amount out of scale with its row's other years ('3.000' among
  30.000s), or far above its column ('637.571.904' where the column's amounts, in
  thousands, run to a few million: a decimal comma read as a thousands mark, which makes
  it a thousand times itself), or written without marks in a row whose years do not add up
  to its period end (checks/ocr_amounts.py). Where the amount's marks show how, the finding
  says what it may be ('637.571,904'); the value itself is never changed. And a lone digit
  breaking a row of equal targets ('1 2 1 1 1'): what OCR reads worst.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from renstra.schemas import Document, Settings, Target

from ..messages import CATALOGUE, Lang, msg
from .ocr_amounts import out_of_scale, suspect_amounts
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
    "ocr-suspect-number.message-scale": {
        "id": "Nilai '{value}' untuk '{name}' dibaca dengan OCR dan sekitar {times} kali nilai "
        "lain indikator ini ({others}); titik desimal mungkin hilang atau angka salah baca.",
        "en": "The value '{value}' of '{name}' was read by OCR and is about {times} times the "
        "indicator's other values ({others}); a decimal point may be lost or a digit misread.",
    },
    "ocr-suspect-number.message-decimal": {
        "id": "Nilai '{value}' untuk '{name}' dibaca dengan OCR tanpa desimal, sedangkan nilai "
        "lain indikator ini bertitik desimal ({others}); mungkin maksudnya {meant}.",
        "en": "The value '{value}' of '{name}' was read by OCR without decimals where the "
        "indicator's other values have them ({others}); it may be {meant}.",
    },
    "ocr-suspect-number.message-lone": {
        "id": "Nilai '{value}' untuk '{name}' dibaca dengan OCR sebagai satu angka yang berbeda "
        "dari target tahun-tahun lain yang semuanya sama ({others}); mungkin salah baca.",
        "en": "The value '{value}' of '{name}' was read by OCR as one digit unlike the other "
        "years' targets, all the same ({others}); it may be misread.",
    },
    "ocr-suspect-number.message-grouping": {
        "id": "Jumlah '{value}' untuk '{name}' dibaca dengan OCR dan pemisah ribuannya tidak "
        "tiap tiga angka; mungkin ada angka yang salah baca atau hilang.",
        "en": "The amount '{value}' of '{name}' was read by OCR and its thousands marks are not "
        "every three digits; a digit may be misread or lost.",
    },
    "ocr-suspect-number.message-column": {
        "id": "Jumlah '{value}' untuk '{name}' dibaca dengan OCR dan sekitar {times} kali "
        "median jumlah lain di kolomnya ({median}); tanda desimal mungkin terbaca sebagai "
        "pemisah ribuan, atau tanda hilang.",
        "en": "The amount '{value}' of '{name}' was read by OCR and is about {times} times the "
        "median of the other amounts in its column ({median}); a decimal mark may be read as "
        "a thousands mark, or a mark lost.",
    },
    "ocr-suspect-number.message-column-meant": {
        "id": "Jumlah '{value}' untuk '{name}' dibaca dengan OCR dan sekitar {times} kali "
        "median jumlah lain di kolomnya ({median}); tanda desimal mungkin terbaca sebagai "
        "pemisah ribuan: mungkin maksudnya {meant}.",
        "en": "The amount '{value}' of '{name}' was read by OCR and is about {times} times the "
        "median of the other amounts in its column ({median}); a decimal mark may be read as "
        "a thousands mark: it may be {meant}.",
    },
    "ocr-suspect-number.message-row-amount": {
        "id": "Jumlah '{value}' untuk '{name}' dibaca dengan OCR dan sekitar {times} kali "
        "jumlah tahun lain baris ini ({others}); angka mungkin salah baca atau hilang.",
        "en": "The amount '{value}' of '{name}' was read by OCR and is about {times} times the "
        "row's other years ({others}); a digit may be misread or lost.",
    },
    "ocr-suspect-number.message-row-sum": {
        "id": "Jumlah '{value}' untuk '{name}' dibaca dengan OCR tanpa pemisah ribuan, dan "
        "anggaran tahun-tahun baris ini tidak berjumlah sama dengan kolom akhir periodenya; "
        "mungkin ada angka yang salah baca.",
        "en": "The amount '{value}' of '{name}' was read by OCR without thousands marks, and "
        "the row's yearly budgets do not add up to its period-end column; a digit may be "
        "misread.",
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
    if not any(note.code == "ocr-page" for note in document.source.notes):
        return  # nothing was read by OCR: the rule costs born-digital files one look
    for indicator in document.indicators:
        values = [indicator.baseline, *indicator.targets, indicator.final_target]
        present = [v for v in values if v is not None]
        scanned = [v for v in _with_reported(iter(present)) if _by_ocr(v)]
        # each value read without its row's decimals, and what it may be: once per row
        lost = {id(v): _decimal_lost(v, _without(present, v)) for v in present if _by_ocr(v)}
        for value in scanned:
            where = value.provenance
            assert where is not None
            suggestion = msg("ocr-suspect-number.suggestion")
            if suspect(value.text):
                yield finding(
                    "ocr-suspect-number", "message", where, indicator_id=indicator.id,
                    suggestion=suggestion, evidence=value.text, value=value.text,
                    name=indicator.name,
                )  # fmt: skip
                continue
            if not any(v is value for v in present):
                continue  # a realisasi or capaian (%): of another scale than the targets
            others_read = [v for v in present if v is not value and _by_ocr(v)]
            meant = lost[id(value)]
            if meant is not None:
                yield finding(
                    "ocr-suspect-number", "message-decimal", where, indicator_id=indicator.id,
                    suggestion=suggestion, evidence=value.text, value=value.text,
                    name=indicator.name, meant=meant,
                    others=", ".join(v.text for v in others_read if _decimals(v.text)),
                )  # fmt: skip
                continue
            if _lone_odd(value, indicator.targets):
                yield finding(
                    "ocr-suspect-number", "message-lone", where, indicator_id=indicator.id,
                    suggestion=suggestion, evidence=value.text, value=value.text,
                    name=indicator.name,
                    others=", ".join(t.text for t in indicator.targets if t is not value),
                )  # fmt: skip
                continue
            trusted = [v for v in others_read if lost[id(v)] is None]
            fellows = [v.value for v in trusted]
            times = out_of_scale(value.value, fellows, _neighbours(present, value))
            if times is not None:
                others = ", ".join(f"{v:g}" for v in fellows if v is not None)
                yield finding(
                    "ocr-suspect-number", "message-scale", where, indicator_id=indicator.id,
                    suggestion=suggestion, evidence=value.text, value=value.text,
                    name=indicator.name, times=times, others=others,
                )  # fmt: skip
    yield from suspect_amounts(document)


def _without(values: list[Target], value: Target) -> list[Target]:
    return [v for v in values if v is not value and _by_ocr(v)]


_DECIMALS = re.compile(r"\d[.,](\d{1,3})(?!\d)")
_DECIMAL_MARK = re.compile(r"(\d[.,])\d{1,2}(?!\d)")
WIDEN = 1.5
"""How far past the other values' range a number with its decimal point back may fall."""


def _decimals(text: str) -> int:
    """The decimals written in ``text`` ('13.39' 2, '86,1' 1, '1.250.000' 0)."""
    found = _DECIMALS.findall(text)
    return len(found[-1]) if len(found) == 1 and len(found[-1]) < 3 else 0


def _decimal_lost(value: Target, others: list[Target]) -> str | None:
    """The number ``value`` would be with the decimals the indicator's other values are
    written with ('1339' among 13.23 and 13.49: '13.39'), where that lands among them and
    the number as read does not; None otherwise."""
    if value.value is None or value.value <= 0 or _decimals(value.text) or "." in value.text:
        return None
    written = [(v.value, _decimals(v.text)) for v in others if v.value is not None]
    places = [d for _, d in written if d]
    if len(places) < 2:
        return None
    numbers = [n for n, d in written if d]
    low, high = min(numbers) / WIDEN, max(numbers) * WIDEN
    if low <= value.value <= high:
        return None
    usual = sorted(set(places), key=lambda d: (-places.count(d), d))
    for shift in [*usual, *(d for d in (1, 2) if d not in usual)]:
        meant = value.value / 10**shift
        if low <= meant <= high:
            mark = next(m[0][1] for v in others if (m := _DECIMAL_MARK.findall(v.text)))
            return f"{meant:.{shift}f}".replace(".", mark)
    return None


def _neighbours(values: list[Target], value: Target) -> list[float | None]:
    """The numbers just before and after ``value`` in the indicator's row of values."""
    i = next(k for k, v in enumerate(values) if v is value)
    return [v.value for v in (values[i - 1 : i] + values[i + 1 : i + 2])]


def _lone_odd(value: Target, targets: list[Target]) -> bool:
    """Whether ``value`` is one digit read by OCR that breaks a row of targets otherwise all
    the same, with targets on both sides of it ('1 2 1 1 1'): a lone digit in a wide cell is
    what OCR reads worst, and a plan does not step up for one year and back."""
    i = next((k for k, t in enumerate(targets) if t is value), None)
    if i is None or i == 0 or i == len(targets) - 1 or len(value.text.strip()) != 1:
        return False
    others = [t.value for t in targets if t is not value and t.value is not None]
    return len(others) >= MIN_SAME and len(set(others)) == 1 and value.value not in others


MIN_SAME = 3
"""Other targets (empty ones aside, OCR may have lost them) a row needs to be all the same."""


def _by_ocr(value: Target) -> bool:
    return value.provenance is not None and value.provenance.confidence is not None


def _with_reported(values: Iterator[Target]) -> Iterator[Target]:
    """Each value, then its realisasi and capaian (an LKjIP's), read from the same scan."""
    for value in values:
        yield value
        yield from (v for v in (value.realization, value.achievement) if v is not None)

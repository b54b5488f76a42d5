"""A row of budgets OCR read, its marks settled by the row's own total.

A T-C.27 gives each year's pagu and, in the period's end column, their sum. Tesseract reads
the digits of small print well and its marks badly: on a scanned T-C.27 in thousands of
rupiah, '637.571,904' came out '637.571.904' (a thousand times the amount),
'3.359.037,616' '3359.037,616' (no amount at all), '593.811,9' '593.8119', '126.750'
'126750'. The digits are right; where the points and the comma go is what is unsure.

So, in a row whose cells OCR read (their positions have a confidence), each cell made of
digits and marks may stand for its digits with 0 to MAX_DECIMALS of them after the comma,
and a reading of one or two characters for a lone 0.
Where exactly one choice, changing the fewest readings, makes the years add up to the end
column, the row is written that way: each cell's amount from its choice, its text as the
column writes it (points between thousands, a comma before the decimals). A reading that
already adds up is kept, its text written so. Nothing is guessed when no choice or more than
one adds up, a cell holds letters, or a row has no end column. Digits are never
changed but for a lone 0, and each cell whose amount changed is reported with what OCR
read (``ocr-mended``).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import regex

from . import lookalikes

MAX_DECIMALS = 3
"""A column in thousands writes at most three decimals (whole rupiah)..."""
MAX_SEN = 2
"""... a column in rupiah at most two (sen): '200,000,000' there is never 200.000,000."""
THOUSANDS = 1000
MAX_CELLS = 8
"""Years and the end column: a plan has five or six years; more is no T-C.27 row."""
MAX_DIGITS = 16
MAX_CHOICES = 20_000
"""Ways to read a row tried at most: a T-C.27 row of six cells has a few hundred; a row
of eight cells each unsure every way (a hostile scan) is left as read, not searched."""
LONE = 2
"""Characters at most of a reading that may be a lone '0': alone in a wide cell, it is what
OCR reads worst ('2', '19', 'o', "O'", '@|' on the T-C.27 twin's first year)."""
_MARKED_DIGITS = regex.compile(rf"[0-9{lookalikes.CLASS}.,;:]+")
"""Digits, their lookalikes and marks, a comma read as ';' or ':' among them."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a cell: its amount in the column's unit, as many decimals as read."""

    value: Decimal


@dataclass(frozen=True, slots=True)
class Mend:
    """A cell whose amount the row's total changed, and what OCR had read."""

    cell: dict[str, Any]
    read: str


def settle(years: list[dict[str, Any]], end: dict[str, Any] | None) -> list[Mend]:
    """Settle, in place, the budget fields (``_budget``'s dicts) of one row: ``years`` in
    column order and ``end``, the period's end column. The cells whose amount changed."""
    if end is None or not years or len(years) + 1 > MAX_CELLS:
        return []
    cells = [*years, end]
    if not any(_scanned(c) for c in cells):
        return []
    options = [_readings(c) for c in cells]
    if any(not o for o in options) or math.prod(len(o) for o in options) > MAX_CHOICES:
        return []
    best: list[tuple[int, tuple[Reading, ...]]] = []
    for choice in itertools.product(*options):
        if sum((r.value for r in choice[:-1]), Decimal(0)) != choice[-1].value:
            continue
        cost = sum(_changed(c, r) for c, r in zip(cells, choice, strict=True))
        if best and cost > best[0][0]:
            continue
        if best and cost < best[0][0]:
            best = []
        best.append((cost, choice))
    if len(best) != 1:
        return []
    comma_thousands = _comma_thousands(cells)
    mends = []
    for cell, reading in zip(cells, best[0][1], strict=True):
        if not cell["text"]:
            continue
        amount = _amount(reading.value, cell["scale"])
        if amount == cell["amount"] and _WELL_FORMED.fullmatch(cell["text"]):
            continue
        if amount != cell["amount"]:
            mends.append(Mend(cell, cell["text"]))
        text = _written(reading.value)
        if comma_thousands:
            text = text.translate(_SWAP_MARKS)
        cell["amount"], cell["text"] = amount, text
    return mends


_WELL_FORMED = regex.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
"""A number written whole, in either way: '637.571,904', '200,000,000', '0'."""
_DOT_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
_SWAP_MARKS = str.maketrans(".,", ",.")


def _comma_thousands(cells: list[dict[str, Any]]) -> bool:
    """Whether the row writes its thousands with commas, as exports do ('200,000,000'):
    more of its cells read so than with points."""
    commas = sum(bool(_COMMA_THOUSANDS.fullmatch(c["text"])) for c in cells)
    points = sum(bool(_DOT_THOUSANDS.fullmatch(c["text"])) for c in cells)
    return commas > points


def _scanned(cell: dict[str, Any]) -> bool:
    return cell["provenance"].confidence is not None


def _readings(cell: dict[str, Any]) -> list[Reading]:
    """The ways to read ``cell``: an empty one is nothing (0); a cell parsed as an amount is
    that amount first; one OCR read as digits and marks may also be its digits whole (its
    marks misplaced: '1000,000,000'), or with the last mark read as the decimal comma
    ('637.571.904' -> 637.571,904), or, where no mark stands among its last digits
    ('2206431346', '593.8119'), with a comma lost before the last one, two or three of them
    (two at most in a column in rupiah). Any other reading would move marks OCR did see."""
    text = "".join(cell["text"].split())
    if not text:
        return [Reading(Decimal(0))]
    readings = []
    if cell["amount"] is not None:
        readings.append(Reading(Decimal(cell["amount"]) / cell["scale"]))
    if _scanned(cell) and len(text) <= LONE and all(r.value != 0 for r in readings):
        readings.append(Reading(Decimal(0)))
    if not _scanned(cell) or not _MARKED_DIGITS.fullmatch(text):
        return readings
    text = text.translate(lookalikes.DIGITS)
    digits = "".join(c for c in text if c.isdigit())
    if not digits or len(digits) > MAX_DIGITS:
        return readings
    most = min(MAX_DECIMALS if cell["scale"] >= THOUSANDS else MAX_SEN, len(digits) - 1)
    after = len(text) - 1 - max((text.rfind(m) for m in MARKS), default=-1)
    decimals = [0, after] if after <= most else list(range(most + 1))
    for d in decimals:
        reading = Reading(Decimal(digits).scaleb(-d))
        if all(r.value != reading.value for r in readings):
            readings.append(reading)
    return readings


MARKS = ".,;:"


def _written(value: Decimal) -> str:
    """``value`` as a column in thousands writes it: '637.571,904', '126.750', '0'."""
    whole, _, fraction = f"{value:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


def _changed(cell: dict[str, Any], reading: Reading) -> int:
    """1 when ``reading`` gives ``cell`` another amount than its own reading did."""
    if not cell["text"]:
        return 0
    return int(cell["amount"] != _amount(reading.value, cell["scale"]))


def _amount(value: Decimal, scale: int) -> int:
    return int((value * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))

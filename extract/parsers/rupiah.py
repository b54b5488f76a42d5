"""Rupiah amounts as planning documents write them, as exact integers (issue 14's T-C.27, PK
and Renja budgets).

Written forms: ``Rp 1.250.000.000``, ``Rp. 789.374,-``, ``38,592,428,000`` (exports), ``IDR
5.000.000``, ``1,25 M``, ``250 juta``, ``Rp 3,5 miliar``, and bare ``68.945.785`` in a
column whose header sets the unit: ``(Rp.000)`` or ``(dalam ribuan)`` multiplies by a
thousand, ``(Rp juta)`` by a million. Indonesian writes the thousands with dots and the
decimals with a comma; a dot followed by exactly three digits is a thousands dot, any other
dot (``1.5 M``) a decimal one. Arithmetic is decimal, never binary floating point, so ``1,25
M`` is exactly 1,250,000,000; a fraction of a rupiah (``789.374,50``) is rounded half up,
the raw text kept. Anything else (a placeholder ``-``, words, two numbers) is not an amount:
None, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import regex

MAX_CHARS = 60
"""Longer cells are not one amount; the bound also keeps the patterns linear."""

SCALE_WORDS: dict[str, int] = {
    "rb": 10**3,
    "ribu": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "m": 10**9,
    "milyar": 10**9,
    "miliar": 10**9,
    "t": 10**12,
    "triliun": 10**12,
}
"""Words after a number that scale it (``M`` is miliar in Indonesian budgets, not million)."""

_AMOUNT = regex.compile(
    r"""^(?:(?:rp|idr)\.?\s*)?
    (?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d+)?)
    \s*(?P<word>[[:alpha:]]+\.?)?
    \s*(?:,-|\.-|-)?$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_SCALE_HEADER = regex.compile(
    r"""rp\.?\s*\.?0{3}\b|\(\s*000\s*\)
    |(?P<thousands>ribuan)|(?P<millions>jutaan|rp\.?\s*juta)|(?P<billions>miliaran|rp\.?\s*miliar)""",
    regex.IGNORECASE | regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Rupiah:
    amount: int
    """In rupiah, the column's scale applied."""
    raw: str


def parse_rupiah(text: str, scale: int = 1) -> Rupiah | None:
    """The amount ``text`` writes, times ``scale`` (see ``column_scale``); None when the text
    is not one amount."""
    raw = text.strip()
    if not raw or len(raw) > MAX_CHARS:
        return None
    match = _AMOUNT.match(" ".join(raw.split()))
    if match is None:
        return None
    factor = 1
    word = (match["word"] or "").rstrip(".").casefold()
    if word:
        if word not in SCALE_WORDS:
            return None
        factor = SCALE_WORDS[word]
    number = _decimal(match["number"], scaled=bool(word))
    if number is None:
        return None
    amount = (number * factor * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Rupiah(int(amount), raw)


_COMMA_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")


def _decimal(number: str, *, scaled: bool) -> Decimal | None:
    """``1.250.000`` and ``1.250`` are thousands; ``1,25`` a decimal comma; ``1.5`` a decimal
    dot only before a scale word (``1.5 M``): a bare ``1.5`` rupiah is no amount. Comma
    groups of three digits (``38,592,428,000``, ``1,250``: an English-style export) are
    thousands where no scale word follows (``1,250 M`` is 1.25 miliar)."""
    if not scaled and _COMMA_THOUSANDS.fullmatch(number):
        text = number.replace(",", "")
    elif "," in number:
        whole, _, fraction = number.partition(",")
        text = whole.replace(".", "") + "." + fraction
    elif "." in number:
        groups = number.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            text = number.replace(".", "")
        elif scaled and len(groups) == 2:
            text = number
        else:
            return None
    else:
        text = number
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None


def column_scale(header: str) -> int:
    """What a budget column's header says its numbers are in: ``(Rp.000)`` and
    ``(dalam ribuan)`` thousands, ``(Rp juta)`` millions, ``(Rp miliar)`` billions; 1 when
    it says nothing."""
    match = _SCALE_HEADER.search(header[:200])
    if match is None:
        return 1
    if match["millions"]:
        return 10**6
    if match["billions"]:
        return 10**9
    return 10**3

"""Parse one target / baseline cell (``85 %``, ``1.250``, ``69,1-69,5``, ``BB``, ``n/a``).

Numbers follow Indonesian habits (comma decimal, dot thousands) unless the text or the
``decimal`` hint says otherwise; see ``parse_value``. Leading comparison signs
(``≥ ≤ > < ±``) are dropped: the value is kept and nothing of the sign goes into the unit.
The raw text is the caller's to keep; only the parsed parts are returned here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..memo import CACHE_SIZE
from .predicates import predicate_rank


@dataclass(frozen=True, slots=True)
class ParsedValue:
    value: float | None
    """A number only when the text IS one number; never guessed."""
    kind: str
    """One of ``KINDS``."""
    unit: str | None
    """``%``, ``bh``, ``hari``, ``Rp``... as written (trimmed); None if none."""
    low: float | None = None
    high: float | None = None


KINDS = frozenset({"number", "range", "change", "predicate", "text", "placeholder", "empty"})

_EMPTY = ParsedValue(None, "empty", None)
_TEXT = ParsedValue(None, "text", None)
_PLACEHOLDER = ParsedValue(None, "placeholder", None)
_PREDICATE = ParsedValue(None, "predicate", None)

DASHES = frozenset({"-", "--", "–", "—"})
"""A dash alone in a cell: nothing written there (a text field's '-' is no sumber data)."""
_PLACEHOLDERS = DASHES | {"---", "−", "‐", "n/a", "na", "n.a", "n.a.", "#n/a"}
_MAX_UNIT = 40
"""A longer tail after a number is a sentence, not a unit: the cell is text."""

_NUM = r"[0-9](?:[0-9.,]*[0-9])?"
_RP = r"[Rr][Pp]\.?\s*"
_UNIT = r"[%‰]|[^\W\d_][^\n]*"
_BOUND = (
    r"(?:[<>]=?|[≥≤±]|(?i:minimal|min\.|maksimal|maks\.|paling\s+(?:sedikit|banyak)"
    r"|sekurang-kurangnya|setinggi-tingginya))"
)
"""A bound before the number ('≥ 85', 'Minimal 80%'): the target is that number."""
_CHANGE = re.compile(
    r"(?i:(?P<up>naik|meningkat|bertambah)|turun|menurun|berkurang)\s+(?:(?i:sebesar)\s+)?"
    r"(?P<rest>\S.*)"
)
"""'Naik 5%', 'Turun 2%': a change from the year before, not a level."""
_NUMBER = re.compile(
    rf"(?:{_BOUND}\s*)?(?P<rp>{_RP})?(?P<neg>[-−+]\s*)?(?P<num>{_NUM})"
    rf"(?:[.,]-+)?\s*(?P<unit>{_UNIT})?"
)
_RANGE = re.compile(
    rf"(?P<lrp>{_RP})?(?P<lo>{_NUM})\s*(?:(?P<lu>[%‰]|[^\W\d_]+)\s*)?"
    r"(?:-+|[–—~]|s\.?\s?d\.?|s/d\.?|sampai(?:\s+dengan)?|hingga)"
    rf"\s*(?P<hrp>{_RP})?(?P<hi>{_NUM})\s*(?P<hu>{_UNIT})?",
    re.IGNORECASE,
)
"""The unit before the separator sits in one optional group with the spaces after it: two
``\\s*`` around an optional unit split a run of spaces every possible way (cubic)."""
_DIGIT = re.compile(r"[0-9]")
_PER = re.compile(r"per\b", re.IGNORECASE)


def _grouped(s: str, sep: str) -> bool:
    """True when ``s`` is digits in valid thousands groups (``1.250.000``)."""
    head, *rest = s.split(sep)
    return (
        0 < len(head) <= 3
        and head[0] != "0"
        and head.isdigit()
        and all(len(g) == 3 and g.isdigit() for g in rest)
    )


def _to_float(s: str, decimal: str | None, rupiah: bool) -> float | None:
    """Read digits with ``.``/``,`` separators; None when the grouping is not a number's."""
    dot = s.count(".")
    comma = s.count(",")
    if not dot and not comma:
        return float(s)
    if dot and comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        whole, _, frac = s.rpartition(dec)
        if dec in whole or not _grouped(whole, "," if dec == "." else "."):
            return None
        return float(f"{whole.replace(',', '').replace('.', '')}.{frac}")
    sep = "." if dot else ","
    if dot + comma > 1:
        return float(s.replace(sep, "")) if _grouped(s, sep) else None
    head, _, tail = s.partition(sep)
    if len(tail) == 3 and len(head) <= 3 and head[0] != "0":
        # 1.250 / 1,250: thousands or decimal, decided by context
        if rupiah:
            thousands = True
        elif decimal is not None:
            thousands = sep != decimal
        else:
            thousands = sep == "."
        if thousands:
            return float(head + tail)
    return float(f"{head}.{tail}")


def _number(m: re.Match[str], decimal: str | None) -> ParsedValue:
    rupiah = m["rp"] is not None
    value = _to_float(m["num"], decimal, rupiah)
    if value is None or not math.isfinite(value):
        return _TEXT
    neg = m["neg"]
    if neg is not None and neg[0] != "+":
        value = -value
    unit = m["unit"]
    if unit is not None and len(unit) > _MAX_UNIT:
        return _TEXT
    if rupiah:
        unit = "Rp" if unit is None else f"Rp {unit}"
    return ParsedValue(value, "number", unit)


def _range(s: str, decimal: str | None) -> ParsedValue | None:
    m = _RANGE.fullmatch(s)
    if m is None:
        return None
    rupiah = m["lrp"] is not None or m["hrp"] is not None
    low = _to_float(m["lo"], decimal, rupiah)
    high = _to_float(m["hi"], decimal, rupiah)
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return None
    lu, hu = m["lu"], m["hu"]
    if lu is not None and hu is not None and lu.casefold() != hu.casefold():
        return None
    unit = hu if hu is not None else lu
    if unit is not None and (len(unit) > _MAX_UNIT or _DIGIT.search(unit)):
        return None
    if rupiah:
        unit = "Rp" if unit is None else f"Rp {unit}"
    return ParsedValue(None, "range", unit, low, high)


def parse_value(text: str, *, decimal: str | None = None) -> ParsedValue:
    """Parse one cell. ``decimal`` (``","`` / ``"."``) is the row/column's decimal separator.

    Separators: with both ``.`` and ``,`` the last one is the decimal; one separator
    repeated in 3-digit groups is thousands; one separator followed by 1, 2 or 4+ digits
    (or after a leading ``0``, or after 4+ digits) is the decimal. A lone separator before
    exactly 3 digits (``1.250``) is thousands in a rupiah amount, else follows ``decimal``,
    else dot = thousands, comma = decimal. Badly grouped digits (``1.02.01``) are text.
    A unit holding digits is accepted only after ``per`` (``per 100.000 KH``).
    Never raises on a string.
    """
    if decimal is not None and decimal not in (",", "."):
        raise ValueError(f"decimal must be ',' or '.', not {decimal!r}")
    return _parse_value(text, decimal)


MAX_VALUE_CHARS = 120
"""A target cell longer than this is text: no number, range or predicate is written so long.
No pattern of this module runs over a longer cell (``parse_value``, ``_numerals``), so each
cell costs at most a constant, whatever the patterns' backtracking (``_RANGE`` was cubic in
runs of spaces: 32 KB took 5.6 s in ``parse_value``, 64 KB 67 s in ``_numerals``)."""


@lru_cache(maxsize=CACHE_SIZE)
def _parse_value(text: str, decimal: str | None) -> ParsedValue:
    s = text.strip()
    if not s:
        return _EMPTY
    if len(s) > MAX_VALUE_CHARS:
        return _TEXT
    m = _NUMBER.fullmatch(s)
    if m is not None:
        unit = m["unit"]
        if unit is None or _DIGIT.search(unit) is None:
            return _number(m, decimal)
        ranged = _range(s, decimal)
        if ranged is not None:
            return ranged
        return _number(m, decimal) if _PER.match(unit) else _TEXT
    ranged = _range(s, decimal)
    if ranged is not None:
        return ranged
    change = _CHANGE.fullmatch(s)
    if change is not None:
        step = _parse_value(change["rest"], decimal)
        if step.kind == "number" and step.value is not None:
            value = step.value if change["up"] else -step.value
            return ParsedValue(value, "change", step.unit)
    if s.lower() in _PLACEHOLDERS:
        return _PLACEHOLDER
    if predicate_rank(s) is not None:
        return _PREDICATE
    return _TEXT


def _evidence(num: str) -> str | None:
    """The decimal separator that ``num`` proves, if it proves one."""
    dot = num.count(".")
    comma = num.count(",")
    if not dot and not comma:
        return None
    if _to_float(num, None, False) is None:
        return None
    if dot and comma:
        return "." if num.rfind(".") > num.rfind(",") else ","
    sep = "." if dot else ","
    if dot + comma > 1:
        return "," if sep == "." else "."
    head, _, tail = num.partition(sep)
    if len(tail) != 3 or len(head) > 3 or head[0] == "0":
        return sep
    return None


@lru_cache(maxsize=CACHE_SIZE)
def _numerals(text: str) -> tuple[str, ...]:
    """The numerals of a cell that parses as a number or a range (as ``parse_value`` does)."""
    s = text.strip()
    if len(s) > MAX_VALUE_CHARS:
        return ()  # text to parse_value: no numerals, and no regex run over it
    m = _NUMBER.fullmatch(s)
    unit = m["unit"] if m is not None else None
    if m is not None and (unit is None or _DIGIT.search(unit) is None):
        return (m["num"],)
    r = _RANGE.fullmatch(s)
    if r is not None:
        return (r["lo"], r["hi"])
    if m is not None and unit is not None and _PER.match(unit):
        return (m["num"],)
    return ()


def decimal_separator_of(texts: Iterable[str]) -> str | None:
    """``","`` or ``"."`` when the value-shaped texts agree on the decimal separator.

    ``3,75`` and ``1.250.000`` prove comma-decimal, ``3.5`` and ``1,231,790,000`` prove
    dot-decimal; ``1.250`` proves nothing. Only cells that are a number or a range count,
    so codes such as ``1.02.01`` and words are ignored. Conflicting evidence gives None.
    """
    found: str | None = None
    for text in texts:
        proved = _cell_separator(text)
        if proved is None:
            continue
        if proved == _CONFLICT or (found is not None and proved != found):
            return None
        found = proved
    return found


_CONFLICT = "conflict"


@lru_cache(maxsize=CACHE_SIZE)
def _cell_separator(text: str) -> str | None:
    """The separator one cell proves, None when it proves none, ``_CONFLICT`` when its
    numerals disagree (``3.5-3,75``). Cached: target cells recur across a batch."""
    found: str | None = None
    for num in _numerals(text):
        sep = _evidence(num)
        if sep is None:
            continue
        if found is not None and sep != found:
            return _CONFLICT
        found = sep
    return found

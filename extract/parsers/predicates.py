"""Ordered predicate scales (SAKIP, BPK opinion, IKM letters) and where a text ranks on them.

A predicate is written as its bare code (``BB``, ``WTP``, ``A``), optionally after the word
``Predikat`` or ``Opini`` and optionally followed by a parenthesised gloss
(``BB (Sangat Baik)``). Multi-letter codes are case-insensitive; a lone letter counts only
in upper case, since a lone ``a`` or ``b`` is usually a list label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SCALES: dict[str, tuple[str, ...]] = {
    "sakip": ("D", "C", "CC", "B", "BB", "A", "AA"),
    "bpk": ("TMP", "TW", "WDP", "WTP"),
    "ikm": ("D", "C", "B", "A"),
}

_RANKS: dict[str, dict[str, int]] = {
    scale: {code: rank for rank, code in enumerate(codes)} for scale, codes in SCALES.items()
}
_CODES = frozenset(code for codes in SCALES.values() for code in codes)
_DECORATED = re.compile(
    r"(?:(?:predikat|opini)\b\s*:?\s*)?(?P<code>[A-Za-z]{1,3})(?:\s*\([^()]*\))?",
    re.IGNORECASE,
)


def _code(text: str) -> str | None:
    """The scale code written in ``text`` (upper case), or None when it is not a predicate."""
    s = text.strip()
    if s in _CODES:
        return s
    m = _DECORATED.fullmatch(s)
    if m is None:
        return None
    code = m["code"]
    if len(code) == 1:
        return code if code in _CODES else None
    code = code.upper()
    return code if code in _CODES else None


def predicate_rank(text: str, *, scale: str | None = None) -> tuple[str, int] | None:
    """``(scale, 0-based rank)`` of a predicate text, e.g. ``("bpk", 3)`` for ``WTP``.

    A letter on several scales (``A``: sakip and ikm) gets the first scale of ``SCALES``
    unless ``scale`` names the one to rank it on. None when the text is not a predicate
    (or not on the named scale).
    """
    code = _code(text)
    if code is None:
        return None
    if scale is not None:
        ranks = _RANKS.get(scale)
        if ranks is None:
            raise ValueError(f"unknown predicate scale {scale!r}")
        rank = ranks.get(code)
        return None if rank is None else (scale, rank)
    for name, ranks in _RANKS.items():
        rank = ranks.get(code)
        if rank is not None:
            return name, rank
    return None  # pragma: no cover - every code in _CODES is on some scale


def common_scale(texts: Iterable[str]) -> str | None:
    """The one scale that ranks every text; sakip wins over ikm when both fit.

    None for no texts, or when any text is not a predicate or no single scale holds them all.
    """
    codes = [_code(t) for t in texts]
    if not codes or None in codes:
        return None
    for name, ranks in _RANKS.items():
        if all(c in ranks for c in codes):
            return name
    return None

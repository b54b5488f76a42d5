"""Capaian (achievement) as an LKjIP or a T-C.23 table should have computed it, so that the one
it writes can be checked (issue 14's ``achievement-mismatch``).

Capaian is realisasi / target x 100 for an indicator where higher is better, and the ratio
inverted, target / realisasi x 100, where lower is better (a mortality rate that fell below
its target is over 100 %); e-SAKIP applications print (target - (realisasi - target)) /
target x 100 for the latter, and ``capaian`` accepts both. A zero denominator has no capaian
(None), never infinity. Written capaian are rounded by their authors (to 0, 1 or 2
decimals), so a written one matches when it equals the computed one at the precision it is
written with.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from renstra.schemas import Polarity


def achievement(target: float, realisation: float, polarity: Polarity) -> Decimal | None:
    """Percent of the target achieved; None when the ratio has no denominator."""
    numerator, denominator = Decimal(str(realisation)), Decimal(str(target))
    if polarity == "lower-is-better":
        numerator, denominator = denominator, numerator
    if denominator == 0:
        return None
    return numerator / denominator * 100


def capaian(target: float, realisation: float, polarity: Polarity) -> list[Decimal]:
    """The capaian a document may rightly write, the usual one first: realisasi / target, or
    for a lower-is-better indicator target / realisasi and the e-SAKIP applications'
    (target - (realisasi - target)) / target, both x 100; none without a denominator."""
    found = [achievement(target, realisation, polarity)]
    if polarity == "lower-is-better" and target != 0:
        base = Decimal(str(target))
        found.append((base - (Decimal(str(realisation)) - base)) / base * 100)
    return [c for c in found if c is not None]


def written_matches(written: str, computed: Decimal) -> bool:
    """True when ``written`` (``104,5``, ``104.50``, ``105``) is ``computed`` rounded half up
    to the decimals ``written`` shows."""
    text = written.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(text)
    except ArithmeticError:
        return False
    exponent = value.as_tuple().exponent
    places = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(1)
    return computed.quantize(places, rounding=ROUND_HALF_UP) == value

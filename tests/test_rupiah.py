"""Rupiah amounts as exact integers: the written forms of DOMAIN.md and T-C.27 tables, and
properties over every amount."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from renstra.extract.parsers.rupiah import MAX_CHARS, column_scale, parse_rupiah


def dotted(n: int) -> str:
    """``1250000`` -> ``1.250.000``, as Indonesian documents write it."""
    return f"{n:,}".replace(",", ".")


@pytest.mark.parametrize(
    ("text", "scale", "amount"),
    [
        ("Rp 1.250.000.000", 1, 1_250_000_000),
        ("Rp. 789.374,-", 1, 789_374),
        ("Rp1.000.000,00", 1, 1_000_000),
        ("IDR 5.000.000", 1, 5_000_000),
        ("1,25 M", 1, 1_250_000_000),
        ("1.5 M", 1, 1_500_000_000),
        ("250 juta", 1, 250_000_000),
        ("Rp 3,5 miliar", 1, 3_500_000_000),
        ("75 rb", 1, 75_000),
        ("68.945.785", 1_000, 68_945_785_000),  # under a (Rp.000) header
        ("Rp 1.250", 1, 1_250),  # a dot before three digits is a thousands dot
        ("Rp 789.374,50", 1, 789_375),  # half a rupiah rounds up
        ("Rp 0", 1, 0),
        ("38,592,428,000", 1, 38_592_428_000),  # an English-style export's thousands
        ("1,250,000.50", 1, 1_250_001),
        ("1,250", 1, 1_250),  # three digits after the comma: thousands, not 1.25 rupiah
        ("1,250 M", 1, 1_250_000_000),  # before a scale word the comma is a decimal one
    ],
)
def test_written_forms(text: str, scale: int, amount: int) -> None:
    found = parse_rupiah(text, scale)
    assert found is not None and (found.amount, found.raw) == (amount, text)


@pytest.mark.parametrize(
    "text", ["", "-", "n/a", "12 bulan", "1.5", "2 000 000", "Rp", "100 % ", "1.25.000"]
)
def test_what_is_not_one_amount(text: str) -> None:
    assert parse_rupiah(text) is None


@pytest.mark.parametrize(
    ("header", "scale"),
    [
        ("Pagu Indikatif (Rp.000)", 1_000),
        ("Rp 000", 1_000),
        ("Anggaran (dalam ribuan rupiah)", 1_000),
        ("Anggaran (Rp juta)", 1_000_000),
        ("dalam jutaan rupiah", 1_000_000),
        ("Pagu (Rp miliar)", 1_000_000_000),
        ("Rp", 1),
        ("Target", 1),
    ],
)
def test_column_scale(header: str, scale: int) -> None:
    assert column_scale(header) == scale


AMOUNTS = st.integers(min_value=0, max_value=10**15)


@given(n=AMOUNTS)
def test_dotted_amounts_are_exact_in_every_written_form(n: int) -> None:
    for text in (f"Rp {dotted(n)}", f"Rp. {dotted(n)},-", f"Rp{dotted(n)},00", dotted(n)):
        found = parse_rupiah(text)
        assert found is not None and found.amount == n, text


@given(n=st.integers(min_value=0, max_value=10**12), scale=st.sampled_from([1, 10**3, 10**6]))
def test_a_column_scale_multiplies_exactly(n: int, scale: int) -> None:
    found = parse_rupiah(dotted(n), scale)
    assert found is not None and found.amount == n * scale


@given(
    whole=st.integers(min_value=0, max_value=999_999),
    cents=st.integers(min_value=0, max_value=99),
    word=st.sampled_from(sorted({"juta": 10**6, "M": 10**9, "miliar": 10**9}.items())),
)
def test_a_decimal_comma_before_a_scale_word_is_exact(
    whole: int, cents: int, word: tuple[str, int]
) -> None:
    name, factor = word
    found = parse_rupiah(f"{whole},{cents:02d} {name}")
    assert found is not None and found.amount == whole * factor + cents * factor // 100


@given(text=st.text(max_size=2 * MAX_CHARS))
def test_any_text_is_an_amount_or_none_never_an_error(text: str) -> None:
    found = parse_rupiah(text)
    assert found is None or (found.amount >= 0 and found.raw == text.strip())

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from renstra.extract.parsers.values import ParsedValue, decimal_separator_of, parse_value

KINDS = {"number", "range", "change", "predicate", "text", "placeholder", "empty"}


def num(value: float, unit: str | None = None) -> ParsedValue:
    return ParsedValue(value, "number", unit)


def rng(low: float, high: float, unit: str | None = None) -> ParsedValue:
    return ParsedValue(None, "range", unit, low, high)


def other(kind: str) -> ParsedValue:
    return ParsedValue(None, kind, None)


CASES = [
    # plain numbers and units
    ("85 %", num(85, "%")),
    ("85%", num(85, "%")),
    ("55%", num(55, "%")),
    ("100", num(100)),
    ("100 %", num(100, "%")),
    ("  90 %  ", num(90, "%")),
    ("85\xa0%", num(85, "%")),
    ("76,5", num(76.5)),
    ("3,25", num(3.25)),
    ("3,75", num(3.75)),
    ("3.5", num(3.5)),
    ("0,5", num(0.5)),
    ("3.1416", num(3.1416)),
    ("12,3456", num(12.3456)),
    ("1.500bh", num(1500, "bh")),
    ("2 hari", num(2, "hari")),
    ("2 hari kerja", num(2, "hari kerja")),
    ("12 Dokumen", num(12, "Dokumen")),
    ("3 kali/tahun", num(3, "kali/tahun")),
    ("102 per 100.000 KH", num(102, "per 100.000 KH")),
    ("85\n%", num(85, "%")),
    # separators
    ("1.250", num(1250)),
    ("1,250", num(1.25)),
    ("0,250", num(0.25)),
    ("0.250", num(0.25)),
    ("1250.500", num(1250.5)),
    ("1.250,5", num(1250.5)),
    ("1,250.5", num(1250.5)),
    ("1.250.000,75", num(1250000.75)),
    ("68.945.785.000", num(68945785000)),
    ("1,231,790,000", num(1231790000)),
    ("1.250.000 orang", num(1250000, "orang")),
    # rupiah
    ("Rp 68.945.785.000", num(68945785000, "Rp")),
    ("Rp68.945.785.000", num(68945785000, "Rp")),
    ("Rp. 789.374,-", num(789374, "Rp")),
    ("Rp 1.250.000,00", num(1250000, "Rp")),
    ("Rp 1,250", num(1250, "Rp")),
    ("RP. 500.000.-", num(500000, "Rp")),
    ("789.374,-", num(789374)),
    ("Rp 1,2 M", num(1.2, "Rp M")),
    # comparison signs and signs
    ("≥ 80 %", num(80, "%")),
    ("≤5", num(5)),
    ("> 90%", num(90, "%")),
    (">= 90 %", num(90, "%")),
    ("< 2 hari", num(2, "hari")),
    ("± 3,5", num(3.5)),
    ("-5", num(-5)),
    ("- 5 %", num(-5, "%")),
    ("−2,5", num(-2.5)),
    ("+7", num(7)),
    # ranges
    ("69,1-69,5", rng(69.1, 69.5)),
    ("69,1 - 69,5", rng(69.1, 69.5)),
    ("69,1 – 69,5", rng(69.1, 69.5)),
    ("10 s.d 20", rng(10, 20)),
    ("10 s.d. 20", rng(10, 20)),
    ("10 s/d 20 %", rng(10, 20, "%")),
    ("10 sd 20", rng(10, 20)),
    ("10 sampai dengan 20 hari", rng(10, 20, "hari")),
    ("85% - 90%", rng(85, 90, "%")),
    ("85 % s/d 90", rng(85, 90, "%")),
    ("1.250-1.500", rng(1250, 1500)),
    ("Rp 1.000.000 - Rp 2.000.000", rng(1000000, 2000000, "Rp")),
    ("69,5-69,1", rng(69.5, 69.1)),
    # predicates
    ("BB", other("predicate")),
    ("bb", other("predicate")),
    ("A", other("predicate")),
    ("AA", other("predicate")),
    ("CC", other("predicate")),
    ("D", other("predicate")),
    ("WTP", other("predicate")),
    ("wdp", other("predicate")),
    ("TMP", other("predicate")),
    ("Predikat BB", other("predicate")),
    ("Opini WTP", other("predicate")),
    ("A (Sangat Baik)", other("predicate")),
    # placeholders and empty
    ("-", other("placeholder")),
    ("--", other("placeholder")),
    ("n/a", other("placeholder")),
    ("N/A", other("placeholder")),
    ("NA", other("placeholder")),
    ("–", other("placeholder")),
    ("—", other("placeholder")),
    (" - ", other("placeholder")),
    ("", other("empty")),
    ("   ", other("empty")),
    ("\n\t", other("empty")),
    # words and things that are not one number
    ("Belum bagus", other("text")),
    ("cukup", other("text")),
    ("Sangat kurang", other("text")),
    ("Baik", other("text")),
    ("Tersedia", other("text")),
    ("tidak ada", other("text")),
    ("a", other("text")),
    ("E", other("text")),
    ("1.02.01", other("text")),
    ("1.2.3,4", other("text")),
    ("1,25,000", other("text")),
    ("85 % 90 %", other("text")),
    ("5 kali 3", other("text")),
    ("1 (satu) dokumen", other("text")),
    ("2021: 85%", other("text")),
    ("- %", other("text")),
    ("1 Dokumen Rencana Strategis yang ditetapkan oleh Walikota", other("text")),
    # a bound written in words is read like '≥ 85'
    ("Minimal 80%", ParsedValue(80.0, "number", "%")),
    ("maks. 10 hari", ParsedValue(10.0, "number", "hari")),
    # a change from the year before: the signed step, not a level
    ("Naik 5%", ParsedValue(5.0, "change", "%")),
    ("Turun 2 %", ParsedValue(-2.0, "change", "%")),
    ("Naik sebesar 1,5%", ParsedValue(1.5, "change", "%")),
    ("Meningkat", other("text")),
    ("Naik signifikan", other("text")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_value(text: str, expected: ParsedValue) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("1.250", ",", num(1250)),
        ("1.250", ".", num(1.25)),
        ("1,250", ",", num(1.25)),
        ("1,250", ".", num(1250)),
        ("1.500bh", ".", num(1.5, "bh")),
        ("0.250", ",", num(0.25)),
        ("3,75", ".", num(3.75)),
        ("1,231,790,000", ",", num(1231790000)),
        ("1.250,5", ".", num(1250.5)),
        ("Rp 1.250", ".", num(1250, "Rp")),
        ("1,250-1,500", ".", rng(1250, 1500)),
        ("1,250-1,500", ",", rng(1.25, 1.5)),
    ],
)
def test_parse_value_with_decimal_hint(text: str, decimal: str, expected: ParsedValue) -> None:
    assert parse_value(text, decimal=decimal) == expected


def test_bad_decimal_hint_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_value("1", decimal=" ")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["3,75"], ","),
        (["76,5", "85 %"], ","),
        (["1.250.000"], ","),
        (["Rp 68.945.785.000"], ","),
        (["1.250,5"], ","),
        (["0,250"], ","),
        (["69,1-69,5"], ","),
        (["3.5"], "."),
        (["1,231,790,000"], "."),
        (["1,250.5"], "."),
        (["3.1416"], "."),
        (["1.250"], None),
        (["1,250"], None),
        (["85 %", "90 %", "100"], None),
        ([], None),
        (["3.5", "3,75"], None),
        (["1.250.000", "1,231,790,000"], None),
        (["1.02.01", "3,75"], ","),
        (["Tahun 2,5 dan 3.5", "3,75"], ","),
        (["BB", "n/a", "", "3.5"], "."),
        (["5 kali 3,5"], None),
    ],
)
def test_decimal_separator_of(texts: list[str], expected: str | None) -> None:
    assert decimal_separator_of(texts) == expected


def test_decimal_separator_of_reads_any_iterable() -> None:
    assert decimal_separator_of(t for t in ("100", "3,75")) == ","


# --- properties -------------------------------------------------------------------------

_amounts = st.tuples(
    st.floats(min_value=0, max_value=1e12, exclude_max=True, allow_nan=False),
    st.integers(min_value=0, max_value=3),
)


def _english(x: float, places: int) -> str:
    return f"{x:,.{places}f}"


def _indonesian(x: float, places: int) -> str:
    return _english(x, places).translate(str.maketrans(",.", ".,"))


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(_amounts)
def test_indonesian_numbers_round_trip(amount: tuple[float, int]) -> None:
    x, places = amount
    expected = float(f"{x:.{places}f}")
    got = parse_value(_indonesian(x, places), decimal=",")
    assert got.kind == "number"
    assert _close(got.value, expected)


@settings(max_examples=200, deadline=None)
@given(_amounts)
def test_english_numbers_round_trip(amount: tuple[float, int]) -> None:
    x, places = amount
    expected = float(f"{x:.{places}f}")
    got = parse_value(_english(x, places), decimal=".")
    assert got.kind == "number"
    assert _close(got.value, expected)


@settings(max_examples=200, deadline=None)
@given(_amounts, st.sampled_from(["%", " %"]), st.booleans())
def test_percent_suffix_keeps_value(amount: tuple[float, int], suffix: str, english: bool) -> None:
    x, places = amount
    expected = float(f"{x:.{places}f}")
    text = _english(x, places) if english else _indonesian(x, places)
    got = parse_value(text + suffix, decimal="." if english else ",")
    assert got.unit == "%"
    assert _close(got.value, expected)


_cellish = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,-%Rp s/d≥ABCDWTPn/a\xa0\n", max_size=20),
)


@settings(max_examples=200, deadline=None)
@given(_cellish, st.sampled_from([None, ",", "."]))
def test_any_text_parses_without_raising(text: str, decimal: str | None) -> None:
    got = parse_value(text, decimal=decimal)
    assert got.kind in KINDS
    if got.kind != "number":
        assert got.value is None
    else:
        assert got.value is not None and math.isfinite(got.value)
    if got.kind != "range":
        assert got.low is None and got.high is None
    else:
        assert got.low is not None and got.high is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(_cellish, max_size=5))
def test_decimal_separator_of_never_raises(texts: list[str]) -> None:
    assert decimal_separator_of(texts) in {None, ",", "."}


def test_a_cell_too_long_for_a_value_is_text_without_reading_it() -> None:
    # a range pattern over 32 KB of '1   -   x' took seconds; no target is written so long
    assert parse_value("1" + " " * 16_000 + "-" + " " * 16_000 + "x").kind == "text"
    assert parse_value(" " * 200 + "85 %" + " " * 200) == ParsedValue(85.0, "number", "%")

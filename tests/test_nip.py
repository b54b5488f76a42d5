from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from renstra.extract.messages import render
from renstra.extract.parsers.nip import NipParts, nip_problems, normalize_nip, split_nip


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("19630726 199203 1 004", "196307261992031004"),
        ("19630726.199203.1.004", "196307261992031004"),
        ("196307261992031004", "196307261992031004"),
        (" 010 123 456 ", "010123456"),
        ("NIP. -", ""),
    ],
)
def test_normalize_nip_keeps_digits_only(raw: str, digits: str) -> None:
    assert normalize_nip(raw) == digits


def test_split_nip_gives_the_parts() -> None:
    assert split_nip("19630726 199203 1 004") == NipParts(
        digits="196307261992031004",
        birth=date(1963, 7, 26),
        appointment=(1992, 3),
        gender=1,
        sequence=4,
    )


def test_split_nip_marks_impossible_parts_none() -> None:
    parts = split_nip("19631326 199213 1 004")
    assert parts.birth is None
    assert parts.appointment is None
    assert parts.gender == 1


@pytest.mark.parametrize(
    "raw",
    [
        "19630726 199203 1 004",
        "19630726.199203.1.004",
        "196307261992031004",
        "19800229 200501 2 999",
    ],
)
def test_valid_nip_has_no_problems(raw: str) -> None:
    assert nip_problems(raw) == ("", [])


def test_legacy_nip_is_info() -> None:
    severity, problems = nip_problems("010 123 456")
    assert (severity, [render(p, "en") for p in problems]) == (
        "info",
        ["legacy 9-digit NIP (before 2009)"],
    )


@pytest.mark.parametrize(
    ("raw", "document_date", "words"),
    [
        ("19630726 199203 1 04", None, ["17 digits"]),
        ("1963072619920310045", None, ["19 digits"]),
        ("19631326 199203 1 004", None, ["impossible birth date 19631326"]),
        ("19630230 199203 1 004", None, ["impossible birth date 19630230"]),
        ("19630726 199213 1 004", None, ["impossible appointment month 13"]),
        ("19630726 199200 1 004", None, ["impossible appointment month 00"]),
        ("19630726 199203 3 004", None, ["gender digit 3"]),
        ("19630726 199203 0 004", None, ["gender digit 0"]),
        ("19630726 199203 1 000", None, ["sequence number 000"]),
        ("19630726 197501 1 004", None, ["before age 18"]),
        ("19630726 198106 1 004", None, ["before age 18"]),
        ("19630726 199203 1 004", (1992, 2), ["after the document date 1992-02"]),
        ("18990101 192001 1 001", None, ["birth year 1899 before 1900"]),
        (
            "20300101 205001 1 001",
            (2021, 4),
            ["birth year 2030 after the document year 2021", "after the document date 2021-04"],
        ),
        (
            "19631326 199213 5 000",
            None,
            ["impossible birth date", "appointment month 13", "gender digit 5", "000"],
        ),
    ],
)
def test_nip_problems_names_each_problem(
    raw: str, document_date: tuple[int, int] | None, words: list[str]
) -> None:
    severity, problems = nip_problems(raw, document_date)
    assert severity == "error"
    assert len(problems) == len(words)
    for word, problem in zip(words, problems, strict=True):
        assert word in render(problem, "en")


@pytest.mark.parametrize("document_date", [(1992, 3), (2021, 4), None])
def test_appointment_in_the_document_month_is_fine(document_date: tuple[int, int] | None) -> None:
    assert nip_problems("19630726 199203 1 004", document_date) == ("", [])


def test_appointment_on_the_18th_birthday_month_is_fine() -> None:
    assert nip_problems("19630726 198107 1 004") == ("", [])


@st.composite
def valid_nips(draw: st.DrawFn) -> tuple[date, int, int, int, int]:
    birth = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(1999, 12, 31)))
    years_later = draw(st.integers(min_value=18, max_value=40))
    month = draw(st.integers(min_value=1, max_value=12))
    if years_later == 18 and month < birth.month:
        month = birth.month
    gender = draw(st.sampled_from([1, 2]))
    sequence = draw(st.integers(min_value=1, max_value=999))
    return birth, birth.year + years_later, month, gender, sequence


def _format(parts: tuple[date, int, int, int, int], sep: str) -> str:
    birth, year, month, gender, sequence = parts
    return sep.join(
        [birth.strftime("%Y%m%d"), f"{year:04d}{month:02d}", str(gender), f"{sequence:03d}"]
    )


@settings(max_examples=200, deadline=None)
@given(valid_nips(), st.sampled_from([" ", ".", ""]))
def test_any_valid_nip_has_no_problems(parts: tuple[date, int, int, int, int], sep: str) -> None:
    assert nip_problems(_format(parts, sep)) == ("", [])


@settings(max_examples=200, deadline=None)
@given(valid_nips(), st.sampled_from([" ", ".", ""]), st.sampled_from([0, 3, 4, 5, 6, 7, 8, 9]))
def test_a_wrong_gender_digit_is_an_error(
    parts: tuple[date, int, int, int, int], sep: str, gender: int
) -> None:
    birth, year, month, _, sequence = parts
    severity, problems = nip_problems(_format((birth, year, month, gender, sequence), sep))
    assert severity == "error"
    assert any(f"gender digit {gender}" in render(p, "en") for p in problems)

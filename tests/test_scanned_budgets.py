"""A row of budgets OCR read, its marks settled by the row's total (parsers/scanned_budgets.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from renstra.extract.parsers.rupiah import parse_rupiah
from renstra.extract.parsers.scanned_budgets import settle
from renstra.schemas import SourceLocation

from .scanned_text import extract_as_scanned
from .test_programs import TC27_HEAD, TITLE


def cell(text: str, confidence: float | None = 92.0, scale: int = 1000) -> dict[str, Any]:
    """A budget cell as programs._budget gives it."""
    parsed = parse_rupiah(text, scale) if text else None
    return {
        "text": text,
        "amount": parsed.amount if parsed is not None else None,
        "scale": scale,
        "provenance": SourceLocation(page=1, confidence=confidence),
    }


def texts(cells: list[dict[str, Any]]) -> list[tuple[str, int | None]]:
    return [(c["text"], c["amount"]) for c in cells]


def test_a_decimal_comma_read_as_a_point_is_settled_by_the_row_total() -> None:
    # T-C.27 sample, first program: 808.750 + 4 x 637.571,904 = 3.359.037,616 (in thousands)
    years = [cell("808.750"), *(cell("637.571.904") for _ in range(4))]
    end = cell("3359.037,616")
    mends = settle(years, end)
    assert texts([*years, end]) == [
        ("808.750", 808_750_000),
        *[("637.571,904", 637_571_904)] * 4,
        ("3.359.037,616", 3_359_037_616),
    ]
    assert [(m.read, m.cell["text"]) for m in mends] == [
        *[("637.571.904", "637.571,904")] * 4,
        ("3359.037,616", "3.359.037,616"),
    ]


def test_marks_lost_are_put_back_where_the_total_says() -> None:
    # 86.811,9 + 4 x 126.750 = 593.811,9: '593.8119' lost its comma, '126750' its point
    years = [cell("86.811,9"), cell("126.750"), cell("126.750"), cell("126750"), cell("126.750")]
    end = cell("593.8119")
    mends = settle(years, end)
    assert texts([years[3], end]) == [("126.750", 126_750_000), ("593.811,9", 593_811_900)]
    assert [m.read for m in mends] == ["593.8119"]  # '126750' kept its amount: no mend


def test_a_row_that_adds_up_as_read_is_left_as_read() -> None:
    years = [cell("0"), *(cell("10.000") for _ in range(4))]
    end = cell("40.000")
    assert settle(years, end) == []
    assert texts([*years, end]) == [("0", 0), *[("10.000", 10_000_000)] * 4, ("40.000", 40_000_000)]


def test_a_digit_misread_is_not_hidden_by_moving_marks() -> None:
    # '3.000' for 30.000: no choice of marks makes the row add up to 120.000
    years = [cell("0"), cell("3.000"), cell("30.000"), cell("30.000"), cell("30.000")]
    end = cell("120000")
    assert settle(years, end) == []
    assert texts(years)[1] == ("3.000", 3_000_000)
    assert texts([end]) == [("120000", 120_000_000)]


def test_a_typed_row_is_never_changed() -> None:
    years = [cell("808.750", None), *(cell("637.571.904", None) for _ in range(4))]
    end = cell("3.359.037,616", None)
    assert settle(years, end) == []
    assert texts(years)[1] == ("637.571.904", 637_571_904_000)


def test_thousands_written_with_commas_keep_their_way() -> None:
    years = [cell("200,000,000", scale=1), cell("200,000,000", scale=1)]
    end = cell("400000000", scale=1)
    settle(years, end)
    assert texts([*years, end]) == [
        ("200,000,000", 200_000_000),
        ("200,000,000", 200_000_000),
        ("400,000,000", 400_000_000),
    ]


def test_letters_or_no_end_column_leave_the_row_alone() -> None:
    years = [cell("22h 421 NAK"), cell("637.571.904")]
    assert settle(years, cell("1.275.143,808")) == []
    assert settle([cell("637.571.904")], None) == []


def written(amount: Decimal) -> str:
    """``amount`` (thousands, up to three decimals) as a (Rp.000) column writes it."""
    whole, _, fraction = f"{amount:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


amounts = st.decimals(min_value=1000, max_value=10**9, places=3, allow_nan=False).map(
    lambda d: d.normalize() if d != d.to_integral() else d.to_integral()
)
"""Amounts in thousands of at least Rp 1 million, so a point always stands in them: '1,001'
alone reads as a thousands comma (parsers/rupiah), a question this module does not ask."""


@given(st.lists(amounts, min_size=2, max_size=6))
def test_a_row_read_right_is_never_changed(years_written: list[Decimal]) -> None:
    years = [cell(written(a)) for a in years_written]
    end = cell(written(sum(years_written, Decimal(0))))
    before = texts([*years, end])
    assert settle(years, end) == []
    assert texts([*years, end]) == before


@given(
    st.lists(amounts.map(lambda a: a.to_integral()), min_size=2, max_size=5),
    st.data(),
)
def test_a_lost_point_in_a_whole_amount_keeps_its_value(
    years_written: list[Decimal], data: st.DataObject
) -> None:
    # every thousands point of one cell lost ('126750'): the amount stays, the text is put right
    years = [cell(written(a)) for a in years_written]
    end = cell(written(sum(years_written, Decimal(0))))
    i = data.draw(st.integers(0, len(years) - 1))
    years[i] = cell(years[i]["text"].replace(".", ""))
    assert settle(years, end) == []
    assert years[i]["text"] == written(years_written[i])


SCANNED_ROW = (
    "8\t01\t02\t\t\tPROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN\t"
    "Persentase Penguatan Ideologi Pancasila\t%\t100\t100\t808.750\t100\t637.571.904\t"
    "100\t1446.321,904\tBAKESBANGPOL\tKabupaten Situbondo\n"
)


def test_a_scanned_program_row_is_settled_and_says_what_ocr_read(tmp_path: Path) -> None:
    document = extract_as_scanned(tmp_path, TITLE + TC27_HEAD + SCANNED_ROW)
    (program,) = document.programs
    assert [(b.text, b.amount) for b in program.budgets] == [
        ("808.750", 808_750_000),
        ("637.571,904", 637_571_904),
    ]
    assert program.final_budget is not None
    assert (program.final_budget.text, program.final_budget.amount) == (
        "1.446.321,904",
        1_446_321_904,
    )
    mended = [(n.location.column, n.evidence) for n in document.source.notes]
    assert mended == [
        (13, "'637.571.904' -> '637.571,904'"),
        (15, "'1446.321,904' -> '1.446.321,904'"),
    ]
    assert sorted(f.rule for f in document.findings if f.rule.startswith("ocr")) == [
        "ocr-mended",
        "ocr-mended",
    ]


def test_a_lone_zero_misread_is_zero_where_the_row_adds_up_only_so() -> None:
    # the T-C.27 twin's first years: '0' read '2', '19', "O'" in a wide cell
    for read in ("2", "19", "O'", "@|"):
        years = [cell(read), *(cell("10.000") for _ in range(4))]
        end = cell("40.000")
        mends = settle(years, end)
        assert texts(years)[0] == ("0", 0)
        assert [m.read for m in mends] == [read]
    # a 2 that the row's total needs stays 2
    years = [cell("2"), *(cell("10.000") for _ in range(4))]
    assert settle(years, cell("40.002")) == []
    assert texts(years)[0] == ("2", 2000)


def test_a_row_with_too_many_ways_to_read_it_is_left_as_read() -> None:
    # seven '1000' and an end '7': only 1,000 each adds up, but 4^7 x 2 ways is past
    # MAX_CHOICES, so the row is not searched (a hostile scan could make every row so)
    years = [cell("1000") for _ in range(7)]
    assert settle(years, cell("7")) == []
    assert texts(years)[0] == ("1000", 1_000_000)
    # the same with six years is searched, and settled
    years = [cell("1000") for _ in range(6)]
    assert len(settle(years, cell("6"))) == 6
    assert texts(years)[0] == ("1,000", 1000)


def test_a_rupiah_row_is_never_settled_a_thousand_times_smaller() -> None:
    # the T-C.23 twin: an end '1000,000,000' (misgrouped) beside 200,000,000 a year
    years = [cell("200,000,000", scale=1) for _ in range(5)]
    end = cell("1000,000,000", scale=1)
    mends = settle(years, end)
    assert texts([*years, end]) == [
        *[("200,000,000", 200_000_000)] * 5,
        ("1,000,000,000", 1_000_000_000),
    ]
    assert [m.read for m in mends] == ["1000,000,000"]

from __future__ import annotations

import pytest
from renstra.extract.parsers.periods import (
    declared_period,
    find_period_mentions,
    suggest_period,
    table_period,
)
from renstra.schemas import Period, PeriodMention, Settings, SourceLocation

from .lines import lines_of, sample_lines

SETTINGS = Settings()


def mention(start: int, end: int, plausible: bool = True, line: int = 1) -> PeriodMention:
    return PeriodMention(
        start=start,
        end=end,
        raw=f"{start}-{end}",
        plausible=plausible,
        location=SourceLocation(line=line),
    )


def test_renstra_seed_mentions_the_period_and_its_typo() -> None:
    mentions = find_period_mentions(sample_lines("renstra_metro_timur.txt"), SETTINGS)
    assert [(m.start, m.end, m.raw, m.plausible, m.location.line) for m in mentions] == [
        (2021, 2026, "2021-2026", True, 15),
        (2021, 2126, "2021-2126", False, 25),
    ]
    assert declared_period(mentions) == Period(start=2021, end=2026, raw="2021-2026")
    assert suggest_period(mentions[1], mentions, SETTINGS) == (2021, 2026)
    assert suggest_period(mentions[0], mentions, SETTINGS) is None


def test_iku_seed_declares_2021_2025() -> None:
    mentions = find_period_mentions(sample_lines("iku_metro_utara.txt"), SETTINGS)
    assert [(m.start, m.end, m.raw, m.plausible, m.location.line) for m in mentions] == [
        (2021, 2025, "2021 - 2025", True, 4)
    ]
    assert declared_period(mentions) == Period(start=2021, end=2025, raw="2021 - 2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("periode 2021-2026 adalah", [(2021, 2026, "2021-2026", True)]),
        ("KOTA METRO TAHUN 2021 - 2025**", [(2021, 2025, "2021 - 2025", True)]),
        ("Renstra 2021–2026", [(2021, 2026, "2021–2026", True)]),
        ("Renstra 2021 — 2026", [(2021, 2026, "2021 — 2026", True)]),
        ("Tahun 2022 s.d. 2026", [(2022, 2026, "2022 s.d. 2026", True)]),
        ("TAHUN 2022 S.D 2026", [(2022, 2026, "2022 S.D 2026", True)]),
        ("Tahun 2022 s/d 2026", [(2022, 2026, "2022 s/d 2026", True)]),
        ("tahun 2022 sampai 2026", [(2022, 2026, "2022 sampai 2026", True)]),
        ("tahun 2022 sampai dengan 2026.", [(2022, 2026, "2022 sampai dengan 2026", True)]),
        (
            "RPJMD (2021-2026) dan RPJMN 2020-2024",
            [
                (2021, 2026, "2021-2026", True),
                (2020, 2024, "2020-2024", True),
            ],
        ),
        ("Kecamatan Metro Timur Tahun 2021-2126", [(2021, 2126, "2021-2126", False)]),
        ("RPJPD 2005-2025", [(2005, 2025, "2005-2025", False)]),
        ("periode 2021-2021", [(2021, 2021, "2021-2021", False)]),
        ("periode 2026-2021", [(2026, 2021, "2026-2021", False)]),
        ("periode 2021-2028", [(2021, 2028, "2021-2028", False)]),
        ("tahun 3021-2026", [(3021, 2026, "3021-2026", False)]),
    ],
)
def test_find_period_mentions(text: str, expected: list[tuple[int, int, str, bool]]) -> None:
    mentions = find_period_mentions(lines_of(text), SETTINGS)
    assert [(m.start, m.end, m.raw, m.plausible) for m in mentions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "tahun 2021/2026",
        "target 69,1-69,5 persen",
        "antara 10-20 orang",
        "1500-2000 kkal",
        "Rp 1.500-2.000",
        "nilai 2021,5-2026,5",
        "NIP. 19630726 199203 1 004",
        "kode 12021-2026",
        "tanggal 2022-01-12",
        "",
    ],
)
def test_number_ranges_that_are_not_periods_are_ignored(text: str) -> None:
    assert find_period_mentions(lines_of(text), SETTINGS) == []


def test_mentions_keep_their_line_location() -> None:
    lines = lines_of("Pendahuluan", "Renstra 2021-2026", "", "Tabel 2021 - 2026")
    assert [m.location.line for m in find_period_mentions(lines, SETTINGS)] == [2, 4]


def test_settings_decide_plausibility() -> None:
    strict = Settings(max_period_years=5)
    [m] = find_period_mentions(lines_of("2021-2026"), strict)
    assert m.plausible is False


def test_declared_period_is_the_most_frequent_plausible() -> None:
    mentions = [
        mention(2020, 2024),
        mention(2021, 2126, plausible=False),
        mention(2021, 2126, plausible=False),
        mention(2021, 2026),
        mention(2021, 2026),
    ]
    assert declared_period(mentions) == Period(start=2021, end=2026, raw="2021-2026")


def test_declared_period_tie_goes_to_the_first_seen() -> None:
    mentions = [mention(2020, 2024), mention(2021, 2026), mention(2021, 2026), mention(2020, 2024)]
    assert declared_period(mentions) == Period(start=2020, end=2024, raw="2020-2024")


def test_declared_period_keeps_the_first_raw_text() -> None:
    first = PeriodMention(
        start=2021, end=2026, raw="2021 – 2026", plausible=True, location=SourceLocation(line=3)
    )
    assert declared_period([first, mention(2021, 2026)]) == Period(
        start=2021, end=2026, raw="2021 – 2026"
    )


@pytest.mark.parametrize(
    "mentions", [[], [mention(2021, 2126, plausible=False), mention(2005, 2025, plausible=False)]]
)
def test_no_declared_period_without_a_plausible_mention(mentions: list[PeriodMention]) -> None:
    assert declared_period(mentions) is None


@pytest.mark.parametrize(
    ("wrong", "others", "expected"),
    [
        # a plausible mention sharing one end, the other end one typo away
        ((2021, 2126), [(2021, 2026)], (2021, 2026)),
        ((2012, 2026), [(2021, 2026)], (2021, 2026)),
        ((2021, 2062), [(2021, 2026)], (2021, 2026)),
        ((2021, 2206), [(2020, 2024), (2021, 2026)], (2021, 2026)),
        # no such mention: the only single-digit edit that makes it plausible
        ((2021, 2126), [], (2021, 2026)),
        ((2021, 2926), [], (2021, 2026)),
        ((3021, 2026), [], (2021, 2026)),
        ((2021, 2021), [], None),  # 2021-2022 ... 2021-2027: many edits fit
        ((2021, 2036), [], None),  # 2021-2026 and 2031-2036 both fit
        # RPJPD 2005-2025 shares an end with 2021-2025 but is no typo of it
        ((2005, 2025), [(2021, 2025)], None),
        ((1500, 9999), [], None),
    ],
)
def test_suggest_period(
    wrong: tuple[int, int],
    others: list[tuple[int, int]],
    expected: tuple[int, int] | None,
) -> None:
    bad = mention(*wrong, plausible=False)
    mentions = [bad, *(mention(*o) for o in others)]
    assert suggest_period(bad, mentions, SETTINGS) == expected


def test_suggest_period_prefers_the_more_frequent_neighbour() -> None:
    bad = mention(2012, 2026, plausible=False)  # 2022 or 2021 meant: both one typo away
    mentions = [mention(2022, 2026), bad, mention(2021, 2026), mention(2021, 2026)]
    assert suggest_period(bad, mentions, SETTINGS) == (2021, 2026)
    assert suggest_period(bad, mentions[:3], SETTINGS) == (2022, 2026)


def test_suggest_period_for_a_plausible_mention_is_none() -> None:
    good = mention(2021, 2026)
    assert suggest_period(good, [good], SETTINGS) is None


@pytest.mark.parametrize(
    ("declared", "years", "expected"),
    [
        (None, [2025, 2026, 2027, 2028, 2029, 2030], (2025, 2030)),
        ((2008, 2012), [2013, 2014, 2015, 2016, 2017, 2018], (2013, 2018)),  # no shared year
        ((2021, 2026), [2022, 2023, 2024, 2025, 2026], (2021, 2026)),  # the text's wins
        (None, [2022, None, 2024], None),  # not a run of years
        (None, [2016, 2017], None),  # two years are a window, not a plan
        (None, [None, None], None),
    ],
)
def test_table_period(
    declared: tuple[int, int] | None, years: list[int | None], expected: tuple[int, int] | None
) -> None:
    period = Period(start=declared[0], end=declared[1], raw="x") if declared else None
    found = table_period(period, years)
    assert ((found.start, found.end) if found else None) == expected

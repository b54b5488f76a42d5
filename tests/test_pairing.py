"""Which documents the cross-document rules compare: same organization and region,
overlapping periods, the newest of several versions."""

from __future__ import annotations

from renstra.extract.pairing import Card, Versions, overlap, plan


def card(
    index: int,
    kind: str,
    organization: str | None = "dinas kesehatan",
    region: str | None = "kabupaten a",
    period: tuple[int, int] | None = (2021, 2026),
    modified: float = 0.0,
    signed: str = "",
    year: int | None = None,
) -> Card:
    """A card whose path names its position in the batch (``f3.txt``)."""
    return Card(
        f"f{index}.txt",
        kind,
        organization,
        region,
        period,
        signed=signed,
        modified=modified,
        year=year,
    )


def test_two_regions_two_opds_two_versions_each() -> None:
    cards: list[Card] = []
    for region in ("kabupaten a", "kabupaten b"):
        for opd in ("dinas kesehatan", "dinas sosial"):
            for kind in ("renstra", "iku"):
                for version in (1.0, 2.0):  # version 2 is newer
                    cards.append(card(len(cards), kind, opd, region, modified=version))
    result = plan(cards)
    # per region and OPD: the newest IKU against the newest Renstra, nothing across regions
    newest = {
        (c.region, c.organization, c.kind): i for i, c in enumerate(cards) if c.modified == 2.0
    }
    expected = sorted(
        (newest[(r, o, "iku")], newest[(r, o, "renstra")])
        for r in ("kabupaten a", "kabupaten b")
        for o in ("dinas kesehatan", "dinas sosial")
    )
    assert result.pairs == expected
    assert len(result.versions) == 8
    assert all(
        cards[v.kept].modified == 2.0 and [cards[i].modified for i in v.others] == [1.0]
        for v in result.versions
    )


def test_periods_that_do_not_overlap_are_not_compared() -> None:
    cards = [card(0, "renstra", period=(2016, 2021)), card(1, "iku", period=(2022, 2026))]
    assert plan(cards).pairs == []
    cards = [card(0, "renstra", period=(2021, 2026)), card(1, "iku", period=(2022, 2026))]
    assert plan(cards).pairs == [(1, 0)]


def test_an_unknown_period_overlaps_every_period() -> None:
    assert overlap(None, (2021, 2026)) and overlap((2021, 2026), None)
    assert plan([card(0, "renstra"), card(1, "iku", period=None)]).pairs == [(1, 0)]


def test_a_missing_region_is_the_organizations_only_region() -> None:
    cards = [card(0, "renstra", region="kota metro"), card(1, "iku", region=None)]
    assert plan(cards).pairs == [(1, 0)]


def test_a_missing_region_is_never_guessed_among_several() -> None:
    cards = [
        card(0, "renstra", region="kabupaten a"),
        card(1, "renstra", region="kabupaten b", modified=1.0),
        card(2, "iku", region=None),
    ]
    assert plan(cards).pairs == []


def test_documents_without_an_organization_are_left_out() -> None:
    assert plan([card(0, "renstra", organization=None), card(1, "iku", organization=None)]) == (
        plan([])
    )


def test_the_later_signing_date_beats_the_later_file() -> None:
    cards = [
        card(0, "iku", signed="2022-01", modified=9.0),
        card(1, "iku", signed="2022-06", modified=1.0),
        card(2, "renstra"),
    ]
    result = plan(cards)
    assert result.versions == [Versions(kept=1, others=(0,))]
    assert result.pairs == [(1, 2)]


def test_an_iku_meets_every_renstra_of_its_period_and_a_pk_every_one_holding_its_year() -> None:
    cards = [
        card(0, "pk", period=(2024, 2024)),  # no year of its own: its one-year period's
        card(1, "renstra", period=(2021, 2026)),
        card(2, "renstra", period=(2024, 2029)),  # another period: not a version of 1
        card(3, "iku", period=(2024, 2026)),
        card(4, "renstra", period=(2016, 2021)),  # does not hold 2024
    ]
    result = plan(cards)
    assert result.pairs == [(0, 1), (0, 2), (0, 3), (3, 1), (3, 2)]
    assert result.versions == []


def test_a_pk_meets_the_renstra_and_iku_of_its_organization_region_and_year() -> None:
    cards = [
        card(0, "renstra"),
        card(1, "iku"),
        card(2, "pk", period=None, year=2023),
        card(3, "pk", period=None, year=2030),  # after the period
        card(4, "pk", period=None, year=2023, region="kabupaten b"),
        card(5, "pk", period=None, year=2023, organization="dinas sosial"),
        card(6, "renstra", period=None, organization="dinas sosial"),  # period unknown
    ]
    assert plan(cards).pairs == [(1, 0), (2, 0), (2, 1), (5, 6)]


def test_a_pk_of_no_known_year_is_compared_with_nothing() -> None:
    cards = [card(0, "renstra"), card(1, "pk", period=None), card(2, "pk", period=(2022, 2023))]
    assert plan(cards).pairs == []


def test_an_lkjip_meets_the_pk_of_its_year_only() -> None:
    cards = [
        card(0, "pk", period=None, year=2023),
        card(1, "pk", period=None, year=2024),
        card(2, "lkjip", period=None, year=2024),
        card(3, "lkjip", period=(2023, 2023)),
        card(4, "lkjip", period=None, year=2025),  # no PK of 2025
        card(5, "renstra"),
    ]
    assert plan(cards).pairs == [(0, 5), (1, 5), (2, 1), (3, 0)]


def test_pks_of_different_years_are_not_versions_and_of_one_year_are() -> None:
    cards = [
        card(0, "pk", period=None, year=2023),
        card(1, "pk", period=None, year=2024, modified=1.0),
        card(2, "pk", period=None, year=2024, modified=2.0),  # the PK perubahan
        card(3, "lkjip", period=None, year=2024),
    ]
    result = plan(cards)
    assert result.versions == [Versions(kept=2, others=(1,))]
    assert result.pairs == [(3, 2)]


def test_a_filled_in_region_never_makes_two_documents_versions() -> None:
    cards = [
        card(0, "iku", region="kota metro"),
        card(1, "iku", region=None, modified=5.0),  # maybe Kota Metro's, maybe not
        card(2, "renstra", region="kota metro"),
    ]
    result = plan(cards)
    assert result.versions == []
    assert result.pairs == [(0, 2), (1, 2)]


def test_the_configured_version_beats_the_newest() -> None:
    cards = [card(0, "iku", modified=1.0), card(1, "iku", modified=9.0), card(2, "renstra")]
    assert plan(cards).versions == [Versions(kept=1, others=(0,))]
    result = plan(cards, preferred=["f0.*"])
    assert result.versions == [Versions(kept=0, others=(1,))]
    assert result.pairs == [(0, 2)]

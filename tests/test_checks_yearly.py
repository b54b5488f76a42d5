"""The PK and LKjIP rules (renstra.extract.checks.yearly) on one OPD's documents built
directly: a Renstra 2022-2026, its IKU, the PK of 2024 and the LKjIP of 2024."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from renstra.extract.checks import run_batch_checks
from renstra.schemas import Document, Finding, Indicator, Settings, SourceLocation

from .programs import FIRST_YEAR, cell, document, indicator, reported

GIZI = "Persentase balita gizi baik"
AKB = "Angka kematian bayi"
INDEKS = "Indeks kesehatan masyarakat"


def yearly(id: str, name: str, texts: Sequence[str], level: str | None, line: int) -> Indicator:
    """An indicator of the Renstra or IKU with a target per year from 2022."""
    targets = [
        cell(text, i, FIRST_YEAR + i - 1).model_copy(
            update={"provenance": SourceLocation(line=line, table=1, row=line - 10, column=4 + i)}
        )
        for i, text in enumerate(texts, 1)
    ]
    found = indicator(id, name, targets, line=line)
    found.level = level  # type: ignore[assignment]
    return found


def renstra() -> Document:
    return document(
        "renstra",
        path="renstra.txt",
        indicators=[
            yearly("t1r12", INDEKS, ["70", "72", "74", "76", "78"], "goal", 22),
            yearly("t1r13", GIZI, ["80 %", "82 %", "84 %", "86 %", "88 %"], "objective", 23),
            yearly("t1r14", AKB, ["10", "9,5", "9", "8,5", "8"], "objective", 24),
        ],
    )


def iku(*names: str) -> Document:
    return document(
        "iku",
        path="iku.txt",
        indicators=[yearly(f"t1r{i}", n, [], None, 10 + i) for i, n in enumerate(names, 5)],
    )


def pk(gizi: str | None = "84 %", akb: str | None = "9", year: int | None = 2024) -> Document:
    """The PK of ``year``: one target (of no stated year, as the annex writes it) each."""
    rows = [(GIZI, gizi), (AKB, akb)]
    indicators = [
        indicator(
            f"t2r{row}",
            name,
            [
                cell(text).model_copy(
                    update={"provenance": SourceLocation(line=40 + row, table=2, row=row, column=4)}
                )
            ],
            line=40 + row,
            table=2,
        )
        for row, (name, text) in enumerate(rows, 3)
        if text is not None
    ]
    return document("pk", path="pk.txt", period=None, year=year, indicators=indicators)


def lkjip(gizi: str = "84 %", year: int = 2024) -> Document:
    return document(
        "lkjip",
        path="lkjip.txt",
        period=None,
        year=year,
        indicators=[indicator("t1r5", GIZI, [reported(gizi, "85 %", "101,19 %", year)])],
    )


def checked(documents: list[Document], lang: str = "en", **settings: object) -> list[Document]:
    run_batch_checks(documents, Settings(lang=lang, **settings))  # type: ignore[arg-type]
    return documents


def cross(documents: list[Document]) -> list[tuple[str, str]]:
    """(rule, path) of every cross-document finding."""
    return sorted(
        (f.rule, d.source.path) for d in documents for f in d.findings if "#cross" in f.tags
    )


def of(rule_id: str, doc: Document) -> list[Finding]:
    return [f for f in doc.findings if f.rule == rule_id]


# rule id -> (documents where it fires, documents where it must not)
CASES: dict[str, tuple[list[Document], list[Document]]] = {
    "pk-target-mismatch": ([renstra(), pk(gizi="85 %")], [renstra(), pk(gizi="84,0 %")]),
    "pk-indicator-missing": (
        [renstra(), iku(GIZI, AKB), pk(akb=None)],
        [renstra(), iku(GIZI, "Angka Kematian Bayi (AKB)"), pk()],
    ),
    "lkjip-target-mismatch": ([pk(), lkjip(gizi="88 %")], [pk(), lkjip(gizi="84%")]),
}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires(rule_id: str) -> None:
    documents = [d.model_copy(deep=True) for d in CASES[rule_id][0]]
    assert rule_id in [rule for rule, _ in cross(checked(documents))]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent(rule_id: str) -> None:
    documents = [d.model_copy(deep=True) for d in CASES[rule_id][1]]
    assert all(d.indicators for d in documents)
    assert rule_id not in [rule for rule, _ in cross(checked(documents))]


def test_one_opds_clean_family_has_no_cross_findings() -> None:
    """The IKU-Renstra rules never see a PK or an LKjIP (a PK's one-year period is no
    period mismatch), and the new rules find nothing to say."""
    assert cross(checked([renstra(), iku(GIZI, AKB), pk(), lkjip()])) == []


def test_the_iku_renstra_rules_still_run_beside_them() -> None:
    documents = checked([renstra(), iku(GIZI, "Prevalensi stunting pada balita"), pk()])
    assert cross(documents) == [
        ("cross-indicator-missing", "iku.txt"),  # stunting is not in the Renstra
        ("pk-indicator-missing", "pk.txt"),  # nor in the PK
    ]


def test_a_pk_target_that_is_not_the_renstras_for_its_year() -> None:
    _, english = checked([renstra(), pk(gizi="85 %")])
    (finding,) = of("pk-target-mismatch", english)
    assert (finding.indicator_id, finding.location) == (
        "t2r3",
        SourceLocation(line=43, table=2, row=3, column=4),
    )
    assert finding.message == (
        f"'{GIZI}' (2024): the PK's target is '85 %', but the Renstra renstra.txt sets "
        f"'84 %' for '{GIZI}' (names 100% similar)."
    )
    assert (finding.severity, finding.evidence, finding.suggestion) == ("warning", "85 %", "84 %")
    _, indonesian = checked([renstra(), pk(gizi="85 %")], lang="id")
    (finding,) = of("pk-target-mismatch", indonesian)
    assert finding.message == (
        f"'{GIZI}' (2024): target PK '85 %', sedangkan Renstra renstra.txt menetapkan "
        f"'84 %' untuk '{GIZI}' (kemiripan nama 100%)."
    )


def test_the_pk_of_another_year_compares_with_that_year() -> None:
    # 84 % is the Renstra's 2024 target, not its 2025 one (86 %)
    _, pk_2025 = checked([renstra(), pk(gizi="84 %", akb="8,5", year=2025)])
    (finding,) = of("pk-target-mismatch", pk_2025)
    assert "(2025)" in finding.message and finding.suggestion == "86 %"


def test_a_pk_is_not_compared_with_an_iku_for_its_targets() -> None:
    iku_with_targets = iku(GIZI)
    iku_with_targets.indicators[0] = yearly("t1r5", GIZI, ["0", "0", "0", "0", "0"], None, 15)
    assert cross(checked([iku_with_targets, pk()])) == []


def test_an_iku_indicator_missing_from_the_pk() -> None:
    _, _, english = checked([renstra(), iku(GIZI, AKB), pk(akb=None)])
    (finding,) = of("pk-indicator-missing", english)
    assert (finding.indicator_id, finding.evidence) == (None, AKB)  # not one of the PK's
    assert finding.location == SourceLocation(line=43, table=2, row=33, column=2)
    assert finding.message == (
        f"'{AKB}' (IKU iku.txt) is not in the 2024 Perjanjian Kinerja; the closest is "
        f"'{GIZI}' (26% similar)."
    )
    _, _, indonesian = checked([renstra(), iku(GIZI, AKB), pk(akb=None)], lang="id")
    (finding,) = of("pk-indicator-missing", indonesian)
    assert finding.message == (
        f"'{AKB}' (IKU iku.txt) tidak ada di Perjanjian Kinerja tahun 2024; yang paling "
        f"mirip '{GIZI}' (kemiripan 26%)."
    )


def test_with_an_iku_the_renstra_is_not_asked() -> None:
    # the IKU holds GIZI only, which the PK carries: the Renstra's AKB, absent from both,
    # is not asked of the PK
    documents = checked([renstra(), iku(GIZI), pk(akb=None)])
    assert of("pk-indicator-missing", documents[2]) == []


def test_without_an_iku_the_renstras_sasaran_indicators_are_asked() -> None:
    documents = checked([renstra(), pk(akb=None)])
    (finding,) = of("pk-indicator-missing", documents[1])
    assert "(Renstra renstra.txt)" in finding.message and AKB in finding.message
    # the tujuan indicator (INDEKS) is not asked for, and the PK is named on the PK only
    assert of("pk-indicator-missing", documents[0]) == []


def test_an_indicator_without_a_target_that_year_is_not_asked_for() -> None:
    source = renstra()
    source.indicators[2] = yearly("t1r14", AKB, ["10", "9,5", "-", "8,5", "8"], "objective", 24)
    assert of("pk-indicator-missing", checked([source, pk(akb=None)])[1]) == []


def test_the_name_match_is_configurable() -> None:
    documents = [renstra(), iku(GIZI, "Persentase balita berstatus gizi baik"), pk(akb=None)]
    # 84 % similar to the PK's GIZI: under the default 0.85, missing
    assert of("pk-indicator-missing", checked(documents)[2])
    lenient = {"pk-indicator-missing": {"match": 0.8}}
    missing = of("pk-indicator-missing", checked(documents, rules=lenient)[2])
    assert [f.evidence for f in missing] == []


def test_an_lkjip_target_that_is_not_the_pks() -> None:
    _, english = checked([pk(), lkjip(gizi="88 %")])
    (finding,) = of("lkjip-target-mismatch", english)
    assert (finding.indicator_id, finding.location) == (
        "t1r5",
        SourceLocation(line=25, table=1, row=5, column=4),
    )
    assert finding.message == (
        f"'{GIZI}' (2024): the LKjIP's target is '88 %', but the Perjanjian Kinerja pk.txt "
        f"sets '84 %' for '{GIZI}' (names 100% similar)."
    )
    assert (finding.severity, finding.suggestion) == ("warning", "84 %")
    _, indonesian = checked([pk(), lkjip(gizi="88 %")], lang="id")
    (finding,) = of("lkjip-target-mismatch", indonesian)
    assert finding.message == (
        f"'{GIZI}' (2024): target LKjIP '88 %', sedangkan Perjanjian Kinerja pk.txt "
        f"menetapkan '84 %' untuk '{GIZI}' (kemiripan nama 100%)."
    )


def test_an_lkjip_is_not_compared_with_the_pk_of_another_year() -> None:
    assert cross(checked([pk(year=2023), lkjip(gizi="88 %")])) == []


def test_documents_of_another_region_are_not_compared() -> None:
    other = pk(gizi="85 %")
    other.organization.region = "Kabupaten Lain"
    assert cross(checked([renstra(), other])) == []


def test_ignoring_the_cross_tag_turns_them_off() -> None:
    documents = [renstra(), iku(GIZI, AKB), pk(gizi="85 %", akb=None), lkjip(gizi="88 %")]
    assert cross(checked(documents, ignore=("#cross",))) == []

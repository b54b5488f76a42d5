"""achievement-mismatch (renstra.extract.checks.achievements) on LKjIP rows built directly."""

from __future__ import annotations

import pytest
from renstra.extract.checks import run_checks
from renstra.schemas import Document, Finding, Polarity, Settings, SourceLocation, Target

from .programs import document, indicator, program, reported

GIZI = "Persentase balita gizi baik"
AKB = "Angka kematian bayi"


def lkjip(*targets: Target, name: str = GIZI, polarity: Polarity = "higher-is-better") -> Document:
    return document(
        "lkjip",
        period=None,
        year=2024,
        indicators=[indicator("t1r5", name, list(targets), polarity=polarity)],
    )


def found(doc: Document, lang: str = "en") -> list[Finding]:
    findings = run_checks(doc, Settings(lang=lang))  # type: ignore[arg-type]
    return [f for f in findings if f.rule == "achievement-mismatch"]


CASES: dict[str, tuple[Document, Document]] = {
    "achievement-mismatch": (
        lkjip(reported("80 %", "76 %", "110 %")),
        lkjip(reported("80 %", "76 %", "95 %")),
    ),
}


def test_achievement_mismatch_fires_and_stays_silent() -> None:
    fires, silent = CASES["achievement-mismatch"]
    assert "achievement-mismatch" in {f.rule for f in run_checks(fires, Settings())}
    assert "achievement-mismatch" not in {f.rule for f in run_checks(silent, Settings())}


def test_a_capaian_that_is_not_realisasi_over_target() -> None:
    doc = lkjip(reported("80 %", "76 %", "110 %"))
    (english,) = found(doc)
    assert (english.indicator_id, english.location) == (
        "t1r5",
        SourceLocation(line=25, table=1, row=5, column=6),  # the capaian cell
    )
    assert english.message == (
        f"'{GIZI}' (year 2024): the capaian is written 110 %, but realisasi 76 % / target "
        "80 % x 100 = 95 %."
    )
    assert (english.severity, english.evidence, english.suggestion) == ("error", "110 %", "95 %")
    (indonesian,) = found(doc, "id")
    assert indonesian.message == (
        f"'{GIZI}' (tahun 2024): capaian tertulis 110 %, tetapi realisasi 76 % / target "
        "80 % x 100 = 95 %."
    )


def test_a_lower_is_better_indicator_inverts_the_ratio() -> None:
    # 8 deaths against a target of 10: 125 %; the 80 written is realisasi / target
    doc = lkjip(reported("10", "8", "80"), name=AKB, polarity="lower-is-better")
    (english,) = found(doc)
    assert english.severity == "warning"
    assert english.message == (
        f"'{AKB}' (year 2024): the capaian written 80 is computed as for a higher-is-better "
        "indicator, but the indicator is lower-is-better: target 10 / realisasi 8 x 100 = 125 %."
    )
    assert english.suggestion == "125"
    (indonesian,) = found(doc, "id")
    assert indonesian.message == (
        f"'{AKB}' (tahun 2024): capaian tertulis 80 dihitung seperti indikator yang makin "
        "tinggi makin baik, padahal indikator ini makin rendah makin baik: target 10 / "
        "realisasi 8 x 100 = 125 %."
    )
    assert not found(lkjip(reported("10", "8", "125"), name=AKB, polarity="lower-is-better"))


@pytest.mark.parametrize(
    ("written", "fires"),
    [
        ("125", False),  # target / realisasi
        ("120", False),  # (target - (realisasi - target)) / target, as e-SAKIP prints it
        ("80", True),  # realisasi / target: the warning
        ("121", True),
    ],
)
def test_both_lower_is_better_formulas_are_accepted(written: str, fires: bool) -> None:
    doc = lkjip(reported("10", "8", written), name=AKB, polarity="lower-is-better")
    assert bool(found(doc)) is fires


def test_the_lkjip_samples_negatif_indicator() -> None:
    """Pringsewu's e-SAKIP print: target 9, realisasi 0,8, capaian 191,11 % (negatif)."""
    doc = lkjip(reported("9", "0,8", "191,11%"), name="Persentase Daerah Rawan Pangan",
                polarity="lower-is-better")  # fmt: skip
    assert not found(doc)
    higher = lkjip(reported("9", "0,8", "191,11%"), name="Persentase Daerah Rawan Pangan")
    (finding,) = found(higher)  # read as higher-is-better, the e-SAKIP figure is the inverse
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    ("written", "fires"),
    [
        # realisasi 83,56 against 80: 104,45 %, rounded half up at the decimals written
        ("104,45 %", False),
        ("104,5 %", False),
        ("104.5", False),
        ("104 %", False),
        ("104,4 %", True),
        ("104,46", True),
        ("105", True),
    ],
)
def test_rounding_half_up_at_the_decimals_written(written: str, fires: bool) -> None:
    assert bool(found(lkjip(reported("80", "83,56", written)))) is fires


def test_the_suggestion_is_written_the_way_the_capaian_is() -> None:
    (finding,) = found(lkjip(reported("80", "83,56", "104,4%")))
    assert finding.suggestion == "104,5%"


@pytest.mark.parametrize(
    ("target", "realization", "written"),
    [
        ("0", "5", "0"),  # no capaian without a denominator
        ("BB", "A", "100 %"),  # predicates have no ratio
        ("80 %", "", "0 %"),  # no realisasi
        ("80 %", "76 %", "sangat baik"),  # a capaian in words
        ("80 %", "76 %", "95 persen"),  # precision unknown
    ],
)
def test_achievement_mismatch_stays_silent_where_there_is_nothing_to_compute(
    target: str, realization: str, written: str
) -> None:
    assert not found(lkjip(reported(target, realization, written)))


def test_targets_without_a_written_capaian_are_not_checked() -> None:
    bare = reported("80 %", "76 %", "95 %").model_copy(update={"achievement": None})
    assert not found(lkjip(bare))


def test_the_indicators_of_program_rows_are_checked_too() -> None:
    row = program(4, "Program Pemenuhan Upaya Kesehatan", "program", ["Rp 1.000"])
    row.indicators = [indicator("t1r4", "Cakupan imunisasi", [reported("90", "81", "100")])]
    doc = document("lkjip", period=None, year=2024, programs=[row])
    (finding,) = found(doc)
    assert finding.indicator_id == "t1r4"
    assert "= 90 %" in finding.message


def test_a_polarity_renstra_inferred_from_the_name_yields_to_the_documents_capaian() -> None:
    """Pagelaran Utara's LKjIP: 'Persentase Penurunan Tingkat Gangguan ...' reads as
    lower-is-better by its name, but the document computes 74 / 75 = 98,67 % (as the
    e-SAKIP print does for a positive indicator): no finding, as for a stated polarity it
    is only a warning."""
    doc = lkjip(reported("75", "74", "98,67 %"), name="Persentase Penurunan Tingkat Gangguan",
                polarity="lower-is-better")  # fmt: skip
    assert [f.severity for f in found(doc)] == ["warning"]
    doc.indicators[0].inferred = ["polarity"]
    assert found(doc) == []

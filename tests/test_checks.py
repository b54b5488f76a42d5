"""Each checker rule: a document where it must fire, and one where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.checks import RULES

from .documents import extract_text, iku, renstra, rules_of, signature

ROW = "1\tMeningkatkan derajat kesehatan\tMeningkatnya mutu layanan\t{name}\t{t}"
GOOD_TARGETS = "80 %\t82 %\t84 %\t86 %\t88 %"
GOOD_IKU = (
    "1\tPersentase balita gizi baik\t%\tMeningkatnya gizi\tSeksi Gizi\t"
    "Jumlah balita gizi baik / Jumlah balita x 100%"
)


def row(name: str = "Persentase balita gizi baik", targets: str = GOOD_TARGETS) -> str:
    return ROW.format(name=name, t=targets)


# (rule id, document that must fire it, document that must not)
CASES: dict[str, tuple[str, str]] = {
    "period-typo": (
        renstra([row()], period="Tahun 2022-2062"),
        renstra([row()], period="Tahun 2022-2026"),
    ),
    "period-mismatch": (
        renstra([row()], tail="\nDisusun untuk periode 2023-2027.\n"),
        renstra([row()], tail="\nDisusun untuk periode 2022 s.d. 2026.\n"),
    ),
    "target-count-mismatch": (
        renstra([row()], period="Tahun 2024-2026"),
        renstra([row()], period="Tahun 2022-2026"),
    ),
    "unit-missing": (
        renstra([row("Rata-rata lama sekolah", "8,1\t8,2\t8,3\t8,4\t8,5")]),
        renstra(
            [row("Rata-rata lama sekolah", "8,1 tahun\t8,2 tahun\t8,3 tahun\t8,4 tahun\t8,5 tahun")]
        ),
    ),
    "unit-mismatch": (
        iku(
            ["1\tPersentase kader aktif\torang\tx\tSeksi\tJumlah kader aktif / Jumlah kader x 100%"]
        ),
        iku([GOOD_IKU]),
    ),
    "percent-out-of-range": (
        renstra([row(targets="80 %\t90 %\t100 %\t110 %\t120 %")]),
        renstra([row(targets="80 %\t90 %\t100 %\t100 %\t100 %")]),
    ),
    "target-missing": (
        renstra([row(targets="80 %\t82 %\t\t86 %\t88 %")]),
        renstra([row(targets="-\t82 %\tn/a\t86 %\t88 %")]),
    ),
    "formula-missing": (
        iku(["1\tPersentase balita gizi baik\t%\tMeningkatnya gizi\tSeksi Gizi\t"]),
        iku([GOOD_IKU]),
    ),
    "formula-malformed": (
        iku(
            [
                "1\tPersentase balita gizi baik\t%\tx\tSeksi\t$\\frac{Jumlah balita gizi baik}{Jumlah balita $"
            ]
        ),
        iku(
            [
                "1\tPersentase balita gizi baik\t%\tx\tSeksi\t$\\frac{Jumlah balita gizi baik}{Jumlah balita} \\times 100\\%$"
            ]
        ),
    ),
    "spelling": (
        renstra([row("Presentase balita gizi baik")]),
        renstra([row("Persentase balita gizi baik")]),
    ),
    "nip-invalid": (
        iku([GOOD_IKU], tail=signature("19680231 199403 1 005")),
        iku([GOOD_IKU], tail=signature("19680221 199403 1 005")),
    ),
    "duplicate-indicator": (
        renstra([row(), row().replace("1\tMeningkatkan derajat kesehatan", "\t")]),
        renstra(
            [
                row(),
                row("Persentase ibu hamil K4").replace("1\tMeningkatkan derajat kesehatan", "\t"),
            ]
        ),
    ),
}


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires(rule_id: str, tmp_path: Path) -> None:
    document = extract_text(tmp_path, CASES[rule_id][0])
    assert rule_id in rules_of(document), [f.message for f in document.findings]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent(rule_id: str, tmp_path: Path) -> None:
    document = extract_text(tmp_path, CASES[rule_id][1])
    assert rule_id not in rules_of(document), [f.message for f in document.findings]


def test_clean_documents_have_no_findings_at_all(tmp_path: Path) -> None:
    for text in (renstra([row()]), iku([GOOD_IKU], tail=signature("19680221 199403 1 005"))):
        assert extract_text(tmp_path, text).findings == []


def test_period_typo_suggests_the_period_stated_elsewhere(tmp_path: Path) -> None:
    text = renstra([row()], period="Tahun 2022-2062", tail="\nperiode 2022-2026\n")
    (typo,) = [f for f in extract_text(tmp_path, text).findings if f.rule == "period-typo"]
    assert typo.suggestion == "2022-2026"
    assert typo.severity == "error"
    assert typo.location.line == 2


def test_target_count_mismatch_is_a_warning_when_the_first_year_may_be_a_baseline(
    tmp_path: Path,
) -> None:
    document = extract_text(tmp_path, renstra([row()], period="Tahun 2021-2026"))
    (finding,) = [f for f in document.findings if f.rule == "target-count-mismatch"]
    assert finding.severity == "warning"
    assert "2022-2026" in finding.message and "2021-2025" in finding.message
    assert all(t.year is None for i in document.indicators for t in i.targets)


def test_target_count_mismatch_is_an_error_when_no_reading_fits(tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row()], period="Tahun 2024-2026"))
    (finding,) = [f for f in document.findings if f.rule == "target-count-mismatch"]
    assert finding.severity == "error"


def test_legacy_nip_is_info_not_error(tmp_path: Path) -> None:
    document = extract_text(tmp_path, iku([GOOD_IKU], tail=signature("131 862 045")))
    (finding,) = [f for f in document.findings if f.rule == "nip-invalid"]
    assert finding.severity == "info"


def test_target_missing_points_at_the_empty_cell(tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row(targets="80 %\t82 %\t\t86 %\t88 %")]))
    (finding,) = [f for f in document.findings if f.rule == "target-missing"]
    assert (finding.location.line, finding.location.row, finding.location.column) == (6, 3, 7)
    assert finding.indicator_id == "t1r3"

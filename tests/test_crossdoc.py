"""Rules across one organization's documents: fire and must-not-fire for each."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from renstra.extract.checks import RULES, run_batch_checks
from renstra.extract.checks.crossdoc import name_key, similarity
from renstra.extract.pipeline import extract_document
from renstra.schemas import Document, Settings

from .paths import SAMPLES
from .test_checks_yearly import CASES as YEARLY_CASES

RENSTRA = """Tabel 7.1
Indikator Kinerja Dinas Sosial Kota Sukamaju Tahun {period}

No\tIndikator\tSatuan\tTarget Tahun 2022\tTarget Tahun 2023\tTarget Tahun 2024
1\tPersentase PPKS yang tertangani\t%\t70 %\t75 %\t80 %
2\tJumlah kelompok usaha bersama\tkelompok\t10\t12\t14
"""
IKU = """MATRIKS INDIKATOR KINERJA UTAMA (IKU)
DINAS SOSIAL KOTA SUKAMAJU TAHUN {period}

NAMA OPD : DINAS SOSIAL

Kodefikasi\tIndikator\tSatuan\t2022\t2023\t2024\tSumber Data
IKU.1\t{name}\t{unit}\t70 %\t{target}\t80 %\tBidang Rehsos
"""


def build(
    tmp_path: Path,
    *,
    name: str = "Persentase PPKS yang tertangani",
    unit: str = "%",
    target: str = "75 %",
    iku_period: str = "2022-2024",
    renstra_period: str = "2022-2024",
    iku_versions: int = 1,
) -> list[Document]:
    """A Renstra and an IKU of one Dinas Sosial (and ``iku_versions`` - 1 older IKUs whose
    2023 target differs: a resubmission fixed it), checked together."""
    (tmp_path / "renstra.txt").write_text(RENSTRA.format(period=renstra_period), encoding="utf-8")
    iku = IKU.format(name=name, unit=unit, target=target, period=iku_period)
    names = ["renstra.txt", "iku.txt"]
    for version in range(1, iku_versions):
        old = IKU.format(name=name, unit=unit, target=f"{60 + version} %", period=iku_period)
        names.append(f"iku_old{version}.txt")
        (tmp_path / names[-1]).write_text(old, encoding="utf-8")
        os.utime(tmp_path / names[-1], (1_600_000_000 + version,) * 2)
    (tmp_path / "iku.txt").write_text(iku, encoding="utf-8")
    documents = [extract_document(str(tmp_path / n)) for n in names]
    run_batch_checks(documents, Settings(lang="en"))
    return documents


def rules_in(documents: list[Document]) -> list[str]:
    return sorted(f.rule for d in documents for f in d.findings if f.rule.startswith("cross-"))


# rule id -> (keyword arguments that must fire it, that must not)
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "cross-indicator-missing": (
        {"name": "Persentase lansia terlantar yang mendapat layanan"},
        {"name": "Persentase PPKS tertangani"},  # a wording difference still matches
    ),
    "cross-target-mismatch": ({"target": "76 %"}, {"target": "75%"}),
    "cross-period-mismatch": ({"iku_period": "2022-2025"}, {"iku_period": "2022 - 2024"}),
    "cross-version": ({"iku_versions": 2}, {"iku_versions": 1}),
}


def test_every_batch_rule_has_a_case() -> None:
    # the PK and LKjIP rules, on documents built directly: tests/test_checks_yearly.py
    assert set(CASES) | set(YEARLY_CASES) == {
        rule.id for rule in RULES.values() if rule.scope == "batch"
    }


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_cross_rule_fires(rule_id: str, tmp_path: Path) -> None:
    documents = build(tmp_path, **CASES[rule_id][0])
    assert rule_id in rules_in(documents)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_cross_rule_stays_silent(rule_id: str, tmp_path: Path) -> None:
    documents = build(tmp_path, **CASES[rule_id][1])
    assert all(d.indicators for d in documents)
    assert rule_id not in rules_in(documents)


def test_findings_land_on_the_iku_with_the_match_and_the_numbers(tmp_path: Path) -> None:
    renstra, iku = build(tmp_path, target="76 %")
    assert [f.rule for f in renstra.findings] == []
    (finding,) = [f for f in iku.findings if f.rule == "cross-target-mismatch"]
    assert "2023: '76 %' / '75 %'" in finding.message
    assert "100% similar" in finding.message
    assert finding.indicator_id == iku.indicators[0].id
    assert finding.location.line == 7


def test_documents_of_other_organizations_are_not_compared(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    documents = build(tmp_path / "a", name="Persentase lansia terlantar yang mendapat layanan")
    other = tmp_path / "other.txt"
    other.write_text(RENSTRA.format(period="2022-2024").replace("Dinas Sosial", "Dinas Pendidikan"))
    documents = [extract_document(str(other)), documents[1]]
    for d in documents:
        d.findings = [f for f in d.findings if not f.rule.startswith("cross-")]
    run_batch_checks(documents, Settings())
    assert rules_in(documents) == []


def test_the_dinkes_samples_together(tmp_path: Path) -> None:
    for name in ("renstra_dinkes_tanah_datar_baru.txt", "iku_dinkes_tanah_datar_baru.txt"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    documents = [extract_document(str(p)) for p in sorted(tmp_path.iterdir())]
    run_batch_checks(documents, Settings(lang="en"))
    iku = next(d for d in documents if d.doc_type == "iku")
    names = {i.id: i.name for i in iku.indicators}
    found = {(f.rule, names[f.indicator_id or ""]) for f in iku.findings}
    assert found == {
        ("cross-target-mismatch", "Angka Kematian Bayi"),
        ("cross-indicator-missing", "Prevalensi stunting pada balita"),
    }


def test_ignoring_the_cross_tag_turns_them_off(tmp_path: Path) -> None:
    (tmp_path / "renstra.txt").write_text(RENSTRA.format(period="2022-2024"), encoding="utf-8")
    (tmp_path / "iku.txt").write_text(
        IKU.format(name="Lain", unit="%", target="75 %", period="2022-2025"), encoding="utf-8"
    )
    documents = [extract_document(str(tmp_path / n)) for n in ("renstra.txt", "iku.txt")]
    run_batch_checks(documents, Settings(ignore=("#cross",)))
    assert rules_in(documents) == []


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Jumlah kasus Demam Berdarah Dengue", "Jumlah kasus Demam Berdarah Dengue (DBD)", 0.85, 1),
        ("Presentase PPKS tertangani", "persentase  PPKS tertangani", 1, 1),
        ("Angka kematian ibu", "Prevalensi stunting pada balita", 0, 0.5),
    ],
)
def test_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= similarity(a, b) <= high


def test_name_key_corrects_known_misspellings() -> None:
    assert name_key("Presentase  Indek-Kepuasan") == "persentase indeks kepuasan"


def test_only_the_newest_version_is_compared_and_each_older_one_says_so(tmp_path: Path) -> None:
    renstra, iku, old1, old2 = build(tmp_path, iku_versions=3)
    # the older IKUs' 2023 targets (61 %, 62 %) differ from the Renstra's: never compared
    for old in (old1, old2):
        (version,) = [f for f in old.findings if f.rule.startswith("cross-")]
        assert (version.rule, version.severity) == ("cross-version", "info")
        assert str(tmp_path / "iku.txt") in version.message
    (kept,) = [f for f in iku.findings if f.rule == "cross-version"]
    assert "iku_old1.txt" in kept.message and "iku_old2.txt" in kept.message
    assert [f.rule for f in renstra.findings] == []


def test_running_twice_never_doubles_the_findings(tmp_path: Path) -> None:
    documents = build(tmp_path, target="76 %", iku_versions=2)
    first = [[f.fingerprint for f in d.findings] for d in documents]
    run_batch_checks(documents, Settings(lang="en"))
    assert [[f.fingerprint for f in d.findings] for d in documents] == first


def test_many_versions_are_named_up_to_five_and_counted(tmp_path: Path) -> None:
    documents = build(tmp_path, iku_versions=8)
    iku = documents[1]
    (kept,) = [f for f in iku.findings if f.rule == "cross-version"]
    assert kept.message.startswith("The version compared of 8 versions of this document")
    assert kept.message.endswith(" and 2 more.")
    assert kept.message.count("iku_old") == 5
    olds = [f for d in documents[2:] for f in d.findings if f.rule == "cross-version"]
    assert len(olds) == 7

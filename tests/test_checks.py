"""Each checker rule: a document where it must fire, and one where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.checks import RULES, severity_for
from renstra.extract.parsers.periods import MAX_PERIOD_MENTIONS
from renstra.extract.pipeline import extract_document
from renstra.schemas import Document, Finding, Settings, Severity

from .documents import extract_text, iku, renstra, rules_of, signature
from .test_checks_achievements import CASES as ACHIEVEMENT_CASES
from .test_checks_budgets import CASES as BUDGET_CASES
from .test_checks_codes import CASES as CODE_CASES

ROW = "1\tMeningkatkan derajat kesehatan\tMeningkatnya mutu layanan\t{name}\t{t}"
GOOD_TARGETS = "80 %\t82 %\t84 %\t86 %\t88 %"
GOOD_IKU = (
    "1\tPersentase balita gizi baik\t%\tMeningkatnya gizi\tSeksi Gizi\t"
    "Jumlah balita gizi baik / Jumlah balita x 100%"
)


def row(name: str = "Persentase balita gizi baik", targets: str = GOOD_TARGETS) -> str:
    return ROW.format(name=name, t=targets)


def next_row(name: str, targets: str = GOOD_TARGETS) -> str:
    """A further row of the same tujuan and sasaran (merged cells left empty)."""
    return f"\t\t\t{name}\t{targets}"


LAMA_SEKOLAH = "Rata-rata lama sekolah"


# (rule id, document that must fire it, document that must not)
CASES: dict[str, tuple[str, str]] = {
    "period-typo": (
        renstra([row()], period="Tahun 2022-2062"),
        renstra([row()], period="Tahun 2022-2026"),
    ),
    "period-mentions-limit": (
        renstra([row()], tail="periode 2022-2026\n" * MAX_PERIOD_MENTIONS),
        renstra([row()], tail="periode 2022-2026\n" * (MAX_PERIOD_MENTIONS - 2)),
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
                "1\tPersentase balita gizi baik\t%\tx\tSeksi\t"
                "$\\frac{Jumlah balita gizi baik}{Jumlah balita $"
            ]
        ),
        iku(
            [
                "1\tPersentase balita gizi baik\t%\tx\tSeksi\t"
                "$\\frac{Jumlah balita gizi baik}{Jumlah balita} \\times 100\\%$"
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
    "target-trend": (
        renstra([row(targets="80 %\t82 %\t81 %\t86 %\t88 %")]),
        renstra([row(targets="80 %\t82 %\t82 %\t86 %\t88 %")]),
    ),
    "targets-copied": (
        renstra([row(), next_row("Persentase ibu hamil K4")]),
        # two indicators written in one cell share that row's targets by construction
        renstra([row("- Persentase balita gizi baik - Persentase ibu hamil K4")]),
    ),
    "target-jump": (
        renstra([row(LAMA_SEKOLAH, "8,12\t8,24\t8,36\t9,32\t9,44")]),
        renstra([row(LAMA_SEKOLAH, "8,12\t8,24\t8,36\t8,48\t8,60")]),
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
    "no-indicators": (
        # an IKU whose table header names no indicator column: nothing can be read
        iku(["1\tPersentase A\t%\tx\tSeksi\tA/B"]).replace("URAIAN INDIKATOR", "URAIAN"),
        iku([GOOD_IKU]),
    ),
    "rows-unread": (
        renstra([row(), next_row("", "70 %\t72 %\t74 %\t76 %\t78 %")]),
        renstra([row(), "\tMewujudkan tata kelola\t\t\t\t\t\t\t"]),
    ),
    "period-missing": (
        iku([GOOD_IKU]).replace("KOTA SUKAMAJU TAHUN 2021 - 2025", "KOTA SUKAMAJU"),
        iku([GOOD_IKU]),
    ),
    "organization-missing": (
        iku([GOOD_IKU]).replace("NAMA OPD : DINAS KESEHATAN", ""),
        iku([GOOD_IKU]),
    ),
}


def test_every_rule_has_a_case() -> None:
    # Rules over several documents have theirs in tests/test_crossdoc.py; rules on what
    # the reader saw in the file (#source), in tests/test_source_notes.py; rules on program
    # rows and capaian, on documents built directly, in tests/test_checks_{budgets,codes,
    # achievements}.py.
    built = {*ACHIEVEMENT_CASES, *BUDGET_CASES, *CODE_CASES}
    assert not set(CASES) & built
    assert set(CASES) | built == {
        rule.id
        for rule in RULES.values()
        if rule.scope == "document" and "#source" not in rule.tags
    }


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires(rule_id: str, tmp_path: Path) -> None:
    document = extract_text(tmp_path, CASES[rule_id][0])
    assert rule_id in rules_of(document), [f.message for f in document.findings]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent(rule_id: str, tmp_path: Path) -> None:
    document = extract_text(tmp_path, CASES[rule_id][1])
    assert document.indicators, "a silent rule proves nothing on a document with no indicators"
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


@pytest.mark.parametrize("rule_id", ["target-trend", "targets-copied", "target-jump"])
def test_silent_cases_of_row_rules_have_indicators(rule_id: str, tmp_path: Path) -> None:
    """The must-not-fire documents of the row rules are read, so their silence means something."""
    assert extract_text(tmp_path, CASES[rule_id][1]).indicators


def _with(rule_id: str, document: Document) -> list[Finding]:
    return [f for f in document.findings if f.rule == rule_id]


@pytest.mark.parametrize(
    ("name", "targets", "fires"),
    [
        ("Angka kematian bayi", "9,5\t9,2\t9,6\t8,6\t8,3", True),  # lower-is-better rising
        ("Angka kematian bayi", "9,5\t9,2\t8,9\t8,6\t8,3", False),
        ("Waktu rata-rata penyelesaian izin", "4 hari\t3 hari\t3 hari\t2 hari\t2 hari", False),
        ("Nilai SAKIP", "BB\tA\tB\tA\tAA", True),  # A then B: down the SAKIP scale
        ("Nilai SAKIP", "B\tBB\tBB\tA\tAA", False),
        ("Opini BPK atas LKPD", "WTP\tWTP\tWDP\tWTP\tWTP", True),
        ("Opini BPK atas LKPD", "WDP\tWTP\tWTP\tWTP\tWTP", False),
        ("Indeks Pembangunan Manusia", "69,1-69,5\t69,6-70,0\t69,0-69,4\t70,6-71,0\t71", True),
        ("Hasil penilaian arsip", "Belum bagus\tcukup\tcukup\tbaik\tbaik", False),
        # the seed's row: a percentage OF reduction rises as the reduction succeeds
        ("Persentase Penurunan Gangguan ketentraman", "30 %\t35 %\t55 %\t83 %\t100 %", False),
        ("Laju pertumbuhan ekonomi", "5,2 %\t5,0 %\t4,8 %\t4,8 %\t4,6 %", False),
    ],
)
def test_target_trend(name: str, targets: str, fires: bool, tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row(name, targets)]))
    assert document.indicators
    assert bool(_with("target-trend", document)) is fires


def test_target_trend_names_the_steps_in_both_languages(tmp_path: Path) -> None:
    text = renstra([row("Angka kematian bayi", "9,5\t9,2\t9,6\t8,6\t8,7")])
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    (indonesian,) = _with("target-trend", extract_document(str(path)))
    (english,) = _with("target-trend", extract_document(str(path), Settings(lang="en")))
    assert indonesian.message == (
        "'Angka kematian bayi' makin rendah makin baik, tetapi targetnya naik: "
        "'9,2' -> '9,6' (2023-2024); '8,6' -> '8,7' (2025-2026)."
    )
    assert english.message == (
        "'Angka kematian bayi' is lower-is-better, but its targets rise: "
        "'9,2' -> '9,6' (2023-2024); '8,6' -> '8,7' (2025-2026)."
    )
    assert (english.location.column, english.evidence) == (7, "9,6")


def test_targets_copied_names_the_original_row(tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row(), next_row("Persentase ibu hamil K4")]))
    (copied,) = _with("targets-copied", document)
    assert copied.indicator_id == "t1r4"
    assert "'Persentase balita gizi baik'" in copied.message


@pytest.mark.parametrize(
    "rows",
    [
        [
            row(targets="100 %\t100 %\t100 %\t100 %\t100 %"),
            next_row("Persentase K4", "100 %\t" * 4 + "100 %"),
        ],
        [
            row(targets="20 %\t40 %\t60 %\t80 %\t100 %"),
            next_row("Persentase K4", "20 %\t40 %\t60 %\t80 %\t100 %"),
        ],
        [row(), next_row("Persentase balita gizi baik")],  # the same indicator: duplicate-indicator
        [row(targets="-\t-\tn/a\t86 %\t88 %"), next_row("Persentase K4", "-\t-\tn/a\t86 %\t88 %")],
    ],
    ids=["constant", "round-schedule", "same-name", "too-few-values"],
)
def test_targets_copied_stays_silent(rows: list[str], tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra(rows))
    assert len(document.indicators) == 2
    assert not _with("targets-copied", document)


def test_targets_copied_from_a_shared_cell_flags_the_third_row_only(tmp_path: Path) -> None:
    rows = [
        row("- Persentase balita gizi baik - Persentase ibu hamil K4"),
        next_row("Persentase bayi ASI"),
    ]
    document = extract_text(tmp_path, renstra(rows))
    assert [i.id for i in document.indicators] == ["t1r3.1", "t1r3.2", "t1r4"]
    assert [f.indicator_id for f in _with("targets-copied", document)] == ["t1r4"]


def test_target_jump_gives_the_numbers(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(renstra([row(LAMA_SEKOLAH, "8,12\t8,24\t8,36\t9,32\t9,44")]), encoding="utf-8")
    (indonesian,) = _with("target-jump", extract_document(str(path)))
    (english,) = _with("target-jump", extract_document(str(path), Settings(lang="en")))
    assert indonesian.message == (
        "'Rata-rata lama sekolah': target berubah +0,96 per tahun dari '8,36' ke '9,32' "
        "(2024-2025), sedangkan tahun lainnya berubah paling banyak 0,12 per tahun."
    )
    assert "+0.96 a year from '8,36' to '9,32' (2024-2025)" in english.message
    assert "at most 0.12 a year" in english.message
    assert indonesian.severity == "warning"
    assert indonesian.location.column == 8


@pytest.mark.parametrize(
    "targets",
    [
        "4 hari\t3 hari\t3 hari\t2 hari\t2 hari",  # steps of 1 and 0
        "100 %\t100 %\t100 %\t100 %\t120 %",  # no pace to compare with (percent-out-of-range)
        "8,12\t8,12\t8,13\t8,14\t8,20",  # 0,06 is 8x the other steps but under 1 % of 8
        "85 %\t90 %\t93 %\t95 %\t98 %",
    ],
)
def test_target_jump_stays_silent(targets: str, tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra([row("Nilai kinerja", targets)]))
    assert document.indicators
    assert not _with("target-jump", document)


def test_target_jump_factor_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(renstra([row(LAMA_SEKOLAH, "8,12\t8,24\t8,36\t9,32\t9,44")]), encoding="utf-8")
    assert not _with(
        "target-jump", extract_document(str(path), Settings(rules={"target-jump": {"factor": 10}}))
    )


def test_percent_maximum_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(renstra([row(targets="80 %\t90 %\t100 %\t110 %\t120 %")]), encoding="utf-8")
    assert _with("percent-out-of-range", extract_document(str(path)))
    assert not _with(
        "percent-out-of-range",
        extract_document(str(path), Settings(rules={"percent-out-of-range": {"maximum": 150}})),
    )


SPELLING_AND_PERIOD = renstra([row("Presentase balita gizi baik")], period="Tahun 2022-2062")


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ((), (), ["period-typo", "spelling"]),
        (("#period",), (), ["period-typo"]),
        (("spelling",), (), ["spelling"]),
        ((), ("#spelling",), ["period-typo"]),
        (("#period", "spelling"), ("period-typo",), ["spelling"]),
    ],
)
def test_select_and_ignore_by_id_or_tag(
    select: tuple[str, ...], ignore: tuple[str, ...], expected: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(SPELLING_AND_PERIOD, encoding="utf-8")
    document = extract_document(str(path), Settings(select=select, ignore=ignore))
    assert sorted(rules_of(document)) == expected


@pytest.mark.parametrize(
    ("overrides", "rule_id", "found", "expected"),
    [
        ({"spelling": "error"}, "spelling", "warning", "error"),
        ({"#spelling": "info"}, "spelling", "warning", "info"),
        ({"#unit": "info", "#formula": "warning"}, "unit-mismatch", "error", "warning"),
        ({"unit-mismatch": "info", "#unit": "error"}, "unit-mismatch", "error", "info"),
        # a legacy NIP is info on purpose: an override may lower it, never raise it
        ({"nip-invalid": "warning"}, "nip-invalid", "info", "info"),
        ({"nip-invalid": "warning"}, "nip-invalid", "error", "warning"),
        ({"target-count-mismatch": "info"}, "target-count-mismatch", "warning", "info"),
        ({}, "spelling", "warning", "warning"),
    ],
)
def test_severity_overrides(
    overrides: dict[str, Severity], rule_id: str, found: Severity, expected: Severity
) -> None:
    settings = Settings(severity=overrides)
    assert severity_for(RULES[rule_id], found, settings) == expected


def test_extra_misspellings_are_flagged(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(renstra([row("Persentase pelaksanan posyandu")]), encoding="utf-8")
    assert not extract_document(str(path)).findings
    settings = Settings(misspellings={"Pelaksanan": "Pelaksanaan"})
    (found,) = extract_document(str(path), settings).findings
    assert (found.rule, found.evidence, found.suggestion) == (
        "spelling",
        "pelaksanan",
        "pelaksanaan",
    )
    assert found.message == (
        "'pelaksanan' pada 'Persentase pelaksanan posyandu' kemungkinan salah eja; "
        "gunakan 'pelaksanaan'."
    )


def test_findings_carry_description_tags_and_fingerprint(tmp_path: Path) -> None:
    (found,) = extract_text(tmp_path, renstra([row("Presentase balita gizi baik")])).findings
    assert found.tags == ["#spelling"]
    assert found.description == (
        "Salah eja yang dikenal (Presentase, Indek...) atau kata yang tergabung "
        "(IndeksBudayaKerja)."
    )
    assert found.message == (
        "'Presentase' pada 'Presentase balita gizi baik' kemungkinan salah eja; "
        "gunakan 'Persentase'."
    )
    assert found.fingerprint and len(found.fingerprint) == 16


def test_no_indicators_names_the_tables_it_saw(tmp_path: Path) -> None:
    text = iku(["1\tPersentase A\t%\tx\tSeksi\tA/B"]).replace("URAIAN INDIKATOR", "URAIAN")
    document = extract_text(tmp_path, text)
    (found,) = [f for f in document.findings if f.rule == "no-indicators"]
    assert found.severity == "error"
    assert "NO. | URAIAN | SATUAN" in found.message
    assert found.location is not None and found.location.table == 1
    assert document.coverage.tables_seen == 1 and document.coverage.tables_read == 0


def test_no_indicators_is_a_warning_for_a_document_of_unknown_kind(tmp_path: Path) -> None:
    document = extract_text(tmp_path, "Notulen rapat koordinasi.\n\nHadir: 12 orang.\n")
    (found,) = [f for f in document.findings if f.rule == "no-indicators"]
    assert found.severity == "warning"
    assert rules_of(document) == ["no-indicators"]


RENJA_COVER = (
    "RENCANA KERJA (RENJA)\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nKABUPATEN SUKAMAJU\n"
    "TAHUN 2024\n\nSukamaju, 2 Januari 2024\nKEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH,\n\n"
    "Ir. BUDI SANTOSO, M.T.\nPembina Utama Muda\nNIP. 19680101 199303 1 004\n"
)


def test_a_renja_signature_page_is_a_kind_and_a_signatory_not_an_error(tmp_path: Path) -> None:
    document = extract_text(tmp_path, RENJA_COVER)
    assert (document.doc_type, document.year) == ("renja", 2024)
    assert document.signatory is not None and document.signatory.name == "Ir. BUDI SANTOSO, M.T."
    assert "no-indicators" not in rules_of(document)
    unsigned = extract_text(tmp_path, RENJA_COVER.split("Sukamaju,")[0], "unsigned.txt")
    assert "no-indicators" in rules_of(unsigned)  # a Renja without table nor signature says so


def test_rows_unread_names_the_row_and_what_it_holds(tmp_path: Path) -> None:
    document = extract_text(
        tmp_path, renstra([row(), next_row("", "70 %\t72 %\t74 %\t76 %\t78 %")])
    )
    (found,) = [f for f in document.findings if f.rule == "rows-unread"]
    assert found.location is not None and found.location.row == 4
    assert "70 % | 72 %" in found.message
    assert document.coverage.rows_seen == 2 and document.coverage.rows_read == 1
    assert [p.location.row for p in document.coverage.unread_rows] == [4]

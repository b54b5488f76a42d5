"""The budget rules (renstra.extract.checks.budgets) on program tables built directly."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from renstra.extract.checks import run_checks
from renstra.extract.checks.budgets import rupiah, written_form
from renstra.schemas import Document, Finding, Program, Settings

from .programs import budget, document, program, where

PROGRAM = "Program Pemenuhan Upaya Kesehatan"
KEGIATAN = "Penyediaan Fasilitas Pelayanan Kesehatan"


def table(**changes: Sequence[str] | str | None) -> list[Program]:
    """A clean T-C.27 of two years: two programs, the second with two kegiatan, the first
    kegiatan with two sub kegiatan, and the total row. ``changes``: a row's budgets (or
    ``<row>_final``, ``<row>_targets``) replaced, rows named p1 p2 k1 k2 s1 s2 total."""
    rows: dict[str, dict[str, object]] = {
        "p1": dict(row=3, name="Program Penunjang Urusan", level="program", code="1.02.01",
                   budgets=["Rp 300.000.000", "Rp 320.000.000"], final="Rp 620.000.000",
                   targets=["100 %", "100 %"]),
        "p2": dict(row=4, name=PROGRAM, level="program", code="1.02.02",
                   budgets=["Rp 1.500.000.000", "Rp 1.650.000.000"], final="Rp 3.150.000.000",
                   targets=["80 %", "82 %"]),
        "k1": dict(row=5, name=KEGIATAN, level="kegiatan", code="1.02.02.2.01", parent=4,
                   budgets=["Rp 900.000.000", "Rp 1.000.000.000"], final="Rp 1.900.000.000",
                   targets=["10", "12"]),
        "s1": dict(row=6, name="Pembangunan Puskesmas", level="sub_kegiatan",
                   code="1.02.02.2.01.0001", parent=5,
                   budgets=["Rp 400.000.000", "Rp 450.000.000"], final="Rp 850.000.000",
                   targets=["1", "1"]),
        "s2": dict(row=7, name="Pengadaan Alat Kesehatan", level="sub_kegiatan",
                   code="1.02.02.2.01.0002", parent=5,
                   budgets=["Rp 500.000.000", "Rp 550.000.000"], final="Rp 1.050.000.000",
                   targets=["20", "25"]),
        "k2": dict(row=8, name="Penyediaan Layanan Kesehatan", level="kegiatan",
                   code="1.02.02.2.02", parent=4,
                   budgets=["Rp 600.000.000", "Rp 650.000.000"], final="Rp 1.250.000.000",
                   targets=["10", "12"]),
        "total": dict(row=9, name="Jumlah", level="total",
                      budgets=["Rp 1.800.000.000", "Rp 1.970.000.000"],
                      final="Rp 3.770.000.000"),
    }  # fmt: skip
    for key, value in changes.items():
        name, _, part = key.partition("_")
        rows[name][part or "budgets"] = value
    return [program(**r) for r in rows.values()]  # type: ignore[arg-type]


def found(
    rule_id: str, programs: list[Program], lang: str = "en", **options: object
) -> list[Finding]:
    settings = Settings(lang=lang, rules={rule_id: options} if options else {})  # type: ignore[arg-type]
    findings = run_checks(document(programs=programs), settings)
    return [f for f in findings if f.rule == rule_id]


def test_the_clean_table_has_no_findings_of_the_program_rules() -> None:
    findings = run_checks(document(programs=table()), Settings())
    assert [f for f in findings if {"#budget", "#program"} & set(f.tags)] == []


# rule id -> (rows where it fires, rows where it must not)
CASES: dict[str, tuple[Document, Document]] = {
    "budget-sum-mismatch": (
        document(programs=table(k2=["Rp 600.000.000", "Rp 600.000.000"])),
        document(programs=table()),
    ),
    "budget-zero-final": (
        document(programs=table(s1_final="Rp 0")),
        document(programs=table(s1=["Rp 400.000.000", "Rp 0"], s1_targets=["1", "-"])),
    ),
    "budget-missing": (
        document(programs=table(k2=["Rp 600.000.000", ""])),
        document(programs=table(k2=["Rp 600.000.000", ""], k2_targets=["10", "-"])),
    ),
}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires(rule_id: str) -> None:
    assert rule_id in {f.rule for f in run_checks(CASES[rule_id][0], Settings())}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent(rule_id: str) -> None:
    assert CASES[rule_id][1].programs
    assert rule_id not in {f.rule for f in run_checks(CASES[rule_id][1], Settings())}


# -- budget-sum-mismatch


def test_a_program_that_is_not_the_sum_of_its_kegiatan() -> None:
    rows = table(k2=["Rp 600.000.000", "Rp 600.000.000"], k2_final="Rp 1.200.000.000")
    english = found("budget-sum-mismatch", rows)
    assert [(f.indicator_id, f.location) for f in english] == [
        ("t1r4", where(1, 4, 10)),  # the program's 2023 Rp cell
        ("t1r4", where(1, 4, 18)),  # its period-end Rp cell
    ]
    first = english[0]
    assert first.message == (
        f"'{PROGRAM}' (year 2023): the budget is written Rp 1,650,000,000, but the 2 rows "
        "under it sum to Rp 1,600,000,000 (a difference of Rp 50,000,000)."
    )
    assert (first.severity, first.evidence, first.suggestion) == (
        "error",
        "Rp 1.650.000.000",
        "1.600.000.000",
    )
    assert "(period end)" in english[1].message
    (indonesian, _) = found("budget-sum-mismatch", rows, lang="id")
    assert indonesian.message == (
        f"'{PROGRAM}' (tahun 2023): anggaran tertulis Rp 1.650.000.000, tetapi jumlah 2 baris "
        "di bawahnya Rp 1.600.000.000 (selisih Rp 50.000.000)."
    )
    assert indonesian.fingerprint == first.fingerprint


def test_a_kegiatan_that_is_not_the_sum_of_its_sub_kegiatan() -> None:
    (finding,) = found("budget-sum-mismatch", table(s2=["Rp 50.000.000", "Rp 550.000.000"]))
    assert finding.indicator_id == "t1r5"
    assert "'Penyediaan Fasilitas Pelayanan Kesehatan' (year 2022)" in finding.message
    assert "sum to Rp 450,000,000 (a difference of Rp 450,000,000)" in finding.message


def test_a_total_row_that_is_not_the_sum_of_the_programs_above_it() -> None:
    (english,) = found("budget-sum-mismatch", table(total=["Rp 1.900.000.000", "Rp 1.970.000.000"]))
    assert (english.indicator_id, english.location) == ("t1r9", where(1, 9, 8))
    assert english.message == (
        "The total row 'Jumlah' (year 2022) is written Rp 1,900,000,000, but the 2 rows it "
        "totals sum to Rp 1,800,000,000 (a difference of Rp 100,000,000)."
    )
    (indonesian,) = found(
        "budget-sum-mismatch", table(total=["Rp 1.900.000.000", "Rp 1.970.000.000"]), lang="id"
    )
    assert indonesian.message == (
        "Baris jumlah 'Jumlah' (tahun 2022) tertulis Rp 1.900.000.000, tetapi jumlah 2 baris "
        "yang dijumlahkannya Rp 1.800.000.000 (selisih Rp 100.000.000)."
    )


@pytest.mark.parametrize(
    ("written", "fires"),
    [
        ("Rp 1.500.002.000", False),  # Rp 1,000 for each of the two kegiatan summed
        ("Rp 1.499.998.000", False),
        ("Rp 1.500.002.001", True),
        ("Rp 1.499.997.999", True),
    ],
)
def test_the_tolerance_is_per_row_summed(written: str, fires: bool) -> None:
    rows = table(p2=[written, "Rp 1.650.000.000"])
    assert bool(found("budget-sum-mismatch", rows)) is fires


def test_the_tolerance_is_configurable() -> None:
    rows = table(p2=["Rp 1.500.000.001", "Rp 1.650.000.000"])
    assert not found("budget-sum-mismatch", rows)
    assert found("budget-sum-mismatch", rows, tolerance=0)


def test_figures_in_thousands_are_compared_in_rupiah_and_suggested_in_thousands() -> None:
    rows = [
        program(4, PROGRAM, "program", ["1.500.000", "1.650.001"], scale=1000),
        program(5, KEGIATAN, "kegiatan", ["900.000", "1.000.000"], parent=4, scale=1000),
        program(8, "Penyediaan Layanan", "kegiatan", ["600.000", "640.000"], parent=4, scale=1000),
    ]
    (finding,) = found("budget-sum-mismatch", rows)
    assert "written Rp 1,650,001,000" in finding.message
    assert finding.suggestion == "1.640.000"


def test_a_year_with_an_unreadable_or_empty_part_is_not_summed() -> None:
    for cell in ("", "-", "lihat lampiran"):
        assert not found("budget-sum-mismatch", table(k2=[cell, "Rp 650.000.000"]))


def test_a_total_after_an_earlier_total_sums_only_the_rows_since() -> None:
    rows = [
        program(3, "Program A", "program", ["Rp 100.000.000"]),
        program(4, "Sub jumlah", "total", ["Rp 100.000.000"]),
        program(5, "Program B", "program", ["Rp 200.000.000"]),
        program(6, "Program C", "program", ["Rp 300.000.000"]),
        program(7, "Sub jumlah", "total", ["Rp 500.000.000"]),
    ]
    assert not found("budget-sum-mismatch", rows)
    rows[-1] = program(7, "Sub jumlah", "total", ["Rp 600.000.000"])
    (finding,) = found("budget-sum-mismatch", rows)
    assert finding.indicator_id == "t1r7"


def test_rows_of_another_table_are_not_summed_into_a_total() -> None:
    rows = [
        program(3, "Program A", "program", ["Rp 100.000.000"], table=1),
        program(3, "Program B", "program", ["Rp 200.000.000"], table=2),
        program(4, "Jumlah", "total", ["Rp 200.000.000"], table=2),
    ]
    assert not found("budget-sum-mismatch", rows)


# -- budget-zero-final


def test_rp_0_at_the_period_end() -> None:
    (english,) = found("budget-zero-final", table(s1_final="Rp 0", s2_final="Rp 1.900.000.000"))
    assert (english.indicator_id, english.location) == ("t1r6", where(1, 6, 18))
    assert (
        english.message
        == "'Pembangunan Puskesmas' (period end): a budget of Rp 0 at the period end."
    )
    assert (english.severity, english.evidence) == ("warning", "Rp 0")
    (indonesian,) = found(
        "budget-zero-final", table(s1_final="Rp 0", s2_final="Rp 1.900.000.000"), lang="id"
    )
    assert (
        indonesian.message
        == "'Pembangunan Puskesmas' (akhir periode): anggaran Rp 0 pada akhir periode."
    )


def test_rp_0_in_a_year_with_a_target() -> None:
    rows = table(s1=["Rp 400.000.000", "0"], s2=["Rp 500.000.000", "Rp 1.000.000.000"])
    (english,) = found("budget-zero-final", rows)
    assert (english.indicator_id, english.location) == ("t1r6", where(1, 6, 10))
    assert english.message == (
        "'Pembangunan Puskesmas' (year 2023): a budget of Rp 0 though its indicator has the "
        "target '1'."
    )
    (indonesian,) = found("budget-zero-final", rows, lang="id")
    assert indonesian.message == (
        "'Pembangunan Puskesmas' (tahun 2023): anggaran Rp 0 padahal indikatornya bertarget '1'."
    )


def test_rp_0_in_a_year_without_a_target_is_not_a_finding() -> None:
    for no_target in ("-", ""):
        rows = table(s1=["Rp 400.000.000", "Rp 0"], s1_targets=["1", no_target])
        assert not found("budget-zero-final", rows)


# -- budget-missing


def test_an_empty_budget_cell_in_a_year_with_a_target() -> None:
    rows = table(k2=["Rp 600.000.000", ""])
    (english,) = found("budget-missing", rows)
    assert (english.indicator_id, english.location) == ("t1r8", where(1, 8, 10))
    assert english.message == (
        "'Penyediaan Layanan Kesehatan' (year 2023): the budget cell is empty though its "
        "indicator has the target '12'."
    )
    assert english.severity == "error"
    (indonesian,) = found("budget-missing", rows, lang="id")
    assert indonesian.message == (
        "'Penyediaan Layanan Kesehatan' (tahun 2023): sel anggaran kosong padahal "
        "indikatornya bertarget '12'."
    )


def test_a_year_column_left_out_of_a_row_is_missing_too() -> None:
    (finding,) = found("budget-missing", table(k2=["Rp 600.000.000"]))
    assert finding.location == where(1, 8, 4)  # no cell to point at: the row
    assert "(year 2023)" in finding.message


def test_an_empty_period_end_cell() -> None:
    (english,) = found("budget-missing", table(s2_final=""))
    assert (english.indicator_id, english.location) == ("t1r7", where(1, 7, 18))
    assert english.message == "'Pengadaan Alat Kesehatan': the period-end budget cell is empty."
    (indonesian,) = found("budget-missing", table(s2_final=""), lang="id")
    assert indonesian.message == "'Pengadaan Alat Kesehatan': sel anggaran akhir periode kosong."
    assert found("budget-missing", table(s2_final=None))  # no period-end cell at all


def test_a_program_of_a_pk_annex_with_no_budget_at_all() -> None:
    rows = [
        program(3, "Program Pelayanan Kesehatan", "program", ["Rp 500.000.000"], table=2),
        program(4, "Program Sumber Daya Kesehatan", "program", [""], table=2),
    ]
    (english,) = found("budget-missing", rows)
    assert (english.indicator_id, english.location) == ("t2r4", where(2, 4, 4))
    assert english.message == "'Program Sumber Daya Kesehatan' has no budget in any Rp column."
    (indonesian,) = found("budget-missing", rows, lang="id")
    assert indonesian.message == (
        "'Program Sumber Daya Kesehatan' tidak memiliki anggaran di kolom Rp mana pun."
    )


@pytest.mark.parametrize(
    "rows",
    [
        # a program table without Rp columns: no row has a budget
        [program(3, PROGRAM, "program", targets=["80 %", "82 %"]),
         program(4, KEGIATAN, "kegiatan", parent=3, targets=["10", "12"])],
        # a placeholder target asks for no budget; '-' is a written budget cell
        table(k2=["Rp 600.000.000", ""], k2_targets=["10", "-"]),
        table(k2=["Rp 600.000.000", "-"]),
        # urusan and bidang headings carry no Rp of their own
        [program(2, "Urusan Kesehatan", "bidang", [""], final=""), *table()],
        # the rest of a name and indicator a PDF page break cut into a row of its own
        [*table(), program(10, "dan Lapangan", None, ["", ""], final="", targets=["", ""])],
    ],
    ids=["no-rp-columns", "placeholder-target", "dash", "heading", "page-break"],
)  # fmt: skip
def test_budget_missing_stays_silent(rows: list[Program]) -> None:
    assert not found("budget-missing", rows)


@pytest.mark.parametrize(
    ("amount", "lang", "expected"),
    [(1_250_000_000, "id", "Rp 1.250.000.000"), (1_250_000_000, "en", "Rp 1,250,000,000"),
     (-50_000, "id", "-Rp 50.000"), (0, "en", "Rp 0")],
)  # fmt: skip
def test_rupiah(amount: int, lang: str, expected: str) -> None:
    assert rupiah(amount, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "scale", "expected"),
    [(1_600_000_000, 1, "1.600.000.000"), (68_945_785_000, 1000, "68.945.785"),
     (1_250_500, 1000, "1.250,5"), (0, 1000, "0")],
)  # fmt: skip
def test_written_form(amount: int, scale: int, expected: str) -> None:
    assert written_form(amount, scale) == expected


def pk_annex(*amounts: str) -> list[Program]:
    """A PK's program annex: Program | Anggaran, one Rp column of no year, then Jumlah."""
    names = ["Program Pelayanan Kesehatan", "Program Sumber Daya Kesehatan", "Jumlah"]
    rows = []
    for row, (name, text) in enumerate(zip(names, amounts, strict=True), 3):
        level = "total" if name == "Jumlah" else "program"
        row_budget = budget(text, None, table=2, row=row).model_copy(
            update={"provenance": where(2, row, 3)}
        )
        rows.append(
            Program(
                id=f"t2r{row}", level=level, name=name, budgets=[row_budget],
                provenance=where(2, row, 2),
            )
        )  # fmt: skip
    return rows


def test_a_pk_annex_total_is_checked_and_named_by_the_pks_year() -> None:
    rows = pk_annex("Rp 500.000.000", "Rp 250.000.000", "Rp 800.000.000")
    pk = document("pk", period=None, year=2024, programs=rows)
    (english,) = [f for f in run_checks(pk, Settings(lang="en")) if f.rule == "budget-sum-mismatch"]
    assert (english.indicator_id, english.location) == ("t2r5", where(2, 5, 3))
    assert english.message.startswith(
        "The total row 'Jumlah' (year 2024) is written Rp 800,000,000"
    )
    clean = document(
        "pk",
        period=None,
        year=2024,
        programs=pk_annex("Rp 500.000.000", "Rp 250.000.000", "Rp 750.000.000"),
    )
    assert not [f for f in run_checks(clean, Settings()) if {"#budget"} & set(f.tags)]

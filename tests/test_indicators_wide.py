from __future__ import annotations

import pytest
from renstra.extract.writers.indicators_wide import MAX_YEARS, by_slot, value_cell, wide_columns
from renstra.schemas import Budget, Target

from .id_batches import KODEFIKASI, SEED, TC27, extract_batch, read_csv

TUJUAN = "Terwujudnya Stabilitas dan Kondusifitas di Kabupaten Situbondo"
SASARAN = "Terwujudnya Pemahaman Ideologi Pancasila, Wawasan Kebangsaan dan Politik pada Masyarakat"


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    out = extract_batch(tmp_path_factory.mktemp("wide"), [KODEFIKASI, TC27, SEED])
    return read_csv(out / "indicators_wide.csv")


def test_the_columns_run_to_the_longest_period_of_the_batch(wide: list[dict[str, str]]) -> None:
    # the IKU has six yearly targets (2025-2030), the Renstras five
    assert list(wide[0]) == wide_columns(6)
    assert wide_columns(2)[13:20] == [
        "target_awal", "target_1", "target_2", "target_akhir", "pagu_1", "pagu_2", "formulasi",
    ]  # fmt: skip


def test_a_program_indicator_row_carries_its_programs_pagu(wide: list[dict[str, str]]) -> None:
    """Program 8.01.02 of the T-C.27 as the document writes it: kondisi awal 100, target
    100 in 2026-2030 and at the end, Rp (000) 808.750 then 637.571,904 each year."""
    row = next(r for r in wide if r["kode_program"] == "8.01.02")
    assert row["indicator_id"] and row["program_id"]
    expected = {
        "doc_type": "renstra", "organization": "Badan Kesatuan Bangsa dan Politik",
        "region": "Kabupaten Situbondo", "kode_program": "8.01.02", "tujuan": TUJUAN,
        "kode_sasaran": "", "sasaran": SASARAN, "kode_indikator": "",
        "indikator": "Persentase Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
        "satuan": "%", "target_awal": "100", "target_1": "100", "target_2": "100",
        "target_3": "100", "target_4": "100", "target_5": "100", "target_6": "",
        "target_akhir": "100", "pagu_1": "808750000", "pagu_2": "637571904",
        "pagu_3": "637571904", "pagu_4": "637571904", "pagu_5": "637571904", "pagu_6": "",
        "formulasi": "", "sumber_data": "", "penanggung_jawab": "BAKESBANGPOL",
        "polarity": "positif", "tahun_awal": "2025", "tahun_akhir": "2029",
    }  # fmt: skip
    assert {key: row[key] for key in expected} == expected
    assert row["source_path"].endswith("renstra_tc27_rupiah_ribuan.xlsx")


def test_an_empty_first_target_leaves_its_column_empty_and_the_pagu_in_place(
    wide: list[dict[str, str]],
) -> None:
    """Sub kegiatan 8.01.02.2.01.0002: no target in 2026 beside Rp 0, then 1 and
    Rp 30.000 (000) a year."""
    row = next(r for r in wide if r["kode_program"] == "8.01.02.2.01.0002")
    targets = [row[f"target_{i}"] for i in range(1, 6)]
    pagu = [row[f"pagu_{i}"] for i in range(1, 6)]
    assert (targets, pagu) == (["", "1", "1", "1", "1"], ["0", *["30000000"] * 4])


def test_a_sasaran_indicator_has_no_pagu(wide: list[dict[str, str]]) -> None:
    """The seed Renstra's T-C.25: Persentase Penurunan Gangguan ketentraman ... 30 % 35 %
    55 % 83 % 100 %; a decrease, so negatif; no program, so no pagu."""
    row = next(r for r in wide if r["indikator"].startswith("Persentase Penurunan Gangguan"))
    assert [row[f"target_{i}"] for i in range(1, 7)] == ["30", "35", "55", "83", "100", ""]
    assert [row[f"pagu_{i}"] for i in range(1, 7)] == [""] * 6
    assert (row["satuan"], row["polarity"], row["tahun_awal"], row["tahun_akhir"]) == (
        "%", "negatif", "2021", "2026",
    )  # fmt: skip
    assert row["sasaran"] == "Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan"


def test_decimal_targets_are_numbers_with_a_point(wide: list[dict[str, str]]) -> None:
    row = next(r for r in wide if r["source_path"].endswith("iku_kodefikasi.xlsx"))
    assert [row[f"target_{i}"] for i in range(1, 7)] == [
        "9.66", "9.79", "9.91", "10.04", "10.16", "11.12",
    ]  # fmt: skip
    assert (row["target_awal"], row["satuan"], row["sumber_data"]) == (
        "9.55", "Tahun", "Badan Pusat Statistik",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("target", "cell"),
    [
        (Target(text="76,5", value=76.5), "76.5"),
        (Target(text="1.250", value=1250.0), "1250"),
        (Target(text="69,1-69,5", kind="range", low=69.1, high=69.5), "69,1-69,5"),
        (Target(text="WTP", kind="predicate"), "WTP"),
        (Target(text="Naik 5%", kind="change", value=5.0), "Naik 5%"),
        (Target(text="n/a", kind="placeholder"), ""),
        (Target(text="", kind="empty"), ""),
        (None, ""),
    ],
)
def test_a_target_is_its_number_else_its_text(target: Target | None, cell: str) -> None:
    assert value_cell(target) == cell


def test_a_value_goes_to_its_column_else_its_years_else_its_place() -> None:
    indexed = [Target(text="a", year_index=2), Target(text="b", year_index=2)]
    assert {k: v.text for k, v in by_slot(indexed).items()} == {2: "a"}
    budgets = [Budget(text="x", year=2027), Budget(text="w", year_index=1), Budget(text="z")]
    slots = by_slot(budgets, {2026: 1, 2027: 2})
    assert {k: v.text for k, v in slots.items()} == {2: "x", 1: "w", 3: "z"}


def test_a_hostile_table_cannot_widen_the_shape_beyond_its_limit() -> None:
    targets = [Target(text=str(i), value=float(i), year_index=i) for i in range(1, 5001)]
    assert max(by_slot(targets)) == MAX_YEARS == 50

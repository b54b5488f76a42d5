from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from renstra.extract.intermediate import Cell, Position, Table
from renstra.extract.parsers.columns import Layout, TargetColumn
from renstra.extract.parsers.indicators import indicator_fields
from renstra.schemas import Indicator, SourceLocation

from .documents import extract_text
from .documents import renstra as renstra_text


def table_indicators(table: Table, layout: Layout, years: list[int | None]) -> list[Indicator]:
    """The indicators of one table, validated as the Document validates them."""
    return [Indicator(**fields) for fields in indicator_fields(table, layout, years)]


FIRST_LINE = 30
"""Physical line of a table's first row, as a text reader would number it."""


def table(index: int, *rows: tuple[str, ...]) -> Table:
    return Table(
        index=index,
        rows=[
            [
                Cell(text, Position(line=FIRST_LINE + r, table=index, row=r + 1, column=c + 1))
                for c, text in enumerate(row)
            ]
            for r, row in enumerate(rows)
        ],
        location=Position(line=FIRST_LINE, table=index),
    )


def at(row: int, column: int, table_index: int = 1) -> SourceLocation:
    """The location of grid cell (row, column), both 1-based."""
    return SourceLocation(line=FIRST_LINE + row - 1, table=table_index, row=row, column=column)


# Seed 1 (T-C.25): No | Tujuan | Sasaran | Indikator | five targets, no Satuan column.
RENSTRA_HEADER = ("NO.", "TUJUAN", "SASARAN", "INDIKATOR TUJUAN/SASARAN",
                  "TARGET KINERJA SASARAN PADA TAHUN KE-", "", "", "", "")  # fmt: skip
RENSTRA_YEARS = ("", "", "", "", "1", "2", "3", "4", "5")
RENSTRA_NUMBERS = ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
RENSTRA_LAYOUT = Layout(
    header_rows=2,
    skip_rows=frozenset({2}),
    roles=("number", "goal", "objective", "indicator") + ("target",) * 5,
    targets=tuple(TargetColumn(4 + i, i + 1, None) for i in range(5)),
    header_texts=(RENSTRA_HEADER, RENSTRA_YEARS),
)
RENSTRA_ROWS = (
    ("1", "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien",
     "- Meningkatnya kualitas pelayanan publik",
     "- Persentase indeks kepuasan masyarakat: a. Pengantar KK b. Pengantar IMB",
     "85 %", "90 %", "93 %", "95 %", "98 %"),
    ("", "", "- Peningkatan peran serta masyarakat dalam pembangunan",
     "- Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan - Tingkat "
     "partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
     "85 %", "90 %", "95 %", "97 %", "100 %"),
    ("", "", "- Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan.",
     "- Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan.",
     "30 %", "35 %", "55 %", "83 %", "100 %"),
)  # fmt: skip
YEARS_2022: list[int | None] = [2022, 2023, 2024, 2025, 2026]


def renstra(years: list[int | None] | None = None) -> list[Indicator]:
    grid = table(1, RENSTRA_HEADER, RENSTRA_YEARS, RENSTRA_NUMBERS, *RENSTRA_ROWS)
    return list(table_indicators(grid, RENSTRA_LAYOUT, years or [None] * 5))


def test_ids_name_table_and_one_based_row_with_a_suffix_per_item() -> None:
    assert [i.id for i in renstra()] == ["t1r4", "t1r5.1", "t1r5.2", "t1r6"]


def test_table_index_goes_into_the_id() -> None:
    grid = table(3, RENSTRA_HEADER, RENSTRA_YEARS, RENSTRA_NUMBERS, RENSTRA_ROWS[0])
    (only,) = table_indicators(grid, RENSTRA_LAYOUT, [None] * 5)
    assert only.id == "t3r4"
    assert only.provenance == at(4, 4, table_index=3)


def test_names_sub_items_and_groups() -> None:
    first, second, third, fourth = renstra()
    assert first.name == "Persentase indeks kepuasan masyarakat"
    assert [(s.label, s.name) for s in first.sub_items] == [
        ("a", "Pengantar KK"),
        ("b", "Pengantar IMB"),
    ]
    assert second.name == "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan"
    assert third.name == (
        "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB"
    )
    assert fourth.name == (
        "Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan"
    )
    goal = "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien"
    assert [(i.number, i.goal, i.objective) for i in (first, second, third, fourth)] == [
        ("1", goal, "Meningkatnya kualitas pelayanan publik"),
        ("1", goal, "Peningkatan peran serta masyarakat dalam pembangunan"),
        ("1", goal, "Peningkatan peran serta masyarakat dalam pembangunan"),
        ("1", goal, "Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan"),
    ]
    assert [i.polarity for i in (first, second, fourth)] == [
        "higher-is-better",
        "higher-is-better",
        "lower-is-better",
    ]


def test_provenance_is_the_indicator_cell_for_every_item_of_it() -> None:
    first, second, third, _ = renstra()
    assert first.provenance == at(4, 4)
    assert second.provenance == at(5, 4)
    assert third.provenance == at(5, 4)


def test_targets_carry_value_index_and_their_own_cell() -> None:
    first = renstra()[0]
    assert [(t.year_index, t.year, t.value, t.text, t.unit, t.kind) for t in first.targets] == [
        (1, None, 85.0, "85 %", "%", "number"),
        (2, None, 90.0, "90 %", "%", "number"),
        (3, None, 93.0, "93 %", "%", "number"),
        (4, None, 95.0, "95 %", "%", "number"),
        (5, None, 98.0, "98 %", "%", "number"),
    ]
    assert [t.provenance for t in first.targets] == [at(4, c) for c in (5, 6, 7, 8, 9)]


def test_calendar_years_passed_in_are_put_on_the_targets() -> None:
    first = renstra(YEARS_2022)[0]
    assert [(t.year_index, t.year) for t in first.targets] == [
        (1, 2022), (2, 2023), (3, 2024), (4, 2025), (5, 2026),
    ]  # fmt: skip


def test_partly_known_years_stay_none_where_unknown() -> None:
    first = renstra([2022, None, None, None, 2026])[0]
    assert [t.year for t in first.targets] == [2022, None, None, None, 2026]


def test_two_items_of_one_cell_share_targets_by_value_not_by_object() -> None:
    _, second, third, _ = renstra()
    assert [t.value for t in second.targets] == [85.0, 90.0, 95.0, 97.0, 100.0]
    assert third.targets == second.targets
    assert all(a is not b for a, b in zip(second.targets, third.targets, strict=True))


def test_unit_comes_from_the_targets_when_there_is_no_satuan_column() -> None:
    assert [i.unit for i in renstra()] == ["%", "%", "%", "%"]


def test_no_formula_baseline_or_text_roles_without_those_columns() -> None:
    first = renstra()[0]
    assert first.formula is None
    assert first.baseline is None
    assert first.final_target is None
    assert (first.rationale, first.data_source, first.responsible) == (None, None, None)


# A T-C.28-like table: baseline, three yearly targets, final condition, a Satuan column.
TC28_HEADER = ("No", "Indikator", "Satuan", "Kondisi Kinerja pada Awal Periode", "Target", "",
               "", "Kondisi Kinerja pada Akhir Periode", "Unit Kerja Penanggung Jawab")  # fmt: skip
TC28_LAYOUT = Layout(
    header_rows=1,
    skip_rows=frozenset(),
    roles=("number", "indicator", "unit", "baseline")
    + ("target",) * 3
    + ("final_target", "responsible"),
    targets=(TargetColumn(4, None, 2024), TargetColumn(5, None, 2025), TargetColumn(6, None, 2026)),
    header_texts=(TC28_HEADER,),
)


def tc28(*rows: tuple[str, ...]) -> list[Indicator]:
    return list(table_indicators(table(2, TC28_HEADER, *rows), TC28_LAYOUT, [2024, 2025, 2026]))


def test_baseline_and_final_target_are_parsed_with_their_cells() -> None:
    (indicator,) = tc28(
        ("1", "Indeks Pembangunan Manusia", "indeks", "70,5", "71,25", "72,5", "73,75", "73,75",
         "Bappeda"),
    )  # fmt: skip
    assert indicator.baseline is not None
    assert indicator.final_target is not None
    assert (indicator.baseline.value, indicator.baseline.text) == (70.5, "70,5")
    assert (indicator.baseline.year_index, indicator.baseline.year) == (None, None)
    assert indicator.baseline.provenance == at(2, 4, table_index=2)
    assert (indicator.final_target.value, indicator.final_target.text) == (73.75, "73,75")
    assert indicator.final_target.provenance == at(2, 8, table_index=2)
    assert [(t.year, t.value) for t in indicator.targets] == [
        (2024, 71.25), (2025, 72.5), (2026, 73.75),
    ]  # fmt: skip
    assert indicator.responsible == "Bappeda"
    assert indicator.id == "t2r2"


def test_satuan_column_wins_over_the_targets_unit() -> None:
    (indicator,) = tc28(("1", "Cakupan layanan", "persen", "", "80 %", "85 %", "90 %", "", ""))
    assert indicator.unit == "persen"


def test_empty_baseline_and_final_cells_give_none() -> None:
    (indicator,) = tc28(("1", "Jumlah dokumen", "dokumen", "", "1", "1", "1", "", ""))
    assert indicator.baseline is None
    assert indicator.final_target is None
    assert indicator.responsible is None


def test_targets_with_different_units_give_no_unit() -> None:
    (indicator,) = tc28(("1", "Capaian", "", "", "80 %", "85", "90 %", "", ""))
    assert indicator.unit is None


def test_empty_target_cell_is_kept_as_an_empty_target() -> None:
    (indicator,) = tc28(("1", "Capaian", "%", "", "80", "", "90", "", ""))
    assert [(t.text, t.kind, t.value) for t in indicator.targets] == [
        ("80", "number", 80.0),
        ("", "empty", None),
        ("90", "number", 90.0),
    ]


def test_rows_without_an_indicator_yield_nothing() -> None:
    assert tc28(("1", "", "%", "", "80", "85", "90", "", "")) == []


# Seed 2 (IKU): text roles and the formula.
IKU_HEADER = ("NO.", "URAIAN INDIKATOR", "SATUAN", "ALASAN / SASARAN", "SUMBER DATA",
              "RUMUS PERHITUNGAN INDIKATOR")  # fmt: skip
IKU_LAYOUT = Layout(
    header_rows=1,
    skip_rows=frozenset(),
    roles=("number", "indicator", "unit", "rationale", "data_source", "formula"),
    targets=(),
    header_texts=(IKU_HEADER,),
)


def test_iku_row_text_roles_unit_and_formula() -> None:
    grid = table(
        1,
        IKU_HEADER,
        ("3", "Tingkat partisipasi masyarakat\nmelalui PBB", "%",
         "Meningkatnya  partisipasi\nmasyarakat", "Seksi Pemerintahan",
         "Jumlah Wajib Pajak yang membayar PBB / Jumlah Wajib Pajak keseluruhan x 100%"),
    )  # fmt: skip
    (indicator,) = table_indicators(grid, IKU_LAYOUT, [])
    assert indicator.id == "t1r2"
    assert indicator.number == "3"
    assert indicator.name == "Tingkat partisipasi masyarakat melalui PBB"
    assert indicator.unit == "%"
    assert indicator.rationale == "Meningkatnya partisipasi masyarakat"
    assert indicator.data_source == "Seksi Pemerintahan"
    assert indicator.targets == []
    assert indicator.formula is not None
    assert indicator.formula.kind == "ratio"
    assert indicator.formula.numerator == "Jumlah Wajib Pajak yang membayar PBB"
    assert indicator.formula.denominator == "Jumlah Wajib Pajak keseluruhan"
    assert indicator.formula.multiplier == 100.0


def test_two_items_of_one_iku_cell_share_a_formula_neither_can_change() -> None:
    grid = table(
        1,
        IKU_HEADER,
        ("5", "- Persentase desa tertib - Persentase kelurahan tertib", "%", "", "",
         "Jumlah desa tertib / Jumlah desa x 100%"),
    )  # fmt: skip
    first, second = table_indicators(grid, IKU_LAYOUT, [])
    assert first.formula is not None and first.formula == second.formula
    assert first.formula.numerator == "Jumlah desa tertib"
    with pytest.raises(ValidationError):
        first.formula.numerator = "Jumlah kelurahan tertib"  # type: ignore[misc]
    assert second.formula is not None
    assert second.formula.numerator == "Jumlah desa tertib"


def test_iku_row_without_satuan_or_targets_infers_the_unit_from_the_name() -> None:
    grid = table(1, IKU_HEADER, ("4", "Presentase penanganan Konflik", "", "", "", ""))
    (indicator,) = table_indicators(grid, IKU_LAYOUT, [])
    assert indicator.unit == "%"
    assert indicator.inferred == ["unit", "polarity"]
    assert indicator.formula is None
    assert indicator.rationale is None


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Angka kriminalitas", None),
        ("Jumlah dokumen", None),
        ("Indeks Kepuasan Masyarakat", "indeks"),
        ("Rasio guru terhadap murid", "rasio"),
        ("Tingkat partisipasi (%)", "%"),
        ("% desa tertib", "%"),
    ],
)
def test_unit_is_inferred_from_the_name_only_where_it_says_one(name: str, unit: str | None) -> None:
    grid = table(1, IKU_HEADER, ("4", name, "", "", "", ""))
    (indicator,) = table_indicators(grid, IKU_LAYOUT, [])
    assert indicator.unit == unit
    assert ("unit" in indicator.inferred) == (unit is not None)


def test_a_written_satuan_is_never_overridden_by_the_name() -> None:
    grid = table(1, IKU_HEADER, ("4", "Persentase penanganan konflik", "kegiatan", "", "", ""))
    (indicator,) = table_indicators(grid, IKU_LAYOUT, [])
    assert indicator.unit == "kegiatan"
    assert "unit" not in indicator.inferred


def test_a_group_heading_in_the_indicator_column_is_no_indicator() -> None:
    layout = Layout(
        header_rows=1, skip_rows=frozenset(), roles=("number", "indicator", "target", "target"),
        targets=(TargetColumn(2, None, 2022), TargetColumn(3, None, 2023)),
        header_texts=(("No", "Indikator", "2022", "2023"),),
    )  # fmt: skip
    grid = table(1, ("No", "Indikator", "2022", "2023"),
                 ("1)", "Fokus Kesejahteraan Ekonomi", "", ""),
                 ("2)", "Pertumbuhan ekonomi (%)", "7,1", "7,2"))  # fmt: skip
    (indicator,) = table_indicators(grid, layout, [2022, 2023])
    assert (indicator.name, indicator.unit, indicator.inferred) == (
        "Pertumbuhan ekonomi (%)", "%", ["unit", "polarity"],
    )  # fmt: skip


def test_a_unit_word_in_parentheses_is_the_unit() -> None:
    grid = table(1, IKU_HEADER, ("4", "PDRB berlaku (juta)", "", "", "", ""))
    (indicator,) = table_indicators(grid, IKU_LAYOUT, [])
    assert indicator.unit == "juta"


def test_indikator_tujuan_and_indikator_sasaran_each_with_their_own_targets(
    tmp_path: Path,
) -> None:
    text = (
        "Tujuan dan Sasaran Jangka Menengah Dinas Sosial Kota Sukamaju Tahun 2022-2026\n\n"
        "Tujuan\tIndikator Tujuan\tTarget Tujuan\t\tSasaran\tIndikator Sasaran\tTarget Sasaran\t\n"
        "\t\t2022\t2023\t\t\t2022\t2023\n"
        "Menurunnya kemiskinan\tPersentase penduduk miskin\t9,5\t9,1\tTertanganinya PMKS\t"
        "Persentase PMKS tertangani\t80\t85\n"
    )
    goal, objective = extract_text(tmp_path, text).indicators
    assert (goal.level, goal.name, [t.value for t in goal.targets]) == (
        "goal", "Persentase penduduk miskin", [9.5, 9.1],
    )  # fmt: skip
    assert (objective.level, objective.name, [t.value for t in objective.targets]) == (
        "objective", "Persentase PMKS tertangani", [80, 85],
    )  # fmt: skip
    assert [t.year for t in objective.targets] == [2022, 2023]
    assert goal.id != objective.id


def test_an_indikator_tujuan_column_alone_is_the_indicator_column(tmp_path: Path) -> None:
    text = (
        "Renstra Dinas Sosial Kota Sukamaju 2022-2026\n\n"
        "Tujuan\tIndikator Tujuan\t2022\t2023\n"
        "Menurunnya kemiskinan\tPersentase penduduk miskin\t9,5\t9,1\n"
    )
    (indicator,) = extract_text(tmp_path, text).indicators
    assert indicator.level is None and indicator.goal == "Menurunnya kemiskinan"


LKJIP = (
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\n"
    "DINAS KESEHATAN KABUPATEN SUKAMAJU TAHUN 2023\n\n"
    "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\t% Capaian\n"
    "1\tMeningkatnya derajat kesehatan\tAngka kematian bayi\tper 1000 KH\t8\t6,5\t118,75\n"
    "2\t\tPersentase balita gizi baik\t%\t90\t88,2\t98\n"
)


def test_an_lkjip_gives_each_target_its_realisasi_and_capaian(tmp_path: Path) -> None:
    document = extract_text(tmp_path, LKJIP)
    assert (document.doc_type, document.year, document.period and document.period.start) == (
        "lkjip",
        2023,
        2023,
    )
    rows = []
    for indicator in document.indicators:
        (target,) = indicator.targets
        assert target.realization is not None and target.achievement is not None
        rows.append((target.year, target.value, target.realization.value,
                     target.achievement.value, target.achievement.text))  # fmt: skip
    assert rows == [(2023, 8, 6.5, 118.75, "118,75"), (2023, 90, 88.2, 98, "98")]
    realization = document.indicators[0].targets[0].realization
    assert realization is not None
    assert realization.provenance == SourceLocation(line=5, table=1, row=2, column=6)
    assert [t.kind for t in document.tables] == ["lkjip"]


def test_realisasi_and_rasio_pair_with_the_target_of_the_same_year_index(tmp_path: Path) -> None:
    text = (
        "Tabel 2.1 Pencapaian Kinerja Pelayanan Dinas Kesehatan Kabupaten Sukamaju\n\n"
        "No\tIndikator\tTarget Renstra Tahun ke-\t\tRealisasi Capaian Tahun ke-\t\t"
        "Rasio Capaian pada Tahun ke-\t\n"
        "\t\t1\t2\t1\t2\t1\t2\n"
        "1\tCakupan imunisasi dasar lengkap\t90\t92\t85\t93\t94,4\t101,1\n"
    )
    (indicator,) = extract_text(tmp_path, text).indicators
    assert [
        (t.year_index, t.text, t.realization and t.realization.text,
         t.achievement and t.achievement.text)
        for t in indicator.targets
    ] == [(1, "90", "85", "94,4"), (2, "92", "93", "101,1")]  # fmt: skip


def test_a_table_without_realisasi_leaves_both_empty(tmp_path: Path) -> None:
    document = extract_text(tmp_path, renstra_text(["1\tT\tS\tIndeks X\t1\t2\t3\t4\t5"]))
    assert all(t.realization is None and t.achievement is None
               for t in document.indicators[0].targets)  # fmt: skip


def test_a_row_cut_by_a_page_break_gives_its_rest_to_the_row_above() -> None:
    header = ("NO.", "SASARAN", "INDIKATOR", "PENJELASAN", "PENANGGUNG JAWAB")
    layout = Layout(
        header_rows=1,
        skip_rows=frozenset(),
        roles=("number", "objective", "indicator", "definition", "responsible"),
        targets=(),
        header_texts=(header,),
    )
    rows = (
        (1, header),
        (1, ("1", "Meningkatnya Mutu", "Persentase Puskesmas", "Tipe : Kumulatif", "Dinkes")),
        (2, ("", "", "", "Sumber Data : Laporan Seksi", "")),
        (2, ("2", "", "Jumlah Desa Sehat", "Tipe : Tahunan", "Dinkes")),
        (2, ("", "", "", "Keterangan tambahan", "")),  # not at a page's top: kept apart
    )
    cut = Table(
        index=1,
        rows=[
            [Cell(t, Position(page=p, table=1, row=r + 1, column=c + 1)) for c, t in enumerate(row)]
            for r, (p, row) in enumerate(rows)
        ],
        location=Position(page=1, table=1),
    )
    found = [(i.name, i.data_source, i.definition) for i in table_indicators(cut, layout, [])]
    assert found == [
        ("Persentase Puskesmas", "Laporan Seksi", "Tipe : Kumulatif"),
        ("Jumlah Desa Sehat", None, "Tipe : Tahunan"),
    ]

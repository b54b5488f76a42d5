from __future__ import annotations

import pytest
from renstra.extract.parsers.columns import (
    assign_roles,
    column_labels,
    detect_layout,
    normalize_label,
    role_of,
)
from renstra.extract.vocabulary import roles_of


def grid(*rows: list[str]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [list(r) + [""] * (width - len(r)) for r in rows]


def uncovered(rows: list[list[str]]) -> list[list[bool]]:
    return [[False] * len(r) for r in rows]


def layout_of(*rows: list[str]):  # type: ignore[no-untyped-def]
    g = grid(*rows)
    return detect_layout(g, uncovered(g))


def targets(layout) -> list[tuple[int, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(t.column, t.year_index, t.year) for t in layout.targets]


# The two seed headers, as the samples write them.
RENSTRA_HEADER = [
    "NO.", "TUJUAN", "SASARAN", "INDIKATOR TUJUAN/SASARAN",
    "TARGET KINERJA SASARAN PADA TAHUN KE-", "", "", "", "",
]  # fmt: skip
RENSTRA_YEARS = ["", "", "", "", "1", "2", "3", "4", "5"]
RENSTRA_NUMBERS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]
RENSTRA_DATA = ["1", "Mewujudkan tata kelola", "- Meningkatnya kualitas", "- Persentase IKM",
                "85 %", "90 %", "93 %", "95 %", "98 %"]  # fmt: skip
IKU_HEADER = ["NO.", "URAIAN INDIKATOR", "SATUAN", "ALASAN / SASARAN", "SUMBER DATA",
              "RUMUS PERHITUNGAN INDIKATOR"]  # fmt: skip
IKU_DATA = ["1", "Persentase rekomendasi", "%", "Meningkatnya kualitas", "Seksi Pemerintahan",
            "Jumlah berkas diproses / Jumlah berkas masuk x 100%"]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("ALASAN / SASARAN", "rationale"),
        ("Alasan/Penjelasan", "rationale"),
        ("RUMUS PERHITUNGAN INDIKATOR", "formula"),
        ("Cara Pengukuran", "formula"),
        ("Formulasi Perhitungan", "formula"),
        ("INDIKATOR TUJUAN/SASARAN", "indicator"),
        ("URAIAN INDIKATOR", "indicator"),
        ("Indikator Kinerja Utama", "indicator"),
        ("IKU", "indicator"),
        ("TARGET KINERJA SASARAN PADA TAHUN KE-", "target"),
        ("Target Kinerja Tujuan/Sasaran pada Tahun ke-", "target"),
        ("Target Tahun 2023", "target"),
        ("2024", "target"),
        ("Kondisi Kinerja pada Awal Periode", "baseline"),
        ("Data Capaian pada Tahun Awal Perencanaan", "baseline"),
        ("Baseline 2020", "baseline"),
        ("Kondisi Kinerja pada Akhir Periode", "final_target"),
        ("Sasaran Strategis", "objective"),
        ("SASARAN", "objective"),
        ("TUJUAN", "goal"),
        ("Unit Kerja Penanggung Jawab", "responsible"),
        ("Kodefikasi", "code"),
        ("Kode", "code"),
        ("SATUAN", "unit"),
        ("Sumber Data", "data_source"),
        ("NO.", "number"),
        ("No. Urut", "number"),
        ("Program dan Kegiatan", "program"),
        ("Keterangan", "note"),
        ("Definisi", "definition"),
        ("Definisi Operasional Indikator", "definition"),
        ("Produsen Data", "responsible"),
        ("Frekuensi", "frequency"),
        ("Jadwal Pengumpulan Data", "frequency"),
        ("Polarisasi Data", "polarity"),
        ("Target Akhir Renstra", "final_target"),
        ("Realisasi", "realization"),
        ("Realisasi Capaian Tahun ke-1", "realization"),
        ("% Capaian", "achievement"),
        ("Capaian (%)", "achievement"),
        ("Rasio Capaian pada Tahun ke-1", "achievement"),
        ("Target Capaian Kinerja", "target"),
        ("Data Capaian pada Tahun Awal", "baseline"),
        ("Anggaran (Rp)", "budget"),
        ("Pagu Indikatif", "budget"),
        ("Sumber Dana", "funding_source"),
        ("Sumber Data", "data_source"),
        ("Lokasi", "location"),
        ("", ""),
        ("(1)", ""),
    ],
)
def test_role_of_reads_the_meaning_of_a_header(label: str, role: str) -> None:
    assert role_of(label) == role


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("indikator\ntujuan / sasaran", "indicator"),
        ("Rumus  Perhitungan", "formula"),
        ("sumber DATA", "data_source"),
        ("KONDISI KINERJA PADA AWAL PERIODE", "baseline"),
        ("unit kerja penanggung jawab", "responsible"),
    ],
)
def test_role_of_ignores_case_and_line_breaks(label: str, role: str) -> None:
    assert role_of(label) == role


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("NO.", "no"),
        ("  TARGET KINERJA\nSASARAN  ", "target kinerja sasaran"),
        ("ALASAN / SASARAN", "alasan / sasaran"),
        ("(1)", "1"),
        ("Capaian (%)", "capaian %"),
    ],
)
def test_normalize_label(text: str, normalized: str) -> None:
    assert normalize_label(text) == normalized


def test_seed_renstra_header_two_rows_year_numbers_and_column_numbers_skipped() -> None:
    layout = layout_of(RENSTRA_HEADER, RENSTRA_YEARS, RENSTRA_NUMBERS, RENSTRA_DATA)
    assert layout is not None
    assert layout.header_rows == 2
    assert layout.skip_rows == frozenset({2})
    assert layout.roles == (
        "number", "goal", "objective", "indicator",
        "target", "target", "target", "target", "target",
    )  # fmt: skip
    assert targets(layout) == [(4, 1, None), (5, 2, None), (6, 3, None), (7, 4, None), (8, 5, None)]
    assert layout.header_texts == (tuple(RENSTRA_HEADER), tuple(RENSTRA_YEARS))
    assert layout.column("indicator") == 3
    assert layout.column("formula") is None


def test_seed_iku_header_with_plain_column_numbers_skipped() -> None:
    layout = layout_of(IKU_HEADER, ["1", "2", "3", "4", "5", "6"], IKU_DATA)
    assert layout is not None
    assert layout.header_rows == 1
    assert layout.skip_rows == frozenset({1})
    assert layout.roles == (
        "number", "indicator", "unit", "rationale", "data_source", "formula",
    )  # fmt: skip
    assert layout.targets == ()


def test_header_without_column_number_row_stops_at_the_first_data_row() -> None:
    layout = layout_of(IKU_HEADER, IKU_DATA, IKU_DATA)
    assert layout is not None
    assert layout.header_rows == 1
    assert layout.skip_rows == frozenset()


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            ["indikator kinerja utama", "sasaran strategis", "no", "Alasan/Penjelasan",
             "sumber data"],
            ("indicator", "objective", "number", "rationale", "data_source"),
        ),
        (
            ["No", "Sasaran Strategis", "Indikator Kinerja", "Rumus", "Sumber Data"],
            ("number", "objective", "indicator", "formula", "data_source"),
        ),
        (
            ["Sasaran Strategis", "Indikator Kinerja", "Target Tahun 2023",
             "Unit Kerja Penanggung Jawab"],
            ("objective", "indicator", "target", "responsible"),
        ),
        (
            ["RUMUS PERHITUNGAN INDIKATOR", "SATUAN", "URAIAN INDIKATOR", "NO."],
            ("formula", "unit", "indicator", "number"),
        ),
    ],
)  # fmt: skip
def test_header_variants_in_any_case_and_order(header: list[str], roles: tuple[str, ...]) -> None:
    layout = layout_of(header, ["x"] * len(header))
    assert layout is not None
    assert layout.roles == roles


def test_single_year_target_header_keeps_its_calendar_year() -> None:
    layout = layout_of(
        ["Sasaran Strategis", "Indikator Kinerja", "Target Tahun 2023"], ["a", "b", "80"]
    )
    assert layout is not None
    assert targets(layout) == [(2, None, 2023)]


def test_iku_kodefikasi_layout_with_baseline_and_calendar_years() -> None:
    header = ["Kodefikasi", "Indikator", "Satuan", "Keterangan", "Baseline 2020", "2021", "2022",
              "2023", "Definisi", "Sumber Data", "Frekuensi", "Produsen Data"]  # fmt: skip
    layout = layout_of(header, ["1.1", "Indeks SPBE", "indeks"] + ["x"] * 9)
    assert layout is not None
    assert layout.roles == (
        "code", "indicator", "unit", "note", "baseline", "target", "target", "target",
        "definition", "data_source", "frequency", "responsible",
    )  # fmt: skip
    assert targets(layout) == [(5, None, 2021), (6, None, 2022), (7, None, 2023)]


def test_tc28_baseline_years_and_final_target_around_a_spanning_target_cell() -> None:
    layout = layout_of(
        ["No", "Indikator", "Kondisi Kinerja pada Awal Periode", "Target Capaian Setiap Tahun",
         "", "", "Kondisi Kinerja pada Akhir Periode"],
        ["", "", "", "2022", "2023", "2024", ""],
        ["1", "IPM", "70", "71", "72", "73", "73"],
    )  # fmt: skip
    assert layout is not None
    assert layout.header_rows == 2
    assert layout.roles == (
        "number", "indicator", "baseline", "target", "target", "target", "final_target",
    )  # fmt: skip
    assert targets(layout) == [(3, None, 2022), (4, None, 2023), (5, None, 2024)]


@pytest.mark.parametrize(
    ("sub_header", "expected"),
    [
        (["1", "2", "3"], [(2, 1, None), (3, 2, None), (4, 3, None)]),
        (["Tahun ke-1", "Tahun ke-2", "Tahun ke-3"], [(2, 1, None), (3, 2, None), (4, 3, None)]),
        (["Th 1", "Th 2", "Th 3"], [(2, 1, None), (3, 2, None), (4, 3, None)]),
        (["2024", "2025", "2026"], [(2, None, 2024), (3, None, 2025), (4, None, 2026)]),
    ],
)
def test_year_sub_header_gives_each_target_column_its_year(
    sub_header: list[str], expected: list[tuple[int, int | None, int | None]]
) -> None:
    layout = layout_of(["NO", "INDIKATOR", "TARGET", "", ""], ["", ""] + sub_header)
    assert layout is not None
    assert layout.header_rows == 2
    assert targets(layout) == expected


def test_target_columns_without_any_year_are_numbered_in_order() -> None:
    layout = layout_of(["No", "Indikator", "Target", "Target", "Target"], ["1", "x", "1", "2", "3"])
    assert layout is not None
    assert targets(layout) == [(2, 1, None), (3, 2, None), (4, 3, None)]


def test_target_years_written_in_single_row_labels() -> None:
    layout = layout_of(["No", "Indikator", "Target Tahun 1", "Target Tahun 2"], ["1", "x", "", ""])
    assert layout is not None
    assert targets(layout) == [(2, 1, None), (3, 2, None)]


def test_covered_header_cells_count_like_empty_spans() -> None:
    # A .docx keeps the merged text top-left and marks the rest covered: the header cell
    # "TARGET ..." spans five columns, NO..INDIKATOR span two rows.
    rows = grid(RENSTRA_HEADER, RENSTRA_YEARS, RENSTRA_DATA)
    covered = [
        [False] * 5 + [True] * 4,
        [True] * 4 + [False] * 5,
        [False] * 9,
    ]
    layout = detect_layout(rows, covered)
    assert layout is not None
    assert layout.header_rows == 2
    assert layout.roles == (
        "number", "goal", "objective", "indicator",
        "target", "target", "target", "target", "target",
    )  # fmt: skip
    assert targets(layout) == [(4, 1, None), (5, 2, None), (6, 3, None), (7, 4, None), (8, 5, None)]


def test_covered_cell_takes_the_text_to_its_left_even_without_a_sub_header() -> None:
    labels = column_labels([["No", "Target", "", "Satuan"]], [[False, False, True, False]])
    assert labels == ["No", "Target", "Target", "Satuan"]


def test_empty_header_cell_stays_empty_when_nothing_below_names_a_sub_column() -> None:
    labels = column_labels(
        [["No", "Indikator", "Target", "", "Ket"], ["", "", "1", "", ""]],
        [[False] * 5, [False] * 5],
    )
    assert labels == ["No", "Indikator", "Target 1", "", "Ket"]


def test_assign_roles_demotes_a_second_single_role_column_to_note() -> None:
    assert assign_roles(["No", "Indikator", "Satuan", "Satuan"]) == [
        "number", "indicator", "unit", "note",
    ]  # fmt: skip
    assert assign_roles(["Target 1", "Target 2"]) == ["target", "target"]


@pytest.mark.parametrize(
    "rows",
    [
        # data with no header at all
        [["1", "Persentase A", "85 %", "90 %"], ["2", "Persentase B", "85 %", "90 %"]],
        # a key/value block
        [["NAMA OPD", ":", "DINAS"], ["TUGAS POKOK", ":", "Melaksanakan"]],
        # a header, but no indicator column (T-C.26: tujuan, sasaran, strategi)
        [["No", "Tujuan", "Sasaran", "Strategi"], ["1", "a", "b", "c"]],
        # a lone role word is not a header
        [["Indikator", "", ""], ["x", "y", "z"]],
        [],
    ],
)
def test_table_without_a_recognisable_header_gives_none(rows: list[list[str]]) -> None:
    assert detect_layout(rows, uncovered(rows)) is None


TC27_HEADER = [
    ["Tujuan", "Sasaran", "Kode", "Program dan Kegiatan", "Indikator Kinerja Program",
     "Data Capaian pada Tahun Awal Perencanaan",
     "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", "", "",
     "Kondisi Kinerja pada akhir periode", "", "Unit Kerja Penanggung Jawab"],
    ["", "", "", "", "", "", "Tahun-1", "", "Tahun-2", "", "Tahun-3", "", "", "", ""],
    ["", "", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", ""],
]  # fmt: skip


def test_tc27_rupiah_columns_are_not_targets() -> None:
    data = ["T", "S", "1.01", "Program", "Persentase", "80", "82", "1.000", "84", "1.100",
            "86", "1.200", "86", "3.300", "Dinas"]  # fmt: skip
    layout = layout_of(*TC27_HEADER, data)
    assert layout is not None
    assert targets(layout) == [(6, 1, None), (8, 2, None), (10, 3, None)]


def test_a_data_row_with_year_units_is_not_a_header() -> None:
    # '8,1 tahun' names no column: it is a value in years (regression: the row was read as a
    # second header row because 'tahun' is a target label, and no indicator came out).
    layout = layout_of(
        ["NO.", "INDIKATOR", "TARGET TAHUN KE-", "", ""],
        ["", "", "1", "2", "3"],
        ["1", "Rata-rata lama sekolah", "8,1 tahun", "8,2 tahun", "8,3 tahun"],
    )
    assert layout is not None and layout.header_rows == 2


def test_a_header_spanning_a_numbering_column_names_the_text_beside_it() -> None:
    grid = [
        ["NO.", "SASARAN", "INDIKATOR KINERJA UTAMA (IKU)", "", "SATUAN"],
        ["1.", "Meningkatnya pendidikan", "1.", "Angka Partisipasi Murni SD", "persen"],
        ["", "", "2.", "Angka Partisipasi Kasar SD", "persen"],
    ]
    covered = [[False, False, False, True, False]] + [[False] * 5] * 2
    layout = detect_layout(grid, covered)
    assert layout is not None
    assert layout.roles == ("number", "objective", "", "indicator", "unit")


def test_a_label_that_names_two_fields() -> None:
    assert roles_of("Definisi / Rumus") == ("formula", "definition")
    assert roles_of("Satuan") == ("unit",)


def test_a_header_merged_down_takes_nothing_from_the_span_beside_it() -> None:
    headers = (
        ("Indikator", "Kondisi Akhir", "Unit Kerja Penanggungjawab"),
        ("", "Target", ""),
    )
    covered = ((False, False, False), (True, False, True))
    assert column_labels(headers, covered) == [
        "Indikator", "Kondisi Akhir Target", "Unit Kerja Penanggungjawab",
    ]  # fmt: skip

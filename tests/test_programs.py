"""Program tables (T-C.27, a PK's program annex) read into Programs, through the text reader."""

from __future__ import annotations

from pathlib import Path

from renstra.schemas import Document

from .documents import extract_text, rules_of

TITLE = (
    "RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SUKAMAJU TAHUN 2022-2023\n"
    "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan\n\n"
)
# Kode split over five columns (its merge lost in the text export), Target | Rp pairs per
# year in thousands of rupiah, the final Target | Rp, unit kerja and lokasi.
TC27_HEAD = (
    "Kode\t\t\t\t\tProgram dan Kegiatan\tIndikator Kinerja Program (outcome) dan Kegiatan "
    "(output)\tSatuan\tData Capaian pada Tahun Awal\tTarget Kinerja Program dan Kerangka "
    "Pendanaan (Rp.000)\t\t\t\tKondisi Kinerja pada akhir periode Renstra\t\t"
    "Unit Kerja Penanggung Jawab\tLokasi\n"
    "\t\t\t\t\t\t\t\t\tTahun 2022\t\tTahun 2023\t\t\t\t\t\n"
    "\t\t\t\t\t\t\t\t\tTarget\tRp\tTarget\tRp\tTarget\tRp\t\t\n"
)
TC27_ROWS = (
    "1\t02\t02\t\t\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t"
    "Nilai SAKIP Perangkat Daerah\tNilai\tB\tBB\t1.250.500\tBB\t1.300.000\tBB\t2.550.500\t"
    "Sekretariat\tKabupaten Sukamaju\n"
    "\t\t\t\t\t\tPersentase capaian kinerja program\t%\t80\t85\t\t90\t\t90\t\t\t\n"
    "1\t02\t02\t2.01\t\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\t"
    "Jumlah dokumen perencanaan yang tersusun\tDokumen\t4\t5\t250.500\t5\t300.000\t5\t550.500\t"
    "Sekretariat\tKabupaten Sukamaju\n"
    "1\t02\t02\t2.01\t0001\tPenyusunan Dokumen Perencanaan Perangkat Daerah\t"
    "Jumlah dokumen Renstra dan Renja\tDokumen\t2\t2\t0\t2\t-\t2\t0\tSekretariat\t"
    "Kabupaten Sukamaju\n"
    "JUMLAH\t\t\t\t\t\t\t\t\t\t1.250.500\t\t1.300.000\t\t2.550.500\t\t\n"
)


def tc27(tmp_path: Path) -> Document:
    return extract_text(tmp_path, TITLE + TC27_HEAD + "".join(TC27_ROWS))


def test_tc27_rows_become_programs_with_their_code_level_and_parent(tmp_path: Path) -> None:
    document = tc27(tmp_path)
    rows = [(p.id, p.code, p.level, p.name, p.parent) for p in document.programs]
    assert rows == [
        ("t1r4", "1.02.02", "program",
         "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None),
        ("t1r6", "1.02.02.2.01", "kegiatan",
         "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "t1r4"),
        ("t1r7", "1.02.02.2.01.0001", "sub_kegiatan",
         "Penyusunan Dokumen Perencanaan Perangkat Daerah", "t1r6"),
        ("t1r8", None, "total", "JUMLAH", None),
    ]  # fmt: skip
    assert document.indicators == []
    assert document.doc_type == "renstra"
    assert [t.kind for t in document.tables] == ["program"]


def test_tc27_budgets_are_exact_rupiah_in_the_columns_scale(tmp_path: Path) -> None:
    program, kegiatan, sub, total = tc27(tmp_path).programs
    assert [(b.year_index, b.year, b.amount, b.text, b.scale) for b in program.budgets] == [
        (None, 2022, 1_250_500_000, "1.250.500", 1000),
        (None, 2023, 1_300_000_000, "1.300.000", 1000),
    ]
    assert program.final_budget is not None
    assert (program.final_budget.year, program.final_budget.amount) == (None, 2_550_500_000)
    assert [b.amount for b in sub.budgets] == [0, None]  # '0' is zero, '-' is no amount
    assert [b.text for b in sub.budgets] == ["0", "-"]
    assert [b.amount for b in total.budgets] == [1_250_500_000, 1_300_000_000]
    assert program.responsible == "Sekretariat"
    assert program.location == "Kabupaten Sukamaju"
    budget = program.budgets[0].provenance
    assert budget is not None and (budget.row, budget.column, budget.line) == (4, 11, 7)


def test_a_row_with_only_an_indicator_is_one_more_indicator_of_the_program(
    tmp_path: Path,
) -> None:
    program = tc27(tmp_path).programs[0]
    assert [(i.name, i.unit) for i in program.indicators] == [
        ("Nilai SAKIP Perangkat Daerah", "Nilai"),
        ("Persentase capaian kinerja program", "%"),
    ]
    second = program.indicators[1]
    assert second.baseline is not None and second.baseline.value == 80
    assert [(t.year, t.value) for t in second.targets] == [(2022, 85), (2023, 90)]
    assert second.final_target is not None and second.final_target.value == 90


def test_every_program_row_counts_as_read(tmp_path: Path) -> None:
    coverage = tc27(tmp_path).coverage
    assert (coverage.rows_seen, coverage.rows_read, coverage.unread_rows) == (5, 5, [])


PK = (
    "PERJANJIAN KINERJA TAHUN 2025\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU\n\n"
    "NO\tPROGRAM\tANGGARAN\n"
    "1\t1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tRp. 4.100.832.755\n"
    "2\t2. Program Penyelenggaraan Statistik Sektoral\tRp. 13.572.000\n"
    "\tTOTAL\tRp. 4.114.404.755\n"
)


def test_a_pk_program_annex_gives_each_program_the_budget_of_the_pk_year(
    tmp_path: Path,
) -> None:
    document = extract_text(tmp_path, PK)
    assert (document.doc_type, document.year) == ("pk", 2025)
    assert "no-indicators" not in rules_of(document)  # its programs are what it holds
    rows = [(p.level, p.name, [(b.year, b.amount) for b in p.budgets]) for p in document.programs]
    assert rows == [
        ("program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
         [(2025, 4_100_832_755)]),
        ("program", "Program Penyelenggaraan Statistik Sektoral", [(2025, 13_572_000)]),
        ("total", "TOTAL", [(2025, 4_114_404_755)]),
    ]  # fmt: skip


def test_a_row_cut_by_a_pdf_page_break_is_joined_to_the_row_above() -> None:
    """The Renja's 'Penyediaan Gaji dan Tunjangan ASN' row as its PDF breaks it: the name's
    end and the target's unit at the top of the next page."""
    from renstra.extract.intermediate import Cell, Position, Table
    from renstra.extract.parsers.columns import detect_layout
    from renstra.extract.parsers.programs import program_fields
    from renstra.schemas import Program

    rows = [
        (1, ("Kode", "Program/Kegiatan", "Indikator Kinerja", "Target Tahun 2024",
             "Pagu Indikatif Tahun 2024")),
        (1, ("5.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN",
             "Jumlah Orang yang Menerima Gaji", "43", "6.361.771.800,00")),
        (2, ("", "", "dan Tunjangan ASN", "Orang/bulan", "")),
        (2, ("5.01.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN",
             "Jumlah Dokumen Hasil Penyediaan Administrasi", "12 Dokumen", "150.000.000,00")),
    ]  # fmt: skip
    table = Table(
        1,
        [
            [
                Cell(text, Position(page=page, table=1, row=r, column=c))
                for c, text in enumerate(texts, start=1)
            ]
            for r, (page, texts) in enumerate(rows, start=1)
        ],  # fmt: skip
        Position(page=1, table=1),
    )
    grid = [[cell.text for cell in row] for row in table.rows]
    layout = detect_layout(grid, [[False] * len(row) for row in grid])
    assert layout is not None and layout.is_program_table
    programs = [Program(**fields) for fields in program_fields(table, layout, [2024])]
    assert [(p.id, p.name) for p in programs] == [
        ("t1r2", "Penyediaan Gaji dan Tunjangan ASN"),
        ("t1r4", "Penyediaan Administrasi Pelaksanaan Tugas ASN"),
    ]
    (indicator,) = programs[0].indicators
    assert indicator.name == "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN"
    assert [t.text for t in indicator.targets] == ["43 Orang/bulan"]
    assert [b.amount for b in programs[0].budgets] == [6_361_771_800]


TC24 = (
    "RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SUKAMAJU\n"
    "Tabel 2.2 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah\n\n"
    "Kode\tProgram/Kegiatan\tIndikator Kinerja\tTarget Tahun ke-\t\tRealisasi Tahun ke-\t\t"
    "Rasio Capaian Tahun ke-\t\n"
    "\t\t\t1\t\t1\t\t1\t\n"
    "\t\t\tK\tRp\tK\tRp\tK\tRp\n"
    "1.02.01\tProgram Pelayanan Administrasi Perkantoran\tBerjalannya administrasi\t12\t"
    "6,855,368,000\t12\t1,670,024,358\t100%\t24.36%\n"
)


def test_a_tc24_gives_each_years_pagu_its_realisasi_and_rasio(tmp_path: Path) -> None:
    (program,) = extract_text(tmp_path, TC24).programs
    (budget,) = program.budgets
    assert (budget.year_index, budget.amount) == (1, 6_855_368_000)
    assert budget.realization is not None and budget.achievement is not None
    assert (budget.realization.amount, budget.realization.text) == (1_670_024_358, "1,670,024,358")
    assert (budget.achievement.text, budget.achievement.value) == ("24.36%", 24.36)
    (target,) = program.indicators[0].targets  # the K columns are the indicator's
    assert target.realization is not None and target.achievement is not None
    assert (target.text, target.realization.text, target.achievement.text) == ("12", "12", "100%")


def _bold_only_tc27(path: Path) -> None:
    """A T-C.27 in Word without kode or 'Program'/'Kegiatan' words: programs in bold."""
    from docx import Document as Word

    rows = [
        ("Program dan Kegiatan", "Indikator Kinerja", "Target 2022", "Rp 2022"),
        ("Pelayanan Administrasi Perkantoran", "Persentase layanan", "100 %", "1.000.000"),
        ("Penyediaan Jasa Surat Menyurat", "Jumlah surat terkirim", "1.200", "400.000"),
        ("Penyediaan Jasa Kebersihan Kantor", "Jumlah ruang bersih", "30", "600.000"),
        ("Peningkatan Sarana dan Prasarana Aparatur", "Persentase sarana baik", "90 %", "0"),
    ]
    document = Word()
    document.add_paragraph("RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SUKAMAJU 2022-2026")
    table = document.add_table(rows=len(rows), cols=4)
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            run = table.cell(r, c).paragraphs[0].add_run(text)
            run.bold = r == 0 or (c == 0 and r in (1, 4))
    document.save(str(path))


def test_levels_from_bold_where_no_kode_or_word_gives_them(tmp_path: Path) -> None:
    from renstra.extract.pipeline import extract_document

    path = tmp_path / "tc27.docx"
    _bold_only_tc27(path)
    programs = extract_document(str(path)).programs
    assert [(p.level, p.name, p.parent) for p in programs] == [
        ("program", "Pelayanan Administrasi Perkantoran", None),
        ("kegiatan", "Penyediaan Jasa Surat Menyurat", "t1r2"),
        ("kegiatan", "Penyediaan Jasa Kebersihan Kantor", "t1r2"),
        ("program", "Peningkatan Sarana dan Prasarana Aparatur", None),
    ]
    assert [b.amount for p in programs for b in p.budgets] == [1_000_000, 400_000, 600_000, 0]


def test_plain_type_throughout_leaves_the_levels_unknown(tmp_path: Path) -> None:
    from docx import Document as Word
    from renstra.extract.pipeline import extract_document

    path = tmp_path / "plain.docx"
    _bold_only_tc27(path)
    document = Word(str(path))
    for row in document.tables[0].rows[1:]:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.bold = False
    document.save(str(path))
    assert [p.level for p in extract_document(str(path)).programs] == [None] * 4

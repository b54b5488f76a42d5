"""Free-text cells that carry fields the table has no column for."""

from __future__ import annotations

from pathlib import Path

from .documents import extract_text

HEAD = (
    "INDIKATOR KINERJA UTAMA KECAMATAN SUKAMAJU TAHUN 2017 - 2021\n\n"
    "NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA UTAMA\tALASAN/PENJELASAN\tSUMBER DATA\n"
)


def test_a_worded_formula_in_the_penjelasan_column(tmp_path: Path) -> None:
    row = ("1\tMeningkatnya pembinaan desa\tPersentase desa tertib\tJumlah desa tertib (DT) "
           "dibagi jumlah seluruh desa (SD) dikalikan seratus persen atau DT/SD X 100% = 100\t"
           "Kasi Pemerintahan")  # fmt: skip
    (indicator,) = extract_text(tmp_path, HEAD + row + "\n").indicators
    formula = indicator.formula
    assert formula is not None
    assert (formula.numerator, formula.denominator) == ("Jumlah desa tertib", "jumlah seluruh desa")
    assert (formula.multiplier, formula.target) == (100, 100)
    assert indicator.rationale is not None and indicator.rationale.startswith("Jumlah desa tertib")


def test_a_description_that_compares_is_no_formula(tmp_path: Path) -> None:
    row = "1\tX\tPrevalensi stunting\tBalita pendek dibanding seluruh balita\tSeksi Gizi"
    (indicator,) = extract_text(tmp_path, HEAD + row + "\n").indicators
    assert indicator.formula is None


def test_labelled_fields_inside_the_penjelasan_cell(tmp_path: Path) -> None:
    from docx import Document as Word

    word = Word()
    word.add_paragraph("INDIKATOR KINERJA UTAMA DINAS KESEHATAN KABUPATEN KARAWANG")
    table = word.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("INDIKATOR KINERJA UTAMA (IKU)", "PENJELASAN",
                                                "PENANGGUNG JAWAB"), strict=True):  # fmt: skip
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[2].text = "1 Persentase Keluarga Sehat", "Dinas Kesehatan"
    row[1].text = "Tipe Perhitungan : Kumulatif"
    row[1].add_paragraph("Sumber Data : Laporan Seksi Pelayanan Kesehatan Primer")
    row[1].add_paragraph("Formulasi Perhitungan : Jumlah Keluarga Sehat / Jumlah Keluarga x 100%")
    path = tmp_path / "iku.docx"
    word.save(str(path))
    from renstra.extract.pipeline import extract_document

    (indicator,) = extract_document(str(path)).indicators
    assert indicator.name == "Persentase Keluarga Sehat"  # its number pasted in the cell, dropped
    assert indicator.data_source == "Laporan Seksi Pelayanan Kesehatan Primer"
    assert indicator.formula is not None and indicator.formula.denominator == "Jumlah Keluarga"
    assert indicator.rationale is None  # the cell held nothing but labelled fields


def test_a_rumus_column_of_labelled_fields(tmp_path: Path) -> None:
    from docx import Document as Word
    from renstra.extract.pipeline import extract_document

    word = Word()
    word.add_paragraph("INDIKATOR KINERJA UTAMA PEMERINTAH PROVINSI JAWA TENGAH 2013-2018")
    table = word.add_table(rows=2, cols=3)
    head, row = table.rows[0].cells, table.rows[1].cells
    head[0].text, head[1].text = "NO", "INDIKATOR KINERJA"
    head[2].text = "PENJELASAN (Alasan Pemilihan Indikator, Formulasi Pengukuran)"
    row[0].text, row[1].text = "1.1.1", "Persentase capaian sasaran pembangunan"
    cell = row[2]
    cell.text = "Alasan Pemilihan Indikator :"
    for line in ("Untuk mengevaluasi capaian sasaran.", "Formulasi Pengukuran :",
                 "Realisasi Sasaran Pembangunan", "-----", "Target Sasaran Pembangunan",
                 "Sumber Data :", "Bappeda"):  # fmt: skip
        cell.add_paragraph(line)
    path = tmp_path / "iku.docx"
    word.save(str(path))
    (indicator,) = extract_document(str(path)).indicators
    assert indicator.rationale == "Untuk mengevaluasi capaian sasaran."
    assert indicator.formula is not None
    assert (indicator.formula.numerator, indicator.formula.denominator) == (
        "Realisasi Sasaran Pembangunan", "Target Sasaran Pembangunan",
    )  # fmt: skip
    assert indicator.data_source == "Bappeda"


def test_a_rumus_that_looks_like_a_label_stays_the_rumus(tmp_path: Path) -> None:
    row = "1\tX\tPersentase kegiatan\tJumlah kegiatan\tSeksi\tJumlah kegiatan"
    head = HEAD.replace("SUMBER DATA\n", "SUMBER DATA\tRUMUS\n")
    (indicator,) = extract_text(tmp_path, head + row + "\n").indicators
    assert indicator.formula is not None and indicator.formula.kind == "count"


def test_cukup_jelas_is_no_rumus(tmp_path: Path) -> None:
    head = HEAD.replace("ALASAN/PENJELASAN\tSUMBER DATA", "RUMUS\tSKPD")
    (indicator,) = extract_text(
        tmp_path, head + "1\tX\tJumlah petani\tCukup Jelas\tDintan\n"
    ).indicators
    assert indicator.formula is None
    assert indicator.responsible == "Dintan"

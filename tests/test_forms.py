"""Manual IKU cards, label | value tables and numbered lists, read into indicators."""

from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.pipeline import extract_document
from renstra.schemas import Document

from .documents import extract_text

CARDS = """MANUAL INDIKATOR KINERJA UTAMA
DINAS KESEHATAN KABUPATEN SUKAMAJU TAHUN 2022-2026

Indikator Kinerja : Persentase balita gizi baik
Sasaran Strategis : Meningkatnya status gizi masyarakat
Definisi : Balita dengan berat badan menurut umur normal.
Formulasi Pengukuran : Jumlah balita gizi baik / Jumlah balita ditimbang x 100%
Satuan : %
Polarisasi Data : Minimize
Sumber Data : Seksi Gizi
Penanggung Jawab : Kepala Bidang Kesehatan Masyarakat
Jadwal Pengumpulan Data : Triwulanan
Baseline (2021) : 80
Target
2022 2023 2024
82 84 86

Indikator Kinerja : Indeks Kepuasan Masyarakat
Definisi : Hasil survei kepuasan masyarakat.
Target : 80 Tahun : 2024
"""


def test_manual_iku_cards_become_indicators(tmp_path: Path) -> None:
    document = extract_text(tmp_path, CARDS)
    first, second = document.indicators
    assert document.doc_type == "iku"
    assert first.name == "Persentase balita gizi baik"
    assert first.objective == "Meningkatnya status gizi masyarakat"
    assert first.definition == "Balita dengan berat badan menurut umur normal."
    assert first.formula is not None and first.formula.kind == "ratio"
    assert (first.formula.numerator, first.formula.multiplier) == ("Jumlah balita gizi baik", 100)
    assert (first.unit, first.polarity, first.inferred) == ("%", "lower-is-better", [])
    assert (first.data_source, first.frequency) == ("Seksi Gizi", "Triwulanan")
    assert first.responsible == "Kepala Bidang Kesehatan Masyarakat"
    assert first.baseline is not None and (first.baseline.value, first.baseline.year) == (80, 2021)
    assert [(t.year, t.value) for t in first.targets] == [(2022, 82), (2023, 84), (2024, 86)]
    assert first.provenance.line == 4
    # the second card keeps the sasaran the list gave once
    assert second.objective == "Meningkatnya status gizi masyarakat"
    assert (second.unit, second.inferred) == ("indeks", ["unit", "polarity"])
    assert [(t.year, t.value) for t in second.targets] == [(2024, 80)]
    assert document.coverage.rows_read == 2


def test_a_title_line_is_no_card(tmp_path: Path) -> None:
    text = "INDIKATOR KINERJA UTAMA (IKU)\nDINAS X\nTAHUN 2021-2026\n\nNAMA SKPD : DINAS X\n"
    assert extract_text(tmp_path, text).indicators == []


def test_numbered_list_with_bulleted_fields(tmp_path: Path) -> None:
    text = """DAFTAR INDIKATOR KINERJA UTAMA DINAS SOSIAL KOTA SUKAMAJU 2021-2026

1. Persentase PMKS yang tertangani
   - Satuan : %
   - Sumber Data : Bidang Rehabilitasi Sosial
2. Jumlah panti yang terakreditasi
   - Satuan : unit
   - Definisi : Panti sosial dengan akreditasi minimal B
"""
    document = extract_text(tmp_path, text, "list.md")
    assert [(i.name, i.unit) for i in document.indicators] == [
        ("Persentase PMKS yang tertangani", "%"),
        ("Jumlah panti yang terakreditasi", "unit"),
    ]
    assert document.indicators[1].definition == "Panti sosial dengan akreditasi minimal B"


def test_a_word_card_as_a_label_value_table(tmp_path: Path) -> None:
    from docx import Document as Word

    word = Word()
    word.add_paragraph("METADATA INDIKATOR DINAS KESEHATAN KABUPATEN SUKAMAJU")
    card = word.add_table(rows=0, cols=2)
    for label, value in (("Nama Indikator", "Indeks Kepuasan Masyarakat"),
                         ("Definisi", "Hasil survei kepuasan"), ("Satuan", "Indeks"),
                         ("Apakah Indikator Komposit ?", "Ya")):  # fmt: skip
        row = card.add_row().cells
        row[0].text, row[1].text = label, value
    path = tmp_path / "card.docx"
    word.save(str(path))
    (indicator,) = extract_document(str(path)).indicators
    assert (indicator.name, indicator.definition, indicator.unit) == (
        "Indeks Kepuasan Masyarakat", "Hasil survei kepuasan", "Indeks",
    )  # fmt: skip
    assert indicator.provenance.table == 1 and indicator.provenance.row == 1


def _as_docx(text: str, path: Path) -> None:
    from docx import Document as Word

    word = Word()
    for line in text.splitlines():
        word.add_paragraph(line)
    word.save(str(path))


def _as_pdf(text: str, path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    y = 800
    for line in text.splitlines():
        y -= 14 if line else 8
        pdf.drawString(60, y, line)
    pdf.save()


def _as_xlsx(text: str, path: Path) -> None:
    """A card as a sheet holds it: the label in A, the value in B."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in text.splitlines():
        label, colon, value = line.partition(" : ")
        sheet.append([label, value] if colon else [line])
    book.save(str(path))


def _essentials(document: Document) -> list[tuple[object, ...]]:
    return [
        (i.name, i.objective, i.definition, i.unit, i.polarity, i.data_source, i.frequency,
         i.formula.numerator if i.formula else None,
         [(t.year, t.value) for t in i.targets])
        for i in document.indicators
    ]  # fmt: skip


PARITY_CARDS = CARDS.replace("Target\n2022 2023 2024\n82 84 86\n", "Target 2022 : 82\n")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
def test_cards_give_the_same_indicators_in_every_format(fmt: str, tmp_path: Path) -> None:
    expected = _essentials(extract_text(tmp_path, PARITY_CARDS))
    assert len(expected) == 2
    path = tmp_path / f"cards.{fmt}"
    {"docx": _as_docx, "pdf": _as_pdf, "xlsx": _as_xlsx}[fmt](PARITY_CARDS, path)
    assert _essentials(extract_document(str(path))) == expected

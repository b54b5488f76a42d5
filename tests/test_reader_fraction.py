from __future__ import annotations

from pathlib import Path

from renstra.extract.readers.fraction import fraction_text
from renstra.extract.readers.pdf import Word

from .test_reader_pdf import read_bytes, texts

CELL = (425.0, 285.0, 710.0, 420.0)
RULE = (513.0, 301.5, 661.0, 301.5)


def words(*rows: tuple[float, str]) -> list[Word]:
    """Words laid out by hand: (top, 'x0:text x0:text ...'), 6 points a letter wide."""
    out = []
    for top, line in rows:
        for item in line.split():
            x0, text = item.split(":", 1)
            out.append(Word(text, float(x0), top, float(x0) + 6 * len(text), top + 9))
    return out


# 'Formulasi Perhitungan :' beside a fraction with 'x 100%' right of it, as LibreOffice
# draws Word's borderless fraction table; then the card's next paragraph.
CARD = words(
    (289, "436:Formulasi 540:Jumlah 582:Sehat 672:x"),
    (301, "436:Perhitungan 508:: 672:100%"),
    (313, "532:Jumlah 574:Keluarga"),
    (325, "516:Kabupaten 576:tahun"),
    (381, "431:Tipe 461:Perhitungan 533:: 539:Kumulatif"),
)


def test_a_fraction_in_a_cell_reads_label_numerator_multiplier_bar_denominator() -> None:
    assert fraction_text(CELL, CARD, [RULE]) == (
        "Formulasi Perhitungan : Jumlah Sehat x 100%\n-----\n"
        "Jumlah Keluarga\nKabupaten tahun\nTipe Perhitungan : Kumulatif"
    )


def test_a_rule_on_the_cell_border_or_under_a_line_wider_than_it_is_no_fraction() -> None:
    border = (425.0, 285.0, 710.0, 285.0)
    assert fraction_text(CELL, CARD, [border]) is None
    # an underlined heading over a paragraph that runs past the underline's ends
    text = words((289, "520:Catatan"), (301, "440:Data 480:dihimpun 540:tiap 580:tahun"))
    assert fraction_text(CELL, text, [(520.0, 299.0, 562.0, 299.0)]) is None


SAMPLE = Path(__file__).parent.parent / "samples/real/manual_iku_form_pdf/manual_iku_form_pdf.pdf"


def test_the_manual_iku_forms_fractions_read_as_the_docx_reader_writes_them() -> None:
    grid = texts(read_bytes(SAMPLE.read_bytes(), SAMPLE.name))
    assert grid[1][4].split("\n")[:3] == [
        "Formulasi Perhitungan : Jumlah Keluarga Sehat x 100%",
        "-----",
        "Jumlah Keluarga di wilayah",
    ]
    assert grid[3][4].split("\n")[:2] == [
        "Formulasi Perhitungan : Jumlah Puskesmas Terakreditasi x 100%",
        "-----",
    ]
    assert "-----" not in grid[2][4]  # the count's rumus, in words, has no rule

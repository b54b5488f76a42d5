"""What OCR traced on a page reaches the PDF reader as a text layer's page would
(extract/readers/scanned.py): a stacked fraction's rule, drawn inside a ruled cell, is one
of the page's bars, so the cell reads as numerator / BAR / denominator. No page is OCR'd
here: the reading is given."""

from __future__ import annotations

import hashlib

import pytest
from PIL import Image
from renstra.extract.intermediate import SourceFile
from renstra.extract.ocr.words import OcrPage, OcrWord, page_json, page_of_json
from renstra.extract.readers import scanned
from renstra.extract.readers.pdf import lay_out
from renstra.schemas import Settings

from .test_reader_fraction import CARD, CELL, RULE

NUMBER_CELL = (385.0, CELL[1], CELL[0], CELL[3])
BORDERS = [(385.0, 285.0, 710.0, 285.5), (385.0, 419.5, 710.0, 420.0)]


def reading() -> OcrPage:
    """A card row as OCR reads it: a number cell and a PENJELASAN cell with a fraction
    drawn in it, its rule traced among the table's two borders."""
    words = [OcrWord(w.text, w.x0, w.top, w.x1, w.bottom, 95.0) for w in CARD]
    words.append(OcrWord("1", 390.0, 289.0, 396.0, 298.0, 96.0))
    bbox = (385.0, CELL[1], CELL[2], CELL[3])
    return OcrPage(936.0, 610.0, 0, 0.0, words, [(bbox, [[NUMBER_CELL, CELL]])], [*BORDERS, RULE])


def test_a_rule_traced_in_a_cell_reads_as_the_fraction_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scanned, "_read", lambda *args: reading())
    page, _ = scanned.ocr_page(1, Image.new("L", (10, 10), 255), 300.0, Settings())
    assert page is not None
    source = SourceFile("scan.pdf", b"", hashlib.sha256(b"").hexdigest(), "pdf")
    raw = lay_out(source, [page], [])
    assert [c.text for c in raw.tables[0].rows[0]] == [
        "1",
        "Formulasi Perhitungan : Jumlah Sehat x 100%\n-----\n"
        "Jumlah Keluarga\nKabupaten tahun\nTipe Perhitungan : Kumulatif",
    ]


def test_the_cache_keeps_a_pages_rules() -> None:
    page = reading()
    again = page_of_json(page_json(page))
    assert again is not None and again.rules == [*BORDERS, RULE]

"""The T-C.23 sample's ruled grid traced from a scan of it (175 dpi, tilted 2.88 degrees,
straightened as the OCR page is): the letters of its tight bold header row ('Realisasi
Capaian Tahun ...', 'Rasio Capaian ...') touch neither rule, and must open no column."""

from __future__ import annotations

import numpy as np
import pypdfium2
import pytest
from PIL import Image
from renstra.extract.ocr import deskew
from renstra.extract.ocr.ruling import Grid, find_grids, to_points

from . import scans
from .paths import REPO

TC23 = REPO / "samples/real/renstra_tc23_capaian/renstra_tc23_capaian.pdf"
DPI = 175
SKEW = -2.88


@pytest.fixture(scope="module")
def grid() -> Grid:
    pdf = pypdfium2.PdfDocument(TC23.read_bytes())
    try:
        image = pdf[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()
    tilted = image.rotate(SKEW, resample=Image.Resampling.BICUBIC, fillcolor=255)
    gray = np.asarray(tilted)
    gray = deskew.straighten(gray, deskew.find_skew(gray))
    (found,) = find_grids(gray, DPI)
    return to_points(found, DPI)


def test_tight_header_letters_open_no_column(grid: Grid) -> None:
    assert len(grid.rows[0]) == 29  # as pdfplumber finds in the PDF


def test_header_cell_spans_its_years(grid: Grid) -> None:
    """'Realisasi Capaian Tahun' runs from the rule at 724 pt to the one at 1019 pt over
    the rules below it, 'Rasio Capaian' from there to the table's right edge (as
    pdfplumber finds them in the PDF)."""
    starts = sorted({c[0] for row in grid.rows for c in row if c is not None})
    header = [c for c in grid.rows[0] if c is not None]
    realisasi = next(c for c in header if c[0] == pytest.approx(724, abs=2))
    assert realisasi[2] == pytest.approx(1019, abs=2)
    assert header[-1][0] == pytest.approx(1019, abs=2)
    assert header[-1][2] == pytest.approx(1166, abs=2)
    assert starts[17:22] == pytest.approx([724, 748, 798, 822, 872], abs=2)


def test_lines_of_small_bold_type_are_not_traced_as_rules() -> None:
    """The T-C.27's first page scanned as its twin was (154 dpi, blurred 0.8 px, JPEG at
    quality 60) and enlarged to 300, as the OCR page reads it: its rows of 7 pt bold type
    (program names, Rupiah) run as long as a rule but stand as thick as their letters."""
    grids = find_grids(scans.tc27_scan(1), 300)
    # one table of pdfplumber's 29 rows; before, 36 rows and seven small grids inside the
    # type. (Its columns are not yet right: letters touching rules still open some.)
    assert [len(grid.rows) for grid in grids] == [29]

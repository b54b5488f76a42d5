"""Ruled tables found in page images (extract/ocr/ruling.py), held to pdfplumber's tables
of the same born-digital pages: each page is rendered at 200 dpi, then spoilt the way a
scanner spoils it, and the grid found in the pixels must have pdfplumber's rows, columns,
merged cells and cell boxes (within TOLERANCE points)."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import pdfplumber
import pypdfium2
import pytest
from renstra.extract.ocr.ruling import Grid, box_to_points, find_grids, to_points, trace

from .paths import REPO

DPI = 200
TOLERANCE = 1.5  # points: a rule 0.5 pt wide is one or two pixels at 200 dpi
MATRIX = ("samples/real/iku_matrix_ruled_pdf/iku_matrix_ruled_pdf.pdf", 0)
MULTIPAGE = ("samples/real/renstra_multipage_pdf/renstra_multipage_pdf.pdf", 0)
CONTINUED = ("samples/real/renstra_multipage_pdf/renstra_multipage_pdf.pdf", 1)
NUMBERED = ("samples/formats/renstra_metro_timur.pdf", 0)
PROSE = ("samples/real/pk_statement_and_annex/pk_statement_and_annex.pdf", 0)
BORDERLESS = ("samples/real/iku_rumus_borderless_pdf/iku_rumus_borderless_pdf.pdf", 0)
FORM = ("samples/real/manual_iku_form_pdf/manual_iku_form_pdf.pdf", 0)
RULED = [MATRIX, MULTIPAGE, CONTINUED, NUMBERED]

Cells = list[list[tuple[float, float, float, float] | None]]


class Page:
    """A sample page: its image, pdfplumber's tables and its vector rules (points)."""

    def __init__(self, path: str, index: int) -> None:
        data = (REPO / path).read_bytes()
        bitmap = pypdfium2.PdfDocument(data)[index].render(scale=DPI / 72, grayscale=True)
        self.image = np.array(bitmap.to_pil().convert("L"))
        with pdfplumber.open(REPO / path) as pdf:
            page = pdf.pages[index]
            self.tables = [(t.bbox, [list(r.cells) for r in t.rows]) for t in page.find_tables()]
            self.edges = [(e["x0"], e["top"], e["x1"], e["bottom"]) for e in page.edges]
            self.words = page.extract_words()


@pytest.fixture(scope="module")
def pages() -> dict[tuple[str, int], Page]:
    return {key: Page(*key) for key in [*RULED, PROSE, BORDERLESS]}


def grids(image: np.ndarray) -> list[Grid]:
    return [to_points(g, DPI) for g in find_grids(image, DPI)]


def assert_same_tables(expected: list[tuple[tuple, Cells]], found: list[Grid]) -> None:
    assert len(found) == len(expected)
    for (bbox, rows), grid in zip(expected, found, strict=True):
        assert len(grid.rows) == len(rows)
        assert [len(r) for r in grid.rows] == [len(r) for r in rows]
        assert [[c is None for c in r] for r in grid.rows] == [[c is None for c in r] for r in rows]
        assert grid.bbox == pytest.approx(bbox, abs=TOLERANCE)
        for got, want in zip(grid.rows, rows, strict=True):
            for g, w in zip(got, want, strict=True):
                assert g is None or g == pytest.approx(w, abs=TOLERANCE)


# ---------------------------------------------------------------- what a scanner does


def speckled(image: np.ndarray) -> np.ndarray:
    """Sensor noise (sigma 12 grey levels) and 0.2 % dust and drop-outs."""
    rng = np.random.default_rng(16)
    out = image.astype(np.float32) + rng.normal(0, 12, image.shape)
    chance = rng.random(image.shape)
    out[chance < 0.002], out[chance > 0.998] = 0, 255
    return np.clip(out, 0, 255).astype(np.uint8)


def broken(page: Page, image: np.ndarray, every: int = 37) -> np.ndarray:
    """A 1-pixel gap across every rule, every ``every`` pixels along it."""
    out, k = image.copy(), DPI / 72
    for x0, top, x1, bottom in page.edges:
        if bottom - top < x1 - x0:
            y = round(top * k)
            for x in range(int(x0 * k) + every // 2, int(x1 * k), every):
                out[y - 3 : y + 4, x] = 255
        else:
            x = round(x0 * k)
            for y in range(int(top * k) + every // 2, int(bottom * k), every):
                out[y, x - 3 : x + 4] = 255
    return out


def jpeg(image: np.ndarray, quality: int = 40) -> np.ndarray:
    _, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return np.asarray(cv2.imdecode(data, cv2.IMREAD_GRAYSCALE))


def thick(page: Page, image: np.ndarray, width: int = 4) -> np.ndarray:
    """Every rule drawn again ``width`` pixels wide (1.4 pt at 200 dpi)."""
    out, k = image.copy(), DPI / 72
    for x0, top, x1, bottom in page.edges:
        ends = (round(x0 * k), round(top * k)), (round(x1 * k), round(bottom * k))
        cv2.line(out, *ends, 0, width)
    return out


SPOILT: dict[str, Callable[[Page, np.ndarray], np.ndarray]] = {
    "clean": lambda page, image: image,
    "noise, 1-pixel gaps and JPEG": lambda page, image: jpeg(broken(page, speckled(image))),
    "thick rules": thick,
}


# ---------------------------------------------------------------- tests


@pytest.mark.parametrize("spoilt", SPOILT)
@pytest.mark.parametrize("key", RULED, ids=lambda k: f"{k[0].rsplit('/', 1)[1]}:{k[1] + 1}")
def test_a_ruled_page_gives_pdfplumbers_tables(pages, key, spoilt) -> None:  # type: ignore[no-untyped-def]
    page = pages[key]
    assert_same_tables(page.tables, grids(SPOILT[spoilt](page, page.image)))


def test_merged_cells_are_counted_as_drawn(pages) -> None:  # type: ignore[no-untyped-def]
    """Counted on the rendered pages. The IKU matrix: a header row and 11 indicator rows;
    7 column starts (NO., SASARAN, the number and the name under INDIKATOR, SATUAN,
    PENANGGUNG JAWAB, SUMBER DATA); INDIKATOR covers two columns (1 slot) and NO. and
    SASARAN each cover the 11 rows (10 slots below each). The Renstra table: two header
    rows and 9 indicator rows; 11 columns (6 named, 5 years); No to Kondisi Awal cover
    both header rows (6 slots), the target heading covers the 5 years (4 slots), No and
    Tujuan cover the 9 rows (8 slots each), the second Sasaran the last 7 (6 slots)."""
    (matrix,) = grids(pages[MATRIX].image)
    assert (len(matrix.rows), len(matrix.rows[0])) == (12, 7)
    assert [c is None for c in matrix.rows[0]] == [False, False, False, True, False, False, False]
    assert [sum(c is None for c in row) for row in matrix.rows] == [1, 0] + [2] * 10
    (renstra,) = grids(pages[MULTIPAGE].image)
    assert (len(renstra.rows), len(renstra.rows[0])) == (11, 11)
    assert [sum(c is None for c in row) for row in renstra.rows] == [4, 6, 0, 2, 2] + [3] * 6


def test_a_table_cut_by_the_image_edge_ends_at_the_edge(pages) -> None:  # type: ignore[no-untyped-def]
    """The scan stops inside the last year column: the edge stands for its right rule."""
    page = pages[MULTIPAGE]
    bbox, rows = page.tables[0]
    cut = round((bbox[2] - 20) * DPI / 72)  # 20 pt into the 2030 column
    edge = cut * 72 / DPI
    expected = [
        (
            (*bbox[:2], edge, bbox[3]),
            [[c and (*c[:2], min(c[2], edge), c[3]) for c in r] for r in rows],
        )
    ]
    assert_same_tables(expected, grids(speckled(page.image[:, :cut])))


def test_an_underlined_heading_on_a_page_of_prose_is_no_table(pages) -> None:  # type: ignore[no-untyped-def]
    page = pages[PROSE]
    heading = [w for w in page.words if w["top"] < page.words[0]["bottom"]]
    assert " ".join(w["text"] for w in heading) == "PERJANJIAN KINERJA TAHUN 2025"
    k = DPI / 72
    y = round((max(w["bottom"] for w in heading) + 2) * k)
    image = page.image.copy()
    cv2.line(image, (round(heading[0]["x0"] * k), y), (round(heading[-1]["x1"] * k), y), 0, 3)
    assert find_grids(speckled(image), DPI) == []


def test_a_borderless_table_is_no_ruled_table(pages) -> None:  # type: ignore[no-untyped-def]
    assert pages[BORDERLESS].tables == []
    assert find_grids(pages[BORDERLESS].image, DPI) == []


def test_a_blank_page_gives_no_grid_and_colour_is_refused() -> None:
    assert find_grids(np.full((400, 300), 250, np.uint8)) == []
    with pytest.raises(ValueError, match="2 dimensions"):
        find_grids(np.zeros((40, 30, 3), np.uint8))


def test_to_points_scales_pixels_to_72_per_inch() -> None:
    grid = Grid((100.0, 50.0, 300.0, 150.0), [[(100.0, 50.0, 300.0, 150.0), None]])
    assert to_points(grid, 200) == Grid(
        (36.0, 18.0, 108.0, 54.0), [[(36.0, 18.0, 108.0, 54.0), None]]
    )


# ---------------------------------------------------------------- a tight 7 pt table

TIGHT = "samples/real/renstra_tc27_rupiah_ribuan/renstra_tc27_rupiah_ribuan.pdf"
TIGHT_DPI = 154  # the T-C.27 twin's: its 7 pt letters fill the rows between the rules


@pytest.fixture(scope="module")
def tight() -> tuple[list[tuple[tuple, Cells]], list[Grid]]:
    """The T-C.27 page scanned as its twin was (154 dpi, tilted 1.7 degrees, a little
    blurred), then enlarged and levelled as the OCR page is: pdfplumber's tables of the
    page, and the grids found in the image."""
    from renstra.extract.ocr import deskew
    from renstra.extract.ocr.page import _at_reading_size

    data = (REPO / TIGHT).read_bytes()
    bitmap = pypdfium2.PdfDocument(data)[0].render(scale=TIGHT_DPI / 72, grayscale=True)
    image = np.array(bitmap.to_pil().convert("L"))
    height, width = image.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), 1.7, 1.0)
    image = cv2.warpAffine(image, matrix, (width, height), borderValue=255)
    gray, dpi = _at_reading_size(cv2.GaussianBlur(image, (0, 0), 0.8), TIGHT_DPI)
    gray = deskew.straighten(gray, deskew.find_skew(gray))
    with pdfplumber.open(REPO / TIGHT) as pdf:
        tables = [(t.bbox, [list(r.cells) for r in t.rows]) for t in pdf.pages[0].find_tables()]
    return tables, [to_points(g, dpi) for g in find_grids(gray, dpi)]


def test_letters_filling_tight_rows_open_no_columns(tight) -> None:  # type: ignore[no-untyped-def]
    """Counted on the born-digital page: 25 column starts ((1) to (25)) and 29 rows; the
    letters of its 7 pt rows and the stems stacked down its left-aligned texts opened 8
    more (at 260, 273, 279, 338, 415, 455, 1106 and 1136 pt) before a cell's side had to be
    ink from rule to rule."""
    expected, (grid,) = tight
    starts = sorted({c[0] for row in grid.rows for c in row if c is not None})
    assert (len(grid.rows), len(starts)) == (29, 25)
    drawn = sorted({c[0] for row in expected[0][1] for c in row if c is not None})
    assert starts == pytest.approx(drawn, abs=TOLERANCE)
    assert_same_tables(expected, [grid])


def test_a_fractions_rule_inside_a_cell_is_handed_on_and_letter_tops_are_not() -> None:
    # the Manual IKU form's two rumus: numerator over a rule from x 512.8 to 660.6 pt, at
    # y 301.5 and 489.3 pt, inside PENJELASAN cells; no rule of the page is shorter than
    # that but the strokes along a line of letters' tops and feet
    page = Page(*FORM)
    _, rules = trace(page.image, DPI)
    inside = [box_to_points(r, DPI) for r in rules if r[2] - r[0] < 300 / 72 * DPI]
    assert len(inside) == 2
    for (x0, top, x1, bottom), y in zip(inside, (301.5, 489.3), strict=True):
        assert abs(x0 - 512.8) <= TOLERANCE and abs(x1 - 660.6) <= TOLERANCE
        assert top - TOLERANCE <= y <= bottom + TOLERANCE

"""The scanned twins' generator (benchmarks/scan_twins.py) and the committed twins in
samples/scanned/: deterministic, image-only, as many pages as the original, the sideways
page turned, and the skew in the range asked. Rendered at a low resolution to stay fast."""

from __future__ import annotations

import importlib.util
import io
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pdfplumber
import pytest
from PIL import Image, ImageOps, ImageSequence

from .paths import SAMPLES


def _load(name: str) -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


twins = _load("scan_twins")
REAL = SAMPLES / "real"
RENSTRA = REAL / "renstra_multipage_pdf" / "renstra_multipage_pdf.pdf"  # 2 landscape pages
IKU = REAL / "iku_matrix_ruled_pdf" / "iku_matrix_ruled_pdf.pdf"  # 1 portrait page
PK = REAL / "pk_statement_and_annex" / "pk_statement_and_annex.pdf"
LOW_DPI = (72, 80)


@pytest.fixture(scope="module")
def renstra_twin() -> Any:
    return twins.make_twin(RENSTRA, twins.DEFAULT_SEED, LOW_DPI)


def _sizes(pdf: bytes | Path) -> list[tuple[float, float]]:
    with pdfplumber.open(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf) as doc:
        return [(page.width, page.height) for page in doc.pages]


def _chars(pdf: bytes | Path) -> int:
    with pdfplumber.open(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf) as doc:
        return sum(len(page.chars) for page in doc.pages)


def measured_skew(page: Image.Image) -> float:
    """The page's skew in degrees (counter-clockwise), measured from the image alone: the
    angle that, undone, makes the rows of ink sharpest (text lines and ruling lines)."""
    ink = ImageOps.invert(page.convert("L"))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(-angle, Image.Resampling.BILINEAR), dtype=np.float64)
        return float(np.var(rows.sum(axis=1)))

    coarse = max(np.arange(-4.0, 4.01, 0.25), key=sharpness)
    return float(max(np.arange(coarse - 0.25, coarse + 0.26, 0.05), key=sharpness))


def _frames(tiff: bytes) -> list[tuple[bytes, object]]:
    image = Image.open(io.BytesIO(tiff))
    return [(frame.tobytes(), frame.info.get("dpi")) for frame in ImageSequence.Iterator(image)]


def test_the_same_seed_gives_the_same_bytes(renstra_twin: Any) -> None:
    again = twins.make_twin(RENSTRA, twins.DEFAULT_SEED, LOW_DPI)
    assert twins.pdf_bytes(again) == twins.pdf_bytes(renstra_twin)
    # the TIFF by its frames: Pillow before 13 leaves the pad byte after an odd-length
    # strip unset, so two saves of one image can differ there (seen with 12.3)
    assert _frames(twins.tiff_bytes(again)) == _frames(twins.tiff_bytes(renstra_twin))
    assert [twins.png_bytes(p, 72) for p in again.pages] == [
        twins.png_bytes(p, 72) for p in renstra_twin.pages
    ]
    other = twins.make_twin(RENSTRA, twins.DEFAULT_SEED + 1, LOW_DPI)
    assert twins.pdf_bytes(other) != twins.pdf_bytes(renstra_twin)


def test_a_twin_is_image_only_with_the_original_s_pages(renstra_twin: Any) -> None:
    pdf = twins.pdf_bytes(renstra_twin)
    assert _chars(RENSTRA) > 1000
    assert _chars(pdf) == 0
    assert len(_sizes(pdf)) == len(_sizes(RENSTRA)) == 2
    tiff = Image.open(io.BytesIO(twins.tiff_bytes(renstra_twin)))
    assert [frame.size for frame in ImageSequence.Iterator(tiff)] == [
        page.size for page in renstra_twin.pages
    ]


def test_one_page_of_a_multi_page_document_is_turned_sideways(renstra_twin: Any) -> None:
    turned = renstra_twin.recipe.turned_page
    assert turned is not None
    for i, ((w, h), (tw, th)) in enumerate(
        zip(_sizes(RENSTRA), _sizes(twins.pdf_bytes(renstra_twin)), strict=True)
    ):
        assert w > h  # the original's pages are landscape
        assert (tw > th) is (i != turned), f"page {i + 1}"
        image = renstra_twin.pages[i]
        assert (image.width > image.height) is (i != turned)
    single = twins.recipe_for("iku", 1, twins.DEFAULT_SEED)
    assert single.turned_page is None


def test_the_skew_is_within_the_range_asked(renstra_twin: Any) -> None:
    recipe = renstra_twin.recipe
    for i, page in enumerate(renstra_twin.pages):
        if i == recipe.turned_page:  # turned back first: its lines of text run across again
            page = page.rotate(-recipe.turn, expand=True)
        skew = measured_skew(page)
        asked = recipe.skews[i]
        assert 1.0 <= abs(asked) <= 3.0
        assert abs(skew - asked) <= 0.3, f"page {i + 1}: measured {skew}, asked {asked}"
        assert 0.7 <= abs(skew) <= 3.3


def test_the_resolution_is_drawn_from_the_range_asked() -> None:
    dpis = {twins.recipe_for(f"doc{i}", 1, 16, (150, 300)).dpi for i in range(40)}
    assert min(dpis) >= 150 and max(dpis) <= 300 and len(dpis) > 10


def test_the_signature_space_is_the_blank_above_each_signatory_s_name() -> None:
    spaces = twins.signature_spaces(PK)
    # page 1: INFORMATIKA ends at 443 pt, the name MOUDY ARY NAZOLLA starts at 494 pt
    # page 2: the position line ends at 343 pt, the names line starts at 394 pt
    assert [[round(top), round(bottom)] for _, top, _, bottom in spaces[0]] == [[443, 494]]
    assert [[round(top), round(bottom)] for _, top, _, bottom in spaces[1]] == [[343, 394]]
    assert twins.signature_spaces(RENSTRA) == [[], []]  # no NIP line


def test_a_signed_space_has_ink_inside_and_none_outside() -> None:
    page = Image.new("L", (400, 300), 255)
    signed = np.asarray(twins.sign(page, [(50.0, 50.0, 150.0, 100.0)], 144, random.Random(1)))
    # the box is 100..300 x 100..200 px at 144 dpi; the stamp's ring reaches a radius beyond
    assert signed[100:200, 100:300].min() < 100
    assert signed[:, 350:].min() == 255 and signed[260:, :].min() == 255


@pytest.mark.parametrize(
    ("folder", "pages", "turned"),
    [("iku_matrix_ruled_pdf", 1, None), ("renstra_multipage_pdf", 2, 1)],
)
def test_the_committed_twins(folder: str, pages: int, turned: int | None) -> None:
    twin = SAMPLES / "scanned" / folder / f"{folder}.pdf"
    original = REAL / folder / f"{folder}.pdf"
    assert twin.stat().st_size < 300_000
    assert _chars(twin) == 0
    sizes, before = _sizes(twin), _sizes(original)
    assert len(sizes) == len(before) == pages
    for i, ((w, h), (tw, th)) in enumerate(zip(before, sizes, strict=True)):
        assert ((w > h) == (tw > th)) is (i != turned)
    recipe = json.loads((SAMPLES / "scanned" / "twins.json").read_text(encoding="utf-8"))
    made = recipe["twins"][f"{folder}/{folder}.pdf"]
    assert 150 <= made["dpi"] <= 200 and made["turned_page"] == turned

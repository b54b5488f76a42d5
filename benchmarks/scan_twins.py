"""Scanned twins of the sample PDFs: the same pages as a scanner gives them back.

Usage:
    .venv/bin/python benchmarks/scan_twins.py                     # every samples/real PDF
    .venv/bin/python benchmarks/scan_twins.py --only renstra_multipage_pdf --dpi 150 200
    .venv/bin/python benchmarks/scan_twins.py --seed 7 --out /tmp/twins

Each page of each PDF listed in a ``samples/real/*/expected.json`` is rendered (pypdfium2)
at a resolution drawn per document between ``--dpi`` MIN and MAX, made grey, given a stamp
(a semi-transparent ring with text) and a signature scrawl in the blank space above each
signatory's name where the page has a ``NIP`` line, turned 90 degrees if it is the page of a
multi-page document chosen to be fed sideways, skewed by 1 to 3 degrees, blurred a little,
given noise and compressed as JPEG. The pages are written again as an image-only PDF
(``<name>.pdf``, JPEG inside), a multi-page TIFF (``<name>.tif``) and PNGs (``<name>.png``
for a one-page document, ``<name>-p1.png`` ... otherwise), into ``OUT/<folder>/``, with
``OUT/twins.json`` saying what was done to each (its recipe). Everything is drawn from
``--seed`` and the document's name: the same seed gives the same bytes
(a TIFF the same pixels: Pillow before 13 leaves a pad byte unset).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parents[1]
REAL = REPO / "samples" / "real"
CACHE = REPO / "benchmarks" / ".twins"
DEFAULT_SEED = 16
SKEW = (1.0, 3.0)
"""The skew's size in degrees, either way."""
DPI = (150, 300)
Box = tuple[float, float, float, float]
"""x0, top, x1, bottom, in PDF points from the page's top left."""
EPOCH = time.gmtime(0)
"""The PDF's dates: Pillow would write the time of the run, and the bytes would differ."""
QUALITY = (55, 80)
"""JPEG quality: an office scanner's default lies about here."""


@dataclass(frozen=True)
class Recipe:
    """What the scanner did to one document; angles in degrees, counter-clockwise."""

    dpi: int
    skews: tuple[float, ...]
    turned_page: int | None
    """0-based index of the page fed sideways (multi-page documents only)."""
    turn: int
    """90 or 270: which way that page was turned."""
    jpeg_quality: int
    noise: float
    """Standard deviation of the grey noise, in levels of 255."""
    blur: float
    """Radius of the Gaussian blur, in pixels."""


@dataclass
class Twin:
    recipe: Recipe
    pages: list[Image.Image]


def _rng(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}:{name}")


def recipe_for(
    name: str, pages: int, seed: int, dpi: tuple[int, int] = DPI, quality: tuple[int, int] = QUALITY
) -> Recipe:
    rng = _rng(seed, name)
    return Recipe(
        dpi=rng.randint(*dpi),
        skews=tuple(round(rng.uniform(*SKEW) * rng.choice((-1, 1)), 2) for _ in range(pages)),
        turned_page=rng.randrange(pages) if pages > 1 else None,
        turn=rng.choice((90, 270)),
        jpeg_quality=rng.randint(*quality),
        noise=round(rng.uniform(4.0, 10.0), 1),
        blur=round(rng.uniform(0.4, 0.9), 2),
    )


# ------------------------------------------------------------------ the signature block


def signature_spaces(pdf_path: Path) -> list[list[Box]]:
    """Per page, the blank boxes (x0, top, x1, bottom in points) where a signatory signs:
    above the name that heads each ``NIP`` line's block, below the line before it."""
    import pdfplumber

    spaces: list[list[Box]] = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            lines = page.extract_text_lines()
            found = []
            for i, line in enumerate(lines):
                if not line["text"].lstrip().upper().startswith("NIP"):
                    continue
                height = line["bottom"] - line["top"]
                centre = (line["x0"] + line["x1"]) / 2
                above = [x for x in lines[:i] if x["x0"] <= centre + 20 and x["x1"] >= centre - 20]
                for upper, lower in zip(above[-2::-1], above[::-1], strict=False):
                    if lower["top"] - upper["bottom"] > 2 * height:
                        found.append((centre - 110, upper["bottom"], centre + 110, lower["top"]))
                        break
            spaces.append(found)
    return spaces


def _ink(page: Image.Image, mask: Image.Image, level: int, alpha: float) -> Image.Image:
    """Lay ink of grey ``level`` where ``mask`` is white, ``alpha`` opaque (a stamp lets the
    print show through)."""
    base = np.asarray(page, dtype=np.float32)
    cover = np.asarray(mask, dtype=np.float32) / 255.0 * alpha
    return Image.fromarray(np.clip(base * (1 - cover) + level * cover, 0, 255).astype(np.uint8))


def _stamp(size: tuple[int, int], centre: tuple[float, float], radius: float) -> Image.Image:
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    width = max(2, round(radius / 25))
    for r in (radius, radius * 0.72):
        cx, cy = centre
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=width)
    font = ImageFont.load_default(size=max(8, round(radius * 0.16)))
    text = "PEMERINTAH KABUPATEN * DINAS * "
    for k, char in enumerate(text):
        angle = math.pi + 2 * math.pi * k / len(text)
        glyph = Image.new("L", (round(radius * 0.3),) * 2, 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), char, 255, font, "mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        r = radius * 0.86
        x, y = centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle)
        mask.paste(255, (round(x - glyph.width / 2), round(y - glyph.height / 2)), glyph)
    ImageDraw.Draw(mask).text(centre, "CAP", 255, font, "mm")
    return mask


def _scrawl(size: tuple[int, int], box: Box, rng: random.Random) -> Image.Image:
    """A signature: a looping stroke across the box, of random loops and slope."""
    x0, top, x1, bottom = box
    mask = Image.new("L", size, 0)
    loops, phase = rng.uniform(3, 6), rng.uniform(0, math.pi)
    slope = rng.uniform(-0.25, 0.05)
    points = []
    for k in range(200):
        t = k / 199
        x = x0 + (x1 - x0) * (0.15 + 0.7 * t) + (x1 - x0) * 0.05 * math.sin(2 * math.pi * loops * t)
        y = (top + bottom) / 2 + (bottom - top) * (
            0.3 * math.cos(2 * math.pi * loops * t + phase) + slope * (t - 0.5)
        )
        points.append((x, y))
    ImageDraw.Draw(mask).line(points, fill=255, width=max(2, round((bottom - top) / 20)))
    return mask


def sign(page: Image.Image, boxes: list[Box], dpi: int, rng: random.Random) -> Image.Image:
    """Stamp and sign each signature space (boxes in points) of a page rendered at dpi."""
    for box in boxes:
        x0, top, x1, bottom = (v * dpi / 72 for v in box)
        px = (x0, top, x1, bottom)
        page = _ink(page, _scrawl(page.size, px, rng), level=25, alpha=0.9)
        radius = (px[3] - px[1]) * rng.uniform(0.8, 1.0)
        centre = (px[0] + (px[2] - px[0]) * rng.uniform(0.1, 0.3), (px[1] + px[3]) / 2)
        page = _ink(page, _stamp(page.size, centre, radius), level=80, alpha=0.55)
    return page


# ------------------------------------------------------------------ the scanner


def scan(page: Image.Image, recipe: Recipe, index: int, rng: random.Random) -> Image.Image:
    """Feed one rendered grey page through the scanner the recipe describes."""
    if index == recipe.turned_page:
        turn = Image.Transpose.ROTATE_90 if recipe.turn == 90 else Image.Transpose.ROTATE_270
        page = page.transpose(turn)
    page = page.rotate(recipe.skews[index], Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(recipe.blur))
    noise = np.random.default_rng(rng.getrandbits(64)).normal(0, recipe.noise, page.size[::-1])
    grey = np.asarray(page, dtype=np.float32) + noise
    page = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=recipe.jpeg_quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def make_twin(
    pdf_path: Path, seed: int, dpi: tuple[int, int] = DPI, quality: tuple[int, int] = QUALITY
) -> Twin:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_path.read_bytes())
    try:
        name = (
            pdf_path.relative_to(REAL).as_posix()
            if pdf_path.is_relative_to(REAL)
            else pdf_path.name
        )
        recipe = recipe_for(name, len(document), seed, dpi, quality)
        rng = _rng(seed, name + ":pages")
        spaces = signature_spaces(pdf_path)
        pages = []
        for i in range(len(document)):
            grey = document[i].render(scale=recipe.dpi / 72, grayscale=True).to_pil().convert("L")
            grey = sign(grey, spaces[i], recipe.dpi, rng)
            pages.append(scan(grey, recipe, i, rng))
    finally:
        document.close()
    return Twin(recipe, pages)


def pdf_bytes(twin: Twin) -> bytes:
    """An image-only PDF, one JPEG per page, each page as large as the paper scanned."""
    buffer = io.BytesIO()
    first, *rest = (page.copy() for page in twin.pages)  # save() leaves its options on the image
    first.save(
        buffer, "PDF", save_all=True, append_images=rest, resolution=float(twin.recipe.dpi),
        quality=twin.recipe.jpeg_quality, creationDate=EPOCH, modDate=EPOCH,
    )  # fmt: skip
    return buffer.getvalue()


def tiff_bytes(twin: Twin) -> bytes:
    buffer = io.BytesIO()
    first, *rest = (page.copy() for page in twin.pages)
    dpi = (twin.recipe.dpi, twin.recipe.dpi)
    first.save(
        buffer, "TIFF", save_all=True, append_images=rest, dpi=dpi, compression="tiff_deflate"
    )
    return buffer.getvalue()


def png_bytes(page: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, "PNG", dpi=(dpi, dpi), optimize=False)
    return buffer.getvalue()


def write_twin(twin: Twin, folder: Path, stem: str, formats: tuple[str, ...]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    if "pdf" in formats:
        files[f"{stem}.pdf"] = pdf_bytes(twin)
    if "tif" in formats:
        files[f"{stem}.tif"] = tiff_bytes(twin)
    if "png" in formats:
        for i, page in enumerate(twin.pages):
            name = f"{stem}.png" if len(twin.pages) == 1 else f"{stem}-p{i + 1}.png"
            files[name] = png_bytes(page, twin.recipe.dpi)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def sample_pdfs(root: Path = REAL) -> list[Path]:
    """The PDFs an expected.json lists: the samples whose facts were written by hand."""
    found = []
    for expected in sorted(root.glob("*/expected.json")):
        files = json.loads(expected.read_text(encoding="utf-8"))["files"]
        found += [expected.parent / f for f in files if f.endswith(".pdf")]
    return found


def make_all(
    out: Path = CACHE,
    seed: int = DEFAULT_SEED,
    dpi: tuple[int, int] = DPI,
    quality: tuple[int, int] = QUALITY,
    only: tuple[str, ...] = (),
    formats: tuple[str, ...] = ("pdf", "tif", "png"),
) -> dict[str, object]:
    """Write the twins of every sample PDF (or of those whose folder contains one of
    ``only``) and the manifest ``twins.json``; returns the manifest."""
    recipes = {}
    for pdf in sample_pdfs():
        if only and not any(part in pdf.parent.name for part in only):
            continue
        twin = make_twin(pdf, seed, dpi, quality)
        write_twin(twin, out / pdf.parent.name, pdf.stem, formats)
        recipes[pdf.relative_to(REAL).as_posix()] = asdict(twin.recipe)
    manifest = {
        "seed": seed,
        "dpi": list(dpi),
        "quality": list(quality),
        "formats": list(formats),
        "twins": recipes,
    }
    (out / "twins.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=CACHE, help="default benchmarks/.twins/")
    parser.add_argument("--dpi", type=int, nargs=2, default=DPI, metavar=("MIN", "MAX"))
    parser.add_argument(
        "--jpeg-quality", type=int, nargs=2, default=QUALITY, metavar=("MIN", "MAX")
    )
    parser.add_argument(
        "--only", nargs="+", default=(), metavar="FOLDER",
        help="only the samples whose folder name contains one of these",
    )  # fmt: skip
    parser.add_argument(
        "--formats", nargs="+", default=["pdf", "tif", "png"], choices=["pdf", "tif", "png"]
    )
    args = parser.parse_args(argv)
    manifest = make_all(
        args.out,
        args.seed,
        tuple(args.dpi),
        tuple(args.jpeg_quality),
        tuple(args.only),
        tuple(args.formats),
    )
    for name, recipe in manifest["twins"].items():  # type: ignore[attr-defined]
        print(
            f"{name}: {recipe['dpi']} dpi, skews {recipe['skews']}, turned {recipe['turned_page']}"
        )
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Scanned-like files for the OCR tests: a born-digital IKU page drawn with reportlab, and
its 'scans' (the page rendered to an image, turned, tilted, blurred in places), rebuilt as
image-only PDFs, PNGs and TIFFs."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from PIL import Image, ImageFilter
from renstra.extract.intermediate import SourceFile

if TYPE_CHECKING:
    import numpy as np

DPI = 300
TITLE = "INDIKATOR KINERJA UTAMA"
ORGANIZATION = "DINAS KOMUNIKASI DAN INFORMATIKA"
HEADER = ["No", "Indikator Kinerja", "Satuan", "2022", "2023", "2024", "2025", "2026"]
ROWS = [
    ["1", "Persentase layanan publik daring", "%", "60", "65", "70", "75", "80"],
    ["2", "Indeks kepuasan masyarakat", "indeks", "82", "83", "84", "85", "86"],
    ["3", "Jumlah desa terhubung internet", "desa", "120", "135", "150", "165", "180"],
]
COLUMNS = [50, 80, 330, 410, 470, 530, 590, 650]
"""The left edge (points) of each column on an A4 landscape page: no rules, wide gaps."""
TOP = 120.0
ROW_STEP = 28.0


def iku_pdf(rows: list[list[str]] = ROWS) -> bytes:
    """A born-digital IKU page: title, organization, and a borderless table of targets."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawCentredString(width / 2, height - 60, TITLE)
    pdf.drawCentredString(width / 2, height - 80, ORGANIZATION)
    pdf.setFont("Helvetica", 12)
    for r, row in enumerate([HEADER, *rows]):
        for x, text in zip(COLUMNS, row, strict=True):
            pdf.drawString(x, height - TOP - r * ROW_STEP, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def page_image(data: bytes, number: int = 1) -> Image.Image:
    """Page ``number`` of a PDF as a grey 300 dpi scan."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return pdf[number - 1].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


def image_pdf(*images: Image.Image) -> bytes:
    """An image-only PDF (no text layer), one page per image, as a scanner writes it."""
    buffer = io.BytesIO()
    first, *rest = images
    first.save(buffer, "PDF", resolution=DPI, save_all=True, append_images=rest)
    return buffer.getvalue()


def tilted(image: Image.Image, degrees: float) -> Image.Image:
    """``image`` tilted ``degrees`` counter-clockwise, as a sheet fed askew."""
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)


def turned(image: Image.Image) -> Image.Image:
    """``image`` scanned sideways (a quarter turn counter-clockwise)."""
    return image.rotate(90, expand=True)


def blurred(image: Image.Image, box_points: tuple[float, float, float, float]) -> Image.Image:
    """``image`` with the region ``box_points`` (x0, top, x1, bottom in points) smudged."""
    x0, top, x1, bottom = (round(v * DPI / 72) for v in box_points)
    out = image.copy()
    out.paste(out.crop((x0, top, x1, bottom)).filter(ImageFilter.GaussianBlur(3.5)), (x0, top))
    return out


def encoded(image: Image.Image, fmt: str, *frames: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, dpi=(DPI, DPI), save_all=bool(frames), append_images=list(frames))
    return buffer.getvalue()


def source(data: bytes, name: str, fmt: str) -> SourceFile:
    return SourceFile(name, data, hashlib.sha256(data).hexdigest(), fmt)


Targets = list[tuple[str, list[str]]]
Reader = Callable[[SourceFile], object]


PORTRAIT = (595.0, 842.0)


def letter_pdf(*lines: str) -> bytes:
    """A born-digital A4 page of a few lines of 12 point text, from the top."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PORTRAIT, invariant=1)
    pdf.setFont("Helvetica", 12)
    for n, line in enumerate(lines):
        pdf.drawString(72, PORTRAIT[1] - 100 - 20 * n, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


TWIN_DPI = 154


def tc27_scan(number: int) -> np.ndarray:
    """Page ``number`` of the T-C.27 sample scanned as its twin was (154 dpi, blurred 0.8 px,
    JPEG at quality 60) and enlarged to 300 dpi, as the OCR page reads it: 7 pt type in a
    25-column budget table."""
    import cv2
    import numpy as np
    import pypdfium2

    from .paths import REPO

    path = REPO / "samples/real/renstra_tc27_rupiah_ribuan/renstra_tc27_rupiah_ribuan.pdf"
    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        page = pdf[number - 1].render(scale=TWIN_DPI / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    buffer = io.BytesIO()
    page.convert("L").filter(ImageFilter.GaussianBlur(0.8)).save(buffer, "JPEG", quality=60)
    gray = np.asarray(Image.open(buffer).convert("L"))
    size = (round(gray.shape[1] * DPI / TWIN_DPI), round(gray.shape[0] * DPI / TWIN_DPI))
    return cv2.resize(gray, size, interpolation=cv2.INTER_CUBIC)

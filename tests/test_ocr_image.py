"""Image files (PNG, JPEG, TIFF) read by OCR, a multi-page TIFF one page per frame; a page
scanned sideways or askew reads as if it had been straight."""

from __future__ import annotations

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.ocr import engine
from renstra.extract.pipeline import extract_source
from renstra.extract.readers import detect_format
from renstra.schemas import Document, Settings

from . import scans
from .system_tools import installed
from .test_ocr_pdf import EXPECTED, values


@pytest.fixture(scope="module")
def page() -> object:
    installed(("tesseract",), "tesseract-ocr tesseract-ocr-ind")
    return scans.page_image(scans.iku_pdf())


def extract(data: bytes, name: str, **settings: object) -> Document:
    fmt = detect_format(name, data)
    return extract_source(scans.source(data, name, fmt), Settings(**settings))


def test_a_png_scan_reads_like_the_page(page: object) -> None:
    document = extract(scans.encoded(page, "PNG"), "iku.png")  # type: ignore[arg-type]
    assert document.source.format == "png"
    assert values(document) == EXPECTED
    target = document.indicators[0].targets[0].provenance
    assert target is not None and target.page == 1 and target.confidence is not None


def test_a_two_page_tiff_sideways_and_askew_reads_both_pages(page: object) -> None:
    sideways = scans.turned(page)  # type: ignore[arg-type]
    askew = scans.tilted(page, 2.0)  # type: ignore[arg-type]
    document = extract(scans.encoded(sideways, "TIFF", askew), "iku.tiff")
    assert document.source.pages == 2
    notes = [(n.location.page, n.evidence or "") for n in document.source.notes]
    assert [(number, evidence.split(", ")[:2]) for number, evidence in notes] == [
        (1, ["rotation 90°", "skew 0°"]),
        (2, ["rotation 0°", "skew -2°"]),
    ]
    assert values(document) == EXPECTED * 2
    assert [i.provenance.page for i in document.indicators] == [1, 1, 1, 2, 2, 2]


def test_an_image_with_ocr_off_is_a_one_line_error_saying_use_ocr_auto() -> None:
    data = scans.encoded(scans.page_image(scans.letter_pdf("Satu baris")), "PNG")
    with pytest.raises(RenstraError) as caught:
        extract(data, "foto.png", ocr="off")
    assert caught.value.code == "unsupported-format"
    assert "--ocr auto" in caught.value.reason and "\n" not in str(caught.value)


def test_without_tesseract_the_error_names_the_file_and_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    data = scans.encoded(scans.page_image(scans.letter_pdf("Satu baris")), "PNG")
    with pytest.raises(RenstraError) as caught:
        extract(data, "scan/foto.png")
    text = str(caught.value)
    assert text == (
        "scan/foto.png: needs OCR, but Tesseract is not installed; install it with: "
        "apt-get install tesseract-ocr tesseract-ocr-ind"
    )
    assert engine.INSTALL in caught.value.reason_in("id")


def test_without_the_ind_model_the_error_names_its_package(page: object) -> None:
    data = scans.encoded(scans.page_image(scans.letter_pdf("Satu baris")), "PNG")
    with pytest.raises(RenstraError) as caught:
        extract(data, "foto.png", ocr_lang="ind+zzz")
    assert caught.value.reason.endswith("apt-get install tesseract-ocr-zzz")


def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded() -> None:
    """A 20,000 x 20,000 PNG of one colour is some 1 MB of file and 400 million pixels:
    over twice Pillow's limit, so it is a limit, not a worker run out of memory."""
    from PIL import Image

    installed(("tesseract",), "tesseract-ocr tesseract-ocr-ind")
    data = scans.encoded(Image.new("1", (20_000, 20_000), 1), "PNG")
    with pytest.raises(RenstraError) as raised:
        extract(data, "bomb.png")
    assert raised.value.code == "limit-exceeded"
    assert "400000000 pixels" in str(raised.value) and "\n" not in str(raised.value)

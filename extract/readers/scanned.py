"""Pages read by OCR, as the PDF reader's PageData, with the notes OCR leaves.

Both the PDF reader (its pages without a text layer, or every page under ``--ocr force``)
and the image reader (each frame) come here, so a scan reads the same whichever file it
came in. A page OCR cannot read (over ``limits.max_ocr_pages``, past
``limits.ocr_page_timeout_s``, or Tesseract failing) gets an ``ocr-failed`` note and the
rest of the document is read.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from renstra.schemas import Settings, SourceNote

from .. import cache, work_events
from ..errors import RenstraError
from ..intermediate import SourceFile, note
from ..ocr.fixes import list_commas
from .pdf import BBox, PageData, Word, group_lines, inside

if TYPE_CHECKING:
    from PIL.Image import Image

    from ..ocr.words import OcrPage

log = logging.getLogger(__name__)


def ocr_pdf_pages(
    source: SourceFile, pages: list[PageData], settings: Settings
) -> tuple[list[PageData], list[SourceNote]]:
    """``pages`` with those OCR is for replaced by what it read, and the notes.

    Without Tesseract a PDF none of whose pages has text is an error (nothing could be
    read); one with a partial text layer is read from it, its other pages noted."""
    from ..ocr import engine
    from ..ocr.render import PdfPages

    wanted = [p.number for p in pages if settings.ocr == "force" or not p.has_text]
    try:
        engine.check_installed(source.path, settings.ocr_lang)
    except RenstraError as e:
        if not any(p.has_text for p in pages):
            raise
        return pages, [note("ocr-failed", e.reason, page=n) for n in wanted]
    out = list(pages)
    notes: list[SourceNote] = []
    rendered = PdfPages(source.data)
    try:
        for count, number in enumerate(wanted):
            if count >= settings.limits.max_ocr_pages:
                notes.append(_over_limit(number, settings))
                continue
            image, dpi = rendered.scan(number)
            page, page_notes = ocr_page(number, image, dpi, settings)
            notes += page_notes
            if page is not None:
                out[number - 1] = page
    finally:
        rendered.close()
    return out, notes


def _over_limit(number: int, settings: Settings) -> SourceNote:
    limit = settings.limits.max_ocr_pages
    return note("ocr-failed", f"over limits.max-ocr-pages ({limit})", page=number)


def ocr_page(
    number: int, image: Image, dpi: float, settings: Settings
) -> tuple[PageData | None, list[SourceNote]]:
    """Page ``number`` read from ``image``; None (and an ocr-failed note) when it could not
    be."""
    from ..ocr.words import OcrFailed

    timeout = settings.limits.ocr_page_timeout_s
    started = time.monotonic()
    try:
        read = _read(image, dpi, settings.ocr_lang, timeout)
    except OcrFailed as e:
        log.info("page %d: OCR failed: %s", number, e)
        return None, [note("ocr-failed", str(e), page=number)]
    finally:
        work_events.ocr_page_done(time.monotonic() - started)
    words = [Word(w.text, w.x0, w.top, w.x1, w.bottom, w.confidence) for w in read.words]
    if not words:  # a photo, a stamp, a blank back: nothing of it reaches the Document
        return None, [note("ocr-failed", "no text found", page=number)]
    ruled = [(box, rows, cell_texts(words, rows)) for box, rows in read.grids]
    page = PageData(number, read.height, words, ruled, True, list(read.rules))
    notes = [note("ocr-page", _summary(read), page=number)]
    notes += low_confidence(number, words, settings.ocr_min_confidence)
    return page, notes


def _read(image: Image, dpi: float, lang: str, timeout: float) -> OcrPage:
    """OCR's reading of ``image``, from the cache when it is on and holds it."""
    from ..ocr import engine
    from ..ocr.page import read_page
    from ..ocr.words import page_json, page_of_json

    if cache.folder() is None:
        return read_page(image, dpi, lang, timeout)
    size = f"{image.mode} {image.size} {dpi:g} {lang}"
    name = cache.key(size, image.tobytes(), engine.version(), cache.code_digest("ocr"))
    found = cache.load("ocr", name)
    read = page_of_json(found) if found is not None else None
    if read is None:
        read = read_page(image, dpi, lang, timeout)
        cache.store("ocr", name, page_json(read))
    return read


def cell_texts(words: list[Word], rows: list[list[BBox | None]]) -> list[list[str | None]]:
    """Each ruled cell's text from the OCR words whose centre lies in it, as the text layer's
    chars give it (pdf._cell_texts): its lines top to bottom, each read left to right; ""
    for a cell with no word, None for a slot a spanning cell covers."""
    return [[None if box is None else _text_in(words, box) for box in row] for row in rows]


def _text_in(words: list[Word], box: BBox) -> str:
    within = [w for w in words if inside(w, box)]
    return list_commas("\n".join(" ".join(w.text for w in ln.words) for ln in group_lines(within)))


def _summary(read: OcrPage) -> str:
    return f"rotation {read.rotation}°, skew {read.skew:g}°, confidence {read.confidence or 0:.0f}"


def low_confidence(number: int, words: list[Word], threshold: float) -> list[SourceNote]:
    """An ``ocr-low-confidence`` note for each run of adjacent words of one line read under
    ``threshold``: one per doubtful cell or phrase, not one per word, so a bad page does
    not bury the steward in notes. Evidence: the words and the lowest confidence."""
    notes = []
    for line in group_lines(words):
        run: list[Word] = []
        for word in [*line.words, None]:
            if word is not None and (word.confidence or 0.0) < threshold:
                run.append(word)
                continue
            if run:
                notes.append(_low_note(number, run))
                run = []
    return notes


def _low_note(number: int, run: list[Word]) -> SourceNote:
    least = min(w.confidence or 0.0 for w in run)
    text = " ".join(w.text for w in run)
    bbox = (
        round(min(w.x0 for w in run), 2),
        round(min(w.top for w in run), 2),
        round(max(w.x1 for w in run), 2),
        round(max(w.bottom for w in run), 2),
    )
    return note("ocr-low-confidence", f"'{text}' ({least:.0f})", page=number, bbox=bbox)

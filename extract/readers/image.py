"""Read an image file (PNG, JPEG, TIFF: one page per frame) by OCR, as a scanned PDF.

Boxes are in points at the resolution the file states (300 dpi when it states none, or
one that would not make it a sheet of paper), so the PDF reader's layout, in points, reads
it unchanged.
"""

from __future__ import annotations

from renstra.schemas import Settings, SourceNote

from ..errors import RenstraError
from ..intermediate import RawDocument, SourceFile
from ..messages import msg
from .pdf import PageData, lay_out


def read(source: SourceFile, settings: Settings) -> RawDocument:
    from PIL.Image import DecompressionBombError

    from ..ocr import engine
    from ..ocr.render import frames
    from .scanned import _over_limit, ocr_page

    if settings.ocr == "off":
        raise RenstraError(source.path, "unsupported-format", msg("error.image-ocr-off"))
    engine.check_installed(source.path, settings.ocr_lang)
    pages: list[PageData] = []
    notes: list[SourceNote] = []
    try:
        for number, (image, dpi) in enumerate(frames(source.data), start=1):
            if number > settings.limits.max_pdf_pages:
                reason = msg("error.image-too-many-frames", limit=settings.limits.max_pdf_pages)
                raise RenstraError(source.path, "limit-exceeded", reason)
            if number > settings.limits.max_ocr_pages:
                notes.append(_over_limit(number, settings))
                page = None
            else:
                page, page_notes = ocr_page(number, image, dpi, settings)
                notes += page_notes
            pages.append(page or PageData(number, image.height * 72 / dpi, [], [], False))
    except RenstraError:
        raise
    except DecompressionBombError as e:  # over twice Pillow's MAX_IMAGE_PIXELS (89 million)
        reason = msg("error.image-unreadable", detail=str(e))
        raise RenstraError(source.path, "limit-exceeded", reason) from e
    except (OSError, ValueError, SyntaxError) as e:  # what Pillow raises on a broken image
        reason = msg("error.image-unreadable", detail=str(e) or type(e).__name__)
        raise RenstraError(source.path, "format-error", reason) from e
    return lay_out(source, pages, notes)

"""What OCR hands on: words with boxes and confidence, and the page they were read on."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class OcrWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    """Tesseract's confidence in the word, 0-100."""


@dataclass(slots=True)
class OcrPage:
    """One page read by OCR, its boxes in points (1/72 inch) of the upright page."""

    width: float
    height: float
    rotation: int
    """Degrees (clockwise) the page was turned to stand upright: 0, 90, 180 or 270."""
    skew: float
    """Degrees the upright page was turned to straighten it (counter-clockwise positive)."""
    words: list[OcrWord] = field(default_factory=list)
    grids: list[tuple[Box, list[list[Box | None]]]] = field(default_factory=list)
    """The ruled tables drawn on the page (ocr.ruling), in points: each table's box and its
    rows of cell boxes in pdfplumber's shape (None where a spanning cell covers the slot)."""
    rules: list[Box] = field(default_factory=list)
    """The horizontal rules drawn on the page, in points (a stacked fraction's among them)."""

    @property
    def confidence(self) -> float | None:
        """The mean confidence of its words; None for a page where nothing was read."""
        if not self.words:
            return None
        return sum(w.confidence for w in self.words) / len(self.words)


class OcrFailed(Exception):
    """A page OCR could not read (past its time, or Tesseract failed on it): the reader
    notes it (``ocr-failed``) and reads the rest of the document."""


def page_json(page: OcrPage) -> bytes:
    """``page`` as JSON, for the cache (extract.cache)."""
    return json.dumps(asdict(page), ensure_ascii=False).encode("utf-8")


def page_of_json(data: bytes) -> OcrPage | None:
    """The OcrPage ``page_json`` wrote; None for an entry that is not one (damaged, or of
    another shape), which the caller then reads afresh."""
    try:
        found = json.loads(data)
        words = [OcrWord(**word) for word in found.pop("words")]
        grids = [
            (tuple(box), [[tuple(cell) if cell else None for cell in row] for row in rows])
            for box, rows in found.pop("grids")
        ]
        rules = [tuple(box) for box in found.pop("rules", [])]
        return OcrPage(**found, words=words, grids=grids, rules=rules)  # type: ignore[arg-type]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None

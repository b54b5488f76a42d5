"""A text document read as if OCR had read it: every cell and line given a confidence, so
the parsers treat it as a scan (the OCR engine itself is tested in test_ocr_*.py)."""

from __future__ import annotations

from pathlib import Path

from renstra.extract.checks import run_checks
from renstra.extract.parse import build_document
from renstra.extract.pipeline import read_source
from renstra.extract.readers import reader_for
from renstra.schemas import Document, Settings


def extract_as_scanned(tmp_path: Path, text: str, confidence: float = 93.0) -> Document:
    path = tmp_path / "scan.txt"
    path.write_text(text, encoding="utf-8")
    settings = Settings()
    source = read_source(str(path), settings)
    raw = reader_for(source.format)(source, settings)
    for table in raw.tables:
        for row in table.rows:
            for cell in row:
                cell.location.confidence = confidence
    document = build_document(raw, settings)
    document.findings = run_checks(document, settings)
    return document

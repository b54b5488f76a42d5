"""Tesseract, through pytesseract: whether it can run here, and the words of one image."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import RenstraError
from ..messages import msg
from . import marks
from .words import OcrFailed, OcrWord

if TYPE_CHECKING:
    import numpy as np

PSM = 6
"""Tesseract's page segmentation mode 6, 'a single uniform block of text': a table's cells
become words on the lines they share, and the reader finds the columns from their boxes.
Mode 3 (automatic) cut a table into blocks and lost nothing more; mode 11 (sparse text)
dropped lone digits such as a row number."""
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-ind"
THREADS = "OMP_THREAD_LIMIT"
"""Tesseract's OpenMP threads. Left to itself, Debian's Tesseract spreads one page over every
core and spins waiting for them: a table page took 34 s on this 2-core machine, 2.8 s on one
thread. A batch already runs a worker per core, so each Tesseract gets one (unless the user
set the variable)."""


def one_thread() -> None:
    """Tesseract, started from here, runs on one thread (see THREADS)."""
    import os

    os.environ.setdefault(THREADS, "1")


def check_installed(path: str, langs: str) -> None:
    """Raise a one-line RenstraError for ``path`` unless Tesseract and every model in
    ``langs`` ('ind+eng') are installed."""
    import pytesseract

    found = _installed(pytesseract.pytesseract.tesseract_cmd)
    if found is None:
        raise RenstraError(path, "unsupported-format", msg("error.ocr-no-tesseract", hint=INSTALL))
    missing = [lang for lang in langs.split("+") if lang not in found]
    if missing:
        package = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        reason = msg("error.ocr-no-model", lang="+".join(missing), package=package)
        raise RenstraError(path, "unsupported-format", reason)


def _installed(command: str) -> frozenset[str] | None:
    """The models the Tesseract at ``command`` has; None when it cannot be run."""
    listed = _listing(command)
    return listed[1] if listed is not None else None


def model_folder() -> Path | None:
    """The folder the installed Tesseract's models are in; None when it cannot be run or
    does not say."""
    import pytesseract

    listed = _listing(pytesseract.pytesseract.tesseract_cmd)
    return listed[0] if listed is not None else None


LISTING_TIMEOUT = 20.0


@cache
def _listing(command: str) -> tuple[Path | None, frozenset[str]] | None:
    """What ``command --list-langs`` says: the models' folder (its first line names it in
    quotes) and the models; None when it cannot be run. Asked once per command and process
    (a batch worker reads many files; ocr.lexicon asks for the folder too)."""
    import subprocess

    try:
        listed = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True,
            timeout=LISTING_TIMEOUT, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    lines = (listed.stdout + listed.stderr).splitlines()
    if not lines:
        return None
    head, *models = lines
    folder = re.search(r'"([^"]+)"', head)
    return (Path(folder[1]) if folder else None), frozenset(m.strip() for m in models if m.strip())


@cache
def version() -> str:
    """The installed Tesseract's version ('5.3.0'), part of an OCR cache entry's name."""
    import pytesseract

    return str(pytesseract.get_tesseract_version())


def has_model(name: str) -> bool:
    """Whether the installed Tesseract has model ``name`` ('osd')."""
    import pytesseract

    return name in (_installed(pytesseract.pytesseract.tesseract_cmd) or ())


def read_words(image: np.ndarray, lang: str, timeout: float) -> list[OcrWord]:
    """The words Tesseract reads in a grey image, boxes in its pixels. Raises OcrFailed
    past ``timeout`` seconds or when Tesseract fails."""
    return [lined for lined, _ in read_words_and_ink(image, lang, timeout)]


def read_words_and_ink(
    image: np.ndarray, lang: str, timeout: float
) -> list[tuple[OcrWord, OcrWord]]:
    """Each word as ``read_words`` gives it (as tall as its line) and as Tesseract boxed its
    ink, which ocr.reread cuts out."""
    import pytesseract

    one_thread()
    try:
        data = pytesseract.image_to_data(
            image,
            lang=lang,
            config=f"--psm {PSM}",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except RuntimeError as e:  # pytesseract's timeout, and TesseractError, a subclass
        raise OcrFailed(str(e).strip() or type(e).__name__) from e
    lines: dict[tuple[int, int, int], tuple[int, int]] = {}
    found = []
    for i, text in enumerate(data["text"]):
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        top, bottom = data["top"][i], data["top"][i] + data["height"][i]
        if data["level"][i] == LINE_LEVEL:
            lines[key] = (top, bottom)
        text = text.strip()
        if text and float(data["conf"][i]) >= 0:
            left, right = data["left"][i], data["left"][i] + data["width"][i]
            found.append((key, OcrWord(text, left, top, right, bottom, float(data["conf"][i]))))
    typed = marks.type_lines(found, lines)
    return [
        (_line_high(word, typed.get(key), typed.get(key) != lines.get(key)), word)
        for key, word in found
    ]


LINE_LEVEL = 4
"""The level of a text line's row in Tesseract's TSV (1 page, 2 block, 3 paragraph, 5 word)."""


def _line_high(word: OcrWord, line: tuple[int, int] | None, marked: bool = False) -> OcrWord:
    """``word`` as tall as its line, as a PDF's text layer makes every word as tall as its
    font: Tesseract boxes the ink, so 'sesuatu' (no ascender) would be half as tall as
    'Kecamatan', and the layout, which measures gaps in word heights, would read a justified
    line's spaces as column gaps. On a line ``marked`` (one ocr.marks made as tall as its
    type) a word taller than the line, the mark, is given the line's height."""
    if line is None:
        return word
    if marked and word.bottom - word.top > line[1] - line[0]:  # a mark (ocr.marks)
        return OcrWord(word.text, word.x0, line[0], word.x1, line[1], word.confidence)
    top, bottom = min(word.top, line[0]), max(word.bottom, line[1])
    return OcrWord(word.text, word.x0, top, word.x1, bottom, word.confidence)

"""Words OCR read that are no word of the language, put right where exactly one word is an
OCR slip away.

Tesseract's LSTM reads small print letter by letter and, at 7 pt and 150 dpi, mistakes
letters of one shape for another and joins or splits them, often at confidence 90 or more:
'Jumiah' for 'Jumlah', 'Pemenntahan' for 'Pemerintahan' ('ri' read 'n'), 'Pernilihan' for
'Pemilihan' ('m' read 'rn'), 'Kebyakan' for 'Kebijakan', 'Mengikut' for 'Mengikuti'. On a
scanned T-C.27 such slips left a third of its indicator names and, through the kegiatan
names, their sub kegiatan's parents wrong.

The installed model's own word list (the ``lstm-word-dawg`` of each language of
``--ocr-lang``, taken out of its ``.traineddata`` once per process with Tesseract's
``combine_tessdata`` and ``dawg2wordlist``) says which words are words. A word of at least
MIN_LETTERS letters (no digit), not in it, is replaced by the one list word one slip away
(a letter changed, left out or added, two letters swapped, or one of the joins in SLIPS)
that the same page reads at least as often as the word itself. A list alone is not
enough: on a scanned Renstra of a Diskominfo it put 'Persendian' for the office's own
'Persandian' (no list word) and 'Elektronik' for the author's typo 'Eletronik', each read
the same way wherever it stood; a slip varies, a word in the print does not, and 'Jumlah'
stands right on a page many more times than 'Jumiah'. Where no word or more than one is
that near, or the list cannot be had, the word stays as read.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

from . import engine
from .words import OcrWord

log = logging.getLogger(__name__)

MIN_LETTERS = 5
"""Shorter words have too many neighbours in a list of 75,000 to pick one."""
MAX_LETTERS = 30
"""Longer 'words' are glued text or noise: their slips (some 60 a letter) are not tried."""
SLIPS = (("rn", "m"), ("ri", "n"), ("li", "h"), ("ij", "y"), ("cl", "d"), ("in", "m"))
"""Letter pairs Tesseract reads as one letter, and the reverse."""
LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"(?P<lead>[\"'(“‘]*)(?P<core>[^\W\d_]+)(?P<tail>[.,;:)\"'”’]*)")
TIMEOUT = 20.0


def mend(words: list[OcrWord], lang: str) -> list[OcrWord]:
    """``words`` with each that is no word of ``lang``'s models put right where one is near."""
    known = lexicon(lang)
    if not known:
        return words
    seen = Counter(m["core"].casefold() for w in words if (m := _WORD.fullmatch(w.text)))
    return [_mended(word, known, seen) for word in words]


def _mended(word: OcrWord, known: frozenset[str], seen: Counter[str]) -> OcrWord:
    match = _WORD.fullmatch(word.text)
    if match is None or match["core"].casefold() in known:
        return _slashed(word, known) if match is None else word
    core = match["core"]
    lower = core.casefold()
    often = max(1, seen[lower])
    near = set()
    if MIN_LETTERS <= len(core) <= MAX_LETTERS and not core.isupper():
        near = {w for w in _one_slip(lower) if w in known and seen[w] >= often}
    if len(near) != 1:
        return _slashed(word, known)
    (found,) = near
    return replace(word, text=f"{match['lead']}{_cased(found, core)}{match['tail']}")


_SLASH_READ = re.compile(r"(?P<left>[^\W\d_]{3,})[Il1|](?P<right>[^\W\d_]{3,})(?P<tail>[.,;:)]*)")
"""Two words joined by what a slash is read as: 'KABUPATENIKOTA', 'Kabupaten|Kota'."""


def _slashed(word: OcrWord, known: frozenset[str]) -> OcrWord:
    """``word`` with the stroke between two list words read as the slash it is
    ('KABUPATENIKOTA' -> 'KABUPATEN/KOTA'), where the whole is no list word."""
    match = _SLASH_READ.fullmatch(word.text)
    if match is None or word.text.casefold() in known:
        return word
    left, right = match["left"], match["right"]
    if left.casefold() not in known or right.casefold() not in known:
        return word
    return replace(word, text=f"{left}/{right}{match['tail']}")


def _one_slip(word: str) -> set[str]:
    """Every string one slip from ``word`` (see the module's text)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in LETTERS}
    out |= {a + c + b for a, b in cuts for c in LETTERS}
    for one, other in SLIPS:
        for start in range(len(word)):
            for seen, meant in ((one, other), (other, one)):
                if word.startswith(seen, start):
                    out.add(word[:start] + meant + word[start + len(seen) :])
    out.discard(word)
    return out


def _cased(found: str, read: str) -> str:
    """``found`` written in the case of ``read``: 'Jumiah' -> 'Jumlah'."""
    if read[0].isupper():
        return found[0].upper() + found[1:]
    return found


@cache
def lexicon(lang: str) -> frozenset[str]:
    """The words (lower case) of the installed models of ``lang`` ('ind+eng'); empty where
    Tesseract's tools or a model's word list cannot be had."""
    combine, listing = shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")
    folder = engine.model_folder()
    if combine is None or listing is None or folder is None:
        return frozenset()
    found: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="renstra-lexicon-") as tmp:
        for name in lang.split("+"):
            model = folder / f"{name}.traineddata"
            if not model.is_file():
                continue
            parts = {p: Path(tmp, f"{name}.lstm-{p}") for p in ("unicharset", "word-dawg")}
            words = Path(tmp, f"{name}.txt")
            try:
                for part in parts.values():
                    _run([combine, "-e", str(model), str(part)])
                _run([listing, str(parts["unicharset"]), str(parts["word-dawg"]), str(words)])
                text = words.read_text(encoding="utf-8", errors="replace")
            except (OSError, subprocess.SubprocessError) as e:
                log.info("no word list for %s: %s", name, e)
                continue
            found.update(w.casefold() for w in text.split())
    return frozenset(found)


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT)

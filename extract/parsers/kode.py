"""A kode cell as OCR read it, put back into the shape of the nomenclature.

A kode holds digits and points only (Permendagri 90/2019: X | X.XX | X.XX.XX | X.XX.XX.X.XX
| X.XX.XX.X.XX.XXXX), typed small in narrow columns. Tesseract reads that print with its
round digits and its points unsure, and often at confidence 90 or more: on a scanned T-C.27
the Kegiatan part '2.01' came out '201' in 32 rows of 37 (the point is a pixel or two), and
'01', '04', '05' came out 'o1', 'oi', 'O4', '0s'. Such a part did not look like a kode, was
left out, and the row's kode lost a level ('8.02.201.0001'), so its level and parent were
wrong too.

In a cell OCR read (its position has a confidence), a kode part made only of digits, points
and letters that look like digits is read with those letters as their digits, and a kode
whose Kegiatan part is three digits after the program ('8.01.02.201') has its point put
back: no kode of either nomenclature has a part of three digits there. Text a file holds is
never changed: a typed 'O1' is its author's, and the code-format rule reports it.
"""

from __future__ import annotations

import regex

from . import lookalikes

_KODE_LIKE = regex.compile(rf"[0-9{lookalikes.CLASS}.]+")
"""A part of digits, points and letters OCR takes digits for: no word of a header is."""
_POINTLESS_KEGIATAN = regex.compile(r"(\d\.\d{2}\.\d{2}\.\d)(\d{2})((?:\.\d{4})?)")
"""Program X.XX.XX, then a Kegiatan 'X.XX' read without its point, then the sub kegiatan."""


def read_parts(parts: list[str]) -> list[str]:
    """The parts of one row's kode (its cells as OCR read them, spaces removed) with the
    letters that look like digits read as those digits, in each part made only of digits,
    points and such letters, provided a digit stands somewhere in the row's kode ('oi' beside
    '8' and '02' is '01'; 'Sub' is no part). Other parts are as they are."""
    if not any(c.isdigit() for part in parts for c in part):
        return parts
    return [p.translate(lookalikes.DIGITS) if _KODE_LIKE.fullmatch(p) else p for p in parts]


SPLIT = 5
"""Kode columns of a split kode: Urusan | Bidang | Program | Kegiatan | Sub Kegiatan."""
_PROGRAM_PARTS = (regex.compile(r"\d"), regex.compile(r"\d{2}"), regex.compile(r"\d{2}"))
"""The shape of each part of a program's kode in the split columns."""
_POINTLESS = regex.compile(r"(\d)(\d{2})")


def mended_split(parts: list[str], program: list[str] | None) -> list[str]:
    """The parts of a kode split over SPLIT columns as OCR read them (``read_parts``'s, ''
    for an empty cell), with the Kegiatan part's point put back ('201' -> '2.01') and, in
    a kegiatan or sub kegiatan row, each part of the program's kode that is not of its shape
    ('2' or nothing for '01') taken from ``program``, the parts of the program row above:
    a kegiatan's kode begins with its program's (Permendagri 90/2019)."""
    out = list(parts)
    pointless = _POINTLESS.fullmatch(out[3])
    if pointless:
        out[3] = f"{pointless[1]}.{pointless[2]}"
    if program is not None and out[3]:
        for i, shape in enumerate(_PROGRAM_PARTS):
            if not shape.fullmatch(out[i]):
                out[i] = program[i]
    return out


def program_parts(parts: list[str]) -> list[str] | None:
    """``parts`` (SPLIT of them) where they are a program's kode, its first three parts of
    their shape and the other two empty; else None."""
    if len(parts) != SPLIT or parts[3] or parts[4]:
        return None
    if all(shape.fullmatch(p) for shape, p in zip(_PROGRAM_PARTS, parts, strict=False)):
        return parts[:3]
    return None


def mended(code: str) -> str:
    """``code`` (parts joined with points) with a Kegiatan part OCR read without its point
    ('8.01.02.201.0001') written as the nomenclature writes it ('8.01.02.2.01.0001')."""
    match = _POINTLESS_KEGIATAN.fullmatch(code)
    if match is None:
        return code
    return f"{match[1]}.{match[2]}{match[3]}"

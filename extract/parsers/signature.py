"""The signature block near the end: place and date, position, name, rank, NIP."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from renstra.schemas import Signatory

from ..intermediate import Table, TextLine
from .nip import normalize_nip

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
}  # fmt: skip
_MONTH = "|".join(MONTHS)
# The place is capitalised (`Metro`, `Bandar Lampung`); the day may be left blank (`Metro,   2021`).
_PLACE_DATE = re.compile(
    r"^\W*(?P<place>[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){0,3})\s*,\s*"
    r"(?P<date>(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>(?i:" + _MONTH + r"))\s+)?(?P<year>\d{4})"
    r"|(?P<nday>\d{1,2})[-/.](?P<nmonth>\d{1,2})[-/.](?P<nyear>\d{4}))\W*$"
)
_NIP = re.compile(r"^\W*NIP\b\s*[.:]?\s*[.:]?\s*(?P<raw>\d[\d .]*\d)?", re.IGNORECASE)
_RANK = re.compile(
    r"^\W*(?:(?:pembina|penata|pengatur|juru)\b[A-Za-z .]{0,30}(?:\(\s*[IV]{1,3}\s*/\s*[a-e]\s*\))?"
    r"|\(?\s*[IV]{1,3}\s*/\s*[a-e]\s*\)?)\W*$",
    re.IGNORECASE,
)
_FIRST = r"pihak\s+(?:kesatu|pertama)"
_SECOND = r"pihak\s+kedua"
_SKIP = re.compile(rf"^\W*(?:ttd|cap|mengetahui|menyetujui|{_FIRST}|{_SECOND})\W*$", re.IGNORECASE)
_ACKNOWLEDGES = re.compile(rf"^\W*(?:mengetahui|menyetujui|{_SECOND})\b", re.IGNORECASE)
"""The superior's block: 'Mengetahui,' under a Renstra or IKU, 'PIHAK KEDUA' under a PK."""
_FIRST_PARTY = re.compile(rf"^\W*{_FIRST}\b", re.IGNORECASE)
"""The author's own heading in a PK ('PIHAK KESATU' / 'PIHAK PERTAMA'): a block stops there."""
_PARTY = re.compile(rf"^\W*(?:{_FIRST}|{_SECOND})\b", re.IGNORECASE)
_BREAK = re.compile(r"^(?:[-*_=]{3,}\s*$|#{1,6}\s)")
"""A Markdown rule ('---') or heading ('#### PERJANJIAN ...'): the end of a block."""
_POSITION = re.compile(
    r"^(?:kepala|camat|lurah|bupati|wali\s*kota|gubernur|sekretaris|direktur|inspektur|"
    r"plt\.?|plh\.?|pj\.?|a\.n\.)\b",
    re.IGNORECASE,
)
"""A line that names an office, not a person: alone in a block, it is the position."""
MAX_HEADING_CHARS = 40
"""'Mengetahui,' or 'PIHAK KEDUA' heads a block on a short line of its own, never in prose."""
BLOCKS_PER_SEQUENCE = 2
"""Signature blocks looked for in one run of lines: the author's and the acknowledging one."""
_SPACES = re.compile(r"\s+")
MAX_BLOCK_LINES = 8
"""Non-blank lines between the place-date line and the NIP line, at most."""
MAX_LINE_CHARS = 90
MAX_BARE_NIP_LINE = 25
"""A NIP line without digits (`NIP. -`) must be this short, or it is running text."""


def find_signatory(lines: list[TextLine]) -> Signatory | None:
    """The last signature block (found by its NIP line, else its place-date line), or None."""
    found = _last_block(lines)
    return found[0] if found is not None else None


def find_signatories(
    sequences: list[list[TextLine]],
) -> tuple[Signatory | None, Signatory | None]:
    """(the author, the one who acknowledges) over the document's lines and the columns of
    its other tables (a signature block laid out in a borderless table, two side by side).
    A block under 'Mengetahui,' or 'Menyetujui,' acknowledges; the other is the author."""
    author = acknowledged = None
    for lines in sequences:
        end = len(lines)
        for _ in range(BLOCKS_PER_SEQUENCE):
            found = _last_block(lines[:end])
            if found is None:
                break
            signatory, start, acknowledges = found
            if acknowledges:
                acknowledged = acknowledged or signatory
            else:
                author = author or signatory
            end = start
    return author, acknowledged


def _last_block(lines: list[TextLine]) -> tuple[Signatory, int, bool] | None:
    """The last block: its Signatory, its first line, and whether it acknowledges."""
    nip_at = _last(lines, _is_nip_line, "NIP", "Nip")
    # a PK party below the last NIP (the same two signatures may stand on an earlier page
    # too): the Bupati, elected, has no NIP; an author may be named by position only
    below = nip_at if nip_at is not None else -1
    party = next(
        (i for i in range(len(lines) - 1, below, -1) if _heads(lines[i].text, _PARTY)), None
    )
    if party is not None:
        # a PK party's block with no NIP of its own below it (an author named by position)
        block = _block_after(lines, party)
        if block:
            first = _FIRST_PARTY.match(lines[party].text) is not None
            return _signatory(lines, None, block, None), party, not first
    if nip_at is None:
        date_at = _last(lines, lambda text: _PLACE_DATE.match(text) is not None, ",")
        if date_at is None:
            # a superior without a NIP under 'Mengetahui,' (or 'PIHAK KEDUA')
            heading = next(
                (i for i, ln in enumerate(lines) if _heads(ln.text, _ACKNOWLEDGES)), None
            )
            if heading is None:
                return None
            block = _block_after(lines, heading)
            return _signatory(lines, None, block, None), heading, True
        block = _block_after(lines, date_at)
    else:
        date_at, block = _block_before(lines, nip_at)
    start = min(i for i in (date_at, *block, nip_at) if i is not None)
    acknowledges = not _FIRST_PARTY.match(lines[start].text) and any(
        _ACKNOWLEDGES.match(lines[i].text) for i in range(max(0, start - 2), start + len(block) + 1)
    )
    return _signatory(lines, date_at, block, nip_at), start, acknowledges


def _heads(text: str, pattern: re.Pattern[str]) -> bool:
    """A short line of its own that opens with the heading ``pattern`` names."""
    return len(text) <= MAX_HEADING_CHARS and pattern.match(text) is not None


def _is_nip_line(text: str) -> bool:
    match = _NIP.match(text)
    return match is not None and (match.group("raw") is not None or len(text) <= MAX_BARE_NIP_LINE)


def _signatory(
    lines: list[TextLine], date_at: int | None, block: list[int], nip_at: int | None
) -> Signatory:
    texts = [
        _FIRST_PARTY.sub("", _ACKNOWLEDGES.sub("", _clean(lines[i].text))).strip(" ,")
        for i in block
        if not _SKIP.match(lines[i].text)
    ]
    texts = [t for t in texts if t]
    rank = None
    if texts and _RANK.match(texts[-1]) and len(texts) > 1:
        rank = texts.pop()
    name: str | None = texts.pop() if texts else None
    if name is not None and not texts and _POSITION.match(name):
        texts, name = [name], None  # a block with the position only ('Camat X', no name yet)
    position = " ".join(texts).rstrip(" ,") or None
    place = when = when_iso = None
    match = _PLACE_DATE.match(_clean(lines[date_at].text)) if date_at is not None else None
    if match is not None:
        place = match.group("place")
        when = _SPACES.sub(" ", match.group("date"))
        when_iso = _iso(match)
    nip = nip_raw = None
    if nip_at is not None:
        raw = _NIP.match(_clean(lines[nip_at].text))
        if raw is not None and raw.group("raw"):
            nip_raw = raw.group("raw")
            nip = normalize_nip(nip_raw)
    first = nip_at if nip_at is not None else date_at if date_at is not None else block[0]
    return Signatory(
        place=place,
        date=when,
        date_iso=when_iso,
        position=position,
        name=name,
        rank=rank,
        nip=nip,
        nip_raw=nip_raw,
        location=lines[first].location.to_location(),
    )


def _block_before(lines: list[TextLine], nip_at: int) -> tuple[int | None, list[int]]:
    """(place-date line, lines between it and the NIP line), walking up from the NIP."""
    block: list[int] = []
    i = nip_at - 1
    while i >= 0:
        text = _clean(lines[i].text)
        if text:
            if _PLACE_DATE.match(text):
                return i, block[::-1]
            if not _signature_line(text) or len(block) == MAX_BLOCK_LINES:
                break
            block.append(i)
            if len(text) <= MAX_HEADING_CHARS and _PARTY.match(text):
                break  # a PK party's heading opens its block: the lines above are another's
        i -= 1
    return None, block[::-1]


def _block_after(lines: list[TextLine], date_at: int) -> list[int]:
    block: list[int] = []
    for i in range(date_at + 1, len(lines)):
        text = _clean(lines[i].text)
        if not text:
            continue
        if not _signature_line(text) or len(block) == MAX_BLOCK_LINES:
            break
        if len(text) <= MAX_HEADING_CHARS and _PARTY.match(text) or _BREAK.match(text):
            break  # the next party's block, a rule or a heading (the next page's title)
        block.append(i)
    return block


def _signature_line(text: str) -> bool:
    """Short, no tab, not a sentence: what position, name and rank lines look like."""
    return len(text) <= MAX_LINE_CHARS and "\t" not in text and not text.endswith((":", ";"))


def _iso(match: re.Match[str]) -> str | None:
    if match.group("nyear"):
        year, month, day = (int(match.group(g)) for g in ("nyear", "nmonth", "nday"))
    else:
        if not match.group("month"):
            return None
        year, month = int(match.group("year")), MONTHS[match.group("month").lower()]
        if not match.group("day"):
            return f"{year:04d}-{month:02d}"
        day = int(match.group("day"))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _last(lines: list[TextLine], test: Callable[[str], bool], *needles: str) -> int | None:
    """The last line holding one of ``needles`` (a cheap filter) that passes ``test``."""
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        for needle in needles:
            if needle in text:
                if test(_clean(text)):
                    return i
                break
    return None


def _clean(text: str) -> str:
    return text.replace("**", "").strip()


def column_lines(table: Table) -> list[list[TextLine]]:
    """Each column of a table that holds no indicators, top to bottom, as lines: where Word
    documents put signature blocks side by side."""
    width = table.width
    columns: list[list[TextLine]] = [[] for _ in range(width)]
    for row in table.rows:
        for c, cell in enumerate(row):
            if cell.covered or not cell.text.strip():
                continue
            columns[c].extend(
                TextLine(line.strip(), cell.location) for line in cell.text.split("\n")
            )
    return [column for column in columns if column]

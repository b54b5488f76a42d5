"""Labelled values in running text: ``Satuan : %``, ``Sumber Data: BKKBN``, a label alone on
its line with the value below it, several ``Label : value`` pairs on one line or in one
table cell. Labels are matched against the one vocabulary (``vocabulary.role_of``), so a
form label and a column header with the same words mean the same field.

Stages: ``line_entries`` (one line -> the labelled pieces on it, or none) ->
``text_entries`` (lines -> entries, unlabelled lines continuing the entry above).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..intermediate import Position
from ..memo import CACHE_SIZE
from ..vocabulary import role_of

MAX_LABEL_WORDS = 6
"""A label is a short phrase; 'Sasaran yang ingin dicapai dalam periode ini adalah :' is a
sentence that introduces a list, not a field."""
LABEL_TAIL = 80
"""A label within a line is found in the last characters before its colon: never a scan of
the whole line for each colon."""
CACHED_LINE = 300
"""Longer lines are parsed without the cache, so that no huge line is kept alive by it."""
OTHER_LABEL_WORDS = 3
"""A label of no field ('NAMA SKPD', 'Nama Unit Organisasi') is this short."""
LEADING_WORDS = 3
"""The words of a label that must already name its field."""
_BULLET = regex.compile(r"^\s*(?:[-–—•·*▪]\s*|\(?\d{1,2}[.)]\s*|\(?[a-z][.)]\s+)")
_COLON = regex.compile(r"\s*:(?!//)\s*")
_LABEL_CHARS = regex.compile(r"^[\p{L}][\p{L}\d /().&?-]*$")
_WORD = regex.compile(r"\S+")
_YEAR_RANGE = regex.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d")
_OTHER_LABEL = regex.compile(r"^\p{Lu}[\p{L} ./()&-]{0,40}?\s*:(?!//)")
"""'NAMA SKPD : ...': a labelled line whose label is not a field; it ends the value above."""
_NUMBERED_HEADING = regex.compile(r"^(?P<label>[\p{L} ]{3,40}?)\s+(?P<number>\d{1,3})\.?$")
"""'INDIKATOR 1': a card's heading, its number after the label."""


@dataclass(slots=True)
class Entry:
    role: str
    """The field the label names; '' for a label that names none ('NAMA SKPD')."""
    label: str
    value: str
    location: Position
    number: str | None = None
    """The number a heading such as 'INDIKATOR 3' gives its card."""
    below: list[str] = field(default_factory=list)
    """Unlabelled lines under the entry: its value wrapped, or written below its label."""

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.value, *self.below) if p)


def is_label(text: str) -> bool:
    """A short phrase (no sentence) that names a field in its first words: 'Sumber Data',
    'Alasan Pemilihan Indikator'; not 'Meningkatnya partisipasi ... pembangunan', a sasaran
    that only happens to hold a field's word further on."""
    text = text.strip()
    words = text.split()
    if not text or len(words) > MAX_LABEL_WORDS or not _LABEL_CHARS.match(text):
        return False
    role = role_of(text)
    return bool(role) and role_of(" ".join(words[:LEADING_WORDS])) == role


def line_entries(text: str, location: Position) -> list[Entry]:
    """The labelled pieces of one line, as ``Entry`` objects at ``location``."""
    pieces = line_pieces(text) if len(text) <= CACHED_LINE else line_pieces.__wrapped__(text)
    return [
        Entry(role, label, value, location, number=number) for role, label, value, number in pieces
    ]


@lru_cache(maxsize=CACHE_SIZE)
def line_pieces(text: str) -> tuple[tuple[str, str, str, str | None], ...]:
    """The labelled pieces of one line: ``Target : 80% Tahun : 2024`` gives two entries;
    ``Definisi`` alone gives one with an empty value (a label alone on its line starts with a
    capital: a value wrapped below its label does not); a line that opens with no label gives
    none. A colon counts only after a label (``Seksi : Pemerintahan`` in a value stays)."""
    body = _BULLET.sub("", text, count=1).strip()
    if not body or (":" not in body and len(body.split()) > MAX_LABEL_WORDS + 1):
        return ()  # prose: no label alone on its line, no 'Label : value'

    heading = _NUMBERED_HEADING.match(body)
    if heading and body[0].isupper() and is_label(heading["label"]):
        label = heading["label"].strip()
        return ((role_of(label), label, "", heading["number"]),)
    if body[0].isupper() and not _YEAR_RANGE.search(body) and is_label(body.rstrip(" :")):
        label = body.rstrip(" :").strip()
        return ((role_of(label), label, "", None),)
    if not _opens_with_a_label(body):
        return _other_label(body)
    found: list[tuple[str, int, int]] = []  # (label, where it starts, where its value starts)
    start = 0
    for colon in _COLON.finditer(body):
        if not found:
            label, offset = body[start : colon.start()].strip(), 0
        else:  # only the tail can hold the label: never copy the whole text since ``start``
            tail = max(start, colon.start() - LABEL_TAIL)
            label, offset = _label_ending(body[tail : colon.start()])
            offset += tail - start
        if not label or not is_label(label):
            if not found:
                return ()  # the line opens with no label: plain text
            continue
        found.append((label, start + offset, colon.end()))
        start = colon.end()
    pieces = []
    for i, (label, _, value_start) in enumerate(found):
        end = found[i + 1][1] if i + 1 < len(found) else len(body)
        pieces.append((role_of(label), label, body[value_start:end].strip(), None))
    return tuple(pieces)


def _other_label(body: str) -> tuple[tuple[str, str, str, str | None], ...]:
    """'NAMA SKPD : ...', 'Tugas : ...': a label of no field (two words or more, or in
    capitals, so that 'Seksi : Pemerintahan' inside a value stays text)."""
    if not _OTHER_LABEL.match(body):
        return ()
    label, value = (part.strip() for part in body.split(":", 1))
    if not value or len(label.split()) > OTHER_LABEL_WORDS:
        return ()  # 'Teknik pengukurannya sebagai berikut :' introduces the lines below
    if len(label.split()) < 2 and not label.isupper():
        return ()
    return (("", label, value, None),)


def _opens_with_a_label(body: str) -> bool:
    colon = _COLON.search(body)
    return colon is not None and is_label(body[: colon.start()])


def _label_ending(text: str) -> tuple[str, int]:
    """The longest run of up to MAX_LABEL_WORDS last words of ``text`` that is a label, and
    where it starts in ``text``; ('', 0) when none is (a value must stay before it)."""
    offset = max(0, len(text) - LABEL_TAIL)
    words = list(_WORD.finditer(text, offset))
    for n in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
        first = words[-n]
        candidate = " ".join(w.group() for w in words[-n:])
        if is_label(candidate):
            return candidate, first.start()
    return "", 0


_BAR_LINE = regex.compile(r"^[-_—–]{4,}(?:\s*(?:[xX×*]|dikali(?:kan)?)\s*\d+\s*%?)?$")
SHORT_LABEL = 2
"""Words of a label alone on its line that may follow a label still waiting for its value
('Rumus' then 'Numerator'); a longer one there is that value ('Realisasi Sasaran ...')."""


def _value_below(entries: list[Entry]) -> bool:
    """A label-looking line with no colon and no value that is too long to be a label
    directly under a label without a value: it is that label's value."""
    (entry,) = entries if len(entries) == 1 else (None,)
    return (
        entry is not None
        and not entry.value
        and entry.number is None
        and len(entry.label.split()) > SHORT_LABEL
    )


def text_entries(lines: Iterable[tuple[str, Position]]) -> Iterator[list[Entry]]:
    """Runs of entries: lines without a label continue the entry above (a value wrapped over
    several lines, or written below its label); after a blank line, plain text continues
    only an entry still without a value, else it is prose and ends the run."""
    run: list[Entry] = []
    gap = False
    numbered = list(lines)
    around_bar = {
        j
        for i, (text, _) in enumerate(numbered)
        if _BAR_LINE.match(text.strip())
        for j in (i - 1, i, i + 1)
    }  # a fraction's numerator, bar and denominator are one value
    for i, (text, location) in enumerate(numbered):
        stripped = text.strip()
        if not stripped:
            gap = True
            continue
        entries = [] if i in around_bar and run else line_entries(stripped, location)
        if entries and run and not run[-1].text and _value_below(entries):
            entries = []  # 'Realisasi Sasaran Pembangunan' under 'Formulasi Pengukuran :'
        if entries:
            run.extend(entries)
        elif run and (not gap or not run[-1].text):
            run[-1].below.append(stripped)
        elif run:
            yield run
            run = []
        gap = False
    if run:
        yield run

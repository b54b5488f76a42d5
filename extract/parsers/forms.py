"""Indicators written as forms and lists: Manual IKU cards (``Indikator Kinerja : ...``,
``Definisi`` with its text below, ``Numerator`` / ``Denumerator``), the same cards as
two-column label | value tables in Word, and numbered indicator lists with bulleted
``Label : value`` fields under each.

Stages: ``labels.text_entries`` (lines -> labelled entries) -> ``cards`` (entries -> one
card per indicator) -> ``card_indicator`` (card -> the fields of an Indicator).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from ..intermediate import Cell, Position, Table, TextLine
from ..vocabulary import BY_ROLE, kind_of_roles, role_of, roles_of
from .cells import split_sub_items
from .coverage import CoverageCount
from .formula import parse_formula
from .indicators import group_label, indicator_dict, target_fields
from .labels import Entry, is_label, line_entries, text_entries
from .polarity import said_polarity, written_polarity
from .values import decimal_separator_of

REPEATABLE = frozenset(
    {"", "target", "year", "note", "metadata", "calculation", "program", "budget"}
)
"""Roles a card may hold more than once; any other role seen twice starts the next card."""
CARRIED = ("goal", "objective")
"""A list gives its sasaran once for the indicators under it."""
MIN_FIELDS = 1
"""Besides its name, a card must hold this many fields: a lone 'Indikator : ...' line in
prose, or a title line above a table, is no card."""
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEARS_LINE = regex.compile(r"^\s*(?:(?:19|20)\d\d[\s,;|/]*){2,}$")
_NUMBERED = regex.compile(r"^\s*(?P<number>\d{1,3})[.)]\s+(?P<name>\S.*)$")
_VALUE = regex.compile(r"[-+≥≤<>]?\s*\d[\d.,]*\s*%?")
MAX_PAIRS_TEXT = 400
"""'2022: 80%; 2023: 85%' is short; a longer text is not read for year: value pairs (the
pattern's lazy value and look-ahead are quadratic over long runs of spaces)."""
_PAIR = regex.compile(r"((?:19|20)\d\d)\s*[:=]\s*([^;,]+?)(?=\s*(?:[;,]|$|(?:19|20)\d\d\s*[:=]))")


@dataclass(slots=True)
class Card:
    entries: list[Entry] = field(default_factory=list)
    name: Entry | None = None

    def roles(self) -> set[str]:
        return {e.role for e in self.entries}

    filled: set[str] = field(default_factory=set)
    """The roles that already have a value ('Konsep' left empty above 'Definisi' does not
    end the card), kept as entries are added: computing it afresh for each entry was
    quadratic in a card's length (20,000 'NAMA : Dinas' lines took 70 s)."""

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        if entry.text:
            self.filled.add(entry.role)

    def first(self, role: str) -> Entry | None:
        return next((e for e in self.entries if e.role == role and e.text), None)


def line_runs(lines: list[TextLine]) -> Iterator[list[Entry]]:
    """The labelled runs of a document's text lines, numbered list items made entries of
    their own (an indicator named by its number, before its bulleted fields)."""
    yield from text_entries(_numbered_as_entries(lines))


def _numbered_as_entries(lines: list[TextLine]) -> Iterator[tuple[str, Position]]:
    """'1. Persentase ...' followed by a labelled line becomes 'Indikator : Persentase ...'."""
    for i, line in enumerate(lines):
        numbered = _NUMBERED.match(line.text) if line.text[:1].isdigit() else None
        if numbered is not None:
            following = next((ln.text for ln in lines[i + 1 : i + 3] if ln.text.strip()), "")
            label = following.lstrip(" -–•*").split(":", 1)[0]
            if ":" in following and is_label(label) and not is_label(numbered["name"]):
                yield f"Indikator : {numbered['name']}", line.location
                continue
        yield line.text, line.location


def table_runs(table: Table) -> list[Entry] | None:
    """A label | value table (a Word card) as entries; None when it is no such table: most
    of its rows must open with a label and hold at most three cells of text."""
    entries: list[Entry] = []
    rows = 0
    for row in table.rows:
        cells = [c for c in row if c.text.strip() and not c.covered]
        if not cells:
            continue
        rows += 1
        if len(cells) > 3 or not is_label(cells[0].text.strip().rstrip(" :")):
            continue
        value = [c for c in cells[1:] if c.text.strip() != ":"]
        entries.extend(_entries(cells[0], value))
    if rows < 2 or len(entries) < max(2, 0.6 * rows):
        return None
    return entries


def _entries(label: Cell, values: list[Cell]) -> list[Entry]:
    """A label | value row as entries: the value may hold further labels of its own
    ('80 Tahun : 2024' beside 'Target')."""
    text = label.text.strip().rstrip(" :")
    value = " ".join(" ".join(c.text.split()) for c in values)
    where = values[0].location if values else label.location
    return line_entries(f"{text} : {value}", where) or [Entry(role_of(text), text, value, where)]


def cards(run: list[Entry]) -> Iterator[Card]:
    """Split a run of entries into cards: a role already in the card starts the next one."""
    card = Card()
    for entry in run:
        if entry.role in card.filled and entry.role not in REPEATABLE:
            yield card
            card = Card()
        card.add(entry)
        if entry.role == "indicator" and card.name is None:
            card.name = entry
    yield card


def form_indicators(
    runs: Iterable[list[Entry]],
    kinds: list[str],
    coverage: CoverageCount | None = None,
    carried: dict[str, str] | None = None,
) -> Iterator[dict[str, Any]]:
    """The indicators of every card; the document kind each card's roles name goes into
    ``kinds`` (a card with a definisi or rumus is an IKU's). ``carried`` holds the sasaran
    a card gave for the cards after it, across the calls of one document."""
    carried = {} if carried is None else carried
    for run in runs:
        for card in cards(run):
            fields = [e for e in card.entries if e.text and e.role and BY_ROLE[e.role].attribute]
            if card.name is None or not card.name.text or len(fields) < 1 + MIN_FIELDS:
                continue  # a title ('INDIKATOR KINERJA UTAMA' above its table), not a card
            for role in CARRIED:
                entry = card.first(role)
                if entry is not None:
                    carried[role] = entry.text
            if coverage is not None:
                coverage.form_card(len(fields))
            kinds.append(kind_of_roles(card.roles(), bool(card.first("target"))))
            yield card_indicator(card, carried)


def card_indicator(card: Card, carried: dict[str, str]) -> dict[str, Any]:
    assert card.name is not None
    item = split_sub_items(card.name.text)
    text: dict[str, str] = {}
    for entry in card.entries:
        if entry.text:
            for role in roles_of(entry.label) or (entry.role,):
                text.setdefault(role, entry.text)
    decimal = decimal_separator_of(e.text for e in card.entries if e.role == "target")
    location = card.name.location
    baseline = card.first("baseline")
    final = card.first("final_target")
    return indicator_dict(
        _identifier(location),
        item.name,
        item.sub_items,
        text.get("unit"),
        written_polarity(text.get("polarity"))
        or said_polarity(text.get("definition"), text.get("rationale")),
        number=card.name.number,
        goal=group_label(carried.get("goal")),
        objective=group_label(carried.get("objective")),
        rationale=text.get("rationale"),
        data_source=text.get("data_source"),
        responsible=text.get("responsible"),
        definition=text.get("definition"),
        code=text.get("code"),
        frequency=text.get("frequency"),
        formula=_formula(card),
        baseline=_value(baseline, decimal),
        final_target=_value(final, decimal),
        targets=_targets([e for e in card.entries if e.role in ("target", "year")], decimal),
        provenance=location.to_location(),
    )


def _identifier(location: Position) -> str:
    if location.table is not None:
        return f"t{location.table}r{location.row}"
    page = f"p{location.page}" if location.page is not None else ""
    return f"{page}l{location.line}"


def _formula(card: Card) -> Any:
    numerator = card.first("numerator")
    denominator = card.first("denominator")
    if numerator is not None and denominator is not None:
        return {
            "raw": f"{numerator.text} / {denominator.text}",
            "kind": "ratio",
            "numerator": numerator.text,
            "denominator": denominator.text,
        }
    written = card.first("formula") or next(
        (e for e in card.entries if e.text and "formula" in roles_of(e.label)), None
    )
    return parse_formula(written.text) if written is not None else None


def _value(entry: Entry | None, decimal: str | None) -> dict[str, Any] | None:
    if entry is None:
        return None
    year = _YEAR.search(entry.label)
    return target_fields(
        entry.text, entry.location, None, int(year.group()) if year else None, decimal
    )


def _targets(entries: list[Entry], decimal: str | None) -> list[dict[str, Any]]:
    """Targets as forms write them: 'Target : 80%' then 'Tahun : 2024'; 'Target 2024 : 86%';
    a line of years above a line of values; '2022: 80%; 2023: 85%'."""
    targets: list[dict[str, Any]] = []
    for entry in entries:
        year_in_label = _YEAR.search(entry.label)
        if not entry.text:
            continue
        if entry.label.strip().lower() == "tahun" and _YEAR.fullmatch(entry.text.strip()):
            if targets and targets[-1]["year"] is None:
                targets[-1]["year"] = int(entry.text.strip())
            continue
        pairs = _PAIR.findall(entry.text) if len(entry.text) <= MAX_PAIRS_TEXT else []
        if len(pairs) >= 2:
            targets += [target_fields(v, entry.location, None, int(y), decimal) for y, v in pairs]
            continue
        lines = [entry.value, *entry.below] if entry.value else list(entry.below)
        table = _years_and_values(lines)
        if table:
            targets += [target_fields(v, entry.location, None, y, decimal) for y, v in table]
            continue
        year = int(year_in_label.group()) if year_in_label else None
        targets.append(target_fields(entry.text, entry.location, None, year, decimal))
    for i, target in enumerate(targets, start=1):
        target["year_index"] = i
    return targets


def _years_and_values(lines: list[str]) -> list[tuple[int, str]]:
    """A line of years and the line of values under it, paired in order."""
    for i, line in enumerate(lines[:-1]):
        if _YEARS_LINE.match(line):
            years = [int(y) for y in _YEAR.findall(line)]
            values = _split_values(lines[i + 1])
            if len(values) == len(years):
                return list(zip(years, values, strict=True))
    return []


def _split_values(line: str) -> list[str]:
    if "\t" in line or "|" in line:
        return [v.strip() for v in regex.split(r"[\t|]", line) if v.strip()]
    return [m.group().strip() for m in _VALUE.finditer(line)]

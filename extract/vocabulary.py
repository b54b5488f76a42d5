"""The domain vocabulary, in one place: every field a document can hold, and the kinds of
document built on them.

A field is matched by the words a document uses for it, wherever it stands: a column
header (``SUMBER DATA``), a form label (``Sumber Data :``) or a list label (``- Sumber data:``)
all go through ``role_of``. Parsers, writers, both reports and doc-type detection loop over
``FIELDS`` instead of naming fields themselves, so a new field is one entry here plus the
model attribute it fills.

``FIELDS`` is in presentation order (CSV columns, report columns); ``MATCH_ORDER`` is the
order labels are tried in, most specific first: ``ALASAN / SASARAN`` is a rationale,
``RUMUS PERHITUNGAN INDIKATOR`` a formula, ``TARGET KINERJA SASARAN`` a target,
``INDIKATOR TUJUAN/SASARAN`` an indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .memo import CACHE_SIZE

Parser = Literal["name", "text", "unit", "label", "value", "targets", "formula", "polarity", "none"]
"""How a field's text becomes its value: ``name`` the indicator (split into items),
``text`` whitespace-collapsed text, ``unit`` a satuan (or one inferred from the name),
``label`` a group label (items joined by '; '), ``value`` one target-like value,
``targets`` the yearly target columns, ``formula`` a parsed rumus, ``polarity`` a written
polarisasi, ``none`` read but not kept (yet)."""
Report = Literal["head", "tail"] | None


@dataclass(frozen=True, slots=True)
class Field:
    role: str
    """The role a column, form label or list label plays (``data_source``)."""
    pattern: str
    """Regex searched in the normalized label (lower case, punctuation as spaces)."""
    rank: int
    """Position in MATCH_ORDER: lower is tried first."""
    attribute: str | None
    """The Indicator attribute it fills; None where nothing holds it yet."""
    parser: Parser
    labels: tuple[str, str]
    """(Indonesian, English) column label in reports."""
    single: bool = True
    """One column of this role per table: a second one is only a note."""
    inherited: bool = False
    """Merged down over the rows it groups (a tujuan spans its sasaran's rows)."""
    report: Report = None
    """Where reports show it: before the target columns, after them, or not at all."""
    width: int = 20
    """Report column width, in characters."""

    @property
    def key(self) -> str:
        """The Indicator attribute, or the role for a field nothing holds yet."""
        return self.attribute or self.role


FIELDS: tuple[Field, ...] = (
    Field("number", r"^no\.?$|^nomor$|^no\.?\s*urut$", 90, "number", "text",
          ("No", "No"), inherited=True, report="head", width=5),
    Field("code", r"kode", 100, "code", "text", ("Kode", "Code"), inherited=True),
    Field("goal", r"tujuan", 130, "goal", "label", ("Tujuan", "Goal (tujuan)"),
          inherited=True, report="head", width=30),
    Field("objective", r"sasaran", 120, "objective", "label", ("Sasaran", "Objective (sasaran)"),
          inherited=True, report="head", width=30),
    Field("indicator", r"indikator|^iku$|^ikk$", 110, "name", "name",
          ("Indikator", "Indicator"), report="head", width=45),
    Field("goal_indicator", r"indikator( kinerja)? tujuan(?!.*sasaran)", 105, "name", "none",
          ("Indikator Tujuan", "Goal indicator")),
    Field("unit", r"satuan", 40, "unit", "unit", ("Satuan", "Unit (satuan)"),
          report="head", width=10),
    Field("rationale", r"alasan|penjelasan", 30, "rationale", "text", ("Alasan", "Rationale")),
    Field("definition", r"definisi|deskripsi|pengertian|makna indikator|^konsep", 35,
          "definition", "text", ("Definisi", "Definition")),
    Field("formula", r"rumus|formula|cara (perhitungan|pengukuran)|metode (perhitungan|pengukuran)",
          10, "formula", "formula", ("Rumus", "Formula (rumus)"), report="tail", width=40),
    Field("data_source", r"sumber data|^sumber\b", 20, "data_source", "text",
          ("Sumber Data", "Data source"), report="tail"),
    Field("responsible", r"penanggung\s*jawab|^pj$|^pic$|produsen data|pengelola data|"
          r"unit pengelola|^pengampu|unit in charge|^(skpd|opd|perangkat daerah)$", 80,
          "responsible", "text",
          ("Penanggung Jawab", "Responsible")),
    Field("frequency", r"frekuensi|jadwal pengumpulan|periode pelaporan|waktu pengumpulan",
          25, "frequency", "text", ("Frekuensi", "Frequency")),
    Field("polarity", r"polari[st]|^tren$|arah kinerja", 15, "polarity", "polarity",
          ("Polaritas", "Polarity")),
    Field("baseline", r"kondisi.{0,40}awal|baseline|capaian.{0,30}awal|data capaian|tahun dasar",
          50, "baseline", "value", ("Kondisi Awal", "Baseline")),
    Field("final_target", r"kondisi.{0,40}akhir|akhir periode|target akhir|capaian pada akhir",
          60, "final_target", "value", ("Kondisi Akhir", "Final target")),
    Field("target", r"target|tahun|^(19|20)\d\d( k| kinerja)?$|^k (19|20)\d\d$|^th\.?\s*\d", 70,
          "targets", "targets", ("Target", "Target"), single=False),
    Field("budget", r"^((19|20)\d\d )?(rp|pagu|anggaran|dana|jumlah anggaran|alokasi anggaran|"
          r"kebutuhan dana)\b",
          68, None, "none", ("Pagu (Rp)", "Budget (Rp)"), single=False),
    Field("realization", r"realisasi|^capaian (tahun|20\d\d)", 64, None, "none",
          ("Realisasi", "Realization"), single=False),
    Field("achievement", r"(^|% ?|persentase |tingkat |rasio )capaian(?! (tahun|20\d\d))|"
          r"capaian.{0,30}(%|persen)|^rasio|^%$", 63, None,
          "none", ("Capaian", "Achievement"), single=False),
    Field("year", r"^(tahun|th|thn)$", 69, None, "none", ("Tahun", "Year")),
    Field("budget_realization", r"(?!)", 998, None, "none", ("Realisasi (Rp)", "Spent (Rp)"),
          single=False),
    Field("budget_achievement", r"(?!)", 999, None, "none", ("Rasio (Rp)", "Spent (%)"),
          single=False),
    Field("program", r"program|kegiatan", 140, None, "none", ("Program", "Program"),
          inherited=True),
    Field("funding_source", r"sumber dana|sumber pendanaan", 18, None, "none",
          ("Sumber Dana", "Funding source")),
    Field("location", r"^lokasi", 145, None, "none", ("Lokasi", "Location")),
    Field("numerator", r"^(numerator|pembilang)$", 11, None, "none", ("Pembilang", "Numerator")),
    Field("denominator", r"^(denumerator|denominator|penyebut)$", 12, None, "none",
          ("Penyebut", "Denominator")),
    Field("calculation", r"tipe perhitungan|tipe penghitungan|jenis perhitungan|sifat data",
          13, None, "none", ("Tipe Perhitungan", "Calculation type")),
    Field("metadata", r"^apakah|pembangun\b|komposit\b|level estimasi|klasifikasi penyajian|"
          r"publikasi|^record$|^ukuran$|^metadata|disagregasi|jenis cascading", 5, None, "none",
          ("Metadata", "Metadata"), single=False),
    Field("note", r"keterangan|lokasi|catatan", 150, None, "none", ("Keterangan", "Note"),
          single=False),
)  # fmt: skip
"""``goal_indicator``: an 'Indikator Tujuan' column beside an 'Indikator Sasaran' one; alone,
it is the table's indicator column. ``budget``, ``program``, ``funding_source`` and
``location`` are the columns of a program table (a T-C.27, a Renja, a PK's annex: see
``parsers.programs``); ``realization`` and ``achievement`` (realisasi, capaian %) sit beside
the targets of an LKjIP or a T-C.23 and fill ``Target.realization`` / ``.achievement``.
``numerator`` and ``denominator`` are the parts of a rumus a Manual IKU card writes under
their own labels; ``calculation`` (kumulatif or not) and ``metadata`` (statistical metadata
rows such as 'Apakah Indikator Komposit ?') are labels to recognise as such, so that their
words ('indikator') never start a field of their own."""

BY_ROLE: dict[str, Field] = {f.role: f for f in FIELDS}
MATCH_ORDER: tuple[Field, ...] = tuple(sorted(FIELDS, key=lambda f: f.rank))
SINGLE_ROLES = frozenset(f.role for f in FIELDS if f.single)
INHERITED_ROLES = tuple(f.role for f in FIELDS if f.inherited)
TEXT_FIELDS = tuple(f for f in FIELDS if f.parser == "text" and f.role != "number")
"""Fields copied as written (whitespace collapsed) onto the Indicator."""
LABEL_FIELDS = tuple(f for f in FIELDS if f.parser == "label")
VALUE_FIELDS = tuple(f for f in FIELDS if f.parser == "value")
REPORT_HEAD = tuple(f for f in FIELDS if f.report == "head")
REPORT_TAIL = tuple(f for f in FIELDS if f.report == "tail")
BUDGET = re.compile(
    r"^(?:rp|idr|pagu|anggaran|dana|kebutuhan dana|jumlah anggaran|alokasi)\b|pagu indikatif"
)
"""The sub-header under a target that makes its column the budget of that year: 'Rp' in a
T-C.27's Target | Rp pair, 'Kebutuhan Dana/Pagu Indikatif' in a Renja (normalized label)."""

_PATTERNS = tuple((f.role, re.compile(f.pattern)) for f in MATCH_ORDER)
_NON_WORD = re.compile(r"[^\w%/ ]+")
_SPACE = re.compile(r"\s+")


def normalize_label(text: str) -> str:
    return _SPACE.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()


@lru_cache(maxsize=CACHE_SIZE)
def role_of(label: str) -> str:
    """The role a header or form label names ('' for none). Cached: labels repeat."""
    normalized = normalize_label(label)
    if not normalized:
        return ""
    for role, pattern in _PATTERNS:
        if pattern.search(normalized):
            return role
    return ""


_PARTS = re.compile(r"\s*(?:/|&|\bdan\b)\s*", re.I)


def roles_of(label: str) -> tuple[str, ...]:
    """Every field a label names: 'Definisi / Rumus' is a definisi and a rumus, its first
    role (``role_of``) first."""
    first = role_of(label)
    roles = [first] if first else []
    for part in _PARTS.split(label):
        role = role_of(part) if part else ""
        if role and role not in roles:
            roles.append(role)
    return tuple(roles)


GROUP_HEADING = re.compile(
    r"^\W*(?:[\d.]+\s*[-–—)]?\s*)?(?:aspek|fokus|urusan|bidang urusan|sub ?kegiatan|"
    r"dinas|badan|kantor|kecamatan|sekretariat|inspektorat|satuan polisi|rsud|biro|uptd)\b",
    re.IGNORECASE,
)
"""A row of an indicator table that only names a group ('ASPEK KESEJAHTERAAN', '1) Fokus
...', the OPD above its indicators) when it has no value of its own."""


@dataclass(frozen=True, slots=True)
class DocKind:
    name: str
    roles: frozenset[str]
    """A table with any of these roles is of this kind."""
    needs_targets: bool
    """A table of this kind may instead be recognised by its yearly target columns alone."""
    title: re.Pattern[str]
    """Title words that name the kind where no table says it."""
    yearly: bool = False
    """A document of one year ('Perjanjian Kinerja Tahun 2025'): its title's year is its
    period."""
    words: tuple[str, ...] = ()
    """Lower-case fragments one of which any title of the kind holds: a cheap look before
    the pattern (most texts name one kind at most)."""

    def named_in(self, lowered: str) -> bool:
        """Whether ``lowered`` (a title or text already in lower case) names this kind."""
        if self.words and not any(word in lowered for word in self.words):
            return False
        return self.title.search(lowered) is not None


DOC_KINDS: tuple[DocKind, ...] = (
    # A Perjanjian Kinerja names itself; its tables look like a Renstra's (targets of a year).
    DocKind(
        "pk",
        frozenset(),
        False,
        re.compile(r"perjanjian\s+kinerja"),
        yearly=True,
        words=("perjanjian",),
    ),
    # An LKjIP sets the year's targets against their realisasi and capaian.
    DocKind(
        "lkjip",
        frozenset({"realization", "achievement"}),
        False,
        re.compile(r"laporan\s+(?:akuntabilitas\s+)?kinerja|\bl(?:kjip|akip)\b"),
        yearly=True,
        words=("laporan", "lkjip", "lakip"),
    ),
    # IKU matrices and Manual IKU cards have a rumus, alasan, sumber data, definisi or
    # polarisasi, with or without yearly targets (the Kodefikasi layout has both).
    DocKind(
        "iku",
        frozenset({"formula", "rationale", "data_source", "definition", "polarity", "frequency"}),
        False,
        re.compile(r"indikator\s+kinerja\s+utama|\biku\b"),
        words=("iku", "utama"),
    ),
    # Renstra tables (T-C.25 to T-C.28) are indicators with yearly targets and nothing else.
    DocKind(
        "renstra",
        frozenset(),
        True,
        re.compile(
            r"rencana\s+strategis|\brenstra\b|tujuan\s+dan\s+sasaran\s+jangka\s+menengah"
            r"|rencana\s+program,?\s+kegiatan,?\s+(?:dan|&)\s+pendanaan"
        ),
        words=("rencana", "renstra", "tujuan"),
    ),
    # A Renja is the year's program plan; its tables are program tables (``Layout``), so
    # only its title names it.
    DocKind(
        "renja",
        frozenset(),
        False,
        re.compile(
            r"rencana\s+kerja(?!\s+pemerintah)|\brenja\b|rumusan\s+rencana\s+program\s+dan"
            r"\s+kegiatan|prakiraan\s+maju"
        ),
        yearly=True,
        words=("rencana", "renja", "prakiraan"),
    ),
)
"""Each kind's ``title`` is matched against lower-cased text (``DocKind.named_in``)."""


def kind_of_roles(roles: set[str] | frozenset[str], has_targets: bool) -> str:
    """The document kind a table (or a form) with these roles belongs to; 'other' if none."""
    for kind in DOC_KINDS:
        if roles & kind.roles or (kind.needs_targets and has_targets):
            return kind.name
    return "other"

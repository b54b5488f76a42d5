"""The tables of the database (``--sqlite``) and of the Parquet files (``--parquet``): their
names, typed columns, primary and foreign keys. One definition serves both writers.

Where a column holds what a batch CSV holds it takes the CSV's name (``csv_out``), so a
query moves from one to the other; unlike the CSVs, every table is keyed by the source's
sha256 instead of repeating the document's path and period on each row (join
``documents``). An absent value is NULL, never an empty string.
"""

from __future__ import annotations

from dataclasses import dataclass

from .csv_out import LOCATION_COLUMNS

INTEGER, REAL, TEXT = "INTEGER", "REAL", "TEXT"
"""SQLite's own type names; the Parquet files use int64, float64 and string."""

LAYOUT_VERSION = 1
"""The database's ``PRAGMA user_version``: raised when a table changes in a way an older
file cannot take (a column added, a key changed)."""


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]
    cascade: bool = True
    """ON DELETE CASCADE: the row goes with the row it hangs off."""
    deferred: bool = False
    """Checked at COMMIT, not at each statement (a row that may come before its parent)."""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]
    """(name, type) in order."""
    key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


def _typed(names: str, kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, kind) for name in names.split())


LOCATION = tuple(
    (name, TEXT if name in ("sheet", "cell") else INTEGER) for name in LOCATION_COLUMNS
)
"""``page`` … ``cell``: where the row's cell is in the source (see SourceLocation)."""

OF_DOCUMENT = ForeignKey(("sha256",), "documents", ("sha256",))

DOCUMENTS = Table(
    "documents",
    (
        *_typed("sha256 source_path format", TEXT),
        *_typed("size_bytes", INTEGER),
        *_typed("encoding", TEXT),
        *_typed("pages", INTEGER),
        *_typed("doc_type organization region", TEXT),
        *_typed("period_start period_end", INTEGER),
        *_typed("period_raw", TEXT),
        *_typed("year", INTEGER),
        *_typed("main_duty signatory_name signatory_position signatory_nip", TEXT),
        *_typed("signatory_date signatory_date_iso schema_version generator_version", TEXT),
    ),
    ("sha256",),
)
"""One row per distinct source (files with the same bytes are one document)."""

FILES = Table(
    "files",
    (("path", TEXT), ("sha256", TEXT)),
    ("path",),
    # Deferred, no cascade: re-writing a document (delete, insert) keeps the paths to it.
    (ForeignKey(("sha256",), "documents", ("sha256",), cascade=False, deferred=True),),
)
"""Each input path and the document its bytes are now: how a re-run finds the rows of a
path whose file changed."""

PROGRAMS = Table(
    "programs",
    (
        *_typed("sha256 program_id code level name parent", TEXT),
        *_typed("responsible location funding_source", TEXT),
        ("final_budget", INTEGER),
        ("final_budget_text", TEXT),
        *LOCATION,
    ),
    ("sha256", "program_id"),
    (
        OF_DOCUMENT,
        ForeignKey(("sha256", "parent"), "programs", ("sha256", "program_id"), deferred=True),
    ),
)

BUDGETS = Table(
    "budgets",
    (
        *_typed("sha256 program_id", TEXT),
        *_typed("budget_index year_index year budget", INTEGER),
        ("budget_text", TEXT),
        *_typed("budget_scale realization", INTEGER),
        *_typed("realization_text achievement_text", TEXT),
        ("achievement_value", REAL),
        *LOCATION,
    ),
    ("sha256", "program_id", "budget_index"),
    (ForeignKey(("sha256", "program_id"), "programs", ("sha256", "program_id")),),
)
"""One row per yearly budget of a program; ``budget_index`` is its place among the
program's budgets (1-based), since ``year_index`` is null where a table names its columns
by year only. The final budget is on the program's row."""

INDICATORS = Table(
    "indicators",
    (
        *_typed("sha256 indicator_id program_id number code goal objective name level", TEXT),
        *_typed("sub_items unit rationale definition", TEXT),
        *_typed("formula_raw formula_kind formula_numerator formula_denominator", TEXT),
        ("formula_multiplier", REAL),
        *_typed("data_source responsible frequency polarity", TEXT),
        ("baseline_text", TEXT),
        ("baseline_value", REAL),
        ("final_target_text", TEXT),
        ("final_target_value", REAL),
        ("inferred", TEXT),
        *LOCATION,
        ("baseline_kind", TEXT),
        *_typed("baseline_low baseline_high", REAL),
        ("final_target_kind", TEXT),
        *_typed("final_target_low final_target_high formula_target", REAL),
        ("formula_definitions", TEXT),
    ),
    ("sha256", "indicator_id"),
    (OF_DOCUMENT, ForeignKey(("sha256", "program_id"), "programs", ("sha256", "program_id"))),
)
"""The document's indicators and its programs' (``program_id`` set), one row each."""

TARGETS = Table(
    "targets",
    (
        *_typed("sha256 indicator_id", TEXT),
        *_typed("year_index year", INTEGER),
        ("target_text", TEXT),
        ("target_value", REAL),
        *_typed("target_unit target_kind", TEXT),
        *_typed("target_low target_high", REAL),
        ("realization_text", TEXT),
        ("realization_value", REAL),
        ("achievement_text", TEXT),
        ("achievement_value", REAL),
        *LOCATION,
    ),
    ("sha256", "indicator_id", "year_index"),
    (ForeignKey(("sha256", "indicator_id"), "indicators", ("sha256", "indicator_id")),),
)
"""One row per yearly target; ``year_index`` is the target column's place (1-based)."""

FINDINGS = Table(
    "findings",
    (
        ("sha256", TEXT),
        ("finding_index", INTEGER),
        *_typed("rule severity message suggestion indicator_id", TEXT),
        *LOCATION,
        *_typed("fingerprint evidence tags description", TEXT),
    ),
    ("sha256", "finding_index"),
    (OF_DOCUMENT,),
)
"""One row per finding, ``finding_index`` its place in the document's list (1-based).
``indicator_id`` names an indicator or, for the budget rules, a program: no foreign key."""

TABLES = (DOCUMENTS, FILES, PROGRAMS, BUDGETS, INDICATORS, TARGETS, FINDINGS)
"""In an order where each table comes after those it refers to."""
BY_NAME = {table.name: table for table in TABLES}

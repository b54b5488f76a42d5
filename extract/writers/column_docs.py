"""What each column of the batch CSVs holds: its Table Schema type and a description.

The one place these are written: ``datapackage.py`` builds ``datapackage.json`` from them,
the column tables of docs/batch.md are generated from them (tests/test_datapackage.py
holds both to the column lists of ``csv_out``, so a column added there without a line here
fails), and ``column_kinds`` derives from the type how the ``id`` dialect and
indicators.xlsx write a column. Data only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, get_args

from renstra.schemas import (
    DocType,
    FormulaKind,
    IndicatorLevel,
    Polarity,
    ProgramLevel,
    Severity,
    ValueKind,
)

Kind = Literal["text", "integer", "year", "rupiah", "decimal"]
"""How the ``id`` dialect and indicators.xlsx write a column (``column_kinds``): ``integer``
a count or position (page, row, year_index); ``year`` a calendar year, shown without a
thousands separator; ``rupiah`` whole rupiah; ``decimal`` a value that may have decimals
(a target)."""


@dataclass(frozen=True, slots=True)
class Column:
    type: str
    """A Table Schema type: string, integer, number, boolean, year."""
    description: str
    enum: tuple[str, ...] = ()
    """The values the column may hold besides empty (a Table Schema ``enum`` constraint)."""
    kind: Kind | None = None
    """Where the type does not say how the column is written: ``rupiah`` for an integer of
    money, ``decimal`` for a string that holds a number where the cell is one (the wide
    shape's targets, text otherwise). None: the type's (``column_kinds``)."""


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    """The resource name: the file without ``.csv``."""
    description: str
    columns: dict[str, Column]
    """Its own columns, and those whose meaning differs from COMMON's."""
    primary_key: tuple[str, ...] = ()
    numbered: dict[str, Column] = field(default_factory=dict)
    """Columns by the prefix of their name that a number ends (``target_`` for
    ``target_1`` ... ``target_N``): as many as the batch needs."""

    def column(self, name: str) -> Column | None:
        """What ``name`` holds in this table: its own line, a numbered one, or COMMON's."""
        if name in self.columns:
            return self.columns[name]
        prefix = _NUMBERED.fullmatch(name)
        if prefix and prefix[1] in self.numbered:
            return self.numbered[prefix[1]]
        return COMMON.get(name)


_NUMBERED = re.compile(r"(.+_)[1-9][0-9]*")


KINDS = get_args(ValueKind)

COMMON: dict[str, Column] = {
    "source_path": Column(
        "string", "The input file as given on the command line; the document's key."
    ),
    "doc_type": Column(
        "string",
        "The document's kind (Renstra, IKU, Perjanjian Kinerja, Renja, LKjIP).",
        get_args(DocType),
    ),
    "organization": Column("string", "The OPD the document is of, as written."),
    "region": Column("string", "The kabupaten, kota or provinsi the OPD belongs to."),
    "period_start": Column("year", "First year of the document's plausible declared period."),
    "period_end": Column("year", "Last year of that period."),
    "indicator_id": Column(
        "string",
        "The indicator's id within its document (`t<table>r<row>`, `l<line>`; a program's "
        "indicators `t<table>r<row>i<n>`).",
    ),
    "year_index": Column("integer", "1-based position of the row's year among the year columns."),
    "year": Column("year", "Calendar year of the row, only where it is unambiguous."),
    "page": Column("integer", "Where the row's cell or line is: page of a PDF (1-based)."),
    "line": Column("integer", "Line of a text file, paragraph of a Word file (1-based)."),
    "table": Column("integer", "Table, counted in document order (1-based)."),
    "row": Column("integer", "Row of that table's grid, header rows included (1-based)."),
    "column": Column("integer", "Column of that table's grid (1-based)."),
    "sheet": Column("string", "Worksheet of a workbook."),
    "cell": Column("string", "Cell of a workbook (D4)."),
}
"""Columns that mean the same in every table where they stand."""

DOCUMENTS = Table(
    "documents",
    "One row per document read (a failed input or a copy of an earlier one has none).",
    {
        "year": Column("year", "The one year a PK, Renja or LKjIP is for, from its title."),
        "format": Column(
            "string", "The format the content was read as (txt, md, docx, pdf, xlsx)."
        ),
        "sha256": Column("string", "SHA-256 of the input's bytes, in hex."),
        "size_bytes": Column("integer", "Size of the input in bytes."),
        "pages": Column("integer", "Pages of a PDF."),
        "encoding": Column(
            "string", "The encoding a text or Markdown file was decoded with (utf-8, cp1252)."
        ),
    },
    primary_key=("source_path",),
)

INDICATORS = Table(
    "indicators",
    "One row per target of each indicator (an indicator without targets has one row with "
    "the target columns empty): the document's indicators, then those of its programs.",
    {
        "number": Column("string", "The row's number as written (No.)."),
        "code": Column("string", "The indicator's kode (Kodefikasi) as written."),
        "goal": Column("string", "The tujuan the indicator serves."),
        "objective": Column("string", "The sasaran the indicator serves."),
        "name": Column("string", "The indicator's name."),
        "level": Column(
            "string",
            "goal or objective, where a table has both indicator columns.",
            get_args(IndicatorLevel),
        ),
        "sub_items": Column("string", "Sub-indicators listed under it, 'a. name; b. name'."),
        "unit": Column("string", "Satuan, as written or inferred (see inferred)."),
        "rationale": Column("string", "Alasan / penjelasan."),
        "definition": Column("string", "Definisi of the indicator."),
        "formula_raw": Column("string", "The rumus as written."),
        "formula_kind": Column("string", "What the rumus is.", get_args(FormulaKind)),
        "formula_numerator": Column("string", "The rumus's numerator (pembilang)."),
        "formula_denominator": Column("string", "The rumus's denominator (penyebut)."),
        "formula_multiplier": Column("number", "The rumus's multiplier (x 100)."),
        "data_source": Column("string", "Sumber data."),
        "responsible": Column("string", "Penanggung jawab."),
        "frequency": Column("string", "How often the indicator is measured."),
        "polarity": Column(
            "string",
            "Whether a higher value is better, as written or inferred.",
            get_args(Polarity),
        ),
        "baseline_text": Column("string", "The baseline (kondisi awal) cell as written."),
        "baseline_value": Column("number", "The baseline, where the cell is one number."),
        "final_target_text": Column("string", "The final target (kondisi akhir) as written."),
        "final_target_value": Column("number", "The final target, where it is one number."),
        "inferred": Column(
            "string", "Fields renstra inferred from the name, space-separated (unit polarity)."
        ),
        "target_text": Column("string", "The target cell as written ('n/a' stays 'n/a')."),
        "target_value": Column("number", "The target, only where the cell is one number."),
        "target_unit": Column("string", "A unit written in the target cell itself."),
        "target_kind": Column("string", "What the target cell holds.", KINDS),
        "program_id": Column(
            "string",
            "The program the indicator belongs to (programs.csv); empty for the "
            "document's own indicators.",
        ),
        "budget": Column(
            "integer",
            "The program's budget of the row's year, whole rupiah (repeated on each "
            "of its indicators' rows: add budgets up from programs.csv).",
            kind="rupiah",
        ),
        "realization_text": Column("string", "The realisasi of the row's year as written."),
        "realization_value": Column("number", "That realisasi, where it is one number."),
        "achievement_text": Column("string", "The capaian of the row's year as written."),
        "achievement_value": Column("number", "That capaian (a percentage) as a number."),
        "target_low": Column("number", "Lower bound of a target range (69,1-69,5: 69.1)."),
        "target_high": Column("number", "Upper bound of a target range (69.5)."),
        "baseline_kind": Column("string", "What the baseline cell holds.", KINDS),
        "baseline_low": Column("number", "Lower bound of a baseline range."),
        "baseline_high": Column("number", "Upper bound of a baseline range."),
        "final_target_kind": Column("string", "What the final target cell holds.", KINDS),
        "final_target_low": Column("number", "Lower bound of a final target range."),
        "final_target_high": Column("number", "Upper bound of a final target range."),
        "formula_target": Column("number", "A rumus's trailing '= 100'."),
        "formula_definitions": Column(
            "string", "The abbreviations a rumus defines, 'A = ...; B = ...'."
        ),
    },
    primary_key=("source_path", "indicator_id", "year_index", "year"),
)

PROGRAMS = Table(
    "programs",
    "One row per budget of each program, kegiatan and sub kegiatan, then one for its final "
    "budget; a program without any budget has one row with the budget columns empty.",
    {
        "program_id": Column("string", "The row's id within its document (`t<table>r<row>`)."),
        "code": Column("string", "The kode as written, split columns joined with '.'."),
        "level": Column("string", "The row's place in the hierarchy.", get_args(ProgramLevel)),
        "name": Column("string", "The program, kegiatan or sub kegiatan."),
        "parent": Column("string", "The program_id of the row it falls under."),
        "final": Column(
            "boolean", "true for the final budget (Kondisi Kinerja pada akhir periode)."
        ),
        "budget": Column("integer", "Whole rupiah, after the column's scale.", kind="rupiah"),
        "budget_text": Column("string", "The budget cell as written (Rp 1.250.000.000, -)."),
        "budget_scale": Column(
            "integer", "What the column's numbers are in: 1000 for (Rp.000), else 1."
        ),
        "responsible": Column("string", "Unit kerja penanggung jawab."),
        "location": Column("string", "Lokasi."),
        "funding_source": Column("string", "Sumber dana."),
        "realization": Column(
            "integer", "What was spent of that year's pagu, whole rupiah.", kind="rupiah"
        ),
        "realization_text": Column("string", "That realisasi as written."),
        "achievement_text": Column("string", "The rasio capaian as written."),
        "achievement_value": Column("number", "That rasio (a percentage) as a number."),
    },
    primary_key=("source_path", "program_id", "final", "year_index", "year"),
)

FINDINGS = Table(
    "findings",
    "One row per finding (no column or set of columns is unique: a rule may say the same "
    "of two places).",
    {
        "rule": Column("string", "The rule's stable id (docs/rules.md)."),
        "severity": Column("string", "How serious the finding is.", get_args(Severity)),
        "message": Column("string", "What is wrong, in the run's language."),
        "suggestion": Column("string", "What to write instead, where the rule knows."),
        "indicator_id": Column("string", "The indicator the finding is about, where one is."),
        "fingerprint": Column("string", "Stable across edits elsewhere (what --baseline matches)."),
        "evidence": Column("string", "The offending text as written."),
        "tags": Column("string", "The rule's tags, space-separated (#period #target)."),
        "description": Column("string", "What the rule checks, in the run's language."),
    },
)

_TARGET_CELL = (
    "The number where the cell is one (9.55, a decimal comma in the id dialect), else the "
    "text as written (69,1-69,5, WTP, Naik 5%); empty for n/a, - or an empty cell."
)

WIDE = Table(
    "indicators_wide",
    "One row per indicator (the document's, then its programs'), in the shape e-SAKIP "
    "applications and SIPD scrapers import; N of target_1 ... target_N and pagu_1 ... "
    "pagu_N is the batch's most year columns.",
    {
        "program_id": Column(
            "string", "The program the indicator belongs to; empty for the document's own."
        ),
        "kode_program": Column("string", "That program's kode as written."),
        "tujuan": Column("string", "The tujuan the indicator serves."),
        "kode_sasaran": Column(
            "string", "Always empty: no document of the family writes a sasaran code."
        ),
        "sasaran": Column("string", "The sasaran the indicator serves."),
        "kode_indikator": Column("string", "The indicator's kode or kodefikasi as written."),
        "indikator": Column("string", "The indicator's name."),
        "satuan": Column("string", "Its unit."),
        "target_awal": Column(
            "string", "The baseline (kondisi awal). " + _TARGET_CELL, kind="decimal"
        ),
        "target_akhir": Column(
            "string", "The final target (kondisi akhir). " + _TARGET_CELL, kind="decimal"
        ),
        "formulasi": Column("string", "The rumus as written."),
        "sumber_data": Column("string", "Sumber data."),
        "penanggung_jawab": Column(
            "string", "Penanggung jawab: the indicator's, else its program's."
        ),
        "polarity": Column(
            "string", "Tren: positif where a higher value is better.", ("positif", "negatif")
        ),
        "tahun_awal": Column("year", "First year of the document's period."),
        "tahun_akhir": Column("year", "Last year of the document's period."),
    },
    primary_key=("source_path", "indicator_id"),
    numbered={
        "target_": Column(
            "string", "The target of the n-th year column. " + _TARGET_CELL, kind="decimal"
        ),
        "pagu_": Column(
            "integer",
            "The budget of the n-th year column, whole rupiah: only for an indicator of a "
            "program, kegiatan or sub kegiatan row, whose row carries it.",
            kind="rupiah",
        ),
    },
)
"""indicators_wide.csv: its width is the batch's, so datapackage.json describes it per
batch (``package_descriptor(wide_years=...)``)."""

TABLES = {
    "documents.csv": DOCUMENTS,
    "indicators.csv": INDICATORS,
    "programs.csv": PROGRAMS,
    "findings.csv": FINDINGS,
}
"""The batch CSVs, in the order the package lists them (documents first: the others
point at it)."""

"""RawDocument -> Document: run every parser over the shared intermediate form."""

from __future__ import annotations

from typing import Any

from renstra.schemas import Document, Settings, SourceNote

from .intermediate import RawDocument, TextLine
from .parsers.columns import continued_layout, detect_layout
from .parsers.coverage import CoverageCount
from .parsers.doctype import detect_doc_type, table_kind
from .parsers.duties import find_functions, find_main_duty
from .parsers.forms import form_indicators, line_runs, table_runs
from .parsers.indicators import indicator_fields
from .parsers.organization import find_organization
from .parsers.periods import (
    declared_period,
    find_period_mentions,
    table_period,
    yearly_period,
)
from .parsers.programs import program_fields
from .parsers.signature import column_lines, find_signatories
from .parsers.years import calendar_years
from .printable import path_text
from .version import RENSTRA_VERSION


def build_document(raw: RawDocument, settings: Settings) -> Document:
    """Everything but the findings (checks run over the finished Document).

    Indicators, table summaries and the source go in as field dicts: the Document validates
    them into models in its own pydantic call, at about half the cost of building each
    model first (pydantic's Python ``__init__`` per model, a few dozen a document).
    """
    mentions = find_period_mentions(raw.lines, settings)
    yearly = yearly_period(raw.lines)  # a PK, Renja or LKjIP is for its title's year
    period = yearly or declared_period(mentions)
    indicators: list[dict[str, Any]] = []
    programs: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    kinds: list[str] = []
    coverage = CoverageCount()
    mended: list[SourceNote] = []  # values OCR read that a table's structure put right
    previous = None
    signature_places = [raw.lines]  # and the columns of tables that are neither of the below
    form_columns: list[list[TextLine]] = []  # a form's cells may name the OPD
    carried: dict[str, str] = {}  # the sasaran a form card gives the cards after it
    for table in raw.tables:
        grid = [[cell.text for cell in row] for row in table.rows]
        covered = [[cell.covered for cell in row] for row in table.rows]
        layout = detect_layout(grid, covered)
        if layout is None and previous is not None:
            layout = continued_layout(previous, grid)
        previous = layout
        if layout is None:
            form = table_runs(table)
            if form is None:
                coverage.table_without_indicators(table)
                signature_places.extend(column_lines(table))
            else:
                form_columns.extend(column_lines(table))
                before = len(indicators)
                indicators.extend(form_indicators([form], kinds, coverage, carried))
                coverage.table_read(len(indicators) - before)
            continue
        years = calendar_years(layout.targets, period)
        if layout.is_program_table:
            kind = "program"
            if any(b.final for b in layout.budgets):  # a T-C.27 runs to the period's end
                kinds.append("renstra")
            before = len(programs)
            programs.extend(program_fields(table, layout, years, yearly, coverage, mended))
            coverage.table_read(len(programs) - before)
        else:
            kind = table_kind(layout)
            kinds.append(kind)
            before = len(indicators)
            indicators.extend(indicator_fields(table, layout, years, coverage))
            coverage.table_read(len(indicators) - before)
        summaries.append(
            {
                "index": table.index,
                "kind": kind,
                "columns": list(layout.roles),
                "header_rows": layout.header_rows,
                "target_columns": len(layout.targets),
                "target_years": years,
                "location": table.location.to_location(),
            }
        )
    indicators.extend(form_indicators(line_runs(raw.lines), kinds, coverage, carried))
    period = table_period(period, [year for s in summaries for year in s["target_years"]])
    signatory, acknowledged_by = find_signatories(signature_places)
    doc_type = detect_doc_type(raw.lines, kinds)
    if doc_type == "pk":  # the author is PIHAK PERTAMA, the superior PIHAK KEDUA
        for party, person in ((1, signatory), (2, acknowledged_by)):
            if person is not None:
                person.party = party  # type: ignore[assignment]
    organization = find_organization(raw.lines)
    if organization.name is None:  # the OPD above its indicators, or named in other tables
        other = [line for column in signature_places[1:] + form_columns for line in column]
        named = find_organization(coverage.group_rows + other)
        organization.name = named.name
        organization.region = organization.region or named.region
    return Document(
        generator={"version": RENSTRA_VERSION},
        source={
            "path": path_text(raw.path),
            "format": raw.format,
            "sha256": raw.sha256,
            "size_bytes": raw.size_bytes,
            "encoding": raw.encoding,
            "pages": raw.pages,
            "converted_from": raw.converted_from,
            "notes": [*raw.notes, *mended],
        },
        doc_type=doc_type,
        organization=organization,
        period=period,
        year=yearly.start if yearly is not None else None,
        period_mentions=mentions,
        main_duty=find_main_duty(raw.lines),
        functions=find_functions(raw.lines),
        indicators=indicators,
        programs=programs,
        signatory=signatory,
        acknowledged_by=acknowledged_by,
        tables=summaries,
        coverage=coverage.as_dict(),
    )

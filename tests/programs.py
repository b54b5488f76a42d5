"""Documents with program rows, budgets, realisasi and capaian, built directly for the rules
on them (the parsers that fill these fields are tested on their own).

A program table is laid out as a T-C.27: kode in column 3, the row's name in 4, its
indicator in 5, then a Target | Rp pair per year from column 7 (year 1: 7 and 8, year 2:
9 and 10, ...) and the period-end pair after the last year.
"""

from __future__ import annotations

from collections.abc import Sequence

from renstra.extract.parsers.rupiah import parse_rupiah
from renstra.schemas import (
    Budget,
    Document,
    Generator,
    Indicator,
    Organization,
    Period,
    Program,
    ProgramLevel,
    Source,
    SourceLocation,
    Target,
)

FIRST_YEAR = 2022
YEARS = 5
FINAL = 0
"""The year index that stands for 'Kondisi Kinerja pada akhir periode'."""


def where(table: int, row: int, column: int) -> SourceLocation:
    return SourceLocation(line=10 * table + row, table=table, row=row, column=column)


def target_column(year_index: int) -> int:
    return 7 + 2 * ((year_index or YEARS + 1) - 1)


def cell(text: str, year_index: int | None = None, year: int | None = None) -> Target:
    """A target (or realisasi, capaian) cell: a number where it is one."""
    stripped = text.strip().rstrip("%").strip()
    if not stripped:
        return Target(text=text, kind="empty", year_index=year_index, year=year)
    if stripped in ("-", "n/a"):
        return Target(text=text, kind="placeholder", year_index=year_index, year=year)
    try:
        value = float(stripped.replace(",", "."))
    except ValueError:
        return Target(text=text, kind="text", year_index=year_index, year=year)
    unit = "%" if text.strip().endswith("%") else None
    return Target(text=text, value=value, unit=unit, year_index=year_index, year=year)


def budget(text: str, year_index: int | None, *, table: int, row: int, scale: int = 1) -> Budget:
    parsed = parse_rupiah(text, scale)
    column = target_column(year_index or FINAL) + 1
    year = FIRST_YEAR + year_index - 1 if year_index else None
    return Budget(
        year_index=year_index,
        year=year,
        amount=parsed.amount if parsed else None,
        text=text,
        scale=scale,
        provenance=where(table, row, column),
    )


def program(
    row: int,
    name: str,
    level: ProgramLevel | None,
    budgets: Sequence[str] = (),
    *,
    final: str | None = None,
    code: str | None = None,
    parent: int | None = None,
    targets: Sequence[str] = (),
    table: int = 1,
    scale: int = 1,
) -> Program:
    """A row of table ``table``; ``budgets`` and ``targets`` are the cells of years 1, 2, ...
    as written ('' for an empty cell); ``parent``: the row number of the row it falls under."""
    indicators = []
    if targets:
        indicators.append(
            Indicator(
                id=f"t{table}r{row}",
                name=f"Indikator {name}",
                targets=[
                    cell(text, i, FIRST_YEAR + i - 1).model_copy(
                        update={"provenance": where(table, row, target_column(i))}
                    )
                    for i, text in enumerate(targets, 1)
                ],
                provenance=where(table, row, 5),
            )
        )
    return Program(
        id=f"t{table}r{row}",
        code=code,
        level=level,
        name=name,
        parent=f"t{table}r{parent}" if parent is not None else None,
        indicators=indicators,
        budgets=[
            budget(text, i, table=table, row=row, scale=scale) for i, text in enumerate(budgets, 1)
        ],
        final_budget=(
            budget(final, None, table=table, row=row, scale=scale) if final is not None else None
        ),
        provenance=where(table, row, 4),
    )


def indicator(
    id: str,
    name: str,
    targets: Sequence[Target],
    *,
    polarity: str = "higher-is-better",
    line: int = 20,
    table: int = 1,
) -> Indicator:
    """Its name in column 2 of row ``line`` - 10 of ``table``."""
    return Indicator.model_validate(
        {
            "id": id,
            "name": name,
            "polarity": polarity,
            "targets": targets,
            "provenance": SourceLocation(line=line, table=table, row=line - 10, column=2),
        }
    )


def document(
    kind: str = "renstra",
    *,
    path: str = "doc.txt",
    programs: Sequence[Program] = (),
    indicators: Sequence[Indicator] = (),
    period: tuple[int, int] | None = (FIRST_YEAR, FIRST_YEAR + YEARS - 1),
    year: int | None = None,
    organization: str | None = "Dinas Kesehatan",
    region: str | None = "Kota Sukamaju",
) -> Document:
    return Document.model_validate(
        {
            "generator": Generator(version="0.0.0"),
            "source": Source(path=path, format="txt", sha256="0" * 64, size_bytes=1),
            "doc_type": kind,
            "organization": Organization(name=organization, region=region),
            "period": Period(start=period[0], end=period[1], raw=f"{period[0]}-{period[1]}")
            if period
            else None,
            "year": year,
            "indicators": list(indicators),
            "programs": list(programs),
        }
    )


def reported(
    target: str, realization: str, achievement: str, year: int = 2024, row: int = 5
) -> Target:
    """An LKjIP row's target of ``year`` with its realisasi and written capaian (columns 4,
    5 and 6 of row ``row``)."""
    return cell(target, 1, year).model_copy(
        update={
            "provenance": SourceLocation(line=20 + row, table=1, row=row, column=4),
            "realization": cell(realization, 1, year).model_copy(
                update={"provenance": SourceLocation(line=20 + row, table=1, row=row, column=5)}
            ),
            "achievement": cell(achievement, 1, year).model_copy(
                update={"provenance": SourceLocation(line=20 + row, table=1, row=row, column=6)}
            ),
        }
    )

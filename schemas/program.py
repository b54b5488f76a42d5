"""A program, kegiatan or sub kegiatan row and its Rupiah budget (T-C.27 of a Renstra, the
Renja's yearly table, the program annex of a Perjanjian Kinerja)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .indicator import Indicator, Target
from .location import SourceLocation

ProgramLevel = Literal["urusan", "bidang", "program", "kegiatan", "sub_kegiatan", "total"]
"""``total``: a Jumlah / Total row that sums the rows above it."""
LEVEL_ORDER: tuple[ProgramLevel, ...] = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
"""The levels coarse to fine (a total row stands outside them): a row falls under the
nearest row above it of a coarser level."""


class Budget(BaseModel):
    """One Rupiah cell (pagu, anggaran, kebutuhan dana) as an exact integer, never a float."""

    model_config = ConfigDict(extra="forbid")

    year_index: int | None = Field(None, description="1-based position among the year columns")
    year: int | None = Field(None, description="calendar year, only where it is unambiguous")
    amount: int | None = Field(
        None,
        description="whole rupiah after the column's scale is applied; null when the cell "
        "is not one amount (empty, '-', words)",
    )
    text: str = Field(description="the cell text as written")
    scale: int = Field(
        1, description="what the column's header says its numbers are in: 1000 for '(Rp.000)'"
    )
    realization: Budget | None = Field(
        None, description="realisasi anggaran of the same year (a T-C.24, an E.80 evaluation)"
    )
    achievement: Target | None = Field(
        None, description="the rasio capaian of that realisasi as written (a percentage)"
    )
    provenance: SourceLocation | None = None


class Program(BaseModel):
    """One row of a program table: a program, kegiatan or sub kegiatan with its indicators
    (outcome for a program, output for a kegiatan), their targets and the budget of each
    year."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="'t<table>r<row>' like an indicator's")
    code: str | None = Field(
        None, description="the kode as written, split columns joined with '.' ('1.02.02.2.01')"
    )
    level: ProgramLevel | None = Field(
        None, description="from the row's own label, else the code's depth, else null"
    )
    name: str
    parent: str | None = Field(None, description="the id of the row this one falls under")
    indicators: list[Indicator] = Field(
        default_factory=list, description="its indicators, with baseline and yearly targets"
    )
    budgets: list[Budget] = Field(default_factory=list, description="the Rp of each year")
    final_budget: Budget | None = Field(
        None, description="the Rp of 'Kondisi Kinerja pada akhir periode'"
    )
    responsible: str | None = Field(None, description="unit kerja penanggung jawab")
    location: str | None = Field(None, description="lokasi")
    funding_source: str | None = Field(None, description="sumber dana")
    provenance: SourceLocation

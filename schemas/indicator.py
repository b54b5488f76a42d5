"""An indicator (indikator kinerja) and the values that hang off it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .location import SourceLocation

Polarity = Literal["higher-is-better", "lower-is-better"]
FormulaKind = Literal["ratio", "count", "other"]
ValueKind = Literal["number", "range", "change", "predicate", "text", "placeholder", "empty"]
IndicatorLevel = Literal["goal", "objective"]
InferredField = Literal["unit", "polarity"]


class SubItem(BaseModel):
    """One of the ``a. ... b. ...`` items listed inside an indicator cell."""

    model_config = ConfigDict(extra="forbid")

    label: str
    name: str


class Target(BaseModel):
    """One target (or baseline) cell: the raw text, and a number only when it is one.

    ``value`` is never guessed: ranges, predicates (``BB``, ``WTP``), words and
    placeholders keep ``value: null`` and say what they are in ``kind``. A ``change``
    (``Naik 5%``, ``Turun 2%``) holds the signed step in ``value``, not a level.
    """

    model_config = ConfigDict(extra="forbid")

    year_index: int | None = Field(None, description="1-based position among the target columns")
    year: int | None = Field(None, description="calendar year, only where it is unambiguous")
    value: float | None = None
    text: str = Field(description="the cell text as written")
    unit: str | None = None
    kind: ValueKind = "number"
    low: float | None = Field(None, description="lower bound of a range such as 69,1-69,5")
    high: float | None = Field(None, description="upper bound of a range")
    realization: Target | None = Field(
        None, description="realisasi of the same year, where the document reports it (LKjIP)"
    )
    achievement: Target | None = Field(
        None,
        description="capaian as written (a percentage), where the document gives it; "
        "renstra's own recomputation is the achievement-mismatch rule's",
    )
    provenance: SourceLocation | None = None


class Formula(BaseModel):
    """A rumus perhitungan, parsed into its parts where it has them."""

    # Frozen: the indicators named in one cell (`- A - B`) share their row's one Formula.
    model_config = ConfigDict(extra="forbid", frozen=True)

    raw: str
    kind: FormulaKind
    numerator: str | None = None
    denominator: str | None = None
    multiplier: float | None = None
    target: float | None = Field(None, description="a trailing '= 100' is a target, kept apart")
    definitions: dict[str, str] = Field(
        default_factory=dict, description="abbreviations defined inline, e.g. {'A': '...'}"
    )


class Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    number: str | None = Field(None, description="the No. cell as written")
    name: str
    level: IndicatorLevel | None = Field(
        None,
        description="what the indicator measures where the table says: 'goal' (an Indikator "
        "Tujuan column), 'objective' (Indikator Sasaran); null for one indicator column",
    )
    sub_items: list[SubItem] = Field(default_factory=list)
    unit: str | None = None
    goal: str | None = Field(None, description="tujuan")
    objective: str | None = Field(None, description="sasaran")
    rationale: str | None = Field(None, description="alasan")
    data_source: str | None = Field(None, description="sumber data")
    responsible: str | None = Field(None, description="penanggung jawab, produsen data")
    definition: str | None = Field(None, description="definisi / deskripsi")
    code: str | None = Field(None, description="kode / kodefikasi as written")
    frequency: str | None = Field(
        None, description="frekuensi / jadwal pengumpulan data / periode pelaporan"
    )
    polarity: Polarity = "higher-is-better"
    formula: Formula | None = None
    baseline: Target | None = None
    targets: list[Target] = Field(default_factory=list)
    final_target: Target | None = Field(None, description="kondisi kinerja pada akhir periode")
    inferred: list[InferredField] = Field(
        default_factory=list,
        description="fields whose value the document does not write but renstra inferred: "
        "'unit' from the name (Persentase -> %), 'polarity' from the name's wording",
    )
    provenance: SourceLocation

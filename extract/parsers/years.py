"""Calendar year of each target column, only where nothing has to be guessed."""

from __future__ import annotations

from renstra.schemas import Period

from .columns import TargetColumn


def calendar_years(targets: tuple[TargetColumn, ...], period: Period | None) -> list[int | None]:
    """Header years win; 'tahun ke-N' maps onto the period only when the counts agree.

    Five columns under 2021-2026 (six years) could be 2021-2025 or 2022-2026 (the first
    year being the baseline): those stay None and a checker says so.
    """
    if any(t.year is not None for t in targets):
        return [t.year for t in targets]
    if period is None:
        return [None] * len(targets)
    if period.start == period.end and any(t.relative is not None for t in targets):
        # a yearly document's 'Target Tahun Sebelumnya | Target': the year before and its own
        unmarked = [t for t in targets if t.relative is None]
        if len(unmarked) <= 1:
            return [period.start + (t.relative or 0) for t in targets]
    length = period.end - period.start + 1
    if length != len(targets):
        return [None] * len(targets)
    return [period.start + i for i in range(len(targets))]

"""A Renstra's indicators as the Permendagri 86/2017 table T-C.25, Tujuan dan Sasaran
Jangka Menengah Pelayanan Perangkat Daerah:

No | Tujuan | Sasaran | Indikator Tujuan/Sasaran | Satuan | Target Kinerja Tujuan/Sasaran
pada Tahun <year or ke-N> ...

as the OPD writes it: a tujuan's No and text merged over all its rows, a sasaran's over its
indicators. A Satuan column is added to the regulation's layout because the targets are
numbers here (``85``, not ``85 %``): the unit has to stand somewhere. A document that also
gives a starting or final condition (a T-C.28's Kondisi Awal / Akhir) keeps those columns
on either side of the targets, so nothing it holds is lost on the way back to the OPD.
"""

from __future__ import annotations

from typing import Any

from renstra.schemas import Document, Indicator, Lang

from .workbook_sheet import Column, indicator_text, target_block, write_table
from .xlsx_numbers import plain_number

TITLE = "Tabel T-C.25 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah"


def tc25_sheet(sheet: Any, document: Document, lang: Lang) -> None:
    write_table(sheet, document, tc25_columns(document.indicators), TITLE, lang=lang)


def goal_blocks(indicators: list[Indicator]) -> list[int]:
    """The tujuan block of each position: runs of the same tujuan, numbered from 0."""
    blocks: list[int] = []
    for i, indicator in enumerate(indicators):
        same = i > 0 and indicator.goal == indicators[i - 1].goal
        blocks.append(blocks[-1] if same else (blocks[-1] + 1 if blocks else 0))
    return blocks


def tc25_columns(indicators: list[Indicator]) -> list[Column]:
    blocks = goal_blocks(indicators)

    def goal_key(i: int) -> object:
        return blocks[i] if indicators[i].goal else None

    def objective_key(i: int) -> object:
        return (blocks[i], indicators[i].objective) if indicators[i].objective else None

    numbers: dict[int, set[str | None]] = {}
    for indicator, block in zip(indicators, blocks, strict=True):
        numbers.setdefault(block, set()).add(indicator.number)
    uniform = {b for b, written in numbers.items() if len(written) == 1}
    """Blocks whose rows share one No (or none): the No is the tujuan's, merged with it."""

    def number(i: int) -> object:
        written = indicators[i].number
        return plain_number(written) if written else blocks[i] + 1

    columns = [
        Column("No", 5, number, "number",
               merge=lambda i: goal_key(i) if blocks[i] in uniform else None),
        Column("Tujuan", 28, lambda i: indicators[i].goal, "goal", merge=goal_key),
        Column("Sasaran", 28, lambda i: indicators[i].objective, "objective",
               merge=objective_key),
        Column("Indikator Tujuan/Sasaran", 40, lambda i: indicator_text(indicators[i]),
               "indicator"),
        Column("Satuan", 10, lambda i: indicators[i].unit, "unit"),
    ]  # fmt: skip
    return columns + target_block(
        indicators,
        "Target Kinerja Tujuan/Sasaran pada Tahun",
        "Kondisi Kinerja pada Awal Periode",
        "Kondisi Kinerja pada Akhir Periode",
    )

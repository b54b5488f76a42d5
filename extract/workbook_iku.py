"""An IKU document's indicators as the IKU matrix (PermenPAN-RB 53/2014):

No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Alasan | Formulasi/Rumus |
Sumber Data | Penanggung Jawab

the eight columns every OPD's matrix has in some order, blank where the document gives
nothing (the OPD fills them in). A Sasaran Strategis is merged over its indicators. What a
document adds is kept in columns of its own: a Kode (Kodefikasi) before the indicator, a
Definisi after the Alasan, and, where an IKU lists them, the baseline and the yearly targets
after the matrix.
"""

from __future__ import annotations

from typing import Any

from renstra.schemas import Document, Indicator, Lang

from .workbook_sheet import Column, formula_text, indicator_text, target_block, write_table
from .xlsx_numbers import plain_number

TITLE = "Matriks Indikator Kinerja Utama (IKU) Perangkat Daerah"


def iku_sheet(sheet: Any, document: Document, lang: Lang) -> None:
    write_table(sheet, document, iku_columns(document.indicators), TITLE, lang=lang)


def iku_columns(indicators: list[Indicator]) -> list[Column]:
    def objective_key(i: int) -> object:
        return indicators[i].objective or None

    columns = [
        Column("No", 5, lambda i: plain_number(indicators[i].number) or i + 1, "number"),
        Column("Sasaran Strategis", 28, lambda i: indicators[i].objective, "objective",
               merge=objective_key),
    ]  # fmt: skip
    if any(ind.code for ind in indicators):
        columns.append(Column("Kode", 12, lambda i: indicators[i].code, "code"))
    columns += [
        Column("Indikator Kinerja Utama", 40, lambda i: indicator_text(indicators[i]),
               "indicator"),
        Column("Satuan", 10, lambda i: indicators[i].unit, "unit"),
        Column("Alasan", 28, lambda i: indicators[i].rationale, "rationale"),
    ]  # fmt: skip
    if any(ind.definition for ind in indicators):
        columns.append(Column("Definisi", 30, lambda i: indicators[i].definition, "definition"))
    columns += [
        Column("Formulasi/Rumus", 36, lambda i: formula_text(indicators[i].formula), "formula"),
        Column("Sumber Data", 20, lambda i: indicators[i].data_source, "data_source"),
        Column("Penanggung Jawab", 20, lambda i: indicators[i].responsible, "responsible"),
    ]
    return columns + target_block(
        indicators, "Target Kinerja pada Tahun", "Kondisi Awal", "Kondisi Akhir"
    )

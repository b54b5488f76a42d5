"""Renstra or IKU: from the tables' layouts first, then from the titles."""

from __future__ import annotations

import regex
from renstra.schemas import DocType

from ..intermediate import TextLine
from .columns import Layout

_IKU_TITLE = regex.compile(r"indikator\s+kinerja\s+utama|\biku\b", regex.I)
_RENSTRA_TITLE = regex.compile(
    r"rencana\s+strategis|\brenstra\b|tujuan\s+dan\s+sasaran\s+jangka\s+menengah", regex.I
)
TITLE_LINES = 12


def table_kind(layout: Layout) -> str:
    # Renstra tables (T-C.25 to T-C.28) have no rumus, alasan or sumber data column; IKU
    # matrices have one of them, with or without yearly targets (the Kodefikasi layout).
    if any(layout.column(role) is not None for role in ("formula", "rationale", "data_source")):
        return "iku"
    if layout.targets:
        return "renstra"
    return "other"


def detect_doc_type(lines: list[TextLine], table_kinds: list[str]) -> DocType:
    kinds = set(table_kinds) - {"other"}
    if len(kinds) == 1:
        return kinds.pop()  # type: ignore[return-value]
    title = " ".join(line.text for line in lines if line.text)[:2000]
    head = " ".join([line.text for line in lines if line.text][:TITLE_LINES])
    if _IKU_TITLE.search(head):
        return "iku"
    if _RENSTRA_TITLE.search(title):
        return "renstra"
    if _IKU_TITLE.search(title):
        return "iku"
    return "unknown"

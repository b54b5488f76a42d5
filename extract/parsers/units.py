"""Satuan spellings that mean the same unit (``bh`` is ``buah``, ``org`` is ``orang``)."""

from __future__ import annotations

UNIT_ALIASES: dict[str, str] = {
    "bh": "buah",
    "bh.": "buah",
    "org": "orang",
    "org.": "orang",
    "jiwa": "orang",
    "dok": "dokumen",
    "dok.": "dokumen",
    "keg": "kegiatan",
    "keg.": "kegiatan",
    "pkt": "paket",
    "pkt.": "paket",
    "thn": "tahun",
    "th": "tahun",
    "hr": "hari",
    "bln": "bulan",
    "persen": "%",
    "prosen": "%",
}


def canonical_unit(unit: str) -> str:
    key = " ".join(unit.casefold().split())
    return UNIT_ALIASES.get(key, key)


def same_unit(a: str, b: str) -> bool:
    return canonical_unit(a) == canonical_unit(b)

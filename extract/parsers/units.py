"""Satuan spellings that mean the same unit (``bh`` is ``buah``, ``org`` is ``orang``)."""

from __future__ import annotations

import re

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


_WORD_END = r"(?:\b|(?=[A-Z]))"
"""A word ends at a boundary or where a glued capital starts the next ('IndeksBudayaKerja')."""
_PERCENT = re.compile(
    rf"^\s*(?:%|(?i:persentase|presentase|prosentase|pesersentase){_WORD_END})|\(\s*%\s*\)"
)
_NAMED = ((re.compile(rf"^\s*(?i:indeks?){_WORD_END}"), "indeks"),
          (re.compile(rf"^\s*(?i:rasio){_WORD_END}"), "rasio"))  # fmt: skip


NAMED_UNITS = frozenset(
    {"juta", "miliar", "milyar", "ribu", "rp", "rupiah", "orang", "jiwa", "unit", "buah",
     "dokumen", "kegiatan", "hari", "tahun", "bulan", "jam", "menit", "km", "ha", "ton",
     "kasus", "desa", "poin", "kali", "paket", "lokasi", "tempat", "kk", "ekor", "liter"}
    | set(UNIT_ALIASES)
)  # fmt: skip
"""Words that, in parentheses after a name ('PDRB berlaku (juta)'), are its unit; '(IKM)' or
'(Zona Hijau)' are not."""
_IN_PARENTHESES = re.compile(r"\(\s*([^()]{1,20}?)\s*\)\s*$")


def unit_from_name(name: str) -> str | None:
    """The unit an indicator's name implies where no satuan is written: 'Persentase ...' or
    '(%)' is %, a unit word in parentheses at its end ('(juta)') that unit, 'Indeks ...'
    indeks, 'Rasio ...' rasio; 'Angka ...' says nothing."""
    if _PERCENT.search(name):
        return "%"
    written = _IN_PARENTHESES.search(name)
    if written and written.group(1).casefold().rstrip(".") in NAMED_UNITS:
        return written.group(1)
    for pattern, unit in _NAMED:
        if pattern.match(name):
            return unit
    return None

"""Small inline documents for tests, written the way real ones are (tab-separated tables)."""

from __future__ import annotations

from pathlib import Path

from renstra.extract.pipeline import extract_document
from renstra.schemas import Document

RENSTRA_HEAD = (
    "Tabel 4.1\nTujuan dan Sasaran Jangka Menengah Dinas Kesehatan Kota Sukamaju {period}\n\n"
    "NO.\tTUJUAN\tSASARAN\tINDIKATOR\tTARGET KINERJA SASARAN PADA TAHUN KE-\t\t\t\t\n"
    "\t\t\t\t1\t2\t3\t4\t5\n"
)
IKU_HEAD = (
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) OPD\nKOTA SUKAMAJU TAHUN 2021 - 2025\n\n"
    "NAMA OPD : DINAS KESEHATAN\n\n"
    "NO.\tURAIAN INDIKATOR\tSATUAN\tALASAN / SASARAN\tSUMBER DATA\tRUMUS PERHITUNGAN INDIKATOR\n"
)


def renstra(rows: list[str], period: str = "Tahun 2022-2026", tail: str = "") -> str:
    return RENSTRA_HEAD.format(period=period) + "\n".join(rows) + "\n" + tail


def iku(rows: list[str], tail: str = "") -> str:
    return IKU_HEAD + "\n".join(rows) + "\n" + tail


def signature(nip: str, date: str = "Sukamaju, Januari 2022") -> str:
    return f"\n{date}\n\nKEPALA DINAS KESEHATAN,\n\ndr. SITI AMINAH, M.Kes\nNIP. {nip}\n"


def extract_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_document(str(path))


def rules_of(document: Document) -> list[str]:
    return [f.rule for f in document.findings]

"""Small inline documents for tests, written the way real ones are (tab-separated tables)."""

from __future__ import annotations

from pathlib import Path

from renstra.extract.pipeline import extract_document
from renstra.schemas import (
    Budget,
    Document,
    Generator,
    Indicator,
    Organization,
    Period,
    Program,
    Source,
    SourceLocation,
    Target,
)

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


def at(row: int, column: int, table: int = 2) -> SourceLocation:
    return SourceLocation(table=table, row=row, column=column)


def program_document(path: str = "in/renstra_dinkes.docx") -> Document:
    """A Renstra as the T-C.27 parser gives it, written by hand: a program with an outcome
    indicator and a kegiatan under it (Rupiah as written, one column in thousands), a second
    program with one budget, and an LKjIP-style indicator with realisasi and capaian.

    Top-level totals: 2022 Rp 1.750.000.000 (1.250.000.000 + 500.000.000), 2023
    Rp 68.945.785.000; final Rp 70.195.785.000."""
    outcome = Indicator(
        id="t2r4i1",
        name="Persentase fasilitas kesehatan terakreditasi",
        unit="%",
        targets=[
            Target(year_index=1, year=2022, value=80.0, text="80", provenance=at(4, 5)),
            Target(year_index=2, year=2023, value=85.0, text="85", provenance=at(4, 7)),
        ],
        provenance=at(4, 3),
    )
    program = Program(
        id="t2r4",
        code="1.02.02",
        level="program",
        name="PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN",
        indicators=[outcome],
        budgets=[
            Budget(year_index=1, year=2022, amount=1_250_000_000, text="Rp 1.250.000.000",
                   provenance=at(4, 6)),
            Budget(year_index=2, year=2023, amount=68_945_785_000, text="68.945.785",
                   scale=1000, provenance=at(4, 8)),
        ],
        final_budget=Budget(amount=70_195_785_000, text="70.195.785", scale=1000,
                            provenance=at(4, 10)),
        responsible="Dinas Kesehatan",
        location="Kota Sukamaju",
        funding_source="DAU",
        provenance=at(4, 2),
    )  # fmt: skip
    activity = Program(
        id="t2r5",
        code="1.02.02.2.01",
        level="kegiatan",
        name="Penyediaan Fasilitas Pelayanan Kesehatan",
        parent="t2r4",
        budgets=[
            Budget(year_index=1, year=2022, amount=750_000_000, text="Rp. 750.000.000,-",
                   provenance=at(5, 6)),
            Budget(year_index=2, year=2023, amount=None, text="-", provenance=at(5, 8)),
        ],
        provenance=at(5, 2),
    )  # fmt: skip
    second = Program(
        id="t2r6",
        code="1.02.03",
        level="program",
        name="PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN",
        budgets=[Budget(year_index=1, year=2022, amount=500_000_000, text="500 juta")],
        provenance=at(6, 2),
    )
    reported = Indicator(
        id="t1r3",
        name="Angka kematian ibu",
        polarity="lower-is-better",
        targets=[
            Target(
                year_index=1,
                year=2022,
                value=90.0,
                text="90",
                realization=Target(year=2022, value=85.0, text="85"),
                achievement=Target(year=2022, value=105.9, text="105,9 %", unit="%"),
                provenance=at(3, 4, table=1),
            ),
            Target(year_index=2, year=2023, value=88.0, text="88", provenance=at(3, 5, table=1)),
        ],
        provenance=at(3, 2, table=1),
    )
    return Document(
        generator=Generator(version="0.1.0"),
        source=Source(path=path, format="docx", sha256="0" * 64, size_bytes=10),
        doc_type="renstra",
        organization=Organization(name="Dinas Kesehatan", region="Kota Sukamaju"),
        period=Period(start=2022, end=2026, raw="2022-2026"),
        indicators=[reported],
        programs=[program, activity, second],
    )

"""Rules that keep the extractor from going silent: what it could not read, it says.

- ``no-indicators`` (error; warning for a document of unknown kind): nothing was read, with
  what was seen (the tables and their headers) so a planner knows where to look.
- ``rows-unread`` (warning): rows of an indicator table that hold values but gave no
  indicator (an empty indicator cell under filled targets, a row cut from its table).
- ``period-missing`` and ``organization-missing`` (warning): the plan's period or the OPD
  could not be read from the document.

The rules carry their own messages (``MESSAGES``), added to the catalogue on import.
"""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings, Severity, UnreadPart

from ..messages import CATALOGUE, Lang, msg
from .registry import Hit, finding, rule

SHOWN = 3
"""Tables or rows named in one message; the rest are counted."""

MESSAGES: dict[str, dict[Lang, str]] = {
    "no-indicators.description": {
        "id": "Tidak ada satu pun indikator yang terbaca dari dokumen; pesan menyebut apa yang "
        "terlihat (tabel dan judul kolomnya).",
        "en": "No indicator at all was read from the document; the message says what was seen "
        "(the tables and their headers).",
    },
    "no-indicators.example": {
        "id": "IKU dalam PDF yang tabelnya tidak terbaca sebagai tabel",
        "en": "an IKU in a PDF whose table was not read as a table",
    },
    "no-indicators.why": {
        "id": "Dokumen yang tidak menghasilkan satu pun indikator akan lolos dari semua aturan "
        "lain tanpa temuan dan tampak seperti rencana tanpa masalah. Galat ini menegaskan bahwa "
        "dokumen belum terbaca dan menyebut tabel yang terlihat, agar penyebabnya (judul kolom "
        "yang tidak dikenali, tabel PDF yang tidak terbaca sebagai tabel) dapat ditelusuri "
        "sebelum datanya diimpor ke aplikasi e-SAKIP.",
        "en": "A document from which no indicator was read would pass every other rule without a "
        "finding and look like a plan with nothing wrong. This error says it was not read and "
        "names the tables seen, so the cause (an unrecognised column header, a PDF table not read "
        "as a table) can be traced before its data goes into e-SAKIP.",
    },
    "no-indicators.no-tables": {
        "id": "Tidak ada indikator yang terbaca: dokumen ({kind}) ini tidak memiliki tabel, "
        "formulir, atau daftar indikator yang dikenali.",
        "en": "No indicator was read: this ({kind}) document has no table, form or indicator "
        "list that was recognised.",
    },
    "no-indicators.tables": {
        "id": "Tidak ada indikator yang terbaca: {count} tabel terlihat, tidak satu pun memiliki "
        "kolom indikator yang dikenali ({shown}).",
        "en": "No indicator was read: {count} table(s) seen, none with a recognised indicator "
        "column ({shown}).",
    },
    "no-indicators.rows": {
        "id": "Tidak ada indikator yang terbaca: tabel indikator ditemukan tetapi {count} "
        "barisnya tidak menghasilkan indikator.",
        "en": "No indicator was read: an indicator table was found but its {count} row(s) gave "
        "no indicator.",
    },
    "no-indicators.suggestion": {
        "id": "Periksa tabel yang disebut: judul kolom indikator (mis. 'Indikator Kinerja') dan "
        "isinya; untuk hasil pindai, bandingkan dengan temuan ocr-low-confidence di halaman itu.",
        "en": "Look at the tables named: the indicator column's header (e.g. 'Indikator "
        "Kinerja') and its cells; for a scan, with the ocr-low-confidence findings of that page.",
    },
    "rows-unread.description": {
        "id": "Baris tabel indikator yang berisi nilai tetapi tidak menghasilkan indikator.",
        "en": "Rows of an indicator table that hold values but gave no indicator.",
    },
    "rows-unread.example": {
        "id": "baris dengan target 80, 85, 90 tetapi sel indikatornya kosong",
        "en": "a row with targets 80, 85, 90 but an empty indicator cell",
    },
    "rows-unread.why": {
        "id": "Baris yang berisi target tetapi tidak menghasilkan indikator hilang dari data hasil "
        "ekstraksi tanpa jejak: targetnya tidak melekat pada indikator mana pun, dan bila baris "
        "itu lanjutan dari baris di atasnya, indikator tersebut kehilangan sebagian nama atau "
        "nilainya. Dengan disebutkannya baris itu, pengelola data dapat memastikan tidak ada "
        "target kinerja yang tertinggal.",
        "en": "A row with targets that gave no indicator drops out of the extracted data without a "
        "trace: its targets belong to no indicator, and when it continues the row above, that "
        "indicator loses part of its name or values. Naming the rows lets a steward make sure no "
        "committed target was left behind.",
    },
    "rows-unread.message": {
        "id": "{count} baris tabel {table} tidak menghasilkan indikator ({shown}).",
        "en": "{count} row(s) of table {table} gave no indicator ({shown}).",
    },
    "rows-unread.suggestion": {
        "id": "Isi sel indikator pada baris itu, atau gabungkan baris lanjutan dengan baris "
        "indikatornya.",
        "en": "Fill the indicator cell of those rows, or join a continuation row to its "
        "indicator's row.",
    },
    "period-missing.description": {
        "id": "Periode rencana (mis. 2021-2026) tidak tertulis atau tidak terbaca di dokumen.",
        "en": "The plan's period (e.g. 2021-2026) is not written or could not be read.",
    },
    "period-missing.example": {
        "id": "IKU tanpa 'Tahun 2021-2026' pada judulnya",
        "en": "an IKU with no 'Tahun 2021-2026' in its title",
    },
    "period-missing.why": {
        "id": "Tanpa periode, kolom TAHUN KE-1, KE-2, dan seterusnya tidak dapat dikaitkan dengan "
        "tahun kalender, sehingga target tidak dapat disandingkan dengan realisasi tahun tertentu "
        "atau dengan tahun yang sama di dokumen lain. Tahun awal dan tahun akhir yang disimpan "
        "aplikasi e-SAKIP untuk setiap indikator pun tidak dapat diisi.",
        "en": "Without a period, columns labelled TAHUN KE-1, KE-2 and so on cannot be tied to "
        "calendar years, so a target cannot be set beside a given year's realisasi or beside the "
        "same year in another document. The first and last year that e-SAKIP applications keep "
        "for each indicator cannot be filled in either.",
    },
    "period-missing.message": {
        "id": "Periode rencana tidak ditemukan; tahun target tidak dapat dipastikan.",
        "en": "No plan period was found; target years cannot be made certain.",
    },
    "period-missing.suggestion": {
        "id": "Tuliskan periode pada judul, mis. 'Tahun 2021-2026'.",
        "en": "Write the period in the title, e.g. 'Tahun 2021-2026'.",
    },
    "organization-missing.description": {
        "id": "Nama perangkat daerah (OPD) tidak tertulis atau tidak terbaca di dokumen.",
        "en": "The name of the OPD is not written or could not be read.",
    },
    "organization-missing.example": {
        "id": "matriks IKU tanpa 'NAMA OPD :' atau judul yang menyebut dinasnya",
        "en": "an IKU matrix without 'NAMA OPD :' or a title naming the Dinas",
    },
    "organization-missing.why": {
        "id": "Tanpa nama perangkat daerah, dokumen tidak dapat dipasangkan dengan Renstra atau "
        "IKU OPD yang sama, sehingga pemeriksaan antardokumen (periode, indikator, target) tidak "
        "dijalankan untuknya. Indikatornya juga tidak dapat dicatat atas nama perangkat daerah "
        "mana pun di aplikasi e-SAKIP.",
        "en": "Without the OPD's name the document cannot be paired with the same OPD's Renstra or "
        "IKU, so the cross-document checks (periods, indicators, targets) are not run for it. Nor "
        "can its indicators be filed under any perangkat daerah in e-SAKIP.",
    },
    "organization-missing.message": {
        "id": "Nama perangkat daerah tidak ditemukan; dokumen tidak dapat dipasangkan dengan "
        "dokumen lain OPD yang sama.",
        "en": "No OPD name was found; the document cannot be paired with the same OPD's other "
        "documents.",
    },
    "organization-missing.suggestion": {
        "id": "Tuliskan nama OPD pada judul atau 'NAMA OPD : ...'.",
        "en": "Write the OPD's name in the title or as 'NAMA OPD : ...'.",
    },
}
CATALOGUE.update(MESSAGES)


def _kind_known(document: Document) -> bool:
    return document.doc_type != "unknown"


def _signature_page(document: Document) -> bool:
    """A yearly document's cover or endorsement page (a Renja signed by its Kepala): no
    table at all, a signatory, and the kind its title names. Such a page holds no
    indicators by design."""
    return (
        document.doc_type in ("renja", "pk", "lkjip")
        and document.coverage.tables_seen == 0
        and document.signatory is not None
    )


@rule("no-indicators", "error", tags=("#coverage",))
def no_indicators(document: Document, settings: Settings) -> Iterator[Hit]:
    if document.indicators or document.programs:
        return  # a program table (a PK's program annex) is what was read
    if _signature_page(document):
        return
    if any(n.code == "no-text-layer" for n in document.source.notes):
        return  # a scan already has its own error, which says why
    severity: Severity | None = None if _kind_known(document) else "warning"
    coverage = document.coverage
    if coverage.rows_seen:
        yield finding(
            "no-indicators", "rows", None, severity=severity, count=coverage.rows_seen,
            suggestion=msg("no-indicators.suggestion"),
        )  # fmt: skip
    elif coverage.unread_tables:
        shown = "; ".join(f"'{t.text}'" for t in coverage.unread_tables[:SHOWN])
        yield finding(
            "no-indicators", "tables", coverage.unread_tables[0].location, severity=severity,
            count=coverage.tables_seen, shown=shown, suggestion=msg("no-indicators.suggestion"),
            evidence=coverage.unread_tables[0].text,
        )  # fmt: skip
    else:
        yield finding(
            "no-indicators", "no-tables", None, severity=severity, kind=document.doc_type,
            suggestion=msg("no-indicators.suggestion"),
        )  # fmt: skip


@rule("rows-unread", "warning", tags=("#coverage",))
def rows_unread(document: Document, settings: Settings) -> Iterator[Hit]:
    if not document.indicators:
        return  # no-indicators says it for the whole document
    by_table: dict[int | None, list[UnreadPart]] = {}
    for part in document.coverage.unread_rows:
        by_table.setdefault(part.location.table, []).append(part)
    for table, parts in by_table.items():
        rows = ", ".join(
            f"{p.location.row or p.location.line or '?'}: '{p.text}'" for p in parts[:SHOWN]
        )
        more = len(parts) - SHOWN
        yield finding(
            "rows-unread", "message", parts[0].location, count=len(parts), table=table or "?",
            shown=rows + (f" +{more}" if more > 0 else ""),
            suggestion=msg("rows-unread.suggestion"), evidence=parts[0].text,
        )  # fmt: skip


@rule("period-missing", "warning", tags=("#coverage", "#period"))
def period_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    if document.period is None and not document.period_mentions and _kind_known(document):
        yield finding(
            "period-missing", "message", None, suggestion=msg("period-missing.suggestion")
        )


@rule("organization-missing", "warning", tags=("#coverage",))
def organization_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    if not document.organization.name and _kind_known(document):
        yield finding(
            "organization-missing", "message", None,
            suggestion=msg("organization-missing.suggestion"),
        )  # fmt: skip

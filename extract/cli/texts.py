"""What the commands themselves say to a person, in Indonesian and English.

``--lang`` (default ``id``) governs it, as it governs findings: summaries, the errors and
warnings a command raises itself, the progress bar's words. The ``renstra: error:`` and
``renstra: warning:`` prefixes, rule ids, option names and file names stay as they are, so
scripts can grep them. The texts join the message catalogue when first said: the commands
import this module at start-up, and the catalogue (pydantic behind it) must not slow
``renstra --help``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from renstra.schemas import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "cli.no-files": {
        "id": "tidak ada berkas yang didukung di {paths}",
        "en": "no supported files in {paths}",
    },
    "cli.links-not-followed": {
        "id": "{count} tautan simbolik di folder yang diberikan tidak diikuti; --follow-links "
        "membaca berkas yang ditunjuknya",
        "en": "{count} symbolic link(s) in the folders given were not followed; --follow-links "
        "reads what they point to",
    },
    "cli.extract.summary": {
        "id": "{files} berkas: {ok} diekstrak{reused}{copies}, {failed} gagal{left_out}; "
        "{found} temuan -> {output}/",
        "en": "{files} file(s): {ok} extracted{reused}{copies}, {failed} failed{left_out}; "
        "{found} finding(s) -> {output}/",
    },
    "cli.extract.reused": {
        "id": " ({count} dipakai dari proses sebelumnya)",
        "en": " ({count} kept from an earlier run)",
    },
    "cli.extract.copies": {
        "id": ", {count} identik dengan berkas lain",
        "en": ", {count} identical to another",
    },
    "cli.extract.skipped": {
        "id": ", {count} dilewati (jenis berkas tidak didukung)",
        "en": ", {count} skipped (unsupported type)",
    },
    "cli.extract.links": {
        "id": ", {count} tautan simbolik tidak diikuti (--follow-links)",
        "en": ", {count} symbolic link(s) not followed (--follow-links)",
    },
    "cli.extract.removed": {
        "id": "{count} keluaran dari masukan yang tidak lagi diberikan dihapus; lihat "
        "summary.json (removed)",
        "en": "removed {count} output(s) of inputs no longer given; see summary.json (removed)",
    },
    "cli.extract.without-indicators": {
        "id": "{count} dokumen tanpa indikator; lihat summary.json (without_indicators, coverage)",
        "en": "{count} document(s) with no indicators; see summary.json (without_indicators, "
        "coverage)",
    },
    "cli.extract.no-text": {
        "id": "{path}: PDF tidak memiliki lapisan teks (hasil pindai?): tidak ada yang "
        "diekstrak; ekstrak dengan --ocr auto [no-text-layer]",
        "en": "{path}: PDF has no text layer (a scan?): nothing was extracted; extract with "
        "--ocr auto [no-text-layer]",
    },
    "cli.extract.cannot-write": {
        "id": "tidak dapat menulis ke {output}: {reason}; berkas yang sudah ditulis disimpan",
        "en": "cannot write to {output}: {reason}; the files written are kept",
    },
    "cli.extract.interrupted": {
        "id": "dihentikan; berkas yang sudah ditulis disimpan: jalankan perintah yang sama "
        "untuk melanjutkan",
        "en": "interrupted; the files written are kept: run the same command to resume",
    },
    "cli.cannot-write": {
        "id": "tidak dapat menulis {target}: {reason}",
        "en": "cannot write {target}: {reason}",
    },
    "cli.wrote": {"id": "ditulis: {target}", "en": "wrote {target}"},
    "cli.report.unknown-extension": {
        "id": "{output}: laporan ditulis sebagai {wanted}; beri nama berkas dengan salah satunya "
        "(atau --format workbook untuk folder buku kerja standar)",
        "en": "{output}: a report is written as {wanted}; name the file with one of them "
        "(or --format workbook for a folder of standard workbooks)",
    },
    "cli.report.disagree": {
        "id": "{output}: namanya menyebut {named}, --format menyebut {fmt}",
        "en": "{output}: the name says {named}, --format says {fmt}",
    },
    "cli.report.split-format": {
        "id": "--split-by menulis halaman HTML; hapus --format {fmt}",
        "en": "--split-by writes HTML pages; leave out --format {fmt}",
    },
    "cli.report.split-file": {
        "id": "{output}: dengan --split-by, -o menamai folder (berisi index.html dan satu "
        "halaman per perangkat daerah), bukan berkas",
        "en": "{output}: with --split-by, -o names a folder (it gets index.html and one page "
        "per OPD), not a file",
    },
    "cli.report.baseline-format": {
        "id": "--baseline menandai temuan baru di laporan HTML; hapus --format {fmt}",
        "en": "--baseline marks new findings in the HTML report; leave out --format {fmt}",
    },
    "cli.report.wrote-split": {
        "id": "ditulis: {target} dan {count} halaman perangkat daerah",
        "en": "wrote {target} and {count} OPD pages",
    },
    "cli.report.no-workbook": {
        "id": "tidak ada dokumen Renstra atau IKU yang berindikator: tidak ada buku kerja "
        "standar untuk ditulis",
        "en": "no Renstra or IKU document with indicators: no standard workbook to write",
    },
    "cli.report.left-out-empty": {
        "id": "tidak disertakan {path}: tidak ada indikator",
        "en": "left out {path}: no indicators",
    },
    "cli.report.left-out-kind": {
        "id": "tidak disertakan {path}: tidak ada tabel standar untuk dokumen {kind}",
        "en": "left out {path}: no standard table for a {kind} document",
    },
    "cli.report.wrote-workbooks": {
        "id": "ditulis: {count} buku kerja ke {target}",
        "en": "wrote {count} workbook(s) to {target}",
    },
    "cli.check.statistics-format": {
        "id": "--statistics mencetak {names}, bukan {chosen}",
        "en": "--statistics prints {names}, not {chosen}",
    },
    "cli.fix.overwrite": {
        "id": "{target}: akan menimpa berkas sumber; pilih --output lain",
        "en": "{target}: would overwrite a source file; choose another --output",
    },
    "cli.tables.cannot-use": {
        "id": "tidak dapat memakai {database} sebagai basis data --sqlite: {reason}",
        "en": "cannot use {database} as the --sqlite database: {reason}",
    },
    "cli.tables.cannot-write": {
        "id": "tidak dapat menulis tabel ke {where}: {reason}; keluaran JSON dan CSV disimpan",
        "en": "cannot write the tables to {where}: {reason}; the JSON and CSV outputs are kept",
    },
    "cli.tables.no-pyarrow": {
        "id": "--parquet memerlukan pyarrow: pip install 'renstra[parquet]'",
        "en": "--parquet needs pyarrow: pip install 'renstra[parquet]'",
    },
    "cli.tables.interrupted": {
        "id": "dihentikan; basis data dan berkas Parquet tetap seperti sebelumnya",
        "en": "interrupted; the database and the Parquet files are as they were",
    },
}


def say(key: str, lang: Lang, **params: object) -> str:
    """The text of ``key`` in ``lang``."""
    from ..messages import CATALOGUE, msg, render

    if key not in CATALOGUE:
        CATALOGUE.update(MESSAGES)
    return render(msg(key, **params), lang)

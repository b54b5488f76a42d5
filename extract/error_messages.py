"""Why a file could not be read, in Indonesian and English: the texts of ``RenstraError``.

Keys are ``error.<what>``; a raise site names one with its parameters (``msg``) and the
error is rendered in the run's language where it is shown (``RenstraError.reason_in``).
Counts, sizes and limits are passed as numbers and grouped the language's way (``2.048``,
``2,048``); part names, encodings and what a library said (``detail``) are kept as they are.
The English texts are the reasons renstra gave before it spoke Indonesian.
"""

from __future__ import annotations

from renstra.schemas import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- the file itself (pipeline.read_source)
    "error.no-such-file": {"id": "berkas tidak ditemukan", "en": "no such file"},
    "error.permission-denied": {"id": "akses ditolak", "en": "permission denied"},
    "error.folder-unreadable": {
        "id": "folder tidak dapat dibaca (akses ditolak)",
        "en": "folder cannot be read (permission denied)",
    },
    "error.is-directory": {"id": "ini folder, bukan berkas", "en": "is a directory, not a file"},
    "error.not-regular": {
        "id": "bukan berkas biasa (pipe atau perangkat)",
        "en": "not a regular file (a pipe or a device)",
    },
    "error.cannot-read": {"id": "tidak dapat dibaca ({detail})", "en": "cannot read ({detail})"},
    "error.file-too-large": {
        "id": "ukuran berkas {size} byte, melebihi batas {limit} byte",
        "en": "file is {size} bytes, over the {limit}-byte limit",
    },
    "error.file-grew": {
        "id": "ukuran berkas melebihi batas {limit} byte",
        "en": "file is over the {limit}-byte limit",
    },
    "error.bytes-need-name": {
        "id": "bytes memerlukan name=, nama berkas yang akhirannya menentukan format "
        "(mis. 'x.docx')",
        "en": "bytes need name=, a file name whose suffix gives the format (e.g. 'x.docx')",
    },
    # -- what the file is (readers.detect, readers.decode)
    "error.empty-file": {"id": "berkas kosong", "en": "file is empty"},
    "error.unsupported-type": {
        "id": "jenis berkas {suffix} tidak didukung",
        "en": "unsupported file type {suffix}",
    },
    "error.no-suffix": {
        "id": "jenis berkas tidak didukung (namanya tanpa akhiran seperti .docx)",
        "en": "unsupported file type '(none)'",
    },
    "error.named-but": {
        "id": "bernama {suffix} tetapi isinya {actual}",
        "en": "named {suffix} but the content is {actual}",
    },
    "error.content-ole": {
        "id": "berkas OLE yang bukan dokumen Word .doc maupun buku kerja Excel .xls (mis. .ppt "
        "atau .msg)",
        "en": "an OLE compound file that is neither a Word .doc nor an Excel .xls (a .ppt or an "
        ".msg, say)",
    },
    "error.content-zip": {
        "id": "arsip zip yang bukan .docx, .xlsx, .odt maupun .ods",
        "en": "a zip archive that is neither .docx, .xlsx, .odt nor .ods",
    },
    "error.not-a": {
        "id": "bukan berkas {suffix} yang sah ({why})",
        "en": "not a {suffix} file ({why})",
    },
    "error.no-pdf-header": {"id": "tidak diawali kepala %PDF-", "en": "no %PDF- header"},
    "error.not-zip": {"id": "bukan arsip zip", "en": "not a zip container"},
    "error.office-password": {
        "id": "berkas Office terkunci kata sandi; hapus dulu kata sandinya",
        "en": "password-protected Office file; remove the password first",
    },
    "error.not-ole": {"id": "bukan berkas OLE Office", "en": "not an OLE compound file"},
    "error.no-rtf-header": {"id": "tidak diawali kepala RTF", "en": "no RTF header"},
    # -- old Office formats converted by LibreOffice (readers.convert)
    "error.no-soffice": {
        "id": "berkas {suffix} perlu LibreOffice (soffice) untuk dikonversi, dan soffice tidak "
        "ditemukan; pasang dengan: apt-get install libreoffice-writer libreoffice-calc",
        "en": "{suffix} files need LibreOffice (soffice) to convert them and soffice was not "
        "found; install it with: apt-get install libreoffice-writer libreoffice-calc",
    },
    "error.convert-failed": {
        "id": "LibreOffice gagal mengonversi berkas ini ke {target} ({detail})",
        "en": "LibreOffice could not convert it to {target} ({detail})",
    },
    "error.convert-timeout": {
        "id": "konversi LibreOffice ke {target} melebihi {seconds} detik",
        "en": "LibreOffice's conversion to {target} took over {seconds} s",
    },
    "error.binary": {
        "id": "isinya biner, bukan dokumen teks",
        "en": "binary content, not a text document",
    },
    "error.bom-mismatch": {
        "id": "penanda urutan byte (BOM) menyatakan {encoding}, tetapi isinya bukan {encoding} "
        "({detail})",
        "en": "declares {encoding} by its byte-order mark but is not ({detail})",
    },
    # -- zip containers (zipguard): .docx and .xlsx
    "error.zip-corrupt": {
        "id": "arsip zip rusak ({detail})",
        "en": "corrupt zip container ({detail})",
    },
    "error.zip-too-many-members": {
        "id": "arsip berisi {count} berkas di dalamnya, melebihi batas {limit}",
        "en": "container has {count} members, over the {limit} limit",
    },
    "error.zip-too-large": {
        "id": "isi arsip mencapai {size} byte setelah dibuka, melebihi batas {limit} byte",
        "en": "container unpacks to {size} bytes, over the {limit}-byte limit",
    },
    "error.zip-ratio": {
        "id": "{part} di dalam arsip mengembang {ratio} kali (batas {limit}): bom zip?",
        "en": "member {part} expands {ratio} times (limit {limit}): a zip bomb?",
    },
    "error.zip-duplicate": {
        "id": "dua berkas di dalam arsip zip bernama {part}",
        "en": "two zip members named {part}",
    },
    "error.zip-no-local-header": {
        "id": "arsip zip rusak (tidak ada header lokal untuk {part})",
        "en": "corrupt zip container (no local header for {part})",
    },
    "error.zip-overlap": {
        "id": "{first} dan {second} di dalam arsip zip saling tumpang tindih: bom zip?",
        "en": "overlapping zip members {first} and {second}: a zip bomb?",
    },
    "error.zip-overlaps-directory": {
        "id": "{part} di dalam arsip zip menimpa direktori pusatnya",
        "en": "zip member {part} overlaps the central directory",
    },
    "error.zip-member-corrupt": {
        "id": "{part} di dalam arsip zip rusak ({detail})",
        "en": "corrupt zip member {part} ({detail})",
    },
    "error.xml-doctype": {
        "id": "{part} memuat deklarasi tipe dokumen (entitas XML ditolak, tidak pernah diuraikan)",
        "en": "{part} has a document type declaration (XML entities are refused, never expanded)",
    },
    "error.xml-long-prologue": {
        "id": "{part} memiliki prolog lebih dari 64 KiB (entitas XML ditolak, tidak pernah "
        "diuraikan)",
        "en": "{part} has a prologue longer than 64 KiB (XML entities are refused, never expanded)",
    },
    # -- the readers
    "error.too-many-lines": {
        "id": "{lines} baris, melebihi batas {limit} baris",
        "en": "{lines} lines, over the {limit}-line limit",
    },
    "error.docx-unreadable": {
        "id": "berkas .docx tidak dapat dibaca ({detail})",
        "en": "not a readable .docx ({detail})",
    },
    "error.docx-no-body": {
        "id": "berkas .docx tidak dapat dibaca ({part} bukan isi dokumen Word)",
        "en": "not a readable .docx ({part} is not a Word body)",
    },
    "error.xlsx-unreadable": {
        "id": "berkas .xlsx tidak dapat dibaca ({detail})",
        "en": "not a readable .xlsx ({detail})",
    },
    "error.workbook-empty": {
        "id": "buku kerja tidak memiliki sel yang berisi data",
        "en": "workbook has no cells with data",
    },
    "error.merges-too-large": {
        "id": "sel gabungan di {part} mencakup {area} sel, melebihi {ratio} per sel tersimpan "
        "({stored}) dan melebihi {floor}",
        "en": "the merges of {part} cover {area} cells, over {ratio} per stored cell ({stored}) "
        "and over {floor}",
    },
    "error.grid-too-large": {
        "id": "{where} akan mengembang menjadi {rows} baris x {width} kolom ({cells} sel) dari "
        "{written} sel yang tertulis; satu tabel boleh memuat {ratio} sel per sel tertulis, "
        "atau {floor}",
        "en": "{where} would expand to {rows} rows x {width} columns ({cells} cells) from "
        "{written} written; a table may hold {ratio} cells per written cell, or {floor}",
    },
    "error.where-table": {"id": "tabel {index}", "en": "table {index}"},
    "error.where-sheet-table": {
        "id": "sebuah tabel di lembar '{sheet}'",
        "en": "a table of sheet '{sheet}'",
    },
    "error.where-page-table": {
        "id": "sebuah tabel di halaman {page}",
        "en": "a table on page {page}",
    },
    # -- PDF (readers.pdf, readers.pdfguard)
    "error.pdf-password": {
        "id": "PDF terkunci kata sandi",
        "en": "PDF is encrypted (password required)",
    },
    "error.pdf-encryption-method": {
        "id": "PDF dienkripsi dengan metode yang tidak dapat dibaca",
        "en": "PDF is encrypted with a method that cannot be read",
    },
    "error.pdf-unreadable": {
        "id": "PDF tidak dapat dibaca ({detail})",
        "en": "unreadable PDF ({detail})",
    },
    "error.pdf-rebuilt": {
        "id": "{first}; saat referensi silangnya disusun ulang dari objek-objeknya: {second}",
        "en": "{first}; rebuilding its cross-reference from the objects: {second}",
    },
    "error.pdf-xref-claims": {
        "id": "aliran referensi silangnya menyebut {claimed} objek tetapi hanya memuat entri "
        "untuk {held}",
        "en": "its cross-reference stream claims {claimed} objects but holds entries for {held}",
    },
    "error.pdf-too-many-objects": {
        "id": "PDF menyatakan {declared} objek, melebihi batas {limit}",
        "en": "PDF declares {declared} objects, over the {limit} limit",
    },
    "error.pdf-no-pages": {"id": "PDF tidak memiliki halaman", "en": "PDF has no pages"},
    "error.pdf-too-many-pages": {
        "id": "PDF memiliki lebih dari {limit} halaman (batasnya)",
        "en": "PDF has over {limit} pages (the limit)",
    },
    "error.pdf-form-draws": {
        "id": "halaman {page} menggambar form XObject lebih dari {limit} kali (batasnya)",
        "en": "page {page} draws form XObjects over {limit} times (the limit)",
    },
    "error.pdf-form-depth": {
        "id": "halaman {page} menyusun form XObject bertingkat lebih dari {limit} tingkat "
        "(batasnya)",
        "en": "page {page} nests form XObjects over {limit} deep (the limit)",
    },
    "error.pdf-form-self": {
        "id": "halaman {page} memuat form XObject yang menggambar dirinya sendiri",
        "en": "page {page} has a form XObject that draws itself",
    },
    # -- parsing, and the worker that parses (pipeline, sandbox, distributed)
    "error.out-of-memory": {
        "id": "memori habis saat mengurai (batas {limit} byte)",
        "en": "ran out of memory while parsing (limit {limit} bytes)",
    },
    "error.too-deep": {
        "id": "strukturnya bersarang terlalu dalam untuk diurai",
        "en": "structure nested too deeply to parse",
    },
    "error.parse-failed": {
        "id": "tidak dapat diurai ({kind}: {detail})",
        "en": "could not be parsed ({kind}: {detail})",
    },
    "error.timeout": {
        "id": "memakan waktu lebih dari {seconds} detik; proses pembacanya dihentikan",
        "en": "took longer than {seconds} s; its worker was stopped",
    },
    "error.timeout-alarm": {
        "id": "memakan waktu terlalu lama; proses pembacanya berhenti sendiri",
        "en": "took too long; its worker stopped itself",
    },
    "error.worker-killed": {
        "id": "proses pembacanya dimatikan (kehabisan memori?)",
        "en": "its worker was killed (out of memory?)",
    },
    "error.parser-crashed": {
        "id": "pengurainya berhenti mendadak ({signal})",
        "en": "the parser crashed ({signal})",
    },
    "error.worker-exited": {
        "id": "proses pembacanya berhenti tanpa diduga (status {status})",
        "en": "its worker exited unexpectedly (status {status})",
    },
    "error.worker-memory": {
        "id": "melebihi batas memori ({limit} byte)",
        "en": "over the memory limit ({limit} bytes)",
    },
    "error.worker-result-memory": {
        "id": "hasilnya melebihi batas memori",
        "en": "result over the memory limit",
    },
    "error.worker-failed": {
        "id": "proses pembacanya gagal ({kind}: {detail})",
        "en": "worker failed ({kind}: {detail})",
    },
    "error.dask-worker-died": {
        "id": "pekerja Dask-nya mati ({detail})",
        "en": "its Dask worker died ({detail})",
    },
    "error.ocr-no-tesseract": {
        "id": "perlu OCR, tetapi Tesseract tidak terpasang; pasang dengan: {hint}",
        "en": "needs OCR, but Tesseract is not installed; install it with: {hint}",
    },
    "error.ocr-no-model": {
        "id": "perlu OCR, tetapi Tesseract tidak memiliki model bahasa {lang}; pasang dengan: "
        "apt-get install {package}",
        "en": "needs OCR, but Tesseract has no {lang} language model; install it with: "
        "apt-get install {package}",
    },
    "error.image-ocr-off": {
        "id": "berkas gambar hanya dapat dibaca dengan OCR, yang dimatikan oleh --ocr off; "
        "gunakan --ocr auto",
        "en": "an image file can only be read by OCR, which --ocr off turns off; use --ocr auto",
    },
    "error.image-too-many-frames": {
        "id": "gambar memiliki lebih dari {limit} halaman (batasnya)",
        "en": "image has over {limit} frames (the limit)",
    },
    "error.image-unreadable": {
        "id": "gambar tidak dapat dibaca ({detail})",
        "en": "image cannot be read ({detail})",
    },
    "error.no-image-header": {
        "id": "tidak ada tanda berkas {kind} di awalnya",
        "en": "no {kind} signature at its start",
    },
}

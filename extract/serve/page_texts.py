"""The texts of the web page (``/``), in Indonesian and English, added to the catalogue as
``texts`` adds the API's: ``page_text(key, lang, **params)`` renders one."""

from __future__ import annotations

from ..messages import CATALOGUE, Lang, msg, render

MESSAGES: dict[str, dict[Lang, str]] = {
    "page.title": {"id": "renstra: periksa dokumen", "en": "renstra: check documents"},
    "page.intro": {
        "id": "Unggah berkas Renstra, IKU, Perjanjian Kinerja, Renja atau LKjIP (PDF, DOCX, "
        "XLSX, TXT...). renstra membacanya, memeriksanya, dan menampilkan temuan serta "
        "semua keluaran (JSON, CSV, XLSX, laporan HTML).",
        "en": "Upload Renstra, IKU, Perjanjian Kinerja, Renja or LKjIP files (PDF, DOCX, "
        "XLSX, TXT...). renstra reads them, checks them, and shows the findings and every "
        "output (JSON, CSV, XLSX, HTML report).",
    },
    "page.switch": {"id": "English", "en": "Bahasa Indonesia"},
    "page.files": {"id": "Berkas", "en": "Files"},
    "page.drop": {
        "id": "Letakkan berkas di sini, atau pilih dengan tombol di atas.",
        "en": "Drop files here, or pick them with the button above.",
    },
    "page.chosen": {"id": "{count} berkas dipilih", "en": "{count} file(s) chosen"},
    "page.limits": {
        "id": "Paling banyak {files} berkas, masing-masing paling besar {size}.",
        "en": "At most {files} files, each at most {size}.",
    },
    "page.findings-lang": {"id": "Bahasa temuan", "en": "Language of the findings"},
    "page.lang-id": {"id": "Bahasa Indonesia", "en": "Indonesian"},
    "page.lang-en": {"id": "Bahasa Inggris", "en": "English"},
    "page.ocr": {"id": "OCR (pindaian)", "en": "OCR (scans)"},
    "page.ocr-auto": {
        "id": "otomatis: halaman tanpa teks",
        "en": "auto: pages without text",
    },
    "page.ocr-off": {"id": "mati", "en": "off"},
    "page.ocr-force": {"id": "paksa: setiap halaman", "en": "force: every page"},
    "page.submit": {"id": "Unggah dan periksa", "en": "Upload and check"},
    "page.uploading": {"id": "Mengunggah...", "en": "Uploading..."},
    "page.token-title": {"id": "Token akses", "en": "Access token"},
    "page.token-intro": {
        "id": "Server ini memerlukan token. Masukkan token dari pengelola server; token "
        "disimpan dalam cookie peramban ini.",
        "en": "This server needs a token. Enter the token from the server's administrator; "
        "it is kept in a cookie of this browser.",
    },
    "page.token": {"id": "Token", "en": "Token"},
    "page.token-submit": {"id": "Masuk", "en": "Enter"},
    "page.job-title": {"id": "Batch {id}", "en": "Batch {id}"},
    "page.state-queued": {"id": "menunggu giliran", "en": "waiting its turn"},
    "page.state-running": {"id": "sedang dibaca", "en": "being read"},
    "page.state-done": {"id": "selesai", "en": "done"},
    "page.state-failed": {"id": "gagal", "en": "failed"},
    "page.state": {"id": "Status", "en": "Status"},
    "page.progress": {
        "id": "{done} dari {total} berkas dibaca",
        "en": "{done} of {total} files read",
    },
    "page.ocr-pages": {"id": "Halaman OCR: {count}", "en": "OCR pages: {count}"},
    "page.refreshing": {
        "id": "Halaman ini diperbarui sendiri setiap 2 detik.",
        "en": "This page refreshes itself every 2 seconds.",
    },
    "page.failed-files": {"id": "Berkas yang tidak terbaca", "en": "Files not read"},
    "page.batch-error": {"id": "Batch gagal: {error}", "en": "The batch failed: {error}"},
    "page.findings": {"id": "Temuan", "en": "Findings"},
    "page.outputs": {"id": "Keluaran", "en": "Outputs"},
    "page.report": {"id": "Laporan", "en": "Report"},
    "page.report-open": {
        "id": "Buka laporan di tab sendiri",
        "en": "Open the report in a tab of its own",
    },
    "page.zip": {"id": "Semua keluaran (zip)", "en": "Every output (zip)"},
    "page.expires": {
        "id": "Berkas batch ini dihapus dari server pada {when}.",
        "en": "This batch's files are deleted from the server at {when}.",
    },
    "page.again": {"id": "Unggah berkas lain", "en": "Upload other files"},
    "page.error-title": {"id": "Kesalahan", "en": "Error"},
    "page.back": {"id": "Kembali ke halaman unggah", "en": "Back to the upload page"},
    "page.job-gone": {
        "id": "Batch ini tidak ada: alamatnya salah, atau batch sudah dihapus atau kedaluwarsa.",
        "en": "There is no such batch: its address is wrong, or it was deleted or expired.",
    },
    "page.wrong-token": {"id": "Token salah.", "en": "Wrong token."},
    "page.no-files": {"id": "Tidak ada berkas yang dipilih.", "en": "No file was chosen."},
    "page.foreign-origin": {
        "id": "Permintaan ini datang dari situs lain dan ditolak.",
        "en": "This request came from another site and was refused.",
    },
    "page.no-js-needed": {
        "id": "Halaman ini juga berfungsi tanpa JavaScript.",
        "en": "This page works without JavaScript too.",
    },
}
CATALOGUE.update(MESSAGES)


def page_text(key: str, lang: Lang, **params: object) -> str:
    return render(msg(key, **params), lang)

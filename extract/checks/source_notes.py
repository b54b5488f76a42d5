"""Rules on what the reader saw in the file itself: one rule per note code, same id.

A note is a fact about the file (``Document.source.notes``), not a judgement on the plan;
the rule gives it a severity and a message, at the note's location:

- ``error-cell`` (error): the cell holds an Excel error such as ``#REF!``; the value it was
  meant to show is lost and cannot be read from the file at all.
- ``no-text-layer`` (error): a scanned PDF; nothing was extracted, so an empty Document
  must not pass for an empty plan.
- ``formula-without-value`` (warning): the file carries the formula but no saved result
  (written by a program, never opened in Excel); renstra reads it as empty, which is not
  what Excel would show, but the value can be recovered by opening and saving the file.
- ``page-without-text`` (warning): one page of an otherwise readable PDF is an image; its
  content (a table, the signature) is missing from the Document.
- ``hidden-sheet`` and ``hidden-rows`` (info): the author hid them; their content was read
  like the rest and nothing is wrong with it as such, but the Document holds more than the
  printed file shows (an old sheet's indicators, a hidden row of targets): say where.
- ``converted-file`` (info): an old Office or OpenDocument file (.doc, .xls, .rtf, .odt,
  .ods) was converted by LibreOffice before it was read; the values are the file's, but
  the paragraph, table and cell positions are those of the converted .docx/.xlsx.
- ``ocr-page`` (info): a page was read by OCR; its values are as good as the scan, and
  the evidence says how it was turned, straightened and how sure OCR was on the whole.
- ``ocr-low-confidence`` (warning): words OCR was unsure of, at their page and box, so a
  steward checks exactly those against the scan.
- ``ocr-mended`` (info): a value OCR read was put right by the document's own structure:
  a kode's shape (the Kegiatan '2.01' read '201'), a budget row whose years add up to its
  period end only with a mark read otherwise ('637.571.904' as 637.571,904). The evidence
  says what OCR read and what was kept, so a steward can check it against the scan.
- ``ocr-failed`` (warning): a page OCR could not read (over the OCR page limit, past its
  time, Tesseract failing); the rest of the document was read, that page is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from renstra.schemas import Document, NoteCode, Settings, Severity, SourceLocation

from ..messages import CATALOGUE, Lang, msg
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- error-cell
    "error-cell.description": {
        "id": "Sel lembar kerja berisi galat Excel (#REF!, #DIV/0!, #N/A...): nilai yang "
        "dimaksud hilang dari berkas.",
        "en": "A worksheet cell holds an Excel error (#REF!, #DIV/0!, #N/A...): the value it "
        "was meant to show is lost from the file.",
    },
    "error-cell.example": {"id": "'#REF!' di kolom TARGET", "en": "'#REF!' in the TARGET column"},
    "error-cell.why": {
        "id": "Nilai di balik #REF! atau #DIV/0! sama sekali tidak tersimpan dalam berkas, "
        "sehingga tidak dapat dipulihkan, baik oleh renstra maupun saat diimpor ke aplikasi "
        "e-SAKIP. Dokumen yang dicetak atau diunggah pun memuat kode galat di tempat yang "
        "seharusnya berisi target atau anggaran.",
        "en": "The value behind #REF! or #DIV/0! is not stored in the file at all, so neither "
        "renstra nor an import into e-SAKIP can recover it. The printed or uploaded document "
        "shows an error code where a target or a budget should be.",
    },
    "error-cell.message": {
        "id": "Sel {cell} di lembar '{sheet}' berisi galat Excel {value}; nilainya tidak dapat "
        "dibaca.",
        "en": "Cell {cell} on sheet '{sheet}' holds the Excel error {value}; its value cannot be "
        "read.",
    },
    "error-cell.suggestion": {
        "id": "Perbaiki rumus di sel itu (rujukan yang terhapus, pembagian dengan nol) atau ketik "
        "nilainya.",
        "en": "Fix the cell's formula (a deleted reference, a division by zero) or type the value.",
    },
    # -- formula-without-value
    "formula-without-value.description": {
        "id": "Sel lembar kerja berisi rumus tanpa hasil tersimpan (berkas dibuat oleh program dan "
        "belum pernah dihitung); sel dibaca kosong, tidak seperti yang ditampilkan Excel.",
        "en": "A worksheet cell has a formula but no saved result (the file was written by a "
        "program and never calculated); it is read as empty, which is not what Excel would show.",
    },
    "formula-without-value.example": {
        "id": "=B9*2 di sel TARGET, tanpa nilai tersimpan",
        "en": "=B9*2 in a TARGET cell, with no saved value",
    },
    "formula-without-value.why": {
        "id": "Hasil rumus baru dihitung ketika berkas dibuka di program lembar kerja. Program "
        "yang membaca nilai tersimpan tanpa menghitung ulang, termasuk renstra, mendapati sel "
        "kosong, sehingga target yang tampak terisi di layar tercatat sebagai data yang kosong.",
        "en": "A formula's result is only computed when the file is opened in a spreadsheet "
        "program. A program that reads the saved values without recalculating, renstra included, "
        "finds an empty cell, so a target that looks filled on screen reaches the data as "
        "missing.",
    },
    "formula-without-value.message": {
        "id": "Sel {cell} di lembar '{sheet}' berisi rumus {value} tanpa hasil tersimpan; sel "
        "dibaca kosong.",
        "en": "Cell {cell} on sheet '{sheet}' holds the formula {value} with no saved result; it "
        "was read as empty.",
    },
    "formula-without-value.suggestion": {
        "id": "Buka berkas di Excel atau LibreOffice lalu simpan agar hasilnya tersimpan, atau "
        "ketik nilainya.",
        "en": "Open the file in Excel or LibreOffice and save it so the result is stored, or type "
        "the value.",
    },
    # -- hidden-sheet
    "hidden-sheet.description": {
        "id": "Lembar kerja tersembunyi ikut dibaca: Dokumen dapat memuat isi yang tidak tampak "
        "pada berkas yang dicetak.",
        "en": "A hidden worksheet was read like the others: the Document may hold content the "
        "printed file does not show.",
    },
    "hidden-sheet.example": {
        "id": "lembar tersembunyi 'Lama' berisi indikator periode lalu",
        "en": "a hidden sheet 'Lama' with the last period's indicators",
    },
    "hidden-sheet.why": {
        "id": "Lembar tersembunyi sering berisi indikator periode lalu atau lembar kerja "
        "sementara. Karena ikut dibaca, indikatornya masuk ke data di samping indikator yang "
        "benar-benar ditandatangani, dapat tampak sebagai duplikat, dan ikut dibandingkan dengan "
        "Renstra seolah masih berlaku.",
        "en": "A hidden sheet often keeps the last period's indicators or a working copy. Read "
        "with the rest, its indicators enter the data beside the ones actually signed, may look "
        "like duplicates, and are compared with the Renstra as if still current.",
    },
    "hidden-sheet.message": {
        "id": "Lembar '{sheet}' disembunyikan di buku kerja; isinya ikut dibaca.",
        "en": "Sheet '{sheet}' is hidden in the workbook; its content was read.",
    },
    "hidden-sheet.suggestion": {
        "id": "Jika lembar itu sudah tidak dipakai, hapuslah; jika masih dipakai, tampilkan.",
        "en": "If the sheet is obsolete, delete it; if not, unhide it.",
    },
    # -- hidden-rows
    "hidden-rows.description": {
        "id": "Baris lembar kerja yang tersembunyi ikut dibaca: Dokumen dapat memuat baris yang "
        "tidak tampak pada berkas yang dicetak.",
        "en": "Hidden worksheet rows were read like the others: the Document may hold rows the "
        "printed file does not show.",
    },
    "hidden-rows.example": {
        "id": "baris 6 lembar IKU tersembunyi, berisi indikator dan targetnya",
        "en": "row 6 of sheet IKU hidden, with an indicator and its targets",
    },
    "hidden-rows.why": {
        "id": "Baris tersembunyi ikut masuk ke data hasil ekstraksi, padahal tidak tampak pada "
        "dokumen yang dicetak dan ditandatangani. Indikator atau deret target lama yang disimpan "
        "di sana akan ikut terekspor ke aplikasi e-SAKIP seolah bagian dari rencana, kecuali "
        "pengelola data memastikan baris itu memang bagian dari dokumen atau menghapusnya.",
        "en": "Hidden rows enter the extracted data although the printed, signed document does not "
        "show them. An old indicator or row of targets kept there is exported to e-SAKIP as if it "
        "were part of the plan, unless a steward confirms the rows belong to the document or "
        "deletes them.",
    },
    "hidden-rows.message": {
        "id": "Baris {cell} di lembar '{sheet}' disembunyikan; isinya ikut dibaca.",
        "en": "Rows {cell} of sheet '{sheet}' are hidden; their content was read.",
    },
    "hidden-rows.suggestion": {
        "id": "Jika baris itu sudah tidak dipakai, hapuslah; jika masih dipakai, tampilkan.",
        "en": "If the rows are obsolete, delete them; if not, unhide them.",
    },
    # -- no-text-layer
    "no-text-layer.description": {
        "id": "PDF tidak memiliki lapisan teks (hasil pindai atau hanya gambar): tidak ada yang "
        "diekstrak; perlu OCR.",
        "en": "A PDF has no text layer (a scan, or images only): nothing was extracted; it needs "
        "OCR.",
    },
    "no-text-layer.example": {
        "id": "Renstra yang dipindai ke PDF",
        "en": "a Renstra scanned to PDF",
    },
    "no-text-layer.why": {
        "id": "PDF hasil pindai tidak menghasilkan teks sama sekali, sehingga aturan lain tidak "
        "menemukan apa pun dan dokumen tampak bebas masalah. Sebelum di-OCR atau diganti dengan "
        "berkas asli Word atau Excel, tidak satu pun indikator, target, maupun tanda tangannya "
        "masuk ke data atau dapat ditelaah pengelola data.",
        "en": "A scanned PDF yields no text at all, so every other rule finds nothing and the "
        "document looks clean. Until it is run through OCR or replaced by the Word or Excel "
        "original, none of its indicators, targets or signature reaches the data or a steward's "
        "review.",
    },
    "no-text-layer.message": {
        "id": "Tidak satu pun halaman PDF ini memiliki teks (hasil pindai atau hanya gambar); "
        "tidak ada yang diekstrak.",
        "en": "No page of this PDF has text (a scan, or images only); nothing was extracted.",
    },
    "no-text-layer.suggestion": {
        "id": "Ekstrak lagi dengan --ocr auto (Tesseract), atau gunakan berkas asli Word atau "
        "Excel.",
        "en": "Extract again with --ocr auto (Tesseract), or use the Word or Excel original.",
    },
    # -- page-without-text
    "page-without-text.description": {
        "id": "Satu halaman PDF tidak memiliki teks (halaman hasil pindai atau gambar); isinya "
        "tidak ada di Dokumen.",
        "en": "A page of the PDF has no text (a scanned page or an image); its content is "
        "missing from the Document.",
    },
    "page-without-text.example": {
        "id": "halaman 2 berupa foto tabel",
        "en": "page 2 is a photo of the table",
    },
    "page-without-text.why": {
        "id": "Halaman yang berupa gambar (misalnya tabel atau halaman tanda tangan hasil pindai) "
        "tidak ikut terbaca, sementara halaman lain terbaca normal. Indikator atau target di "
        "halaman itu hilang dari data tanpa tanda lain, dan aturan yang mencari target kosong pun "
        "tidak dapat melihatnya.",
        "en": "A page that is an image (a scanned table or signature page, say) is not read while "
        "the rest of the PDF reads normally. Its indicators or targets are missing from the data "
        "with no other sign, and the rules that look for empty targets cannot see them either.",
    },
    "page-without-text.message": {
        "id": "Halaman {page} tidak memiliki teks (hasil pindai atau gambar); tidak ada yang "
        "dibaca darinya.",
        "en": "Page {page} has no text (a scanned page or an image); nothing was read from it.",
    },
    "page-without-text.suggestion": {
        "id": "Ekstrak lagi dengan --ocr auto (Tesseract), atau periksa halaman itu pada berkas "
        "aslinya.",
        "en": "Extract again with --ocr auto (Tesseract), or check that page in the original.",
    },
    # -- converted-file
    "converted-file.description": {
        "id": "Berkas format lama (.doc, .xls, .rtf, .odt, .ods) dikonversi LibreOffice ke "
        ".docx/.xlsx sebelum dibaca; letak sel dan paragraf merujuk ke berkas hasil konversi.",
        "en": "An old-format file (.doc, .xls, .rtf, .odt, .ods) was converted by LibreOffice "
        "to .docx/.xlsx before it was read; cell and paragraph positions refer to the "
        "converted file.",
    },
    "converted-file.example": {
        "id": "Renstra tahun 2009 yang disimpan sebagai .doc",
        "en": "a 2009 Renstra saved as .doc",
    },
    "converted-file.why": {
        "id": "Nilai yang dibaca berasal dari berkas itu sendiri, tetapi nomor paragraf, tabel, "
        "dan sel dihitung pada berkas hasil konversi. Pada berkas .xls atau .ods alamat sel "
        "biasanya sama, sedangkan pada .doc, .rtf, atau .odt nomor paragraf dapat bergeser, "
        "sehingga pengelola data yang mencocokkan temuan dengan berkas aslinya perlu tahu hal "
        "ini.",
        "en": "The values read are the file's own, but the paragraph, table and cell numbers "
        "are counted in the converted file. In an .xls or .ods the cell addresses are as a "
        "rule the same; in a .doc, .rtf or .odt paragraph numbers can shift, so a steward "
        "matching a finding to the original needs to know.",
    },
    "converted-file.message": {
        "id": "Berkas ini ditulis dalam format .{value} dan dikonversi LibreOffice sebelum "
        "dibaca; letak yang disebut merujuk ke berkas hasil konversi.",
        "en": "This file was written as .{value} and converted by LibreOffice before it was "
        "read; the positions given refer to the converted file.",
    },
    "converted-file.suggestion": {
        "id": "Bila letak perlu tepat, simpan berkas sebagai .docx atau .xlsx lalu ekstrak lagi.",
        "en": "Where exact positions matter, save the file as .docx or .xlsx and extract again.",
    },
    # -- ocr-page
    "ocr-page.description": {
        "id": "Halaman dibaca dengan OCR (hasil pindai atau gambar): nilainya setepat pindaiannya.",
        "en": "A page was read by OCR (a scan or an image): its values are as good as the scan.",
    },
    "ocr-page.example": {
        "id": "halaman 1 dipindai miring 2°, keyakinan OCR 91",
        "en": "page 1 scanned 2° askew, OCR confidence 91",
    },
    "ocr-page.why": {
        "id": "Teks halaman hasil pindai tidak tersimpan di berkas; OCR membacanya dari gambar "
        "dan dapat salah baca. Temuan ini menandai halaman mana yang dibaca demikian, berapa "
        "derajat diputar dan diluruskan, serta seberapa yakin OCR, agar pengelola data tahu "
        "nilai mana yang perlu dibandingkan dengan pindaiannya.",
        "en": "A scanned page holds no text in the file; OCR reads it from the image and can "
        "misread it. This says which pages were read that way, how far they were turned and "
        "straightened, and how sure OCR was, so a steward knows which values to compare with "
        "the scan.",
    },
    "ocr-page.message": {
        "id": "Halaman {page} dibaca dengan OCR ({value}).",
        "en": "Page {page} was read by OCR ({value}).",
    },
    "ocr-page.suggestion": {
        "id": "Jika ada, gunakan berkas asli Word, Excel atau PDF digital; jika tidak, periksa "
        "temuan ocr-low-confidence halaman ini.",
        "en": "Use the Word, Excel or born-digital PDF original if there is one; otherwise check "
        "this page's ocr-low-confidence findings.",
    },
    # -- ocr-low-confidence
    "ocr-low-confidence.description": {
        "id": "OCR membaca kata atau sel dengan keyakinan di bawah ambang ocr-min-confidence: "
        "mungkin salah baca.",
        "en": "OCR read a word or cell with a confidence under the ocr-min-confidence "
        "threshold: it may be misread.",
    },
    "ocr-low-confidence.example": {
        "id": "'8S' (41) di sel target yang kabur",
        "en": "'8S' (41) in a blurred target cell",
    },
    "ocr-low-confidence.why": {
        "id": "Tulisan yang kabur, tercoret, tertimpa stempel atau tanda tangan dibaca OCR "
        "dengan ragu. Nilai yang salah baca masuk ke data seperti nilai lain, kecuali "
        "seseorang memeriksa sel itu pada pindaiannya; temuan ini menunjuk halaman dan kotaknya.",
        "en": "Blurred, struck-through or stamped text, or text under a signature, is read by "
        "OCR with doubt. A misread value enters the data like any other unless someone checks "
        "that cell against the scan; this gives its page and box.",
    },
    "ocr-low-confidence.message": {
        "id": "Halaman {page}: OCR ragu membaca {value}; periksa pada pindaiannya.",
        "en": "Page {page}: OCR is unsure of {value}; check it against the scan.",
    },
    "ocr-low-confidence.suggestion": {
        "id": "Bandingkan teks itu dengan pindaiannya dan perbaiki datanya, atau pindai ulang "
        "halaman itu dengan lebih tajam (300 dpi).",
        "en": "Compare the text with the scan and correct the data, or scan the page again "
        "more sharply (300 dpi).",
    },
    # -- ocr-mended
    "ocr-mended.description": {
        "id": "Nilai hasil OCR diperbaiki menurut struktur dokumen itu sendiri: bentuk kode "
        "Permendagri 90/2019, atau jumlah anggaran tahunan yang harus sama dengan kolom akhir "
        "periode.",
        "en": "A value OCR read was put right by the document's own structure: the shape of a "
        "Permendagri 90/2019 kode, or a row's yearly budgets that must add up to its "
        "period-end column.",
    },
    "ocr-mended.example": {
        "id": "kode Kegiatan '201' dibaca sebagai 2.01; '637.571.904' (Rp.000) sebagai "
        "637.571,904 karena jumlah barisnya",
        "en": "Kegiatan kode '201' read as 2.01; '637.571.904' (Rp.000) as 637.571,904 from its "
        "row's total",
    },
    "ocr-mended.why": {
        "id": "Tanda titik dan koma serta angka bulat pada cetakan kecil sering salah dibaca "
        "OCR dengan keyakinan tinggi. Kode dan jumlah baris memberi satu-satunya bacaan yang "
        "cocok; temuan ini menyebut apa yang terbaca dan apa yang disimpan, agar dapat "
        "dicocokkan dengan pindaiannya.",
        "en": "OCR often misreads the points, commas and round digits of small print with high "
        "confidence. The kode's shape or the row's total leaves one reading that fits; this "
        "says what OCR read and what was kept, so it can be checked against the scan.",
    },
    "ocr-mended.message": {
        "id": "Halaman {page}: bacaan OCR diperbaiki menurut struktur dokumen: {value}.",
        "en": "Page {page}: an OCR reading put right by the document's structure: {value}.",
    },
    "ocr-mended.suggestion": {
        "id": "Cocokkan nilai yang disimpan dengan pindaiannya.",
        "en": "Check the kept value against the scan.",
    },
    # -- ocr-failed
    "ocr-failed.description": {
        "id": "Satu halaman tidak dapat dibaca dengan OCR (batas halaman atau waktu OCR, atau "
        "Tesseract gagal); isinya tidak ada di Dokumen.",
        "en": "A page could not be read by OCR (the OCR page or time limit, or Tesseract "
        "failing); its content is missing from the Document.",
    },
    "ocr-failed.example": {
        "id": "halaman 201 melewati batas max-ocr-pages",
        "en": "page 201 past the max-ocr-pages limit",
    },
    "ocr-failed.why": {
        "id": "Halaman lain terbaca normal, sehingga tanpa temuan ini indikator dan target "
        "halaman itu hilang dari data tanpa tanda apa pun.",
        "en": "The other pages read normally, so without this the indicators and targets of "
        "that page would be missing from the data with no sign of it.",
    },
    "ocr-failed.message": {
        "id": "Halaman {page} tidak dapat dibaca dengan OCR ({value}); tidak ada yang dibaca "
        "darinya.",
        "en": "Page {page} could not be read by OCR ({value}); nothing was read from it.",
    },
    "ocr-failed.suggestion": {
        "id": "Naikkan batas max-ocr-pages atau ocr-page-timeout, pasang Tesseract bila belum "
        "ada, atau periksa halaman itu pada berkas aslinya.",
        "en": "Raise max-ocr-pages or ocr-page-timeout, install Tesseract if it is missing, or "
        "check that page in the original.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


SEVERITIES: dict[NoteCode, Severity] = {
    "error-cell": "error",
    "no-text-layer": "error",
    "formula-without-value": "warning",
    "page-without-text": "warning",
    "hidden-sheet": "info",
    "hidden-rows": "info",
    "converted-file": "info",
    "ocr-page": "info",
    "ocr-low-confidence": "warning",
    "ocr-failed": "warning",
    "ocr-mended": "info",
}


def _indicator_at(document: Document, location: SourceLocation) -> str | None:
    """The indicator whose name or value sits in the note's workbook cell, or the one
    indicator named in its rows (a hidden-rows note's ``6:8``); None when there is none,
    or more than one in those rows."""
    if location.cell is None:
        return None
    rows = _WHOLE_ROWS.fullmatch(location.cell)
    if rows is not None:
        first, last = int(rows[1]), int(rows[2])
        named = [
            indicator.id
            for indicator in document.indicators
            if indicator.provenance.sheet == location.sheet
            and (row := _row_of(indicator.provenance.cell)) is not None
            and first <= row <= last
        ]
        return named[0] if len(named) == 1 else None
    cell = (location.sheet, location.cell)
    for indicator in document.indicators:
        values = [indicator.baseline, *indicator.targets, indicator.final_target]
        places = [indicator.provenance, *(v.provenance for v in values if v is not None)]
        if any(p is not None and (p.sheet, p.cell) == cell for p in places):
            return indicator.id
    return None


_WHOLE_ROWS = re.compile(r"(\d+):(\d+)")
"""Excel's name for whole rows: ``6:8``, ``3:3``."""
_CELL_ROW = re.compile(r"[A-Z]+(\d+)")


def _row_of(cell: str | None) -> int | None:
    """The row number of an A1 reference (``B6`` -> 6)."""
    found = _CELL_ROW.fullmatch(cell or "")
    return int(found[1]) if found else None


def _register(code: NoteCode, severity: Severity) -> None:
    @rule(code, severity, tags=("#source",))
    def check(document: Document, settings: Settings) -> Iterator[Hit]:
        for note in document.source.notes:
            if note.code != code:
                continue
            where = note.location
            yield finding(
                code,
                "message",
                where,
                indicator_id=_indicator_at(document, where),
                suggestion=msg(f"{code}.suggestion"),
                evidence=note.evidence,
                sheet=where.sheet,
                cell=where.cell,
                page=where.page,
                value=note.evidence,
            )


for _code, _severity in SEVERITIES.items():
    _register(_code, _severity)

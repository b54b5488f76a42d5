"""Every text a finding can carry, in Indonesian (the default) and English.

Rules never build sentences themselves: they name a catalogue key and its parameters
(``Msg``) and the checker renders it in ``Settings.lang``. Keys are ``<rule id>.<part>``
(``description``, ``example``, a message or a suggestion) so a missing translation shows up
as a KeyError in the test that renders every rule in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from renstra.schemas import Lang

LANGS: tuple[Lang, ...] = ("id", "en")


@dataclass(frozen=True, slots=True)
class Msg:
    """A catalogue key and its parameters; a parameter may itself be a Msg or a tuple of them."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


def msg(key: str, **params: object) -> Msg:
    return Msg(key, params)


def render(message: Msg | str, lang: Lang) -> str:
    """The text in ``lang``; a plain str is language-neutral (a period, a word) and kept."""
    if isinstance(message, str):
        return message
    params = {
        name: _param(value, lang) if isinstance(value, (Msg, tuple)) else value
        for name, value in message.params.items()
    }
    return CATALOGUE[message.key][lang].format_map(params)


def _param(value: object, lang: Lang) -> object:
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, tuple):
        return "; ".join(str(_param(v, lang)) for v in value)
    return value


def number(value: float, lang: Lang, *, signed: bool = False) -> str:
    """``0,12`` in Indonesian, ``0.12`` in English; at most two decimals, no trailing zeros."""
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    text = text.rstrip("0").rstrip(".")
    if text in ("+0", "-0"):
        text = "0"
    return text.replace(".", ",") if lang == "id" else text


CATALOGUE: dict[str, dict[Lang, str]] = {
    # -- period-typo
    "period-typo.description": {
        "id": "Rentang tahun yang tidak mungkin menjadi periode perencanaan "
        "(salah ketik seperti 2021-2126).",
        "en": "A year range that cannot be a planning period (a typo such as 2021-2126).",
    },
    "period-typo.example": {"id": "Tahun 2021-2126", "en": "Tahun 2021-2126"},
    "period-typo.message": {
        "id": "'{raw}' bukan periode perencanaan yang wajar ({years} tahun).",
        "en": "'{raw}' is not a plausible planning period ({years} years).",
    },
    # -- period-mismatch
    "period-mismatch.description": {
        "id": "Dokumen menyebut dua atau lebih periode wajar yang berbeda.",
        "en": "The document states two or more different plausible periods.",
    },
    "period-mismatch.example": {
        "id": "'2021-2026' di teks, '2022-2027' di judul tabel",
        "en": "'2021-2026' in the text, '2022-2027' in a table title",
    },
    "period-mismatch.message": {
        "id": "'{raw}' berbeda dengan periode dokumen {period} (disebut {count} kali).",
        "en": "'{raw}' differs from the document's period {period} (stated {count} time(s)).",
    },
    # -- target-count-mismatch
    "target-count-mismatch.description": {
        "id": "Jumlah kolom target sebuah tabel tidak sesuai dengan jumlah tahun periode.",
        "en": "A table's target columns do not match the years of the period.",
    },
    "target-count-mismatch.example": {
        "id": "lima kolom TAHUN KE- untuk periode 2021-2026 (enam tahun)",
        "en": "five TAHUN KE- columns under 2021-2026 (six years)",
    },
    "target-count-mismatch.baseline": {
        "id": "Tabel {table} memiliki {count} kolom target, padahal periode {span} mencakup "
        "{years} tahun: kolom itu adalah {after} jika {start} tahun dasar, atau {before}; "
        "tahun kalendernya tidak dipetakan.",
        "en": "Table {table} has {count} target columns but the period {span} spans {years} "
        "years: the columns are {after} if {start} is the baseline year, or {before}; their "
        "calendar years were left unmapped.",
    },
    "target-count-mismatch.baseline-suggestion": {
        "id": "Beri label tahun kalender pada kolom target, atau sebutkan tahun mana yang "
        "menjadi tahun dasar.",
        "en": "Label the target columns with calendar years, or state which year is the baseline.",
    },
    "target-count-mismatch.message": {
        "id": "Tabel {table} memiliki {count} kolom target, padahal periode {span} mencakup "
        "{years} tahun.",
        "en": "Table {table} has {count} target columns but the period {span} spans {years} years.",
    },
    "target-count-mismatch.suggestion": {
        "id": "Sediakan satu kolom target untuk setiap tahun {span}.",
        "en": "Give one target column per year of {span}.",
    },
    # -- unit-missing
    "unit-missing.description": {
        "id": "Indikator tidak memiliki satuan, baik di kolomnya maupun pada nilai targetnya.",
        "en": "An indicator has no satuan, in its column or on its target values.",
    },
    "unit-missing.example": {
        "id": "'Jumlah dokumen perencanaan' dengan target 3, 4, 5 tanpa satuan",
        "en": "'Jumlah dokumen perencanaan' with targets 3, 4, 5 and no satuan",
    },
    "unit-missing.message": {
        "id": "'{name}' tidak memiliki satuan.",
        "en": "'{name}' has no satuan.",
    },
    "unit-missing.inferred": {
        "id": "'{name}' tidak menuliskan satuan; satuan '{unit}' disimpulkan dari namanya.",
        "en": "'{name}' writes no satuan; '{unit}' was inferred from its name.",
    },
    "unit-missing.write-it": {
        "id": "Tuliskan satuan '{unit}' di kolom satuan.",
        "en": "Write the satuan '{unit}' in the satuan column.",
    },
    # -- unit-mismatch
    "unit-mismatch.description": {
        "id": "Satuan bertentangan dengan nama, rumus, atau nilai target indikator "
        "('Persentase' yang tidak dalam %, % pada sebuah jumlah).",
        "en": "The satuan contradicts the indicator's name, formula or target values "
        "(a 'Persentase' that is not in %, a % on a count).",
    },
    "unit-mismatch.example": {
        "id": "'Persentase penanganan konflik' dengan satuan 'kegiatan'",
        "en": "'Persentase penanganan konflik' with satuan 'kegiatan'",
    },
    "unit-mismatch.message": {"id": "'{name}': {reasons}.", "en": "'{name}': {reasons}."},
    "unit-mismatch.named-percent": {
        "id": "namanya menyatakan persentase, tetapi satuannya '{unit}'",
        "en": "it is named as a percentage but its satuan is '{unit}'",
    },
    "unit-mismatch.formula-percent": {
        "id": "rumusnya menghasilkan persentase (x 100%), tetapi satuannya '{unit}'",
        "en": "its formula gives a percentage (x 100%) but its satuan is '{unit}'",
    },
    "unit-mismatch.formula-count": {
        "id": "satuannya %, tetapi rumusnya berupa jumlah",
        "en": "its satuan is % but its formula is a count",
    },
    "unit-mismatch.named-count": {
        "id": "satuannya %, tetapi namanya menyatakan jumlah ('Jumlah ...')",
        "en": "its satuan is % but it is named as a count ('Jumlah ...')",
    },
    "unit-mismatch.target-units": {
        "id": "targetnya ditulis dalam {units}, bukan '{unit}'",
        "en": "its targets are written in {units}, not '{unit}'",
    },
    "unit-mismatch.suggestion": {"id": "satuan '{unit}'", "en": "satuan '{unit}'"},
    # -- percent-out-of-range
    "percent-out-of-range.description": {
        "id": "Target dalam % lebih dari batas atas (bawaan 100) atau kurang dari 0.",
        "en": "A target in % is above the maximum (100 unless configured) or below 0.",
    },
    "percent-out-of-range.example": {
        "id": "'120 %' pada indikator Persentase",
        "en": "'120 %' on a Persentase indicator",
    },
    "percent-out-of-range.message": {
        "id": "'{name}': target '{text}' berada di luar rentang 0-{maximum} %.",
        "en": "'{name}': target '{text}' is outside 0-{maximum} %.",
    },
    # -- target-missing
    "target-missing.description": {
        "id": "Sel target kosong (isian pengganti seperti '-' atau 'n/a' dianggap terisi).",
        "en": "A target cell is empty (a placeholder such as '-' or 'n/a' is written, "
        "so not empty).",
    },
    "target-missing.example": {
        "id": "sel kosong di bawah TAHUN KE-3",
        "en": "an empty cell under TAHUN KE-3",
    },
    "target-missing.year": {
        "id": "'{name}' tidak memiliki target untuk tahun {year}.",
        "en": "'{name}' has no target for year {year}.",
    },
    "target-missing.column": {
        "id": "'{name}' tidak memiliki target pada kolom target ke-{column}.",
        "en": "'{name}' has no target for target column {column}.",
    },
    # -- formula-missing
    "formula-missing.description": {
        "id": "Sel rumus perhitungan indikator IKU kosong.",
        "en": "An IKU indicator has an empty rumus (formula) cell.",
    },
    "formula-missing.example": {
        "id": "baris IKU dengan sel RUMUS PERHITUNGAN kosong",
        "en": "an IKU row whose RUMUS PERHITUNGAN cell is blank",
    },
    "formula-missing.message": {
        "id": "'{name}' tidak memiliki rumus perhitungan.",
        "en": "'{name}' has no formula.",
    },
    # -- formula-malformed
    "formula-malformed.description": {
        "id": "Rumus memiliki kurung yang tidak seimbang, atau pembilang atau penyebut kosong.",
        "en": "A formula has unbalanced braces or parentheses, or an empty numerator or "
        "denominator.",
    },
    "formula-malformed.example": {
        "id": "\\frac{Jumlah A}{Jumlah B",
        "en": "\\frac{Jumlah A}{Jumlah B",
    },
    "formula-malformed.message": {
        "id": "'{name}': penulisan rumus keliru: {problems}.",
        "en": "'{name}': formula is malformed: {problems}.",
    },
    # -- spelling
    "spelling.description": {
        "id": "Salah eja yang dikenal (Presentase, Indek...) atau kata yang tergabung "
        "(IndeksBudayaKerja).",
        "en": "A known misspelling (Presentase, Indek...) or words glued together "
        "(IndeksBudayaKerja).",
    },
    "spelling.example": {
        "id": "'Presentase' -> 'Persentase'",
        "en": "'Presentase' -> 'Persentase'",
    },
    "spelling.misspelled": {
        "id": "'{word}' pada '{name}' kemungkinan salah eja; gunakan '{correct}'.",
        "en": "'{word}' in '{name}' looks misspelled.",
    },
    "spelling.glued": {
        "id": "'{word}' pada '{name}' tampaknya beberapa kata yang tergabung; "
        "pisahkan menjadi '{correct}'.",
        "en": "'{word}' in '{name}' looks misspelled.",
    },
    # -- nip-invalid
    "nip-invalid.description": {
        "id": "NIP penanda tangan bukan NIP 18 digit yang valid (NIP lama 9 digit hanya info).",
        "en": "The signatory's NIP is not a valid 18-digit NIP (a legacy 9-digit NIP is only "
        "info).",
    },
    "nip-invalid.example": {
        "id": "NIP. 19631326 199203 1 004 (bulan 13)",
        "en": "NIP. 19631326 199203 1 004 (month 13)",
    },
    "nip-invalid.message": {"id": "NIP '{nip}': {problems}.", "en": "NIP '{nip}': {problems}."},
    # -- duplicate-indicator
    "duplicate-indicator.description": {
        "id": "Indikator yang sama muncul dua kali dalam satu tabel.",
        "en": "The same indicator appears twice in one table.",
    },
    "duplicate-indicator.example": {
        "id": "dua baris bernama 'Indeks Kepuasan Masyarakat'",
        "en": "two rows named 'Indeks Kepuasan Masyarakat'",
    },
    "duplicate-indicator.at-line": {
        "id": "'{name}' sudah ada di tabel ini (baris {where}).",
        "en": "'{name}' already appears in this table (at line {where}).",
    },
    "duplicate-indicator.at-row": {
        "id": "'{name}' sudah ada di tabel ini (baris tabel {where}).",
        "en": "'{name}' already appears in this table (at row {where}).",
    },
    "duplicate-indicator.suggestion": {
        "id": "Hapus baris yang berulang, atau perbaiki namanya.",
        "en": "Remove the repeated row, or correct its name.",
    },
    # -- target-trend
    "target-trend.description": {
        "id": "Target bergerak berlawanan dengan polaritas indikator (turun padahal makin "
        "tinggi makin baik, naik padahal makin rendah makin baik), termasuk predikat "
        "berurutan (SAKIP D < C < CC < B < BB < A < AA, opini BPK TMP < TW < WDP < WTP).",
        "en": "Targets move against the indicator's polarity (falling where higher is better, "
        "rising where lower is better), ordered predicates included (SAKIP D < C < CC < B < "
        "BB < A < AA, BPK opinion TMP < TW < WDP < WTP).",
    },
    "target-trend.example": {
        "id": "'Angka kematian ibu' 108, 104, 112; 'Nilai SAKIP' BB, A, B",
        "en": "'Angka kematian ibu' 108, 104, 112; 'Nilai SAKIP' BB, A, B",
    },
    "target-trend.falls": {
        "id": "'{name}' makin tinggi makin baik, tetapi targetnya turun: {steps}.",
        "en": "'{name}' is higher-is-better, but its targets fall: {steps}.",
    },
    "target-trend.rises": {
        "id": "'{name}' makin rendah makin baik, tetapi targetnya naik: {steps}.",
        "en": "'{name}' is lower-is-better, but its targets rise: {steps}.",
    },
    "target-trend.suggestion": {
        "id": "Periksa target tersebut, atau polaritas indikator (tren positif/negatif).",
        "en": "Check those targets, or the indicator's polarity (tren positif/negatif).",
    },
    # -- targets-copied
    "targets-copied.description": {
        "id": "Dua indikator dalam satu tabel memiliki deret target yang persis sama "
        "(kemungkinan salin-tempel); deret satu nilai tetap atau jadwal bulat yang rata "
        "tidak dihitung.",
        "en": "Two indicators in one table have the identical row of targets (a likely "
        "copy-paste); a row of one constant value or an even round schedule does not count.",
    },
    "targets-copied.example": {
        "id": "dua indikator berbeda, keduanya dengan target 81,2 83,5 84,1 86,0 88,7",
        "en": "two different indicators, both with targets 81,2 83,5 84,1 86,0 88,7",
    },
    "targets-copied.message": {
        "id": "'{name}' memiliki deret target yang sama persis dengan '{other}' ({targets}).",
        "en": "'{name}' has exactly the same targets as '{other}' ({targets}).",
    },
    "targets-copied.suggestion": {
        "id": "Pastikan target ini tidak tersalin dari baris '{other}'.",
        "en": "Make sure these targets were not copied from the row '{other}'.",
    },
    # -- target-jump
    "target-jump.description": {
        "id": "Perubahan target satu tahun jauh di luar kewajaran dibanding tahun lainnya "
        "(mis. +0,12 per tahun, lalu +0,96).",
        "en": "One year's step is far out of line with the others (e.g. +0,12 a year, then +0,96).",
    },
    "target-jump.example": {
        "id": "'Rata-rata lama sekolah' 8,12 8,24 8,36 9,32",
        "en": "'Rata-rata lama sekolah' 8,12 8,24 8,36 9,32",
    },
    "target-jump.message": {
        "id": "'{name}': target berubah {step} per tahun dari '{old}' ke '{new}' ({when}), "
        "sedangkan tahun lainnya berubah paling banyak {other} per tahun.",
        "en": "'{name}': the target moves by {step} a year from '{old}' to '{new}' ({when}), "
        "while the other years move by at most {other} a year.",
    },
    "target-jump.suggestion": {
        "id": "Periksa target '{new}'.",
        "en": "Check the target '{new}'.",
    },
    # -- error-cell
    "error-cell.description": {
        "id": "Sel lembar kerja berisi galat Excel (#REF!, #DIV/0!, #N/A...): nilai yang "
        "dimaksud hilang dari berkas.",
        "en": "A worksheet cell holds an Excel error (#REF!, #DIV/0!, #N/A...): the value it "
        "was meant to show is lost from the file.",
    },
    "error-cell.example": {"id": "'#REF!' di kolom TARGET", "en": "'#REF!' in the TARGET column"},
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
    "no-text-layer.message": {
        "id": "Tidak satu pun halaman PDF ini memiliki teks (hasil pindai atau hanya gambar); "
        "tidak ada yang diekstrak.",
        "en": "No page of this PDF has text (a scan, or images only); nothing was extracted.",
    },
    "no-text-layer.suggestion": {
        "id": "Jalankan OCR pada PDF (mis. ocrmypdf) lalu ekstrak lagi, atau gunakan berkas asli "
        "Word atau Excel.",
        "en": "Run OCR on the PDF (e.g. ocrmypdf) and extract again, or use the Word or Excel "
        "original.",
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
    "page-without-text.message": {
        "id": "Halaman {page} tidak memiliki teks (hasil pindai atau gambar); tidak ada yang "
        "dibaca darinya.",
        "en": "Page {page} has no text (a scanned page or an image); nothing was read from it.",
    },
    "page-without-text.suggestion": {
        "id": "Jalankan OCR pada PDF, atau periksa halaman itu pada berkas aslinya.",
        "en": "Run OCR on the PDF, or check that page in the original.",
    },
    # -- shared pieces
    "when.years": {"id": "{first}-{last}", "en": "{first}-{last}"},
    "when.columns": {"id": "kolom {first}-{last}", "en": "columns {first}-{last}"},
    "step": {"id": "'{old}' -> '{new}' ({when})", "en": "'{old}' -> '{new}' ({when})"},
    # -- reports and commands
    "report.copy": {
        "id": "isinya sama persis dengan {path}: dibaca dan dilaporkan di sana.",
        "en": "same bytes as {path}: read and reported there.",
    },
    "report.limited": {
        "id": "{shown} dari {total} temuan ditampilkan (--limit {limit}).",
        "en": "showing {shown} of {total} findings (--limit {limit}).",
    },
    "report.baselined": {
        "id": "{count} temuan sudah ada di baseline dan tidak ditampilkan.",
        "en": "{count} finding(s) already in the baseline are not shown.",
    },
    "report.title": {
        "id": "{path} ({doc_type}): {count} temuan",
        "en": "{path} ({doc_type}): {count} finding(s)",
    },
    "report.columns": {
        "id": "tingkat|aturan|lokasi|pesan|saran",
        "en": "severity|rule|where|message|suggestion",
    },
    "rules.columns": {
        "id": "aturan|tingkat|tag|opsi|deskripsi|contoh",
        "en": "rule|severity|tags|options|description|example",
    },
    "fix.file": {
        "id": "{path}: {count} perbaikan -> {output}",
        "en": "{path}: {count} fix(es) -> {output}",
    },
    "fix.change": {
        "id": "  {rule}  {path}: '{old}' -> '{new}'",
        "en": "  {rule}  {path}: '{old}' -> '{new}'",
    },
    "fix.total": {
        "id": "{files} berkas ditulis, {fixes} perbaikan; periksa daftar 'fixes' di setiap JSON.",
        "en": "{files} file(s) written, {fixes} fix(es); review the 'fixes' list in each JSON.",
    },
}

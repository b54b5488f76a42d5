"""What a perfect extractor and checker must produce for every document in samples/.

Written by hand from the documents; never regenerate it from the code under test.

Conventions used throughout:
- ``encoding``: the Python codec that decodes the file ("utf-8-sig" = UTF-8 with BOM).
- ``organization``: (name, region) as written in the document; compare them casefolded with
  whitespace collapsed. ``region`` is None where the document never names it.
- ``period``: (start, end) of the document's own planning period, or None.
- ``indicators``, in document order. ``name`` carries no leading dash or number, no sub-items,
  no trailing '.' or ':'. ``unit`` is the Satuan cell as written, "%" when there is no Satuan
  column and the targets carry "%", else None. ``goal``/``objective`` appear only where the
  table has Tujuan/Sasaran columns (after inheritance from merged cells); an IKU column headed
  "Alasan / Sasaran" is not asserted. ``targets`` are (text as written, value): value is None
  for ranges, predicates, words, placeholders and empty cells; T-C.28 baseline and final
  columns are not targets but ``baseline`` / ``final_target``. IKU tables have no targets.
- ``formula``: (kind, numerator, denominator, multiplier). Parts lose LaTeX markup
  (\\text{}, braces, \\left/\\right); inline abbreviations "(A)", "(B)" are replaced by their
  definitions; multiplier is None where none is written; "count" and "other" formulas carry
  no parts; a malformed formula is ("other", None, None, None). A trailing "= 100" is a
  target, given as ``formula_target``.
- ``findings``: (rule, severity, indicator name or None), sorted by (rule, severity, name or
  ""). Exactly these and no others.
"""

from __future__ import annotations

from typing import Any

EXPECTED: dict[str, dict[str, Any]] = {
    # Seed: T-C.25 of a kecamatan. Title year typo 2021-2126 beside 2021-2026 in the text;
    # 5 "Tahun ke-" columns for a 6-year period (warning: the first year may be a baseline).
    # Two indicators in one cell, sub-items a.-d., sasaran bullets, inherited tujuan.
    "renstra_metro_timur.txt": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Kecamatan Metro Timur", None),
        "period": (2021, 2026),
        "indicators": [
            {
                "name": "Persentase indeks kepuasan masyarakat",
                "sub_items": [
                    ("a", "Pengantar KK"),
                    ("b", "Pengantar IMB"),
                    ("c", "Rekomendasi Izin Usaha"),
                    ("d", "Pengantar Dispensasi Waktu Nikah"),
                ],
                "unit": "%",
                "goal": "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien",
                "objective": "Meningkatnya kualitas pelayanan publik",
                "polarity": "higher-is-better",
                "targets": [
                    ("85 %", 85.0),
                    ("90 %", 90.0),
                    ("93 %", 93.0),
                    ("95 %", 95.0),
                    ("98 %", 98.0),
                ],
                "formula": None,
            },
            {
                "name": "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
                "sub_items": [],
                "unit": "%",
                "goal": "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien",
                "objective": "Peningkatan peran serta masyarakat dalam pembangunan",
                "polarity": "higher-is-better",
                "targets": [
                    ("85 %", 85.0),
                    ("90 %", 90.0),
                    ("95 %", 95.0),
                    ("97 %", 97.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
            {
                "name": (
                    "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB"
                ),
                "sub_items": [],
                "unit": "%",
                "goal": "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien",
                "objective": "Peningkatan peran serta masyarakat dalam pembangunan",
                "polarity": "higher-is-better",
                "targets": [
                    ("85 %", 85.0),
                    ("90 %", 90.0),
                    ("95 %", 95.0),
                    ("97 %", 97.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
            {
                "name": (
                    "Persentase Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan"
                ),
                "sub_items": [],
                "unit": "%",
                "goal": "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien",
                "objective": "Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan",
                "polarity": "lower-is-better",
                "targets": [
                    ("30 %", 30.0),
                    ("35 %", 35.0),
                    ("55 %", 55.0),
                    ("83 %", 83.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
        ],
        "findings": [
            ("period-typo", "error", None),
            ("target-count-mismatch", "warning", None),
        ],
    },
    # Seed: IKU matrix, layout No | Uraian | Satuan | Alasan/Sasaran | Sumber Data | Rumus.
    # \frac + \text formulas, a count formula, "Presentase" with satuan "kegiatan".
    "iku_metro_utara.txt": {
        "doc_type": "iku",
        "encoding": "utf-8",
        "organization": ("KECAMATAN METRO UTARA", "KOTA METRO"),
        "period": (2021, 2025),
        "indicators": [
            {
                "name": "Persentase rekomendasi pelayanan yang diberikan di Kecamatan",
                "sub_items": [
                    ("a", "Pengantar KK dan KTP"),
                    ("b", "Pengantar IMB"),
                    ("c", "Pengantar IUMK"),
                    ("d", "Pengantar Surat Nikah"),
                ],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah berkas yang telah diproses",
                    "Jumlah berkas yang masuk",
                    100.0,
                ),
            },
            {
                "name": "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah usulan yang tertuang dalam BA Musrenbang",
                    "Jumlah usulan yang masuk",
                    100.0,
                ),
            },
            {
                "name": (
                    "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB"
                ),
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah Wajib Pajak yang membayar PBB",
                    "Jumlah Wajib Pajak keseluruhan",
                    100.0,
                ),
            },
            {
                "name": "Presentase penanganan Konflik pada kecamatan",
                "sub_items": [],
                "unit": "kegiatan",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": ("count", None, None, None),
            },
        ],
        "findings": [
            ("spelling", "warning", "Presentase penanganan Konflik pada kecamatan"),
            ("unit-mismatch", "error", "Presentase penanganan Konflik pada kecamatan"),
        ],
    },
    # CLEAN. T-C.28 with a Satuan column and calendar-year headers "Target Tahun 2022..2026"
    # for 2022-2026 (5 of 5). Lower-is-better: Angka kematian ibu/bayi, Jumlah kasus.
    # Values: "85%" (no space), "1.250" (thousands dot), "3,25" on an indeks, "9,8".
    "renstra_dinkes_tanah_datar_baru.txt": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Dinas Kesehatan", "Kabupaten Tanah Datar Baru"),
        "period": (2022, 2026),
        "indicators": [
            {
                "name": "Angka kematian ibu",
                "sub_items": [],
                "unit": "per 100.000 KH",
                "polarity": "lower-is-better",
                "baseline": ("112", 112.0),
                "targets": [
                    ("108", 108.0),
                    ("104", 104.0),
                    ("100", 100.0),
                    ("96", 96.0),
                    ("92", 92.0),
                ],
                "final_target": ("92", 92.0),
                "formula": None,
            },
            {
                "name": "Angka kematian bayi",
                "sub_items": [],
                "unit": "per 1.000 KH",
                "polarity": "lower-is-better",
                "baseline": ("9,8", 9.8),
                "targets": [
                    ("9,5", 9.5),
                    ("9,2", 9.2),
                    ("8,9", 8.9),
                    ("8,6", 8.6),
                    ("8,3", 8.3),
                ],
                "final_target": ("8,3", 8.3),
                "formula": None,
            },
            {
                "name": "Jumlah kasus Demam Berdarah Dengue (DBD)",
                "sub_items": [],
                "unit": "kasus",
                "polarity": "lower-is-better",
                "baseline": ("214", 214.0),
                "targets": [
                    ("200", 200.0),
                    ("185", 185.0),
                    ("170", 170.0),
                    ("155", 155.0),
                    ("140", 140.0),
                ],
                "final_target": ("140", 140.0),
                "formula": None,
            },
            {
                "name": "Persentase desa/kelurahan Universal Child Immunization (UCI)",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "baseline": ("85%", 85.0),
                "targets": [
                    ("87%", 87.0),
                    ("89%", 89.0),
                    ("91%", 91.0),
                    ("93%", 93.0),
                    ("95%", 95.0),
                ],
                "final_target": ("95%", 95.0),
                "formula": None,
            },
            {
                "name": "Persentase puskesmas terakreditasi paripurna",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "baseline": ("25%", 25.0),
                "targets": [
                    ("35%", 35.0),
                    ("45%", 45.0),
                    ("55%", 55.0),
                    ("65%", 65.0),
                    ("75%", 75.0),
                ],
                "final_target": ("75%", 75.0),
                "formula": None,
            },
            {
                "name": "Jumlah kader posyandu aktif",
                "sub_items": [],
                "unit": "orang",
                "polarity": "higher-is-better",
                "baseline": ("1.100", 1100.0),
                "targets": [
                    ("1.175", 1175.0),
                    ("1.250", 1250.0),
                    ("1.325", 1325.0),
                    ("1.400", 1400.0),
                    ("1.475", 1475.0),
                ],
                "final_target": ("1.475", 1475.0),
                "formula": None,
            },
            {
                "name": "Indeks kepuasan masyarakat terhadap pelayanan puskesmas",
                "sub_items": [],
                "unit": "indeks",
                "polarity": "higher-is-better",
                "baseline": ("3,10", 3.1),
                "targets": [
                    ("3,15", 3.15),
                    ("3,20", 3.2),
                    ("3,25", 3.25),
                    ("3,30", 3.3),
                    ("3,35", 3.35),
                ],
                "final_target": ("3,35", 3.35),
                "formula": None,
            },
        ],
        "findings": [],
    },
    # CLEAN. UTF-8 with BOM. IKU layout of seed 2, every formula form: "/ x 100%",
    # ": x 100 %", "dibagi ... dikali 100%", "dikalikan seratus persen", abbreviations
    # (A)/(B) then "= 100", \left( \dfrac{\text{}}{\text{}} \right), count, other.
    "iku_bapelitbangda_tanah_datar_baru.txt": {
        "doc_type": "iku",
        "encoding": "utf-8-sig",
        "organization": (
            "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
            "KABUPATEN TANAH DATAR BARU",
        ),
        "period": (2022, 2026),
        "indicators": [
            {
                "name": "Persentase dokumen perencanaan daerah yang ditetapkan tepat waktu",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah dokumen perencanaan yang ditetapkan tepat waktu",
                    "Jumlah dokumen perencanaan yang wajib disusun",
                    100.0,
                ),
            },
            {
                "name": "Persentase usulan musrenbang yang diakomodir dalam RKPD",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah usulan musrenbang yang diakomodir dalam RKPD",
                    "Jumlah usulan musrenbang yang diverifikasi",
                    100.0,
                ),
            },
            {
                "name": "Persentase program RPJMD yang dijabarkan dalam Renstra Perangkat Daerah",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah program RPJMD yang dijabarkan dalam Renstra",
                    "jumlah program dalam RPJMD",
                    100.0,
                ),
            },
            {
                "name": "Tingkat konsistensi program RKPD dengan APBD",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah program APBD yang sesuai dengan RKPD",
                    "jumlah program dalam RKPD",
                    100.0,
                ),
            },
            {
                "name": (
                    "Persentase rekomendasi hasil pengendalian dan evaluasi yang ditindaklanjuti"
                ),
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah rekomendasi yang ditindaklanjuti Perangkat Daerah",
                    "jumlah rekomendasi hasil pengendalian dan evaluasi",
                    100.0,
                ),
                "formula_target": 100.0,
            },
            {
                "name": "Persentase ketersediaan data statistik sektoral",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah data sektoral yang tersedia",
                    "Jumlah data sektoral yang dibutuhkan",
                    100.0,
                ),
            },
            {
                "name": "Jumlah kegiatan forum konsultasi publik perencanaan",
                "sub_items": [],
                "unit": "kegiatan",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": ("count", None, None, None),
            },
            {
                "name": "Nilai evaluasi SAKIP Bapelitbangda",
                "sub_items": [],
                "unit": "predikat",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": ("other", None, None, None),
            },
        ],
        "findings": [],
    },
    # IKU layout No | Sasaran Strategis | Indikator Kinerja | Satuan | Rumus | Sumber Data |
    # Penanggung Jawab; sasaran inherited. "Indek " as a word, an unbalanced \frac, an empty
    # rumus, a Jumlah count with satuan "%", a ratio without multiplier, NIP gender digit 3.
    "iku_dpmptsp_sukamaju.txt": {
        "doc_type": "iku",
        "encoding": "utf-8",
        "organization": (
            "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
            "KOTA SUKAMAJU",
        ),
        "period": (2021, 2026),
        "indicators": [
            {
                "name": "Indek Kepuasan Masyarakat terhadap pelayanan perizinan",
                "sub_items": [],
                "unit": "indeks",
                "objective": "Meningkatnya kualitas pelayanan perizinan dan nonperizinan",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": ("other", None, None, None),
            },
            {
                "name": "Waktu rata-rata penyelesaian izin usaha",
                "sub_items": [],
                "unit": "hari",
                "objective": "Meningkatnya kualitas pelayanan perizinan dan nonperizinan",
                "polarity": "lower-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Jumlah hari penyelesaian seluruh izin usaha",
                    "Jumlah izin usaha yang diterbitkan",
                    None,
                ),
            },
            {
                "name": "Persentase izin yang diterbitkan tepat waktu",
                "sub_items": [],
                "unit": "%",
                "objective": "Meningkatnya kualitas pelayanan perizinan dan nonperizinan",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": ("other", None, None, None),
            },
            {
                "name": "Persentase pengaduan masyarakat yang ditindaklanjuti",
                "sub_items": [],
                "unit": "%",
                "objective": "Meningkatnya kualitas pelayanan perizinan dan nonperizinan",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": None,
            },
            {
                "name": "Persentase realisasi investasi terhadap target",
                "sub_items": [],
                "unit": "%",
                "objective": "Meningkatnya realisasi investasi di daerah",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": (
                    "ratio",
                    "Nilai realisasi investasi",
                    "Nilai target investasi",
                    100.0,
                ),
            },
            {
                "name": "Jumlah investor yang difasilitasi",
                "sub_items": [],
                "unit": "%",
                "objective": "Meningkatnya realisasi investasi di daerah",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": ("count", None, None, None),
            },
        ],
        "findings": [
            ("formula-malformed", "error", "Persentase izin yang diterbitkan tepat waktu"),
            ("formula-missing", "error", "Persentase pengaduan masyarakat yang ditindaklanjuti"),
            ("nip-invalid", "error", None),
            ("spelling", "warning", "Indek Kepuasan Masyarakat terhadap pelayanan perizinan"),
            ("unit-mismatch", "error", "Jumlah investor yang difasilitasi"),
        ],
    },
    # Markdown pipe table, T-C.25 with single-row header "Target Tahun ke-1..5",
    # "Tahun 2022 s.d. 2026" (5 of 5). Angka Buta Aksara (lower), plain "8,12" with no satuan,
    # "Prosentase", two indicators in one cell, sub-items "a. SD b. SMP", "-" and "n/a"
    # placeholders (no finding), one "120 %", NIP with birth date 31 February.
    "renstra_disdik_tanah_datar_baru.md": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Dinas Pendidikan dan Kebudayaan", "Kabupaten Tanah Datar Baru"),
        "period": (2022, 2026),
        "indicators": [
            {
                "name": "Angka Buta Aksara penduduk usia 15 tahun ke atas",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya akses layanan pendidikan",
                "polarity": "lower-is-better",
                "targets": [
                    ("0,85 %", 0.85),
                    ("0,80 %", 0.8),
                    ("0,75 %", 0.75),
                    ("0,70 %", 0.7),
                    ("0,65 %", 0.65),
                ],
                "formula": None,
            },
            {
                "name": "Rata-rata lama sekolah",
                "sub_items": [],
                "unit": None,
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya akses layanan pendidikan",
                "polarity": "higher-is-better",
                "targets": [
                    ("8,12", 8.12),
                    ("8,25", 8.25),
                    ("8,38", 8.38),
                    ("8,51", 8.51),
                    ("8,64", 8.64),
                ],
                "formula": None,
            },
            {
                "name": "Prosentase sekolah terakreditasi minimal B",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya mutu layanan pendidikan",
                "polarity": "higher-is-better",
                "targets": [
                    ("70 %", 70.0),
                    ("74 %", 74.0),
                    ("78 %", 78.0),
                    ("82 %", 82.0),
                    ("85 %", 85.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase guru bersertifikat pendidik",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya mutu layanan pendidikan",
                "polarity": "higher-is-better",
                "targets": [
                    ("85 %", 85.0),
                    ("88 %", 88.0),
                    ("91 %", 91.0),
                    ("94 %", 94.0),
                    ("97 %", 97.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase guru berkualifikasi S1/D4",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya mutu layanan pendidikan",
                "polarity": "higher-is-better",
                "targets": [
                    ("85 %", 85.0),
                    ("88 %", 88.0),
                    ("91 %", 91.0),
                    ("94 %", 94.0),
                    ("97 %", 97.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase satuan pendidikan yang menerapkan Kurikulum Merdeka",
                "sub_items": [("a", "SD"), ("b", "SMP")],
                "unit": "%",
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya mutu layanan pendidikan",
                "polarity": "higher-is-better",
                "targets": [
                    ("-", None),
                    ("25 %", 25.0),
                    ("50 %", 50.0),
                    ("75 %", 75.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase ruang kelas dalam kondisi baik",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya pemerataan dan mutu layanan pendidikan",
                "objective": "Meningkatnya mutu layanan pendidikan",
                "polarity": "higher-is-better",
                "targets": [
                    ("95 %", 95.0),
                    ("97 %", 97.0),
                    ("100 %", 100.0),
                    ("100 %", 100.0),
                    ("120 %", 120.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase cagar budaya yang dilestarikan",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya pelestarian dan pemajuan kebudayaan daerah",
                "objective": "Meningkatnya pelestarian cagar budaya dan seni tradisi",
                "polarity": "higher-is-better",
                "targets": [
                    ("n/a", None),
                    ("40 %", 40.0),
                    ("50 %", 50.0),
                    ("60 %", 60.0),
                    ("70 %", 70.0),
                ],
                "formula": None,
            },
        ],
        "findings": [
            ("nip-invalid", "error", None),
            ("percent-out-of-range", "warning", "Persentase ruang kelas dalam kondisi baik"),
            ("spelling", "warning", "Prosentase sekolah terakreditasi minimal B"),
            # 95 97 100 100 then 120: +20 in the last year against at most +3 before
            ("target-jump", "warning", "Persentase ruang kelas dalam kondisi baik"),
            ("unit-missing", "warning", "Rata-rata lama sekolah"),
        ],
    },
    # Windows-1252 with CRLF: en dash in "2021 – 2025", "Jum’at" (U+2019), "René".
    # T-C.25 like seed 1 but 5 of 5 columns. Predicates B/A (IKM), BB/A/AA (SAKIP), words
    # "Belum bagus"/"cukup"/"baik" (no unit-missing), glued "IndeksKepuasanMasyarakat".
    "renstra_kec_sukamaju_barat_cp1252.txt": {
        "doc_type": "renstra",
        "encoding": "cp1252",
        "organization": ("Kecamatan Sukamaju Barat", "Kota Sukamaju"),
        "period": (2021, 2025),
        "indicators": [
            {
                "name": "IndeksKepuasanMasyarakat (IKM) pelayanan kecamatan",
                "sub_items": [],
                "unit": "indeks",  # inferred from 'Indeks...', glued or not
                "goal": "Meningkatnya kualitas pelayanan publik kecamatan",
                "objective": "Meningkatnya kepuasan masyarakat atas pelayanan kecamatan",
                "polarity": "higher-is-better",
                "targets": [("B", None), ("B", None), ("B", None), ("A", None), ("A", None)],
                "formula": None,
            },
            {
                "name": "Hasil penilaian pengelolaan arsip kecamatan",
                "sub_items": [],
                "unit": None,
                "goal": "Meningkatnya kualitas pelayanan publik kecamatan",
                "objective": "Meningkatnya kepuasan masyarakat atas pelayanan kecamatan",
                "polarity": "higher-is-better",
                "targets": [
                    ("Belum bagus", None),
                    ("cukup", None),
                    ("cukup", None),
                    ("baik", None),
                    ("baik", None),
                ],
                "formula": None,
            },
            {
                "name": "Nilai SAKIP Kecamatan",
                "sub_items": [],
                "unit": None,
                "goal": "Meningkatnya kualitas pelayanan publik kecamatan",
                "objective": "Meningkatnya akuntabilitas kinerja kecamatan",
                "polarity": "higher-is-better",
                "targets": [("BB", None), ("BB", None), ("A", None), ("A", None), ("AA", None)],
                "formula": None,
            },
            {
                "name": "Persentase kelurahan yang melaksanakan Jum\u2019at Bersih secara rutin",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya ketentraman, ketertiban dan partisipasi masyarakat",
                "objective": (
                    "Meningkatnya partisipasi masyarakat dalam kegiatan Jum\u2019at Bersih"
                ),
                "polarity": "higher-is-better",
                "targets": [
                    ("60 %", 60.0),
                    ("70 %", 70.0),
                    ("80 %", 80.0),
                    ("90 %", 90.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase penurunan kasus gangguan ketentraman dan ketertiban umum",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya ketentraman, ketertiban dan partisipasi masyarakat",
                "objective": "Menurunnya gangguan ketentraman dan ketertiban umum",
                "polarity": "lower-is-better",
                "targets": [
                    ("5 %", 5.0),
                    ("10 %", 10.0),
                    ("15 %", 15.0),
                    ("20 %", 20.0),
                    ("25 %", 25.0),
                ],
                "formula": None,
            },
        ],
        "findings": [
            ("spelling", "warning", "IndeksKepuasanMasyarakat (IKM) pelayanan kecamatan"),
            ("unit-missing", "info", "IndeksKepuasanMasyarakat (IKM) pelayanan kecamatan"),
        ],
    },
    # Transition plan 2024-2026 (3 years) laid out on the 5-year template: 5 target columns
    # (error: not years-1). Single-row header "Target Tahun ke-N"; NIP written without spaces.
    "renstra_dinsos_tanjung_harapan.txt": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Dinas Sosial", "Kota Tanjung Harapan"),
        "period": (2024, 2026),
        "indicators": [
            {
                "name": (
                    "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar"
                ),
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kesejahteraan sosial masyarakat",
                "objective": (
                    "Meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)"
                ),
                "polarity": "higher-is-better",
                "targets": [
                    ("60 %", 60.0),
                    ("65 %", 65.0),
                    ("70 %", 70.0),
                    ("75 %", 75.0),
                    ("80 %", 80.0),
                ],
                "formula": None,
            },
            {
                "name": (
                    "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan "
                    "dasarnya di dalam panti"
                ),
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kesejahteraan sosial masyarakat",
                "objective": (
                    "Meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)"
                ),
                "polarity": "higher-is-better",
                "targets": [
                    ("100 %", 100.0),
                    ("100 %", 100.0),
                    ("100 %", 100.0),
                    ("100 %", 100.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase data terpadu kesejahteraan sosial yang dimutakhirkan",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kesejahteraan sosial masyarakat",
                "objective": "Meningkatnya ketepatan sasaran bantuan sosial",
                "polarity": "higher-is-better",
                "targets": [
                    ("70 %", 70.0),
                    ("80 %", 80.0),
                    ("90 %", 90.0),
                    ("95 %", 95.0),
                    ("100 %", 100.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase keluarga penerima manfaat yang tergraduasi mandiri",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kesejahteraan sosial masyarakat",
                "objective": "Meningkatnya ketepatan sasaran bantuan sosial",
                "polarity": "higher-is-better",
                "targets": [
                    ("5 %", 5.0),
                    ("7 %", 7.0),
                    ("9 %", 9.0),
                    ("11 %", 11.0),
                    ("13 %", 13.0),
                ],
                "formula": None,
            },
        ],
        "findings": [
            ("target-count-mismatch", "error", None),
        ],
    },
    # CLEAN. Transition RPD 2023-2026 with 4 target columns, two-row header "TARGET" over
    # 2023..2026 with leading and trailing empty cells. Ranges "69,1-69,5", WTP, BB/A,
    # mixed "3.5" then "3,75" in one row, "76,5", "80%".
    "renstra_setda_mekarsari.txt": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Sekretariat Daerah", "Kabupaten Mekarsari"),
        "period": (2023, 2026),
        "indicators": [
            {
                "name": "Indeks Pembangunan Manusia (IPM)",
                "sub_items": [],
                "unit": "poin",
                "polarity": "higher-is-better",
                "baseline": ("68,72", 68.72),
                "targets": [
                    ("69,1-69,5", None),
                    ("69,6-70,0", None),
                    ("70,1-70,5", None),
                    ("70,6-71,0", None),
                ],
                "final_target": ("70,6-71,0", None),
                "formula": None,
            },
            {
                "name": "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
                "sub_items": [],
                "unit": "opini",
                "polarity": "higher-is-better",
                "baseline": ("WTP", None),
                "targets": [("WTP", None), ("WTP", None), ("WTP", None), ("WTP", None)],
                "final_target": ("WTP", None),
                "formula": None,
            },
            {
                "name": "Nilai Reformasi Birokrasi",
                "sub_items": [],
                "unit": "predikat",
                "polarity": "higher-is-better",
                "baseline": ("B", None),
                "targets": [("B", None), ("BB", None), ("BB", None), ("A", None)],
                "final_target": ("A", None),
                "formula": None,
            },
            {
                "name": "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                "sub_items": [],
                "unit": "indeks",
                "polarity": "higher-is-better",
                "baseline": ("3,20", 3.2),
                "targets": [("3.5", 3.5), ("3,75", 3.75), ("3,80", 3.8), ("4,00", 4.0)],
                "final_target": ("4,00", 4.0),
                "formula": None,
            },
            {
                "name": "Nilai Indeks Kepuasan Masyarakat (IKM) Pemerintah Kabupaten",
                "sub_items": [],
                "unit": "nilai",
                "polarity": "higher-is-better",
                "baseline": ("75,2", 75.2),
                "targets": [("76,5", 76.5), ("77,5", 77.5), ("78,5", 78.5), ("80", 80.0)],
                "final_target": ("80", 80.0),
                "formula": None,
            },
            {
                "name": "Persentase produk hukum daerah yang ditetapkan tepat waktu",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "baseline": ("80%", 80.0),
                "targets": [("85%", 85.0), ("90%", 90.0), ("95%", 95.0), ("100%", 100.0)],
                "final_target": ("100%", 100.0),
                "formula": None,
            },
        ],
        "findings": [],
    },
    # T-C.28 with a Satuan column, headers "Target 2022..2026", a year in the baseline header.
    # Title typo 2022-2062 (text and caption say 2022-2026). "1.500bh", "2 hari",
    # a Persentase with satuan "dokumen", one indicator listed twice, one empty target cell.
    "renstra_dispar_tanah_datar_baru.txt": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Dinas Pariwisata, Pemuda dan Olahraga", "Kabupaten Tanah Datar Baru"),
        "period": (2022, 2026),
        "indicators": [
            {
                "name": "Jumlah kunjungan wisatawan",
                "sub_items": [],
                "unit": "orang",
                "polarity": "higher-is-better",
                "baseline": ("152.340", 152340.0),
                "targets": [
                    ("160.000", 160000.0),
                    ("175.000", 175000.0),
                    ("190.000", 190000.0),
                    ("205.000", 205000.0),
                    ("220.000", 220000.0),
                ],
                "final_target": ("220.000", 220000.0),
                "formula": None,
            },
            {
                "name": "Waktu rata-rata penerbitan rekomendasi teknis usaha pariwisata",
                "sub_items": [],
                "unit": "hari",
                "polarity": "lower-is-better",
                "baseline": ("5 hari", 5.0),
                "targets": [
                    ("4 hari", 4.0),
                    ("3 hari", 3.0),
                    ("3 hari", 3.0),
                    ("2 hari", 2.0),
                    ("2 hari", 2.0),
                ],
                "final_target": ("2 hari", 2.0),
                "formula": None,
            },
            {
                "name": "Jumlah produk ekonomi kreatif yang difasilitasi",
                "sub_items": [],
                "unit": "buah",
                "polarity": "higher-is-better",
                "baseline": ("1.000bh", 1000.0),
                "targets": [
                    ("1.100bh", 1100.0),
                    ("1.200bh", 1200.0),
                    ("1.300bh", 1300.0),
                    ("1.400bh", 1400.0),
                    ("1.500bh", 1500.0),
                ],
                "final_target": ("1.500bh", 1500.0),
                "formula": None,
            },
            {
                "name": "Persentase destinasi wisata yang memiliki dokumen rencana induk",
                "sub_items": [],
                "unit": "dokumen",
                "polarity": "higher-is-better",
                "baseline": ("20", 20.0),
                "targets": [
                    ("30", 30.0),
                    ("40", 40.0),
                    ("50", 50.0),
                    ("60", 60.0),
                    ("70", 70.0),
                ],
                "final_target": ("70", 70.0),
                "formula": None,
            },
            {
                "name": "Jumlah kunjungan wisatawan",
                "sub_items": [],
                "unit": "orang",
                "polarity": "higher-is-better",
                "baseline": ("152.340", 152340.0),
                "targets": [
                    ("165.000", 165000.0),
                    ("180.000", 180000.0),
                    ("195.000", 195000.0),
                    ("210.000", 210000.0),
                    ("225.000", 225000.0),
                ],
                "final_target": ("225.000", 225000.0),
                "formula": None,
            },
            {
                "name": "Persentase pemuda yang aktif dalam organisasi kepemudaan",
                "sub_items": [],
                "unit": "%",
                "polarity": "higher-is-better",
                "baseline": ("12%", 12.0),
                "targets": [
                    ("13%", 13.0),
                    ("14%", 14.0),
                    ("15%", 15.0),
                    ("", None),
                    ("17%", 17.0),
                ],
                "final_target": ("17%", 17.0),
                "formula": None,
            },
            {
                "name": "Jumlah medali yang diraih pada kejuaraan tingkat provinsi dan nasional",
                "sub_items": [],
                "unit": "medali",
                "polarity": "higher-is-better",
                "baseline": ("18", 18.0),
                "targets": [
                    ("20", 20.0),
                    ("22", 22.0),
                    ("24", 24.0),
                    ("26", 26.0),
                    ("28", 28.0),
                ],
                "final_target": ("28", 28.0),
                "formula": None,
            },
        ],
        "findings": [
            ("duplicate-indicator", "warning", "Jumlah kunjungan wisatawan"),
            ("period-typo", "error", None),
            (
                "target-missing",
                "error",
                "Persentase pemuda yang aktif dalam organisasi kepemudaan",
            ),
            (
                "unit-mismatch",
                "error",
                "Persentase destinasi wisata yang memiliki dokumen rencana induk",
            ),
        ],
    },
    # T-C.25 with the seed's two-row "TAHUN KE-" header, 2021-2026 (6 years) on 5 columns:
    # which year is "ke-1" is ambiguous, so a warning. "Pesersentase"; Persentase penurunan.
    "renstra_dpupr_sukamaju.txt": {
        "doc_type": "renstra",
        "encoding": "utf-8",
        "organization": ("Dinas Pekerjaan Umum dan Penataan Ruang", "Kota Sukamaju"),
        "period": (2021, 2026),
        "indicators": [
            {
                "name": "Persentase panjang jalan kota dalam kondisi mantap",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kualitas infrastruktur kota yang berkelanjutan",
                "objective": "Meningkatnya kemantapan jalan kota",
                "polarity": "higher-is-better",
                "targets": [
                    ("72 %", 72.0),
                    ("75 %", 75.0),
                    ("78 %", 78.0),
                    ("81 %", 81.0),
                    ("85 %", 85.0),
                ],
                "formula": None,
            },
            {
                "name": "Pesersentase rumah tangga yang memiliki akses air minum layak",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kualitas infrastruktur kota yang berkelanjutan",
                "objective": "Meningkatnya kualitas permukiman",
                "polarity": "higher-is-better",
                "targets": [
                    ("88 %", 88.0),
                    ("90 %", 90.0),
                    ("92 %", 92.0),
                    ("94 %", 94.0),
                    ("96 %", 96.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase penurunan luas kawasan permukiman kumuh",
                "sub_items": [],
                "unit": "%",
                "goal": "Meningkatnya kualitas infrastruktur kota yang berkelanjutan",
                "objective": "Meningkatnya kualitas permukiman",
                "polarity": "lower-is-better",
                "targets": [
                    ("10 %", 10.0),
                    ("20 %", 20.0),
                    ("30 %", 30.0),
                    ("40 %", 40.0),
                    ("50 %", 50.0),
                ],
                "formula": None,
            },
            {
                "name": "Persentase kesesuaian pemanfaatan ruang dengan RTRW",
                "sub_items": [],
                "unit": "%",
                "goal": "Terwujudnya penataan ruang yang tertib dan berkelanjutan",
                "objective": "Meningkatnya kesesuaian pemanfaatan ruang",
                "polarity": "higher-is-better",
                "targets": [
                    ("80 %", 80.0),
                    ("83 %", 83.0),
                    ("86 %", 86.0),
                    ("89 %", 89.0),
                    ("92 %", 92.0),
                ],
                "formula": None,
            },
        ],
        "findings": [
            (
                "spelling",
                "warning",
                "Pesersentase rumah tangga yang memiliki akses air minum layak",
            ),
            ("target-count-mismatch", "warning", None),
        ],
    },
    # An old (2008) IKU: "NAMA SKPD", layout No | Sasaran Strategis | IKU | Alasan/Penjelasan |
    # Sumber Data (no satuan, no rumus: the two 'Persentase'/'Presentase' get % inferred from
    # their names, said as info). Renstra 2006-2010 beside
    # RPJMD 2005-2010 (period-mismatch), "Presentase", legacy 9-digit NIP (info only).
    "iku_arsip_tanah_datar_baru_2008.txt": {
        "doc_type": "iku",
        "encoding": "utf-8",
        "organization": ("KANTOR ARSIP DAN PERPUSTAKAAN DAERAH", "KABUPATEN TANAH DATAR BARU"),
        "period": (2006, 2010),
        "indicators": [
            {
                "name": "Presentase arsip SKPD yang tertata sesuai kaidah kearsipan",
                "sub_items": [],
                "unit": "%",
                "objective": "Meningkatnya kualitas pengelolaan arsip daerah",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": None,
            },
            {
                "name": "Jumlah arsip statis yang diakuisisi",
                "sub_items": [],
                "unit": None,
                "objective": "Meningkatnya kualitas pengelolaan arsip daerah",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": None,
            },
            {
                "name": "Jumlah kunjungan ke perpustakaan daerah",
                "sub_items": [],
                "unit": None,
                "objective": "Meningkatnya minat baca masyarakat",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": None,
            },
            {
                "name": "Persentase desa yang memiliki perpustakaan desa",
                "sub_items": [],
                "unit": "%",
                "objective": "Meningkatnya minat baca masyarakat",
                "polarity": "higher-is-better",
                "targets": [],
                "formula": None,
            },
        ],
        "findings": [
            ("nip-invalid", "info", None),
            ("period-mismatch", "warning", None),
            (
                "spelling",
                "warning",
                "Presentase arsip SKPD yang tertata sesuai kaidah kearsipan",
            ),
            ("unit-missing", "info", "Persentase desa yang memiliki perpustakaan desa"),
            ("unit-missing", "info", "Presentase arsip SKPD yang tertata sesuai kaidah kearsipan"),
        ],
    },
    # The same Dinas Kesehatan's IKU in the Kodefikasi layout (Baseline 2021 + calendar-year
    # targets + Definisi + Sumber Data), read beside renstra_dinkes_tanah_datar_baru.txt by the
    # cross-document rules (tests/test_crossdoc.py): 'Angka Kematian Bayi' 2024 is 9,0 here
    # but 8,9 in the Renstra; 'Prevalensi stunting pada balita' is not in the Renstra. Alone,
    # it is clean.
    "iku_dinkes_tanah_datar_baru.txt": {
        "doc_type": "iku",
        "encoding": "utf-8",
        "organization": ("Dinas Kesehatan", "Kabupaten Tanah Datar Baru"),
        "period": (2022, 2026),
        "indicators": [
            {
                "name": "Angka kematian ibu",
                "unit": "per 100.000 KH",
                "polarity": "lower-is-better",
                "baseline": ("112", 112.0),
                "targets": [
                    ("108", 108.0),
                    ("104", 104.0),
                    ("100", 100.0),
                    ("96", 96.0),
                    ("92", 92.0),
                ],
                "formula": None,
            },
            {
                "name": "Angka Kematian Bayi",
                "unit": "per 1.000 KH",
                "polarity": "lower-is-better",
                "baseline": ("9,8", 9.8),
                "targets": [("9,5", 9.5), ("9,2", 9.2), ("9,0", 9.0), ("8,6", 8.6), ("8,3", 8.3)],
                "formula": None,
            },
            {
                "name": "Jumlah kasus Demam Berdarah Dengue",
                "unit": "kasus",
                "polarity": "lower-is-better",
                "baseline": ("214", 214.0),
                "targets": [
                    ("200", 200.0),
                    ("185", 185.0),
                    ("170", 170.0),
                    ("155", 155.0),
                    ("140", 140.0),
                ],
                "formula": None,
            },
            {
                "name": "Prevalensi stunting pada balita",
                "unit": "%",
                "polarity": "lower-is-better",
                "baseline": ("24,5", 24.5),
                "targets": [("22", 22.0), ("20", 20.0), ("18", 18.0), ("16", 16.0), ("14", 14.0)],
                "formula": None,
            },
        ],
        "findings": [],
    },
}

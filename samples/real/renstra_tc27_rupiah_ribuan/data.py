"""The rows of renstra_tc27_rupiah_ribuan, transcribed by hand from the public export named in
SOURCE (renstra_program / _program_indikator, renstra_kegiatan / _kegiatan_indikator,
renstra_sub_kegiatan / _sub_kegiatan_indikator of Bakesbangpol Kabupaten Situbondo, programs
8.01.02 to 8.01.06 whole). Amounts are the source's whole rupiah; build.py writes them in
thousands. Shared by build.py (the .docx/.pdf/.xlsx); kept for the record.
"""

from __future__ import annotations

TITLE = (
    "Tabel 6.1",
    "Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah",
    "Badan Kesatuan Bangsa dan Politik Kabupaten Situbondo",
    "Tahun 2025-2029",
)
YEARS = (2026, 2027, 2028, 2029, 2030)
TUJUAN = "Terwujudnya Stabilitas dan Kondusifitas di Kabupaten Situbondo"
SASARAN_14 = (
    "Terwujudnya Pemahaman Ideologi Pancasila, Wawasan Kebangsaan dan Politik pada Masyarakat"
)
SASARAN_15 = "Terwujudnya Kewaspadaan Dini dan Harmoni Masyarakat di Kabupaten Situbondo"
RESPONSIBLE = "BAKESBANGPOL"
LOCATION = "Kabupaten Situbondo"

# the bidang phrases the source repeats word for word inside kegiatan / sub kegiatan names
IDEO = (
    "Ideologi Wawasan Kebangsaan, Bela Negara, Karakter Bangsa, Pembauran Kebangsaan, Bineka "
    "Tunggal Ika dan Sejarah Kebangsaan"
)
POL = (
    "Pendidikan Politik, Etika Budaya Politik, Peningkatan Demokrasi, Fasilitasi Kelembagaan "
    "Pemerintahan, Perwakilan dan Partai Politik, Pemilihan Umum/Pemilihan Umum Kepala Daerah, "
    "serta Pemantauan Situasi Politik di Daerah"
)
ORMAS = (
    "Pendaftaran Ormas, Pemberdayaan Ormas, Evaluasi dan Mediasi Sengketa Ormas, Pengawasan "
    "Ormas dan Ormas Asing di Daerah"
)
EKO = (
    "Ketahanan Ekonomi, Sosial, Budaya dan Fasilitasi Pencegahan Penyalagunaan Narkotika, "
    "Fasilitasi Kerukunan Umat Beragama dan Penghayat Kepercayaan di Daerah"
)
WAS = (
    "Kewaspadaan Dini, Kerja Sama Intelijen, Pemantauan Orang Asing, Tenaga Kerja Asing dan "
    "Lembaga Asing, Kewaspadaan Perbatasan antar Negara, Fasilitasi Kelembagaan Bidang "
    "Kewaspadaan, serta Penanganan Konflik di Daerah"
)


def cut(text: str) -> str:
    """The source's nama columns hold 255 characters: longer names stop mid-word there."""
    return text[:255]


M = 1_000_000
E = ""  # an empty target cell
# (level, code, name, indicator, satuan, kondisi awal, targets 2026-2030, Rp 2026-2030)
ROWS = (
    # --- sasaran 14 -------------------------------------------------------------------------
    ("program", "8.01.02", "PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN",
     "Persentase Penguatan Ideologi Pancasila dan Karakter Kebangsaan", "%", "100",
     ("100",) * 5, (808_750_000,) + (637_571_904,) * 4),
    ("kegiatan", "8.01.02.2.01", "Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang "
     "Ideologi Pancasila dan Karakter Kebangsaan",
     "Laporan Hasil Pembinaan Lanjutan kepada Purnapaskibraka Duta Pancasila", "Dokumen", E,
     (E,) + ("1",) * 4, (808_750_000,) + (637_571_904,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0001", f"Penyusunan Program Kerja di Bidang {IDEO}",
     f"Jumlah Dokumen Program Kerja di Bidang {IDEO} yang Disusun", "Dokumen", "1",
     ("1",) * 5, (86_811_900,) + (126_750_000,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0002", f"Perumusan Kebijakan Teknis di Bidang {IDEO}",
     f"Jumlah Kebijakan Teknis di Bidang {IDEO} yang Disusun", "Dokumen", E,
     (E,) + ("1",) * 4, (0,) + (30 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0003", f"Pelaksanaan Kebijakan di Bidang {IDEO}",
     f"Jumlah Orang yang Mengikuti Pelaksanaan Kebijakan di Bidang {IDEO}", "Orang", E,
     (E,) + ("60",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0004", f"Pelaksanaan Koordinasi di Bidang {IDEO}",
     f"Jumlah Orang yang Mengikuti Koordinasi di Bidang {IDEO}", "Orang", E,
     (E,) + ("100",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0005",
     f"Pelaksanaan Monitoring Evaluasi dan Pelaporan di Bidang {IDEO}",
     f"Jumlah Laporan Hasil Monitoring Evaluasi dan Pelaporan di Bidang {IDEO}", "Laporan", E,
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0006",
     "Pembentukan dan Penumbuhan Karakter Keluarga Melalui Peningkatan Kesadaran Masyarakat "
     "akan Pentingnya Penghayatan dan Pengamalan Pancasila dalam Semua Aspek Kehidupan "
     "Bermasyarakat, Berbangsa, dan Bernegara",
     "Jumlah Keluarga yang Mengikuti Pembentukan dan Penumbuhan Karakter Keluarga Melalui "
     "Peningkatan Kesadaran Masyarakat Akan Pentingnya Penghayatan dan Pengamalan Pancasila "
     "dalam Semua Aspek Kehidupan Bermasyarakat, Berbangsa, dan Bernegara", "Keluarga", E,
     (E,) + ("10",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0007",
     "Pembinaan terhadap aktivitas kepaskibrakaan dan Purnapaskibraka",
     "Laporan Hasil Pembinaan Aktivitas Kepaskibrakaan dan Laporan Hasil Pembinaan "
     "Purnapaskibraka", "Dokumen", "1", (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0008", "Pembentukan Paskibraka", "Jumlah Paskibraka",
     "Orang", "74", ("74",) * 5, (721_938_100,) + (400_821_904,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0009",
     "Pembinaan Lanjutan kepada Purnapaskibraka Duta Pancasila",
     "Laporan Hasil Pembinaan Lanjutan kepada Purnapaskibraka Duta Pancasila", "Dokumen", E,
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0010", "Pelaksanaan tugas Purnapaskibraka Duta Pancasila",
     "Laporan Hasil Pelaksanaan Tugas Purnapaskibraka Duta Pancasila", "Dokumen", E,
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.02.2.01.0011", "Pengangkatan Purnapaskibraka Duta Pancasila",
     "Jumlah Purnapaskibraka Duta Pancasila", "Orang", E, (E,) + ("74",) * 4,
     (0,) + (10 * M,) * 4),
    ("program", "8.01.03",
     "PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN "
     "POLITIK DAN PENGEMBANGAN ETIKA SERTA BUDAYA POLITIK",
     "Persentase Pendidikan Politik pada Kader Partai Politik (Persentase)", "", "100",
     ("100",) * 5,
     (3_143_550_100, 2_206_431_346, 2_206_431_346, 42_206_431_346, 2_206_431_346)),
    ("kegiatan", "8.01.03.2.01",
     cut(f"Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang {POL}"),
     f"Jumlah Kebijakan di Bidang {POL} yang Disusun", "Dokumen", "1", ("1",) * 5,
     (3_143_550_100, 2_206_431_346, 2_206_431_346, 42_206_431_346, 2_206_431_346)),
    ("sub_kegiatan", "8.01.03.2.01.0001", f"Penyusunan Program Kerja di Bidang {POL}",
     f"Jumlah Dokumen Program Kerja di Bidang {POL} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.03.2.01.0002",
     cut(f"Penyusunan Bahan Perumusan Kebijakan di Bidang {POL}"),
     f"Jumlah Kebijakan di Bidang {POL} yang Disusun", "Dokumen", "1", ("1",) * 5,
     (78_664_450,) + (88_983_452,) * 4),
    ("sub_kegiatan", "8.01.03.2.01.0003", f"Pelaksanaan Kebijakan di Bidang {POL}",
     f"Jumlah Orang yang Mengikuti Pelaksanaan Kebijakan di Bidang {POL}", "Orang", "300",
     ("100",) * 5,
     (1_965_065_200, 1_999_078_244, 1_999_078_244, 41_999_078_244, 1_999_078_244)),
    ("sub_kegiatan", "8.01.03.2.01.0004", f"Pelaksanaan Koordinasi di Bidang {POL}",
     f"Jumlah Orang yang Mengikuti Koordinasi di Bidang {POL}", "Orang", "50", ("50",) * 5,
     (75_064_800,) + (58_656_000,) * 4),
    ("sub_kegiatan", "8.01.03.2.01.0005",
     cut(f"Pelaksanaan Monitoring, Evaluasi dan Pelaporan di Bidang {POL}"),
     f"Jumlah Laporan Hasil Monitoring, Evaluasi dan Pelaporan di Bidang {POL}", "Laporan",
     "12", ("1",) * 5, (1_024_755_650,) + (39_713_650,) * 4),
    ("sub_kegiatan", "8.01.03.2.01.0006", "Pelaksanaan tugas Paskibraka",
     "Jumlah Laporan Kegiatan Pelaksanaan Tugas Paskibraka", "Kegiatan", E,
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    # --- sasaran 15 -------------------------------------------------------------------------
    ("program", "8.01.04", "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN",
     "Persentase Organisasi Kemasyarakatan yang Aktif", "Persentase", "100", ("100",) * 5,
     (300 * M, 550 * M, 600 * M, 650 * M, 700 * M)),
    ("kegiatan", "8.01.04.2.01", "Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang "
     "Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
     f"Jumlah Dokumen Program Kerja di Bidang {ORMAS} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (300 * M, 550 * M, 600 * M, 650 * M, 700 * M)),
    ("sub_kegiatan", "8.01.04.2.01.0001", f"Penyusunan Program Kerja di Bidang {ORMAS}",
     f"Jumlah Dokumen Program Kerja di Bidang {ORMAS} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (0, 285 * M, 335 * M, 385 * M, 435 * M)),
    ("sub_kegiatan", "8.01.04.2.01.0002",
     f"Penyusunan Bahan Perumusan Kebijakan di Bidang {ORMAS}",
     f"Jumlah Kebijakan di Bidang {ORMAS} yang Disusun", "Dokumen", "1", (E,) + ("1",) * 4,
     (0,) + (50 * M,) * 4),
    ("sub_kegiatan", "8.01.04.2.01.0003", f"Pelaksanaan Kebijakan di Bidang {ORMAS}",
     f"Jumlah Orang yang Mengikuti Pelaksanaan Kebijakan di Bidang {ORMAS}", "Orang", "10",
     ("10",) * 5, (300 * M,) + (175 * M,) * 4),
    ("sub_kegiatan", "8.01.04.2.01.0004", f"Pelaksanaan Koordinasi di Bidang {ORMAS}",
     f"Jumlah Orang yang Mengikuti Koordinasi di Bidang {ORMAS}", "Orang", "20",
     (E,) + ("20",) * 4, (0,) + (20 * M,) * 4),
    ("sub_kegiatan", "8.01.04.2.01.0005",
     f"Pelaksanaan Monitoring, Evaluasi dan Pelaporan di Bidang {ORMAS}",
     f"Jumlah Laporan Hasil Monitoring, Evaluasi dan Pelaporan di Bidang {ORMAS}", "Laporan",
     "1", (E,) + ("1",) * 4, (0,) + (20 * M,) * 4),
    ("program", "8.01.05",
     "PROGRAM PEMBINAAN DAN PENGEMBANGAN KETAHANAN EKONOMI, SOSIAL, DAN BUDAYA",
     f"Persentase Kebijakan di Bidang {EKO} yang Dilaksanakan", "Persentase", "100",
     ("100",) * 5, (399_750_000,) + (905 * M,) * 4),
    ("kegiatan", "8.01.05.2.01", "Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang "
     "Ketahanan Ekonomi, Sosial dan Budaya",
     f"Jumlah Dokumen Program Kerja di Bidang {EKO} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (399_750_000,) + (905 * M,) * 4),
    ("sub_kegiatan", "8.01.05.2.01.0001", f"Penyusunan Program Kerja di Bidang {EKO}",
     f"Jumlah Dokumen Program Kerja di Bidang {EKO} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.05.2.01.0002",
     f"Penyusunan Bahan Perumusan Kebijakan di Bidang {EKO}",
     f"Jumlah Kebijakan di Bidang {EKO} yang Disusun", "Dokumen", "1", (E,) + ("1",) * 4,
     (0,) + (75 * M,) * 4),
    ("sub_kegiatan", "8.01.05.2.01.0003", f"Pelaksanaan Kebijakan di Bidang {EKO}",
     f"Jumlah Orang yang Mengikuti Pelaksanaan Kebijakan di Bidang {EKO}", "Orang", "27",
     ("27",) * 5, (166_250_000,) + (450 * M,) * 4),
    ("sub_kegiatan", "8.01.05.2.01.0004", f"Pelaksanaan Koordinasi di Bidang {EKO}",
     f"Jumlah Orang yang Mengikuti Koordinasi di Bidang {EKO}", "Orang", "100", ("100",) * 5,
     (233_500_000,) + (350 * M,) * 4),
    ("sub_kegiatan", "8.01.05.2.01.0005",
     f"Pelaksanaan Monitoring, Evaluasi dan Pelaporan di Bidang {EKO}",
     f"Jumlah Laporan Hasil Monitoring, Evaluasi dan Pelaporan di Bidang {EKO}", "Laporan",
     "1", (E,) + ("1",) * 4, (0,) + (20 * M,) * 4),
    ("program", "8.01.06",
     "PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI "
     "PENANGANAN KONFLIK SOSIAL",
     "Persentase Konflik Sosial yang Diselesaikan", "Persentase", "100", ("100",) * 5,
     (793 * M,) + (2_243_780_000,) * 4),
    ("kegiatan", "8.01.06.2.01", "Perumusan Kebijakan Teknis dan Pelaksanaan Pemantapan "
     "Kewaspadaan Nasional dan Penanganan Konflik Sosial",
     f"Jumlah Dokumen Program Kerja di Bidang {WAS} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (793 * M,) + (2_243_780_000,) * 4),
    ("sub_kegiatan", "8.01.06.2.01.0001", f"Penyusunan Program Kerja di Bidang {WAS}",
     f"Jumlah Dokumen Program Kerja di Bidang {WAS} yang Disusun", "Dokumen", "1",
     (E,) + ("1",) * 4, (0,) + (10 * M,) * 4),
    ("sub_kegiatan", "8.01.06.2.01.0002",
     cut(f"Penyusunan Bahan Perumusan Kebijakan di Bidang {WAS}"),
     f"Jumlah Kebijakan di Bidang {WAS} yang Disusun", "Dokumen", "1", ("1",) * 5,
     (50 * M,) + (100 * M,) * 4),
    ("sub_kegiatan", "8.01.06.2.01.0003", f"Pelaksanaan Kebijakan di Bidang {WAS}",
     f"Jumlah Orang yang Mengikuti pelaksanaan Kebijakan di Bidang {WAS}", "Orang", "114",
     ("114",) * 5, (223 * M,) + (933_780_000,) * 4),
    ("sub_kegiatan", "8.01.06.2.01.0004", f"Pelaksanaan Koordinasi di Bidang {WAS}",
     f"Jumlah Orang yang Mengikuti Koordinasi di Bidang {WAS}", "Orang", "300",
     (E,) + ("150",) * 4, (0,) + (100 * M,) * 4),
    ("sub_kegiatan", "8.01.06.2.01.0005",
     cut(f"Pelaksanaan Monitoring, Evaluasi dan Pelaporan di Bidang {WAS}"),
     f"Jumlah Laporan Hasil Monitoring, Evaluasi dan Pelaporan di Bidang {WAS}", "Laporan",
     "1", ("1",) * 5, (20 * M,) + (100 * M,) * 4),
    ("sub_kegiatan", "8.01.06.2.01.0006",
     "Pelaksanaan Forum Koordinasi Pimpinan Daerah Kabupaten/Kota",
     "Jumlah Dokumen Hasil Pelaksanaan Forum Koordinasi Pimpinan Daerah Kabupaten/Kota",
     "Dokumen", "1", ("1",) * 5, (500 * M,) + (1000 * M,) * 4),
)
SASARAN_ROWS = ((SASARAN_14, 21), (SASARAN_15, 22))
"""Each sasaran and the number of rows its cell is merged down (its programs' rows)."""


def ribu(rupiah: int) -> str:
    """Whole rupiah written in thousands, Indonesian style: 637571904 -> '637.571,904'."""
    whole, rest = divmod(rupiah, 1000)
    text = f"{whole:,}".replace(",", ".")
    if rest:
        text += "," + f"{rest:03d}".rstrip("0")
    return text

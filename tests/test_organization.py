from __future__ import annotations

import pytest
from renstra.extract.parsers.organization import find_organization
from renstra.schemas import Organization

from .lines import lines_of, sample_lines


def test_renstra_seed() -> None:
    assert find_organization(sample_lines("renstra_metro_timur.txt")) == Organization(
        name="Kecamatan Metro Timur", region=None
    )


def test_iku_seed() -> None:
    assert find_organization(sample_lines("iku_metro_utara.txt")) == Organization(
        name="Kecamatan Metro Utara", region="Kota Metro"
    )


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("NAMA OPD : KECAMATAN METRO UTARA", "Kecamatan Metro Utara", None),
        ("Tujuan dan Sasaran Jangka Menengah Kecamatan Metro Timur", "Kecamatan Metro Timur", None),
        (
            "RENCANA STRATEGIS DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA METRO TAHUN 2021-2026",
            "Dinas Pendidikan dan Kebudayaan",
            "Kota Metro",
        ),
        (
            "Renstra Badan Perencanaan Pembangunan Daerah (BAPPEDA) Kabupaten Lampung Tengah",
            "Badan Perencanaan Pembangunan Daerah",
            "Kabupaten Lampung Tengah",
        ),
        (
            "Renstra Dinas Pemuda, Olahraga dan Pariwisata",
            "Dinas Pemuda, Olahraga dan Pariwisata",
            None,
        ),
        ("oleh Dinas Kesehatan dan jajarannya", "Dinas Kesehatan", None),
        ("Dinas Kesehatan, kemudian", "Dinas Kesehatan", None),
        ("SATUAN POLISI PAMONG PRAJA KOTA METRO", "Satuan Polisi Pamong Praja", "Kota Metro"),
        ("IKU Inspektorat Provinsi Lampung", "Inspektorat", "Provinsi Lampung"),
        ("Sekretariat DPRD Kota Metro", "Sekretariat DPRD", "Kota Metro"),
        (
            "SEKRETARIAT DAERAH KAB. LAMPUNG TENGAH",
            "Sekretariat Daerah",
            "Kabupaten Lampung Tengah",
        ),
        ("RSUD JEND. AHMAD YANI KOTA METRO", "RSUD Jend. Ahmad Yani", "Kota Metro"),
        (
            "Rumah Sakit Umum Daerah Demang Sepulau Raya",
            "Rumah Sakit Umum Daerah Demang Sepulau Raya",
            None,
        ),
        ("KANTOR KESATUAN BANGSA DAN POLITIK", "Kantor Kesatuan Bangsa dan Politik", None),
        ("MATRIKS IKU DINAS PUPR TAHUN 2022", "Dinas PUPR", None),
        ("Bagian Tata Pemerintahan Setda", "Bagian Tata Pemerintahan Setda", None),
        ("Kelurahan Banjarsari 2021", "Kelurahan Banjarsari", None),
        ("Pemerintah Kota Metro", None, "Kota Metro"),
    ],
)
def test_find_organization_inline(text: str, name: str | None, region: str | None) -> None:
    assert find_organization(lines_of(text)) == Organization(name=name, region=region)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "5. Pengkoordinasian penyelenggaraan kegiatan pemerintahan di tingkat Kecamatan",
        "Pembinaan penyelenggaraan pemerintahan Kelurahan",
        "pelayanan di kecamatan metro timur",
        "Dinas Tahun 2021",
        "Sesuai arahan Walikota dan kota sekitar",
        "CAMAT METRO UTARA,",
    ],
)
def test_no_organization(text: str) -> None:
    assert find_organization(lines_of(text)) == Organization(name=None, region=None)


def test_most_frequent_mention_wins() -> None:
    lines = lines_of(
        "koordinasi dengan Dinas Kesehatan",
        "Renstra Kecamatan Metro Timur",
        "KECAMATAN METRO TIMUR TAHUN 2021",
        "dilaporkan ke Dinas Kesehatan dan Kecamatan Metro Timur",
    )
    assert find_organization(lines).name == "Kecamatan Metro Timur"


def test_tie_goes_to_the_first_mention() -> None:
    lines = lines_of("Dinas Sosial", "Dinas Kesehatan", "Dinas Kesehatan", "Dinas Sosial")
    assert find_organization(lines).name == "Dinas Sosial"


def test_mixed_case_spelling_is_preferred_to_all_caps() -> None:
    lines = lines_of("DINAS PUPR DAN PERKIM", "Dinas PUPR dan Perkim")
    assert find_organization(lines).name == "Dinas PUPR dan Perkim"


def test_label_wins_over_frequency() -> None:
    lines = lines_of(
        "Unit Kerja : Puskesmas Yosomulyo",
        "di bawah Dinas Kesehatan",
        "laporan ke Dinas Kesehatan",
    )
    assert find_organization(lines).name == "Puskesmas Yosomulyo"


def test_first_region_is_kept() -> None:
    lines = lines_of("Provinsi Lampung", "KOTA METRO")
    assert find_organization(lines).region == "Provinsi Lampung"


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["MATRIKS CASCADING IKU BIRO UMUM", "", "SEKRETARIAT DAERAH PROVINSI SUMATERA BARAT"],
         "Biro Umum Sekretariat Daerah"),
        (["Renstra Bagian Umum Sekretariat Daerah Kabupaten Bone"],
         "Bagian Umum Sekretariat Daerah"),
        (["UPTD Puskesmas Sukamaju Dinas Kesehatan Kota Metro"],
         "UPTD Puskesmas Sukamaju Dinas Kesehatan"),
        (["BAGIAN UMUM", "Laporan tahunan"], "Bagian Umum"),
    ],
)  # fmt: skip
def test_a_sub_unit_keeps_its_parent(lines: list[str], name: str) -> None:
    assert find_organization(lines_of(*lines)).name == name


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("LAMPIRAN : PERATURAN BUPATI KULON PROGO", "Kabupaten Kulon Progo"),
        ("Walikota Metro,", "Kota Metro"),
        ("GUBERNUR JAWA BARAT", "Provinsi Jawa Barat"),
    ],
)
def test_the_region_its_head_names(line: str, region: str) -> None:
    assert find_organization(lines_of(line)).region == region

"""The IKU matrix workbook of the seed IKU (samples/iku_metro_utara.txt), read back cell by
cell; the expected values are the sample's matrix, written here by hand."""

from __future__ import annotations

import io

import openpyxl
import pytest
from renstra.extract.standard_workbook import render_workbook

from .test_workbook_tc25 import document_of, values


@pytest.fixture(scope="module")
def utara():
    data = render_workbook([document_of("iku_metro_utara.txt")])
    return openpyxl.load_workbook(io.BytesIO(data))["iku_metro_utara"]


def test_title_and_header(utara) -> None:
    assert values(utara, "A1:A3") == [
        "Matriks Indikator Kinerja Utama (IKU) Perangkat Daerah",
        "Kecamatan Metro Utara, Kota Metro",
        "Tahun 2021-2025",
    ]
    assert values(utara, "A5:H5") == [
        "No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Alasan",
        "Formulasi/Rumus", "Sumber Data", "Penanggung Jawab",
    ]  # fmt: skip
    assert utara.max_column == 8  # no targets, no kode, no definisi in this matrix
    assert values(utara, "A7:H7") == [f"({n})" for n in range(1, 9)]


def test_rows_cell_by_cell(utara) -> None:
    assert values(utara, "A8:H8") == [
        1, None,
        "Persentase rekomendasi pelayanan yang diberikan di Kecamatan\na. Pengantar KK dan KTP"
        "\nb. Pengantar IMB\nc. Pengantar IUMK\nd. Pengantar Surat Nikah",
        "%", "Meningkatnya kualitas pelayanan publik",
        "Jumlah berkas yang telah diproses / Jumlah berkas yang masuk x 100%",
        "Seksi : Pemerintahan Pembangunan Perekonomian Kesra", None,
    ]  # fmt: skip
    assert values(utara, "A9:H9") == [
        2, None, "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan", "%",
        "Meningkatnya partisipasi masyarakat dalam pembangunan",
        "Jumlah usulan yang tertuang dalam BA Musrenbang / Jumlah usulan yang masuk x 100%",
        "Seksi Pembangunan", None,
    ]  # fmt: skip
    assert values(utara, "A10:H10") == [
        3, None, "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
        "%", None,
        "Jumlah Wajib Pajak yang membayar PBB / Jumlah Wajib Pajak keseluruhan x 100%",
        "Seksi Pemerintahan", None,
    ]  # fmt: skip
    assert values(utara, "A11:H11") == [
        4, None, "Presentase penanganan Konflik pada kecamatan", "kegiatan", None,
        "Jumlah kegiatan", "Sekretariat dan Kesra", None,
    ]  # fmt: skip


def test_the_cells_to_correct_are_marked(utara) -> None:
    flagged = sorted(c.coordinate for row in utara.iter_rows() for c in row if c.comment)
    assert flagged == ["C11", "D11"]
    assert utara["C11"].comment.text.startswith("[Peringatan] spelling: 'Presentase'")
    assert utara["D11"].comment.text.startswith("[Galat] unit-mismatch: ")
    assert utara["D11"].fill.fgColor.rgb == "00FFC7CE"


def test_kode_definisi_and_yearly_targets_where_an_iku_has_them() -> None:
    document = document_of("real/iku_kodefikasi/iku_kodefikasi.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(render_workbook([document]))).active
    header = values(sheet, "A5:P5")
    assert header[:10] == [
        "No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Alasan", "Definisi",
        "Formulasi/Rumus", "Sumber Data", "Penanggung Jawab", "Kondisi Awal",
    ]  # fmt: skip
    assert header[10] == "Target Kinerja pada Tahun"
    assert values(sheet, "K6:P6") == ["2025", "2026", "2027", "2028", "2029", "2030"]
    # Rata-rata Lama Sekolah: baseline 9,55, then 9,66 9,79 9,91 10,04 10,16 11,12
    assert sheet["C8"].value == "Rata-rata Lama Sekolah Penduduk Usia di Atas 15 Tahun"
    assert values(sheet, "J8:P8") == [9.55, 9.66, 9.79, 9.91, 10.04, 10.16, 11.12]
    assert sheet["K8"].number_format == "#,##0.00"
    assert sheet["H8"].value == "Badan Pusat Statistik"
    assert sheet["I8"].value == "Dinas Pendidikan dan Kebudayaan"

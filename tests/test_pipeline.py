from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from renstra.extract import pipeline
from renstra.extract.errors import RenstraError
from renstra.extract.pipeline import extract_document, read_at_most
from renstra.schemas import Document, Limits, Settings

IKU_TABLE = (
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) OPD\n"
    "\n"
    "NO.\tURAIAN INDIKATOR\tSATUAN\tALASAN / SASARAN\tSUMBER DATA\tRUMUS PERHITUNGAN INDIKATOR\n"
    "1\tPersentase rekomendasi pelayanan\t%\tMeningkatnya kualitas pelayanan\tSeksi Pemerintahan\t"
    "Jumlah berkas diproses / Jumlah berkas masuk x 100%\n"
    "2\tTingkat partisipasi masyarakat\t%\t\tSeksi Pembangunan\tJumlah kegiatan\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def refused(path: str, settings: Settings | None = None) -> RenstraError:
    with pytest.raises(RenstraError) as caught:
        extract_document(path, settings)
    error = caught.value
    assert str(error).startswith(f"{path}: ")
    assert "\n" not in str(error)
    assert error.path == path
    return error


def xlsx_like_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("kosong.txt", b"", "empty-file"),
        ("kosong.docx", b"", "empty-file"),
        ("gambar.txt", bytes(range(256)) * 8, "format-error"),
        ("renstra.wpd", b"\xffWPC Renstra", "unsupported-format"),
        ("renstra", b"BAB IV", "unsupported-format"),
        ("acak.pdf", bytes((i * 37 + 11) % 256 for i in range(2048)), "format-error"),
        ("renstra.docx", xlsx_like_zip(), "format-error"),
        ("renstra.docx", b"PK\x03\x04 not really a zip", "format-error"),
        ("renstra.txt", b"%PDF-1.4\n1 0 obj\n", "format-error"),
    ],
)
def test_bad_files_raise_renstra_error_with_its_code(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    assert refused(write(tmp_path, name, data)).code == code


def test_xlsx_renamed_docx_names_both_formats(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "renstra.docx", xlsx_like_zip()))
    assert error.reason == "named .docx but the content is xlsx"


def test_a_directory_is_a_source_error(tmp_path: Path) -> None:
    folder = tmp_path / "renstra.txt"
    folder.mkdir()
    error = refused(str(folder))
    assert error.code == "source-error"
    assert error.reason == "is a directory, not a file"


def test_a_missing_file_is_a_source_error(tmp_path: Path) -> None:
    error = refused(str(tmp_path / "tidak_ada.txt"))
    assert error.code == "source-error"
    assert error.reason == "no such file"


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "besar.txt", IKU_TABLE.encode())
    error = refused(path, Settings(limits=Limits(max_file_bytes=100)))
    assert error.code == "limit-exceeded"
    assert error.reason.endswith("over the 100-byte limit")


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    data = IKU_TABLE.encode()
    document = extract_document(
        write(tmp_path, "pas.txt", data), Settings(limits=Limits(max_file_bytes=len(data)))
    )
    assert document.source.size_bytes == len(data)


@pytest.mark.parametrize("stat_size", [0, 10, 150_000, 200_000])
def test_the_whole_file_is_read_whatever_size_stat_gave(tmp_path: Path, stat_size: int) -> None:
    """A file that grew or shrank between stat and read, and one past a read chunk."""
    data = bytes(range(256)) * 700  # 179,200 bytes
    path = write(tmp_path, "a.txt", data)
    assert read_at_most(path, 1_000_000, stat_size) == data


def test_a_read_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"x" * 100_000)
    assert read_at_most(path, 70_001, 50) == b"x" * 70_001


def test_a_file_that_grew_past_the_limit_after_stat_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "tumbuh.txt", IKU_TABLE.encode())
    real_stat = os.stat

    def stale_stat(name: str) -> os.stat_result:
        info = real_stat(name)
        return os.stat_result((info[0], *info[1:6], 10, *info[7:]))  # st_size was 10 bytes

    monkeypatch.setattr(pipeline.os, "stat", stale_stat)
    error = refused(path, Settings(limits=Limits(max_file_bytes=100)))
    assert error.code == "limit-exceeded"
    assert error.reason == "file is over the 100-byte limit"


def names(document: Document) -> list[str]:
    return [indicator.name for indicator in document.indicators]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (IKU_TABLE.encode(), "utf-8"),
        (IKU_TABLE.replace("\n", "\r\n").encode(), "utf-8"),
        (IKU_TABLE.encode("utf-8-sig"), "utf-8-sig"),
        (IKU_TABLE.encode("cp1252"), "utf-8"),  # ASCII only: both encodings agree
    ],
)
def test_text_variants_give_the_same_indicators(tmp_path: Path, data: bytes, encoding: str) -> None:
    document = extract_document(write(tmp_path, "iku.txt", data))
    assert document.source.encoding == encoding
    assert names(document) == ["Persentase rekomendasi pelayanan", "Tingkat partisipasi masyarakat"]
    assert document.doc_type == "iku"
    assert [i.unit for i in document.indicators] == ["%", "%"]


def test_crlf_keeps_line_provenance(tmp_path: Path) -> None:
    data = IKU_TABLE.replace("\n", "\r\n").encode()
    document = extract_document(write(tmp_path, "iku.txt", data))
    assert [(i.provenance.line, i.provenance.row, i.provenance.column)
            for i in document.indicators] == [(4, 2, 2), (5, 3, 2)]  # fmt: skip


def test_cp1252_file_is_decoded_and_says_so(tmp_path: Path) -> None:
    text = IKU_TABLE.replace("Seksi Pemerintahan", "Seksi Pemerintahan “Kesra” – café")
    document = extract_document(write(tmp_path, "iku.txt", text.encode("cp1252")))
    assert document.source.encoding == "cp1252"
    assert document.indicators[0].data_source == "Seksi Pemerintahan “Kesra” – café"


def test_one_mis_saved_line_is_decoded_on_its_own(tmp_path: Path) -> None:
    head, _, rest = IKU_TABLE.partition("\n")
    data = (head + " – Kota Metro\n").encode() + rest.replace(
        "Seksi Pembangunan", "Seksi Pembangunan café"
    ).encode("cp1252")
    document = extract_document(write(tmp_path, "iku.txt", data))
    assert document.source.encoding == "mixed(utf-8,cp1252)"
    assert document.indicators[1].data_source == "Seksi Pembangunan café"


def test_nul_bytes_inside_text_are_dropped(tmp_path: Path) -> None:
    data = IKU_TABLE.replace("Persentase", "Persen\x00tase").encode()
    document = extract_document(write(tmp_path, "iku.txt", data))
    assert document.source.encoding == "utf-8"
    assert names(document)[0] == "Persentase rekomendasi pelayanan"


def test_source_facts(tmp_path: Path) -> None:
    data = IKU_TABLE.encode()
    path = write(tmp_path, "iku.txt", data)
    document = extract_document(path)
    assert (document.source.path, document.source.format, document.source.size_bytes) == (
        path, "txt", len(data),
    )  # fmt: skip
    assert len(document.source.sha256) == 64


def test_error_codes_are_stable_names() -> None:
    with pytest.raises(ValueError):
        RenstraError("a.txt", "no-such-code", "x")
    error = RenstraError("a.txt", "empty-file", "file is empty")
    assert (str(error), error.code, error.reason) == ("a.txt: file is empty", "empty-file",
                                                        "file is empty")  # fmt: skip


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_source_error(tmp_path: Path) -> None:
    path = write(tmp_path, "rahasia.txt", IKU_TABLE.encode())
    os.chmod(path, 0)
    try:
        error = refused(path)
    finally:
        os.chmod(path, 0o600)
    assert error.code == "source-error"
    assert error.reason == "permission denied"

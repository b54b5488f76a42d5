from __future__ import annotations

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.readers.decode import _count, decode_text

TEXT = "NO.\tURAIAN INDIKATOR\tSATUAN\n1\tPersentase rekomendasi pelayanan\t%\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Persentase 85 %", "Persentase 85 %", "utf-8"),
        ("Kepala Dinas Pariwisata – Kota Metro".encode(), "Kepala Dinas Pariwisata – Kota Metro",
         "utf-8"),
        (b"", "", "utf-8"),
        # a BOM decides
        (b"\xef\xbb\xbfNO.\tTUJUAN", "NO.\tTUJUAN", "utf-8-sig"),
        (b"\xff\xfe" + "Café".encode("utf-16-le"), "Café", "utf-16"),
        (b"\xfe\xff" + "Café".encode("utf-16-be"), "Café", "utf-16"),
        # stray control characters go whichever encoding was used
        (b"\xef\xbb\xbfNO.\x00\tTUJUAN\x7f", "NO.\tTUJUAN", "utf-8-sig"),
        (b"\xff\xfe" + "Caf\x00é\x0b".encode("utf-16-le"), "Café", "utf-16"),
        # not UTF-8 anywhere: Windows-1252
        (b"Caf\xe9\nna\xefve", "Café\nnaïve", "cp1252"),
        (b"\x93kutip\x94 Rp\xa0100", "“kutip” Rp\xa0100", "cp1252"),
        # UTF-8 lines and one mis-saved line: each line on its own
        ("Café ä\n".encode() + b"na\xefve\n", "Café ä\nnaïve\n", "mixed(utf-8,cp1252)"),
        # ASCII lines do not count as UTF-8 evidence
        (b"Judul\r\n\xe9t\xe9\r\n", "Judul\r\nété\r\n", "cp1252"),
        # line breaks are kept as written
        (b"a\r\nb\rc\n", "a\r\nb\rc\n", "utf-8"),
        (b"a\r\n\xe9\rc\n", "a\r\né\rc\n", "cp1252"),
    ],
)  # fmt: skip
def test_decode_text(data: bytes, text: str, encoding: str) -> None:
    assert decode_text("doc.txt", data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        # a few stray NULs in a real document: removed, the rest kept
        ((TEXT + "Tugas pokok kecamatan.\n" * 10).replace("Persentase", "Persen\x00tase"),
         TEXT + "Tugas pokok kecamatan.\n" * 10),
        ("Judul\x07 dan\x1b sub\x7fjudul\x0b.\n" + TEXT, "Judul dan subjudul.\n" + TEXT),
    ],
)  # fmt: skip
def test_stray_control_characters_are_removed(data: str, text: str) -> None:
    assert decode_text("doc.txt", data.encode()) == (text, "utf-8")


def test_control_characters_in_a_cp1252_line_are_removed_too() -> None:
    data = b"Judul\x00 dokumen perencanaan\n\xe9t\xe9 2021\x7f\n"
    assert decode_text("doc.txt", data) == ("Judul dokumen perencanaan\n\xe9t\xe9 2021\n", "cp1252")


@pytest.mark.parametrize(
    ("data", "byte_set", "count"),
    [
        (b"", b"\x00", 0),
        (b"abc", b"", 0),
        (b"a\x00b\x00\x01", b"\x00", 2),
        (b"a\x00b\x00\x01", b"\x00\x01", 3),
        (b"\xe9\xe9\x7f", b"\x7f\xe9", 3),
    ],
)
def test_count_counts_bytes_of_the_set(data: bytes, byte_set: bytes, count: int) -> None:
    assert _count(data, byte_set) == count


def test_form_feed_page_breaks_are_kept() -> None:
    assert decode_text("doc.txt", b"halaman 1\x0chalaman 2") == ("halaman 1\x0chalaman 2", "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 100,
        bytes(range(256)) * 4,
        b"\x00\x01\x02abc" * 10,
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 20,
    ],
)
def test_binary_data_is_a_format_error(data: bytes) -> None:
    with pytest.raises(RenstraError) as caught:
        decode_text("doc.txt", data)
    assert caught.value.code == "format-error"
    assert str(caught.value) == "doc.txt: binary content, not a text document"


def test_a_bom_that_lies_is_an_encoding_error() -> None:
    with pytest.raises(RenstraError) as caught:
        decode_text("doc.txt", b"\xef\xbb\xbfCaf\xe9")
    assert caught.value.code == "encoding-error"
    assert str(caught.value).startswith("doc.txt: declares utf-8 by its byte-order mark")

from __future__ import annotations

import io
import zipfile

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.readers.detect import OLE_MAGIC, detect_format


def zipped(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


DOCX = zipped("[Content_Types].xml", "word/document.xml")
XLSX = zipped("[Content_Types].xml", "xl/workbook.xml")
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"


@pytest.mark.parametrize(
    ("path", "data", "fmt"),
    [
        ("renstra.txt", b"BAB IV", "txt"),
        ("renstra.TEXT", b"BAB IV", "txt"),
        ("iku.md", b"# IKU", "md"),
        ("iku.markdown", b"# IKU", "md"),
        ("dir.v2/iku.txt", b"IKU", "txt"),
        ("renstra.docx", DOCX, "docx"),
        ("RENSTRA.DOCX", DOCX, "docx"),
        ("iku.xlsx", XLSX, "xlsx"),
        ("iku.xlsm", XLSX, "xlsx"),
        ("renstra.pdf", PDF, "pdf"),
        ("renstra.Pdf", b"\r\n  " + PDF, "pdf"),
        # a text file that only looks odd is still text
        ("renstra.txt", b"\xff\xfeB\x00A\x00B\x00", "txt"),
    ],
)
def test_detect_format(path: str, data: bytes, fmt: str) -> None:
    assert detect_format(path, data) == fmt


@pytest.mark.parametrize(
    ("path", "data", "code", "message"),
    [
        ("renstra.rtf", b"{\\rtf1}", "unsupported-format",
         "renstra.rtf: unsupported file type '.rtf'"),
        ("renstra", b"BAB IV", "unsupported-format", "renstra: unsupported file type '(none)'"),
        (".txt", b"BAB IV", "unsupported-format", ".txt: unsupported file type '(none)'"),
        ("renstra.doc", OLE_MAGIC, "unsupported-format",
         "renstra.doc: unsupported file type '.doc'"),
        ("renstra.txt", b"", "empty-file", "renstra.txt: file is empty"),
        ("renstra.pdf", b"", "empty-file", "renstra.pdf: file is empty"),
        ("renstra.pdf", b"\x8a\x13random bytes", "format-error",
         "renstra.pdf: not a .pdf file (no %PDF- header)"),
        ("renstra.docx", b"just text", "format-error",
         "renstra.docx: not a .docx file (not a zip container)"),
        ("renstra.docx", XLSX, "format-error", "renstra.docx: named .docx but the content is xlsx"),
        ("iku.xlsx", DOCX, "format-error", "iku.xlsx: named .xlsx but the content is docx"),
        ("renstra.txt", PDF, "format-error", "renstra.txt: named .txt but the content is pdf"),
        ("renstra.md", DOCX, "format-error", "renstra.md: named .md but the content is docx"),
        ("renstra.docx", zipped("readme.txt"), "format-error",
         "renstra.docx: named .docx but the content is a zip archive that is neither .docx nor "
         ".xlsx"),
        ("renstra.docx", PDF, "format-error", "renstra.docx: named .docx but the content is pdf"),
    ],
)  # fmt: skip
def test_detect_format_refuses(path: str, data: bytes, code: str, message: str) -> None:
    with pytest.raises(RenstraError) as caught:
        detect_format(path, data)
    assert caught.value.code == code
    assert str(caught.value) == message


@pytest.mark.parametrize("path", ["renstra.docx", "iku.xlsx", "renstra.txt"])
def test_ole_compound_file_is_named_as_such(path: str) -> None:
    with pytest.raises(RenstraError) as caught:
        detect_format(path, OLE_MAGIC + b"\x00" * 504)
    assert caught.value.code == "format-error"
    assert "OLE compound file" in str(caught.value)


@pytest.mark.parametrize("path", ["protected.docx", "protected.xlsx"])
def test_a_password_protected_office_file_is_refused_before_any_reader(path: str) -> None:
    encrypted = OLE_MAGIC + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(RenstraError) as caught:
        detect_format(path, encrypted)
    assert caught.value.code == "encrypted-file"
    assert str(caught.value) == f"{path}: password-protected Office file; remove the password first"


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage", b"PK\x05\x06" + b"\x00" * 10])
def test_corrupt_zip_is_a_one_line_format_error(data: bytes) -> None:
    with pytest.raises(RenstraError) as caught:
        detect_format("renstra.docx", data)
    assert caught.value.code == "format-error"
    assert str(caught.value).startswith("renstra.docx: corrupt zip container (")
    assert "\n" not in str(caught.value)

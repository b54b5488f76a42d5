from __future__ import annotations

import io
import zipfile

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.readers.detect import OLE_MAGIC, detect_format


def zipped(*names: str, mimetype: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype)
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


def ole(stream: str, at: int = 1024) -> bytes:
    """An OLE container whose directory holds one stream entry, ``stream``, at byte ``at``
    (entries sit on 128-byte boundaries)."""
    name = (stream + "\0").encode("utf-16-le")
    entry = name.ljust(64, b"\0") + len(name).to_bytes(2, "little") + b"\x02"
    data = bytearray(OLE_MAGIC + b"\0" * (at + 128 - len(OLE_MAGIC)))
    data[at : at + len(entry)] = entry
    return bytes(data)


DOCX = zipped("[Content_Types].xml", "word/document.xml")
XLSX = zipped("[Content_Types].xml", "xl/workbook.xml")
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
ODT = zipped("content.xml", mimetype="application/vnd.oasis.opendocument.text")
ODS = zipped("content.xml", mimetype="application/vnd.oasis.opendocument.spreadsheet")


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
        # old Office and OpenDocument, converted by LibreOffice before they are read
        ("lama.doc", ole("WordDocument"), "doc"),
        ("LAMA.DOC", ole("WordDocument", at=512 * 9), "doc"),
        ("iku.xls", ole("Workbook"), "xls"),
        ("iku95.xls", ole("Book"), "xls"),
        ("renstra.rtf", b"{\\rtf1\\ansi Renstra}", "rtf"),
        ("renstra.odt", ODT, "odt"),
        ("iku.ods", ODS, "ods"),
    ],
)
def test_detect_format(path: str, data: bytes, fmt: str) -> None:
    assert detect_format(path, data) == fmt


@pytest.mark.parametrize(
    ("path", "data", "code", "message"),
    [
        ("renstra.wpd", b"\xffWPC", "unsupported-format",
         "renstra.wpd: unsupported file type '.wpd'"),
        ("renstra", b"BAB IV", "unsupported-format", "renstra: unsupported file type '(none)'"),
        (".txt", b"BAB IV", "unsupported-format", ".txt: unsupported file type '(none)'"),
        ("renstra.doc", ole("Workbook"), "format-error",
         "renstra.doc: named .doc but the content is xls"),
        ("iku.xls", ole("WordDocument"), "format-error",
         "iku.xls: named .xls but the content is doc"),
        ("renstra.docx", ole("WordDocument"), "format-error",
         "renstra.docx: named .docx but the content is doc"),
        ("renstra.doc", DOCX, "format-error", "renstra.doc: named .doc but the content is docx"),
        ("renstra.doc", b"BAB IV", "format-error",
         "renstra.doc: not a .doc file (not an OLE compound file)"),
        ("renstra.rtf", b"BAB IV", "format-error", "renstra.rtf: not a .rtf file (no RTF header)"),
        ("renstra.txt", b"{\\rtf1 BAB IV}", "format-error",
         "renstra.txt: named .txt but the content is rtf"),
        ("renstra.odt", ODS, "format-error", "renstra.odt: named .odt but the content is ods"),
        ("iku.ods", b"BAB IV", "format-error", "iku.ods: not a .ods file (not a zip container)"),
        ("iku.ods", zipped("content.xml", mimetype="application/epub+zip"), "format-error",
         "iku.ods: named .ods but the content is a zip archive that is neither .docx, .xlsx, "
         ".odt nor .ods"),
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
         "renstra.docx: named .docx but the content is a zip archive that is neither .docx, "
         ".xlsx, .odt nor .ods"),
        ("renstra.docx", PDF, "format-error", "renstra.docx: named .docx but the content is pdf"),
    ],
)  # fmt: skip
def test_detect_format_refuses(path: str, data: bytes, code: str, message: str) -> None:
    with pytest.raises(RenstraError) as caught:
        detect_format(path, data)
    assert caught.value.code == code
    assert str(caught.value) == message


@pytest.mark.parametrize("path", ["renstra.docx", "iku.xlsx", "renstra.txt", "lama.doc"])
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


def test_a_stream_name_off_a_directory_entry_s_boundary_is_not_a_doc() -> None:
    """``WordDocument`` as text in some other stream (off the 128-byte grid) says nothing."""
    with pytest.raises(RenstraError) as caught:
        detect_format("lama.doc", ole("WordDocument", at=1024 + 2))
    assert "OLE compound file that is neither" in str(caught.value)

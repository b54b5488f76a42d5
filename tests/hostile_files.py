"""Crafted hostile and broken inputs, made by code in a test's tmp folder.

Each function returns the bytes of one file (large ones are cheap to make: a zip bomb is a
few KiB of deflated zeros, a 5,000-page PDF shares one content stream). Nothing here uses
the code under test.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import datetime

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def body_xml(*paragraphs: str, prologue: str = "") -> str:
    runs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prologue}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{runs}</w:body></w:document>'
    )


def docx(document_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
"""Nine levels of ten: &lol9; expands to 10^9 'lol's."""


def xxe_prologue(target: str) -> str:
    return f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{target}">]>'


PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx_main_part(name: str, document_xml: str, extra: dict[str, bytes] | None = None,
                   content_types: str = "") -> bytes:  # fmt: skip
    """A .docx whose main part is ``name`` (``word/main.dat``, say), as the package's
    relationship and an Override content type declare it: nothing in the name says XML. A
    harmless ``word/document.xml`` beside it makes the file look like any .docx."""
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{name}" ContentType="{MAIN_TYPE}"/>{content_types}</Types>'
    )
    rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
        f'<Relationship Id="rId1" Type="{OFFICE_RELS}/officeDocument" Target="{name}"/>'
        "</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr(name, document_xml)
        if name != "word/document.xml":
            archive.writestr("word/document.xml", body_xml("RENSTRA"))
        for part, data in (extra or {}).items():
            archive.writestr(part, data)
    return buffer.getvalue()


SVG_WITH_DTD = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
    '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [<!ENTITY ns_svg '
    '"http://www.w3.org/2000/svg">]><svg xmlns="&ns_svg;" width="1" height="1"/>'
)
"""A logo as some drawing programs export it: a DTD and an entity. No reader parses an image,
so a .docx carrying one is read."""


def docx_with_svg_logo() -> bytes:
    document_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
        f'<Relationship Id="rId9" Type="{OFFICE_RELS}/image" Target="media/logo.svg"/>'
        "</Relationships>"
    )
    return docx_main_part(
        "word/document.xml",
        body_xml("RENCANA STRATEGIS 2021-2026"),
        {"word/_rels/document.xml.rels": document_rels.encode(),
         "word/media/logo.svg": SVG_WITH_DTD.encode()},
        '<Default Extension="svg" ContentType="image/svg+xml"/>',
    )  # fmt: skip


def docx_bomb(member_bytes: int = 20 * 1024 * 1024) -> bytes:
    """A valid document plus one member of zeros that deflates ~1,000 to 1."""
    return docx(body_xml("RENSTRA"), {"word/media/image1.bin": bytes(member_bytes)})


def docx_many_members(count: int) -> bytes:
    extra = {f"word/media/m{i}.xml": b"<a/>" for i in range(count)}
    return docx(body_xml("RENSTRA"), extra)


def with_declared_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with ``name``'s uncompressed size in the central directory set to ``size``."""
    position = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_len] == name.encode():
            break
        position = data.index(b"PK\x01\x02", position + 4)
    patched = bytearray(data)
    struct.pack_into("<I", patched, position + 24, size)
    return bytes(patched)


def overlapping_docx() -> bytes:
    """Two central-directory entries sharing one local entry (a non-recursive zip bomb)."""
    body = body_xml("RENSTRA").encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(body) + compressor.flush()
    crc = zlib.crc32(body)
    members = [("word/document.xml", 0), ("word/copy.xml", 0)]
    local_name = b"word/document.xml"
    local = (
        struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(packed), len(body),
                    len(local_name), 0)
        + local_name + packed
    )  # fmt: skip
    central = b""
    for name, offset in members:
        raw = name.encode()
        central += (
            struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc,
                        len(packed), len(body), len(raw), 0, 0, 0, 0, 0, offset)
            + raw
        )  # fmt: skip
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 2, 2, len(central), len(local), 0)
    return local + central + end


# ------------------------------------------------------------------------- xlsx


def xlsx_semantics() -> bytes:
    """A workbook with a formula lacking its cached value, a date cell, a #REF! error,
    a hidden row and a hidden sheet, around a small IKU table."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "IKU"
    sheet.append(["MATRIKS INDIKATOR KINERJA UTAMA"])
    sheet.append([])
    sheet.append(["NO", "URAIAN INDIKATOR", "SATUAN", "TARGET", "TANGGAL"])
    sheet.append([1, "Persentase pelayanan", "%", "=B9*2", datetime(2022, 1, 31)])
    sheet.append([2, "Indeks kepuasan", "indeks", "#REF!", 44562])
    sheet.append([3, "Baris tersembunyi", "%", 75, None])
    sheet.row_dimensions[6].hidden = True
    sheet["E5"].number_format = "yyyy-mm-dd"
    hidden = book.create_sheet("Lama")
    hidden.append(["catatan lama"])
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_with_prologue(prologue: str, text: str) -> bytes:
    """A minimal workbook whose shared-strings part carries ``prologue`` (a DTD)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
            '<sheets><sheet name="IKU" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
        ),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<sst xmlns="{main}" count="1" '
            f'uniqueCount="1"><si><t>{text}</t></si></sst>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def xlsx_table_and_merge(merge: str, rows: int = 3, far: str | None = None) -> bytes:
    """A workbook of one small IKU table (from row 3) and a note under it, merged over
    ``merge`` (``A7:XFD1048576``: from the note to the end of the sheet), made by hand so the
    file stays 1.5 KB: openpyxl would write a cell for every covered one. ``far`` adds a
    stored empty cell there (``XFD1048576``), so that the merge covers stored cells."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    strings = ["MATRIKS IKU", "NO", "INDIKATOR", "TARGET", "Persentase pelayanan", "Catatan"]
    table: list[list[int | str]] = [[1, 2, 3]]
    table += [[f"{r}", 4, f"{80 + r}"] for r in range(1, rows)]

    def cell(ref: str, value: int | str) -> str:
        if isinstance(value, int):
            return f'<c r="{ref}" t="s"><v>{value}</v></c>'
        return f'<c r="{ref}"><v>{value}</v></c>'

    sheet_rows = [f'<row r="1">{cell("A1", 0)}</row>']
    for i, values in enumerate(table, start=3):
        cells = "".join(cell(f"{col}{i}", v) for col, v in zip("ABC", values, strict=True))
        sheet_rows.append(f'<row r="{i}">{cells}</row>')
    note = rows + 4
    sheet_rows.append(f'<row r="{note}">{cell(f"A{note}", 5)}</row>')
    if far is not None:
        sheet_rows.append(
            f'<row r="{far.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{far}"/></row>'
        )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>'
        + "".join(sheet_rows)
        + f'</sheetData><mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells></worksheet>'
    )
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">{items}</sst>'
    )
    return _xlsx_parts(sheet, shared)


def _xlsx_parts(sheet: str, shared: str) -> bytes:
    """A workbook of one sheet from its sheet and shared-strings parts."""
    data = xlsx_with_prologue("", "x")
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            part = {"xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared}
            archive.writestr(info.filename, part.get(info.filename) or source.read(info))
    return buffer.getvalue()


def xlsx_diagonal(count: int) -> bytes:
    """Two numbers a row on a diagonal (A1 B1, B2 C2, C3 D3...): one table of consecutive
    rows, so a grid of ``count`` x ``count`` cells from ``2 * count`` stored ones."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rows = "".join(
        f'<row r="{i}"><c r="{_letters(i)}{i}"><v>{i}</v></c>'
        f'<c r="{_letters(i + 1)}{i}"><v>{i}</v></c></row>'
        for i in range(1, count + 1)
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{rows}'
        "</sheetData></worksheet>"
    )
    shared = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="0"/>'
    return _xlsx_parts(sheet, shared)


def _letters(column: int) -> str:
    out = ""
    while column:
        column, rem = divmod(column - 1, 26)
        out = chr(65 + rem) + out
    return out


def docx_wide_span(span: int = 2_000_000_000) -> bytes:
    """A two-column Word table whose first cell claims ``span`` grid columns (638 bytes)."""
    cell = "<w:tc>{}<w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    wide = cell.format(f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>', "INDIKATOR")
    rows = f"<w:tr>{wide}</w:tr><w:tr>{cell.format('', 'A')}{cell.format('', '80')}</w:tr>"
    grid = "<w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
    return docx(
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}">'
        f"<w:body><w:tbl>{grid}{rows}</w:tbl></w:body></w:document>"
    )


def docx_padded_rows(width: int, rows: int) -> bytes:
    """One row of ``width`` cells over ``rows`` empty rows: each empty row would be padded
    to ``width`` cells (a few KiB for a grid of ``width`` x ``rows``)."""
    first = "<w:tr>" + "<w:tc><w:p/></w:tc>" * width + "</w:tr>"
    return docx(
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}">'
        f"<w:body><w:tbl>{first}{'<w:tr/>' * rows}</w:tbl></w:body></w:document>"
    )


def encrypted_office_file() -> bytes:
    """A compound (OLE) file shaped like Office's password-protected .xlsx/.docx: a root
    storage holding the EncryptionInfo and EncryptedPackage streams (4 KiB each)."""
    sector = 512
    end_of_chain, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("d0cf11e0a1b11ae1"), bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6),
        0, 1, 1, 0, 0x1000, end_of_chain, 0, end_of_chain, 0,
    ) + struct.pack("<I", 0) + struct.pack("<I", free) * 108  # fmt: skip
    fat = [fat_sector, end_of_chain]
    for start in (2, 10):  # two streams of 8 sectors each
        fat += [start + i + 1 for i in range(7)] + [end_of_chain]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int):  # noqa: ANN202
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        return (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBBIII16sIQQIQ", len(raw), kind, 1, left, right, child, bytes(16),
                          0, 0, 0, start, size)
        )  # fmt: skip

    directory = (
        entry("Root Entry", 5, no_stream, no_stream, 1, end_of_chain, 0)
        + entry("EncryptionInfo", 2, no_stream, 2, no_stream, 2, 4096)
        + entry("EncryptedPackage", 2, no_stream, no_stream, no_stream, 10, 4096)
        + entry("", 0, no_stream, no_stream, no_stream, 0, 0)
    )
    streams = b"\x04\x00\x04\x00" + bytes(4092) + struct.pack("<Q", 1000) + bytes(4088)
    return header + struct.pack(f"<{sector // 4}I", *fat) + directory + streams


# ------------------------------------------------------------------------- pdf

PAGE_TEXT = b"BT /F1 12 Tf 72 720 Td (RENCANA STRATEGIS 2021-2026) Tj ET"


def pdf(objects: list[bytes], *, break_xref: bool = False, trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered objects (object 1 is the catalog) with a correct xref table, or
    with ``break_xref`` one whose offsets and startxref point at the wrong bytes."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + 7 if break_xref else offset)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % (xref + 13 if break_xref else xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pdf_pages(count: int, content: bytes = PAGE_TEXT, content_extra: bytes = b"") -> bytes:
    """``count`` pages sharing one content stream and one font."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(content, content_extra),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    objects += [page] * count
    return pdf(objects)


def pdf_broken_xref() -> bytes:
    """One page, but every xref offset and startxref are off by a few bytes."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            stream(PAGE_TEXT),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
        ],
        break_xref=True,
    )


def pdf_deep_nesting(depth: int = 20_000) -> bytes:
    """A page whose resources hold an array nested ``depth`` levels deep."""
    nested = b"[" * depth + b"]" * depth
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            stream(PAGE_TEXT),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots " + nested
            + b" /Resources << /Font << /F1 5 0 R >> /Deep " + nested + b" >> /Contents 3 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )  # fmt: skip


def pdf_zero_pages() -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def pdf_encrypted() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt="rahasia", invariant=1)
    page.drawString(72, 720, "RENCANA STRATEGIS 2021-2026")
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_inflation_bomb(inflated_mib: int = 1024) -> bytes:
    """One page whose content stream inflates to ``inflated_mib`` MiB of spaces (~1 MB).

    Deflating 1 GiB takes seconds; once the compressor is in its steady state each
    sync-flushed MiB deflates to the same bytes, so those are repeated and the stream's
    Adler-32 is computed apart.
    """
    chunk = b" " * (1024 * 1024)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    steady = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    tail = compressor.flush()[:-4]  # the final block, without the checksum of 2 MiB
    adler = 1
    for _ in range(inflated_mib):
        adler = zlib.adler32(chunk, adler)
    packed = first + steady * (inflated_mib - 1) + tail + struct.pack(">I", adler)
    return pdf_pages(1, packed, b"/Filter /FlateDecode ")


# ------------------------------------------------------------------------- text


def text_with_nul() -> bytes:
    return b"RENCANA STRATEGIS\x00 2021-2026\nKECAMATAN METRO\x00 TIMUR\n"


def text_single_line(size: int = 10 * 1024 * 1024) -> bytes:
    unit = b"Persentase pelayanan 12,5 %\t"
    return unit * (size // len(unit))


def text_invalid_utf8() -> bytes:
    return b"RENCANA STRATEGIS 2021-2026\nPENDAPATAN \xff\xfe\xfa ASLI\nSASARAN \xc3\n"


def text_mixed_encodings() -> bytes:
    return "RENCANA STRATEGIS\nKecamatan Pagar Alam — Dinas\n".encode() + (
        "Tabel 4.1 Capaian Kinerja Tahun 2021 • 85 %\n".encode("cp1252")
    )


# ------------------------------------------------------------------------- super-linear parsing

TABLE_HEAD = (
    "RENCANA STRATEGIS 2021-2026\n\nNO.\tINDIKATOR\tSATUAN\tFORMULA\t2022\t2023\t2024\t2025\t2026\n"
)


def text_table(indicator: str = "Persentase pelayanan", target: str = "80", above: str = "",
               formula: str = "A / B x 100", below: str = "") -> bytes:  # fmt: skip
    """A text Renstra whose one indicator row carries the given cells."""
    row = f"1\t{indicator}\t%\t{formula}\t{target}\t81\t82\t83\t84\n"
    return (above + TABLE_HEAD + row + below).encode()


HOSTILE_TEXTS = {
    # each makes a file from a size n (characters of hostile run), as issue 18 names them
    "dotted-indicator": lambda n: text_table(indicator="a" + "." * n + "x"),
    "trailing-dots": lambda n: text_table(indicator="Persentase" + ". " * (n // 2)),
    "spaced-range-target": lambda n: text_table(target="1" + " " * n + "-" + " " * n + "x"),
    "spaced-duty": lambda n: text_table(above="TUGAS" + " " * n + "x\nFUNGSI" + " " * n + "x\n"),
    "nested-formula": lambda n: text_table(formula="(" * (n // 2) + "a" + ")" * (n // 2)),
    "label-colons": lambda n: text_table(above="Satuan : " + "x : " * (n // 4) + "\n"),
    "year-ranges": lambda n: text_table(below=year_ranges(n // 10)),
}


def year_ranges(count: int) -> str:
    """``count`` year ranges, twenty to a line: plausible periods and typos of them in turn,
    most of the typos distinct (each one a suggestion to look for)."""
    spans = []
    for i in range(count):
        start = 2000 + i % 60
        if i % 2:
            spans.append(f"{start}-{start + 4}")
        else:
            spans.append(f"{start}-{start + 104 + (i // 60) % 10 * 10}")
    return "\n".join(" ".join(spans[i : i + 20]) for i in range(0, count, 20)) + "\n"


# ------------------------------------------------------------------------- pdf, round two

ONE_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    stream(PAGE_TEXT),
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    b"/Resources << /Font << /F1 5 0 R >> >> /Contents 3 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]


def pdf_prev_loop() -> bytes:
    """One page whose trailer's /Prev points at its own xref table: a reader following the
    chain of updates goes round for ever (PDFium reads the page)."""
    data = pdf(ONE_PAGE)
    xref = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    return pdf(ONE_PAGE, trailer_extra=b"/Prev %d " % xref)


def pdf_prev_chain(updates: int = 20_000) -> bytes:
    """One page, then ``updates`` incremental updates, each an empty xref section whose
    /Prev names the one before: a chain of cross-reference sections 20,000 long."""
    out = bytearray(pdf(ONE_PAGE))
    previous = int(out.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    size = len(ONE_PAGE) + 1
    for _ in range(updates):
        here = len(out)
        out += b"xref\n0 0\ntrailer\n<< /Size %d /Root 1 0 R /Prev %d >>\n" % (size, previous)
        out += b"startxref\n%d\n%%%%EOF\n" % here
        previous = here
    return bytes(out)


def pdf_reference_chain(length: int = 20_000) -> bytes:
    """One page whose /Contents is reached through ``length`` indirect objects, each only a
    reference to the next."""
    first = len(ONE_PAGE) + 1
    chain = [b"%d 0 R" % (first + i + 1) for i in range(length - 1)] + [stream(PAGE_TEXT)]
    page = ONE_PAGE[3].replace(b"/Contents 3 0 R", b"/Contents %d 0 R" % first)
    return pdf([*ONE_PAGE[:3], page, ONE_PAGE[4], *chain])


def pdf_xref_stream_claiming(objects: int = 2_000_000_000) -> bytes:
    """A PDF of some 300 bytes whose only cross-reference is a stream claiming ``objects``
    entries (it holds two) and whose page tree is empty."""
    out = bytearray(b"%PDF-1.5\n")
    catalog = len(out)
    out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    pages = len(out)
    out += b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    entries = bytes([1]) + struct.pack(">H", catalog) + bytes([0])
    entries += bytes([1]) + struct.pack(">H", pages) + bytes([0])
    xref = len(out)
    out += b"3 0 obj\n<< /Type /XRef /Size %d /Index [1 %d] /W [1 2 1] /Root 1 0 R " % (
        objects,
        objects,
    )
    out += b"/Length %d >>\nstream\n" % len(entries) + entries + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_form_fan_out(levels: int = 10, fan: int = 10, last: int | None = None) -> bytes:
    """One page drawing form X0 ``fan`` times; X0 draws X1 ``fan`` times, and so on down
    ``levels`` forms: fan ** levels drawings (10^10) from a few KiB. ``last`` makes the
    last form draw X``last`` instead of a line (``0``: a loop back to the first)."""
    first_form = 6
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        stream(PAGE_TEXT + b" " + b"/X0 Do " * fan),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 5 0 R >> /XObject << /X0 %d 0 R >> >> /Contents 3 0 R >>" % first_form,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for level in range(levels):
        target = level + 1 if level < levels - 1 else last
        body = b"0 0 m 1 1 l S" if target is None else b"/X%d Do " % target * fan
        resources = (
            b"" if target is None else b"/XObject << /X%d %d 0 R >>" % (target, first_form + target)
        )
        objects.append(
            stream(
                body,
                b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << %s >> " % resources,
            )
        )
    return pdf(objects)


def pdf_page_tree_chain(depth: int = 20_000) -> bytes:
    """One page at the bottom of a page tree ``depth`` levels deep: each /Pages node has
    one kid, the next node, by indirect reference."""
    first = len(ONE_PAGE) + 1  # the chain's nodes come after the one-page objects
    nodes = [
        b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (first + i + 1) for i in range(depth - 1)
    ] + [b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>"]
    catalog = b"<< /Type /Catalog /Pages %d 0 R >>" % first
    return pdf([catalog, *ONE_PAGE[1:], *nodes])


def pdf_xref_stream_prev_loop() -> bytes:
    """One page indexed by a cross-reference stream whose /Prev is its own offset: no
    ``trailer`` keyword anywhere, so pdfminer's fallback finds nothing to rebuild from."""
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for number, body in enumerate(ONE_PAGE, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    entries = b"".join(bytes([1]) + struct.pack(">I", offset) + bytes([0]) for offset in offsets)
    entries = (
        bytes([0])
        + bytes(4)
        + bytes([255])
        + entries
        + bytes([1])
        + struct.pack(">I", xref)
        + bytes([0])
    )
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Root 1 0 R /Prev %d " % (
        len(ONE_PAGE) + 1,
        len(ONE_PAGE) + 2,
        xref,
    )
    out += b"/Length %d >>\nstream\n" % len(entries) + entries + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)

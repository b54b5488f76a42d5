"""A workbook of plain tables written as a stream: header, typed cells, a frozen header row,
an autofilter and column widths, in one pass over the rows and in little memory.

openpyxl builds a cell object per value: its write-only mode took 5.6 s of CPU for the
45,806 rows of indicators.csv of the 2,000-document benchmark corpus, without a single
number format, where extracting them took the batch process 2.6 s; this module takes
about 1.5 s. Here a cell is its column's template (made once per sheet, typed by the column's kind)
with the value put in, and a few regular expressions then fix, a thousand rows at a time,
what the template cannot know: a number column's cell that is not a number becomes text,
a decimal column's whole number gets the integer format, a decimal comma (the ``id`` CSV
dialect) becomes a point.

Every cell carries its reference (``r="B7"``; an empty one is left out): the attribute is
optional in ECMA-376 and Excel and LibreOffice read cells without it, but several readers
do not (ClosedXML, EPPlus, older calamine). Cells are inline strings (no shared-string
table to hold in memory); a number keeps the exact digits it was written with and gets a
number format (``#,##0``, ``#,##0.0#####``, ``0`` for years) that Excel and LibreOffice
show in the reader's locale: ``1.250.000`` and ``9,55`` set to Indonesian.

A sheet holds at most 1,048,575 rows under its header; more go on to ``<name> (2)`` and
so on.
"""

from __future__ import annotations

import re
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any, Protocol

from .column_kinds import Kind

MAX_ROWS = 1_048_576
"""Rows of a sheet, its header included (Excel's limit)."""
_CHUNK = 1000
_STYLES = {"text": 0, "integer": 1, "year": 1, "rupiah": 2, "decimal": 3}
"""Cell format (cellXfs index) by column kind; 4 is the header's."""
_WIDE_TEXT = 40
MASKS = ("\ufdd0", "\ufdd1", "\ufdd2")
"""What stands in for ``&``, ``<`` and ``>`` in masked text (see ``mask``)."""
_ENTITIES = tuple((m.encode(), e) for m, e in zip(MASKS, (b"&amp;", b"&lt;", b"&gt;"), strict=True))
_MASK = str.maketrans(dict(zip("&<>", MASKS, strict=True)))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ufdd0-\ufdd2]")
_NOT_XML_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NONCHARACTERS = ("\ufffe".encode(), "\uffff".encode())
_COMMA = re.compile(rb"(<v>-?[0-9]+),([0-9]+(?:[eE][-+]?[0-9]+)?</v>)")
_NUMBER = rb"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?"
_NOT_NUMBER = re.compile(
    rb'<c s="[0-9]" r="([A-Z]+[0-9]+)"><v>(?!' + _NUMBER + rb"</v>)([^<]*)</v></c>"
)
"""A number column's cell whose value is not a number: made a text cell (``_AS_TEXT``)."""
_AS_TEXT = rb'<c r="\1" t="inlineStr"><is><t xml:space="preserve">\2</t></is></c>'
_WHOLE_DECIMAL = re.compile(rb'<c s="3"( r="[A-Z]+[0-9]+"><v>-?[0-9]+</v>)')
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE = (1980, 1, 1, 0, 0, 0)
"""Every part's time stamp: the same rows give the same bytes."""


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...

    @property
    def size(self) -> int: ...


def mask(text: str) -> str:
    """A cell's text as ``Workbook.add_sheet`` takes it: ``&``, ``<`` and ``>`` stand in
    as three Unicode noncharacters (``MASKS``) until the sheet's XML is made, where they
    become entities, and characters that XML cannot carry (control characters) and the
    noncharacters themselves are dropped. (Entities straight away would put a ``;`` into
    the text while it is still CSV in the ``;`` dialect.)"""
    return _NOT_XML.sub("", text).translate(_MASK)


def mask_bytes(data: bytes) -> bytes:
    """``mask`` for UTF-8 text, done on its bytes (a C loop each, where str methods on
    text with non-ASCII letters run several times slower)."""
    data = data.translate(None, _NOT_XML_BYTES)
    for sequence in (*_NONCHARACTERS, *(m.encode() for m in MASKS)):
        if sequence in data:
            data = data.replace(sequence, b"")
    for char, stand_in in zip(b"&<>", MASKS, strict=True):
        data = data.replace(bytes([char]), stand_in.encode())
    return data


def _xml_text(text: str) -> str:
    """Text escaped for XML straight away: a header, a sheet's name."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _NOT_XML.sub("", text)


def column_letter(index: int) -> str:
    """``A`` for 0, ``Z`` for 25, ``AA`` for 26."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Workbook:
    """Sheets written one after the other into ``sink`` (a file-like with ``write`` and
    ``size``, such as atomic.AtomicFile); ``close`` writes the workbook's own parts."""

    def __init__(self, sink: Sink, *, decimal_comma: bool = False) -> None:
        """``decimal_comma``: the rows' numbers may have a decimal comma (``9,55``)."""
        self._comma = decimal_comma
        stream: Any = _Stream(sink)  # what ZipFile needs of a file that cannot seek
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._sheets: list[tuple[str, str]] = []
        """(name, the filter's range) of each sheet written."""

    def add_sheet(
        self,
        name: str,
        header: Sequence[str],
        kinds: Sequence[Kind],
        rows: Iterable[Sequence[str]],
        long_text: frozenset[str] = frozenset(),
    ) -> None:
        """A sheet (and its continuations) of ``rows``, each a cell per header column,
        masked (``mask``); ``long_text``: columns made wide."""
        cells = _cell_templates(kinds)
        head = _header_xml(header)
        cols = _cols_xml(header, kinds, long_text)
        last = column_letter(len(header) - 1)
        rows = iter(rows)
        part = 1
        while True:
            title = name if part == 1 else f"{name} ({part})"
            count = self._write_sheet(title, head, cols, cells, last, rows)
            if count < MAX_ROWS - 1:
                return
            peek = next(rows, None)
            if peek is None:
                return
            rows = _chain_one(peek, rows)
            part += 1

    def _write_sheet(
        self,
        title: str,
        head: str,
        cols: str,
        cells: list[str],
        last: str,
        rows: Iterator[Sequence[str]],
    ) -> int:
        index = len(self._sheets) + 1
        info = zipfile.ZipInfo(f"xl/worksheets/sheet{index}.xml", _DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        count = 0
        with self._zip.open(info, "w") as part, _Behind(part.write) as write:
            write(_sheet_start(cols, head).encode())
            while count < MAX_ROWS - 1:
                chunk = list(islice(rows, min(_CHUNK, MAX_ROWS - 1 - count)))
                if not chunk:
                    break
                write(_rows_xml(cells, chunk, count + 2, self._comma))
                count += len(chunk)
            filter_range = f"A1:{last}{count + 1}"
            write(f'</sheetData><autoFilter ref="{filter_range}"/></worksheet>'.encode())
        self._sheets.append((title, filter_range))
        return count

    def close(self) -> None:
        """Write the workbook, styles, relations and content types; finish the zip."""
        parts = {
            "[Content_Types].xml": _content_types(len(self._sheets)),
            "_rels/.rels": _ROOT_RELS,
            "xl/workbook.xml": _workbook(self._sheets),
            "xl/_rels/workbook.xml.rels": _workbook_rels(len(self._sheets)),
            "xl/styles.xml": _STYLESHEET,
        }
        for path, text in parts.items():
            info = zipfile.ZipInfo(path, _DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            self._zip.writestr(info, text)
        self._zip.close()


class _Behind:
    """Calls ``write`` on a thread of its own, in order, a few chunks behind: deflate and
    the file write release the GIL, so the next chunk's XML is made meanwhile (measured:
    the workbook of the 2,000-document corpus took 1.35 s of wall time instead of 1.8 on
    two cores). A failed write is raised by the next call or on exit."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xlsx")
        self._pending: deque[Future[object]] = deque()

    def __enter__(self) -> Callable[[bytes], None]:
        return self.__call__

    def __call__(self, data: bytes) -> None:
        self._pending.append(self._pool.submit(self._write, data))
        if len(self._pending) > 2:
            self._pending.popleft().result()

    def __exit__(self, *exc: object) -> None:
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _chain_one(first: Sequence[str], rest: Iterator[Sequence[str]]) -> Iterator[Sequence[str]]:
    yield first
    yield from rest


class _Stream:
    """What ZipFile needs of an output that cannot seek: write, tell, flush."""

    def __init__(self, sink: Sink) -> None:
        self._sink = sink

    def write(self, data: bytes) -> int:
        self._sink.write(bytes(data))
        return len(data)

    def tell(self) -> int:
        return self._sink.size

    def flush(self) -> None:
        pass


def _cell_templates(kinds: Sequence[Kind]) -> list[str]:
    """Each column's cell, ``%s`` for its row number and then its value."""
    return [
        f'<c r="{column_letter(i)}%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
        if kind == "text"
        else f'<c s="{_STYLES[kind]}" r="{column_letter(i)}%s"><v>%s</v></c>'
        for i, kind in enumerate(kinds)
    ]


def _rows_xml(cells: list[str], rows: list[Sequence[str]], first: int, comma: bool) -> bytes:
    parts = []
    for number, row in enumerate(rows, first):
        parts.append(f'<row r="{number}">')
        # an empty cell is left out; a row longer than the header is cut to it
        pairs = zip(cells, row, strict=False)
        parts.append("".join([cell % (number, value) for cell, value in pairs if value]))
        parts.append("</row>")
    data = "".join(parts).encode()
    for stand_in, entity in _ENTITIES:
        if stand_in in data:
            data = data.replace(stand_in, entity)
    if comma:
        data = _COMMA.sub(rb"\1.\2", data)
    data = _NOT_NUMBER.sub(_AS_TEXT, data)
    return _WHOLE_DECIMAL.sub(rb'<c s="2"\1', data)


def _header_xml(header: Sequence[str]) -> str:
    cells = "".join(
        f'<c r="{column_letter(i)}1" s="4" t="inlineStr"><is><t>{_xml_text(name)}</t></is></c>'
        for i, name in enumerate(header)
    )
    return f'<row r="1">{cells}</row>'


def _cols_xml(header: Sequence[str], kinds: Sequence[Kind], long_text: frozenset[str]) -> str:
    cols = []
    for i, (name, kind) in enumerate(zip(header, kinds, strict=True)):
        width = max(len(name) + 3, 10 if kind != "text" else 14)
        if name in long_text:
            width = max(width, _WIDE_TEXT)
        elif kind == "rupiah":
            width = max(width, 18)
        cols.append(f'<col min="{i + 1}" max="{i + 1}" width="{width}" customWidth="1"/>')
    return "<cols>" + "".join(cols) + "</cols>"


def _sheet_start(cols: str, head: str) -> str:
    view = (
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
        'sqref="A2"/></sheetView></sheetViews>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS} {_NS_R}>'
        f'{view}<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>{head}'
    )


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _workbook(sheets: list[tuple[str, str]]) -> str:
    entries = "".join(
        f'<sheet name="{_xml_text(name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, (name, _) in enumerate(sheets, 1)
    )
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{_xml_text(_quoted_sheet(name))}!{_absolute(span)}</definedName>"
        for i, (name, span) in enumerate(sheets)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {_NS} {_NS_R}>'
        f"<bookViews><workbookView/></bookViews><sheets>{entries}</sheets>"
        f"<definedNames>{names}</definedNames></workbook>"
    )


def _absolute(span: str) -> str:
    """``A1:BH40`` as ``$A$1:$BH$40``."""
    return ":".join(re.sub(r"([A-Z]+)([0-9]+)", r"$\1$\2", end) for end in span.split(":"))


def _workbook_rels(count: int) -> str:
    sheets = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, count + 1)
    )
    styles = f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{sheets}{styles}'
        "</Relationships>"
    )


def _content_types(count: int) -> str:
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{main}.worksheet+xml"/>'
        for i in range(1, count + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{main}.styles+xml"/>{sheets}</Types>'
    )


_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
DECIMAL_FORMAT = "#,##0.0#####"
"""A value with decimals: up to six shown, the thousands grouped."""
_STYLESHEET = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {_NS}>'
    f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{DECIMAL_FORMAT}"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)

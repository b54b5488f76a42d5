from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.intermediate import RawDocument, SourceFile
from renstra.extract.readers.detect import detect_format
from renstra.extract.readers.docx import read
from renstra.schemas import Limits, Settings

FORMATS = Path(__file__).resolve().parent.parent / "samples" / "formats"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
IKU_FIRST_FORMULA = (
    r"$\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}}"
    r" \times 100\%$"
)


def read_bytes(data: bytes, name: str = "doc.docx") -> RawDocument:
    source = SourceFile(name, data, hashlib.sha256(data).hexdigest(), "docx")
    return read(source, Settings())


def read_sample(stem: str) -> RawDocument:
    return read_bytes((FORMATS / f"{stem}.docx").read_bytes(), f"{stem}.docx")


def docx_with_body(*fragments: str) -> bytes:
    """A real .docx whose body holds the given w:p / w:tbl XML fragments, in order."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for i, fragment in enumerate(fragments):
        body.insert(i, parse_xml(fragment.replace(">", f" {NS}>", 1)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def tc(inner: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{inner or p('')}</w:tc>"


def tbl(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


def texts(raw: RawDocument, table: int) -> list[list[str]]:
    return [[c.text for c in row] for row in raw.tables[table - 1].rows]


# ---------------------------------------------------------------- rendered samples


def test_renstra_table_grid_and_merges() -> None:
    raw = read_sample("renstra_metro_timur")
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert (len(table.rows), table.width) == (6, 9)
    goal = table.rows[3][1]
    assert goal.text == "Mewujudkan tata kelola pemerintahan yang akuntabel, efektif dan efisien"
    assert (goal.rowspan, goal.colspan, goal.covered) == (3, 1, False)
    assert [table.rows[r][1].covered for r in (4, 5)] == [True, True]
    assert [table.rows[r][1].text for r in (4, 5)] == ["", ""]
    head = table.rows[0][4]
    assert (head.text, head.colspan) == ("TARGET KINERJA SASARAN PADA TAHUN KE-", 5)
    assert [c.covered for c in table.rows[0][5:]] == [True] * 4
    assert (table.rows[0][0].text, table.rows[0][0].rowspan, table.rows[1][0].covered) == (
        "NO.",
        2,
        True,
    )
    assert texts(raw, 1)[1] == ["", "", "", "", "1", "2", "3", "4", "5"]
    assert texts(raw, 1)[5][4:] == ["30 %", "35 %", "55 %", "83 %", "100 %"]
    assert table.rows[3][1].location.to_location().model_dump(exclude_none=True) == {
        "table": 1,
        "row": 4,
        "column": 2,
    }
    assert table.preceding_text == [
        "Tabel 4.1",
        "Tujuan dan Sasaran Jangka Menengah Pelayanan SKPD",
        "Kecamatan Metro Timur Tahun 2021-2126",
    ]


def test_renstra_lines_carry_paragraph_numbers() -> None:
    raw = read_sample("renstra_metro_timur")
    numbered = [(line.location.line, line.text) for line in raw.lines if line.text]
    assert numbered[0] == (1, "BAB IV")
    assert numbered[7:10] == [
        (8, "1. Meningkatkan kualitas pelayanan publik;"),
        (8, "2. Peningkatan Peran Serta Masyarakat dalam pembangunan;"),
        (8, "3. Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan."),
    ]
    assert numbered[-1] == (10, "Kecamatan Metro Timur Tahun 2021-2126")
    assert len(numbered) == 14


def test_iku_equation_cell_reads_as_latex() -> None:
    raw = read_sample("iku_metro_utara")
    table = raw.tables[0]
    assert (len(table.rows), table.width) == (6, 6)
    assert table.rows[2][5].text == IKU_FIRST_FORMULA
    assert table.rows[3][5].text == (
        r"$\frac{\text{Jumlah usulan yang tertuang dalam BA Musrenbang}}"
        r"{\text{Jumlah usulan yang masuk}} \times 100\%$"
    )
    assert texts(raw, 1)[5] == [
        "4",
        "Presentase penanganan Konflik pada kecamatan",
        "kegiatan",
        "",
        "Sekretariat dan Kesra",
        "Jumlah kegiatan",
    ]


def test_iku_paragraphs_are_separated_by_blank_lines() -> None:
    raw = read_sample("iku_metro_utara")
    assert [line.text for line in raw.lines[:5]] == [
        "MATRIKS INDIKATOR KINERJA UTAMA (IKU) OPD",
        "KOTA METRO TAHUN 2021 - 2025",
        "",
        "NAMA OPD : KECAMATAN METRO UTARA",
        "",
    ]
    assert [line.text for line in raw.lines[-5:]] == [
        "CAMAT METRO UTARA,",
        "",
        "USMAN AMADIN, SE. MM.",
        "NIP. 19630726 199203 1 004",
        "",
    ]
    assert raw.lines[-2].location.line == 7


# ---------------------------------------------------------------- crafted documents


def test_vmerge_and_gridspan_from_xml() -> None:
    data = docx_with_body(
        tbl(
            "<w:tr>"
            + tc(p(r("A")), '<w:vMerge w:val="restart"/>')
            + tc(p(r("B")), '<w:gridSpan w:val="2"/>')
            + "</w:tr>",
            "<w:tr>" + tc("", "<w:vMerge/>") + tc(p(r("x"))) + tc(p(r("y"))) + "</w:tr>",
            "<w:tr>" + tc("", '<w:vMerge w:val="continue"/>') + tc(p(r("z"))) + tc("") + "</w:tr>",
        )
    )
    table = read_bytes(data).tables[0]
    assert [[(c.text, c.rowspan, c.colspan, c.covered) for c in row] for row in table.rows] == [
        [("A", 3, 1, False), ("B", 1, 2, False), ("", 1, 1, True)],
        [("", 1, 1, True), ("x", 1, 1, False), ("y", 1, 1, False)],
        [("", 1, 1, True), ("z", 1, 1, False), ("", 1, 1, False)],
    ]


def test_grid_before_and_short_rows_are_padded() -> None:
    data = docx_with_body(
        tbl(
            "<w:tr>" + tc(p(r("a"))) + tc(p(r("b"))) + tc(p(r("c"))) + "</w:tr>",
            '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc(p(r("d"))) + "</w:tr>",
        )
    )
    assert texts(read_bytes(data), 1) == [["a", "b", "c"], ["", "d", ""]]


def test_nested_table_follows_its_parent_and_parent_keeps_own_text() -> None:
    rows = "".join(f"<w:tr>{tc(p(r(f'in{i}')))}{tc(p(r(f'x{i}')))}</w:tr>" for i in range(1, 6))
    inner = tbl(rows)
    data = docx_with_body(
        p(r("Tabel 1")),
        tbl("<w:tr>" + tc(p(r("outer")) + inner + p("")) + tc(p(r("right"))) + "</w:tr>"),
        p(r("Tabel 2")),
        tbl("<w:tr>" + tc(p(r("last"))) + "</w:tr>"),
    )
    raw = read_bytes(data)
    assert [texts(raw, i) for i in (1, 2, 3)] == [
        [["outer", "right"]],
        [[f"in{i}", f"x{i}"] for i in range(1, 6)],
        [["last"]],
    ]
    assert [t.index for t in raw.tables] == [1, 2, 3]
    assert raw.tables[1].preceding_text == ["outer"]
    assert raw.tables[2].preceding_text == ["Tabel 1", "Tabel 2"]


def test_a_small_nested_table_is_part_of_its_cells_text() -> None:
    """A Manual IKU's stacked fraction: a one-row table in the cell, the numerator's
    paragraph bordered below (the bar), 'x 100%' in the cell beside it."""
    bar = '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4"/></w:pBdr></w:pPr>'
    fraction = "<w:p>" + bar + r("Jumlah A") + "</w:p>" + p(r("Jumlah B"))
    inner = tbl("<w:tr>" + tc(fraction) + tc(p(r("x 100%"))) + "</w:tr>")
    data = docx_with_body(tbl("<w:tr>" + tc(p(r("Rumus :")) + inner + p("")) + "</w:tr>"))
    raw = read_bytes(data)
    assert len(raw.tables) == 1
    assert texts(raw, 1) == [["Rumus :\nJumlah A x 100%\n-----\nJumlah B"]]


def test_cell_paragraphs_and_breaks_join_with_newlines() -> None:
    data = docx_with_body(
        tbl(
            "<w:tr>"
            + tc(p(r("- satu")) + p("") + p(r("- dua") + "<w:r><w:br/></w:r>" + r("- tiga")))
            + "</w:tr>"
        )
    )
    assert texts(read_bytes(data), 1) == [["- satu\n- dua\n- tiga"]]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        (r("Kepala") + "<w:r><w:br/></w:r>" + r("Dinas"), ["Kepala", "Dinas"]),
        (r("a") + "<w:r><w:tab/></w:r>" + r("b"), ["a\tb"]),
        (
            r("ada ") + "<w:del><w:r><w:delText>hapus</w:delText></w:r></w:del>" + r("sisa"),
            ["ada sisa"],
        ),
        ("<w:ins>" + r("baru") + "</w:ins>", ["baru"]),
        ('<w:hyperlink w:anchor="x">' + r("tautan") + "</w:hyperlink>", ["tautan"]),
        ('<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' + r("x"), ["x"]),
        ("<m:oMath><m:r><m:t>A</m:t></m:r><m:r><m:t>+1</m:t></m:r></m:oMath>", ["$A + 1$"]),
    ],
)
def test_paragraph_text_features(inner: str, expected: list[str]) -> None:
    raw = read_bytes(docx_with_body(p(inner)))
    assert [line.text for line in raw.lines if line.text][: len(expected)] == expected
    assert {line.location.line for line in raw.lines if line.text} == {1}


def test_content_control_paragraphs_are_read() -> None:
    data = docx_with_body("<w:sdt><w:sdtContent>" + p(r("di dalam")) + "</w:sdtContent></w:sdt>")
    assert [line.text for line in read_bytes(data).lines if line.text] == ["di dalam"]


# ---------------------------------------------------------------- bad input


def assert_error(err: RenstraError, code: str, *words: str) -> None:
    assert err.code == code
    assert "\n" not in err.reason
    for word in words:
        assert word in err.reason


def test_truncated_docx_is_a_format_error() -> None:
    data = (FORMATS / "renstra_metro_timur.docx").read_bytes()[:3000]
    with pytest.raises(RenstraError) as detected:
        detect_format("cut.docx", data)
    assert_error(detected.value, "format-error", "zip")
    with pytest.raises(RenstraError) as read_error:
        read_bytes(data, "cut.docx")
    assert_error(read_error.value, "format-error", "corrupt zip container")


def test_xlsx_renamed_docx() -> None:
    data = (FORMATS / "iku_metro_utara.xlsx").read_bytes()
    with pytest.raises(RenstraError) as detected:
        detect_format("renamed.docx", data)
    assert_error(detected.value, "format-error", ".docx", "xlsx")
    with pytest.raises(RenstraError) as read_error:
        read_bytes(data, "renamed.docx")
    assert_error(read_error.value, "format-error", "not a readable .docx")


def test_broken_document_xml_is_a_format_error() -> None:
    buffer = io.BytesIO()
    original = io.BytesIO((FORMATS / "iku_metro_utara.docx").read_bytes())
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(buffer, "w") as dst:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "word/document.xml":
                blob = blob[: len(blob) // 2]
            dst.writestr(item, blob)
    with pytest.raises(RenstraError) as error:
        read_bytes(buffer.getvalue())
    assert_error(error.value, "format-error")


def test_part_unpacking_past_the_limit() -> None:
    data = (FORMATS / "iku_metro_utara.docx").read_bytes()
    source = SourceFile("big.docx", data, hashlib.sha256(data).hexdigest(), "docx")
    with pytest.raises(RenstraError) as error:
        read(source, Settings(limits=Limits(max_unpacked_bytes=100)))
    assert_error(error.value, "limit-exceeded", "unpacks to", "over the 100-byte limit")

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from renstra.extract.errors import RenstraError
from renstra.extract.intermediate import RawDocument, SourceFile
from renstra.extract.readers import detect_format
from renstra.extract.readers import pdf as pdf_reader
from renstra.extract.readers.pdf import read
from renstra.schemas import Limits, Settings, SourceLocation, SourceNote

FORMATS = Path(__file__).resolve().parent.parent / "samples" / "formats"


def read_bytes(data: bytes, name: str = "doc.pdf", ocr: str = "auto") -> RawDocument:
    source = SourceFile(name, data, hashlib.sha256(data).hexdigest(), "pdf")
    return read(source, Settings(ocr=ocr))


def read_sample(stem: str) -> RawDocument:
    return read_bytes((FORMATS / f"{stem}.pdf").read_bytes(), f"{stem}.pdf")


def canvas_pdf(*pages: Callable[[object], None], **options: object) -> bytes:
    """A PDF drawn with reportlab's canvas, one callable per page."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1, **options)
    for draw in pages:
        draw(pdf)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def table_pdf(*pages: tuple[list[list[str]], list[float]]) -> bytes:
    """One ruled table per page, each page's table at the top."""
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    buffer = io.BytesIO()
    story: list[object] = []
    for rows, widths in pages:
        if story:
            story.append(PageBreak())
        story.append(
            Table(rows, colWidths=widths, style=[("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
        )
    SimpleDocTemplate(buffer, invariant=1).build(story)
    return buffer.getvalue()


def texts(raw: RawDocument, table: int = 1) -> list[list[str]]:
    return [[c.text for c in row] for row in raw.tables[table - 1].rows]


# ---------------------------------------------------------------- rendered samples


def test_renstra_table_split_over_two_pages_is_one_table() -> None:
    raw = read_sample("renstra_metro_timur")
    assert raw.pages == 2
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert (len(table.rows), table.width) == (6, 9)
    grid = texts(raw)
    assert grid[0][:5] == [
        "NO.",
        "TUJUAN",
        "SASARAN",
        "INDIKATOR TUJUAN/SASARAN",
        "TARGET KINERJA SASARAN PADA TAHUN KE-",
    ]
    assert grid[2] == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]
    assert [row[4] for row in grid[3:]] == ["85 %", "85 %", "30 %"]
    assert grid[5][8] == "100 %"
    assert [row[0].location.page for row in table.rows] == [1, 1, 1, 1, 1, 2]
    assert table.location.page == 1


def test_a_repeated_header_read_otherwise_is_dropped_down_to_its_column_numbers() -> None:
    """A scan's OCR reads the header repeated on page 2 a little differently ('Urus' for
    'Urusan'): the rows down to its column numbers are still the header, not data."""
    widths = [60.0, 200.0, 60.0]
    first = [["Kode", "Program", "Target"], ["Urusan", "", "2026"], ["(1)", "(2)", "(3)"]]
    again = [["Kode", "Program", "Target"], ["Urus", "", "2026"], ["(1)", "(2)", "(3)"]]
    data = table_pdf(
        ([*first, ["8.01", "Program A", "100"]], widths),
        ([*again, ["8.02", "Program B", "90"]], widths),
    )
    raw = read_bytes(data)
    assert len(raw.tables) == 1
    assert texts(raw)[3:] == [["8.01", "Program A", "100"], ["8.02", "Program B", "90"]]


def test_renstra_pdf_spans_and_multiline_cells() -> None:
    table = read_sample("renstra_metro_timur").tables[0]
    head = table.rows[0][4]
    assert (head.colspan, [c.covered for c in table.rows[0][5:]]) == (5, [True] * 4)
    assert (table.rows[0][0].rowspan, table.rows[1][0].covered) == (2, True)
    goal = table.rows[3][1]
    assert goal.text == "Mewujudkan tata kelola\npemerintahan yang akuntabel,\nefektif dan efisien"
    assert goal.rowspan == 2  # the span is cut at the page break
    assert (table.rows[4][1].covered, table.rows[5][1].covered) == (True, False)
    assert goal.location.bbox is not None
    assert goal.location.to_location().model_dump(include={"page", "table", "row", "column"}) == {
        "page": 1,
        "table": 1,
        "row": 4,
        "column": 2,
    }


def test_renstra_pdf_lines_and_caption() -> None:
    raw = read_sample("renstra_metro_timur")
    first = raw.lines[0]
    assert (first.text, first.location.page, first.location.line) == ("BAB IV", 1, 1)
    assert first.location.bbox is not None
    assert raw.tables[0].preceding_text == [
        "Tabel 4.1",
        "Tujuan dan Sasaran Jangka Menengah Pelayanan SKPD",
        "Kecamatan Metro Timur Tahun 2021-2126",
    ]
    list_lines = [line.text for line in raw.lines if line.text.startswith(("1.", "2.", "3."))]
    assert list_lines[1:] == [
        "1. Meningkatkan kualitas pelayanan publik;",
        "2. Peningkatan Peran Serta Masyarakat dalam pembangunan;",
        "3. Penurunan Gangguan ketentraman dan ketertiban di wilayah kecamatan.",
    ]


def test_iku_borderless_table() -> None:
    raw = read_sample("iku_metro_utara")
    assert len(raw.tables) == 1
    grid = texts(raw)
    assert grid[0] == [
        "NO.",
        "URAIAN INDIKATOR",
        "SATUAN",
        "ALASAN / SASARAN",
        "SUMBER DATA",
        "RUMUS PERHITUNGAN INDIKATOR",
    ]
    assert grid[1] == ["1", "2", "3", "4", "5", "6"]
    assert [row[0] for row in grid[2:]] == ["1", "2", "3", "4"]
    assert grid[2][1] == (
        "Persentase rekomendasi pelayanan yang\ndiberikan di Kecamatan : a. Pengantar\n"
        "KK dan KTP b. Pengantar IMB c.\nPengantar IUMK d. Pengantar Surat\nNikah"
    )
    assert grid[2][5] == (
        r"$\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}}"
        r" \times 100\%$"
    )
    assert grid[4][2:5] == ["%", "", "Seksi Pemerintahan"]
    assert grid[5][2] == "kegiatan"


def test_iku_pdf_text_outside_the_table() -> None:
    raw = read_sample("iku_metro_utara")
    texts_ = [line.text for line in raw.lines]
    assert texts_[:3] == [
        "MATRIKS INDIKATOR KINERJA UTAMA (IKU) OPD",
        "KOTA METRO TAHUN 2021 - 2025",
        "",
    ]
    assert texts_[-4:] == [
        "CAMAT METRO UTARA,",
        "",
        "USMAN AMADIN, SE. MM.",
        "NIP. 19630726 199203 1 004",
    ]
    assert not any("Seksi Pembangunan" in t for t in texts_)


# ---------------------------------------------------------------- crafted documents


def test_continuation_without_repeated_header_keeps_all_rows() -> None:
    widths = [60.0, 200.0, 80.0]
    data = table_pdf(
        ([["NO", "INDIKATOR", "TARGET"], ["1", "Satu", "10"]], widths),
        ([["2", "Dua", "20"], ["3", "Tiga", "30"]], widths),
    )
    raw = read_bytes(data)
    assert texts(raw) == [
        ["NO", "INDIKATOR", "TARGET"],
        ["1", "Satu", "10"],
        ["2", "Dua", "20"],
        ["3", "Tiga", "30"],
    ]


def test_tables_with_other_columns_on_the_next_page_stay_apart() -> None:
    data = table_pdf(
        ([["NO", "INDIKATOR", "TARGET"], ["1", "Satu", "10"]], [60.0, 200.0, 80.0]),
        ([["NO", "INDIKATOR", "TARGET"], ["2", "Dua", "20"]], [40.0, 150.0, 150.0]),
    )
    raw = read_bytes(data)
    assert [len(t.rows) for t in raw.tables] == [2, 2]


def test_text_under_the_table_stops_the_join() -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    rows = [["NO", "INDIKATOR", "TARGET"], ["1", "Satu", "10"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    buffer = io.BytesIO()
    story = [
        Table(rows, colWidths=[60, 200, 80], style=style),
        Paragraph("Catatan di bawah tabel.", getSampleStyleSheet()["Normal"]),
        PageBreak(),
        Table(rows, colWidths=[60, 200, 80], style=style),
    ]
    SimpleDocTemplate(buffer, invariant=1).build(story)
    raw = read_bytes(buffer.getvalue())
    assert len(raw.tables) == 2
    assert "Catatan di bawah tabel." in [line.text for line in raw.lines]


def test_borderless_table_drawn_by_hand() -> None:
    rows = [
        ["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET"],
        ["1", "Indeks Kepuasan Masyarakat", "indeks", "82,5"],
        ["", "(survei tahunan)", "", ""],
        ["2", "Persentase dokumen tepat waktu", "%", "100"],
    ]

    def draw(pdf: object) -> None:
        pdf.drawString(72, 760, "Tabel 2. Indikator")  # type: ignore[attr-defined]
        for i, row in enumerate(rows):
            y = 730 - 14 * i - (6 if i == 3 else 0)
            for x, text in zip((72, 110, 330, 400), row, strict=True):
                pdf.drawString(x, y, text)  # type: ignore[attr-defined]
        pdf.drawString(72, 600, "Sumber: Bagian Organisasi")  # type: ignore[attr-defined]

    raw = read_bytes(canvas_pdf(draw))
    assert texts(raw) == [
        ["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET"],
        ["1", "Indeks Kepuasan Masyarakat\n(survei tahunan)", "indeks", "82,5"],
        ["2", "Persentase dokumen tepat waktu", "%", "100"],
    ]
    assert raw.tables[0].preceding_text == ["Tabel 2. Indikator"]
    assert [line.text for line in raw.lines if line.text] == [
        "Tabel 2. Indikator",
        "Sumber: Bagian Organisasi",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["Nama          Jabatan", "Budi          Kepala"],  # two columns only
        ["NO    INDIKATOR    TARGET"],  # a header and nothing under it
        ["Paragraf biasa dengan kata-kata yang dipisah spasi tunggal saja.", "Baris kedua."],
    ],
)
def test_no_borderless_table_without_evidence(lines: list[str]) -> None:
    def draw(pdf: object) -> None:
        for i, line in enumerate(lines):
            x = 72
            for part in line.split("    "):
                pdf.drawString(x, 700 - 14 * i, part.strip())  # type: ignore[attr-defined]
                x += 150

    raw = read_bytes(canvas_pdf(draw))
    assert raw.tables == []
    assert [line.text for line in raw.lines if line.text]


def test_scanned_pdf_has_no_text_layer_with_ocr_off() -> None:
    data = canvas_pdf(lambda pdf: pdf.rect(72, 72, 300, 400, fill=1))  # type: ignore[attr-defined]
    raw = read_bytes(data, ocr="off")
    assert (raw.lines, raw.tables, raw.pages) == ([], [], 1)
    assert raw.notes == [SourceNote(code="no-text-layer", location=SourceLocation())]


def test_one_page_without_text_is_noted_with_ocr_off() -> None:
    data = canvas_pdf(
        lambda pdf: pdf.drawString(72, 700, "Halaman satu"),  # type: ignore[attr-defined]
        lambda pdf: pdf.rect(72, 72, 300, 400, fill=1),  # type: ignore[attr-defined]
    )
    raw = read_bytes(data, ocr="off")
    assert raw.notes == [SourceNote(code="page-without-text", location=SourceLocation(page=2))]
    assert [line.text for line in raw.lines] == ["Halaman satu"]


# ---------------------------------------------------------------- bad input


def assert_error(err: RenstraError, code: str, *words: str) -> None:
    assert err.code == code
    assert "\n" not in err.reason
    for word in words:
        assert word in err.reason


def test_random_bytes_named_pdf() -> None:
    data = random.Random(7).randbytes(4096)
    with pytest.raises(RenstraError) as error:
        detect_format("acak.pdf", data)
    assert_error(error.value, "format-error", ".pdf")


def test_pdf_header_then_garbage() -> None:
    data = b"%PDF-1.4\n" + random.Random(7).randbytes(4096)
    with pytest.raises(RenstraError) as error:
        read_bytes(data)
    assert_error(error.value, "format-error", "unreadable PDF")


def test_encrypted_pdf() -> None:
    data = canvas_pdf(lambda pdf: pdf.drawString(72, 700, "rahasia"), encrypt="pw")  # type: ignore[attr-defined]
    with pytest.raises(RenstraError) as error:
        read_bytes(data)
    assert_error(error.value, "encrypted-file", "password")


def test_pdf_without_pages() -> None:
    data = (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n"
    )
    with pytest.raises(RenstraError) as error:
        read_bytes(data)
    assert_error(error.value, "empty-file", "no pages")


# ---------------------------------------------------------------- one parse per page


def test_page_limit_is_enforced_before_any_page_is_laid_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laid_out: list[object] = []
    monkeypatch.setattr(pdf_reader, "_page_data", laid_out.append)
    data = canvas_pdf(*[lambda pdf: pdf.drawString(72, 700, "Halaman")] * 3)  # type: ignore[attr-defined]
    settings = Settings(limits=Limits(max_pdf_pages=2))
    with pytest.raises(RenstraError) as error:
        read(SourceFile("doc.pdf", data, hashlib.sha256(data).hexdigest(), "pdf"), settings)
    assert_error(error.value, "limit-exceeded", "over 2 pages")
    assert laid_out == []


def test_pdf_is_parsed_once_through_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from pdfminer import pdfdocument
    from renstra.extract.pipeline import extract_document

    parsed: list[object] = []
    original = pdfdocument.PDFDocument.__init__

    def counting(self: object, *args: object, **kwargs: object) -> None:
        parsed.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdfdocument.PDFDocument, "__init__", counting)
    extract_document(str(FORMATS / "renstra_metro_timur.pdf"))
    assert len(parsed) == 1


def spanned_table_pdf() -> bytes:
    """Merged cells, empty cells and text set close to the rules."""
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [["NO", "INDIKATOR", "TARGET", "", ""], ["", "", "2021", "2022", "2023"]]
    rows += [[str(i), "Persentase\nlayanan", "85,5", "", "90"] for i in range(1, 6)]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 2), (1, 3)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build([Table(rows, style=style)])
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(lambda: (FORMATS / "renstra_metro_timur.pdf").read_bytes(), id="renstra"),
        pytest.param(spanned_table_pdf, id="spans"),
    ],
)
def test_cell_texts_are_what_pdfplumber_table_extract_returns(
    data: Callable[[], bytes],
) -> None:
    import pdfplumber

    compared = 0
    with pdfplumber.open(io.BytesIO(data())) as pdf:
        for page in pdf.pages:
            for table in page.find_tables():
                ours = pdf_reader._cell_texts(page.chars, table.bbox, table.rows)
                assert ours == table.extract()
                compared += 1
    assert compared


def test_borderless_table_with_centred_headers_and_wrapped_cells() -> None:
    """As Word and LibreOffice export a table without borders: headers centred over cells
    whose text starts further left, a sasaran row above its indicators' rows, wrapped cells
    and an 'X 100' beside a fraction bar."""
    lines = [
        # (y, [(x, text), ...])
        (760, [(60, "No"), (100, "Sasaran"), (230, "Indikator"), (330, "Satuan"),
               (470, "Formulasi")]),
        (740, [(60, "1"), (100, "Meningkatnya")]),
        (728, [(100, "pelayanan")]),
        (716, [(210, "Persentase"), (325, "persen"), (400, "Jumlah KTP-el terbit")]),
        (704, [(210, "kepemilikan KTP"), (400, "------------------------"), (520, "X 100")]),
        (692, [(400, "Jumlah wajib KTP")]),
    ]  # fmt: skip

    def draw(pdf: object) -> None:
        for y, cells in lines:
            for x, text in cells:
                pdf.drawString(x, y, text)  # type: ignore[attr-defined]
        pdf.drawString(60, 600, "Catatan: data diperbarui setiap tahun oleh bidang terkait.")  # type: ignore[attr-defined]

    raw = read_bytes(canvas_pdf(draw))
    assert texts(raw) == [
        ["No", "Sasaran", "Indikator", "Satuan", "Formulasi"],
        ["1", "Meningkatnya\npelayanan", "", "", ""],
        ["", "", "Persentase\nkepemilikan KTP", "persen",
         "Jumlah KTP-el terbit\n------------------------ X 100\nJumlah wajib KTP"],
    ]  # fmt: skip


def _signatures(pdf: object) -> None:
    """Two centred signature blocks side by side, a signing space in each, as a PK ends."""
    left = [("PIHAK KEDUA", 700), ("BUPATI PRINGSEWU", 686), ("RIYANTO PAMUNGKAS", 620)]
    right = [("PIHAK KESATU", 700), ("KEPALA DINAS KOMINFO", 686),
             ("MOUDY ARY NAZOLLA, S.STP., MH", 620), ("Pembina Tk. I", 606),
             ("NIP. 19840819 200212 1 001", 592)]  # fmt: skip
    for text, y in left:
        pdf.drawCentredString(150, y, text)  # type: ignore[attr-defined]
    for text, y in right:
        pdf.drawCentredString(430, y, text)  # type: ignore[attr-defined]
    pdf.drawString(72, 560, "Perjanjian ini dibuat rangkap dua, masing-masing bermeterai.")  # type: ignore[attr-defined]


def test_signature_blocks_side_by_side_become_a_two_column_table() -> None:
    raw = read_bytes(canvas_pdf(_signatures))
    assert texts(raw) == [
        ["PIHAK KEDUA", "PIHAK KESATU"],
        ["BUPATI PRINGSEWU", "KEPALA DINAS KOMINFO"],
        ["RIYANTO PAMUNGKAS", "MOUDY ARY NAZOLLA, S.STP., MH"],
        ["", "Pembina Tk. I"],
        ["", "NIP. 19840819 200212 1 001"],
    ]
    lines = [line.text for line in raw.lines if line.text]
    assert lines == ["Perjanjian ini dibuat rangkap dua, masing-masing bermeterai."]


def test_a_hole_in_one_block_where_a_stamp_hid_words_does_not_end_the_blocks() -> None:
    # OCR lost 'DINAS KOMU' under a stamp: the right block's line has a wide gap of its own
    def page(pdf: object) -> None:
        for text, x, y in [
            ("PIHAK KEDUA", 112, 700), ("BUPATI PRINGSEWU", 95, 686),
            ("RIYANTO PAMUNGKAS", 90, 620), ("PIHAK KESATU", 390, 700), ("KEPALA", 330, 686),
            ("NIKASI DAN INFORMATIKA", 440, 686), ("MOUDY ARY NAZOLLA, S.STP., MH", 350, 620),
            ("NIP. 19840819 200212 1 001", 360, 606),
        ]:  # fmt: skip
            pdf.drawString(x, y, text)  # type: ignore[attr-defined]

    raw = read_bytes(canvas_pdf(page))
    assert texts(raw)[1:3] == [
        ["BUPATI PRINGSEWU", "KEPALA NIKASI DAN INFORMATIKA"],
        ["RIYANTO PAMUNGKAS", "MOUDY ARY NAZOLLA, S.STP., MH"],
    ]


def test_a_wide_gap_without_signing_words_stays_a_line() -> None:
    def page(pdf: object) -> None:
        for y in (700, 686):
            pdf.drawString(72, y, "KABUPATEN SUKAMAJU")  # type: ignore[attr-defined]
            pdf.drawString(400, y, "TAHUN 2022")  # type: ignore[attr-defined]

    raw = read_bytes(canvas_pdf(page))
    assert raw.tables == []
    assert [line.text for line in raw.lines if line.text] == [
        "KABUPATEN SUKAMAJU TAHUN 2022", "KABUPATEN SUKAMAJU TAHUN 2022",
    ]  # fmt: skip


def test_a_compound_wrapped_after_its_hyphen_in_a_cell_is_one_word() -> None:
    raw = read_bytes(table_pdf(([["Sumber Dana", "Indikator"],
                                 ["Dana Transfer Umum-\nDana Bagi Hasil", "Rasio 70 -\n80"]],
                                [150, 150])))  # fmt: skip
    assert texts(raw)[1] == ["Dana Transfer Umum-Dana Bagi Hasil", "Rasio 70 -\n80"]


def test_a_word_cut_at_a_narrow_cells_edge_is_one_word_again() -> None:
    """'Persentase' in a 31-point Satuan column, as LibreOffice cuts it: 'Persenta' runs to
    the cell's edge, 'se' below. A line that wraps at a space stays two words."""
    from renstra.extract.readers.pdf import Word, _unbroken

    box = (564.2, 714.9, 595.4, 729.2)
    words = [
        Word("Persenta", 567.2, 716.0, 592.5, 722.0),
        Word("se", 567.2, 722.5, 572.9, 728.5),
    ]
    assert _unbroken("Persenta\nse", box, words) == "Persentase"
    wrapped = [
        Word("Kondusifitas", 567.2, 716.0, 592.5, 722.0),
        Word("di", 567.2, 722.5, 572.9, 728.5),
    ]
    assert _unbroken("Kondusifitas\ndi", box, wrapped) == "Kondusifitas\ndi"  # a word of its own
    short = [Word("Dokumen", 567.2, 716.0, 585.0, 722.0), Word("rencana", 567.2, 722.5, 590, 728.5)]
    assert _unbroken("Dokumen\nrencana", box, short) == "Dokumen\nrencana"  # room was left

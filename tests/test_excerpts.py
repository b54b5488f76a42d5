from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from renstra.extract.excerpts import (
    Excerpt,
    ExcerptLine,
    document_excerpts,
    find_spans,
    highlight_terms,
    quoted,
)
from renstra.extract.inputs import InputFile
from renstra.extract.job import FileTask, run
from renstra.schemas import Document, Finding, Settings, SourceLocation

from .documents import IKU_HEAD
from .paths import SAMPLES


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("'Presentase' in 'Presentase arsip' salah.", ["Presentase", "Presentase arsip"]),
        ("'2021-2126' is not a plausible planning period (106 years).", ["2021-2126"]),
        ("“Indek” pada “Indek Kepuasan” salah eja.", ["Indek", "Indek Kepuasan"]),
        ('"Jumlah kasus" tanpa satuan', ["Jumlah kasus"]),
        ("Table 1 has 5 target columns but the period spans 6 years.", []),
    ],
)
def test_quoted_texts_of_a_message(message: str, expected: list[str]) -> None:
    assert quoted(message) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # the more specific term wins over the name that contains it
        ("4\tPresentase penanganan\tkegiatan", ["Presentase", "Presentase penanganan"], [(2, 12)]),
        # terms side by side both show
        ("4\tPresentase penanganan\tkegiatan", ["Presentase penanganan", "kegiatan"],
         [(2, 23), (24, 32)]),
        # case and spacing are ignored
        ("Indek  kepuasan\nmasyarakat", ["indek kepuasan masyarakat"], [(0, 26)]),
        # whole words only: 'kegiatan' is not marked inside 'kegiatannya'
        ("kegiatannya dan kegiatan", ["kegiatan"], [(16, 24)]),
        # overlapping terms merge
        ("Tahun 2021-2126 dan", ["Tahun 2021", "2021-2126"], [(0, 15)]),
        ("nothing here", ["Presentase"], []),
        ("a (b) c", ["(b)"], [(2, 5)]),
    ],
)  # fmt: skip
def test_find_spans(text: str, terms: list[str], expected: list[tuple[int, int]]) -> None:
    assert find_spans(text, terms) == expected


def test_highlight_terms_prefer_evidence_then_quotes_then_the_indicator() -> None:
    # a stand-in: Finding gains ``evidence`` in schema 1.1
    finding = SimpleNamespace(
        message="'Persentase konflik': its satuan is 'kegiatan'.", evidence="kegiatan"
    )
    terms = highlight_terms(finding, "Persentase konflik")  # type: ignore[arg-type]
    assert terms == ["kegiatan", "Persentase konflik"]
    finding.evidence = None
    terms = highlight_terms(finding, "Persentase konflik")  # type: ignore[arg-type]
    assert terms == ["Persentase konflik", "kegiatan"]


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ((), [("abc def", False)]),
        (((0, 3),), [("abc", True), (" def", False)]),
        (((4, 7),), [("abc ", False), ("def", True)]),
        (((0, 3), (4, 7)), [("abc", True), (" ", False), ("def", True)]),
    ],
)
def test_segments(marks: tuple[tuple[int, int], ...], expected: list[tuple[str, bool]]) -> None:
    assert ExcerptLine("abc def", marks=marks).segments() == expected


def _lines(excerpt: Excerpt | None) -> list[tuple[int | None, str, bool]]:
    assert excerpt is not None
    return [(line.number, line.text, line.focus) for line in excerpt.lines]


def excerpts_of(path: Path) -> tuple[Document, list[Excerpt | None]]:
    """The document and its findings' excerpts, cut as a report's worker cuts them."""
    result = run(FileTask(InputFile(str(path), path.name), Settings(), excerpts=True))
    assert result.document is not None, result.error
    return result.document, document_excerpts(result.document, result.excerpts)


def test_text_file_excerpt_is_the_line_and_its_neighbours() -> None:
    _, (spelling, unit) = excerpts_of(SAMPLES / "iku_metro_utara.txt")
    row = (
        "4\tPresentase penanganan Konflik pada kecamatan\tkegiatan\t\tSekretariat dan Kesra"
        "\tJumlah kegiatan"
    )
    assert _lines(spelling)[1:] == [(25, row, True), (26, "", False)]
    assert _lines(spelling)[0][0] == 24 and not _lines(spelling)[0][2]
    assert spelling is not None and spelling.marked == ["Presentase"]
    assert unit is not None
    assert unit.marked == [NAME, "kegiatan", "kegiatan"]


def test_period_typo_marks_the_written_period() -> None:
    document, excerpts = excerpts_of(SAMPLES / "renstra_metro_timur.txt")
    by_rule = {f.rule: x for f, x in zip(document.findings, excerpts, strict=True)}
    period = by_rule["period-typo"]
    assert period is not None and period.marked == ["2021-2126"]
    assert _lines(period)[1] == (25, "Kecamatan Metro Timur Tahun 2021-2126", True)


def test_cp1252_file_is_decoded_as_the_reader_does() -> None:
    document, excerpts = excerpts_of(SAMPLES / "renstra_kec_sukamaju_barat_cp1252.txt")
    rules = [f.rule for f in document.findings]
    excerpt = excerpts[rules.index("spelling")]
    assert excerpt is not None and excerpt.marked  # the misspelling is found in decoded text
    focus = [line.text for line in excerpt.lines if line.focus]
    assert all("\ufffd" not in text for text in focus)


NAME = "Presentase penanganan Konflik pada kecamatan"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("iku_metro_utara.docx", [["Presentase"], [NAME]]),
        ("iku_metro_utara.xlsx", [["Presentase"], [NAME]]),
        # the PDF cell wraps: the name is marked on both of its lines
        ("iku_metro_utara.pdf", [["Presentase"], [NAME[:-10], "kecamatan"]]),
    ],
)  # fmt: skip
def test_other_formats_show_the_cell(name: str, expected: list[list[str]]) -> None:
    _, excerpts = excerpts_of(SAMPLES / "formats" / name)
    assert [e.marked if e else None for e in excerpts] == expected
    assert all(line.number is None for e in excerpts if e for line in e.lines)


@pytest.mark.parametrize(
    "name", ["renstra_metro_timur.docx", "renstra_metro_timur.pdf", "renstra_metro_timur.xlsx"]
)
def test_other_formats_show_the_period_line_and_the_table_header(name: str) -> None:
    document, excerpts = excerpts_of(SAMPLES / "formats" / name)
    by_rule = {f.rule: x for f, x in zip(document.findings, excerpts, strict=True)}
    period = by_rule["period-typo"]
    assert period is not None and period.marked == ["2021-2126"]
    header = by_rule["target-count-mismatch"]
    assert header is not None
    assert header.lines[0].text.startswith("NO. | TUJUAN | SASARAN | INDIKATOR TUJUAN/SASARAN")


def test_the_excerpt_shows_the_bytes_that_were_extracted(tmp_path: Path) -> None:
    path = tmp_path / "iku.txt"
    shutil.copy(SAMPLES / "iku_metro_utara.txt", path)
    result = run(FileTask(InputFile(str(path), path.name), Settings(), excerpts=True))
    path.write_text("something else", encoding="utf-8")  # cut already: nothing is read again
    path.unlink()
    assert result.document is not None
    excerpts = document_excerpts(result.document, result.excerpts)
    assert [e.marked if e else None for e in excerpts] == [
        ["Presentase"],
        [NAME, "kegiatan", "kegiatan"],
    ]


def test_without_the_cut_lines_there_is_no_excerpt() -> None:
    document, _ = excerpts_of(SAMPLES / "iku_metro_utara.txt")
    assert document_excerpts(document, None) == [None, None]


def test_the_places_of_indicators_are_cut_for_cross_document_findings() -> None:
    result = run(
        FileTask(InputFile(str(SAMPLES / "iku_metro_utara.txt"), "x"), Settings(), excerpts=True)
    )
    assert result.document is not None and result.excerpts is not None
    for indicator in result.document.indicators:
        assert indicator.provenance in result.excerpts


def test_a_finding_without_a_place_has_no_excerpt(tmp_path: Path) -> None:
    text = IKU_HEAD + "1\tIndeks kepuasan\t\tMeningkatnya layanan\tSurvei\tJumlah A / Jumlah B\n"
    path = tmp_path / "iku.txt"
    path.write_text(text, encoding="utf-8")
    document, _ = excerpts_of(path)
    result = run(FileTask(InputFile(str(path), path.name), Settings(), excerpts=True))
    document.findings.append(
        Finding(rule="spelling", severity="info", message="x", location=SourceLocation())
    )
    assert document_excerpts(document, result.excerpts)[-1] is None

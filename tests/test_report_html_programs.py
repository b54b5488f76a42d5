"""The HTML report's programs and budgets, and the realisasi and capaian beside a target,
against values written by hand from ``documents.program_document``."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from renstra.extract.inputs import InputFile
from renstra.extract.program_layout import depths, rupiah, top_level_totals
from renstra.extract.report_html import render_html
from renstra.extract.result import FileResult
from renstra.schemas import Budget, Document, Finding, Program, Target

from .chromium import Chromium, chromium_binary
from .documents import at, program_document


def results(*documents: Document) -> list[FileResult]:
    return [FileResult(InputFile(d.source.path, d.source.path), document=d) for d in documents]


class _Rows(HTMLParser):
    """The program table's body and foot rows: (row attributes, [(cell class, text)])."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[dict[str, str], list[tuple[str, str, str]]]] = []
        self._in = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "table":
            self._in = a.get("class") == "prog"
        elif self._in and tag == "tr":
            self.rows.append((a, []))
        elif self._in and tag == "td":
            self.rows[-1][1].append((a.get("class", ""), a.get("data-amount", ""), ""))
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            cls, amount, _ = self.rows[-1][1][-1]
            self.rows[-1][1][-1] = (cls, amount, "".join(self._cell))
            self._cell = None
        if tag == "table":
            self._in = False


def program_rows(html: str) -> list[tuple[dict[str, str], list[tuple[str, str, str]]]]:
    parser = _Rows()
    parser.feed(html)
    return [(a, cells) for a, cells in parser.rows if cells]  # the head has th only


def test_rupiah_is_written_with_dots_between_thousands() -> None:
    assert rupiah(1_250_000_000) == "Rp 1.250.000.000"
    assert rupiah(789_374) == "Rp 789.374"
    assert rupiah(0) == "Rp 0"
    assert rupiah(-5_000) == "-Rp 5.000"
    assert rupiah(None) == ""


def test_each_program_row_shows_code_level_name_indicator_targets_and_budgets() -> None:
    rows = program_rows(render_html(results(program_document())))
    first, activity, second, total = rows
    assert first[0]["data-program"] == "t2r4" and first[0]["id"] == "p-1-1"
    assert [text for _, _, text in first[1]] == [
        "1.02.02", "Program", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN",
        "Persentase fasilitas kesehatan terakreditasi", "%",
        "80", "Rp 1.250.000.000", "85", "Rp 68.945.785.000", "", "Rp 70.195.785.000",
        "Dinas Kesehatan", "Kota Sukamaju",
    ]  # fmt: skip
    assert [amount for _, amount, _ in first[1] if amount] == [
        "1250000000", "68945785000", "70195785000",
    ]  # fmt: skip
    # the kegiatan sits one level in; a '-' budget is shown as written
    assert activity[1][1][2] == "Kegiatan" and "d1" in activity[1][2][0].split()
    assert "d0" in first[1][2][0].split()
    assert [text for _, _, text in activity[1][5:9]] == ["", "Rp 750.000.000", "", "-"]
    assert [text for _, _, text in second[1][5:7]] == ["", "Rp 500.000.000"]
    # the kegiatan is not counted again in the total of the top-level rows
    assert [text for _, _, text in total[1]] == [
        "Jumlah baris teratas", "", "Rp 1.750.000.000", "", "Rp 68.945.785.000", "",
        "Rp 70.195.785.000", "",
    ]  # fmt: skip


def test_budget_cells_keep_the_text_as_written_in_their_title() -> None:
    html = render_html(results(program_document()))
    assert 'data-amount="68945785000" title="68.945.785">Rp 68.945.785.000</td>' in html


def test_realization_and_achievement_stand_beside_their_target() -> None:
    html = render_html(results(program_document()))
    assert '<td class="t">90<span class="real">Realisasi 85 · Capaian 105,9 %</span></td>' in html
    assert '<td class="t">88</td>' in html  # the next year reports none
    english = render_html(results(program_document()), lang="en")
    assert "Realization 85 · Achievement 105,9 %" in english
    assert ">Programs and activities (3)<" in english and ">Total of the top-level rows<" in english


def test_a_document_without_programs_looks_exactly_as_before() -> None:
    with_programs = program_document()
    without = program_document()
    without.programs = []
    html = render_html(results(without))
    assert 'class="programs"' not in html and 'class="prog"' not in html
    section = render_html(results(with_programs))
    start = section.index('<div class="programs">')
    end = section.index("</table></div></div>\n", start) + len("</table></div></div>\n")
    assert section[:start] + section[end:] == html


def test_program_rows_that_a_finding_names_are_linked_from_it() -> None:
    document = program_document()
    document.findings = [
        Finding(rule="budget-sum-mismatch", severity="error", message="2022: 750.000.000",
                location=at(4, 6), indicator_id="t2r4"),
    ]  # fmt: skip
    html = render_html(results(document))
    assert '<a href="#p-1-1">lihat baris program</a>' in html


def test_program_text_is_escaped() -> None:
    document = program_document()
    hostile = '<img src=x onerror="window.pwned=1">'
    document.programs[0].name = hostile
    document.programs[0].budgets[0].text = hostile
    html = render_html(results(document))
    assert "<img" not in html
    assert "&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;" in html


def test_depth_follows_the_level_else_the_parent_chain_and_totals_skip_total_rows() -> None:
    rows = [
        Program(id="a", level="program", name="P", provenance=at(1, 1)),
        Program(id="b", level="sub_kegiatan", name="S", parent="a", provenance=at(2, 1)),
        Program(id="c", name="no level", parent="b", provenance=at(3, 1)),
        Program(id="d", name="loop", parent="e", provenance=at(4, 1)),
        Program(id="e", name="loop", parent="d", provenance=at(5, 1)),
        Program(id="f", level="total", name="JUMLAH", provenance=at(6, 1)),
    ]
    assert depths(rows) == [0, 2, 2, 1, 1, 0]
    document = program_document()
    document.programs.append(
        Program(id="t2r9", level="total", name="JUMLAH",
                budgets=[*document.programs[0].budgets], provenance=at(9, 2))
    )  # fmt: skip
    totals, final = top_level_totals(document.programs)
    assert totals == {(2022, None): 1_750_000_000, (2023, None): 68_945_785_000}
    assert final == 70_195_785_000


def test_the_top_level_rows_of_a_year_are_the_highest_that_carry_an_amount() -> None:
    """A Renja's urusan and bidang rows carry no pagu: the programs under them are its
    top-level rows; a kegiatan under a program without a 2023 amount counts for 2023."""
    document = program_document()
    urusan = Program(
        id="t2r2",
        code="1",
        level="urusan",
        name="URUSAN WAJIB",
        budgets=[Budget(year=2022, text="")],
        provenance=at(2, 2),
    )
    bidang = Program(id="t2r3", code="1.02", level="bidang", name="KESEHATAN", parent="t2r2",
                     provenance=at(3, 2))  # fmt: skip
    program, activity, second = document.programs
    program.parent = second.parent = "t2r3"
    program.budgets = program.budgets[:1]  # no 2023 amount: the kegiatan's '-' neither
    activity.budgets[1] = Budget(year_index=2, year=2023, amount=40_000_000, text="40.000.000")
    document.programs = [urusan, bidang, program, activity, second]
    totals, final = top_level_totals(document.programs)
    assert totals == {(2022, None): 1_750_000_000, (2023, None): 40_000_000}
    assert final == 70_195_785_000


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    chromium = Chromium(chromium_binary(), tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


def test_a_page_with_programs_loads_clean_in_the_browser(browser: Chromium, tmp_path: Path) -> None:
    """The indentation is a class (the page's CSP forbids inline styles): no violation."""
    path = tmp_path / "report.html"
    path.write_text(render_html(results(program_document())), encoding="utf-8")
    loaded = browser.load(path)
    assert loaded.errors == []
    assert loaded.requests == [loaded.url]
    assert "Rp 1.750.000.000" in loaded.dom


def test_what_was_spent_of_a_pagu_stands_below_it() -> None:
    doc = program_document()
    budget = doc.programs[0].budgets[0]
    budget.realization = Budget(amount=1_670_024_358, text="1,670,024,358")
    budget.achievement = Target(text="24.36%", value=24.36, unit="%")
    html = render_html(results(doc))
    assert (
        f'title="{budget.text}">{"Rp 1.250.000.000"}'
        '<span class="real">Realisasi Rp 1.670.024.358 · Capaian 24.36%</span></td>'
    ) in html

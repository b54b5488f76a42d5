"""The HTML report as a workbench, in a real headless Chromium at 1366 px: typing in the
search and clicking the filters changes which documents, table rows and findings are
shown; formulas are drawn as fractions; nothing overflows the page; split pages load clean
and link to each other; a baseline marks what is new. Counts written by hand from the
samples (seed IKU: 4 rows, a spelling warning and a unit-mismatch error on row 4; seed
Renstra: 4 rows, a period-typo error and a target-count-mismatch warning on the whole
document; Dinkes Renstra: 7 rows, no finding)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from renstra.extract.cli import app
from renstra.extract.report_html import render_html
from renstra.schemas import Settings
from typer.testing import CliRunner

from .chromium import OVERFLOW_JS, Chromium, Tab, chromium_binary, png_size
from .paths import SAMPLES
from .test_report_html import SEED_IKU, SEED_RENSTRA, broken_file, results_of

runner = CliRunner()
DINKES = SAMPLES / "renstra_dinkes_tanah_datar_baru.txt"
DINKES_IKU = SAMPLES / "iku_dinkes_tanah_datar_baru.txt"
WIDTH = 1366
WIB = timezone(timedelta(hours=7))

SHOWN_JS = """(() => {
  const docs = [...document.querySelectorAll('section.doc')].filter(d => !d.hidden);
  const rows = docs.flatMap(d => [...d.querySelectorAll('.rowu')]).filter(r => !r.hidden);
  const cards = docs.flatMap(d => [...d.querySelectorAll('article.finding')])
    .filter(c => !c.hidden);
  const lines = [...document.querySelectorAll('tr[data-file]')].filter(r => !r.hidden);
  const said = ['count-docs', 'count-rows', 'count-shown']
    .map(id => Number(document.getElementById(id).textContent));
  return {docs: docs.length, rows: rows.length, cards: cards.length, lines: lines.length,
          said: said};
})()"""
"""What is shown: documents, table rows, finding cards and summary lines, counted in the
DOM, and the three counts the bar says."""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    chromium = Chromium(chromium_binary(), tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


def shown(tab: Tab) -> tuple[int, int, int]:
    """(documents, rows, findings) shown; the bar's counts and the summary lines agree."""
    seen = tab.evaluate(SHOWN_JS)
    counts = (seen["docs"], seen["rows"], seen["cards"])
    assert seen["said"] == list(counts)
    assert seen["lines"] == seen["docs"]
    return counts


def assert_fits(tab: Tab, shot: Path) -> None:
    """Nothing wider than the 1366 px window: the page, a table, a cell; the screenshot
    (as wide as the page lays itself out) is 1366 px too."""
    overflow = tab.evaluate(OVERFLOW_JS)
    assert overflow == {"page": WIDTH, "tables": [], "cells": []}
    assert png_size(tab.screenshot(shot))[0] == WIDTH


@pytest.fixture
def three(browser: Chromium, tmp_path: Path) -> Iterator[Tab]:
    path = tmp_path / "report.html"
    path.write_text(render_html(results_of(SEED_IKU, SEED_RENSTRA, DINKES)), encoding="utf-8")
    with browser.tab(path, WIDTH) as tab:
        assert tab.evaluate("document.documentElement.dataset.ready") == "1"
        yield tab
        assert tab.errors() == []
        assert tab.requests() == [tab.url]


def test_typing_in_the_search_shows_only_what_holds_the_text(three: Tab, tmp_path: Path) -> None:
    assert shown(three) == (3, 15, 4)
    three.type("#filter-search", "konflik")
    # the IKU's row 4 and, with it, both findings on that row
    assert shown(three) == (1, 1, 2)
    assert three.evaluate("[...document.querySelectorAll('.rowu')].filter(r => !r.hidden)"
                          ".map(r => r.dataset.indicator)") == ["t1r6"]  # fmt: skip
    assert_fits(three, tmp_path / "search.png")
    three.type("#filter-search", "  Tingkat   PARTISIPASI masyarakat dalam proses ")
    assert shown(three) == (2, 2, 0)  # case and spacing ignored; row 2 of each Kecamatan
    three.type("#filter-search", "tanah datar")  # the Dinkes heading: the document whole
    assert shown(three) == (1, 7, 0)
    three.type("#filter-search", "2021-2126")  # the period typo's excerpt: its card only
    assert shown(three) == (1, 0, 1)
    three.click("#filter-clear")
    assert shown(three) == (3, 15, 4)
    assert three.evaluate("document.getElementById('filter-search').value") == ""


def test_clicking_filters_hides_documents_and_rows_and_they_combine(three: Tab) -> None:
    three.click('input[data-severity-filter][value="warning"]')
    # errors left: unit-mismatch on the IKU's row 4, period-typo on the whole Renstra
    assert shown(three) == (2, 1, 2)
    three.select("#filter-kind", "renstra")
    assert shown(three) == (1, 0, 1)
    three.click('input[data-severity-filter][value="warning"]')
    assert shown(three) == (2, 11, 2)  # both Renstras, every row, the Renstra's two cards
    three.select("#filter-rule", "period-typo")
    assert shown(three) == (1, 0, 1)
    three.click("#filter-clear")
    three.select("#filter-org", "Dinas Kesehatan")
    assert shown(three) == (1, 7, 0)
    three.select("#filter-region", "Kota Metro")  # Dinas Kesehatan is in Tanah Datar Baru
    assert shown(three) == (0, 0, 0)
    three.click("#filter-clear")
    three.select("#filter-file", str(SEED_IKU))
    assert shown(three) == (1, 4, 2)
    three.click("#filter-clear")
    assert shown(three) == (3, 15, 4)


def test_a_merged_sasaran_is_drawn_on_the_first_row_a_filter_leaves(three: Tab) -> None:
    """Renstra rows 2 and 3 share the tujuan of row 1 and their sasaran: shown alone, row 3
    draws both again."""
    row3 = "document.getElementById('i-2-3')"
    assert three.evaluate(f"{row3}.querySelector('td.g').className") == "g cont"
    assert three.evaluate(f"{row3}.querySelector('td.o').className") == "o cont"
    three.type("#filter-search", "ketaatan membayar PBB")
    three.select("#filter-kind", "renstra")
    assert shown(three) == (1, 1, 0)
    assert three.evaluate(f"{row3}.querySelector('td.g').className") == "g"
    assert three.evaluate(f"{row3}.querySelector('td.o .v').offsetHeight") > 0


def test_a_frac_formula_is_drawn_as_a_fraction(three: Tab) -> None:
    """Seed IKU row 1: $\\frac{\\text{Jumlah berkas yang telah diproses}}{\\text{Jumlah
    berkas yang masuk}} \\times 100\\%$."""
    frac = "document.querySelector('tr[data-indicator=\"t1r3\"] math mfrac')"
    parts = three.evaluate(f"[...{frac}.children].map(c => c.textContent)")
    assert parts == ["Jumlah berkas yang telah diproses", "Jumlah berkas yang masuk"]
    # drawn: the numerator stands above the denominator
    top, bottom = three.evaluate(
        f"[...{frac}.children].map(c => c.getBoundingClientRect()).map(r => [r.top, r.bottom])"
    )
    assert top[1] <= bottom[0]
    assert three.evaluate(
        "document.querySelector('tr[data-indicator=\"t1r3\"] math').textContent"
    ).endswith("×100%")


def test_every_view_of_the_samples_fits_1366_px(browser: Chromium, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    results = results_of(SAMPLES, broken_file(tmp_path))
    path.write_text(render_html(results), encoding="utf-8")
    with browser.tab(path, WIDTH) as tab:
        # a batch of more than ten documents starts folded to its headings
        assert tab.evaluate("document.querySelectorAll('details[open]').length") == 0
        assert_fits(tab, tmp_path / "folded.png")
        tab.click("#expand-all")
        assert tab.evaluate(
            "[...document.querySelectorAll('section.doc > details')].every(d => d.open)"
        )
        assert_fits(tab, tmp_path / "expanded.png")
        tab.click("#collapse-all")
        tab.type("#filter-search", "konflik")  # a search that leaves ten or fewer opens them
        docs, _, _ = shown(tab)
        assert 0 < docs <= 10
        assert (
            tab.evaluate("document.querySelectorAll('section.doc > details[open]').length") == docs
        )
        assert_fits(tab, tmp_path / "search.png")
        tab.click("#filter-clear")
        tab.select("#filter-kind", "renja")
        assert_fits(tab, tmp_path / "renja.png")
        assert tab.errors() == []
        assert tab.requests() == [tab.url]


def test_a_link_into_a_folded_document_opens_it(browser: Chromium, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(results_of(SAMPLES)), encoding="utf-8")
    with browser.tab(path, WIDTH) as tab:
        doc = tab.evaluate("document.querySelector('article.finding[data-row^=\"i-\"]').id")
        tab.evaluate(f"location.hash = '#{doc}'")
        tab.evaluate("new Promise(r => setTimeout(r, 50))")
        assert tab.evaluate(f"document.getElementById('{doc}').closest('details').open")
        assert tab.errors() == []


def test_the_page_says_when_with_what_version_and_settings(tmp_path: Path) -> None:
    settings = Settings(lang="en", select=("spelling",), max_year=2050)
    made = datetime(2025, 3, 4, 9, 30, tzinfo=WIB)
    html = render_html(results_of(SEED_IKU), lang="en", settings=settings, generated=made)
    assert (
        '<time id="generated" datetime="2025-03-04T09:30:00+07:00">2025-03-04 09:30 +0700' in html
    )
    from renstra.extract.version import RENSTRA_VERSION

    assert f"Generated by renstra {RENSTRA_VERSION}" in html
    settings_rows = dict(
        re.findall(r'<tr data-setting="([^"]+)"><td><code>[^<]+</code></td><td([^>]*)>', html)
    )
    assert settings_rows["select"] == ' class="changed"'
    assert settings_rows["max_year"] == ' class="changed"'
    assert settings_rows["min_year"] == ""  # a default
    assert settings_rows["limits.max_file_bytes"] == ""  # nested settings are listed too
    assert '<td class="changed">[&quot;spelling&quot;] ' in html


def test_both_languages_name_every_workbench_label() -> None:
    from renstra.extract.report_html_words import WORKBENCH_WORDS

    assert set(WORKBENCH_WORDS["id"]) == set(WORKBENCH_WORDS["en"])
    assert WORKBENCH_WORDS["id"]["search"] == "Cari" and WORKBENCH_WORDS["en"]["search"] == "Search"
    english = render_html(results_of(SEED_IKU), lang="en")
    assert ">Clear filters<" in english and "Hapus saringan" not in english


# ---------------------------------------------------------------- --baseline


def previous_and_current(tmp_path: Path) -> tuple[Path, Path]:
    """The IKU as last submitted (row 4 a percentage by unit and rumus: only the spelling
    finding) and as it is now (unit 'kegiatan': a unit-mismatch too)."""
    source = tmp_path / "iku.txt"
    text = SEED_IKU.read_text(encoding="utf-8")
    before = text.replace(
        "kecamatan\tkegiatan\t\tSekretariat dan Kesra\tJumlah kegiatan",
        "kecamatan\t%\t\tSekretariat dan Kesra\tJumlah konflik tertangani / Jumlah konflik x 100%",
    )
    assert before != text
    source.write_text(before, encoding="utf-8")
    base = tmp_path / "base.json"
    result = runner.invoke(app, ["check", str(source), "--format", "json", "-o", str(base)])
    assert result.exit_code == 0, result.output
    source.write_text(text, encoding="utf-8")
    return source, base


def test_baseline_marks_what_is_new_and_new_only_filters(browser: Chromium, tmp_path: Path) -> None:
    source, base = previous_and_current(tmp_path)
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(source), "--baseline", str(base), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    marks = re.findall(r'data-rule="([^"]+)" data-row="[^"]*" data-new="(\d)"', html)
    assert marks == [("spelling", "0"), ("unit-mismatch", "1")]
    assert f"<code>{base}</code>" in html  # the footer names the baseline
    with browser.tab(out, WIDTH) as tab:
        assert shown(tab) == (1, 4, 2)
        tab.click("#filter-new")
        assert shown(tab) == (1, 1, 1)
        tab.click('input[data-severity-filter][value="error"]')
        assert shown(tab) == (0, 0, 0)
        tab.click("#filter-clear")
        assert shown(tab) == (1, 4, 2)
        assert tab.errors() == []


def test_without_a_baseline_there_is_no_new_only_filter() -> None:
    html = render_html(results_of(SEED_IKU))
    assert 'id="filter-new"' not in html and 'data-new="1"' not in html


def test_a_bad_baseline_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["report", str(SEED_IKU), "--baseline", str(tmp_path / "no.json"),
              "-o", str(tmp_path / "r.html")],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"renstra: error: baseline {tmp_path / 'no.json'}: no such file"
    ]
    assert not (tmp_path / "r.html").exists()


# ---------------------------------------------------------------- --split-by organization


def test_split_pages_load_clean_and_link_to_each_other(browser: Chromium, tmp_path: Path) -> None:
    bad = broken_file(tmp_path)
    folder = tmp_path / "per-opd"
    result = runner.invoke(
        app, ["report", str(SEED_IKU), str(SEED_RENSTRA), str(DINKES), str(DINKES_IKU), str(bad),
              "--split-by", "organization", "-o", str(folder)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == [
        "dinas-kesehatan-kabupaten-tanah-datar-baru.html",
        "index.html",
        "kecamatan-metro-timur.html",
        "kecamatan-metro-utara-kota-metro.html",
        "opd-tidak-diketahui.html",
    ]
    with browser.tab(folder / "index.html", WIDTH) as tab:
        rows = tab.evaluate(
            "[...document.querySelectorAll('tr[data-page]')].map(r => [r.dataset.page,"
            " r.dataset.org, r.querySelector('[data-stat=documents]').textContent,"
            " r.querySelector('[data-stat=error]').textContent, r.querySelector('a').href])"
        )
        assert_fits(tab, tmp_path / "index.png")
        assert tab.errors() == [] and tab.requests() == [tab.url]
    assert [r[:4] for r in rows] == [
        ["kecamatan-metro-utara-kota-metro.html", "Kecamatan Metro Utara", "1", "1"],
        ["kecamatan-metro-timur.html", "Kecamatan Metro Timur", "1", "1"],
        ["dinas-kesehatan-kabupaten-tanah-datar-baru.html", "Dinas Kesehatan", "2", "0"],
        ["opd-tidak-diketahui.html", "", "1", "0"],
    ]
    for page, org, documents, _, href in rows:
        assert href == (folder / page).as_uri()
        with browser.tab(folder / page, WIDTH) as tab:
            assert tab.errors() == [] and tab.requests() == [tab.url]
            orgs = tab.evaluate(
                "[...document.querySelectorAll('section.doc')].map(d => d.dataset.org)"
            )
            assert orgs == [org] * int(documents)
            back = tab.evaluate("document.querySelector('header.top a').href")
            assert back == (folder / "index.html").as_uri()
            assert_fits(tab, tmp_path / f"{page}.png")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "out.html"], "out.html: with --split-by, -o names a folder (it gets index.html "
         "and one page per OPD), not a file"),
        (["--format", "xlsx"], "--split-by writes HTML pages; leave out --format xlsx"),
        (["--format", "xlsx", "--lang", "id"], "--split-by menulis halaman HTML; hapus --format "
         "xlsx"),
    ],
)  # fmt: skip
def test_split_with_a_conflicting_output_is_one_line_and_exit_2(
    extra: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app, ["report", str(SEED_IKU), "--split-by", "organization", "--lang", "en", *extra]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"renstra: error: {message}"]
    assert list(tmp_path.iterdir()) == []


def test_split_writes_to_report_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", str(SEED_IKU), "--split-by", "organization"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "report").iterdir()) == [
        "index.html",
        "kecamatan-metro-utara-kota-metro.html",
    ]
    assert "ditulis: report/index.html dan 1 halaman perangkat daerah" in result.stderr

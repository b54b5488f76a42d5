"""The HTML report: its content, and how it behaves in a real headless Chromium
(``tests/chromium.py``: every uncaught exception, console error, failed load, CSP violation
and request is seen)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from renstra.extract.batch import FileResult, check_files
from renstra.extract.cli import app
from renstra.extract.inputs import collect_inputs
from renstra.extract.locations import describe
from renstra.extract.report import build_report
from renstra.extract.report_html import (
    describe_location,
    render_html,
    target_columns,
    target_label,
)
from renstra.schemas import Report, Settings, SourceLocation
from typer.testing import CliRunner

from .chromium import Chromium, chromium_binary
from .documents import IKU_HEAD, renstra
from .paths import SAMPLES

runner = CliRunner()
SEED_IKU = SAMPLES / "iku_metro_utara.txt"
SEED_RENSTRA = SAMPLES / "renstra_metro_timur.txt"


def results_of(*paths: Path | str) -> list[FileResult]:
    inputs = collect_inputs([str(p) for p in paths]).files
    return check_files(inputs, Settings(), excerpts=True)


def broken_file(tmp_path: Path) -> Path:
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"\x8f\x12garbage" * 50)
    return path


# ---------------------------------------------------------------- reading a page back


@dataclass
class Page:
    """What a page shows: its count elements, its findings per document, some attributes."""

    counts: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    """(scope, name, stat) -> (data-count, text shown)."""
    findings: dict[str, Counter[str]] = field(default_factory=dict)
    """document path -> findings rendered there, by severity."""
    failed: dict[str, str] = field(default_factory=dict)
    """document path -> error code."""
    ready: str = ""
    shown: str = ""
    marks: list[str] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)
    """(indicator id, cell class) for each indicator cell that carries a finding."""
    scripts: int = 0


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._open: list[tuple[str, dict[str, str]]] = []
        self._text: list[list[str]] = []
        self._doc = ""
        self._row = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.page.ready = a.get("data-ready", "")
        if tag == "script":
            self.page.scripts += 1
        if tag == "section" and "data-path" in a:
            self._doc = a["data-path"]
            if "data-error-code" in a:
                self.page.failed[self._doc] = a["data-error-code"]
            else:
                self.page.findings[self._doc] = Counter()
        if tag == "article" and "finding" in a.get("class", ""):
            self.page.findings[self._doc][a["data-severity"]] += 1
        if tag == "tr" and "data-indicator" in a:
            self._row = a["data-indicator"]
        if tag == "td" and "flag" in a.get("class", "").split():
            self.page.flagged.append((self._row, a["class"]))
        if tag in ("br", "input", "meta"):
            return
        self._open.append((tag, a))
        self._text.append([])

    def handle_data(self, data: str) -> None:
        for parts in self._text:
            parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1][0] != tag:
            return
        _, a = self._open.pop()
        text = "".join(self._text.pop()).strip()
        if "data-count" in a and "data-scope" in a:
            key = (a["data-scope"], a.get("data-name", ""), a["data-stat"])
            assert key not in self.page.counts, f"count {key} shown twice"
            self.page.counts[key] = (a["data-count"], text)
        if a.get("id") == "count-shown":
            self.page.shown = text
        if tag == "mark":
            self.page.marks.append(text)


def parse_page(html: str) -> Page:
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.page


def expected_counts(report: Report) -> dict[tuple[str, str, str], str]:
    """Every count the page must show, computed from the JSON report."""
    out: dict[tuple[str, str, str], str] = {}
    stats = report.stats
    total = stats.errors + stats.warnings + stats.infos
    totals = {"files": stats.files, "errors": stats.errors, "warnings": stats.warnings,
              "infos": stats.infos, "findings": total}  # fmt: skip
    for stat, n in totals.items():
        out["total", "", stat] = str(n)
    rules: dict[str, Counter[str]] = {}
    for task in report.tasks:
        s = task.stats
        for stat, n in (("errors", s.errors), ("warnings", s.warnings), ("infos", s.infos),
                        ("findings", s.errors + s.warnings + s.infos)):  # fmt: skip
            out["file", task.path, stat] = str(n)
        for f in task.findings:
            rules.setdefault(f.rule, Counter())[f.severity + "s"] += 1
    for rule, by in rules.items():
        for stat in ("errors", "warnings", "infos"):
            out["rule", rule, stat] = str(by[stat])
        out["rule", rule, "findings"] = str(by.total())
    return out


def assert_page_matches(page: Page, report: Report) -> None:
    shown = {key: value for key, (value, _) in page.counts.items()}
    assert shown == expected_counts(report)
    assert all(value == text for value, text in page.counts.values()), "data-count != text"
    for task in report.tasks:
        if task.error is not None:
            assert page.failed[task.path] == task.error.code
            continue
        by = page.findings[task.path]
        assert (by["error"], by["warning"], by["info"]) == (
            task.stats.errors,
            task.stats.warnings,
            task.stats.infos,
        )


# ---------------------------------------------------------------- content, without a browser


def test_seed_counts_are_the_json_reports(tmp_path: Path) -> None:
    results = results_of(SEED_IKU, SEED_RENSTRA, broken_file(tmp_path))
    page = parse_page(render_html(results))
    # written by hand from the samples' expectations
    assert page.counts["total", "", "files"] == ("3", "3")
    assert page.counts["total", "", "errors"] == ("2", "2")
    assert page.counts["total", "", "warnings"] == ("2", "2")
    assert page.counts["total", "", "infos"] == ("0", "0")
    assert page.counts["rule", "spelling", "warnings"] == ("1", "1")
    assert page.counts["rule", "unit-mismatch", "errors"] == ("1", "1")
    assert page.counts["rule", "period-typo", "errors"] == ("1", "1")
    assert page.counts["rule", "target-count-mismatch", "findings"] == ("1", "1")
    assert page.counts["file", str(SEED_IKU), "findings"] == ("2", "2")
    assert page.failed == {str(tmp_path / "rusak.pdf"): "format-error"}
    assert_page_matches(page, build_report(results))
    assert page.ready == "0"  # only the script sets it


def test_excerpts_mark_the_offending_text() -> None:
    page = parse_page(render_html(results_of(SEED_IKU, SEED_RENSTRA)))
    name = "Presentase penanganan Konflik pada kecamatan"
    assert page.marks == ["Presentase", name, "kegiatan", "kegiatan", "2021-2126"]


def test_a_finding_shows_message_suggestion_and_source_line() -> None:
    results = results_of(SEED_IKU)
    html = render_html(results)
    assert "<b>Saran:</b> Persentase</p>" in html
    document = results[0].document
    assert document is not None
    for finding in document.findings:  # each message as the checker wrote it, escaped
        assert f'<p class="msg">{escape(finding.message)}</p>' in html
    # the source line, its number, and the tab between cells drawn as a separator
    assert '<span class="ln">25</span>4<span class="sep"> │ </span><mark>Presentase</mark>' in html


def test_cells_that_carry_findings_are_flagged() -> None:
    page = parse_page(
        render_html(results_of(SEED_IKU, SAMPLES / "renstra_dispar_tanah_datar_baru.txt"))
    )
    assert page.flagged == [
        ("t1r6", "name flag warning"),  # spelling on the indicator name
        ("t1r6", "flag error"),  # unit-mismatch on the satuan
        ("t1r5", "flag error"),  # renstra: unit-mismatch
        ("t1r6", "name flag warning"),  # duplicate-indicator
        ("t1r7", "t flag error"),  # target-missing on the 2025 cell
    ]


def test_everything_from_a_document_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    path = tmp_path / "hostile.txt"
    path.write_text(
        IKU_HEAD + f"1\tPresentase {hostile}\tkegiatan\t{hostile}\t{hostile}\tJumlah A\n",
        encoding="utf-8",
    )
    html = render_html(results_of(path))
    page = parse_page(html)
    assert page.scripts == 1
    assert "<img" not in html and "<script>window" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html


def test_page_loads_nothing_from_outside() -> None:
    html = render_html(results_of(SAMPLES))
    for needle in ("<link", " src=", "@import", "url(", "http://", "https://", "@font-face"):
        assert needle not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("id", ["Ringkasan", "Temuan", "Indikator", "Galat", "Peringatan", "Info", "Sasaran"]),
        ("en", ["Summary", "Findings", "Indicators", "Error", "Warning", "Info", "Objective"]),
    ],
)
def test_labels_follow_the_language(lang: str, labels: list[str]) -> None:
    html = render_html(results_of(SEED_RENSTRA), lang=lang)  # type: ignore[arg-type]
    assert f'<html lang="{lang}"' in html
    for label in labels:
        assert f">{label}" in html
    other = "Ringkasan" if lang == "en" else "Summary"
    assert other not in html
    assert 'data-rule="period-typo"' in html  # rule ids stay the same


@pytest.mark.parametrize(
    ("location", "indonesian"),
    [
        (SourceLocation(line=25, table=1, row=6, column=2),
         "baris 25, tabel 1, baris tabel 6, kolom 2"),
        (SourceLocation(page=3, line=17), "hlm. 3, baris 17"),
        (SourceLocation(sheet="IKU", cell="B15", table=1, row=6, column=2),
         "lembar IKU, sel B15, tabel 1"),
        (SourceLocation(), "seluruh dokumen"),
    ],
)  # fmt: skip
def test_locations_in_words(location: SourceLocation, indonesian: str) -> None:
    assert describe_location(location, "id") == indonesian
    assert describe_location(location, "en") == describe(location)


def test_target_columns_use_years_where_known() -> None:
    dinkes = results_of(SAMPLES / "renstra_dinkes_tanah_datar_baru.txt")[0].document
    timur = results_of(SEED_RENSTRA)[0].document
    assert dinkes is not None and timur is not None
    both = target_columns([*dinkes.indicators, *timur.indicators])
    labels = [target_label(k) for k in both]
    assert labels == ["2022", "2023", "2024", "2025", "2026"] + [f"Tahun {i}" for i in range(1, 6)]
    assert [target_label(k, "en") for k in target_columns(timur.indicators)][0] == "Year 1"


# ---------------------------------------------------------------- the command


def test_report_command_writes_html_and_keeps_failed_files(tmp_path: Path) -> None:
    out = tmp_path / "laporan" / "report.html"
    bad = broken_file(tmp_path)
    result = runner.invoke(app, ["report", str(SEED_IKU), str(bad), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = parse_page(out.read_text(encoding="utf-8"))
    assert page.failed == {str(bad): "format-error"}
    assert page.counts["total", "", "files"] == ("2", "2")
    assert "renstra: error:" in result.stderr


def test_report_command_defaults_to_report_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", str(SEED_IKU), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert '<html lang="en"' in (tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["report"],  # no path
        ["report", str(SEED_IKU), "--lang", "fr"],
        ["report", str(SEED_IKU), "--format", "pdf"],
        ["report", "/no/such/folder/"],
    ],
)
def test_report_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2


def test_report_exits_2_when_no_file_could_be_read(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(broken_file(tmp_path)), "-o", str(out)])
    assert result.exit_code == 2
    assert parse_page(out.read_text(encoding="utf-8")).failed  # written all the same


# ---------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    chromium = Chromium(chromium_binary(), tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_report_in_the_browser(browser: Chromium, tmp_path: Path, lang: str) -> None:
    results = results_of(SAMPLES, broken_file(tmp_path))
    path = tmp_path / "report.html"
    path.write_text(render_html(results, lang=lang), encoding="utf-8")  # type: ignore[arg-type]
    loaded = browser.load(path)
    assert loaded.errors == []
    assert loaded.requests == [loaded.url]  # the page itself, nothing else
    page = parse_page(loaded.dom)
    assert page.ready == "1"  # the script ran to its end
    report = build_report(results)
    assert_page_matches(page, report)
    total = report.stats.errors + report.stats.warnings + report.stats.infos
    assert page.shown == str(total) != "0"  # written by the script


BROKEN = {
    "uncaught exception": "<script>undefinedFunction();</script>",
    "console error": "<script>console.error('boom');</script>",
    "missing resource": '<img src="missing-file.png" alt="">',
    "blocked by the report's CSP": "{report}<script>window.injected = 1;</script>",
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_browser_check_catches_a_broken_page(
    browser: Chromium, tmp_path: Path, case: str
) -> None:
    body = BROKEN[case]
    if "{report}" in body:
        html = render_html(results_of(SEED_IKU))
        html = html.replace("</body>", body.replace("{report}", "") + "</body>")
    else:
        html = f"<!DOCTYPE html><html><head><title>x</title></head><body>{body}</body></html>"
    path = tmp_path / "broken.html"
    path.write_text(html, encoding="utf-8")
    assert browser.load(path).errors != []


def test_the_browser_check_sees_a_network_fetch(browser: Chromium, tmp_path: Path) -> None:
    path = tmp_path / "fetch.html"
    path.write_text(
        '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png" alt=""></body></html>',
        encoding="utf-8",
    )
    loaded = browser.load(path)
    assert "http://127.0.0.1:9/x.png" in loaded.requests


def test_hostile_text_does_not_run_in_the_browser(browser: Chromium, tmp_path: Path) -> None:
    hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    source = tmp_path / "hostile.txt"
    source.write_text(
        renstra([f"1\tTujuan {hostile}\tSasaran\tPersentase {hostile}\t1\t2\t3\t4\t5"]),
        encoding="utf-8",
    )
    path = tmp_path / "report.html"
    path.write_text(render_html(results_of(source)), encoding="utf-8")
    loaded = browser.load(path)
    assert loaded.errors == [] and loaded.requests == [loaded.url]
    assert parse_page(loaded.dom).scripts == 1

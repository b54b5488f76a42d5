"""The web page of a real `renstra serve` (uvicorn on a free 127.0.0.1 port) in real
headless Chromium (``tests/chromium.py``): two sample files uploaded through the page with
JavaScript on (page.js: fetch to /v1, progress from /v1/batches/{id}) and with it off (the
form, the 303, the page refreshing itself), the findings count read from the page; no
console error, failed load or CSP violation, and no request leaves the server."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

pytest.importorskip("uvicorn")

from .chromium import Chromium, Tab, chromium_binary  # noqa: E402
from .paths import SAMPLES  # noqa: E402
from .servers import running_server  # noqa: E402

FILES = [SAMPLES / "renstra_metro_timur.txt", SAMPLES / "formats" / "iku_metro_utara.docx"]
FINDINGS = 2 + 2
"""As in test_serve_page: tests/golden/renstra_metro_timur.json (period-typo,
target-count-mismatch) and tests/golden/iku_metro_utara.json (spelling, unit-mismatch);
no cross-document finding pairs two kecamatan."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("--workers", "1", env={"RENSTRA_TOKEN": None}) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    chromium = Chromium(chromium_binary(), tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


def findings_count(tab: Tab) -> int:
    """The number in #findings-count once the page shows it (at most 600 looks)."""
    for _ in range(600):
        html = tab.outer_html("#findings-count")
        if html is not None:
            return int(html.split(">", 1)[1].split("<", 1)[0])
        time.sleep(0.2)
    raise AssertionError(f"no findings count: {tab.outer_html()}")


def framed_report(tab: Tab) -> Tab:
    """The report's frame once its own script ran (it sets data-ready=1 on its <html>):
    sandboxed, it runs in a process of its own, a target of its own."""
    for _ in range(100):
        frames = tab.frames()
        if frames and frames[0].evaluate("document.documentElement.dataset.ready") == "1":
            return frames[0]
        time.sleep(0.1)
    raise AssertionError("the framed report never got ready")


@pytest.mark.parametrize("scripts", [True, False], ids=["javascript", "no-javascript"])
def test_two_files_through_the_page(browser: Chromium, server: str, scripts: bool) -> None:
    with browser.tab(f"{server}/", scripts=scripts) as tab:
        tab.set_files("#files", FILES)
        tab.click("#submit")  # DevTools still evaluates where the page's scripts may not
        assert findings_count(tab) == FINDINGS
        if scripts:  # the report's own script (its filters) runs in its sandbox
            report = framed_report(tab)
            assert report.evaluate("document.querySelectorAll('.doc').length") == 2
            assert report.evaluate("origin") == "null"  # sandboxed: no access to the page
            assert report.errors() == []
        requests = tab.requests()
        assert all(url.startswith(f"{server}/") for url in requests), requests
        went_through_api = any("/v1/batches" in url for url in requests)
        assert went_through_api == scripts  # page.js used fetch; the plain form did not
        assert any("/upload" in url for url in requests) != scripts
        assert tab.errors() == []


def test_the_files_chosen_are_named_before_the_upload(browser: Chromium, server: str) -> None:
    with browser.tab(f"{server}/?lang=en") as tab:
        tab.set_files("#files", FILES)
        chosen = tab.evaluate("document.getElementById('chosen').textContent")
        assert chosen == "2 file(s) chosen: renstra_metro_timur.txt, iku_metro_utara.docx"
        assert tab.errors() == []

"""The web page of `renstra serve` without JavaScript, through the HTTP stack (TestClient):
the form, the batch page, the outputs, the token cookie and the error pages."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from renstra.extract.config import resolve_settings  # noqa: E402
from renstra.extract.serve.app import create_app  # noqa: E402
from renstra.extract.serve.config import ServeConfig  # noqa: E402

from .paths import REPO, SAMPLES  # noqa: E402

OPTIONS = {"limits": {"max-memory": "768M", "timeout": 120, "max-file-size": "2M"}}
RENSTRA_TXT = SAMPLES / "renstra_metro_timur.txt"
IKU_DOCX = SAMPLES / "formats" / "iku_metro_utara.docx"
TWO_FILES = [
    ("files", ("renstra_metro_timur.txt", RENSTRA_TXT.read_bytes())),
    ("files", ("iku_metro_utara.docx", IKU_DOCX.read_bytes())),
]
FINDINGS = 2 + 2
"""tests/golden/renstra_metro_timur.json: period-typo, target-count-mismatch;
tests/golden/iku_metro_utara.json: spelling, unit-mismatch; the two documents are of two
kecamatan, so no cross-document rule pairs them."""
RULES = {"period-typo", "target-count-mismatch", "spelling", "unit-mismatch"}
OUTPUTS = {
    "renstra_metro_timur.json", "iku_metro_utara.json", "indicators.csv", "findings.csv",
    "programs.csv", "documents.csv", "indicators_wide.csv", "indicators.xlsx",
    "datapackage.json", "summary.json", "report.html", "outputs.zip",
}  # fmt: skip
STATIC = REPO / "extract" / "serve" / "static"
FINDINGS_COUNT = re.compile(r'<strong id="findings-count">(\d+)</strong>')


def config(**changes: object) -> ServeConfig:
    settings = resolve_settings(OPTIONS, {})
    return ServeConfig(settings, options=OPTIONS, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(config(workers=1, max_files=5))) as test_client:
        yield test_client


def finished(client: TestClient, url: str) -> str:
    """The batch page once it stops refreshing itself (at most 600 polls)."""
    for _ in range(600):
        page = client.get(url)
        assert page.status_code == 200
        if 'http-equiv="refresh"' not in page.text:
            return page.text
        assert "findings-count" not in page.text
        time.sleep(0.1)
    raise AssertionError(f"the batch never ended: {page.text}")


def hrefs(html: str, list_id: str) -> list[str]:
    block = re.search(rf'<ul id="{list_id}">(.*?)</ul>', html, re.S)
    assert block is not None, html
    return re.findall(r'href="([^"]+)"', block.group(1))


def test_the_form_path_end_to_end(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200
    assert '<html lang="id">' in home.text and "Unggah dan periksa" in home.text
    assert 'action="/upload"' in home.text and 'enctype="multipart/form-data"' in home.text
    assert '<input id="files" type="file" name="files" multiple required>' in home.text
    assert "<script>" not in home.text and "style=" not in home.text  # files only (CSP)
    csp = home.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert home.headers["x-content-type-options"] == "nosniff"
    assert home.headers["referrer-policy"] == "no-referrer"

    posted = client.post("/upload", files=TWO_FILES, data={"lang": "en", "ocr": "off"},
                         follow_redirects=False)  # fmt: skip
    assert posted.status_code == 303
    job_url = posted.headers["location"]
    assert re.fullmatch(r"/jobs/[A-Za-z0-9_-]{22}", job_url)
    html = finished(client, job_url)
    count = FINDINGS_COUNT.search(html)
    assert count is not None and int(count.group(1)) == FINDINGS
    assert "2 dari 2 berkas dibaca" in html and "failed-files" not in html

    links = hrefs(html, "outputs")
    assert {link.rsplit("/", 1)[1] for link in links} == OUTPUTS
    downloads = {}
    for link in links:
        answer = client.get(link)
        assert answer.status_code == 200 and answer.content, link
        downloads[link.rsplit("/", 1)[1]] = answer.content
    rows = list(csv.DictReader(io.StringIO(downloads["findings.csv"].decode("utf-8-sig"))))
    assert {row["rule"] for row in rows} == RULES and len(rows) == FINDINGS
    # the form's findings language reached the batch; the page stays Indonesian
    assert b"Kecamatan Metro Utara" in downloads["report.html"]
    assert b'<html lang="en"' in downloads["report.html"]

    frame = re.search(r'<iframe id="report" src="([^"]+)" sandbox="allow-scripts"', html)
    assert frame is not None
    report = client.get(frame.group(1))
    assert report.status_code == 200 and report.content == downloads["report.html"]
    assert report.headers["content-security-policy"] == "frame-ancestors 'self'"
    assert report.headers["x-frame-options"] == "SAMEORIGIN"

    english = client.get(f"{job_url}?lang=en").text
    assert '<html lang="en">' in english and "Findings" in english and "2 of 2 files" in english
    assert f'href="{job_url}?lang=id"' in english  # the switch back


def test_english_is_one_link_away(client: TestClient) -> None:
    home = client.get("/").text
    assert 'id="lang-switch" href="/?lang=en"' in home
    english = client.get("/?lang=en").text
    assert "Upload and check" in english and 'action="/upload?lang=en"' in english
    assert 'id="lang-switch" href="/?lang=id"' in english


def test_a_file_renstra_cannot_read_is_listed_with_its_reason(client: TestClient) -> None:
    files = [("files", ("rusak.docx", b"PK\x03\x04 not a zip"))]
    posted = client.post("/upload?lang=en", files=files, follow_redirects=False)
    html = finished(client, posted.headers["location"])
    failed = re.search(r'<ul id="failed-files">(.*?)</ul>', html, re.S)
    assert failed is not None
    assert "<strong>rusak.docx</strong>: <code>format-error</code>" in failed.group(1)
    assert "1 of 1 files read" in html


@pytest.mark.parametrize(
    ("case", "status", "said"),
    [
        ("too-many", 413, "lebih dari 5 berkas dalam satu batch"),
        ("too-large", 413, "big.txt: lebih besar dari batas 2.097.152 byte untuk satu berkas"),
        ("bad-option", 422, "ocr"),
        ("no-file", 422, "Tidak ada berkas yang dipilih."),
    ],
)
def test_a_refused_upload_is_a_page(client: TestClient, case: str, status: int, said: str) -> None:
    files = {
        "too-many": [("files", (f"{i}.txt", b"x")) for i in range(6)],
        "too-large": [("files", ("big.txt", b"x" * (2 * 1024 * 1024 + 1)))],
        "bad-option": TWO_FILES[:1],
        "no-file": [("other", ("a.txt", b"x"))],
    }[case]
    data = {"ocr": "sometimes"} if case == "bad-option" else {}
    jobs = client.app.state.jobs  # type: ignore[attr-defined]
    folders = set(jobs.root.iterdir())
    answer = client.post("/upload", files=files, data=data)
    assert set(jobs.root.iterdir()) == folders  # the refused batch's folder is gone
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.headers["content-security-policy"].startswith("default-src 'self'")
    error = re.search(r'<p id="error" class="error" role="alert">(.*?)</p>', answer.text)
    assert error is not None and said in error.group(1), answer.text


def test_an_unknown_batch_is_a_page_in_its_language(client: TestClient) -> None:
    answer = client.get("/jobs/AAAAAAAAAAAAAAAAAAAAAA?lang=en")
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")
    assert "There is no such batch" in answer.text
    assert client.get("/jobs/AAAAAAAAAAAAAAAAAAAAAA/report").status_code == 404


def test_the_script_and_style_are_the_packages(client: TestClient) -> None:
    script = client.get("/static/page.js")
    assert script.headers["content-type"] == "text/javascript; charset=utf-8"
    assert script.content == (STATIC / "page.js").read_bytes()
    assert client.get("/static/page.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/..%2Fapp.py").status_code == 404


def test_a_token_is_asked_once_and_kept_in_a_cookie() -> None:
    with TestClient(create_app(config(workers=1, token="s3cret"))) as guarded:
        asked = guarded.get("/")
        assert asked.status_code == 401 and 'id="token-form"' in asked.text
        assert 'id="upload"' not in asked.text
        assert guarded.get("/v1/rules").status_code == 401
        wrong = guarded.post("/token", data={"token": "s3creT", "next": "/"})
        assert wrong.status_code == 401 and "Token salah." in wrong.text
        assert "renstra_token" not in guarded.cookies
        foreign = guarded.post("/token", data={"token": "s3cret"},
                               headers={"Origin": "http://evil.example"})  # fmt: skip
        assert foreign.status_code == 403
        taken = guarded.post(
            "/token?lang=en", data={"token": "s3cret", "next": "//evil.example"},
            follow_redirects=False,
        )  # fmt: skip
        assert taken.status_code == 303 and taken.headers["location"] == "/?lang=en"
        cookie = taken.headers["set-cookie"]
        assert cookie.startswith("renstra_token=s3cret;")
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
        assert guarded.get("/").status_code == 200  # the client keeps the cookie
        assert guarded.get("/v1/rules").status_code == 200
        assert guarded.get("/v1/batches/x").status_code == 404
        # another origin's POST does not get the cookie's rights
        refused = guarded.post("/v1/batches", files=TWO_FILES[:1],
                               headers={"Origin": "http://127.0.0.1:9999"})  # fmt: skip
        assert refused.status_code == 401


def test_past_max_batches_the_form_says_so_on_a_page() -> None:
    with TestClient(create_app(config(workers=1, max_files=5, max_batches=1))) as client:
        first = client.post("/upload", files=TWO_FILES[:1], follow_redirects=False)
        assert first.status_code == 303
        second = client.post("/upload?lang=en", files=TWO_FILES[:1], follow_redirects=False)
    assert second.status_code == 429
    assert second.headers["content-type"].startswith("text/html")
    assert "the server holds 1 batches already" in second.text

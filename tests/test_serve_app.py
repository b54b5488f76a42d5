"""`renstra serve`'s API through the HTTP stack (Starlette's TestClient over httpx), with
the sample files: one server (its sandbox pool) for the whole module."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from renstra.extract.config import resolve_settings  # noqa: E402
from renstra.extract.serve.app import create_app  # noqa: E402
from renstra.extract.serve.config import ServeConfig  # noqa: E402

from . import hostile_files as h  # noqa: E402
from .hostile_files import pdf_encrypted  # noqa: E402
from .paths import SAMPLES  # noqa: E402

OPTIONS = {"limits": {"max-memory": "768M", "timeout": 120, "max-file-size": "2M"}}
"""The hostile tests' limits, and a small file size so that an oversized upload is cheap."""
IKU_DOCX = SAMPLES / "formats" / "iku_metro_utara.docx"
RENSTRA_PDF = SAMPLES / "formats" / "renstra_metro_timur.pdf"
SCANNED_PDF = SAMPLES / "scanned" / "renstra_multipage_pdf" / "renstra_multipage_pdf.pdf"
RENSTRA_TXT = SAMPLES / "renstra_metro_timur.txt"
IKU_NAMES = [
    "Persentase rekomendasi pelayanan yang diberikan di Kecamatan",
    "Tingkat partisipasi masyarakat dalam proses perencanaan pembangunan",
    "Tingkat partisipasi masyarakat dalam pembangunan melalui ketaatan membayar PBB",
]


def config(**changes: object) -> ServeConfig:
    settings = resolve_settings(OPTIONS, {})
    return ServeConfig(settings, options=OPTIONS, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(config(workers=2, max_files=5))) as test_client:
        yield test_client


def wait_done(client: TestClient, url: str) -> dict:
    for _ in range(600):
        status = client.get(url).json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.1)
    raise AssertionError(f"the batch never ended: {status}")


def test_a_docx_upload_answers_its_document(client: TestClient) -> None:
    files = {"file": ("iku_metro_utara.docx", IKU_DOCX.read_bytes())}
    answer = client.post("/v1/documents", files=files)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    document = answer.json()
    assert document["doc_type"] == "iku"
    assert document["source"]["path"] == "iku_metro_utara.docx"
    assert document["organization"] == {"name": "Kecamatan Metro Utara", "region": "Kota Metro"}
    assert (document["period"]["start"], document["period"]["end"]) == (2021, 2025)
    assert [i["name"] for i in document["indicators"]][:3] == IKU_NAMES
    assert len(document["indicators"]) == 4
    # "Presentase" is misspelled; indicator 4 is a percentage counted in "kegiatan"
    assert {f["rule"] for f in document["findings"]} == {"spelling", "unit-mismatch"}


def test_the_json_is_what_extract_writes(client: TestClient, tmp_path: Path) -> None:
    from renstra.extract.cli import app
    from typer.testing import CliRunner

    answer = client.post(
        "/v1/documents?name=renstra_metro_timur.txt", content=RENSTRA_TXT.read_bytes()
    )
    assert answer.status_code == 200
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "renstra_metro_timur.txt").write_bytes(RENSTRA_TXT.read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "in" / "renstra_metro_timur.txt"), "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    written = json.loads((out / "renstra_metro_timur.json").read_text())
    served = answer.json()
    assert written["source"]["path"].endswith("renstra_metro_timur.txt")
    written["source"]["path"] = served["source"]["path"]
    assert served == written


def test_a_raw_pdf_named_by_its_content_disposition(client: TestClient) -> None:
    headers = {"Content-Disposition": 'attachment; filename="renstra_metro_timur.pdf"'}
    answer = client.post("/v1/documents?lang=en", content=RENSTRA_PDF.read_bytes(), headers=headers)
    assert answer.status_code == 200
    document = answer.json()
    assert (document["doc_type"], document["source"]["format"]) == ("renstra", "pdf")
    assert (document["period"]["start"], document["period"]["end"]) == (2021, 2026)
    first = document["indicators"][0]
    assert first["name"] == "Persentase indeks kepuasan masyarakat"
    assert [t["value"] for t in first["targets"]] == [85, 90, 93, 95, 98]
    # "Tahun 2021-2126" in the table's title; five targets for a six-year period
    assert {f["rule"] for f in document["findings"]} == {"period-typo", "target-count-mismatch"}


def test_options_are_the_clis(client: TestClient) -> None:
    files = {"file": ("iku.docx", IKU_DOCX.read_bytes())}
    answer = client.post("/v1/documents?ignore=spelling&lang=en", files=files)
    assert {f["rule"] for f in answer.json()["findings"]} == {"unit-mismatch"}

    unknown = client.post("/v1/documents?ignroe=spelling&lang=en", files=files)
    assert unknown.status_code == 422
    said = unknown.json()["error"]
    assert said["code"] == "config-error"
    assert said["message"] == "unknown key 'ignroe' (did you mean 'ignore'?)"

    bad = client.post("/v1/documents?select=no-such-rule", files=files)
    assert bad.status_code == 422
    assert bad.json()["error"]["message"] == "select: aturan atau tag 'no-such-rule' tidak dikenal"

    limit = client.post("/v1/documents?timeout=99999&lang=en", files=files)
    assert limit.status_code == 422
    assert limit.json()["error"]["message"].startswith("timeout: this limit is the server's")


def test_bytes_without_a_name_are_refused_as_by_read(client: TestClient) -> None:
    answer = client.post("/v1/documents?lang=en", content=RENSTRA_TXT.read_bytes())
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "unsupported-format"
    assert answer.json()["error"]["message"].startswith("bytes need name=")


def test_an_oversized_upload_is_413(client: TestClient) -> None:
    big = b"x" * (2 * 1024 * 1024 + 1)
    raw = client.post("/v1/documents?name=big.txt", content=big)
    assert raw.status_code == 413
    assert raw.json()["error"]["code"] == "too-large"
    parts = client.post("/v1/documents", files={"file": ("big.txt", big)})
    assert parts.status_code == 413
    too_many = client.post("/v1/batches", files=[("files", (f"{i}.txt", b"x")) for i in range(6)])
    assert too_many.status_code == 413
    assert too_many.json()["error"]["code"] == "too-many-files"
    assert list((client.app.state.jobs.root).glob("*/in/*")) == []  # type: ignore[attr-defined]


def test_hostile_files_get_their_code_and_the_server_keeps_serving(client: TestClient) -> None:
    bomb = client.post("/v1/documents?lang=en", files={"file": ("bomb.docx", h.docx_bomb())})
    assert bomb.status_code == 422
    said = bomb.json()["error"]
    assert (said["code"], said["file"]) == ("limit-exceeded", "bomb.docx")
    assert "expands 1,029 times (limit 200)" in said["message"]

    inflated = client.post(
        "/v1/documents?lang=en",
        files={"file": ("inflation_bomb.pdf", h.pdf_inflation_bomb())},
    )
    said = inflated.json()["error"]
    assert (said["code"], said["file"]) == ("limit-exceeded", "inflation_bomb.pdf")
    assert "ran out of memory while parsing" in said["message"]
    assert client.get("/healthz").status_code == 200


def test_a_worker_killed_mid_file_is_replaced_and_the_server_answers_meanwhile() -> None:
    options = {"limits": {**OPTIONS["limits"], "timeout": 0.3}}
    slow = ServeConfig(resolve_settings(options, {}), options=options, workers=1)
    pages = h.pdf_pages(1990)  # some 1.5 s of parsing: five times the time limit
    with TestClient(create_app(slow)) as server:
        pool = server.app.state.pool  # type: ignore[attr-defined]
        answers: list[object] = []

        def post_slow_pdf() -> None:
            files = {"file": ("pages.pdf", pages)}
            answers.append(server.post("/v1/documents?lang=en", files=files))

        sender = threading.Thread(target=post_slow_pdf)
        sender.start()
        health = []
        while sender.is_alive():
            health.append(server.get("/healthz").status_code)
            time.sleep(0.02)
        sender.join()
        assert health and set(health) == {200}  # answered while the worker was busy
        killed = answers[0].json()["error"]  # type: ignore[attr-defined]
        assert (killed["code"], killed["file"]) == ("timeout", "pages.pdf")
        assert pool.replaced == 1
        again = server.post("/v1/documents?name=r.txt", content=RENSTRA_TXT.read_bytes())
        assert again.status_code == 200


def test_a_batch_runs_to_done_and_every_output_downloads(client: TestClient) -> None:
    files = [
        ("files", ("iku_metro_utara.docx", IKU_DOCX.read_bytes())),
        ("files", ("../../renstra_metro_timur.pdf", RENSTRA_PDF.read_bytes())),
        ("files", ("renstra_metro_timur.txt", RENSTRA_TXT.read_bytes())),
    ]
    created = client.post("/v1/batches", files=files)
    assert created.status_code == 202
    job_id = created.json()["id"]
    assert len(job_id) >= 22 and created.json()["status_url"] == f"/v1/batches/{job_id}"
    status = wait_done(client, created.json()["status_url"])
    assert status["status"] == "done", status
    assert status["files"] == [
        "iku_metro_utara.docx", "renstra_metro_timur.pdf", "renstra_metro_timur.txt"
    ]  # fmt: skip
    assert (status["files_total"], status["files_done"], status["files_failed"]) == (3, 3, [])
    # 2 of the IKU, 2 of each Renstra (period-typo, target-count-mismatch), cross ones aside
    assert status["findings"] >= 6
    names = {o["name"] for o in status["outputs"]}
    assert {
        "iku_metro_utara.json", "renstra_metro_timur.pdf.json", "renstra_metro_timur.txt.json",
        "indicators.csv", "findings.csv", "indicators.xlsx", "datapackage.json",
        "summary.json", "report.html", "outputs.zip",
    } <= names  # fmt: skip
    downloaded = {}
    for output in status["outputs"]:
        answer = client.get(output["url"])
        assert answer.status_code == 200, output
        assert answer.headers["content-type"] == output["media_type"]
        downloaded[output["name"]] = answer.content
    rows = list(csv.DictReader(io.StringIO(downloaded["indicators.csv"].decode("utf-8-sig"))))
    # one row per yearly target (one for an indicator without): the IKU's four indicators
    # have none, each Renstra's four have five (2021-2126 aside)
    assert len(rows) == 4 + 2 * 4 * 5
    assert len({(r["source_path"], r["indicator_id"]) for r in rows}) == 12
    # the uploads' own names, never the server's temp folder
    assert {r["source_path"] for r in rows} == {
        "iku_metro_utara.docx", "renstra_metro_timur.pdf", "renstra_metro_timur.txt"
    }  # fmt: skip
    document = json.loads(downloaded["iku_metro_utara.json"])
    assert document["source"]["path"] == "iku_metro_utara.docx"
    for name, content in downloaded.items():
        if not name.endswith((".zip", ".xlsx")):
            assert b"renstra-serve-" not in content, name
    summary = json.loads(downloaded["summary.json"])
    assert (summary["files"], summary["ok"]) == (3, 3)
    with zipfile.ZipFile(io.BytesIO(downloaded["outputs.zip"])) as archive:
        assert set(archive.namelist()) == names - {"outputs.zip"}
    assert b"Kecamatan Metro Utara" in downloaded["report.html"]
    # each finding's source lines, as `renstra report` shows them: line 25 of the .txt,
    # where the period-typo is
    report_html = downloaded["report.html"].decode("utf-8")
    excerpts = re.findall(r'<pre class="excerpt">(.*?)</pre>', report_html, re.S)
    line = '<span class="ln">25</span>Kecamatan Metro Timur Tahun <mark>2021-2126</mark>'
    assert any(line in excerpt for excerpt in excerpts)
    report = client.get(f"/v1/batches/{job_id}/outputs/report.html")
    assert report.headers["x-frame-options"] == "SAMEORIGIN"  # framed by our page only
    assert report.headers["content-security-policy"] == "frame-ancestors 'self'"
    assert status["report_url"] == f"/v1/batches/{job_id}/outputs/report.html"


def test_a_batch_counts_ocr_pages_and_names_failures_and_copies_by_upload() -> None:
    """With the default memory limit (OCR needs more than the hostile tests' 768 MiB: under
    it each scanned page is an ocr-failed finding, "not enough memory for this page")."""
    settings = resolve_settings({}, {})
    text = RENSTRA_TXT.read_bytes()
    files = [
        ("files", ("pindaian.pdf", SCANNED_PDF.read_bytes())),  # two scanned pages
        ("files", ("renstra_metro_timur.txt", text)),
        ("files", ("salinan.txt", text)),  # the same bytes again: a copy, read once
        ("files", ("terkunci.pdf", pdf_encrypted())),
    ]
    with TestClient(create_app(ServeConfig(settings, workers=2))) as client:
        created = client.post("/v1/batches", files=files).json()
        status = wait_done(client, created["status_url"])
        summary_url = next(o["url"] for o in status["outputs"] if o["name"] == "summary.json")
        summary = client.get(summary_url).json()
    assert status["status"] == "done", status
    assert status["ocr_pages"] == 2
    assert [(f["file"], f["code"]) for f in status["files_failed"]] == [
        ("terkunci.pdf", "encrypted-file")
    ]
    assert summary["copies"] == [{"path": "salinan.txt", "same_as": "renstra_metro_timur.txt"}]
    assert [f["path"] for f in summary["failed"]] == ["terkunci.pdf"]


@pytest.fixture(scope="module")
def one_batch(client: TestClient) -> dict:
    files = [("files", ("renstra_metro_timur.txt", RENSTRA_TXT.read_bytes()))]
    created = client.post("/v1/batches", files=files).json()
    return wait_done(client, created["status_url"])


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f%2e%2e%2fsecret.txt",
        "..%2fin%2frenstra_metro_timur.txt",
        "renstra_metro_timur.txt",  # the upload itself: in the job folder, not an output
        ".renstra-run.json",
        "/etc/passwd",
    ],
)
def test_paths_from_a_request_reach_no_file_but_the_outputs(
    client: TestClient, one_batch: dict, name: str
) -> None:
    jobs = client.app.state.jobs  # type: ignore[attr-defined]
    (jobs.root / "secret.txt").write_text("SECRET")
    answer = client.get(f"/v1/batches/{one_batch['id']}/outputs/{name}")
    assert answer.status_code == 404
    assert b"SECRET" not in answer.content and b"root:" not in answer.content
    assert client.get(f"/v1/batches/..%2F{one_batch['id']}").status_code == 404


def test_unknown_and_deleted_batches_are_404(client: TestClient) -> None:
    assert client.get("/v1/batches/not-a-job").json()["error"]["code"] == "not-found"
    files = [("files", ("a.txt", RENSTRA_TXT.read_bytes()))]
    created = client.post("/v1/batches", files=files).json()
    wait_done(client, created["status_url"])
    folder = client.app.state.jobs.root / created["id"]  # type: ignore[attr-defined]
    assert folder.is_dir()
    assert client.delete(created["status_url"]).status_code == 204
    assert client.get(created["status_url"]).status_code == 404
    assert client.delete(created["status_url"]).status_code == 404
    assert not folder.exists()


def test_the_sweeper_deletes_a_batch_keep_s_after_it_finished(client: TestClient) -> None:
    jobs = client.app.state.jobs  # type: ignore[attr-defined]
    files = [("files", ("b.txt", RENSTRA_TXT.read_bytes()))]
    created = client.post("/v1/batches", files=files).json()
    status = wait_done(client, created["status_url"])
    assert status["expires"] == status["finished"] + jobs.keep_s
    assert created["id"] not in jobs.sweep(now=status["expires"] - 1)
    assert (jobs.root / created["id"]).is_dir()
    assert created["id"] in jobs.sweep(now=status["expires"])
    assert not (jobs.root / created["id"]).exists()
    assert client.get(created["status_url"]).status_code == 404


def test_schema_rules_and_health(client: TestClient) -> None:
    from renstra.extract.schema_export import schema_json
    from renstra.schemas import SCHEMA_VERSION

    assert client.get("/v1/schema").json() == json.loads(schema_json("document"))
    assert client.get("/v1/schema?kind=summary").json()["title"] == "Summary"
    assert client.get("/v1/schema?kind=nope").status_code == 422
    rules = {rule["id"]: rule for rule in client.get("/v1/rules?lang=en").json()}
    assert rules["target-jump"]["options"] == {"factor": 3}
    assert rules["spelling"]["scope"] == "document"
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["workers"] == 2
    assert health["schema_version"] == SCHEMA_VERSION


def test_the_openapi_document_is_valid_and_names_every_route(client: TestClient) -> None:
    from jsonschema import Draft202012Validator
    from schemathesis.specs.openapi.definitions import OPENAPI_31

    spec = client.get("/v1/openapi.json").json()
    Draft202012Validator(OPENAPI_31).validate(spec)
    assert spec["info"]["title"] == "renstra"
    routes = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert routes == {
        ("/v1/documents", "post"), ("/v1/batches", "post"), ("/v1/batches/{job_id}", "get"),
        ("/v1/batches/{job_id}", "delete"), ("/v1/batches/{job_id}/outputs/{name}", "get"),
        ("/v1/schema", "get"), ("/v1/rules", "get"), ("/v1/openapi.json", "get"),
        ("/healthz", "get"),
    }  # fmt: skip
    assert all(op.get("summary") for item in spec["paths"].values() for op in item.values())
    document = spec["paths"]["/v1/documents"]["post"]
    assert document["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Document"
    }
    assert {p["name"] for p in document["parameters"]} >= {"name", "lang", "select", "ocr"}
    assert client.get("/docs").status_code == 404  # its page needs a CDN


def test_a_token_is_needed_on_every_v1_route_but_not_on_healthz() -> None:
    with TestClient(create_app(config(workers=1, token="s3cret"))) as guarded:
        assert guarded.get("/healthz").status_code == 200
        for path in ("/v1/rules", "/v1/openapi.json", "/v1/batches/x"):
            refused = guarded.get(path)
            assert refused.status_code == 401, path
            assert refused.json()["error"]["code"] == "unauthorized"
            wrong = guarded.get(path, headers={"Authorization": "Bearer s3creT"})
            assert wrong.status_code == 401
        files = {"file": ("iku.docx", b"PK")}
        assert guarded.post("/v1/documents", files=files).status_code == 401
        good = {"Authorization": "Bearer s3cret"}
        assert guarded.get("/v1/rules", headers=good).status_code == 200
        assert guarded.get("/v1/batches/x", headers=good).status_code == 404


def test_past_max_batches_a_new_batch_is_429_until_one_is_deleted() -> None:
    files = [("files", ("renstra_metro_timur.txt", RENSTRA_TXT.read_bytes()))]
    with TestClient(create_app(config(workers=1, max_files=5, max_batches=1))) as client:
        too_many = files * 6  # over the module's max_files (5): refused, and its place freed
        assert client.post("/v1/batches", files=too_many).status_code == 413
        first = client.post("/v1/batches", files=files)
        assert first.status_code == 202
        wait_done(client, first.json()["status_url"])  # done, but held until --keep ends
        refused = client.post("/v1/batches", files=files, params={"lang": "en"})
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "too-many-batches"
        assert refused.json()["error"]["message"].startswith(
            "the server holds 1 batches already; try again once older ones end or are "
            "deleted (DELETE /v1/batches/{id})"
        )
        assert client.delete(first.json()["status_url"]).status_code == 204
        assert client.post("/v1/batches", files=files).status_code == 202


def test_a_batch_runs_on_the_dask_scheduler_given() -> None:
    pytest.importorskip("distributed")
    files = [
        ("files", ("renstra_metro_timur.txt", RENSTRA_TXT.read_bytes())),
        ("files", ("iku_metro_utara.docx", IKU_DOCX.read_bytes())),
    ]
    with TestClient(create_app(config(workers=1, scheduler="local"))) as client:
        status = wait_done(client, client.post("/v1/batches", files=files).json()["status_url"])
    assert status["status"] == "done", status
    assert (status["files_done"], status["files_failed"]) == (2, [])
    # tests/golden: period-typo and target-count-mismatch of the Renstra, spelling and
    # unit-mismatch of the IKU (two kecamatan: no cross-document finding)
    assert status["findings"] == 4

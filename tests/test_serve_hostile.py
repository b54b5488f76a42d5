"""The hostile files of the suite sent to a real `renstra serve` (uvicorn on 127.0.0.1):
each gets the answer `renstra extract` gives it (the codes and reasons of test_hostile's own
table: a 422 with the code, or the Document of a file that is read), alone and as one
batch, while a thread polls /healthz the whole time and every poll is answered 200."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

pytest.importorskip("uvicorn")

import httpx  # noqa: E402

from .paths import SAMPLES  # noqa: E402
from .servers import running_server  # noqa: E402
from .test_hostile import CASES  # noqa: E402

LIMITS = ["--max-memory", "768M", "--timeout", "60"]
"""test_hostile's memory limit; a time limit that none of its files reaches (the slowest
takes a few seconds) and that still ends a hung one well within the test's time."""
GOOD = SAMPLES / "formats" / "iku_metro_utara.docx"


class HealthPoller:
    """Polls /healthz from its own thread until stopped, counting the answers by status
    (a connection error or a time-out counts as ``None``)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.answers: dict[int | None, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        with httpx.Client(base_url=self.base, timeout=10) as client:
            while not self._stop.is_set():
                try:
                    status: int | None = client.get("/healthz").status_code
                except httpx.TransportError:
                    status = None
                self.answers[status] = self.answers.get(status, 0) + 1
                self._stop.wait(0.05)

    def __enter__(self) -> HealthPoller:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("--workers", "2", "--lang", "en", *LIMITS) as base:
        yield base


@pytest.fixture(scope="module")
def hostile() -> dict[str, bytes]:
    return {name: make() for name, (make, _, _) in CASES.items()}


def post_file(base: str, name: str, data: bytes) -> httpx.Response:
    with httpx.Client(base_url=base, timeout=300) as client:
        return client.post("/v1/documents", files={"file": (name, data)})


@pytest.fixture(scope="module")
def answers(server: str, hostile: dict[str, bytes]) -> tuple[dict[str, Any], dict]:
    """Every hostile file posted alone (two at a time, as the server has two workers),
    with /healthz polled throughout."""

    def post(name: str) -> httpx.Response:
        return post_file(server, name, hostile[name])

    with HealthPoller(server) as health, ThreadPoolExecutor(2) as senders:
        answered = dict(zip(hostile, senders.map(post, hostile), strict=True))
    return answered, health.answers


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_hostile_upload_gets_the_answer_extract_gives_it(
    answers: tuple[dict[str, Any], dict], name: str
) -> None:
    answer = answers[0][name]
    _, code, reason = CASES[name]
    if code is None:
        assert answer.status_code == 200, answer.text
        assert answer.json()["source"]["path"] == name
        return
    assert answer.status_code == 422, answer.text
    said = answer.json()["error"]
    assert (said["code"], said["file"]) == (code, name)
    assert reason in said["message"]


def test_the_server_answered_healthz_throughout(answers: tuple[dict[str, Any], dict]) -> None:
    health = answers[1]
    assert set(health) == {200}, health
    assert health[200] >= 2  # polled while the files were read, not only once


def test_the_hostile_files_as_one_batch_end_done_with_the_good_file_read(
    server: str, hostile: dict[str, bytes]
) -> None:
    files = [("files", (name, data)) for name, data in hostile.items()]
    files.append(("files", (GOOD.name, GOOD.read_bytes())))
    with HealthPoller(server) as health, httpx.Client(base_url=server, timeout=300) as client:
        created = client.post("/v1/batches", files=files)
        assert created.status_code == 202, created.text
        for _ in range(1500):  # a bound, not a time limit: the batch takes seconds
            status = client.get(created.json()["status_url"]).json()
            if status["status"] not in ("queued", "running"):
                break
            time.sleep(0.2)
    assert status["status"] == "done", status
    assert status["files_total"] == status["files_done"] == len(CASES) + 1
    failed = {f["file"]: f for f in status["files_failed"]}
    expected = {name: code for name, (_, code, _) in CASES.items() if code is not None}
    assert {name: f["code"] for name, f in failed.items()} == expected
    for name, (_, code, reason) in CASES.items():
        if code is not None:
            assert reason in failed[name]["message"], name
    outputs = {o["name"] for o in status["outputs"]}
    assert "iku_metro_utara.json" in outputs
    assert set(health.answers) == {200}, health.answers
    assert health.answers[200] >= 2

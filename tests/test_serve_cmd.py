"""`renstra serve` itself: a real uvicorn on 127.0.0.1, and the line without the extra."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import SAMPLES
from .servers import running_server

pytest.importorskip("uvicorn")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("--workers", "1", "--lang", "en", env={"RENSTRA_TOKEN": "t0ken"}) as base:
        yield base


def test_a_real_server_answers_health_and_a_posted_sample(server: str) -> None:
    with urllib.request.urlopen(f"{server}/healthz") as answer:
        assert json.load(answer)["workers"] == 1
    data = (SAMPLES / "renstra_metro_timur.txt").read_bytes()
    url = f"{server}/v1/documents?name=renstra_metro_timur.txt"
    refused = urllib.request.Request(url, data=data, method="POST")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(refused)
    assert e.value.code == 401  # RENSTRA_TOKEN came from the environment
    headers = {"Authorization": "Bearer t0ken", "Content-Type": "application/octet-stream"}
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    with urllib.request.urlopen(request) as answer:
        document = json.load(answer)
    assert document["organization"]["name"] == "Kecamatan Metro Timur"
    assert len(document["indicators"]) == 4
    # --lang en on the command line is every request's default
    assert all(" " in f["message"] for f in document["findings"])
    assert "target" in " ".join(f["message"] for f in document["findings"])


def test_without_the_extra_one_line_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn raises ImportError
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 2
    assert result.output == (
        "renstra: error: renstra serve needs the serve extra (uvicorn is missing): "
        "pip install 'renstra[serve]'\n"
    )

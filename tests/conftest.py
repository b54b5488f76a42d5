from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from renstra.extract.cache import CACHE_ENV

from .paths import REPO


@pytest.fixture(scope="session", autouse=True)
def slow_steps_cached(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cache (extract.cache) for the whole run: the many tests that extract all of
    samples/ convert its old Office files and OCR its scans once, not once per test. The
    cache's own tests set their own folder."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(folder)  # inherited by the batch's worker processes
    yield folder
    if before is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = before


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/*.json from the current output (review the diff!).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run with the repository as working directory, so source paths read 'samples/...'."""
    monkeypatch.chdir(REPO)
    return REPO

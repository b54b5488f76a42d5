"""The same batch on Dask: a real LocalCluster on loopback gives the local run's outputs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from renstra.extract import distributed
from renstra.extract.cli import app
from renstra.extract.sandbox import Failure
from typer.testing import CliRunner

from .batches import sample_folder, tree
from .paths import SAMPLES

pytest.importorskip("distributed")

runner = CliRunner()
NAMES = [
    "iku_metro_utara.txt",
    "renstra_kec_sukamaju_barat_cp1252.txt",
    "renstra_metro_timur.txt",
    "formats/iku_metro_utara.docx",
    "formats/renstra_metro_timur.pdf",
    "formats/renstra_metro_timur.xlsx",
]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = sample_folder(tmp_path_factory.mktemp("dask") / "in", NAMES)
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "formats" / "rusak.xlsx").write_bytes(b"PK\x03\x04 broken")
    return folder


def extract(folder: Path, out: Path, *extra: str) -> dict[str, bytes]:
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--jsonl", *extra])
    assert result.exit_code == 2, result.output  # the two broken files
    assert "Traceback" not in result.output
    return tree(out)


@pytest.fixture(scope="module")
def local(folder: Path) -> dict[str, bytes]:
    return extract(folder, folder.parent / "local", "-j", "2")


def test_a_tcp_scheduler_gives_the_local_outputs(
    folder: Path, local: dict[str, bytes], scheduler: str, tmp_path: Path
) -> None:
    assert scheduler.startswith("tcp://127.0.0.1:")
    assert extract(folder, tmp_path, "--scheduler", scheduler) == local
    assert len(local) == len(NAMES) + 11  # JSONs, 5 CSVs, xlsx, 2 JSONL, package, summary, run


def test_a_local_cluster_gives_the_local_outputs(
    folder: Path, local: dict[str, bytes], tmp_path: Path
) -> None:
    assert extract(folder, tmp_path, "--scheduler", "local", "-j", "2") == local


def test_a_resumed_run_on_dask_reuses_the_local_jsons(
    folder: Path, local: dict[str, bytes], scheduler: str, tmp_path: Path
) -> None:
    shutil.copytree(folder.parent / "local", tmp_path, dirs_exist_ok=True)
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(tmp_path), "--jsonl", "--scheduler", scheduler]
    )
    assert f"{len(NAMES)} dipakai dari proses sebelumnya" in result.output
    assert {k: v for k, v in tree(tmp_path).items() if k != "summary.json"} == {
        k: v for k, v in local.items() if k != "summary.json"
    }


def test_dask_tasks_run_in_sandboxes_with_the_time_limit(scheduler: str) -> None:
    results = list(
        distributed.run_ordered(
            os.readlink, ["/proc/self", "/proc/self"], scheduler=scheduler, jobs=2,
            timeout_s=30, max_memory_bytes=1 << 30,
        )
    )  # fmt: skip
    pids = {int(pid) for _, pid in results}
    assert os.getpid() not in pids  # the Dask worker is this process: the work is not
    import time

    [(_, failure)] = distributed.run_ordered(
        time.sleep, [60], scheduler=scheduler, jobs=1, timeout_s=0.5, max_memory_bytes=1 << 30
    )
    assert isinstance(failure, Failure)
    assert (failure.code, failure.reason) == (
        "timeout",
        "took longer than 0.5 s; its worker was stopped",
    )


def test_an_unreachable_scheduler_is_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT_S", 1)
    address = "tcp://127.0.0.1:9"  # discard port: nothing listens
    result = runner.invoke(
        app, ["extract", str(SAMPLES / "iku_metro_utara.txt"), "-o", str(tmp_path / "o"),
              "--scheduler", address],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.output.startswith(
        f"renstra: error: cannot reach the Dask scheduler at {address} ("
    )
    assert len(result.output.strip().splitlines()) == 1

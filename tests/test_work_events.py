"""Events a file's work sends while it runs: heard by the batch as they come (the progress
bar counts OCR pages), and an OCR page's seconds left out of the file's time limit.

The task functions run in sandboxed workers, which import this module by name: the
``repo_on_path`` fixture puts the repository on their PYTHONPATH.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from renstra.extract.parallel import run_ordered
from renstra.extract.sandbox import Failure, Sandbox
from renstra.extract.work_events import OCR_PAGE, WorkEvent

from .paths import REPO, SAMPLES
from .terminal import on_terminal, plain

MiB = 1024 * 1024
SCANNED = SAMPLES / "scanned" / "renstra_multipage_pdf" / "renstra_multipage_pdf.pdf"


def pages_of(seconds: float, pages: int = 3) -> int:
    """Stands for a scan: ``pages`` pages of OCR, ``seconds`` each, each said when done."""
    from renstra.extract import work_events

    for _ in range(pages):
        time.sleep(seconds)
        work_events.ocr_page_done(seconds)
    return pages


def sleeps_without_saying(seconds: float) -> int:
    time.sleep(3 * seconds)
    return 3


@pytest.fixture
def repo_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO))


def test_ocr_pages_are_heard_as_they_are_done_and_not_held_against_the_time_limit(
    repo_on_path: None,
) -> None:
    heard: list[tuple[WorkEvent, float]] = []
    sandbox = Sandbox(512 * MiB)
    try:
        start = time.monotonic()
        # 3 pages of 0.4 s take 1.2 s: over the 1 s limit, but pages do not count against it
        result = sandbox.run(
            pages_of, 0.4, 1.0, on_event=lambda e: heard.append((e, time.monotonic() - start))
        )
    finally:
        sandbox.close()
    assert result == 3
    assert [event.name for event, _ in heard] == [OCR_PAGE] * 3
    assert all(event.seconds >= 0.4 for event, _ in heard)
    assert heard[0][1] < heard[2][1]  # as they came, not all at the end


def test_the_same_time_without_ocr_pages_is_a_timeout(repo_on_path: None) -> None:
    sandbox = Sandbox(512 * MiB)
    try:
        result = sandbox.run(sleeps_without_saying, 0.4, 1.0)
    finally:
        sandbox.close()
    assert isinstance(result, Failure) and result.code == "timeout"


def test_a_batch_hears_every_worker_s_pages(repo_on_path: None) -> None:
    heard: list[WorkEvent] = []
    out = list(
        run_ordered(
            pages_of, [0.0, 0.0, 0.0], jobs=2, timeout_s=30.0,
            max_memory_bytes=512 * MiB, on_event=heard.append,
        )
    )  # fmt: skip
    assert [result for _, result in out] == [3, 3, 3]
    assert len(heard) == 9


def test_extract_on_a_terminal_counts_the_ocr_pages(tmp_path: Path) -> None:
    code, screen = on_terminal(
        ["extract", str(SCANNED), "-o", "out", "--lang", "en", "--jobs", "1"], tmp_path
    )
    screen = plain(screen)
    assert code == 0, screen
    assert "1/1 0 failed OCR 2 pages" in " ".join(screen.split())  # the sample has 2 pages
    assert (tmp_path / "out" / "renstra_multipage_pdf.json").is_file()


def test_in_one_process_the_listener_hears_the_page_and_none_is_no_one() -> None:
    from renstra.extract import work_events

    heard: list[WorkEvent] = []
    work_events.listen(heard.append)
    try:
        work_events.ocr_page_done(0.5)
    finally:
        work_events.listen(None)
    work_events.ocr_page_done(1.0)  # nobody listens: nothing heard, no error
    assert heard == [WorkEvent(OCR_PAGE, 0.5)]


def test_a_folder_of_every_kind_is_read_with_its_ocr_pages_counted(tmp_path: Path) -> None:
    """The issue's acceptance: born-digital, scanned, image and old Office files in one
    folder, all read, the bar counting the OCR pages (2 of the scan, 1 of the image)."""
    import shutil

    import pypdfium2

    folder = tmp_path / "cabinet"
    folder.mkdir()
    shutil.copy(SAMPLES / "renstra_dispar_tanah_datar_baru.txt", folder)
    shutil.copy(SCANNED, folder)
    shutil.copy(SAMPLES / "formats" / "legacy" / "renstra_metro_timur.doc", folder)
    scan = pypdfium2.PdfDocument(SCANNED)
    scan[0].render(scale=200 / 72).to_pil().convert("L").save(folder / "halaman1.png")
    scan.close()
    code, screen = on_terminal(["extract", "cabinet", "-o", "out", "--lang", "en"], tmp_path)
    assert code == 0, plain(screen)
    assert "4/4 0 failed OCR 3 pages" in " ".join(plain(screen).split())
    for name in ("renstra_dispar_tanah_datar_baru", "renstra_multipage_pdf",
                 "renstra_metro_timur", "halaman1"):  # fmt: skip
        document = json.loads((tmp_path / "out" / f"{name}.json").read_text(encoding="utf-8"))
        assert document["indicators"], name

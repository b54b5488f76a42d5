"""Every sample against its committed golden JSON (regenerate with --update-golden)."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from renstra.extract.inputs import collect_inputs
from renstra.extract.pipeline import extract_document
from renstra.extract.readers.detect import LEGACY_SUFFIXES
from renstra.extract.writers.json_out import document_json, output_names

from .paths import GOLDEN, REPO, SAMPLES
from .system_tools import installed

_inputs = collect_inputs([str(SAMPLES)]).files
CASES = output_names(_inputs)


@pytest.mark.parametrize(
    "path", sorted(CASES), ids=lambda p: Path(p).relative_to(SAMPLES).as_posix()
)
def test_sample_matches_golden(path: str, in_repo: Path, update_golden: bool) -> None:
    if Path(path).suffix in LEGACY_SUFFIXES:  # read through LibreOffice: skipped without it
        installed(("soffice", "libreoffice"), "libreoffice-writer libreoffice-calc")
    relative = Path(path).relative_to(REPO).as_posix()
    actual = document_json(extract_document(relative)).decode("utf-8")
    golden = GOLDEN / CASES[path]
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    if not golden.exists():
        pytest.fail(
            f"no golden file {golden.relative_to(REPO)}: run pytest --update-golden and review it"
        )
    expected = golden.read_text(encoding="utf-8")
    if json.loads(actual) != json.loads(expected):
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), actual.splitlines(), "golden", "actual", lineterm="", n=2
            )
        )
        pytest.fail(f"{relative} differs from its golden file:\n{diff[:6000]}")


def test_every_golden_file_has_a_sample() -> None:
    stale = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.json")} - set(CASES.values())
    assert not stale, f"golden files without a sample: {sorted(stale)}"

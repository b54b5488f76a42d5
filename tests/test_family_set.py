"""Issue 14's acceptance: one OPD's Renstra, IKU, PK and LKjIP (Kecamatan Pagelaran Utara,
samples/real/opd_set_pagelaran_utara_*) give the cross-document findings its CROSS
expects, written by hand from the public data, and no others."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from renstra.extract.checks import run_batch_checks
from renstra.extract.cli import app
from renstra.extract.pipeline import extract_document
from renstra.schemas import Settings
from typer.testing import CliRunner

REAL = Path(__file__).resolve().parents[1] / "samples" / "real"
KINDS = ("renstra", "iku", "pk", "lkjip")
CROSS_RULES = {
    "cross-period-mismatch", "cross-indicator-missing", "cross-target-mismatch",
    "cross-unit-mismatch", "cross-version", "pk-target-mismatch", "pk-indicator-missing",
    "lkjip-target-mismatch",
}  # fmt: skip
C = (
    "Persentase Penurunan Tingkat Gangguan Ketentraman dan Ketertiban Umum yang Terlaporkan "
    "dan Tertangani"
)


def test_one_opds_documents_give_the_cross_findings_a_steward_expects() -> None:
    paths = [
        next((REAL / f"opd_set_pagelaran_utara_{kind}").glob("opd_set_*.md")) for kind in KINDS
    ]
    documents = [extract_document(str(path)) for path in paths]
    assert [d.doc_type for d in documents] == list(KINDS)
    run_batch_checks(documents, Settings())
    found = sorted(
        (kind, f.rule, f.evidence)
        for kind, document in zip(KINDS, documents, strict=True)
        for f in document.findings
        if f.rule in CROSS_RULES
    )
    assert found == sorted([
        ("iku", "cross-indicator-missing", "Prosentase Lembaga kemasyarakatan yang difasilitasi"),
        ("pk", "pk-target-mismatch", "100"),
        ("pk", "pk-target-mismatch", "100"),
        ("pk", "pk-indicator-missing", "Indeks Kepuasan Masyarakat (IKM) Pagelaran Utara"),
        ("pk", "pk-indicator-missing",
         "Prosentase Sasaran Penyelenggaraan Urusan Pemerintahan Umum"),
    ])  # fmt: skip
    mismatched = {f.indicator_id for f in documents[2].findings if f.rule == "pk-target-mismatch"}
    names = {i.id: i.name for i in documents[2].indicators}
    assert sorted(names[i] for i in mismatched if i) == sorted(
        [C, "Prosentase Pemberdayaan Masyarakat Desa dan Kelurahan"]
    )
    assert not [f for f in documents[3].findings if f.rule == "achievement-mismatch"]


def test_renstra_check_on_the_opds_folder_gives_the_same_cross_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a steward runs it: `renstra check FOLDER --format json` on a folder holding the
    four documents only."""
    folder = tmp_path / "pagelaran_utara"
    folder.mkdir()
    for kind in KINDS:
        source = next((REAL / f"opd_set_pagelaran_utara_{kind}").glob("opd_set_*.md"))
        shutil.copy(source, folder / source.name)
    monkeypatch.chdir(tmp_path)  # no renstra.toml around
    result = CliRunner().invoke(app, ["check", str(folder), "--format", "json"])
    assert result.exit_code == 1, result.output  # the IKU's missing rumus are errors
    report = json.loads(result.stdout)
    found = sorted(
        (Path(task["path"]).stem.rsplit("_", 1)[1], finding["rule"])
        for task in report["tasks"]
        for finding in task["findings"]
        if finding["rule"] in CROSS_RULES
    )
    assert found == [
        ("iku", "cross-indicator-missing"),
        ("pk", "pk-indicator-missing"),
        ("pk", "pk-indicator-missing"),
        ("pk", "pk-target-mismatch"),
        ("pk", "pk-target-mismatch"),
    ]

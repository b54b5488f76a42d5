"""One batch, one truth: extract, check, report and fix find the same findings on the same
folder, cross-document ones included, with pairing a steward can trust."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from renstra.extract.cli import app
from typer.testing import CliRunner

from .paths import SAMPLES

runner = CliRunner()

REGIONS = ("KABUPATEN SUKAMAJU", "KOTA MEKARSARI")
OPDS = ("DINAS KESEHATAN", "DINAS SOSIAL")
RENSTRA = """RENCANA STRATEGIS
{opd} {region}
TAHUN 2022-2026

No\tIndikator\tSatuan\tTarget 2022\tTarget 2023\tTarget 2024\tTarget 2025\tTarget 2026
1\tPersentase layanan sesuai standar\t%\t{targets}
"""
IKU = """INDIKATOR KINERJA UTAMA (IKU)
{opd} {region} TAHUN 2022-2026

No\tIndikator\tSatuan\t2022\t2023\t2024\t2025\t2026\tSumber Data
1\tPersentase layanan sesuai standar\t%\t{targets}\tBidang Pelayanan
"""


def targets(first: int) -> list[int]:
    return [first + 2 * year for year in range(5)]


def two_regions(folder: Path) -> Path:
    """Two regions x two OPDs x (Renstra, IKU) x two versions. Each region and OPD has its
    own targets, so comparing across regions would differ everywhere; every older version
    (written first, an earlier mtime) has other targets, so comparing it would differ too;
    the newest IKU of Dinas Sosial Kota Mekarsari has one wrong target, for 2024."""
    folder.mkdir()
    for r, region in enumerate(REGIONS):
        for o, opd in enumerate(OPDS):
            right = targets(50 + 20 * r + 10 * o)
            stem = f"{opd}_{region}".lower().replace(" ", "_")
            for version in (1, 2):
                wrong = targets(5 * version)
                iku = list(right)
                if (region, opd) == ("KOTA MEKARSARI", "DINAS SOSIAL"):
                    iku[2] += 1
                for kind, template, values in (
                    ("renstra", RENSTRA, right),
                    ("iku", IKU, iku),
                ):
                    path = folder / f"{kind}_{stem}_v{version}.txt"
                    shown = values if version == 2 else wrong
                    text = template.format(
                        opd=opd, region=region, targets="\t".join(map(str, shown))
                    )
                    path.write_text(text, encoding="utf-8")
                    os.utime(path, (1_700_000_000 + version,) * 2)
    return folder


def check_json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["check", *args, "--format", "json", "--lang", "en"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def cross(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(file name, rule, message) of every cross-document finding, sorted."""
    found = []
    for task in report["tasks"]:
        for f in task["findings"]:
            if f["rule"].startswith("cross-"):
                found.append((Path(task["path"]).name, f["rule"], f["message"]))
    return sorted(found)


def test_two_regions_two_opds_two_versions_give_what_a_steward_expects(tmp_path: Path) -> None:
    folder = two_regions(tmp_path / "in")
    found = cross(check_json(str(folder)))
    mismatches = [f for f in found if f[1] == "cross-target-mismatch"]
    assert [(name, rule) for name, rule, _ in mismatches] == [
        ("iku_dinas_sosial_kota_mekarsari_v2.txt", "cross-target-mismatch")
    ]
    assert "2024: '85' / '84'" in mismatches[0][2]
    assert "renstra_dinas_sosial_kota_mekarsari_v2.txt" in mismatches[0][2]
    versions = [f for f in found if f[1] == "cross-version"]
    assert len(versions) == 16  # 8 documents, each in two versions: one finding per file
    for name, _, message in versions:
        other = name.replace("_v1", "_vX").replace("_v2", "_v1").replace("_vX", "_v2")
        assert other in message  # each names the other version
    assert len(found) == 17


def fingerprints_of_outputs(out: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    for path in out.rglob("*.json"):
        if path.name in ("summary.json", "datapackage.json", ".renstra-run.json"):
            continue
        found.update(f["fingerprint"] for f in json.loads(path.read_bytes())["findings"])
    return found


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Samples with cross-document findings (the Dinkes pair), versions (one Renstra in
    four formats) and an identical copy."""
    folder = tmp_path_factory.mktemp("mixed")
    for name in ("renstra_dinkes_tanah_datar_baru.txt", "iku_dinkes_tanah_datar_baru.txt",
                 "renstra_metro_timur.txt", "iku_metro_utara.txt"):  # fmt: skip
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "formats").mkdir()
    for name in ("renstra_metro_timur.docx", "renstra_metro_timur.xlsx"):
        shutil.copy(SAMPLES / "formats" / name, folder / "formats" / name)
    (folder / "again").mkdir()
    shutil.copy(SAMPLES / "iku_dinkes_tanah_datar_baru.txt", folder / "again" / "iku_copy.txt")
    return folder


def test_extract_check_report_and_fix_give_the_same_findings(mixed: Path, tmp_path: Path) -> None:
    checked = check_json(str(mixed))
    from_check = Counter(f["fingerprint"] for t in checked["tasks"] for f in t["findings"])
    rules = {f["rule"] for t in checked["tasks"] for f in t["findings"]}
    assert {"cross-target-mismatch", "cross-indicator-missing", "cross-version"} <= rules

    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(mixed), "-o", str(out), "-q", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert fingerprints_of_outputs(out) == from_check
    summary = json.loads((out / "summary.json").read_bytes())
    assert sum(summary["findings_by_rule"].values()) == sum(from_check.values())
    csv_rows = (out / "findings.csv").read_text(encoding="utf-8-sig").splitlines()
    assert sum(1 for line in csv_rows[1:] if ",cross-" in line) == sum(
        1 for t in checked["tasks"] for f in t["findings"] if f["rule"].startswith("cross-")
    )

    page = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(mixed), "-o", str(page), "--lang", "en"])
    assert result.exit_code == 0, result.output
    shown = Counter(re.findall(r'data-fingerprint="([0-9a-f]+)"', page.read_text()))
    assert shown == from_check

    fixed = tmp_path / "fixed"
    result = runner.invoke(app, ["fix", str(mixed), "-o", str(fixed), "--lang", "en"])
    assert result.exit_code == 0, result.output
    # fixes remove findings (a misspelling, a period typo): the cross-document ones stay
    cross_found = Counter(f["rule"] for t in checked["tasks"] for f in t["findings"])
    assert rules_of_outputs(fixed, "cross-") == {
        rule: n for rule, n in cross_found.items() if rule.startswith("cross-")
    }


def rules_of_outputs(out: Path, prefix: str) -> dict[str, int]:
    found: Counter[str] = Counter()
    for path in out.rglob("*.json"):
        findings = json.loads(path.read_bytes())["findings"]
        found.update(f["rule"] for f in findings if f["rule"].startswith(prefix))
    return dict(found)


def test_identical_files_are_read_once_and_reported_once(mixed: Path, tmp_path: Path) -> None:
    checked = check_json(str(mixed))
    copy = next(t for t in checked["tasks"] if t["path"].endswith("iku_copy.txt"))
    assert copy["copy_of"].endswith("iku_dinkes_tanah_datar_baru.txt")
    assert copy["findings"] == [] and copy["valid"]
    # the copy is no second version: the original is compared, and named by nothing
    assert all("iku_copy" not in f["message"] for t in checked["tasks"] for f in t["findings"])
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(mixed), "-o", str(out), "-q"])
    assert not (out / "again" / "iku_copy.json").exists()
    summary = json.loads((out / "summary.json").read_bytes())
    assert [c["path"] for c in summary["copies"]] == [str(mixed / "again" / "iku_copy.txt")]


def test_report_reads_no_file_in_its_own_process(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every reader entry point raises here: only the sandboxed workers (other processes,
    untouched by monkeypatch) may parse; the report still shows excerpts."""
    import renstra.extract.excerpts as excerpts
    import renstra.extract.pipeline as pipeline
    import renstra.extract.readers as readers

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a source file was parsed in the calling process")

    for module, name in ((readers, "reader_for"), (pipeline, "read_source"),
                         (pipeline, "extract_with_raw"), (excerpts, "cut_lines")):  # fmt: skip
        monkeypatch.setattr(module, name, forbidden)
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(mixed), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text()
    assert html.count('<pre class="excerpt">') >= 10
    assert "AssertionError" not in html


def test_the_version_named_in_the_configuration_is_the_one_compared(tmp_path: Path) -> None:
    folder = two_regions(tmp_path / "in")
    chosen = "*/iku_dinas_kesehatan_kabupaten_sukamaju_v1.txt"
    found = cross(check_json(str(folder), "--preferred-versions", chosen))
    mismatches = [name for name, rule, _ in found if rule == "cross-target-mismatch"]
    # the older IKU (other targets) is now the one compared with the newest Renstra
    assert mismatches == [
        "iku_dinas_kesehatan_kabupaten_sukamaju_v1.txt",
        "iku_dinas_sosial_kota_mekarsari_v2.txt",
    ]


def test_cross_findings_of_documents_without_rows_all_reach_findings_csv(tmp_path: Path) -> None:
    """The PK's three formats have no findings of their own; each gains one cross-version
    info (two older copies of the same PK). Their rows were once written at one empty span
    and two of the three were lost."""
    import csv

    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["extract", str(SAMPLES / "real" / "pk_statement_and_annex"), "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    with open(out / "findings.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted((Path(r["source_path"]).suffix, r["rule"]) for r in rows) == [
        (".docx", "cross-version"),
        (".pdf", "cross-version"),
        (".txt", "cross-version"),
    ]

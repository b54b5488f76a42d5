"""Safe fixes on real files: what is changed, what is recorded, what is left alone."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from renstra.extract.cli import app
from renstra.extract.fix import fix_document
from renstra.extract.pipeline import extract_document
from renstra.schemas import Settings
from renstra.schemas.finding import Fix
from typer.testing import CliRunner

from .documents import renstra
from .paths import SAMPLES

runner = CliRunner()


def _fixed(path: Path, settings: Settings | None = None) -> tuple[list[Fix], list[str]]:
    settings = settings or Settings()
    document = fix_document(extract_document(str(path), settings), settings)
    return document.fixes, [f.rule for f in document.findings]


def test_a_period_typo_with_one_plausible_period_is_fixed() -> None:
    path = SAMPLES / "renstra_metro_timur.txt"
    document = fix_document(extract_document(str(path)), Settings())
    assert document.fixes == [
        Fix(rule="period-typo", path="period_mentions[1].raw", old="2021-2126", new="2021-2026")
    ]
    mention = document.period_mentions[1]
    assert (mention.start, mention.end, mention.plausible) == (2021, 2026, True)
    assert [f.rule for f in document.findings] == ["target-count-mismatch"]


def test_the_separators_of_a_period_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(
        renstra([], period="Tahun 2022 s.d. 2062", tail="\nperiode 2022 s.d. 2026\n"),
        encoding="utf-8",
    )
    fixes, _ = _fixed(path)
    assert [(f.old, f.new) for f in fixes] == [("2022 s.d. 2062", "2022 s.d. 2026")]


def test_a_period_typo_with_several_candidates_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(renstra([], period="Tahun 2022-2062"), encoding="utf-8")
    fixes, rules = _fixed(path)
    assert fixes == []
    assert "period-typo" in rules


def test_a_period_fix_that_gives_the_document_its_period_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Renstra Tahun 2021-2126\n", encoding="utf-8")  # only 2021-2026 is one edit
    settings = Settings()
    document = fix_document(extract_document(str(path), settings), settings)
    assert [(f.path, f.old, f.new) for f in document.fixes] == [
        ("period_mentions[0].raw", "2021-2126", "2021-2026"),
        ("period", None, "2021-2026"),
    ]


def test_a_known_misspelling_is_fixed_in_the_name() -> None:
    fixes, rules = _fixed(SAMPLES / "iku_metro_utara.txt")
    assert fixes == [
        Fix(
            rule="spelling",
            path="indicators[3].name",
            old="Presentase penanganan Konflik pada kecamatan",
            new="Persentase penanganan Konflik pada kecamatan",
        )
    ]
    assert sorted(rules) == ["unit-mismatch"]  # the satuan has no single right answer


def test_glued_words_are_not_fixed() -> None:
    fixes, rules = _fixed(SAMPLES / "renstra_kec_sukamaju_barat_cp1252.txt")
    assert fixes == []
    assert rules == ["spelling", "unit-missing"]  # the unit inferred from 'Indeks...', as info


def test_a_configured_misspelling_is_fixed(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    row = "1\tX\tY\tPersentase pelaksanan posyandu\t80 %\t82 %\t84 %\t86 %\t88 %"
    path.write_text(renstra([row]), encoding="utf-8")
    fixes, rules = _fixed(path, Settings(misspellings={"pelaksanan": "pelaksanaan"}))
    assert [(f.old, f.new) for f in fixes] == [
        ("Persentase pelaksanan posyandu", "Persentase pelaksanaan posyandu")
    ]
    assert rules == []


def test_fix_command_writes_json_and_never_touches_the_sources(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    for name in ("renstra_metro_timur.txt", "iku_metro_utara.txt", "renstra_setda_mekarsari.txt"):
        shutil.copy(SAMPLES / name, sources / name)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources.iterdir()}
    out = tmp_path / "out"
    result = runner.invoke(app, ["fix", str(sources), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources.iterdir()}
    assert after == before
    assert sorted(p.name for p in out.iterdir()) == [
        "iku_metro_utara.json",
        "renstra_metro_timur.json",
        "renstra_setda_mekarsari.json",
    ]
    document = json.loads((out / "renstra_metro_timur.json").read_text(encoding="utf-8"))
    assert document["fixes"] == [
        {
            "rule": "period-typo",
            "path": "period_mentions[1].raw",
            "old": "2021-2126",
            "new": "2021-2026",
        }
    ]
    assert document["schema_version"] == "1.6.0"
    assert "  period-typo  period_mentions[1].raw: '2021-2126' -> '2021-2026'" in result.output
    assert "renstra_setda_mekarsari.txt: 0 fix(es)" in result.output
    assert result.output.rstrip().endswith(
        "3 file(s) written, 2 fix(es); review the 'fixes' list in each JSON."
    )


def test_fix_command_needs_an_output_folder() -> None:
    result = runner.invoke(app, ["fix", str(SAMPLES / "renstra_metro_timur.txt")])
    assert result.exit_code == 2

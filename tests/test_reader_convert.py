"""Old Office and OpenDocument files read through LibreOffice (extract/readers/convert.py).

The twins under samples/formats/legacy/ (samples/render_legacy.py) carry the facts of their
modern originals, whose golden outputs were checked by hand: each twin must give the same
indicators, targets and positions, say that it was converted, and nothing else. Every
conversion starts LibreOffice (1-3 s), so each twin is read once for the module.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import time
from pathlib import Path

import pytest
from renstra.extract.cli import app
from renstra.extract.errors import RenstraError
from renstra.extract.pipeline import extract_document, extract_source, source_of_bytes
from renstra.schemas import Document, Settings, SourceLocation, SourceNote, Target
from typer.testing import CliRunner

from .paths import GOLDEN, SAMPLES
from .system_tools import installed

LEGACY = SAMPLES / "formats" / "legacy"
TWINS = {
    "renstra_metro_timur.doc": "renstra_metro_timur.docx",
    "renstra_metro_timur.rtf": "renstra_metro_timur.docx",
    "renstra_metro_timur.odt": "renstra_metro_timur.docx",
    "iku_metro_utara.xls": "iku_metro_utara.xlsx",
    "iku_metro_utara.ods": "iku_metro_utara.xlsx",
}
"""Legacy twin -> the sample it was converted from."""
NO_SOFFICE = (
    ".doc files need LibreOffice (soffice) to convert them and soffice was not found; install "
    "it with: apt-get install libreoffice-writer libreoffice-calc"
)
runner = CliRunner()


def soffice() -> str:
    return installed(("soffice", "libreoffice"), "libreoffice-writer libreoffice-calc")


@pytest.fixture(scope="module")
def twins() -> dict[str, Document]:
    soffice()
    return {name: extract_document(str(LEGACY / name)) for name in TWINS}


def golden(original: str) -> Document:
    return Document.model_validate_json((GOLDEN / "formats" / f"{original}.json").read_bytes())


@pytest.mark.parametrize("name", sorted(TWINS))
def test_a_legacy_twin_gives_its_original_s_facts(twins: dict[str, Document], name: str) -> None:
    document, expected = twins[name], golden(TWINS[name])
    for field in ("doc_type", "organization", "period", "indicators", "programs", "signatory"):
        assert getattr(document, field) == getattr(expected, field), field
    others = [f for f in document.findings if f.rule != "converted-file"]
    assert [(f.rule, f.location) for f in others] == [
        (f.rule, f.location) for f in expected.findings
    ]


@pytest.mark.parametrize("name", sorted(TWINS))
def test_a_legacy_twin_says_it_was_converted(twins: dict[str, Document], name: str) -> None:
    source, written = twins[name].source, name.rsplit(".", 1)[1]
    data = (LEGACY / name).read_bytes()
    assert (source.format, source.converted_from) == (TWINS[name].rsplit(".", 1)[1], written)
    assert (source.sha256, source.size_bytes) == (hashlib.sha256(data).hexdigest(), len(data))
    assert source.notes == [SourceNote(code="converted-file", location=SourceLocation(),
                                       evidence=written)]  # fmt: skip
    (finding,) = [f for f in twins[name].findings if f.rule == "converted-file"]
    assert finding.severity == "info"


def test_the_facts_themselves_as_the_sample_text_writes_them(twins: dict[str, Document]) -> None:
    """Written by hand from samples/renstra_metro_timur.txt and iku_metro_utara.txt, so the
    twins are held to the text even if a golden file were regenerated wrong."""

    def targets(ts: list[Target]) -> list[float | None]:
        return [t.value for t in ts]

    doc = twins["renstra_metro_timur.doc"]
    assert doc.indicators[0].name == "Persentase indeks kepuasan masyarakat"
    assert targets(doc.indicators[0].targets) == [85, 90, 93, 95, 98]
    assert targets(doc.indicators[3].targets) == [30, 35, 55, 83, 100]
    xls = twins["iku_metro_utara.xls"]
    assert xls.organization.name == "Kecamatan Metro Utara"
    assert [(i.number, i.unit, i.provenance.cell) for i in xls.indicators] == [
        ("1", "%", "B12"), ("2", "%", "B13"), ("3", "%", "B14"), ("4", "kegiatan", "B15"),
    ]  # fmt: skip


def test_without_soffice_the_error_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice, in this process and its workers
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LEGACY / "renstra_metro_timur.doc", folder / "lama.doc")
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "iku.txt")
    with pytest.raises(RenstraError) as caught:
        extract_document(str(folder / "lama.doc"))
    assert (caught.value.code, str(caught.value)) == (
        "unsupported-format", f"{folder / 'lama.doc'}: {NO_SOFFICE}"
    )  # fmt: skip
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q", "--lang", "en"])
    assert result.exit_code == 2
    line = f"renstra: error: {folder / 'lama.doc'}: {NO_SOFFICE} [unsupported-format]"
    assert line in result.output.splitlines()
    assert "Traceback" not in result.output
    assert json.loads((out / "iku.json").read_bytes())["indicators"]


def corrupt_doc() -> bytes:
    """The .doc twin's OLE header and its WordDocument directory entry (so it is still
    detected as a .doc) around random bytes: LibreOffice cannot load it."""
    data = (LEGACY / "renstra_metro_timur.doc").read_bytes()
    entry = data.find("WordDocument\0".encode("utf-16-le"))
    assert entry % 128 == 0
    body = bytearray(random.Random(16).randbytes(len(data)))
    body[:512] = data[:512]
    body[entry : entry + 128] = data[entry : entry + 128]
    return bytes(body)


def test_a_corrupt_doc_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    soffice()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rusak.doc").write_bytes(corrupt_doc())
    shutil.copy(SAMPLES / "iku_metro_utara.txt", folder / "iku.txt")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q", "--lang", "en"])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("renstra: error:")]
    assert errors == [
        f"renstra: error: {folder / 'rusak.doc'}: LibreOffice could not convert it to .docx "
        "(Error: source file could not be loaded) [format-error]"
    ]
    assert json.loads((out / "iku.json").read_bytes())["indicators"]


def test_a_conversion_past_its_time_is_stopped_with_everything_it_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in soffice that hangs and has a child (as soffice has soffice.bin): the
    conversion is a one-line timeout error and the child is killed with it."""
    child = tmp_path / "child.pid"
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    sleep = shutil.which("sleep") or "sleep"
    fake.write_text(f"#!/bin/sh\n{sleep} 600 &\necho $! > {child}\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    settings = Settings(limits={"timeout_s": 1.0})
    with pytest.raises(RenstraError) as caught:
        extract_source(source_of_bytes("lama.xls", (LEGACY / "iku_metro_utara.xls").read_bytes(),
                                       settings), settings)  # fmt: skip
    assert (caught.value.code, str(caught.value)) == (
        "timeout", "lama.xls: LibreOffice's conversion to .xlsx took over 0.5 s"
    )  # fmt: skip
    assert not running(int(child.read_text()))


def running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for its reaper does not)."""
    for _ in range(100):  # SIGKILL is delivered at once; its state may lag a moment
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return False
        if state in ("Z", "X"):
            return False
        time.sleep(0.05)
    return True

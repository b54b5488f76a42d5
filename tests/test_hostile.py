"""Hostile and broken input: one clear line and a stable code per file, bounded time and
memory, and the rest of the batch untouched (the crafted files come from hostile_files)."""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from renstra.extract import pipeline
from renstra.extract.cli import app
from renstra.extract.errors import RenstraError
from renstra.extract.intermediate import RawDocument, SourceFile
from renstra.extract.readers import reader_for
from renstra.extract.zipguard import check_zip
from renstra.schemas import Limits, Settings, SourceNote
from typer.testing import CliRunner

from . import hostile_files as h
from .paths import SAMPLES

runner = CliRunner()
LIMITS = ["--max-memory", "768M", "--timeout", "120"]
GOOD = {
    "good_seed.txt": SAMPLES / "renstra_metro_timur.txt",
    "good_word.docx": SAMPLES / "formats" / "iku_metro_utara.docx",
    "good_sheet.xlsx": SAMPLES / "formats" / "renstra_metro_timur.xlsx",
    "good_print.pdf": SAMPLES / "formats" / "iku_metro_utara.pdf",
}

# name -> (what makes its bytes, code, a piece of the reason); code None: a Document
CASES: dict[str, tuple[Callable[[], bytes], str | None, str]] = {
    "bomb.docx": (h.docx_bomb, "limit-exceeded", "expands 1,029 times (limit 200)"),
    "many_members.docx": (
        lambda: h.docx_many_members(10_001),
        "limit-exceeded",
        "10,003 members, over the 10,000 limit",
    ),
    "declared_huge.docx": (
        lambda: h.with_declared_size(h.docx(h.body_xml("R")), "word/document.xml", 300 << 20),
        "limit-exceeded",
        "over the 268,435,456-byte limit",
    ),
    "overlapping.docx": (
        h.overlapping_docx,
        "format-error",
        "overlapping zip members word/copy.xml and",
    ),
    "laughs.docx": (
        lambda: h.docx(h.body_xml("&lol9;", prologue=h.BILLION_LAUGHS)),
        "format-error",
        "word/document.xml has a document type declaration (XML entities are refused",
    ),
    "xxe.docx": (
        lambda: h.docx(h.body_xml("&xxe;", prologue=h.xxe_prologue("/etc/hostname"))),
        "format-error",
        "word/document.xml has a document type declaration",
    ),
    "main_part_dat.docx": (
        lambda: h.docx_main_part("word/main.dat", h.body_xml("&lol9;", prologue=h.BILLION_LAUGHS)),
        "format-error",
        "word/main.dat has a document type declaration (XML entities are refused",
    ),
    "svg_logo.docx": (h.docx_with_svg_logo, None, ""),
    "wide_span.docx": (h.docx_wide_span, None, ""),
    "padded_rows.docx": (
        lambda: h.docx_padded_rows(3000, 3000),
        "limit-exceeded",
        "table 1 would expand to 3,001 rows x 3,000 columns (9,003,000 cells) from 3,000 written",
    ),
    "whole_sheet_merge.xlsx": (lambda: h.xlsx_table_and_merge("A7:XFD1048576"), None, ""),
    "laughs.xlsx": (
        lambda: h.xlsx_with_prologue(h.BILLION_LAUGHS, "&lol9;"),
        "format-error",
        "xl/sharedStrings.xml has a document type declaration",
    ),
    "xxe.xlsx": (
        lambda: h.xlsx_with_prologue(h.xxe_prologue("/etc/hostname"), "&xxe;"),
        "format-error",
        "xl/sharedStrings.xml has a document type declaration",
    ),
    "locked.xlsx": (h.encrypted_office_file, "encrypted-file", "password-protected"),
    "semantics.xlsx": (h.xlsx_semantics, None, ""),
    "broken_xref.pdf": (h.pdf_broken_xref, None, ""),
    "deep.pdf": (h.pdf_deep_nesting, None, ""),
    "prev_loop.pdf": (h.pdf_prev_loop, None, ""),
    "prev_chain.pdf": (h.pdf_prev_chain, None, ""),
    "xref_stream_loop.pdf": (h.pdf_xref_stream_prev_loop, None, ""),
    "xref_claims.pdf": (
        h.pdf_xref_stream_claiming,
        "format-error",
        "unreadable PDF (its cross-reference stream claims 2,000,000,000 objects but holds "
        "entries for 2)",
    ),
    "form_fan_out.pdf": (
        h.pdf_form_fan_out,
        "limit-exceeded",
        "page 1 draws form XObjects over 10,000 times (the limit)",
    ),
    "deep_page_tree.pdf": (
        h.pdf_page_tree_chain,
        "limit-exceeded",
        "structure nested too deeply to parse",
    ),
    "zero_pages.pdf": (h.pdf_zero_pages, "empty-file", "PDF has no pages"),
    "thousands.pdf": (lambda: h.pdf_pages(2500), "limit-exceeded", "PDF has over 2,000 pages"),
    "encrypted.pdf": (h.pdf_encrypted, "encrypted-file", "PDF is encrypted"),
    "inflation_bomb.pdf": (
        h.pdf_inflation_bomb,
        "limit-exceeded",
        "ran out of memory while parsing",
    ),
    "nul.txt": (h.text_with_nul, None, ""),
    "single_line.txt": (h.text_single_line, None, ""),
    "invalid_utf8.txt": (h.text_invalid_utf8, None, ""),
    "mixed_encodings.txt": (h.text_mixed_encodings, None, ""),
    "key_values.txt": (lambda: b"NAMA\t: Dinas\n" * 20_000, None, ""),
    "line_breaks.txt": (
        lambda: b"\n" * (10 << 20),
        "limit-exceeded",
        "over the 500,000-line limit",
    ),
    "false_bom.txt": (lambda: b"\xef\xbb\xbfRENSTRA \xff\n", "encoding-error", "byte-order mark"),
    "empty.txt": (lambda: b"", "empty-file", "file is empty"),
}
SOURCE_ERRORS = {
    "fifo.txt": "not a regular file (a pipe or a device)",
    "loop_a.txt": "cannot read (Too many levels of symbolic links)",
    "dangling.txt": "no such file",
}


def make_batch(folder: Path) -> Path:
    folder.mkdir()
    for name, (make, _, _) in CASES.items():
        (folder / name).write_bytes(make())
    for name, source in GOOD.items():
        shutil.copy(source, folder / name)
    os.mkfifo(folder / "fifo.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a folder loop
    return folder


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str], dict]:
    root = tmp_path_factory.mktemp("hostile")
    folder = make_batch(root / "in")
    out = root / "out"
    # --follow-links: the links in the folder (a loop, a dangling one) are read, and fail;
    # --lang en: the reasons as CASES quotes them (in Indonesian: test_error_messages)
    args = ["extract", str(folder), "-o", str(out), "-j", "2", "--follow-links", *LIMITS]
    args += ["--lang", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("renstra: error:")]
    summary = json.loads((out / "summary.json").read_text())
    return folder, out, lines, summary


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_hostile_file_gets_its_code_and_one_line(mixed: tuple, name: str) -> None:
    folder, out, lines, summary = mixed
    _, code, reason = CASES[name]
    path = str(folder / name)
    failed = {f["path"]: f for f in summary["failed"]}
    mine = [line for line in lines if line.startswith(f"renstra: error: {path}: ")]
    if code is None:
        assert path not in failed and mine == []
        assert (out / name).with_suffix(".json").exists()
        return
    assert failed[path]["code"] == code
    assert reason in failed[path]["reason"]
    assert mine == [f"renstra: error: {path}: {failed[path]['reason']} [{code}]"]


@pytest.mark.parametrize("name", sorted(SOURCE_ERRORS))
def test_paths_that_are_not_readable_files_are_source_errors(mixed: tuple, name: str) -> None:
    folder, _, lines, summary = mixed
    failed = {f["path"]: f for f in summary["failed"]}
    entry = failed[str(folder / name)]
    assert (entry["code"], entry["reason"]) == ("source-error", SOURCE_ERRORS[name])


def test_the_batch_counts_every_file_once_and_never_follows_the_folder_loop(mixed: tuple) -> None:
    _, _, lines, summary = mixed
    # every crafted file, the good ones, fifo, loop_a, loop_b and dangling; sub/up (back to
    # the folder) not walked twice
    assert summary["files"] == len(CASES) + len(GOOD) + 4
    assert len(lines) == len(summary["failed"])


def own(path: Path) -> dict[str, object]:
    """A document's JSON without its cross-document findings (they depend on the batch)."""
    document = json.loads(path.read_bytes())
    document["findings"] = [f for f in document["findings"] if not f["rule"].startswith("cross")]
    return document


def test_good_files_give_the_same_outputs_in_a_hostile_batch_as_alone(
    mixed: tuple, tmp_path: Path
) -> None:
    folder, out, _, _ = mixed
    alone = tmp_path / "alone"
    paths = [str(folder / name) for name in sorted(GOOD)]  # the folder's order
    args = ["extract", *paths, "-o", str(alone), "-j", "1", *LIMITS, "--lang", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    for name in GOOD:  # the batch holds other versions of good_seed (cross-version says so)
        json_name = Path(name).with_suffix(".json").name
        assert own(out / json_name) == own(alone / json_name), name
    for csv_name in ("indicators.csv", "findings.csv"):
        alone_rows = (alone / csv_name).read_text(encoding="utf-8-sig").splitlines()
        mixed_rows = (out / csv_name).read_text(encoding="utf-8-sig").splitlines()
        assert len(alone_rows) > 1
        good = [row for row in mixed_rows[1:] if row.split(",")[0] in paths]
        good = [row for row in good if ",cross-" not in row]
        alone_rows = [row for row in alone_rows if ",cross-" not in row]
        assert [mixed_rows[0], *good] == alone_rows


def test_xlsx_semantics_become_reader_notes_never_silent_values(mixed: tuple) -> None:
    folder, _, _, summary = mixed
    notes = {n["path"]: n["notes"] for n in summary["reader_notes"]}
    assert notes[str(folder / "semantics.xlsx")] == [
        {
            "code": "formula-without-value",
            "location": {"sheet": "IKU", "cell": "D4"},
            "evidence": "=B9*2",
        },
        {"code": "error-cell", "location": {"sheet": "IKU", "cell": "D5"}, "evidence": "#REF!"},
        {"code": "hidden-rows", "location": {"sheet": "IKU", "cell": "6:6"}},
        {"code": "hidden-sheet", "location": {"sheet": "Lama"}},
    ]


def xlsx_grid() -> tuple[list[list[str]], list[SourceNote]]:
    data = h.xlsx_semantics()
    raw = reader_for("xlsx")(SourceFile("s.xlsx", data, "0", "xlsx"), Settings())
    return [[cell.text for cell in row] for row in raw.tables[0].rows], raw.notes


def test_xlsx_formula_without_cached_value_is_empty_and_ref_error_kept_as_written() -> None:
    grid, _ = xlsx_grid()
    assert grid[1][3] == ""  # =B9*2 with no cached value: not 0, not the formula
    assert grid[2][3] == "#REF!"


def test_xlsx_date_cells_read_as_dates_not_serials() -> None:
    grid, _ = xlsx_grid()
    assert (grid[1][4], grid[2][4]) == ("2022-01-31", "2022-01-01")


def test_xlsx_hidden_rows_are_noted() -> None:
    _, notes = xlsx_grid()
    assert any(note.code == "hidden-rows" for note in notes)


# ------------------------------------------------------------- limits through the CLI


def test_a_file_over_the_time_limit_is_a_timeout(tmp_path: Path) -> None:
    path = tmp_path / "slow.pdf"
    path.write_bytes(h.pdf_pages(5000))
    good = tmp_path / "good.txt"
    shutil.copy(GOOD["good_seed.txt"], good)
    out = tmp_path / "out"
    args = ["extract", str(path), str(good), "-o", str(out), "-j", "1", "--max-pdf-pages", "10000"]
    result = runner.invoke(app, [*args, "--timeout", "1"])
    assert result.exit_code == 2
    assert (
        f"renstra: error: {path}: memakan waktu lebih dari 1 detik; proses pembacanya dihentikan "
        "[timeout]"
    ) in result.output
    assert (out / "good.json").exists()


def test_file_size_limit_from_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"RENSTRA\n" * 200)
    result = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "o"),
                                 "--max-file-size", "1K"])  # fmt: skip
    assert result.exit_code == 2
    assert "ukuran berkas 1.600 byte, melebihi batas 1.024 byte [limit-exceeded]" in result.output


@pytest.mark.parametrize("size", ["lots", "0", "-5M"])
def test_a_bad_size_is_a_usage_error(tmp_path: Path, size: str) -> None:
    result = runner.invoke(app, ["extract", str(GOOD["good_seed.txt"]), "-o",
                                 str(tmp_path / "o"), "--max-memory", size])  # fmt: skip
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_an_output_folder_that_cannot_be_made_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = blocker / "out"
    result = runner.invoke(app, ["extract", str(GOOD["good_seed.txt"]), "-o", str(out)])
    assert result.exit_code == 2
    assert (
        result.output.strip()
        .splitlines()[-1]
        .startswith(f"renstra: error: tidak dapat menulis ke {out}: ")
    )
    assert "Traceback" not in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output_folder_is_one_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir(mode=0o555)
    result = runner.invoke(app, ["extract", str(GOOD["good_seed.txt"]), "-o", str(out)])
    assert result.exit_code == 2
    assert f"renstra: error: tidak dapat menulis ke {out}: Permission denied" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"RENSTRA")
    path.chmod(0)
    result = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "o")])
    assert f"renstra: error: {path}: akses ditolak [source-error]" in result.output


def test_permission_denied_on_open_is_a_source_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as chmod 000 for a non-root user (tests run as root, who reads anything)."""
    path = tmp_path / "secret.txt"
    path.write_bytes(b"RENSTRA")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(pipeline.os, "open", refuse)
    with pytest.raises(RenstraError) as caught:
        pipeline.extract_document(str(path))
    assert (caught.value.code, caught.value.reason) == ("source-error", "permission denied")


# ------------------------------------------------------------- XML entities, layer by layer


def test_zipguard_refuses_a_dtd_in_any_part_before_a_parser_sees_it() -> None:
    parts = {
        "word/styles.xml": "<!DOCTYPE s [<!ENTITY a 'b'>]><s/>",
        "_rels/.rels": '<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE r><r/>',
        "word/footer1.xml": "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE f><f/>",
        "word/footer2.xml": "<?xml version='1.0' encoding='UTF-16LE'?><!DOCTYPE f><f/>",
        "word/footer3.xml": "\ufeff\ufeff<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE f><f/>",
    }
    for name, text in parts.items():
        codec = "utf-16-le" if "UTF-16LE" in text else "utf-16" if "UTF-16" in text else "utf-8"
        data = h.docx(h.body_xml("x"), {name: text.encode(codec)})
        with pytest.raises(RenstraError, match="has a document type declaration"):
            check_zip("a.docx", data, Limits())


@pytest.mark.parametrize(
    ("main", "types"),
    [
        ("word/main.dat", ""),  # declared by an Override and the package relationship only
        ("word/main.png", '<Default Extension="png" ContentType="image/png"/>'),
        ("word/document", ""),  # no extension, no Default: a part of unknown type
    ],
)
def test_zipguard_refuses_a_dtd_in_a_main_part_of_any_name(main: str, types: str) -> None:
    for prologue in (h.BILLION_LAUGHS, h.xxe_prologue("/etc/hostname")):
        data = h.docx_main_part(main, h.body_xml("x", prologue=prologue), content_types=types)
        with pytest.raises(RenstraError, match=f"{main} has a document type declaration"):
            check_zip("a.docx", data, Limits())
        source = SourceFile("a.docx", data, "0", "docx")
        with pytest.raises(RenstraError, match="document type declaration"):
            reader_for("docx")(source, Settings())


def test_zipguard_reads_a_docx_whose_svg_logo_has_a_dtd() -> None:
    """No reader parses an image: a DTD in one is no entity anyone expands."""
    data = h.docx_with_svg_logo()
    check_zip("a.docx", data, Limits())
    raw = reader_for("docx")(SourceFile("a.docx", data, "0", "docx"), Settings())
    assert raw.lines[0].text == "RENCANA STRATEGIS 2021-2026"


def test_zipguard_checks_an_image_that_a_main_part_relationship_points_at() -> None:
    """An image content type does not exempt a part that is read as the document."""
    logo = h.SVG_WITH_DTD
    data = h.docx_main_part(
        "word/media/logo.svg",
        logo,
        content_types='<Default Extension="svg" ContentType="image/svg+xml"/>',
    )
    with pytest.raises(RenstraError, match="word/media/logo.svg has a document type"):
        check_zip("a.docx", data, Limits())


def test_zipguard_passes_the_real_samples() -> None:
    for name in ("iku_metro_utara.docx", "renstra_metro_timur.xlsx"):
        check_zip(name, (SAMPLES / "formats" / name).read_bytes(), Limits())


def test_python_docx_parser_leaves_entities_unexpanded(tmp_path: Path) -> None:
    """Under the zip guard: the docx reader's parser (resolve_entities=False) on its own."""
    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA-XYZ")
    for body in (h.body_xml("&xxe;", prologue=h.xxe_prologue(str(secret))),
                 h.body_xml("&lol9;", prologue=h.BILLION_LAUGHS)):  # fmt: skip
        source = SourceFile("a.docx", h.docx(body), "0", "docx")
        try:
            raw = reader_for("docx")(source, Settings())
        except RenstraError:
            continue  # refusing is fine too
        text = "".join(line.text for line in raw.lines)
        assert "RAHASIA" not in text
        assert len(text) < 1000


def test_openpyxl_parses_with_defusedxml_and_forbids_entities(tmp_path: Path) -> None:
    """Under the zip guard: openpyxl reads shared strings through defusedxml."""
    import io

    from defusedxml import DefusedXmlException

    assert openpyxl.DEFUSEDXML is True
    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA-XYZ")
    for data in (h.xlsx_with_prologue(h.xxe_prologue(str(secret)), "&xxe;"),
                 h.xlsx_with_prologue(h.BILLION_LAUGHS, "&lol9;")):  # fmt: skip
        with pytest.raises(ValueError, match="Unable to read workbook") as caught:
            openpyxl.load_workbook(io.BytesIO(data))
        assert isinstance(caught.value.__context__, DefusedXmlException)


def test_lxml_iterparse_leaves_external_entities_unresolved(tmp_path: Path) -> None:
    """lxml before 6.1.0 resolved entities in iterparse by default; ours must not read files."""
    import io

    from lxml import etree

    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA-XYZ")
    part = h.body_xml("&xxe;", prologue=h.xxe_prologue(str(secret))).encode()
    assert etree.LXML_VERSION >= (6, 1)
    with pytest.raises(etree.XMLSyntaxError, match="Entity 'xxe' not defined"):
        list(etree.iterparse(io.BytesIO(part)))


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from renstra.extract import inputs

    (tmp_path / "sub").mkdir()
    real_walk = os.walk

    def walk(top: str, onerror: Callable[[OSError], None], followlinks: bool) -> object:
        for folder, dirs, files in real_walk(top, followlinks=followlinks):
            if folder.endswith("sub"):  # as os.walk does when scandir is refused
                onerror(PermissionError(errno.EACCES, "Permission denied", folder))
                continue
            yield folder, dirs, files

    monkeypatch.setattr(inputs.os, "walk", walk)
    found = inputs.collect_inputs([str(tmp_path)]).files
    assert [(f.path, f.relative) for f in found] == [(str(tmp_path / "sub"), "sub")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_an_unreadable_folder_is_a_source_error(tmp_path: Path) -> None:
    folder = tmp_path / "in" / "locked"
    folder.mkdir(parents=True)
    folder.chmod(0)
    try:
        result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o")])
    finally:
        folder.chmod(0o700)
    assert f"{folder}: folder cannot be read (permission denied) [source-error]" in result.output


# ------------------------------------------------------------- tiny files stay tiny (item 11)


def read_peak(fmt: str, data: bytes) -> tuple[object, int]:
    """What the reader returns (or raises) for ``data``, and its peak of traced memory."""
    import tracemalloc

    reader = reader_for(fmt)
    source = SourceFile(f"a.{fmt}", data, "0", fmt)
    tracemalloc.start()
    try:
        result: object = reader(source, Settings())
    except RenstraError as e:
        result = e
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, peak


SMALL = 16 << 20
"""Peak memory a reader may take on a file of a few KiB (each of these took 0.5 to 1.8 GB)."""


def test_a_huge_grid_span_is_capped_by_the_tables_grid() -> None:
    data = h.docx_wide_span(1_000_000)  # 2,000,000,000 in the batch above; 498 MiB here before
    raw, peak = read_peak("docx", data)
    assert peak < SMALL and len(data) < 700
    assert isinstance(raw, RawDocument)
    (table,) = raw.tables
    assert [[c.text for c in row] for row in table.rows] == [["INDIKATOR", ""], ["A", "80"]]
    assert (table.rows[0][0].colspan, table.rows[0][1].covered) == (2, True)


def test_a_merge_past_the_stored_cells_is_cut_back_to_them() -> None:
    data = h.xlsx_table_and_merge("A7:XFD1048576")  # 17 billion cells, openpyxl makes each
    raw, peak = read_peak("xlsx", data)
    assert peak < SMALL and len(data) < 2048
    assert isinstance(raw, RawDocument)
    (table,) = raw.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["NO", "INDIKATOR", "TARGET"],
        ["1", "Persentase pelayanan", "81"],
        ["2", "Persentase pelayanan", "82"],
    ]
    assert [line.text for line in raw.lines if line.text] == ["MATRIKS IKU", "Catatan"]


def test_a_merge_over_stored_cells_far_apart_is_refused_before_openpyxl() -> None:
    data = h.xlsx_table_and_merge("A7:XFD1048576", far="XFD1048576")
    error, peak = read_peak("xlsx", data)
    assert peak < SMALL
    assert isinstance(error, RenstraError) and error.code == "limit-exceeded"
    assert error.reason == (
        "the merges of xl/worksheets/sheet1.xml cover 17,179,770,880 cells, over 16 per stored "
        "cell (12) and over 100,000"
    )


@pytest.mark.parametrize(
    ("fmt", "make", "reason"),
    [
        ("docx", lambda: h.docx_padded_rows(3000, 3000), "table 1 would expand to 3,001 rows"),
        ("xlsx", lambda: h.xlsx_diagonal(1000), "a table of sheet 'IKU' would expand to 1,000"),
        ("txt", lambda: b"a\tb\t" + b"\t" * 3000 + b"\n" + b"a\tb\n" * 3000, "table 1 would"),
    ],
)
def test_a_grid_far_larger_than_its_cells_is_refused_before_it_is_built(
    fmt: str, make: Callable[[], bytes], reason: str
) -> None:
    error, peak = read_peak(fmt, make())
    assert isinstance(error, RenstraError) and error.code == "limit-exceeded"
    assert error.reason.startswith(reason)
    assert peak < SMALL


# ------------------------------------------------------------- PDF structure (items 10, 12)


def pdf_text(data: bytes) -> list[str]:
    raw = reader_for("pdf")(SourceFile("a.pdf", data, "0", "pdf"), Settings())
    return [line.text for line in raw.lines if line.text]


@pytest.mark.parametrize(
    "make",
    [h.pdf_prev_loop, h.pdf_prev_chain, h.pdf_xref_stream_prev_loop],
    ids=lambda f: f.__name__,
)
def test_a_cross_reference_that_cannot_be_followed_is_rebuilt(make: Callable[[], bytes]) -> None:
    """A /Prev pointing back at its own section, 20,000 updates chained by /Prev, and the
    same loop in a cross-reference stream: PDFium reads the page, and so does renstra now
    (pdfminer's fallback over the objects), where it said limit-exceeded before."""
    assert pdf_text(make()) == ["RENCANA STRATEGIS 2021-2026"]


def test_a_cross_reference_that_cannot_be_rebuilt_says_what_happened() -> None:
    data = h.pdf_xref_stream_prev_loop().replace(b"/Root 1 0 R", b"/Rood 1 0 R")
    with pytest.raises(RenstraError) as caught:
        pdf_text(data)
    assert caught.value.code == "format-error"
    assert caught.value.reason == (
        "unreadable PDF (its chain of cross-reference sections loops or runs too deep to "
        "follow; rebuilding its cross-reference from the objects: No /Root object! - Is this "
        "really a PDF?)"
    )


def never(*args: object, **kwargs: object) -> None:
    raise AssertionError("reached: the guard should have stopped the file before this")


def test_objects_a_cross_reference_stream_only_claims_are_refused_before_any_lookup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """2,000,000,000 claimed entries in a 261-byte file: pdfminer read each missing one as an
    object at offset 0 and, the page tree being empty, tried them all (the whole timeout)."""
    from pdfminer.pdfpage import PDFPage

    monkeypatch.setattr(PDFPage, "create_pages", never)
    data = h.pdf_xref_stream_claiming()
    assert len(data) < 300
    with pytest.raises(RenstraError, match="claims 2,000,000,000 objects but holds entries for 2"):
        pdf_text(data)


def test_a_few_claimed_objects_too_many_are_tolerated() -> None:
    from renstra.extract.readers.pdfguard import STREAM_SLACK

    with pytest.raises(RenstraError, match="PDF has no pages"):  # read, and empty
        pdf_text(h.pdf_xref_stream_claiming(2 + STREAM_SLACK))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (h.pdf_form_fan_out(), "page 1 draws form XObjects over 10,000 times (the limit)"),
        (h.pdf_form_fan_out(30, 1), "page 1 nests form XObjects over 16 deep (the limit)"),
        (h.pdf_form_fan_out(2, 1, last=0), "page 1 has a form XObject that draws itself"),
    ],
    ids=["fan-out", "deep", "loop"],
)
def test_form_xobjects_are_counted_before_the_page_is_laid_out(
    data: bytes, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pdfplumber.page

    monkeypatch.setattr(pdfplumber.page, "Page", never)
    with pytest.raises(RenstraError) as caught:
        pdf_text(data)
    assert (caught.value.code, caught.value.reason) == ("limit-exceeded", reason)


def test_forms_drawn_within_the_limits_are_read() -> None:
    assert pdf_text(h.pdf_form_fan_out(3, 10)) == ["RENCANA STRATEGIS 2021-2026"]  # 1,110 drawings

"""Accuracy on the scanned twins of the sample PDFs (issue 16, "Measure it").

Usage:
    .venv/bin/python benchmarks/accuracy.py --scanned                  # makes missing twins
    .venv/bin/python benchmarks/accuracy.py --scanned --markdown       # or --json, --details DOC
    .venv/bin/python benchmarks/accuracy.py --scanned --twins samples/scanned

A twin (``benchmarks/scan_twins.py``) says what its original says, so it is scored against
the original's ``expected.json`` exactly as ``accuracy.py`` scores a born-digital file, in
extra formats: ``pdf-scan`` (the image-only PDF), ``png`` (one-page documents) and ``tif``
(the multi-page TIFF). Besides field F1 it counts, per file:

- low-confidence cells: every place a value or indicator was read from (its provenance)
  whose OCR confidence is under ``ocr_min_confidence``, once per place; *as findings* is
  the share of them an ``ocr-low-confidence`` finding points at (same page and
  overlapping box, or same table, row and column);
- numbers read wrong: a baseline, target, final target, realisasi, capaian or budget
  amount that came out as a number different from the expected one (or where the
  expectation has no number), a target or budget held against the expected one of its
  year where both have years, else of its position; *without a finding* counts those that no
  ``ocr-low-confidence`` or ``ocr-suspect-number`` finding points at;
- seconds per page: wall time of ``extract_document`` over the file's pages (OCR, when it
  runs, is nearly all of it), on whatever machine runs the benchmark.

A file renstra cannot read (an image before OCR was merged: "unsupported file type") is
scored as an empty document (F1 0), its error kept in the table.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/ is no package

import accuracy  # noqa: E402
import scan_twins  # noqa: E402

FLAG_RULES = ("ocr-low-confidence", "ocr-suspect-number")
LOW_RULE = "ocr-low-confidence"
TARGET_F1 = 0.95
"""Issue 16's target for scanned twins of clean born-digital samples."""
_MISSING = object()


@dataclass
class ScanResult:
    folder: str
    file: str
    format: str
    score: accuracy.Score
    pages: int
    seconds: float
    error: str | None = None
    low_cells: int = 0
    low_flagged: int = 0
    numbers_wrong: list[tuple[str, object, object]] = field(default_factory=list)
    unflagged: list[tuple[str, object, object]] = field(default_factory=list)
    born_f1: float | None = None


def load_expected(path: Path) -> dict[str, Any]:
    """An expected.json, or the original's facts where it points to them (``facts``)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if "facts" in data:
        facts: dict[str, Any] = json.loads(
            (path.parent / data["facts"]).read_text(encoding="utf-8")
        )
        return {**facts, "files": data["files"]}
    return data


EMPTY: dict[str, Any] = {"indicators": [], "programs": [], "findings": []}
"""What a file renstra could not read is scored as."""

# ------------------------------------------------------------------ where findings point


def points_at(finding: dict[str, Any] | None, place: dict[str, Any] | None) -> bool:
    """Whether a finding's location is the place a value was read from."""
    if not finding or not place:
        return False
    if finding.get("page") != place.get("page"):
        return False
    a, b = finding.get("bbox"), place.get("bbox")
    if a and b:
        return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
    cell = ("table", "row", "column")
    return all(finding.get(k) is not None for k in cell) and all(
        finding.get(k) == place.get(k) for k in cell
    )


def _values(item: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    """A target or budget and the realisasi and capaian it carries."""
    if not item:
        return
    yield item
    for key in ("realization", "achievement"):
        yield from _values(item.get(key))


def places(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The provenance of every indicator, value and budget in the document."""

    def indicator(ind: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield ind.get("provenance") or {}
        for cell in (ind.get("baseline"), *(ind.get("targets") or []), ind.get("final_target")):
            for value in _values(cell):
                yield value.get("provenance") or {}

    for ind in document.get("indicators") or []:
        yield from indicator(ind)
    for program in document.get("programs") or []:
        yield program.get("provenance") or {}
        for budget in (*(program.get("budgets") or []), program.get("final_budget")):
            for value in _values(budget):
                yield value.get("provenance") or {}
        for ind in program.get("indicators") or []:
            yield from indicator(ind)


def low_confidence(document: dict[str, Any], threshold: float) -> tuple[int, int]:
    """(low-confidence places, those an ocr-low-confidence finding points at)."""
    seen, flagged = set(), 0
    lows = [f["location"] for f in document.get("findings", []) if f["rule"] == LOW_RULE]
    for place in places(document):
        confidence = place.get("confidence")
        if confidence is None or confidence >= threshold:
            continue
        key = json.dumps(place, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        flagged += any(points_at(low, place) for low in lows)
    return len(seen), flagged


# ------------------------------------------------------------------ numbers read wrong


def _number_pairs(
    label: str, want: dict[str, Any] | None, got: dict[str, Any] | None, key: str
) -> Iterator[tuple[str, object, dict[str, Any]]]:
    """(label, expected number or _MISSING, extracted value) for each number renstra gave."""
    if got is None:
        return
    if got.get(key) is not None:
        expected = _MISSING if want is None else want.get(key, _MISSING)
        yield label, expected, got
    for sub in ("realization", "achievement"):
        sub_key = "value" if sub == "achievement" else key
        yield from _number_pairs(f"{label} {sub}", (want or {}).get(sub), got.get(sub), sub_key)


def partner(wanted: list[dict[str, Any]], got: dict[str, Any], i: int) -> dict[str, Any] | None:
    """The expected target or budget a read one stands for: the one of its year where both
    have years (a column lost before it must not make its number wrong), else the i-th."""
    year = got.get("year")
    if year is not None and any(w.get("year") is not None for w in wanted):
        return next((w for w in wanted if w.get("year") == year), None)
    return wanted[i] if i < len(wanted) else None


def _rows(label: str, wanted: Any, found: Any, key: str) -> Iterator[tuple[str, object, Any]]:
    wanted, found = wanted or [], found or []
    for i, got in enumerate(found):
        want = partner(wanted, got, i)
        name = f"{label} {got['year']}" if got.get("year") is not None else f"{label} {i + 1}"
        yield from _number_pairs(name, want, got, key)


def _indicator_numbers(
    want: dict[str, Any], got: dict[str, Any]
) -> Iterator[tuple[str, object, Any]]:
    label = accuracy.norm(want["name"])[:40]
    for name in ("baseline", "final_target"):
        if name in want:
            yield from _number_pairs(f"{label} / {name}", want[name], got.get(name), "value")
    if "targets" in want:
        yield from _rows(f"{label} / target", want["targets"], got.get("targets"), "value")


def numbers(
    expected: dict[str, Any], document: dict[str, Any]
) -> Iterator[tuple[str, object, Any]]:
    """Every number renstra read for an indicator or program that has an expected pair."""
    pairs, _, _ = accuracy.pair_indicators(
        expected.get("indicators", []), document.get("indicators", [])
    )
    for want, got in pairs:
        yield from _indicator_numbers(want, got)
    pairs, _, _ = accuracy.pair_indicators(
        expected.get("programs", []), document.get("programs", [])
    )
    for want, got in pairs:
        label = accuracy.norm(want["name"])[:40]
        if "budgets" in want:
            yield from _rows(f"{label} / budget", want["budgets"], got.get("budgets"), "amount")
        if "final_budget" in want:
            yield from _number_pairs(
                f"{label} / final_budget", want["final_budget"], got.get("final_budget"), "amount"
            )
        inner, _, _ = accuracy.pair_indicators(
            want.get("indicators") or [], got.get("indicators") or []
        )
        for w, g in inner:
            yield from _indicator_numbers(w, g)


def wrong_numbers(
    expected: dict[str, Any], document: dict[str, Any]
) -> tuple[list[tuple[str, object, object]], list[tuple[str, object, object]]]:
    """(numbers read wrong, those no OCR finding points at), each (label, expected, read)."""
    flags = [f["location"] for f in document.get("findings", []) if f["rule"] in FLAG_RULES]
    wrong, unflagged = [], []
    for label, want, got in numbers(expected, document):
        if want is _MISSING:
            continue  # the expectation does not say: no verdict
        number = got.get("value", got.get("amount"))
        if want is not None and accuracy._same_number(want, number):
            continue
        entry = (label, want, got.get("text"))
        wrong.append(entry)
        if not any(points_at(flag, got.get("provenance")) for flag in flags):
            unflagged.append(entry)
    return wrong, unflagged


# ------------------------------------------------------------------ running


def twin_files(folder: Path, stem: str, pages: int) -> list[tuple[str, Path]]:
    """(format, path) of the twins of one original that are there to score."""
    candidates = [("pdf-scan", folder / f"{stem}.pdf"), ("tif", folder / f"{stem}.tif")]
    if pages == 1:
        candidates.insert(1, ("png", folder / f"{stem}.png"))
    return [(fmt, path) for fmt, path in candidates if path.exists()]


def score_file(
    expected: dict[str, Any], path: Path, settings: Any
) -> tuple[accuracy.Score, float, str | None, dict[str, Any]]:
    """(score, seconds, error, document as JSON) of one file."""
    from renstra.extract.errors import RenstraError
    from renstra.extract.pipeline import extract_document

    start = time.perf_counter()
    try:
        document = json.loads(extract_document(str(path), settings).model_dump_json())
        unread = {"no-text-layer"} & {f["rule"] for f in document.get("findings", [])}
        error = unread.pop() if unread else None  # a scan before OCR, or with --ocr off
    except RenstraError as e:
        document, error = EMPTY, str(e).replace(str(path), path.name)
    seconds = time.perf_counter() - start
    return accuracy.score_document(expected, document), seconds, error, document


def run(
    twins: Path = scan_twins.CACHE, real: Path = accuracy.REAL, settings: Any = None
) -> list[ScanResult]:
    """Score every twin the folder's twins.json lists (making the twins first when the
    folder has none), beside the F1 of its born-digital original."""
    from renstra.schemas.settings import Settings

    settings = settings or Settings()
    manifest_path = twins / "twins.json"
    if not manifest_path.exists():
        print(f"no twins in {twins}: making them (benchmarks/scan_twins.py)", file=sys.stderr)
        scan_twins.make_all(twins)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    results = []
    for name, recipe in manifest["twins"].items():
        folder, file = name.split("/")
        expected = load_expected(real / folder / "expected.json")
        born = score_file(expected, real / name, settings)[0]
        pages = len(recipe["skews"])
        for fmt, path in twin_files(twins / folder, Path(file).stem, pages):
            score, seconds, error, document = score_file(expected, path, settings)
            low, flagged = low_confidence(document, settings.ocr_min_confidence)
            wrong, unflagged = wrong_numbers(expected, document)
            results.append(
                ScanResult(
                    folder, path.name, fmt, score, pages, seconds, error, low, flagged,
                    wrong, unflagged, born.prf()[2],
                )
            )  # fmt: skip
    return results


# ------------------------------------------------------------------ reporting


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def summary(results: list[ScanResult]) -> list[dict[str, Any]]:
    """One row per format and one for all: the counts the tables and --json give."""
    rows = []
    for fmt in [*sorted({r.format for r in results}), "all"]:
        chosen = [r for r in results if fmt in ("all", r.format)]
        total = accuracy.Score()
        for r in chosen:
            total.add(r.score)
        pages = sum(r.pages for r in chosen)
        rows.append({
            "format": fmt, "files": len(chosen), "pages": pages,
            "precision": total.prf()[0], "recall": total.prf()[1], "f1": total.prf()[2],
            "finding_recall": total.finding_recall,
            "low_confidence_cells": sum(r.low_cells for r in chosen),
            "low_confidence_as_findings": sum(r.low_flagged for r in chosen),
            "numbers_wrong": sum(len(r.numbers_wrong) for r in chosen),
            "numbers_wrong_without_finding": sum(len(r.unflagged) for r in chosen),
            "seconds_per_page": sum(r.seconds for r in chosen) / pages if pages else 0.0,
            "errors": sum(r.error is not None for r in chosen),
        })  # fmt: skip
    return rows


def tables(results: list[ScanResult], markdown: bool) -> str:
    out: list[str] = []

    def table(title: str, head: list[str], rows: list[list[str]]) -> None:
        out.extend(accuracy.table_lines(title, head, rows, markdown))

    rows = summary(results)
    table(
        "Scanned twins by format",
        ["format", "files", "pages", "precision", "recall", "F1", "finding recall",
         "low-conf. cells as findings", "numbers wrong", "wrong without finding", "s/page"],
        [[r["format"], str(r["files"]), str(r["pages"]), f"{r['precision']:.3f}",
          f"{r['recall']:.3f}", f"{r['f1']:.3f}", f"{r['finding_recall']:.3f}",
          _share(r["low_confidence_as_findings"], r["low_confidence_cells"]),
          str(r["numbers_wrong"]), str(r["numbers_wrong_without_finding"]),
          f"{r['seconds_per_page']:.2f}"] for r in rows],
    )  # fmt: skip
    table(
        "Scanned twins by document",
        ["document", "format", "F1", "born-digital F1", "low-conf. as findings",
         "wrong without finding", "s/page", "error"],
        [[f"{r.folder}/{r.file}", r.format, f"{r.score.prf()[2]:.3f}",
          f"{r.born_f1:.3f}" if r.born_f1 is not None else "-",
          _share(r.low_flagged, r.low_cells), f"{len(r.unflagged)}/{len(r.numbers_wrong)}",
          f"{r.seconds / r.pages:.2f}", r.error or ""] for r in results],
    )  # fmt: skip
    out.append("")
    out.extend(verdicts(rows))
    return "\n".join(out)


def verdicts(rows: list[dict[str, Any]]) -> list[str]:
    """Issue 16's three targets, each MET or NOT MET."""
    lines = []
    for r in rows:
        if r["format"] != "all":
            met = "MET" if r["f1"] >= TARGET_F1 else "NOT MET"
            lines.append(f"field F1 >= {TARGET_F1} on {r['format']}: {r['f1']:.3f} {met}")
    every = rows[-1]
    low, flagged = every["low_confidence_cells"], every["low_confidence_as_findings"]
    lines.append(
        f"every low-confidence cell a finding: {flagged}/{low} "
        + ("MET" if flagged == low else "NOT MET")
    )
    unflagged = every["numbers_wrong_without_finding"]
    lines.append(
        f"no number read wrong without a finding: {unflagged} "
        + ("MET" if unflagged == 0 else "NOT MET")
    )
    return lines


def report(
    twins: Path | None, markdown: bool = False, as_json: bool = False, details: str | None = None
) -> int:
    results = run(twins or scan_twins.CACHE)
    if as_json:
        print(json.dumps({"formats": summary(results), "documents": [
            {"document": f"{r.folder}/{r.file}", "format": r.format, "f1": r.score.prf()[2],
             "born_digital_f1": r.born_f1, "pages": r.pages, "seconds": r.seconds,
             "low_confidence_cells": r.low_cells, "low_confidence_as_findings": r.low_flagged,
             "numbers_wrong": r.numbers_wrong, "numbers_wrong_without_finding": r.unflagged,
             "error": r.error}
            for r in results
        ]}, indent=2, default=str))  # fmt: skip
        return 0
    if details:
        for r in results:
            if details in f"{r.folder}/{r.file}":
                print(f"\n{r.folder}/{r.file} ({r.format}): F1 {r.score.prf()[2]:.3f}")
                for name, want, got in r.score.mismatches:
                    print(f"  {name}: expected {want!r}, got {got!r}")
                for name, want, got in r.unflagged:
                    print(
                        f"  NUMBER WRONG WITHOUT A FINDING {name}: expected {want!r}, read {got!r}"
                    )
        return 0
    print(tables(results, markdown))
    return 0

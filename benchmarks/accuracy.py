"""Field-level accuracy of renstra on documents whose expected output was written by hand.

Usage:
    .venv/bin/python benchmarks/accuracy.py                 # tables per format, field, document
    .venv/bin/python benchmarks/accuracy.py --markdown      # the same as Markdown (README)
    .venv/bin/python benchmarks/accuracy.py --json          # every count, for tools
    .venv/bin/python benchmarks/accuracy.py --details DOC   # each field of one document
    .venv/bin/python benchmarks/accuracy.py --scanned       # the scanned twins instead
                                                            # (benchmarks/accuracy_scanned.py)

It reads ``samples/real/*/expected.json`` (the format is in docs/real-samples.md): every
file listed there is extracted with renstra and compared field by field with what the
public document says.

Scoring (as in docling's evaluation tables): each expected field that holds a value and
comes out equal is a true positive; a value that comes out different counts once as a
false negative and once as a false positive; a value renstra gives where the document has
none is a false positive; a value it misses is a false negative. Text is compared with
whitespace collapsed, case ignored and trailing punctuation dropped. Indicators are paired
by name (the closest name above a similarity of 0.75, in document order); an expected
indicator with no pair loses all its fields, an extracted one with no pair counts its name
as a false positive. Each target is one field (its year, value and text must all match); a
formula is one field (every part the expectation gives must match). Finding recall is the
share of the expected rule ids found among the document's findings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
REAL = REPO / "samples" / "real"
PAIRING = 0.75

DOC_FIELDS = (
    "doc_type", "organization.name", "organization.region", "period.start", "period.end",
    "year", "signatory.name", "signatory.position", "signatory.nip", "signatory.party",
    "acknowledged_by.name", "acknowledged_by.position", "acknowledged_by.nip",
    "acknowledged_by.party",
)  # fmt: skip
INDICATOR_FIELDS = (
    "name", "level", "sub_items", "unit", "goal", "objective", "rationale", "data_source",
    "responsible", "definition", "code", "frequency", "polarity", "formula", "baseline",
    "final_target",
)  # fmt: skip
PROGRAM_FIELDS = (
    "code", "level", "parent", "responsible", "location", "funding_source", "final_budget",
)  # fmt: skip
"""Scored per program row besides its name (``program``), its ``budgets`` (one field each,
as targets are) and its indicators (scored as indicators are)."""


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    findings_expected: int = 0
    findings_found: int = 0
    mismatches: list[tuple[str, object, object]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.findings_expected += other.findings_expected
        self.findings_found += other.findings_found

    def judge(self, name: str, expected: object, actual: object, equal: bool) -> None:
        if expected is not None and equal:
            self.tp[name] += 1
            return
        if expected is not None:
            self.fn[name] += 1
        if actual is not None:
            self.fp[name] += 1
        if expected is not None or actual is not None:
            self.mismatches.append((name, expected, actual))

    def prf(self, name: str | None = None) -> tuple[float, float, float]:
        tp, fp, fn = (
            (sum(c.values()) for c in (self.tp, self.fp, self.fn))
            if name is None
            else (self.tp[name], self.fp[name], self.fn[name])
        )
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def finding_recall(self) -> float:
        return self.findings_found / self.findings_expected if self.findings_expected else 1.0


# ------------------------------------------------------------------------- comparing


def norm(text: object) -> str:
    return " ".join(str(text).split()).casefold().rstrip(" .;:,")


def _same_text(expected: object, actual: object) -> bool:
    return expected is not None and actual is not None and norm(expected) == norm(actual)


def _same_number(expected: object, actual: object) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(float(expected) - float(actual)) < 1e-9  # type: ignore[arg-type]


def _same_value(expected: dict[str, Any], actual: dict[str, Any] | None) -> bool:
    """A baseline, final target or target: every key the expectation gives must match."""
    if actual is None:
        return False
    for key, value in expected.items():
        if key == "value" and not _same_number(value, actual.get("value")):
            return False
        if key == "text" and not _same_text(value, actual.get("text")):
            return False
        if key == "year" and value != actual.get("year"):
            return False
        if key == "amount" and value != actual.get("amount"):
            return False
        if key in ("realization", "achievement"):
            got = actual.get(key)
            if value is None and got is not None:
                return False
            if value is not None and not _same_value(value, got):
                return False
    return True


def _same_formula(expected: dict[str, Any], actual: dict[str, Any] | None) -> bool:
    if actual is None:
        return False
    for key, value in expected.items():
        got = actual.get(key)
        if key in ("multiplier", "target"):
            if not _same_number(value, got):
                return False
        elif key == "kind":
            if value != got:
                return False
        elif not _same_text(value, got):
            return False
    return True


def _get(data: dict[str, Any] | None, dotted: str) -> Any:
    for key in dotted.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _nip(value: object) -> str | None:
    return "".join(ch for ch in str(value) if ch.isdigit()) or None if value else None


def score_document(expected: dict[str, Any], document: dict[str, Any]) -> Score:
    score = Score()
    for name in DOC_FIELDS:
        want, got = _get(expected, name), _get(document, name)
        if name.endswith(".nip"):
            want, got = _nip(want), _nip(got)
        if name.startswith("period.") or name == "year" or name.endswith(".party"):
            equal = want == got
        elif name == "organization.name":
            equal = want is not None and got is not None and _org(want) == _org(got)
        elif name == "organization.region":
            equal = want is not None and got is not None and _region(want) == _region(got)
        else:
            equal = _same_text(want, got)
        score.judge(name, want, got, equal)
    pairs, lost, extra = pair_indicators(expected.get("indicators", []), document["indicators"])
    for want, got in pairs:
        _score_indicator(score, want, got)
    for want in lost:
        _score_indicator(score, want, None)
    for got in extra:
        score.judge("name", None, got["name"], False)
    _score_programs(score, expected.get("programs", []), document.get("programs", []))
    rules = {f["rule"] for f in document.get("findings", [])}
    wanted = set(expected.get("findings", []))
    score.findings_expected = len(wanted)
    score.findings_found = len(wanted & rules)
    score.mismatches += [("finding", rule, None) for rule in sorted(wanted - rules)]
    return score


def _org(name: str) -> str:
    """An OPD name compared without the region it may carry ('Dinas X Kabupaten Y')."""
    return norm(name).split(" kabupaten ")[0].split(" kota ")[0].split(" provinsi ")[0]


def _region(name: str) -> str:
    """A region compared by its name: 'Kab. Sidoarjo', 'Kabupaten Sidoarjo' and 'SIDOARJO'
    are one region."""
    words = norm(name).replace(".", ". ").split()
    if words and words[0] in ("kabupaten", "kab.", "kota", "provinsi", "prov."):
        words = words[1:]
    return " ".join(words)


def pair_indicators(
    expected: list[dict[str, Any]], extracted: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(pairs, expected without a pair, extracted without a pair), pairing by name.

    Without difflib's autojunk, which in a name of 200 characters or more takes its common
    letters for junk: a T-C.27 scan's 'Penyusunan Bahan ... Ekonomi, Sosiai, Budaya ...'
    (one letter misread) was then 0.43 like its own name and 0.94 like its sibling
    'Pelaksanaan Kebijakan ... Sosial, Budaya ...', and took it."""
    free = list(range(len(extracted)))
    pairs, lost = [], []
    for want in expected:
        best, best_ratio = None, PAIRING
        for i in free:
            pair = (norm(want["name"]), norm(extracted[i]["name"]))
            ratio = SequenceMatcher(None, *pair, autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = i, ratio
        if best is None:
            lost.append(want)
        else:
            free.remove(best)
            pairs.append((want, extracted[best]))
    return pairs, lost, [extracted[i] for i in free]


def _score_indicator(score: Score, want: dict[str, Any], got: dict[str, Any] | None) -> None:
    label = norm(want["name"])[:40]
    for name in INDICATOR_FIELDS:
        if name not in want:
            continue
        expected = want[name]
        actual = got.get(name) if got is not None else None
        if name == "sub_items":
            actual_names = [s["name"] for s in actual or []]
            expected = expected or None
            actual = actual_names or None
            equal = expected is not None and [norm(x) for x in expected] == [
                norm(x) for x in actual_names
            ]
        elif name == "formula":
            equal = expected is not None and _same_formula(expected, actual)
        elif name in ("baseline", "final_target"):
            equal = expected is not None and _same_value(expected, actual)
        elif name in ("polarity", "level"):
            if got is None:
                actual = None
            equal = expected == actual
        else:
            equal = _same_text(expected, actual)
        before = len(score.mismatches)
        score.judge(name, expected, actual, equal)
        if len(score.mismatches) > before:
            score.mismatches[-1] = (f"{label} / {name}", expected, actual)
    _score_rows(
        score, "targets", label, want.get("targets"), (got or {}).get("targets"),
        ("year", "text", "value", "realization", "achievement"),
    )  # fmt: skip


def _score_programs(
    score: Score, expected: list[dict[str, Any]], extracted: list[dict[str, Any]]
) -> None:
    """Program rows paired by name like indicators; a parent is compared by its name."""
    names = {p["id"]: p["name"] for p in extracted}
    pairs, lost, extra = pair_indicators(expected, extracted)
    for want, got in [*pairs, *((w, None) for w in lost)]:
        label = norm(want["name"])[:40]
        score.judge("program", want["name"], got and got["name"], got is not None)
        for name in PROGRAM_FIELDS:
            if name not in want:
                continue
            expected_value = want[name]
            actual = got.get(name) if got is not None else None
            if name == "parent":
                actual = names.get(actual) if actual else None
            if name == "final_budget":
                equal = expected_value is not None and _same_value(expected_value, actual)
            elif name == "level":
                equal = expected_value is not None and expected_value == actual
            else:
                equal = _same_text(expected_value, actual)
            before = len(score.mismatches)
            score.judge(name, expected_value, actual, equal)
            if len(score.mismatches) > before:
                score.mismatches[-1] = (f"{label} / {name}", expected_value, actual)
        _score_rows(score, "budgets", label, want.get("budgets"), (got or {}).get("budgets"))
        inner, inner_lost, inner_extra = pair_indicators(
            want.get("indicators") or [], (got or {}).get("indicators") or []
        )
        for w, g in inner:
            _score_indicator(score, w, g)
        for w in inner_lost:
            _score_indicator(score, w, None)
        for g in inner_extra:
            score.judge("name", None, g["name"], False)
    for got in extra:
        score.judge("program", None, got["name"], False)


def _score_rows(
    score: Score,
    field_name: str,
    label: str,
    wanted: Any,
    found: Any,
    keys: tuple[str, ...] = ("year", "text", "amount"),
) -> None:
    """Targets or budgets, one field each, in column order."""
    wanted, found = wanted or [], found or []
    for i in range(max(len(wanted), len(found))):
        expected = wanted[i] if i < len(wanted) else None
        actual = found[i] if i < len(found) else None
        if actual is not None and not actual.get("text", "").strip() and expected is None:
            continue  # an empty cell read as an empty one is no invented value
        equal = expected is not None and _same_value(expected, actual)
        before = len(score.mismatches)
        score.judge(field_name, expected, actual and actual.get("text"), equal)
        if len(score.mismatches) > before:
            score.mismatches[-1] = (f"{label} / {field_name} {i + 1}", expected, actual and {
                k: actual.get(k) for k in keys
            })  # fmt: skip


# ------------------------------------------------------------------------- running


@dataclass
class Result:
    folder: str
    file: str
    format: str
    score: Score


def run(root: Path = REAL) -> list[Result]:
    sys.path.insert(0, str(REPO))
    from renstra.extract.pipeline import extract_document

    results = []
    for expected_path in sorted(root.glob("*/expected.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        for name in expected["files"]:
            path = expected_path.parent / name
            document = json.loads(extract_document(str(path)).model_dump_json())
            results.append(
                Result(
                    expected_path.parent.name,
                    name,
                    path.suffix.lstrip("."),
                    score_document(expected, document),
                )
            )
    return results


def _total(results: list[Result]) -> Score:
    total = Score()
    for r in results:
        total.add(r.score)
    return total


def table_lines(title: str, head: list[str], rows: list[list[str]], markdown: bool) -> list[str]:
    """One titled table as Markdown or as aligned plain text."""
    if markdown:
        return [
            f"\n**{title}**\n",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
            *("| " + " | ".join(r) + " |" for r in rows),
        ]
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=True)]
    return [
        f"\n{title}",
        *("  ".join(x.ljust(w) for x, w in zip(r, widths, strict=True)) for r in [head, *rows]),
    ]


def tables(results: list[Result], markdown: bool) -> str:
    out: list[str] = []

    def table(title: str, head: list[str], rows: list[list[str]]) -> None:
        out.extend(table_lines(title, head, rows, markdown))

    def prf(score: Score, name: str | None = None) -> list[str]:
        return [f"{x:.3f}" for x in score.prf(name)]

    formats = sorted({r.format for r in results})
    rows = []
    for fmt in formats:
        chosen = [r for r in results if r.format == fmt]
        s = _total(chosen)
        rows.append([fmt, str(len(chosen)), *prf(s), f"{s.finding_recall:.3f}"])
    total = _total(results)
    rows.append(["all", str(len(results)), *prf(total), f"{total.finding_recall:.3f}"])
    table("By format", ["format", "files", "precision", "recall", "F1", "finding recall"], rows)
    names = [
        n
        for n in (*DOC_FIELDS, *INDICATOR_FIELDS, "targets", "program", *PROGRAM_FIELDS, "budgets")
        if _seen(total, n)
    ]
    table(
        "By field",
        ["field", "tp", "fp", "fn", "F1"],
        [
            [n, str(total.tp[n]), str(total.fp[n]), str(total.fn[n]), prf(total, n)[2]]
            for n in names
        ],
    )
    table(
        "By document",
        ["document", "F1", "finding recall"],
        [
            [f"{r.folder}/{r.file}", prf(r.score)[2], f"{r.score.finding_recall:.3f}"]
            for r in results
        ],  # fmt: skip
    )
    return "\n".join(out)


def _seen(score: Score, name: str) -> bool:
    return bool(score.tp[name] or score.fp[name] or score.fn[name])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="Markdown tables")
    parser.add_argument("--json", action="store_true", help="every count as JSON")
    parser.add_argument("--details", metavar="DOC", help="mismatches of documents matching DOC")
    parser.add_argument(
        "--scanned", action="store_true",
        help="score the scanned twins of the sample PDFs (made first when missing)",
    )  # fmt: skip
    parser.add_argument(
        "--twins", type=Path, metavar="DIR", help="with --scanned: the twins' folder "
        "(default benchmarks/.twins/; samples/scanned/ holds the committed two)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.scanned:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import accuracy_scanned

        return accuracy_scanned.report(args.twins, args.markdown, args.json, args.details)
    results = run()
    if args.json:
        print(json.dumps([
            {"document": f"{r.folder}/{r.file}", "format": r.format, "tp": r.score.tp,
             "fp": r.score.fp, "fn": r.score.fn, "f1": r.score.prf()[2],
             "finding_recall": r.score.finding_recall}
            for r in results
        ], indent=2))  # fmt: skip
        return 0
    if args.details:
        for r in results:
            if args.details in f"{r.folder}/{r.file}":
                print(f"\n{r.folder}/{r.file}: F1 {r.score.prf()[2]:.3f}")
                for name, want, got in r.score.mismatches:
                    print(f"  {name}: expected {want!r}, got {got!r}")
        return 0
    print(tables(results, args.markdown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

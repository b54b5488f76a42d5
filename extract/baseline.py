"""Baselines: report only the findings a steward has not already seen and accepted.

A baseline is a previous ``renstra check --format json`` report. A finding is in it when
the same file holds a finding with the same fingerprint.

The file is matched by its path first and by the sha256 of its content second, so a
renamed but unchanged file keeps its baseline, and so does an edited one that kept its name.
A finding's fingerprint is a hash of what the finding is about, not where it sits:
the rule id, the name of its indicator (casefolded, punctuation collapsed), the offending
text as written (``evidence``: '2021-2126', 'Presentase', '120 %'), and the sheet and column
of its cell. Lines, pages, rows and table numbers are left out, so inserting a paragraph or a
row above a finding does not make it new; the message is left out, so the report's language
and wording may change. Fingerprints are counted, not just collected: a file with two
identical findings and a baseline with one of them reports the second.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex
from renstra.schemas import Document, SourceLocation

from .memo import CACHE_SIZE

if TYPE_CHECKING:
    from .result import FileResult

_NON_WORD = regex.compile(r"[\W_]+")


def _key(text: str | None) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip() if text else ""


def fingerprint(
    rule: str, indicator_name: str | None, evidence: str | None, location: SourceLocation
) -> str:
    column = "" if location.column is None else str(location.column)
    return _digest(rule, indicator_name, evidence, location.sheet or "", column)


@lru_cache(maxsize=CACHE_SIZE)
def _digest(
    rule: str, indicator_name: str | None, evidence: str | None, sheet: str, column: str
) -> str:
    """Kept per parts: the same rule, indicator name and evidence recur across a batch."""
    parts = (rule, _key(indicator_name), _key(evidence), sheet, column)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class BaselineError(ValueError):
    """The baseline file cannot be used; the message is one line for the user."""


@dataclass(slots=True)
class Baseline:
    by_path: dict[str, Counter[str]] = field(default_factory=dict)
    by_sha256: dict[str, Counter[str]] = field(default_factory=dict)

    def for_file(self, path: str, sha256: str | None) -> Counter[str]:
        found = self.by_path.get(os.path.normpath(path))
        if found is None and sha256:
            found = self.by_sha256.get(sha256)
        return Counter(found or {})


def load_baseline(path: str) -> Baseline:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as e:
        raise BaselineError(f"baseline {path}: no such file") from e
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BaselineError(f"baseline {path}: not a JSON report ({e})") from e
    return baseline_from_report(data, path)


def baseline_from_report(data: Any, name: str = "baseline") -> Baseline:
    """Read the fingerprints of a ``check --format json`` report, refusing partial ones."""
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), list):
        raise BaselineError(f"{name}: not a `renstra check --format json` report (no tasks)")
    baseline = Baseline()
    for task in data["tasks"]:
        if not isinstance(task, dict) or not isinstance(task.get("path"), str):
            raise BaselineError(f"{name}: a task has no path")
        if task.get("limited"):
            raise BaselineError(
                f"{name}: {task['path']} was cut by --limit; write the baseline without --limit"
            )
        counts: Counter[str] = Counter()
        for finding in task.get("findings") or []:
            mark = finding.get("fingerprint") if isinstance(finding, dict) else None
            if not isinstance(mark, str):
                raise BaselineError(
                    f"{name}: findings have no fingerprint (an older renstra wrote it); "
                    "write it again with `renstra check --format json`"
                )
            counts[mark] += 1
        baseline.by_path[os.path.normpath(task["path"])] = counts
        if isinstance(task.get("sha256"), str):
            baseline.by_sha256[task["sha256"]] = counts
    return baseline


def apply_baseline(
    results: list[FileResult], baseline: Baseline
) -> tuple[list[FileResult], dict[str, int]]:
    """The results without the baselined findings, and how many were dropped per path."""
    kept_results: list[FileResult] = []
    dropped: dict[str, int] = {}
    for result in results:
        document = result.document
        if document is None:
            kept_results.append(result)
            continue
        known = baseline.for_file(result.input.path, document.source.sha256)
        kept = []
        for finding in document.findings:
            mark = finding.fingerprint or ""
            if known[mark] > 0:
                known[mark] -= 1
            else:
                kept.append(finding)
        dropped[result.input.path] = len(document.findings) - len(kept)
        kept_results.append(
            replace(result, document=document.model_copy(update={"findings": kept}))
        )
    return kept_results, dropped


def new_findings(path: str, document: Document, baseline: Baseline) -> list[bool]:
    """Per finding of the document, in order, whether the baseline lacks it: what
    ``apply_baseline`` would keep, marked instead of dropped."""
    known = baseline.for_file(path, document.source.sha256)
    marks = []
    for finding in document.findings:
        mark = finding.fingerprint or ""
        marks.append(known[mark] <= 0)
        known[mark] -= 1
    return marks

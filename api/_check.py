"""``renstra.check``: every rule over Documents already read, as `renstra check` reports.

The report is built by the CLI's own ``build_report`` from the batch's FileResults;
``_results`` is the whole adapter, so a change to FileResult is met here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from renstra.extract.checks import run_batch_checks, run_checks
from renstra.extract.inputs import InputFile
from renstra.extract.report import build_report
from renstra.extract.result import FileResult
from renstra.schemas import Document, Report, Settings

from ._settings import settings_or_default


def check(documents: Iterable[Document], *, settings: Settings | None = None) -> Report:
    """Run the selected rules over ``documents`` and report their findings.

    The per-document rules run again under ``settings`` (so the messages, selection and
    severities are those of ``settings``, whatever the documents were read with), then
    the cross-document ones: an OPD's Renstra against its IKU, paired as the command
    pairs them (docs/rules.md). The Report is what ``renstra check --format json`` prints for
    the same files: one task per document, in order, with all its findings; a document
    with the bytes of an earlier one is reported once, there, and its own task names it
    in ``copy_of``. ``report.valid`` is false when a document has an error-level finding.
    The documents passed in are left as they are.
    """
    settings = settings_or_default(settings)
    if isinstance(documents, (Document, str, bytes)):
        raise TypeError("check() takes a list of Documents (wrap a single one in a list)")
    results = _results(documents, settings)
    run_batch_checks([r.document for r in results if r.document is not None], settings)
    return build_report(results, lang=settings.lang)


def _results(documents: Iterable[Document], settings: Settings) -> list[FileResult]:
    """Each document as the batch's result for its file: a checked copy, or (same bytes
    as an earlier one under another path) a copy_of that one, as the batch marks it."""
    results = []
    first: dict[str, str] = {}
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(
                f"check() takes Documents (from renstra.read), not {type(document).__name__}"
            )
        path = document.source.path
        given = InputFile(path, os.path.basename(path))
        earlier = first.setdefault(document.source.sha256, path)
        if earlier != path:
            results.append(FileResult(given, copy_of=earlier))
            continue
        checked = document.model_copy(deep=True)
        checked.findings = run_checks(checked, settings)
        results.append(FileResult(given, document=checked))
    return results

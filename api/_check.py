"""``renstra.check``: every rule over Documents already read, as `renstra check` reports.

The report is built by the CLI's own ``build_report``, which takes the batch's
FileResults; ``_as_result`` is the whole adapter, so a change to FileResult is met here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from renstra.extract.batch import FileResult
from renstra.extract.checks import run_batch_checks, run_checks
from renstra.extract.inputs import InputFile
from renstra.extract.report import build_report
from renstra.schemas import Document, Report, Settings

from ._settings import settings_or_default


def check(documents: Iterable[Document], *, settings: Settings | None = None) -> Report:
    """Run the selected rules over ``documents`` and report their findings.

    The per-document rules run again under ``settings`` (so the messages, selection and
    severities are those of ``settings``, whatever the documents were read with), then
    the cross-document rules: an OPD's Renstra against its IKU. The Report is what
    ``renstra check --format json`` prints for the same files: one task per document,
    in order, each with all its findings; ``report.valid`` is false when one has an
    error. The documents passed in are left as they are.
    """
    settings = settings_or_default(settings)
    if isinstance(documents, (Document, str, bytes)):
        raise TypeError("check() takes a list of Documents (wrap a single one in a list)")
    checked = []
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(
                f"check() takes Documents (from renstra.read), not {type(document).__name__}"
            )
        copy = document.model_copy(deep=True)
        copy.findings = run_checks(copy, settings)
        checked.append(copy)
    run_batch_checks(checked, settings)
    return build_report([_as_result(d) for d in checked], lang=settings.lang)


def _as_result(document: Document) -> FileResult:
    path = document.source.path
    return FileResult(InputFile(path, os.path.basename(path)), document=document)

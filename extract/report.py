"""Turn batch results into the check report (JSON) or a readable table (text).

The JSON report is renstra's validation report (``renstra.schemas.Report``, published as
schemas/report.schema.json): a top-level ``valid`` and ``stats``, then one task per file
with its own ``valid``, ``stats`` and findings.
``stats`` always count every finding of a file; ``limit`` only shortens the list shown, and
the task then says so in ``limited`` and ``note``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from renstra.schemas import SEVERITY_RANK, Finding, Report, Stats, Task, TaskError

from .locations import describe
from .messages import Lang, msg, render, severity_word
from .printable import one_line, path_text
from .result import FileResult


def _stats(findings: Iterable[Finding], files: int = 1) -> Stats:
    stats = Stats(files=files)
    for f in findings:
        if f.severity == "error":
            stats.errors += 1
        elif f.severity == "warning":
            stats.warnings += 1
        else:
            stats.infos += 1
    return stats


def _note(total: int, shown: int, limit: int | None, baselined: int, lang: Lang) -> str | None:
    parts = []
    if shown < total:
        parts.append(render(msg("report.limited", shown=shown, total=total, limit=limit), lang))
    if baselined:
        parts.append(render(msg("report.baselined", count=baselined), lang))
    return " ".join(parts) or None


def build_report(
    results: list[FileResult],
    *,
    limit: int | None = None,
    baselined: Mapping[str, int] | None = None,
    lang: Lang = "id",
) -> Report:
    """``limit`` caps the findings listed per file; ``baselined`` counts, per input path,
    the findings a baseline removed (see ``baseline.apply_baseline``)."""
    tasks = []
    for result in results:
        if result.error is not None:
            tasks.append(
                Task(
                    path=path_text(result.path),
                    valid=False,
                    stats=Stats(files=1),
                    error=TaskError(
                        code=result.error.code, message=path_text(result.error.reason_in(lang))
                    ),
                )
            )
            continue
        if result.copy_of is not None:
            tasks.append(
                Task(
                    path=path_text(result.path),
                    valid=True,
                    stats=Stats(files=1),
                    copy_of=path_text(result.copy_of),
                    note=render(msg("report.copy", path=path_text(result.copy_of)), lang),
                )
            )
            continue
        assert result.document is not None
        findings = result.document.findings
        stats = _stats(findings)
        shown = findings if limit is None else findings[:limit]
        hidden = (baselined or {}).get(result.input.path, 0)
        tasks.append(
            Task(
                path=path_text(result.path),
                valid=stats.errors == 0,
                doc_type=result.document.doc_type,
                sha256=result.document.source.sha256,
                stats=stats,
                indicators=len(result.document.indicators),
                coverage=result.document.coverage,
                findings=shown,
                limited=len(shown) < len(findings),
                note=_note(len(findings), len(shown), limit, hidden, lang),
                baselined=hidden,
            )
        )
    total = _stats((), files=len(tasks))
    for task in tasks:
        total.errors += task.stats.errors
        total.warnings += task.stats.warnings
        total.infos += task.stats.infos
    return Report(valid=all(t.valid for t in tasks), stats=total, tasks=tasks)


def exit_code(results: list[FileResult], fail_on: str) -> int:
    if any(r.error is not None for r in results):
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    for result in results:
        if result.document is None:  # a copy: its findings are its first path's
            continue
        if any(SEVERITY_RANK[f.severity] >= threshold for f in result.document.findings):
            return 1
    return 0


SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_text(
    results: list[FileResult],
    *,
    limit: int | None = None,
    baselined: Mapping[str, int] | None = None,
    lang: Lang = "id",
) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    columns = render(msg("report.columns"), lang).split("|")
    for result in results:
        if result.copy_of is not None:
            line = render(msg("report.copy", path=one_line(result.copy_of)), lang)
            console.print(f"[cyan]=[/] {escape(one_line(result.input.path))}: {escape(line)}")
            continue
        if result.document is None:
            continue
        findings = result.document.findings
        title = render(
            msg(
                "report.title",
                path=one_line(result.input.path),
                doc_type=result.document.doc_type,
                count=len(findings),
            ),
            lang,
        )
        shown = findings if limit is None else findings[:limit]
        note = _note(
            len(findings), len(shown), limit, (baselined or {}).get(result.input.path, 0), lang
        )
        if not findings:
            console.print(f"[green]✓[/] {escape(title)}" + (f" {escape(note)}" if note else ""))
            continue
        table = Table(title=escape(title), title_justify="left", show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for f in shown:
            table.add_row(
                f"[{SEVERITY_STYLE[f.severity]}]{severity_word(f.severity, lang)}[/]",
                f.rule,
                describe(f.location, lang),
                escape(f.message),
                escape(f.suggestion or ""),
            )
        console.print(table)
        if note:
            console.print(escape(note))
    from collections import Counter

    from .report_statistics import totals

    counts: Counter[str] = Counter(
        f.severity for r in results if r.document for f in r.document.findings
    )
    files = sum(1 for r in results if r.document is not None)
    console.print(escape(render(totals(counts, files), lang)), soft_wrap=True)

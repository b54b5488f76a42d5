"""Turn batch results into the check report (JSON) or a readable table (text)."""

from __future__ import annotations

from collections.abc import Iterable

from renstra.schemas import SEVERITY_RANK, Finding, Report, Stats, Task, TaskError

from .batch import FileResult
from .locations import describe


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


def build_report(results: list[FileResult]) -> Report:
    tasks = []
    for result in results:
        if result.error is not None:
            tasks.append(
                Task(
                    path=result.input.path,
                    valid=False,
                    stats=Stats(files=1),
                    error=TaskError(code=result.error.code, message=result.error.reason),
                )
            )
            continue
        assert result.document is not None
        stats = _stats(result.document.findings)
        tasks.append(
            Task(
                path=result.input.path,
                valid=stats.errors == 0,
                doc_type=result.document.doc_type,
                stats=stats,
                findings=result.document.findings,
            )
        )
    total = _stats((f for t in tasks for f in t.findings), files=len(tasks))
    return Report(valid=all(t.valid for t in tasks), stats=total, tasks=tasks)


def exit_code(results: list[FileResult], fail_on: str) -> int:
    if any(r.error is not None for r in results):
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    for result in results:
        assert result.document is not None
        if any(SEVERITY_RANK[f.severity] >= threshold for f in result.document.findings):
            return 1
    return 0


SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_text(results: list[FileResult]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    for result in results:
        if result.document is None:
            continue
        findings = result.document.findings
        title = f"{result.input.path} ({result.document.doc_type}): {len(findings)} finding(s)"
        if not findings:
            console.print(f"[green]✓[/] {title}")
            continue
        table = Table(title=title, title_justify="left", show_lines=False)
        for column in ("severity", "rule", "where", "message", "suggestion"):
            table.add_column(column, overflow="fold")
        for f in findings:
            table.add_row(
                f"[{SEVERITY_STYLE[f.severity]}]{f.severity}[/]",
                f.rule,
                describe(f.location),
                f.message,
                f.suggestion or "",
            )
        console.print(table)

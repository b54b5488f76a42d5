"""`renstra report --split-by organization`: one page per OPD and an index linking them,
so a steward can send each OPD its own page.

An OPD is a document's organisation name and region together (two regencies both have a
'Dinas Kesehatan'). A copy goes with the file it repeats; a file that could not be read, or
whose OPD the document does not say, goes to one page for the unknown OPD. Each page is
the whole report (search, filters, footer) for its own files, and links back to the index.
Page names are the OPD's name and region in lower-case ASCII words joined by '-', with
'-2', '-3' added where two would be the same.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import regex
from renstra.schemas import Lang, Settings

from .report_html import CSP, STYLE, WORDS, render_html
from .report_html_programs import e
from .report_html_workbench import footer, generated_line

if TYPE_CHECKING:
    from .baseline import Baseline
    from .result import FileResult

INDEX = "index.html"
MAX_NAME = 80
_NOT_WORD = regex.compile(r"[^a-z0-9]+")


@dataclass
class OrgPage:
    name: str
    """The OPD's name as the documents write it ('' for the unknown OPD)."""
    region: str
    file: str
    results: list[FileResult] = field(default_factory=list)


def slug(text: str, fallback: str = "opd") -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _NOT_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(words) > MAX_NAME:  # cut at a word's end
        words = words[: MAX_NAME + 1].rsplit("-", 1)[0]
    return words or fallback


def group_by_organization(results: list[FileResult], lang: Lang = "id") -> list[OrgPage]:
    """The OPDs in the order their first file comes, the unknown OPD last."""
    by_path = {r.path: r for r in results}
    pages: dict[tuple[str, str], OrgPage] = {}
    taken: Counter[str] = Counter([INDEX.removesuffix(".html")])

    def key_of(result: FileResult) -> tuple[str, str]:
        original = by_path.get(result.copy_of or "")
        document = (original or result).document if result.copy_of else result.document
        if document is None or not document.organization.name:
            return ("", "")
        return (document.organization.name, document.organization.region or "")

    keyed = [(key_of(r), r) for r in results]
    ordered = [k for k, _ in keyed if k != ("", "")] + [("", "")]
    for key in dict.fromkeys(ordered):
        members = [r for k, r in keyed if k == key]
        if not members:
            continue
        base = slug(" ".join(key)) if key != ("", "") else slug(WORDS[lang]["unknown_org"])
        taken[base] += 1
        name = base if taken[base] == 1 else f"{base}-{taken[base]}"
        pages[key] = OrgPage(key[0], key[1], f"{name}.html", members)
    return list(pages.values())


def render_split(
    results: list[FileResult],
    *,
    lang: Lang = "id",
    settings: Settings | None = None,
    generated: datetime | None = None,
    baseline: Baseline | None = None,
    baseline_name: str | None = None,
) -> dict[str, str]:
    """File name -> page: ``index.html`` and one page per OPD."""
    from .version import RENSTRA_VERSION

    settings = settings or Settings(lang=lang)
    generated = generated or datetime.now().astimezone()
    groups = group_by_organization(results, lang)
    pages = {
        g.file: render_html(
            g.results,
            lang=lang,
            settings=settings,
            generated=generated,
            baseline=baseline,
            baseline_name=baseline_name,
            index_href=INDEX,
        )
        for g in groups
    }
    words = WORDS[lang]
    rows = "".join(_index_row(g, words, baseline) for g in groups)
    heads = ("organization", "region", "documents", "error", "warning", "info")
    new_head = f"<th>{e(words['new'])}</th>" if baseline is not None else ""
    pages[INDEX] = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f"<title>{e(words['index_title'])}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header class="top"><h1>{e(words["index_title"])}</h1>'
        f"<p>{generated_line(generated, RENSTRA_VERSION, words)}</p></header>\n<main>\n"
        f'<section id="pages"><table class="index"><thead><tr>'
        f"{''.join(f'<th>{e(words[h])}</th>' for h in heads)}{new_head}"
        f"<th>{e(words['pages'])}</th></tr></thead><tbody>{rows}</tbody></table></section>\n"
        f"</main>\n{footer(settings, generated, RENSTRA_VERSION, words, baseline_name)}"
        "</body>\n</html>\n"
    )
    return pages


def _index_row(group: OrgPage, words: dict[str, str], baseline: Baseline | None) -> str:
    by: Counter[str] = Counter()
    new = 0
    for result in group.results:
        if result.document is None or result.copy_of is not None:
            continue
        by.update(f.severity for f in result.document.findings)
        if baseline is not None:
            from .baseline import new_findings

            new += sum(new_findings(result.input.path, result.document, baseline))
    name = group.name or words["unknown_org"]
    counts = "".join(
        f'<td class="n" data-stat="{s}">{by[s]}</td>' for s in ("error", "warning", "info")
    )
    if baseline is not None:
        counts += f'<td class="n" data-stat="new">{new}</td>'
    return (
        f'<tr data-page="{e(group.file)}" data-org="{e(group.name)}" '
        f'data-region="{e(group.region)}"><td>{e(name)}</td><td>{e(group.region)}</td>'
        f'<td class="n" data-stat="documents">{len(group.results)}</td>{counts}'
        f'<td><a href="{e(group.file)}">{e(group.file)}</a></td></tr>'
    )

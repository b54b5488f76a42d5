"""The HTML of the web page (``/``): the upload form, the token form, a batch's view and
the error page. Pure functions of what they show; ``web`` makes the responses.

Every page works without JavaScript (a form posting multipart, a ``<meta refresh>`` while a
batch runs); ``static/page.js`` enhances the upload form (drop zone, fetch, progress bar)
and reads its texts and URLs from the form's ``data-`` attributes, so the page holds no
inline script or style: its Content-Security-Policy allows ``'self'`` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from ..knob_fields import size_text
from .page_texts import page_text

if TYPE_CHECKING:
    from renstra.schemas import Lang

    from .models import BatchStatus

REFRESH_S = 2
OCR_CHOICES = ("auto", "off", "force")
FINDINGS_LANGS = ("id", "en")


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


@dataclass(frozen=True)
class Where:
    """The URLs a page links to, below the app's root path, and its language."""

    lang: Lang
    root: str = ""

    def page(self, path: str = "/") -> str:
        """A page route in this language (``?lang=en`` kept, the default left out)."""
        return f"{self.root}{path}" + ("?lang=en" if self.lang == "en" else "")

    def switched(self, path: str) -> str:
        other: Lang = "id" if self.lang == "en" else "en"
        return f"{self.root}{path}?lang={other}"

    def static(self, name: str) -> str:
        return f"{self.root}/static/{name}"

    def t(self, key: str, **params: object) -> str:
        return e(page_text(key, self.lang, **params))


def layout(where: Where, title: str, body: str, *, path: str = "/", refresh: bool = False) -> str:
    """The whole document: its stylesheet and script are files (``/static``)."""
    meta = f'<meta http-equiv="refresh" content="{REFRESH_S}">\n' if refresh else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{where.lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{meta}<title>{e(title)}</title>\n"
        f'<link rel="icon" href="{e(where.static("favicon.svg"))}" type="image/svg+xml">\n'
        f'<link rel="stylesheet" href="{e(where.static("page.css"))}">\n'
        f'<script src="{e(where.static("page.js"))}" defer></script>\n</head>\n<body>\n'
        f'<header><a class="home" href="{e(where.page())}">renstra</a>'
        f'<a id="lang-switch" href="{e(where.switched(path))}" hreflang='
        f'"{"id" if where.lang == "en" else "en"}">{where.t("page.switch")}</a></header>\n'
        f"<main>\n{body}</main>\n</body>\n</html>\n"
    )


def home(where: Where, *, max_files: int, max_bytes: int, ocr: str, findings_lang: Lang) -> str:
    """The upload form: multipart to ``/upload`` (no JS), to ``/v1/batches`` by page.js."""
    t = where.t
    langs = "".join(
        f'<option value="{code}"{" selected" if code == findings_lang else ""}>'
        f"{t(f'page.lang-{code}')}</option>"
        for code in FINDINGS_LANGS
    )
    ocrs = "".join(
        f'<option value="{mode}"{" selected" if mode == ocr else ""}>{t(f"page.ocr-{mode}")}'
        "</option>"
        for mode in OCR_CHOICES
    )
    data = {
        "api": f"{where.root}/v1/batches",
        "job": f"{where.root}/jobs/",
        "lang-query": "?lang=en" if where.lang == "en" else "",
        "chosen": page_text("page.chosen", where.lang, count="{count}"),
        "uploading": page_text("page.uploading", where.lang),
        "progress": page_text("page.progress", where.lang, done="{done}", total="{total}"),
        "no-files": page_text("page.no-files", where.lang),
    }
    attributes = " ".join(f'data-{key}="{e(value)}"' for key, value in data.items())
    body = (
        f"<h1>{t('page.title')}</h1>\n<p>{t('page.intro')}</p>\n"
        f'<form id="upload" method="post" enctype="multipart/form-data" '
        f'action="{e(where.page("/upload"))}" {attributes}>\n'
        f'<p><label for="findings-lang">{t("page.findings-lang")}</label> '
        f'<select id="findings-lang" name="lang">{langs}</select></p>\n'
        f'<p><label for="ocr">{t("page.ocr")}</label> '
        f'<select id="ocr" name="ocr">{ocrs}</select></p>\n'
        f'<div id="drop" class="drop"><label for="files">{t("page.files")}</label> '
        f'<input id="files" type="file" name="files" multiple required>\n'
        f'<p class="hint">{t("page.drop")}</p><p id="chosen" class="hint"></p></div>\n'
        f'<p class="hint">{t("page.limits", files=max_files, size=size_text(max_bytes))}</p>\n'
        f'<p><button id="submit" type="submit">{t("page.submit")}</button></p>\n'
        '<div id="upload-state" hidden><progress id="upload-progress"></progress> '
        '<span id="upload-status"></span></div>\n'
        '<p id="upload-error" class="error" role="alert" hidden></p>\n'
        f'</form>\n<p class="hint">{t("page.no-js-needed")}</p>\n'
    )
    return layout(where, page_text("page.title", where.lang), body)


def token_form(where: Where, *, next_path: str, wrong: bool = False) -> str:
    t = where.t
    said = f'<p class="error" role="alert">{t("page.wrong-token")}</p>\n' if wrong else ""
    body = (
        f"<h1>{t('page.token-title')}</h1>\n<p>{t('page.token-intro')}</p>\n{said}"
        f'<form id="token-form" method="post" action="{e(where.page("/token"))}">\n'
        f'<input type="hidden" name="next" value="{e(next_path)}">\n'
        f'<p><label for="token">{t("page.token")}</label> '
        '<input id="token" type="password" name="token" autocomplete="current-password" '
        "required></p>\n"
        f'<p><button type="submit">{t("page.token-submit")}</button></p>\n</form>\n'
    )
    return layout(where, page_text("page.token-title", where.lang), body, path=next_path)


def job_view(where: Where, status: BatchStatus, *, report_url: str, ocr_pages: int | None) -> str:
    """A batch: progress while it runs (the page refreshes itself), then the findings
    count, every output and the report, framed (sandboxed: its own script under its own
    CSP) and linked."""
    t = where.t
    running = status.status in ("queued", "running")
    out = [
        f"<h1>{t('page.job-title', id=status.id)}</h1>\n",
        f'<p>{t("page.state")}: <strong id="state" data-state="{status.status}">'
        f"{t(f'page.state-{status.status}')}</strong></p>\n",
        f'<p><progress id="progress" max="{max(status.files_total, 1)}" '
        f'value="{status.files_done}"></progress> <span id="files-done">'
        f"{t('page.progress', done=status.files_done, total=status.files_total)}</span></p>\n",
    ]
    if ocr_pages:
        out.append(f'<p id="ocr-pages">{t("page.ocr-pages", count=ocr_pages)}</p>\n')
    if running:
        out.append(f'<p class="hint">{t("page.refreshing")}</p>\n')
    if status.files_failed:
        items = "".join(
            f"<li><strong>{e(f.file)}</strong>: <code>{e(f.code)}</code> {e(f.message)}</li>"
            for f in status.files_failed
        )
        out.append(f'<h2>{t("page.failed-files")}</h2>\n<ul id="failed-files">{items}</ul>\n')
    if status.error:
        out.append(f'<p class="error">{t("page.batch-error", error=status.error)}</p>\n')
    if status.status == "done":
        out.append(_results(where, status, report_url))
    out.append(f'<p><a id="again" href="{e(where.page())}">{t("page.again")}</a></p>\n')
    path = f"/jobs/{status.id}"
    title = page_text("page.job-title", where.lang, id=status.id)
    return layout(where, title, "".join(out), path=path, refresh=running)


def _results(where: Where, status: BatchStatus, report_url: str) -> str:
    t = where.t
    links = "".join(
        f'<li><a href="{e(o.url)}" download="{e(o.name)}">'
        f"{t('page.zip') if o.name == 'outputs.zip' else e(o.name)}</a></li>"
        for o in status.outputs
    )
    expires = ""
    if status.expires is not None:
        when = datetime.fromtimestamp(status.expires).astimezone().strftime("%Y-%m-%d %H:%M %Z")
        expires = f'<p class="hint">{t("page.expires", when=when)}</p>\n'
    return (
        f'<p class="findings">{t("page.findings")}: '
        f'<strong id="findings-count">{status.findings}</strong></p>\n'
        f'<h2>{t("page.outputs")}</h2>\n<ul id="outputs">{links}</ul>\n{expires}'
        f"<h2>{t('page.report')}</h2>\n"
        f'<p><a id="report-link" href="{e(report_url)}" target="_blank" rel="noopener">'
        f"{t('page.report-open')}</a></p>\n"
        f'<iframe id="report" src="{e(report_url)}" sandbox="allow-scripts" '
        f'title="{t("page.report")}"></iframe>\n'
    )


def error_page(where: Where, message: str, *, path: str = "/") -> str:
    body = (
        f"<h1>{where.t('page.error-title')}</h1>\n"
        f'<p id="error" class="error" role="alert">{e(message)}</p>\n'
        f'<p><a href="{e(where.page())}">{where.t("page.back")}</a></p>\n'
    )
    return layout(where, page_text("page.error-title", where.lang), body, path=path)

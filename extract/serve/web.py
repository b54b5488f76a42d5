"""The web page of `renstra serve`: ``page_router(config)``, included by ``create_app``.

- ``GET /``: the upload form (or, when the server has a token and the browser no cookie
  for it, the token form); ``?lang=en`` for English, Indonesian by default.
- ``POST /upload``: the form's files (multipart, field ``files``; text fields ``lang``
  and ``ocr``) become a batch through the same JobStore and upload code as
  ``POST /v1/batches``; ``303 See Other`` to ``/jobs/{id}``.
- ``GET /jobs/{id}``: the batch's progress (refreshing itself while it runs), then its
  findings count, outputs (the ``/v1`` download URLs) and report.
- ``GET /jobs/{id}/report``: report.html, framable by this origin only.
- ``POST /token``: the token form; a right token is kept in a cookie (HttpOnly,
  SameSite=Strict, Path=/) that ``/v1`` accepts as well as the bearer header.
- ``GET /static/{page.js,page.css,favicon.svg}``: the page's script, style and icon
  (package data).

Every page answer has ``PAGE_HEADERS`` (a CSP of ``'self'`` only, nosniff, no referrer, not
framable); every error is a page in the page's language, never JSON.
"""

from __future__ import annotations

import hmac
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from ..messages import msg
from .jobs import REPORT_FILE, JobStore, StoreFull
from .options import OptionError, request_settings, said_lang
from .page_html import Where, error_page, home, job_view, token_form
from .page_texts import page_text
from .texts import text
from .uploads import UploadRefused, receive_multipart
from .views import status_of

if TYPE_CHECKING:
    from .config import ServeConfig

COOKIE = "renstra_token"
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": PAGE_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
REPORT_HEADERS = {
    "Content-Security-Policy": "frame-ancestors 'self'",
    "X-Frame-Options": "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
"""report.html keeps its own CSP (a meta element: its hashed inline style and script);
this one adds only who may frame it."""
STATIC = {
    "page.js": "text/javascript; charset=utf-8",
    "page.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
FORM_FIELDS = ("lang", "ocr")
"""The upload form's options, query options of `renstra extract` as on /v1."""
TOKEN_FORM_BYTES = 4096
NEXT_PATH = re.compile(r"/(jobs/[A-Za-z0-9_-]{1,64})?")
"""Where the token form may send the browser back to: this page or a batch's."""
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


def cookie_token(request: Request) -> str:
    """The token of the page's cookie; none for a state-changing request another origin
    sent (a form or fetch of a same-site page on another port would carry the cookie)."""
    given = request.cookies.get(COOKIE, "")
    if given and request.method in UNSAFE and not same_origin(request):
        return ""
    return given


def same_origin(request: Request) -> bool:
    """No Origin header (not a browser's cross-origin request), or this server's own."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("host", "")
    parts = urlsplit(origin)
    return parts.netloc == host and parts.scheme == request.url.scheme


def token_ok(config: ServeConfig, given: str) -> bool:
    if config.token is None:
        return True
    return hmac.compare_digest(given.encode(), config.token.encode())


def page_router(config: ServeConfig) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def where_of(request: Request) -> Where:
        lang = said_lang(config, request.query_params.multi_items())
        return Where(lang, request.scope.get("root_path", ""))

    def page(html: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)

    def refused(where: Where, status: int, message: str, path: str = "/") -> HTMLResponse:
        return page(error_page(where, message, path=path), status)

    def allowed(request: Request) -> bool:
        if config.token is None:
            return True
        header = request.headers.get("authorization", "")
        bearer = header[7:] if header[:7].lower() == "bearer " else ""
        return token_ok(config, bearer or cookie_token(request))

    def ask_token(where: Where, next_path: str) -> HTMLResponse:
        return page(token_form(where, next_path=next_path), 401)

    @router.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        where = where_of(request)
        if not allowed(request):
            return ask_token(where, "/")
        settings = config.settings
        html = home(
            where, max_files=config.max_files, max_bytes=config.upload_bytes,
            ocr=settings.ocr, findings_lang=where.lang,
        )  # fmt: skip
        return page(html)

    @router.post("/token", response_class=HTMLResponse)
    async def take_token(request: Request) -> Response:
        where = where_of(request)
        if not same_origin(request):
            return refused(where, 403, page_text("page.foreign-origin", where.lang))
        form = await _small_form(request)
        if form is None:
            said = text(msg("serve.too-large", limit=TOKEN_FORM_BYTES), where.lang)
            return refused(where, 413, said)
        next_path = form.get("next", "/")
        if not NEXT_PATH.fullmatch(next_path):
            next_path = "/"
        given = form.get("token", "")
        if config.token is None or not token_ok(config, given):
            return page(token_form(where, next_path=next_path, wrong=True), 401)
        answer = RedirectResponse(where.page(next_path), status_code=303, headers=PAGE_HEADERS)
        answer.set_cookie(
            COOKIE, given, httponly=True, samesite="strict", path="/",
            secure=request.url.scheme == "https",
        )  # fmt: skip
        return answer

    @router.post("/upload", response_class=HTMLResponse)
    async def upload(request: Request) -> Response:
        where = where_of(request)
        if not allowed(request):
            return ask_token(where, "/")
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            return refused(where, 422, page_text("page.no-files", where.lang))
        jobs: JobStore = request.app.state.jobs
        try:
            job = jobs.open()
        except StoreFull as e:
            said = text(msg("serve.too-many-batches", limit=e.limit), where.lang)
            return refused(where, 429, said)
        fields = dict.fromkeys(FORM_FIELDS, "")
        try:
            files = await receive_multipart(
                request.stream(), content_type, job.inputs_folder, field="files",
                max_files=config.max_files, max_file_bytes=config.upload_bytes,
                max_total=config.batch_bytes, text_fields=fields,
            )  # fmt: skip
            query = [(key, value) for key, value in fields.items() if value]
            settings = request_settings(config, query)
        except UploadRefused as e:
            jobs.discard(job)
            return refused(where, e.status, _refusal(e, where))
        except OptionError as e:
            jobs.discard(job)
            return refused(where, 422, e.text_in(where.lang))
        except BaseException:
            jobs.discard(job)
            raise
        if not files:
            jobs.discard(job)
            return refused(where, 422, page_text("page.no-files", where.lang))
        jobs.submit(job, [f.name for f in files], settings)
        return RedirectResponse(
            where.page(f"/jobs/{job.id}"), status_code=303, headers=PAGE_HEADERS
        )

    @router.get("/jobs/{job_id}", response_class=HTMLResponse)
    def job_page(job_id: str, request: Request) -> HTMLResponse:
        where = where_of(request)
        path = f"/jobs/{job_id}"
        if not allowed(request):
            return ask_token(where, path if NEXT_PATH.fullmatch(path) else "/")
        jobs: JobStore = request.app.state.jobs
        snapshot = jobs.snapshot(job_id)
        if snapshot is None:
            return refused(where, 404, page_text("page.job-gone", where.lang))
        status = status_of(snapshot, request, jobs.keep_s)
        report_url = f"{where.root}/jobs/{job_id}/report"
        html = job_view(where, status, report_url=report_url, ocr_pages=status.ocr_pages)
        return page(html)

    @router.get("/jobs/{job_id}/report", response_class=HTMLResponse)
    def report(job_id: str, request: Request) -> Response:
        where = where_of(request)
        if not allowed(request):
            return ask_token(where, "/")
        found = request.app.state.jobs.path(job_id, REPORT_FILE)
        if found is None or not found.is_file():
            return refused(where, 404, page_text("page.job-gone", where.lang))
        return FileResponse(
            found, media_type="text/html; charset=utf-8", headers=REPORT_HEADERS,
            content_disposition_type="inline", filename=REPORT_FILE,
        )  # fmt: skip

    @router.get("/static/{name}")
    def static(name: str) -> Response:
        if name not in STATIC:
            return Response(status_code=404, headers={"X-Content-Type-Options": "nosniff"})
        headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"}
        return Response(_static(name), media_type=STATIC[name], headers=headers)

    return router


@cache
def _static(name: str) -> bytes:
    return resources.files(__package__).joinpath("static", name).read_bytes()


def _refusal(e: UploadRefused, where: Where) -> str:
    said = text(e.message, where.lang)
    return f"{e.file}: {said}" if e.file else said


async def _small_form(request: Request) -> dict[str, str] | None:
    """A urlencoded form of at most TOKEN_FORM_BYTES (None past it), one value a name."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > TOKEN_FORM_BYTES:
            return None
    try:
        parsed = parse_qs(body.decode("utf-8", "replace"), max_num_fields=8)
    except ValueError:  # more fields than a token form has
        return None
    return {key: values[0] for key, values in parsed.items()}

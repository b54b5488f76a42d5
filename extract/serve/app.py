"""``create_app(config)``: the FastAPI application of `renstra serve`.

Routes (all under ``/v1`` need ``Authorization: Bearer <token>``, or the web page's
cookie, when the server has a token; ``/healthz`` never does; the web page is ``web``):

- ``POST /v1/documents``: one file, multipart (field ``file``) or the raw body with
  ``?name=``: 200 with the Document JSON `renstra extract` writes for it, 422 with the
  file's error code and reason when renstra cannot read it, 413 past the size limit.
- ``POST /v1/batches`` (multipart, field ``files`` repeated): 202 with the job id;
  ``GET /v1/batches/{id}``: its progress and, once done, its outputs;
  ``GET /v1/batches/{id}/outputs/{name}``: one output; ``DELETE /v1/batches/{id}``.
- ``GET /v1/schema``, ``GET /v1/rules``, ``GET /v1/openapi.json``, ``GET /healthz``.

The parsing routes take the options of `renstra extract` as query parameters
(``options``). Every error answer is an ``ApiError``. Files are parsed only in sandboxed
workers: single documents in ``app.state.pool`` (a ``WorkerPool``), batches by
``app.state.jobs`` (a ``JobStore``) with `renstra extract`'s own pool; both live from the
app's start-up to its shutdown (the lifespan), with ``app.state.config`` (the
``ServeConfig``). The upload routes are ``async`` (they stream the body to disk); what
blocks runs in the thread pool, so the server answers while a worker chews a hostile file.
"""

from __future__ import annotations

import contextlib
import hmac
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from renstra.schemas import SCHEMA_VERSION, Document

from ..errors import RenstraError
from ..messages import Msg, msg
from ..sandbox import Failure, SandboxStartError
from ..version import RENSTRA_VERSION
from .config import ServeConfig
from .jobs import REPORT_FILE, JobStore, StoreFull
from .models import ApiError, BatchCreated, BatchStatus, FailedFile, Health, OutputLink, RuleInfo
from .options import OptionError, query_parameters, request_settings, said_lang
from .reading import PRELOAD, Upload, read_upload
from .texts import text
from .uploads import Received, UploadRefused, receive_body, receive_multipart, too_large
from .web import cookie_token, page_router
from .workers import WorkerPool

MULTIPART_SLACK = 64 * 1024
"""Bytes of multipart framing (boundaries, part headers) allowed past a single file's limit."""
MEDIA_TYPES = {
    ".json": "application/json",
    ".jsonl": "application/x-ndjson",
    ".csv": "text/csv; charset=utf-8",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".html": "text/html; charset=utf-8",
    ".zip": "application/zip",
}
INLINE = (".html", ".json")
"""Outputs a browser shows rather than saves."""
OUTPUT_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "frame-ancestors 'self'",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "no-referrer",
}
"""An output shown in a browser (report.html) may be framed by this server's page only."""
KNOWN_STATUSES = {
    404: ("not-found", "serve.not-found"),
    405: ("method-not-allowed", "serve.method-not-allowed"),
}
SCHEMA_KINDS = ("document", "report", "summary", "datapackage")
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ApiError, "description": said}
    for status, said in (
        (401, "No or a wrong bearer token (when the server has one)"),
        (422, "A bad option, or a file renstra cannot read"),
    )
}


class ApiProblem(Exception):
    """Answered as an ApiError with ``status``."""

    def __init__(self, status: int, code: str, message: Msg | str, file: str | None = None) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.file = file


def error_response(
    status: int, code: str, message: str, file: str | None = None, headers: Any = None
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "file": file}}
    return JSONResponse(body, status_code=status, headers=headers)


def media_type(name: str) -> str:
    return MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")


def create_app(config: ServeConfig) -> FastAPI:
    """The application; its worker pool and job store start with it (lifespan) and stop
    with it. Run it under uvicorn (`renstra serve`), or in tests ``with TestClient(app)``."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limits = config.settings.limits
        app.state.pool = WorkerPool(
            config.workers,
            max_memory_bytes=limits.max_memory_bytes,
            timeout_s=limits.timeout_s,
            preload=PRELOAD,
        )
        app.state.jobs = JobStore(
            keep_s=config.keep_s,
            workers=config.workers,
            scheduler=config.scheduler,
            max_jobs=config.max_batches,
        )
        try:
            yield
        finally:
            await run_in_threadpool(app.state.jobs.close)
            await run_in_threadpool(app.state.pool.close)

    app = FastAPI(
        title="renstra",
        version=RENSTRA_VERSION,
        summary="Indonesian planning documents (Renstra, IKU, PK, Renja, LKjIP) to validated "
        "JSON: the same parsing, limits and checks as the renstra command.",
        docs_url=None,  # FastAPI's pages load their scripts from a CDN
        redoc_url=None,
        openapi_url=None,  # served under /v1, behind the token
        lifespan=lifespan,
    )
    app.state.config = config
    _handlers(app)
    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.cors_origins),
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.include_router(_v1(config))
    app.include_router(page_router(config))

    @app.get("/healthz", response_model=Health, summary="Liveness: version and worker count")
    def healthz() -> Health:
        return Health(
            status="ok",
            version=RENSTRA_VERSION,
            schema_version=SCHEMA_VERSION,
            workers=config.workers,
        )

    return app


def _handlers(app: FastAPI) -> None:
    config: ServeConfig = app.state.config

    def lang_of(request: Request) -> Any:
        return said_lang(config, request.query_params.multi_items())

    @app.exception_handler(ApiProblem)
    async def problem(request: Request, e: ApiProblem) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if e.status == 401 else None
        return error_response(e.status, e.code, text(e.message, lang_of(request)), e.file, headers)

    @app.exception_handler(UploadRefused)
    async def refused(request: Request, e: UploadRefused) -> JSONResponse:
        return error_response(e.status, e.code, text(e.message, lang_of(request)), e.file)

    async def http_error(request: Request, e: Exception) -> JSONResponse:
        """Starlette's own 404 (no such route) and 405, as ApiErrors."""
        status = getattr(e, "status_code", 404)
        code, key = KNOWN_STATUSES[status]
        headers = getattr(e, "headers", None)
        if status == 405:
            headers = {**(headers or {}), "Allow": ", ".join(_allowed(request))}
        return error_response(status, code, text(msg(key), lang_of(request)), headers=headers)

    for status in KNOWN_STATUSES:
        app.add_exception_handler(status, http_error)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, e: RequestValidationError) -> JSONResponse:
        first = e.errors()[0] if e.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        said = f"{where}: {first.get('msg', 'invalid request')}"
        return error_response(422, "bad-request", said)

    @app.exception_handler(SandboxStartError)
    async def no_worker(request: Request, e: SandboxStartError) -> JSONResponse:
        return error_response(503, "unavailable", str(e))


_bearer = HTTPBearer(auto_error=False, description="Needed when the server has a token")


def _v1(config: ServeConfig) -> APIRouter:
    def check_token(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
    ) -> None:
        if config.token is None:
            return
        given = credentials.credentials if credentials is not None else cookie_token(request)
        if not hmac.compare_digest(given.encode(), config.token.encode()):
            raise ApiProblem(401, "unauthorized", msg("serve.unauthorized"))

    router = APIRouter(prefix="/v1", dependencies=[Depends(check_token)], responses=ERRORS)

    def settings_of(request: Request, own: tuple[str, ...] = ()) -> Any:
        query = request.query_params.multi_items()
        try:
            return request_settings(config, query, own=own)
        except OptionError as e:
            lang = said_lang(config, query)
            raise ApiProblem(422, "config-error", e.text_in(lang)) from e

    def too_long(request: Request, limit: int) -> None:
        """Refuse at once what says it is too long (the stream is counted anyway)."""
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise too_large(limit, None)

    name_parameter = {
        "name": "name",
        "in": "query",
        "required": False,
        "description": "The file's name when the body is its raw bytes (else the "
        "Content-Disposition filename): its suffix (.txt, .md, .docx, .pdf, .xlsx...) says "
        "which format the content must have",
        "schema": {"type": "string"},
    }
    binary = {"type": "string", "format": "binary"}

    @router.post(
        "/documents",
        summary="Read and check one document",
        description="One file, as multipart (field `file`) or as the raw body with `?name=`. "
        "Answers the Document JSON that `renstra extract` writes as `<name>.json` (findings "
        "included), or 422 with the file's error code (format-error, limit-exceeded, "
        "timeout...). Query options as `renstra extract`'s.",
        response_model=None,
        responses={
            200: {"model": Document, "description": "The Document"},
            413: {"model": ApiError, "description": "The file is over the size limit"},
        },
        openapi_extra={
            "parameters": [name_parameter, *query_parameters()],
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"file": binary},
                            "required": ["file"],
                        }
                    },
                    "application/octet-stream": {"schema": binary},
                },
            },
        },
    )
    async def post_document(request: Request) -> Response:
        settings = settings_of(request, own=("name",))
        lang = settings.lang
        limit = config.upload_bytes
        jobs: JobStore = request.app.state.jobs
        pool: WorkerPool = request.app.state.pool
        content_type = request.headers.get("content-type", "")
        with jobs.scratch() as folder:
            received: Received
            if content_type.lower().startswith("multipart/form-data"):
                too_long(request, limit + MULTIPART_SLACK)
                files = await receive_multipart(
                    request.stream(), content_type, folder, field="file", max_files=1,
                    max_file_bytes=limit, max_total=limit + MULTIPART_SLACK,
                )  # fmt: skip
                if not files:
                    raise ApiProblem(422, "bad-request", msg("serve.no-file", field="file"))
                received = files[0]
            else:
                name = request.query_params.get("name") or _disposition_name(request)
                if not name:
                    raise ApiProblem(422, "unsupported-format", msg("error.bytes-need-name"))
                too_long(request, limit)
                received = await receive_body(request.stream(), folder, name, limit)
            upload = Upload(str(received.path), received.name, settings)
            result = await run_in_threadpool(pool.run, read_upload, upload)
        if isinstance(result, (RenstraError, Failure)):
            said = result.reason_in(lang)
            raise ApiProblem(422, result.code, said, received.name)
        return Response(result, media_type="application/json")

    @router.post(
        "/batches",
        status_code=202,
        response_model=BatchCreated,
        summary="Start a batch of files",
        description="Many files (multipart, field `files` repeated), read as `renstra "
        "extract` reads a folder: per-file JSON, the batch CSVs, indicators.xlsx, "
        "datapackage.json, summary.json, plus report.html and outputs.zip. Answers at once "
        "with the job id; poll `status_url`. Query options as `renstra extract`'s.",
        responses={
            413: {"model": ApiError, "description": "Too many or too large files"},
            429: {"model": ApiError, "description": "The server holds --max-batches already"},
        },
        openapi_extra={
            "parameters": query_parameters(),
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"files": {"type": "array", "items": binary}},
                            "required": ["files"],
                        }
                    }
                },
            },
        },
    )
    async def post_batch(request: Request) -> BatchCreated:
        settings = settings_of(request)
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            raise ApiProblem(422, "bad-request", msg("serve.no-file", field="files"))
        too_long(request, config.batch_bytes + config.max_files * MULTIPART_SLACK)
        jobs: JobStore = request.app.state.jobs
        try:
            job = jobs.open()
        except StoreFull as e:
            said = msg("serve.too-many-batches", limit=e.limit)
            raise ApiProblem(429, "too-many-batches", said) from e
        try:
            files = await receive_multipart(
                request.stream(), content_type, job.inputs_folder, field="files",
                max_files=config.max_files, max_file_bytes=config.upload_bytes,
                max_total=config.batch_bytes,
            )  # fmt: skip
            if not files:
                raise ApiProblem(422, "bad-request", msg("serve.no-file", field="files"))
        except BaseException:
            jobs.discard(job)
            raise
        jobs.submit(job, [f.name for f in files], settings)
        return BatchCreated(id=job.id, status_url=_url(request, "batch_status", job_id=job.id))

    @router.get(
        "/batches/{job_id}",
        response_model=BatchStatus,
        summary="A batch's progress and outputs",
        name="batch_status",
        responses={404: {"model": ApiError, "description": "No such batch (or expired)"}},
    )
    def batch_status(job_id: str, request: Request) -> BatchStatus:
        jobs: JobStore = request.app.state.jobs
        job = jobs.snapshot(job_id)
        if job is None:
            raise ApiProblem(404, "not-found", msg("serve.not-found"))
        return status_of(job, request, jobs.keep_s)

    @router.get(
        "/batches/{job_id}/outputs/{name}",
        summary="Download one output of a batch",
        name="batch_output",
        response_class=FileResponse,
        responses={
            200: {
                "description": "The file (JSON, CSV, xlsx, HTML or zip)",
                "content": {t: {} for t in dict.fromkeys(MEDIA_TYPES.values())},
            },
            404: {"model": ApiError, "description": "No such batch or output"},
        },
    )
    def batch_output(job_id: str, name: str, request: Request) -> FileResponse:
        path = request.app.state.jobs.path(job_id, name)
        if path is None or not path.is_file():
            raise ApiProblem(404, "not-found", msg("serve.not-found"))
        inline = Path(name).suffix.lower() in INLINE
        return FileResponse(
            path,
            media_type=media_type(name),
            filename=Path(name).name,
            content_disposition_type="inline" if inline else "attachment",
            headers=OUTPUT_HEADERS,
        )

    @router.delete(
        "/batches/{job_id}",
        status_code=204,
        summary="Delete a batch and its files now",
        response_class=Response,
        responses={404: {"model": ApiError, "description": "No such batch (or expired)"}},
    )
    def delete_batch(job_id: str, request: Request) -> Response:
        if not request.app.state.jobs.delete(job_id):
            raise ApiProblem(404, "not-found", msg("serve.not-found"))
        return Response(status_code=204)

    @router.get(
        "/schema",
        summary="The JSON Schema of an output (as `renstra schema`)",
        response_model=None,
        responses={200: {"description": "A JSON Schema", "content": {"application/json": {}}}},
    )
    def schema(kind: str = "document") -> Response:
        from ..schema_export import schema_json

        if kind not in SCHEMA_KINDS:
            said = msg("serve.unknown-schema", kinds=", ".join(SCHEMA_KINDS))
            raise ApiProblem(422, "bad-request", said)
        return Response(schema_json(kind), media_type="application/json")  # type: ignore[arg-type]

    @router.get(
        "/rules",
        response_model=list[RuleInfo],
        summary="Every checker rule (as `renstra rules`)",
        openapi_extra={"parameters": [p for p in query_parameters() if p["name"] == "lang"]},
    )
    def rules(request: Request) -> list[RuleInfo]:
        lang = settings_of(request).lang
        return rule_infos(lang)

    @router.get("/openapi.json", summary="This API's OpenAPI document", response_model=None)
    def openapi(request: Request) -> JSONResponse:
        return JSONResponse(request.app.openapi())

    return router


def rule_infos(lang: Any) -> list[RuleInfo]:
    from ..checks import RULES

    infos = []
    for rule in sorted(RULES.values(), key=lambda r: r.id):
        options: dict[str, Any] = {}
        if rule.options is not None:
            fields = rule.options.model_fields
            options = {key: fields[name].default for key, name in rule.option_keys.items()}
        infos.append(
            RuleInfo(
                id=rule.id,
                severity=rule.severity,
                tags=list(rule.tags),
                scope=rule.scope,  # type: ignore[arg-type]
                options=options,
                description=rule.describe(lang),
                example=rule.example_in(lang),
            )
        )
    return infos


def status_of(job: dict[str, Any], request: Request, keep_s: float) -> BatchStatus:
    """A JobStore snapshot as the API shows it, with the outputs' URLs."""
    job_id = job["id"]
    outputs = [
        OutputLink(
            name=name,
            url=_url(request, "batch_output", job_id=job_id, name=name),
            media_type=media_type(name),
        )
        for name in job["outputs"]
    ]
    report = next((o.url for o in outputs if o.name == REPORT_FILE), None)
    finished = job["finished"]
    return BatchStatus(
        id=job_id,
        status=job["state"],
        files=job["names"],
        files_total=job["total"],
        files_done=job["done"],
        files_failed=[FailedFile(file=f, code=c, message=m) for f, c, m in job["failed"]],
        ocr_pages=job["ocr_pages"],
        findings=job["findings"],
        created=job["created"],
        finished=finished,
        expires=finished + keep_s if finished is not None else None,
        outputs=outputs,
        report_url=report,
        error=job["error"],
    )


def _url(request: Request, route: str, **params: str) -> str:
    """A route's path, below the app's root path (a proxy's prefix)."""
    path = request.app.url_path_for(route, **{k: quote(v, safe="") for k, v in params.items()})
    return request.scope.get("root_path", "") + str(path)


def _allowed(request: Request) -> list[str]:
    """Every method the OpenAPI document lists for this path. Starlette's own 405 names
    only the first route's (``GET`` for ``/v1/batches/{id}``, which also takes ``DELETE``)."""
    path = request.url.path
    root = request.scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    methods: set[str] = set()
    for template, operations in request.app.openapi()["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path):
            methods |= {method.upper() for method in operations}
    return sorted(methods)


def _disposition_name(request: Request) -> str | None:
    """The filename of a raw body's Content-Disposition header, if any."""
    header = request.headers.get("content-disposition")
    if not header:
        return None
    from python_multipart.multipart import parse_options_header

    _, options = parse_options_header(header)
    name = options.get(b"filename")
    return name.decode("utf-8", "replace") if name else None

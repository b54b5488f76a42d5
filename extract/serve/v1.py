"""The ``/v1`` routes: one document, batches and their outputs, the schema, the rules and
the OpenAPI document. Every route needs the server's token when it has one (the bearer
header, or the web page's cookie). The upload routes are ``async`` (they stream the body
to disk); what blocks runs in the thread pool, so the server answers while a worker chews
a hostile file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from renstra.schemas import Document

from ..errors import RenstraError
from ..messages import msg
from ..sandbox import Failure
from .config import ServeConfig
from .jobs import JobStore, StoreFull
from .models import ApiError, BatchCreated, BatchStatus, RuleInfo
from .options import OptionError, query_parameters, request_settings, said_lang
from .problems import ApiProblem
from .reading import Upload, read_upload
from .uploads import Received, receive_body, receive_multipart, too_large
from .views import INLINE, MEDIA_TYPES, OUTPUT_HEADERS, media_type, rule_infos, status_of, url_for
from .web import cookie_token, token_ok
from .workers import WorkerPool

MULTIPART_SLACK = 64 * 1024
"""Bytes of multipart framing (boundaries, part headers) allowed past a single file's limit."""
SCHEMA_KINDS = ("document", "report", "summary", "datapackage")
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ApiError, "description": said}
    for status, said in (
        (401, "No or a wrong bearer token (when the server has one)"),
        (422, "A bad option, or a file renstra cannot read"),
    )
}


_bearer = HTTPBearer(auto_error=False, description="Needed when the server has a token")


def v1_router(config: ServeConfig) -> APIRouter:
    """The ``/v1`` routes of a server with ``config``."""

    def check_token(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
    ) -> None:
        if config.token is None:
            return
        given = credentials.credentials if credentials is not None else cookie_token(request)
        if not token_ok(config, given):
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
        return BatchCreated(id=job.id, status_url=url_for(request, "batch_status", job_id=job.id))

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


def _disposition_name(request: Request) -> str | None:
    """The filename of a raw body's Content-Disposition header, if any."""
    header = request.headers.get("content-disposition")
    if not header:
        return None
    from python_multipart.multipart import parse_options_header

    _, options = parse_options_header(header)
    name = options.get(b"filename")
    return name.decode("utf-8", "replace") if name else None

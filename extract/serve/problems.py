"""How the API says no: ``ApiProblem`` (raised by a route), and the handlers that turn it,
an upload refused, a bad request, Starlette's own 404/405 and a worker that cannot start
into one ``ApiError`` body: ``{"error": {"code", "message", "file"}}`` in the request's
language."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ..messages import Msg, msg
from ..sandbox import SandboxStartError
from .config import ServeConfig
from .options import said_lang
from .texts import text
from .uploads import UploadRefused

KNOWN_STATUSES = {
    404: ("not-found", "serve.not-found"),
    405: ("method-not-allowed", "serve.method-not-allowed"),
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


def install_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` as an ApiError (``app.state.config`` set)."""
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

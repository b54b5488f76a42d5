"""``create_app(config)``: the FastAPI application of `renstra serve`.

Routes (all under ``/v1``, in ``v1``, need ``Authorization: Bearer <token>``, or the web
page's cookie, when the server has a token; ``/healthz`` never does; the web page is
``web``):

- ``POST /v1/documents``: one file, multipart (field ``file``) or the raw body with
  ``?name=``: 200 with the Document JSON `renstra extract` writes for it, 422 with the
  file's error code and reason when renstra cannot read it, 413 past the size limit.
- ``POST /v1/batches`` (multipart, field ``files`` repeated): 202 with the job id;
  ``GET /v1/batches/{id}``: its progress and, once done, its outputs;
  ``GET /v1/batches/{id}/outputs/{name}``: one output; ``DELETE /v1/batches/{id}``.
- ``GET /v1/schema``, ``GET /v1/rules``, ``GET /v1/openapi.json``, ``GET /healthz``.

The parsing routes take the options of `renstra extract` as query parameters
(``options``). Every error answer is an ``ApiError`` (``problems``). Files are parsed only
in sandboxed workers: single documents in ``app.state.pool`` (a ``WorkerPool``), batches by
``app.state.jobs`` (a ``JobStore``) with `renstra extract`'s own pool; both live from the
app's start-up to its shutdown (the lifespan), with ``app.state.config`` (the
``ServeConfig``). The upload routes are ``async`` (they stream the body to disk); what
blocks runs in the thread pool, so the server answers while a worker chews a hostile file.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from renstra.schemas import SCHEMA_VERSION

from ..version import RENSTRA_VERSION
from .config import ServeConfig
from .jobs import JobStore
from .models import Health
from .problems import install_handlers
from .reading import PRELOAD
from .v1 import v1_router
from .web import page_router
from .workers import WorkerPool


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
    install_handlers(app)
    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.cors_origins),
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.include_router(v1_router(config))
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

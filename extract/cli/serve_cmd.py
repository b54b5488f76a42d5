"""`renstra serve`: the HTTP API (see docs/serve.md); needs the `serve` extra."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import app, error
from .options import NO_OPTIONS, ConfigOptions, SettingsCommand, with_config

EXTRA = "pip install 'renstra[serve]'"
DEFAULT_WORKERS = 2
TOKEN_ENV = "RENSTRA_TOKEN"


@app.command(cls=SettingsCommand)
@with_config
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (0.0.0.0: every interface).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            help="Sandboxed worker processes for single documents, and for each batch.",
        ),
    ] = DEFAULT_WORKERS,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar=TOKEN_ENV,
            show_envvar=True,
            help="Require 'Authorization: Bearer TOKEN' on every /v1 route (/healthz stays "
            "open). Prefer the environment variable: a command line is visible to other users.",
        ),
    ] = None,
    keep: Annotated[
        float,
        typer.Option(
            "--keep",
            min=0,
            metavar="SECONDS",
            help="How long a finished batch's files (uploads and outputs) are kept.",
        ),
    ] = 3600.0,
    max_files: Annotated[
        int, typer.Option("--max-files", min=1, metavar="N", help="Files in one batch.")
    ] = 200,
    max_batches: Annotated[
        int,
        typer.Option(
            "--max-batches",
            min=1,
            metavar="N",
            help="Batches kept at once (queued, running, or done and within --keep); past "
            "it POST /v1/batches answers 429. With the batch size limit, it bounds the disk "
            "uploads take.",
        ),
    ] = 50,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run batches on Dask: tcp://host:port of a scheduler, or 'local'.",
        ),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            metavar="ORIGIN",
            help="Let web pages of this origin (https://host:port) call the API; repeat for "
            "more. None by default.",
        ),
    ] = None,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Serve the HTTP API: POST /v1/documents (one file -> its Document JSON), POST
    /v1/batches (many files -> every output of `renstra extract`, the HTML report and a
    zip), GET /v1/schema, /v1/rules, /v1/openapi.json, /healthz, and a web page at / to
    upload files and read the findings and report (?lang=en). The settings options (and
    renstra.toml) are the defaults of every request, which may set them again as query
    parameters (?lang=en&select=...), the limits excepted: one file's size (--max-file-size)
    and a worker's time and memory are the server's. Files are parsed in sandboxed workers
    with the limits of `renstra extract`. See docs/serve.md."""
    try:
        import fastapi  # noqa: F401
        import python_multipart  # noqa: F401
        import uvicorn
    except ImportError as e:
        error(f"renstra serve needs the serve extra ({e.name} is missing): {EXTRA}")
        raise typer.Exit(2) from e
    from ..config import find_config, merge, read_config
    from ..serve.app import create_app
    from ..serve.config import ServeConfig

    settings = options.settings()  # exits 2 with one line on a configuration mistake
    path = options.config if options.config is not None else find_config()
    file_options = read_config(path) if path is not None else {}
    config = ServeConfig(
        settings=settings,
        options=merge(file_options, options.overrides()),
        host=host,
        port=port,
        workers=workers,
        token=token or None,
        max_files=max_files,
        max_batches=max_batches,
        keep_s=keep,
        scheduler=scheduler,
        cors_origins=tuple(cors_origin or ()),
    )
    typer.echo(f"renstra serve: http://{host}:{port}/ ({workers} workers)", err=True)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning", workers=1)

"""`renstra config`: which config file applies here and what it sets, or the settings
reference (docs/configuration.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import app, error
from .options import ConfigFile, ConfigOptions


@app.command("config")
def show_config(
    config: ConfigFile = None,
    markdown: Annotated[
        bool,
        typer.Option("--markdown", help="Print the reference of every setting (Markdown)."),
    ] = False,
) -> None:
    """Say which config file applies in the current folder (the nearest renstra.toml or
    pyproject.toml with [tool.renstra], from here up) and print the settings it gives, as
    a renstra.toml. Exit 2 when the file has a mistake."""
    if markdown:
        from ..settings_doc import settings_markdown

        sys.stdout.write(settings_markdown())
        return
    from ..config import ConfigError, find_config
    from ..settings_toml import settings_toml

    try:
        path = config if config is not None else find_config()
    except ConfigError as e:  # a pyproject.toml on the way up that is not TOML
        error(e.text_in(ConfigOptions(config=config).said_lang()))
        raise typer.Exit(2) from e
    settings = ConfigOptions(config=path).settings()
    where = f"# from {_absolute(path)}" if path else "# no config file found: the defaults"
    sys.stdout.write(f"{where}\n{settings_toml(settings)}")


def _absolute(path: Path) -> Path:
    return path if path.is_absolute() else Path.cwd() / path

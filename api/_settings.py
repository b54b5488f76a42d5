"""``renstra.load_settings``: the CLI's configuration, for library callers."""

from __future__ import annotations

import os

from renstra.extract.errors import RenstraError
from renstra.schemas import Settings


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """The Settings a ``renstra.toml`` gives, as the ``renstra`` command reads it.

    ``path`` names a renstra.toml (or a pyproject.toml with a ``[tool.renstra]`` table);
    without it the file is looked for where the command looks (the current folder, then
    each one above it), and with none found the result is ``Settings()``. A mistake in
    the file (unknown key, bad value, not TOML) raises RenstraError with code
    ``config-error`` and one line naming the key.
    """
    from renstra.extract.config import ConfigError  # here: read() does not need it loaded
    from renstra.extract.config import load_settings as load

    if path is not None and not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"load_settings() takes a path, not {type(path).__name__}")
    named = os.fsdecode(path) if path is not None else None
    try:
        return load(named)
    except ConfigError as e:  # its source is the file (named, or the one found)
        where = e.source if isinstance(e.source, str) else named or ""
        raise RenstraError(where, "config-error", e.message) from e


def settings_or_default(settings: Settings | None) -> Settings:
    """``settings``, or ``Settings()``; a dict or a path here is a mistake worth naming."""
    if settings is None:
        return Settings()
    if not isinstance(settings, Settings):
        raise TypeError(
            "settings must be a renstra.Settings (see renstra.load_settings), "
            f"not {type(settings).__name__}"
        )
    return settings

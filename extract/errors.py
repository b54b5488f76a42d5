"""The one error type the library raises for a file it cannot turn into a Document."""

from __future__ import annotations

ERROR_CODES = (
    "empty-file",
    "format-error",
    "source-error",
    "encoding-error",
    "encrypted-file",
    "limit-exceeded",
    "timeout",
    "unsupported-format",
    "config-error",
)
"""``config-error`` is raised only by ``renstra.load_settings`` (a bad renstra.toml); the
CLI reports configuration mistakes itself and never puts this code in a batch's output."""


class RenstraError(Exception):
    """A file-level failure: ``code`` is stable (see ERROR_CODES), ``reason`` is one line."""

    def __init__(self, path: str, code: str, reason: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.code = code
        self.reason = reason

    def __reduce__(self) -> tuple[type[RenstraError], tuple[str, str, str]]:
        """Pickled as its three parts (a worker hands it to the batch process)."""
        return (RenstraError, (self.path, self.code, self.reason))

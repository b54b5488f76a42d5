"""What a `renstra serve` process is started with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from renstra.schemas import Settings

DEFAULT_MAX_FILES = 200
DEFAULT_KEEP_S = 3600.0
DEFAULT_MAX_BATCHES = 50
DEFAULT_BATCH_FILE_SIZES = 20
"""A batch may hold this many files of the largest size allowed, in all (see
``ServeConfig.batch_bytes``): with 200 files of 50 MiB a batch could fill 10 GiB of disk."""


@dataclass(frozen=True)
class ServeConfig:
    """A server's settings; ``create_app`` takes one.

    ``options`` is the options table the base ``settings`` were resolved from (renstra.toml,
    then `renstra serve`'s own setting options, as ``config.merge`` merges them): each
    request's query options are merged onto it by the same code as the CLI's command line
    (``options.request_settings``), so ``ignore`` adds to the file's list there too.
    The limits (time, memory, file size) are the server's alone: a request cannot set them.
    """

    settings: Settings
    options: Mapping[str, Any] = field(default_factory=dict)
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    """Sandboxed workers that parse single documents (``POST /v1/documents``); a batch
    runs with as many of its own."""
    token: str | None = None
    """Every /v1 route needs ``Authorization: Bearer <token>`` when set."""
    max_upload_bytes: int | None = None
    """The largest file accepted; None: the limits' max file size."""
    max_files: int = DEFAULT_MAX_FILES
    """Files in one batch."""
    max_batch_bytes: int | None = None
    """All files of one batch together; None: DEFAULT_BATCH_FILE_SIZES times the largest file."""
    max_batches: int = DEFAULT_MAX_BATCHES
    """Batches kept at once (queued, running, or done and not yet deleted): with
    ``batch_bytes`` it bounds the disk the server's uploads can take."""
    keep_s: float = DEFAULT_KEEP_S
    """How long a finished batch's folder (inputs and outputs) is kept."""
    scheduler: str | None = None
    """A Dask scheduler address (or 'local') the batches run on; None: local sandboxes."""
    cors_origins: tuple[str, ...] = ()
    """Origins allowed to call the API from a browser; none by default."""

    @property
    def upload_bytes(self) -> int:
        if self.max_upload_bytes is not None:
            return self.max_upload_bytes
        return self.settings.limits.max_file_bytes

    @property
    def batch_bytes(self) -> int:
        if self.max_batch_bytes is not None:
            return self.max_batch_bytes
        return DEFAULT_BATCH_FILE_SIZES * self.upload_bytes

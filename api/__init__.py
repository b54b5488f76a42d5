"""renstra as a library: planning documents in, validated Documents and reports out.

    import renstra
    renstra_doc = renstra.read("samples/renstra_dinkes_tanah_datar_baru.txt")
    iku_doc = renstra.read(upload_bytes, name="iku.docx")
    report = renstra.check([renstra_doc, iku_doc])

``read`` turns one file (a path, or bytes with a name) into a checked Document; ``check``
runs every rule, the cross-document ones included, over several Documents and returns the
report ``renstra check --format json`` writes. Bad input raises RenstraError, never
another exception. docs/python-api.md has the examples.

The names load on first use (PEP 562): this package is the parent of ``renstra.extract``,
so whatever it imported up front would slow every ``renstra`` command's start-up and every
sandboxed worker. The imports under TYPE_CHECKING give type checkers the real types.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from renstra.extract.errors import RenstraError
    from renstra.extract.version import RENSTRA_VERSION as __version__
    from renstra.schemas import SCHEMA_VERSION, Document, Report, Settings

    from ._check import check
    from ._read import read
    from ._settings import load_settings

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "RenstraError",
    "Report",
    "Settings",
    "__version__",
    "check",
    "load_settings",
    "read",
]

_LAZY = {
    "SCHEMA_VERSION": ("renstra.schemas", "SCHEMA_VERSION"),
    "Document": ("renstra.schemas", "Document"),
    "Report": ("renstra.schemas", "Report"),
    "Settings": ("renstra.schemas", "Settings"),
    "RenstraError": ("renstra.extract.errors", "RenstraError"),
    "__version__": ("renstra.extract.version", "RENSTRA_VERSION"),
    "check": ("renstra._check", "check"),
    "load_settings": ("renstra._settings", "load_settings"),
    "read": ("renstra._read", "read"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'renstra' has no attribute {name!r}") from None
    value = getattr(import_module(module), attribute)
    globals()[name] = value  # the next lookup is a plain one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

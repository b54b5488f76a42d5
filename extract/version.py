"""The installed renstra version, recorded in every Document (and checked on resume)."""

from importlib.metadata import PackageNotFoundError, version

try:
    RENSTRA_VERSION = version("renstra")
except PackageNotFoundError:  # running from a source tree without an install
    RENSTRA_VERSION = "0+unknown"

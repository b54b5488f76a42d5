"""Programs some tests drive that come from the system, not from PyPI (CI installs them)."""

from __future__ import annotations

import os
import shutil

import pytest


def installed(names: tuple[str, ...], package: str) -> str:
    """The path of the first of ``names`` on PATH. Without one the test is skipped, or
    fails under CI (which installs ``package`` first: see .ci/run)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI is set but {names[0]} is not installed (apt-get install -y {package})")
    pytest.skip(f"{names[0]} is not installed (apt-get install -y {package}); test skipped")

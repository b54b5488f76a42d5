"""What an installer and a downstream project get: the package type-checks from outside
the repository, the install holds every module of the tree, and CI runs the README's
commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import renstra

from .paths import REPO
from .test_python_api_docs import DOC, examples

DOWNSTREAM = """\
import renstra

doc: renstra.Document = renstra.read("plan.txt")
upload: renstra.Document = renstra.read(b"...", name="plan.docx")
report: renstra.Report = renstra.check([doc, upload], settings=renstra.load_settings())
version: str = renstra.__version__
try:
    renstra.read("plan.txt", settings=renstra.Settings(lang="en"))
except renstra.RenstraError as error:
    code: str = error.code
"""
MISTAKES = """\
import renstra

count: int = renstra.read("plan.txt")
renstra.read(42)
renstra.check(renstra.read("plan.txt"))
"""


def test_a_downstream_project_type_checks_against_the_installed_package(tmp_path: Path) -> None:
    """mypy --strict, run outside the repository, sees renstra's types: the API and the
    doc's examples pass, and each deliberate mistake is caught (so the package is seen,
    not read as Any). Needs the README's install (editable_mode=strict) or a wheel."""
    (tmp_path / "downstream.py").write_text(DOWNSTREAM)
    (tmp_path / "doc_examples.py").write_text(
        "".join(e.code for e in examples(DOC.read_text(encoding="utf-8")))
    )
    (tmp_path / "mistakes.py").write_text(MISTAKES)
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache")]
    done = subprocess.run(
        [*command, "downstream.py", "doc_examples.py", "mistakes.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    errors = re.findall(r"^(\S+?):(\d+): error: .*\[([\w-]+)\]$", done.stdout, re.M)
    assert sorted(errors) == [
        ("mistakes.py", "3", "assignment"),
        ("mistakes.py", "4", "arg-type"),
        ("mistakes.py", "5", "arg-type"),
    ], done.stdout + done.stderr


def test_the_installed_package_holds_every_module_of_the_tree() -> None:
    """A strict editable install links files one by one, so a module added since the
    install is missing from it; a subpackage missing from pyproject's list is too."""
    installed = Path(renstra.__file__).parent
    missing = []
    for folder, below in [("api", ""), ("extract", "extract"), ("schemas", "schemas")]:
        root = REPO / folder
        for path in root.rglob("*"):
            wanted = path.suffix == ".py" or path.name == "py.typed"
            if folder == "schemas" and path.suffix == ".json":
                wanted = True
            if wanted and not (installed / below / path.relative_to(root)).is_file():
                missing.append(str(path.relative_to(REPO)))
    assert not missing, f"not installed: {missing}; run the README's install command again"


def test_ci_runs_the_readme_s_two_commands_verbatim() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Two commands", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    ci = (REPO / ".ci" / "run").read_text().splitlines()
    assert len(commands) == 2
    assert [c for c in commands if c not in ci] == []

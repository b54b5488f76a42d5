"""What an installer and a downstream project get: the package type-checks from outside
the repository, the install holds every module of the tree, the dependencies are the
ones imported, and requires-python names only the versions CI runs."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path
from typing import Any

import renstra

from .paths import REPO
from .test_python_api_docs import DOC, examples

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PYPROJECT: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text())
PROJECT: dict[str, Any] = PYPROJECT["project"]

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
            if path.parent.name == "static":  # the web page's script, style and icon
                wanted = True
            if wanted and not (installed / below / path.relative_to(root)).is_file():
                missing.append(str(path.relative_to(REPO)))
    assert not missing, f"not installed: {missing}; run the README's install command again"


STDLIB = sys.stdlib_module_names | {"tomllib"}
"""tomllib is 3.11's; on 3.10 the import of it is the one that falls back to tomli."""


def top_level_imports(*folders: str) -> set[str]:
    """Every absolute import's top-level name in the folders, the standard library's and
    renstra's own left out."""
    names: set[str] = set()
    for folder in folders:
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    local = {p.stem for p in (REPO / "benchmarks").glob("*.py")}
    local |= {p.stem for p in (REPO / "samples").rglob("*.py")}  # a builder's data module
    local |= {"corpus", "tests", "build_tools"}  # the repository's own modules
    return {n for n in names if n not in STDLIB and n not in local} - {"renstra"}


def distributions(imports: set[str]) -> set[str]:
    """The distribution that provides each import name (the name itself when it is not
    installed here, as tomli on Python 3.11)."""
    provided = packages_distributions()
    return {normalise(provided.get(name, [name])[0]) for name in imports}


def declared(requirements: list[str]) -> set[str]:
    """Requirement names, and the extras they pull (dask[distributed] gives distributed)."""
    names: set[str] = set()
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?", requirement)
        assert match, requirement
        names.add(normalise(match[1]))
        names.update(normalise(extra) for extra in (match[2] or "").split(",") if extra)
    return names


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


SIDE_EFFECT_DEPENDENCIES: set[str] = set()
"""Declared though never imported (defusedxml was, until the HTML report parsed MathML)."""


def test_the_runtime_dependencies_are_the_ones_the_package_imports() -> None:
    needed = distributions(top_level_imports("api", "extract", "schemas"))
    runtime = declared(PROJECT["dependencies"])
    extras = PROJECT["optional-dependencies"]
    optional = declared(extras["dask"]) | declared(extras["parquet"]) | declared(extras["serve"])
    assert needed - runtime - optional == set()
    assert runtime - needed == SIDE_EFFECT_DEPENDENCIES
    assert "pandas" not in runtime  # the tests' tool, not the package's
    tomli = [r for r in PROJECT["dependencies"] if r.startswith("tomli")]
    assert tomli == ["tomli>=2; python_version < '3.11'"]  # tomllib from 3.11 on


def test_the_dev_extra_declares_what_the_tests_benchmarks_and_sample_builders_import() -> None:
    needed = distributions(top_level_imports("tests", "benchmarks", "samples"))
    available = declared(PROJECT["dependencies"]) | declared(
        PROJECT["optional-dependencies"]["dev"]
    )
    assert needed - available == set()


def test_requires_python_names_exactly_the_versions_ci_runs() -> None:
    """The classifiers are the versions CI tests (.ci/pythons runs each one that is not
    the README's python3); the range admits those and no other."""
    listed = sorted(
        int(c.rsplit(".", 1)[1])
        for c in PROJECT["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    bounds = re.fullmatch(r">=3\.(\d+),<3\.(\d+)", PROJECT["requires-python"])
    assert bounds, PROJECT["requires-python"]
    assert listed == list(range(int(bounds[1]), int(bounds[2])))
    assert sys.version_info[1] in listed


def test_ci_runs_the_readme_s_two_commands_verbatim() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Two commands", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    ci = (REPO / ".ci" / "run").read_text().splitlines()
    assert len(commands) == 2
    assert [c for c in commands if c not in ci] == []

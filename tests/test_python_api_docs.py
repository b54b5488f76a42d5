"""docs/python-api.md's examples run: each ```python block in order, in one namespace, and
prints exactly the ```output block under it."""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass

import pytest

from .paths import REPO

DOC = REPO / "docs" / "python-api.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)


@dataclass
class Example:
    line: int
    code: str
    expected: str | None
    """None where no output block follows: the block must then print nothing."""


def examples(markdown: str) -> list[Example]:
    found: list[Example] = []
    for match in FENCE.finditer(markdown):
        language, body = match.groups()
        line = markdown.count("\n", 0, match.start()) + 1
        if language == "python":
            found.append(Example(line, body, None))
        elif language == "output":
            if not found or found[-1].expected is not None:
                raise AssertionError(f"line {line}: an output block with no python block above")
            found[-1].expected = body
    return found


def test_the_parser_pairs_each_block_with_its_output() -> None:
    text = "```python\nprint(1)\n```\n\n```output\n1\n```\n```python\nx = 2\n```\n"
    assert [(e.line, e.code, e.expected) for e in examples(text)] == [
        (1, "print(1)\n", "1\n"),
        (8, "x = 2\n", None),
    ]
    with pytest.raises(AssertionError, match="line 1: an output block"):
        examples("```output\n1\n```\n")


def test_every_example_in_the_python_api_doc_prints_what_the_doc_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO)
    found = examples(DOC.read_text(encoding="utf-8"))
    assert len(found) >= 7
    namespace: dict[str, object] = {"__name__": "python_api_doc"}
    for example in found:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(example.code, f"{DOC.name}:{example.line}", "exec"), namespace)
        expected = example.expected or ""
        assert printed.getvalue() == expected, f"the example at {DOC.name} line {example.line}"

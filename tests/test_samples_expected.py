"""The samples against expectations written by hand in tests/expected_samples.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from renstra.extract.pipeline import extract_document
from renstra.schemas import Document, Indicator

from .expected_samples import EXPECTED
from .paths import SAMPLES


def _fold(text: str | None) -> str | None:
    return " ".join(text.casefold().split()) if text is not None else None


def _formula(indicator: Indicator) -> tuple[Any, ...] | None:
    f = indicator.formula
    if f is None:
        return None
    if f.kind != "ratio":
        return (f.kind, None, None, None)
    return (f.kind, f.numerator, f.denominator, f.multiplier)


def _indicator(indicator: Indicator, expected: dict[str, Any]) -> dict[str, Any]:
    """The actual indicator, in the shape and with only the keys the expectation uses."""
    actual: dict[str, Any] = {
        "name": indicator.name,
        "sub_items": [(s.label, s.name) for s in indicator.sub_items],
        "unit": indicator.unit,
        "goal": indicator.goal,
        "objective": indicator.objective,
        "polarity": indicator.polarity,
        "targets": [(t.text, t.value) for t in indicator.targets],
        "formula": _formula(indicator),
        "baseline": indicator.baseline and (indicator.baseline.text, indicator.baseline.value),
        "final_target": indicator.final_target
        and (indicator.final_target.text, indicator.final_target.value),
        "formula_target": indicator.formula.target if indicator.formula else None,
    }
    return {key: actual[key] for key in expected}


def _findings(document: Document) -> list[tuple[str, str, str | None]]:
    by_id = {i.id: i.name for i in document.indicators}
    found = [(f.rule, f.severity, by_id.get(f.indicator_id or "")) for f in document.findings]
    return sorted(found, key=lambda f: (f[0], f[1], f[2] or ""))


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request: pytest.FixtureRequest) -> tuple[Document, dict[str, Any]]:
    return extract_document(str(SAMPLES / request.param)), EXPECTED[request.param]


def test_document_metadata(case: tuple[Document, dict[str, Any]]) -> None:
    document, expected = case
    assert document.doc_type == expected["doc_type"]
    assert document.source.encoding == expected["encoding"]
    name, region = expected["organization"]
    assert (_fold(document.organization.name), _fold(document.organization.region)) == (
        _fold(name),
        _fold(region),
    )
    period = (document.period.start, document.period.end) if document.period else None
    assert period == expected["period"]


def test_indicators(case: tuple[Document, dict[str, Any]]) -> None:
    document, expected = case
    pairs = zip(document.indicators, expected["indicators"], strict=False)  # lengths: below
    actual = [_indicator(i, e) for i, e in pairs]
    assert actual == expected["indicators"][: len(actual)]
    assert len(document.indicators) == len(expected["indicators"])


def test_findings(case: tuple[Document, dict[str, Any]]) -> None:
    document, expected = case
    assert _findings(document) == expected["findings"]


def test_every_sample_has_expectations() -> None:
    names = {p.name for p in Path(SAMPLES).iterdir() if p.suffix in (".txt", ".md")}
    assert names == set(EXPECTED)

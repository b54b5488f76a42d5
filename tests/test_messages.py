"""The message catalogue: every rule speaks Indonesian and English, with the same facts."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from renstra.extract.checks import RULES
from renstra.extract.cli.texts import MESSAGES as CLI_TEXTS
from renstra.extract.config_messages import MESSAGES as CONFIG_TEXTS
from renstra.extract.messages import CATALOGUE, LANGS, Msg, number, render
from renstra.extract.parsers.formula import formula_problems
from renstra.extract.parsers.nip import nip_problems
from renstra.extract.pipeline import extract_document
from renstra.schemas import Settings

from .test_checks import CASES

# The English variants are the messages renstra printed before it spoke Indonesian; they do
# not repeat the correction, which the finding's suggestion carries.
EN_LEAVES_OUT = {"spelling.misspelled": {"correct"}, "spelling.glued": {"correct"}}


LITERAL = (".description", ".example", ".why")  # shown as written, never formatted
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


ALL_TEXTS = {**CATALOGUE, **CLI_TEXTS}
"""The rules' and the CLI's texts; the configuration's (CONFIG_TEXTS, some of whose English
texts are pydantic's own message) are held to their own test in tests/test_config_messages.py.
Named here so that which texts are tested does not depend on which modules other tests
imported first."""
ALL_TEXTS = {key: text for key, text in ALL_TEXTS.items() if key not in CONFIG_TEXTS}


@pytest.mark.parametrize("key", sorted(k for k in ALL_TEXTS if not k.endswith(LITERAL)))
def test_both_languages_use_the_same_placeholders(key: str) -> None:
    texts = ALL_TEXTS[key]
    assert set(texts) == set(LANGS)
    assert all(texts[lang].strip() for lang in LANGS)
    assert _fields(texts["en"]) == _fields(texts["id"]) - EN_LEAVES_OUT.get(key, set())


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_has_a_description_and_example_in_both_languages(rule_id: str) -> None:
    rule = RULES[rule_id]
    for lang in LANGS:
        assert rule.describe(lang) and rule.example_in(lang)
    assert rule.describe("id") != rule.describe("en")
    assert rule.description == rule.describe("en")


def _plain(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_says_why_it_matters_in_both_languages(rule_id: str) -> None:
    why = CATALOGUE[f"{rule_id}.why"]
    assert set(why) == set(LANGS)
    for lang in LANGS:
        text, description = why[lang], RULES[rule_id].describe(lang)
        assert text.strip(), lang
        assert not PLACEHOLDER.search(text), lang
        assert _plain(description) not in _plain(text), lang  # not the description again
    assert why["id"] != why["en"]


def test_a_rule_without_a_why_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from renstra.extract.checks.registry import rule

    for part in ("description", "example"):
        monkeypatch.setitem(CATALOGUE, f"no-why.{part}", {"id": part, "en": part})
    with pytest.raises(ValueError, match="no why"):
        rule("no-why", "warning", tags=("#target",))(lambda document, settings: ())
    assert "no-why" not in RULES


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_every_rule_renders_in_both_languages(rule_id: str, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(CASES[rule_id][0], encoding="utf-8")
    rendered = {}
    for lang in LANGS:
        findings = extract_document(str(path), Settings(lang=lang)).findings
        (found, *_) = [f for f in findings if f.rule == rule_id]
        assert found.message and not PLACEHOLDER.search(found.message)
        assert found.description == RULES[rule_id].describe(lang)
        rendered[lang] = found
    assert rendered["id"].message != rendered["en"].message
    assert rendered["id"].fingerprint == rendered["en"].fingerprint


PARSER_DETAILS = [
    *nip_problems("131 862 045")[1],
    *nip_problems("1968 0231")[1],
    *nip_problems("18900231 190013 3 000")[1],
    *nip_problems("19800614 199001 1 001")[1],
    *nip_problems("20300101 205001 1 001", (2022, 1))[1],
    *formula_problems("\\frac{Jumlah A}{Jumlah B"),
    *formula_problems("(Jumlah A / Jumlah B x 100%"),
    *formula_problems("Jumlah A) / (Jumlah B x 100%"),
    *formula_problems("$\\frac{A}{B} x 100"),
    *formula_problems("$$A/B$"),
    *formula_problems("\\[ A/B \\) "),
    *formula_problems("\\frac{}{Jumlah B}"),
    *formula_problems("\\frac{A}{ }"),
    *formula_problems("\\frac{A}"),
    *formula_problems("\\frac"),
    *formula_problems("Jumlah A / x 100%"),
    *formula_problems(" / Jumlah B x 100%"),
    *formula_problems("Jumlah} A {B / C"),
]


def test_every_parser_problem_code_is_produced_by_a_parser() -> None:
    from renstra.extract.parsers.formula import PROBLEMS as FORMULA
    from renstra.extract.parsers.nip import PROBLEMS as NIP

    parts = {"formula.numerator", "formula.denominator"}  # words inside other problems
    produced = {p.key for p in PARSER_DETAILS}
    assert set(FORMULA) - parts | set(NIP) == produced


@pytest.mark.parametrize("problem", PARSER_DETAILS, ids=lambda p: p.key)
def test_parser_problems_render_in_both_languages(problem: Msg) -> None:
    english, indonesian = render(problem, "en"), render(problem, "id")
    assert english != indonesian
    assert not PLACEHOLDER.search(english) and not PLACEHOLDER.search(indonesian)


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (nip_problems("19800614 199001 3 001")[1][0], "digit jenis kelamin 3 bukan 1 atau 2"),
        (
            formula_problems("{{A} / B")[0],
            "kurung kurawal tidak seimbang: 2 '{' dan 1 '}'",
        ),
        (formula_problems("\\frac{A}{ }")[0], "\\frac memiliki penyebut kosong"),
    ],
)
def test_a_problem_in_indonesian(problem: Msg, expected: str) -> None:
    assert render(problem, "id") == expected


@pytest.mark.parametrize(
    ("value", "lang", "signed", "expected"),
    [
        (0.96, "id", True, "+0,96"),
        (0.96, "en", True, "+0.96"),
        (0.12, "id", False, "0,12"),
        (20.0, "id", True, "+20"),
        (-0.5, "id", True, "-0,5"),
        (0.001, "en", True, "0"),
        (100.0, "en", False, "100"),
    ],
)
def test_number(value: float, lang: str, signed: bool, expected: str) -> None:
    assert number(value, lang, signed=signed) == expected  # type: ignore[arg-type]

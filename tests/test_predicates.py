from __future__ import annotations

import pytest
from renstra.extract.parsers.predicates import SCALES, common_scale, predicate_rank


def test_scales_are_ordered_worst_to_best() -> None:
    assert SCALES == {
        "sakip": ("D", "C", "CC", "B", "BB", "A", "AA"),
        "bpk": ("TMP", "TW", "WDP", "WTP"),
        "ikm": ("D", "C", "B", "A"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WTP", ("bpk", 3)),
        ("wtp", ("bpk", 3)),
        ("WDP", ("bpk", 2)),
        ("TW", ("bpk", 1)),
        ("TMP", ("bpk", 0)),
        ("AA", ("sakip", 6)),
        ("A", ("sakip", 5)),
        ("BB", ("sakip", 4)),
        ("Bb", ("sakip", 4)),
        ("B", ("sakip", 3)),
        ("CC", ("sakip", 2)),
        ("cc", ("sakip", 2)),
        ("C", ("sakip", 1)),
        ("D", ("sakip", 0)),
        (" BB ", ("sakip", 4)),
        ("Predikat BB", ("sakip", 4)),
        ("predikat: A", ("sakip", 5)),
        ("Opini WTP", ("bpk", 3)),
        ("BB (Sangat Baik)", ("sakip", 4)),
        ("A(Memuaskan)", ("sakip", 5)),
        ("a", None),
        ("b", None),
        ("E", None),
        ("AAA", None),
        ("WTPP", None),
        ("Baik", None),
        ("", None),
        ("85 %", None),
        ("Predikat", None),
        ("BB BB", None),
    ],
)
def test_predicate_rank(text: str, expected: tuple[str, int] | None) -> None:
    assert predicate_rank(text) == expected


@pytest.mark.parametrize(
    ("text", "scale", "expected"),
    [
        ("A", "ikm", ("ikm", 3)),
        ("B", "ikm", ("ikm", 2)),
        ("D", "ikm", ("ikm", 0)),
        ("BB", "ikm", None),
        ("WTP", "sakip", None),
        ("WTP", "bpk", ("bpk", 3)),
    ],
)
def test_predicate_rank_on_a_named_scale(
    text: str, scale: str, expected: tuple[str, int] | None
) -> None:
    assert predicate_rank(text, scale=scale) == expected


def test_predicate_rank_unknown_scale() -> None:
    with pytest.raises(ValueError):
        predicate_rank("A", scale="opini")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["B", "BB", "A", "A", "AA"], "sakip"),
        (["C", "B", "A"], "sakip"),
        (["WDP", "WTP", "wtp"], "bpk"),
        (["D"], "sakip"),
        (["WTP", "A"], None),
        (["BB", "-"], None),
        (["BB", "85 %"], None),
        ([], None),
    ],
)
def test_common_scale(texts: list[str], expected: str | None) -> None:
    assert common_scale(texts) == expected


def test_common_scale_reads_any_iterable() -> None:
    assert common_scale(t for t in ("TW", "WDP")) == "bpk"

"""Renstra or IKU: from the tables' layouts first, then from the titles (the kinds and their
words are in ``vocabulary.DOC_KINDS``)."""

from __future__ import annotations

from renstra.schemas import DocType

from ..intermediate import TextLine
from ..vocabulary import DOC_KINDS, kind_of_roles
from .columns import Layout

TITLE_LINES = 12
TITLE_CHARS = 120
"""A longer line among the first ones is prose ('... sesuai IKU ...'), not the title."""


def table_kind(layout: Layout) -> str:
    return kind_of_roles(frozenset(layout.roles), bool(layout.targets))


def detect_doc_type(lines: list[TextLine], table_kinds: list[str]) -> DocType:
    """The kind the title names when its first lines name exactly one (a 'MATRIKS CASCADING
    IKU' whose table has only targets is an IKU); else the kind the tables agree on; else
    the first title words found further on, a Renstra's own before an IKU's (a Renstra can
    refer to 'IKU' in its text, an IKU seldom to 'Renstra')."""
    texts = [line.text for line in lines if line.text]
    head = " ".join(t for t in texts[:TITLE_LINES] if len(t) <= TITLE_CHARS)
    lowered = head.lower()
    named = [kind.name for kind in DOC_KINDS if kind.named_in(lowered)]
    if len(named) == 1:
        return named[0]  # type: ignore[return-value]
    kinds = set(table_kinds) - {"other"}
    if len(kinds) == 1:
        return kinds.pop()  # type: ignore[return-value]
    if named:
        return named[0]  # type: ignore[return-value]
    title = " ".join(texts)[:2000].lower()
    for kind in sorted(DOC_KINDS, key=lambda k: k.name != "renstra"):
        if kind.named_in(title):
            return kind.name  # type: ignore[return-value]
    return "unknown"

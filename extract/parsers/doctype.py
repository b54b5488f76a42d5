"""Renstra or IKU: from the tables' layouts first, then from the titles (the kinds and their
words are in ``vocabulary.DOC_KINDS``)."""

from __future__ import annotations

from renstra.schemas import DocType

from ..intermediate import TextLine
from ..vocabulary import DOC_KINDS, kind_of_roles
from .columns import Layout

TITLE_LINES = 12


def table_kind(layout: Layout) -> str:
    return kind_of_roles(frozenset(layout.roles), bool(layout.targets))


def detect_doc_type(lines: list[TextLine], table_kinds: list[str]) -> DocType:
    kinds = set(table_kinds) - {"other"}
    if len(kinds) == 1:
        return kinds.pop()  # type: ignore[return-value]
    texts = [line.text for line in lines if line.text]
    head = " ".join(texts[:TITLE_LINES])
    title = " ".join(texts)[:2000]
    # The first lines name the document; past them, an IKU title can be a reference
    # ("sesuai IKU ...") inside a Renstra, so the Renstra's own words win there.
    for text, order in ((head, DOC_KINDS), (title, sorted(DOC_KINDS, key=_renstra_first))):
        for kind in order:
            if kind.title.search(text):
                return kind.name  # type: ignore[return-value]
    return "unknown"


def _renstra_first(kind: object) -> int:
    return 0 if getattr(kind, "name", "") == "renstra" else 1

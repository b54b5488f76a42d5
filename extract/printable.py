"""Paths as text every output can hold, and messages that stay on one line.

A POSIX file name is bytes: one that is not UTF-8 reaches Python with its bad bytes as
lone surrogates (``surrogateescape``), which no UTF-8 writer accepts (pydantic's JSON,
lxml, a terminal on stdout). Such a path is opened as it is, but written into outputs as
``path_text``: each undecodable byte as ``\\xNN``, the way ``backslashreplace`` shows it.
The same path always gives the same text, so a re-run recognises its earlier outputs.

A name may also hold a newline or an escape sequence: what is printed on one line goes
through ``one_line``, so a file name can never forge a line of its own (``renstra: error:
...``) or drive the terminal.
"""

from __future__ import annotations

_CONTROLS = {
    **{code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))},
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
    # line and paragraph separators, and the bidirectional overrides that reorder a line
    **{code: f"\\u{code:04x}" for code in (0x2028, 0x2029, 0x061C, 0x200E, 0x200F)},
    **{code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}


def path_text(path: str) -> str:
    """``path`` with each byte that was not UTF-8 (a lone surrogate) as ``\\xNN``; any
    other text unchanged."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return path
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte gave: keep it visible
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def one_line(text: str) -> str:
    """``text`` safe to print as one line: ``path_text``, then control characters
    (newlines, escape sequences, bidirectional overrides) written as escapes."""
    return path_text(text).translate(_CONTROLS)

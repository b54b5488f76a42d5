"""What a file's work says while it runs (an OCR page read), for whoever runs it.

The OCR reader calls ``ocr_page_done(seconds)`` after each page. In a sandboxed worker the
listener the worker set sends it to the parent: the parent counts the page on the progress
bar and leaves the page's seconds out of the file's time limit (OCR has its own per-page
limit and page cap). Where nothing listens, it costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

OCR_PAGE = "ocr-page"


@dataclass(frozen=True, slots=True)
class WorkEvent:
    """``name``: what happened (``OCR_PAGE``); ``seconds``: the time it took."""

    name: str
    seconds: float


Listener = Callable[[WorkEvent], None]
_listener: Listener | None = None


def listen(listener: Listener | None) -> None:
    """Send this process's events to ``listener`` (None: to nobody)."""
    global _listener
    _listener = listener


def ocr_page_done(seconds: float) -> None:
    """One page was read by OCR (or given up on) in ``seconds``."""
    if _listener is not None:
        _listener(WorkEvent(OCR_PAGE, seconds))

"""The one error type the library raises for a file it cannot turn into a Document."""

from __future__ import annotations

from .error_messages import MESSAGES
from .messages import CATALOGUE, Lang, Msg, grouped, number, render

CATALOGUE.update(MESSAGES)

ERROR_CODES = (
    "empty-file",
    "format-error",
    "source-error",
    "encoding-error",
    "encrypted-file",
    "limit-exceeded",
    "timeout",
    "unsupported-format",
    "config-error",
)
"""``config-error`` is raised only by ``renstra.load_settings`` (a bad renstra.toml); the
CLI reports configuration mistakes itself and never puts this code in a batch's output."""


class RenstraError(Exception):
    """A file-level failure: ``code`` is stable (see ERROR_CODES), ``reason`` is one line.

    ``message`` is what the reason says as a catalogue message (error_messages), so it can
    be shown in the run's language (``reason_in``); ``reason`` and ``str()`` stay English,
    as they were before renstra spoke Indonesian. A plain str (what a configuration file
    or a caller wrote) is kept as it is in every language.
    """

    def __init__(self, path: str, code: str, reason: Msg | str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.path = path
        self.code = code
        self.message = reason
        self.reason = error_text(reason, "en")
        super().__init__(f"{path}: {self.reason}")

    def reason_in(self, lang: Lang) -> str:
        """The reason in ``lang`` (``id`` or ``en``)."""
        return error_text(self.message, lang)

    def __reduce__(self) -> tuple[type[RenstraError], tuple[str, str, Msg | str]]:
        """Pickled as its three parts (a worker hands it to the batch process)."""
        return (RenstraError, (self.path, self.code, self.message))


def error_text(message: Msg | str, lang: Lang) -> str:
    """``render``, with counts and sizes grouped (``2.048``, ``2,048``) and measures
    written (``0,5``, ``0.5``) the way ``lang`` writes numbers."""
    return render(_localized(message, lang), lang)


def _localized(message: Msg | str, lang: Lang) -> Msg | str:
    if isinstance(message, str):
        return message
    return Msg(message.key, {name: _value(v, lang) for name, v in message.params.items()})


def _value(value: object, lang: Lang) -> object:
    if isinstance(value, Msg):
        return _localized(value, lang)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return grouped(value, lang)
    if isinstance(value, float):
        return number(value, lang)
    return value

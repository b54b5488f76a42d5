"""Every text a finding can carry, in Indonesian (the default) and English.

Rules never build sentences themselves: they name a catalogue key and its parameters
(``Msg``) and the checker renders it in ``Settings.lang``. Keys are ``<rule id>.<part>``
(``description``, ``example``, a message or a suggestion) so a missing translation shows up
as a KeyError in the test that renders every rule in both languages.

Each rule's texts live beside the rule (the ``MESSAGES`` of its module in ``checks/``, added
to the catalogue as the module loads), and each parser's problem codes beside the parser;
this module holds the catalogue and the texts of the reports and commands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from renstra.schemas import Lang

LANGS: tuple[Lang, ...] = ("id", "en")


@dataclass(frozen=True, slots=True)
class Msg:
    """A catalogue key and its parameters; a parameter may itself be a Msg or a tuple of them."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


def msg(key: str, **params: object) -> Msg:
    return Msg(key, params)


def render(message: Msg | str, lang: Lang) -> str:
    """The text in ``lang``; a plain str is language-neutral (a period, a word) and kept."""
    if isinstance(message, str):
        return message
    params = {
        name: _param(value, lang) if isinstance(value, (Msg, tuple)) else value
        for name, value in message.params.items()
    }
    return CATALOGUE[message.key][lang].format_map(params)


def _param(value: object, lang: Lang) -> object:
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, tuple):
        return "; ".join(str(_param(v, lang)) for v in value)
    return value


def number(value: float, lang: Lang, *, signed: bool = False) -> str:
    """``0,12`` in Indonesian, ``0.12`` in English; at most two decimals, no trailing zeros."""
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    text = text.rstrip("0").rstrip(".")
    if text in ("+0", "-0"):
        text = "0"
    return text.replace(".", ",") if lang == "id" else text


def severity_word(severity: str, lang: Lang) -> str:
    """``galat``, ``peringatan``, ``info`` in Indonesian; the severity itself in English."""
    return CATALOGUE[f"severity.{severity}"][lang]


def grouped(value: int, lang: Lang) -> str:
    """``12.345`` in Indonesian, ``12,345`` in English: a count, a size, a limit."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "id" else text


CATALOGUE: dict[str, dict[Lang, str]] = {
    # -- shared pieces
    "when.years": {"id": "{first}-{last}", "en": "{first}-{last}"},
    "when.columns": {"id": "kolom {first}-{last}", "en": "columns {first}-{last}"},
    "step": {"id": "'{old}' -> '{new}' ({when})", "en": "'{old}' -> '{new}' ({when})"},
    # -- reports and commands
    "report.copy": {
        "id": "isinya sama persis dengan {path}: dibaca dan dilaporkan di sana.",
        "en": "same bytes as {path}: read and reported there.",
    },
    "report.limited": {
        "id": "{shown} dari {total} temuan ditampilkan (--limit {limit}).",
        "en": "showing {shown} of {total} findings (--limit {limit}).",
    },
    "report.baselined": {
        "id": "{count} temuan sudah ada di baseline dan tidak ditampilkan.",
        "en": "{count} finding(s) already in the baseline are not shown.",
    },
    "report.title": {
        "id": "{path} ({doc_type}): {count} temuan",
        "en": "{path} ({doc_type}): {count} finding(s)",
    },
    "report.totals": {
        "id": "{count} temuan ({errors} galat, {warnings} peringatan, {info} info) di {files} "
        "berkas",
        "en": "{count} finding(s) ({errors} error(s), {warnings} warning(s), {info} info) in "
        "{files} file(s)",
    },
    "report.columns": {
        "id": "tingkat|aturan|lokasi|pesan|saran",
        "en": "severity|rule|where|message|suggestion",
    },
    "severity.error": {"id": "galat", "en": "error"},
    "severity.warning": {"id": "peringatan", "en": "warning"},
    "severity.info": {"id": "info", "en": "info"},
    "progress.failed": {"id": "{count} gagal", "en": "{count} failed"},
    "progress.rate": {"id": "{rate} berkas/dtk", "en": "{rate} files/s"},
    "progress.ocr-pages": {"id": "OCR {count} hlm", "en": "OCR {count} pages"},
    "rules.explain.what": {"id": "Yang diperiksa", "en": "What it checks"},
    "rules.explain.why": {"id": "Mengapa penting", "en": "Why it matters"},
    "rules.explain.example": {"id": "Contoh yang memicunya", "en": "An example that fires"},
    "rules.explain.options": {"id": "Opsi", "en": "Options"},
    "rules.explain.none": {"id": "tidak ada", "en": "none"},
    "rules.explain.scope-document": {"id": "per dokumen", "en": "per document"},
    "rules.explain.scope-batch": {
        "id": "antardokumen dalam satu batch",
        "en": "across the documents of a batch",
    },
    "rules.explain.fixable": {
        "id": "diperbaiki oleh renstra fix",
        "en": "renstra fix corrects it",
    },
    "rules.explain.not-fixable": {
        "id": "tanpa perbaikan otomatis",
        "en": "no automatic fix",
    },
    "rules.unknown": {
        "id": "tidak ada aturan '{rule}'{hint}; `renstra rules` mendaftar semuanya",
        "en": "no rule '{rule}'{hint}; `renstra rules` lists them all",
    },
    "rules.columns": {
        "id": "aturan|tingkat|tag|opsi|deskripsi|contoh",
        "en": "rule|severity|tags|options|description|example",
    },
    "fix.file": {
        "id": "{path}: {count} perbaikan -> {output}",
        "en": "{path}: {count} fix(es) -> {output}",
    },
    "fix.change": {
        "id": "  {rule}  {path}: '{old}' -> '{new}'",
        "en": "  {rule}  {path}: '{old}' -> '{new}'",
    },
    "fix.total": {
        "id": "{files} berkas ditulis, {fixes} perbaikan; periksa daftar 'fixes' di setiap JSON.",
        "en": "{files} file(s) written, {fixes} fix(es); review the 'fixes' list in each JSON.",
    },
}

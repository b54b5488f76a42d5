"""Every setting a user can give, declared once.

A Knob's ``name`` is its key in renstra.toml (in the ``[limits]`` table for a limit) and,
after two dashes, the command-line option of each command in ``commands``. Its type,
default, constraints and help are those of the Settings (or Limits) field it fills, so
they are written once, in ``renstra.schemas``; ``knob_fields`` reads them from there.
``config`` reads files and overrides by these declarations, ``cli/options`` makes each
command's options from them and ``settings_doc`` writes docs/configuration.md.

Rule options (``[rules.<id>]``, ``--rule-option``) are declared with their rule.

Nothing here imports pydantic: `renstra --help` builds the options from this module alone.
"""

from __future__ import annotations

from dataclasses import dataclass

PARSING = ("extract", "check", "report", "fix")
"""The commands that parse files (in sandboxed workers): each takes every setting."""

SERVE = "serve"
"""`renstra serve` takes every setting `extract` takes: they are its requests' defaults."""
TAKE_ALL = (*PARSING, SERVE)
"""The commands that take every setting (and --rule-option)."""

LIMITS_TABLE = "limits"


@dataclass(frozen=True)
class Knob:
    name: str
    """The renstra.toml key; ``--name`` is the option."""
    field: str
    """The Settings field it fills (a Limits field for the [limits] table)."""
    table: str = ""
    """The renstra.toml table it sits in; empty for the top level."""
    commands: tuple[str, ...] = TAKE_ALL
    metavar: str = ""
    """What --help shows for the value; empty: one follows from the field's type."""
    adds: bool = False
    """A command-line value adds to the config file's list instead of replacing it."""
    old_options: tuple[str, ...] = ()
    """Options of older versions, still accepted, with a warning."""
    old_keys: tuple[str, ...] = ()
    """Top-level renstra.toml keys of older versions, still read, with a warning."""

    @property
    def option(self) -> str:
        return f"--{self.name}"

    @property
    def key(self) -> str:
        """Its place in renstra.toml, as messages name it: ``limits.timeout``."""
        return f"{self.table}.{self.name}" if self.table else self.name

    @property
    def param(self) -> str:
        """Its parameter name in a command's signature."""
        return "knob_" + self.name.replace("-", "_")


KNOBS = (
    Knob("lang", "lang", commands=(*TAKE_ALL, "rules")),
    Knob("select", "select", metavar="RULE|#TAG"),
    Knob("ignore", "ignore", metavar="RULE|#TAG", adds=True),
    Knob("severity", "severity", metavar="RULE=LEVEL"),
    Knob("misspellings", "misspellings", metavar="WRONG=RIGHT", old_options=("--misspelling",)),
    Knob("min-year", "min_year", metavar="YEAR"),
    Knob("max-year", "max_year", metavar="YEAR"),
    Knob("min-period-years", "min_period_years", metavar="YEARS"),
    Knob("max-period-years", "max_period_years", metavar="YEARS"),
    Knob("preferred-versions", "preferred_versions", metavar="GLOB"),
    Knob("csv-dialect", "csv_dialect", commands=("extract", SERVE)),
    Knob("ocr", "ocr"),
    Knob("ocr-lang", "ocr_lang", metavar="LANGS"),
    Knob("ocr-min-confidence", "ocr_min_confidence", metavar="0-100"),
    Knob("max-file-size", "max_file_bytes", LIMITS_TABLE, old_keys=("max-file-bytes",)),
    Knob("max-pdf-pages", "max_pdf_pages", LIMITS_TABLE, old_options=("--max-pages",)),
    Knob("max-text-lines", "max_text_lines", LIMITS_TABLE),
    Knob("max-unpacked-size", "max_unpacked_bytes", LIMITS_TABLE),
    Knob("max-zip-entries", "max_zip_entries", LIMITS_TABLE),
    Knob("max-compression-ratio", "max_compression_ratio", LIMITS_TABLE, metavar="RATIO"),
    Knob("ratio-floor-size", "ratio_floor_bytes", LIMITS_TABLE),
    Knob("timeout", "timeout_s", LIMITS_TABLE, metavar="SECONDS"),
    Knob("max-memory", "max_memory_bytes", LIMITS_TABLE),
    Knob("max-ocr-pages", "max_ocr_pages", LIMITS_TABLE),
    Knob("ocr-page-timeout", "ocr_page_timeout_s", LIMITS_TABLE, metavar="SECONDS"),
)

TOP_LEVEL = {knob.name: knob for knob in KNOBS if not knob.table}
LIMITS = {knob.name: knob for knob in KNOBS if knob.table == LIMITS_TABLE}
OLD_KEYS = {old: knob for knob in KNOBS for old in knob.old_keys}


def knobs_of(command: str) -> list[Knob]:
    """The settings ``command`` takes, in the order --help lists them."""
    return [knob for knob in KNOBS if command in knob.commands]

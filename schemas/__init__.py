"""Pydantic models of renstra's output contract. No I/O and no parsing here."""

from .document import (
    SCHEMA_VERSION,
    Coverage,
    DocType,
    Document,
    Generator,
    NoteCode,
    Organization,
    Period,
    PeriodMention,
    Signatory,
    Source,
    SourceNote,
    TableSummary,
    UnreadPart,
)
from .finding import SEVERITY_RANK, Finding, Severity
from .indicator import (
    Formula,
    FormulaKind,
    Indicator,
    IndicatorLevel,
    InferredField,
    Polarity,
    SubItem,
    Target,
    ValueKind,
)
from .limits import Limits
from .location import SourceLocation
from .program import LEVEL_ORDER, Budget, Program, ProgramLevel
from .report import Report, Stats, Task, TaskError
from .rule_options import RuleOptions
from .settings import Lang, Settings
from .summary import Summary

__all__ = [
    "Budget",
    "LEVEL_ORDER",
    "Program",
    "ProgramLevel",
    "Coverage",
    "SCHEMA_VERSION",
    "SEVERITY_RANK",
    "DocType",
    "Document",
    "Finding",
    "Formula",
    "IndicatorLevel",
    "InferredField",
    "FormulaKind",
    "Generator",
    "Indicator",
    "Lang",
    "Limits",
    "NoteCode",
    "Organization",
    "Period",
    "Report",
    "RuleOptions",
    "PeriodMention",
    "Polarity",
    "Settings",
    "Severity",
    "Signatory",
    "Source",
    "SourceNote",
    "SourceLocation",
    "Stats",
    "Summary",
    "SubItem",
    "TableSummary",
    "UnreadPart",
    "Task",
    "TaskError",
    "Target",
    "ValueKind",
]

"""Rules on the signature block."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Finding, Settings

from ..parsers.nip import nip_problems
from .registry import finding, rule


def _document_month(date_iso: str | None) -> tuple[int, int] | None:
    if not date_iso or len(date_iso) < 7:
        return None
    try:
        return int(date_iso[:4]), int(date_iso[5:7])
    except ValueError:
        return None


@rule(
    "nip-invalid",
    "error",
    "The signatory's NIP is not a valid 18-digit NIP (a legacy 9-digit NIP is only info).",
    tags=("#signatory",),
    example="NIP. 19631326 199203 1 004 (month 13)",
)
def nip_invalid(document: Document, settings: Settings) -> Iterator[Finding]:
    signatory = document.signatory
    if signatory is None or not signatory.nip_raw:
        return
    severity, problems = nip_problems(signatory.nip_raw, _document_month(signatory.date_iso))
    if problems:
        yield finding(
            "nip-invalid",
            f"NIP '{signatory.nip_raw}': {'; '.join(problems)}.",
            signatory.location,
            severity=severity or None,  # type: ignore[arg-type]
        )

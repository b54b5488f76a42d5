"""Rules on the signature block."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings

from ..messages import CATALOGUE, Lang
from ..parsers.nip import nip_problems
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- nip-invalid
    "nip-invalid.description": {
        "id": "NIP penanda tangan bukan NIP 18 digit yang valid (NIP lama 9 digit hanya info).",
        "en": "The signatory's NIP is not a valid 18-digit NIP (a legacy 9-digit NIP is only "
        "info).",
    },
    "nip-invalid.example": {
        "id": "NIP. 19631326 199203 1 004 (bulan 13)",
        "en": "NIP. 19631326 199203 1 004 (month 13)",
    },
    "nip-invalid.why": {
        "id": "NIP mengidentifikasi pejabat yang menandatangani dan bertanggung jawab atas "
        "dokumen. NIP yang tidak sesuai susunan menurut Perka BKN 22/2007 (tanggal lahir, TMT "
        "CPNS, kode jenis kelamin, nomor urut) menandakan salah ketik, sehingga penanda tangan "
        "tidak dapat dicocokkan dengan data kepegawaian; NIP lama 9 digit pada dokumen lama bukan "
        "kesalahan dan hanya dicatat sebagai info.",
        "en": "The NIP identifies the official who signs and answers for the document. One that "
        "breaks the Perka BKN 22/2007 structure (birth date, TMT CPNS, gender digit, sequence) "
        "points to a typo, and the signatory cannot be matched with personnel records; a legacy "
        "9-digit NIP in an old document is not an error and is only noted as info.",
    },
    "nip-invalid.message": {"id": "NIP '{nip}': {problems}.", "en": "NIP '{nip}': {problems}."},
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


def _document_month(date_iso: str | None) -> tuple[int, int] | None:
    if not date_iso or len(date_iso) < 7:
        return None
    try:
        return int(date_iso[:4]), int(date_iso[5:7])
    except ValueError:
        return None


@rule("nip-invalid", "error", tags=("#signatory",))
def nip_invalid(document: Document, settings: Settings) -> Iterator[Hit]:
    signatory = document.signatory
    if signatory is None or not signatory.nip_raw:
        return
    severity, problems = nip_problems(signatory.nip_raw, _document_month(signatory.date_iso))
    if problems:
        yield finding(
            "nip-invalid",
            "message",
            signatory.location,
            severity=severity or None,  # type: ignore[arg-type]
            evidence=signatory.nip_raw,
            nip=signatory.nip_raw,
            problems=tuple(problems),
        )

"""NIP (Nomor Induk Pegawai, Perka BKN 22/2007): split into parts and list what is wrong.

18 digits: birth date YYYYMMDD, appointment (TMT CPNS) YYYYMM, gender 1/2, sequence NNN.
Documents from before 2009 may carry the legacy 9-digit NIP, which is not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..messages import CATALOGUE, Lang, Msg, msg

PROBLEMS: dict[str, dict[Lang, str]] = {
    "nip.legacy": {
        "id": "NIP lama 9 digit (sebelum 2009)",
        "en": "legacy 9-digit NIP (before 2009)",
    },
    "nip.length": {
        "id": "NIP terdiri atas {digits} digit, seharusnya {expected}",
        "en": "NIP has {digits} digits, expected {expected}",
    },
    "nip.birth-date": {
        "id": "tanggal lahir {date} tidak mungkin",
        "en": "impossible birth date {date}",
    },
    "nip.birth-early": {
        "id": "tahun lahir {year} sebelum {earliest}",
        "en": "birth year {year} before {earliest}",
    },
    "nip.birth-late": {
        "id": "tahun lahir {year} sesudah tahun dokumen {document}",
        "en": "birth year {year} after the document year {document}",
    },
    "nip.appointment-month": {
        "id": "bulan pengangkatan {month} tidak mungkin",
        "en": "impossible appointment month {month}",
    },
    "nip.gender": {
        "id": "digit jenis kelamin {digit} bukan 1 atau 2",
        "en": "gender digit {digit} is not 1 or 2",
    },
    "nip.sequence": {"id": "nomor urut 000", "en": "sequence number 000"},
    "nip.appointment-young": {
        "id": "pengangkatan {appointed} sebelum usia {age} tahun (lahir {born})",
        "en": "appointment {appointed} before age {age} (born {born})",
    },
    "nip.appointment-late": {
        "id": "pengangkatan {appointed} sesudah tanggal dokumen {document}",
        "en": "appointment {appointed} after the document date {document}",
    },
}
"""What can be wrong with a NIP, as problem codes the nip-invalid rule renders."""
CATALOGUE.update(PROBLEMS)

_NON_DIGIT = re.compile(r"\D+")

NIP_LENGTH = 18
LEGACY_NIP_LENGTH = 9
MIN_APPOINTMENT_AGE = 18
MIN_BIRTH_YEAR = 1900


@dataclass(frozen=True, slots=True)
class NipParts:
    digits: str
    birth: date | None
    """None when the birth digits are not a real date."""
    appointment: tuple[int, int] | None
    """(year, month); None when the month is not 1..12."""
    gender: int | None
    sequence: int | None


def normalize_nip(raw: str) -> str:
    return _NON_DIGIT.sub("", raw)


def split_nip(raw: str) -> NipParts:
    """The parts of an 18-digit NIP; every part is None when the digit count is wrong."""
    digits = normalize_nip(raw)
    if len(digits) != NIP_LENGTH:
        return NipParts(digits, None, None, None, None)
    try:
        birth: date | None = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        birth = None
    month = int(digits[12:14])
    appointment = (int(digits[8:12]), month) if 1 <= month <= 12 else None
    return NipParts(digits, birth, appointment, int(digits[14]), int(digits[15:18]))


def nip_problems(raw: str, document_date: tuple[int, int] | None = None) -> tuple[str, list[Msg]]:
    """Return (severity, problems): ("", []) for a valid NIP, "info" for a legacy one; each
    problem is a code (a catalogue key, see PROBLEMS) with its parameters.

    ``document_date`` is the (year, month) the document was signed, when known.
    """
    digits = normalize_nip(raw)
    if len(digits) == LEGACY_NIP_LENGTH:
        return "info", [msg("nip.legacy")]
    if len(digits) != NIP_LENGTH:
        return "error", [msg("nip.length", digits=len(digits), expected=NIP_LENGTH)]

    parts = split_nip(digits)
    problems: list[Msg] = []
    birth_year = int(digits[0:4])
    if parts.birth is None:
        problems.append(msg("nip.birth-date", date=digits[0:8]))
    if birth_year < MIN_BIRTH_YEAR:
        problems.append(msg("nip.birth-early", year=birth_year, earliest=MIN_BIRTH_YEAR))
    if document_date is not None and birth_year > document_date[0]:
        problems.append(msg("nip.birth-late", year=birth_year, document=document_date[0]))
    if parts.appointment is None:
        problems.append(msg("nip.appointment-month", month=digits[12:14]))
    if parts.gender not in (1, 2):
        problems.append(msg("nip.gender", digit=parts.gender))
    if parts.sequence == 0:
        problems.append(msg("nip.sequence"))
    if parts.birth is not None and parts.appointment is not None:
        adult = (parts.birth.year + MIN_APPOINTMENT_AGE, parts.birth.month)
        if parts.appointment < adult:
            problems.append(
                msg(
                    "nip.appointment-young",
                    appointed=_ym(parts.appointment),
                    age=MIN_APPOINTMENT_AGE,
                    born=parts.birth.isoformat(),
                )
            )
    if (
        document_date is not None
        and parts.appointment is not None
        and parts.appointment > document_date
    ):
        problems.append(
            msg(
                "nip.appointment-late",
                appointed=_ym(parts.appointment),
                document=_ym(document_date),
            )
        )
    return ("error", problems) if problems else ("", [])


def _ym(year_month: tuple[int, int]) -> str:
    return f"{year_month[0]:04d}-{year_month[1]:02d}"

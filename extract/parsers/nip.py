"""NIP (Nomor Induk Pegawai, Perka BKN 22/2007): split into parts and list what is wrong.

18 digits: birth date YYYYMMDD, appointment (TMT CPNS) YYYYMM, gender 1/2, sequence NNN.
Documents from before 2009 may carry the legacy 9-digit NIP, which is not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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


def nip_problems(raw: str, document_date: tuple[int, int] | None = None) -> tuple[str, list[str]]:
    """Return (severity, problems): ("", []) for a valid NIP, "info" for a legacy one.

    ``document_date`` is the (year, month) the document was signed, when known.
    """
    digits = normalize_nip(raw)
    if len(digits) == LEGACY_NIP_LENGTH:
        return "info", ["legacy 9-digit NIP (before 2009)"]
    if len(digits) != NIP_LENGTH:
        return "error", [f"NIP has {len(digits)} digits, expected {NIP_LENGTH}"]

    parts = split_nip(digits)
    problems: list[str] = []
    birth_year = int(digits[0:4])
    if parts.birth is None:
        problems.append(f"impossible birth date {digits[0:8]}")
    if birth_year < MIN_BIRTH_YEAR:
        problems.append(f"birth year {birth_year} before {MIN_BIRTH_YEAR}")
    if document_date is not None and birth_year > document_date[0]:
        problems.append(f"birth year {birth_year} after the document year {document_date[0]}")
    if parts.appointment is None:
        problems.append(f"impossible appointment month {digits[12:14]}")
    if parts.gender not in (1, 2):
        problems.append(f"gender digit {parts.gender} is not 1 or 2")
    if parts.sequence == 0:
        problems.append("sequence number 000")
    if parts.birth is not None and parts.appointment is not None:
        adult = (parts.birth.year + MIN_APPOINTMENT_AGE, parts.birth.month)
        if parts.appointment < adult:
            problems.append(
                f"appointment {_ym(parts.appointment)} before age {MIN_APPOINTMENT_AGE}"
                f" (born {parts.birth.isoformat()})"
            )
    if (
        document_date is not None
        and parts.appointment is not None
        and parts.appointment > document_date
    ):
        problems.append(
            f"appointment {_ym(parts.appointment)} after the document date {_ym(document_date)}"
        )
    return ("error", problems) if problems else ("", [])


def _ym(year_month: tuple[int, int]) -> str:
    return f"{year_month[0]:04d}-{year_month[1]:02d}"

"""The kode of program rows against the nomenclature of Permendagri 90/2019.

A kode is compared as written, with the spaces around its dots and a trailing dot left
out (``1.02 .02.`` is ``1.02.02``); the split columns of a T-C.27 are joined with dots
by the parser already.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from renstra.schemas import Document, Program, Settings

from ..messages import CATALOGUE, Lang, Msg, msg
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    "code-format.description": {
        "id": "Kode program, kegiatan, atau sub kegiatan tidak mengikuti bentuk kode Permendagri "
        "90/2019, kedalamannya tidak sesuai dengan jenis barisnya, atau tidak diawali kode "
        "baris induknya.",
        "en": "A program, kegiatan or sub kegiatan kode does not follow the shape of the "
        "Permendagri 90/2019 nomenclature, its depth does not fit the row's level, or it does "
        "not start with its parent row's kode.",
    },
    "code-format.example": {
        "id": "kegiatan '1.02.03.2.01' di bawah program '1.02.02'; kode '1.2.2.2.1'",
        "en": "kegiatan '1.02.03.2.01' under program '1.02.02'; kode '1.2.2.2.1'",
    },
    "code-format.why": {
        "id": "SIPD dan aplikasi e-SAKIP mengenali program, kegiatan, dan sub kegiatan dari "
        "kodenya, lalu menjumlahkan pagu dan menelusuri indikator menurut awalan kode itu. "
        "Bentuk yang diterima: urusan X, bidang X.XX, program X.XX.XX, kegiatan X.XX.XX.X.XX, "
        "sub kegiatan X.XX.XX.X.XX.XXXX (Kepmendagri 050-5889/2021; pemutakhiran sebelumnya "
        "menulis X.XX.XX.X.XX.XX), dengan X angka dan urusan satu angka; dari Permendagri "
        "13/2006 yang masih dipakai Renstra 2016-2021, kegiatan X.XX.XX.XX (1.02.01.15). Huruf "
        "X yang tersalin dari lampiran (X.XX.01) bukan kode. Kode dengan bentuk lain, atau "
        "kegiatan yang kodenya tidak diawali kode programnya, tidak tercatat di bawah program "
        "yang benar. Ini peringatan: isi rencana tetap terbaca, hanya kodenya yang perlu "
        "dibetulkan.",
        "en": "SIPD and e-SAKIP applications know a program, kegiatan or sub kegiatan by its "
        "kode, and add up pagu and trace indicators by the kode's prefix. Shapes accepted: "
        "urusan X, bidang X.XX, program X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan "
        "X.XX.XX.X.XX.XXXX (Kepmendagri 050-5889/2021; earlier updates wrote "
        "X.XX.XX.X.XX.XX), where X is a digit and the urusan one digit; from Permendagri "
        "13/2006, still used by 2016-2021 Renstra, kegiatan X.XX.XX.XX (1.02.01.15). An X "
        "copied from the annex (X.XX.01) is no kode. A kode of another shape, or a kegiatan "
        "whose kode does not start with its program's, is filed under the wrong program. A "
        "warning: the plan itself reads fine, only its kode needs mending.",
    },
    "code-format.shape": {
        "id": "'{name}': kode '{code}' tidak mengikuti bentuk kode Permendagri 90/2019.",
        "en": "'{name}': the kode '{code}' does not follow the Permendagri 90/2019 shape.",
    },
    "code-format.level": {
        "id": "'{name}' adalah baris {level}, tetapi kode '{code}' berbentuk kode {shape}.",
        "en": "'{name}' is a {level} row, but its kode '{code}' has the shape of a {shape} kode.",
    },
    "code-format.parent": {
        "id": "'{name}': kode '{code}' tidak diawali kode baris induknya '{parent}' "
        "('{parent_name}').",
        "en": "'{name}': the kode '{code}' does not start with its parent row's kode '{parent}' "
        "('{parent_name}').",
    },
    "code-format.expected": {
        "id": "Kode {level} berbentuk {pattern}.",
        "en": "A {level} kode has the shape {pattern}.",
    },
    "code-format.parent-suggestion": {
        "id": "Awali dengan '{parent}.'.",
        "en": "Start it with '{parent}.'.",
    },
    "codes.urusan": {"id": "urusan", "en": "urusan"},
    "codes.bidang": {"id": "bidang urusan", "en": "bidang"},
    "codes.program": {"id": "program", "en": "program"},
    "codes.kegiatan": {"id": "kegiatan", "en": "kegiatan"},
    "codes.sub_kegiatan": {"id": "sub kegiatan", "en": "sub kegiatan"},
}
CATALOGUE.update(MESSAGES)

SHAPES: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"\d"), "urusan"),
    (regex.compile(r"\d\.\d{2}"), "bidang"),
    (regex.compile(r"\d\.\d{2}\.\d{2}"), "program"),
    (regex.compile(r"\d\.\d{2}\.\d{2}\.\d{2}"), "kegiatan"),  # Permendagri 13/2006
    (regex.compile(r"\d\.\d{2}\.\d{2}\.\d\.\d{2}"), "kegiatan"),
    (regex.compile(r"\d\.\d{2}\.\d{2}\.\d\.\d{2}\.(?:\d{4}|\d{2})"), "sub_kegiatan"),
)
"""Each accepted shape (matched whole) and the level a kode of that shape is."""
PATTERNS = {
    "urusan": "X",
    "bidang": "X.XX",
    "program": "X.XX.XX",
    "kegiatan": "X.XX.XX.X.XX",
    "sub_kegiatan": "X.XX.XX.X.XX.XXXX",
}
_AROUND_DOTS = regex.compile(r"\s*\.\s*")


def normal_code(code: str) -> str:
    """The kode with spaces around its dots and a trailing dot left out."""
    return _AROUND_DOTS.sub(".", code.strip()).rstrip(".")


def code_level(code: str) -> str | None:
    """The level a kode's shape says ('program' for 1.02.02); None for no accepted shape."""
    for pattern, level in SHAPES:
        if pattern.fullmatch(code):
            return level
    return None


@rule("code-format", "warning", tags=("#program",))
def code_format(document: Document, settings: Settings) -> Iterator[Hit]:
    by_id = {p.id: p for p in document.programs}
    for program in document.programs:
        if program.code is None or not program.code.strip():
            continue
        code = normal_code(program.code)
        shape = code_level(code)
        level = program.level if program.level in PATTERNS else None
        if shape is None:
            yield _hit(program, "shape", _expected(level), code=program.code)
        elif level is not None and shape != level:
            yield _hit(
                program,
                "level",
                _expected(level),
                code=program.code,
                level=msg(f"codes.{level}"),
                shape=msg(f"codes.{shape}"),
            )
        else:
            parent = by_id.get(program.parent or "")
            if parent is None or parent.code is None:
                continue
            prefix = normal_code(parent.code)
            if code_level(prefix) is None or code.startswith(prefix + "."):
                continue
            yield _hit(
                program,
                "parent",
                msg("code-format.parent-suggestion", parent=prefix),
                code=program.code,
                parent=parent.code,
                parent_name=parent.name,
            )


def _expected(level: str | None) -> Msg | None:
    if level is None:
        return None
    return msg("code-format.expected", level=msg(f"codes.{level}"), pattern=PATTERNS[level])


def _hit(program: Program, key: str, suggestion: Msg | None, **params: object) -> Hit:
    return finding(
        "code-format",
        msg(f"code-format.{key}", name=program.name, **params),
        program.provenance,
        indicator_id=program.id,
        suggestion=suggestion,
        evidence=program.code,
    )

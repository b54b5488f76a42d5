"""Rules on the planning period and on how many target years the tables carry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex
from renstra.schemas import Document, Finding, Settings
from renstra.schemas.finding import Fix

from ..messages import CATALOGUE, Lang, msg
from ..parsers.periods import MAX_PERIOD_MENTIONS, PeriodSuggestions, is_plausible
from .registry import Hit, finding, rule

_YEAR = regex.compile(r"\d{4}")
_PERIOD = regex.compile(r"(\d{4})-(\d{4})")

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- period-typo
    "period-typo.description": {
        "id": "Rentang tahun yang tidak mungkin menjadi periode perencanaan "
        "(salah ketik seperti 2021-2126).",
        "en": "A year range that cannot be a planning period (a typo such as 2021-2126).",
    },
    "period-typo.example": {"id": "Tahun 2021-2126", "en": "Tahun 2021-2126"},
    "period-typo.why": {
        "id": "Rentang seperti 2021-2126 tidak mungkin menjadi periode perencanaan, sehingga tidak "
        "dipakai saat periode dokumen ditentukan; jika hanya itu periode yang tertulis, kolom "
        "TAHUN KE- tidak dapat dikaitkan dengan tahun kalender. Salah ketik tahun pada periode "
        "termasuk kesalahan yang paling sering ditemukan pengelola data saat menelaah dokumen.",
        "en": "A range such as 2021-2126 cannot be a planning period, so it is left out when the "
        "document's period is decided; if it is the only period written, the TAHUN KE- columns "
        "cannot be tied to calendar years. Year typos in periods are among the defects stewards "
        "most often catch by hand.",
    },
    "period-typo.message": {
        "id": "'{raw}' bukan periode perencanaan yang wajar ({years} tahun).",
        "en": "'{raw}' is not a plausible planning period ({years} years).",
    },
    # -- period-mismatch
    "period-mismatch.description": {
        "id": "Dokumen menyebut dua atau lebih periode wajar yang berbeda.",
        "en": "The document states two or more different plausible periods.",
    },
    "period-mismatch.example": {
        "id": "'2021-2026' di teks, '2022-2027' di judul tabel",
        "en": "'2021-2026' in the text, '2022-2027' in a table title",
    },
    "period-mismatch.why": {
        "id": "Satu Renstra atau IKU hanya berlaku untuk satu periode. Bila teks dan tabelnya "
        "menyebut periode berbeda, periode dokumen diambil dari yang paling sering disebut dan "
        "kolom TAHUN KE- dipetakan ke tahun periode itu, sehingga target dapat tercatat pada "
        "tahun yang salah; sering kali sebagian isi terbawa dari dokumen periode lalu.",
        "en": "A Renstra or IKU covers one period. When its text and tables state different ones, "
        "the document's period is taken from the one written most often and the TAHUN KE- columns "
        "are mapped to its years, so targets may be filed under the wrong year; often part of the "
        "content was carried over from the previous period's document.",
    },
    "period-mismatch.message": {
        "id": "'{raw}' berbeda dengan periode dokumen {period} (disebut {count} kali).",
        "en": "'{raw}' differs from the document's period {period} (stated {count} time(s)).",
    },
    # -- target-count-mismatch
    "target-count-mismatch.description": {
        "id": "Jumlah kolom target sebuah tabel tidak sesuai dengan jumlah tahun periode.",
        "en": "A table's target columns do not match the years of the period.",
    },
    "target-count-mismatch.example": {
        "id": "lima kolom TAHUN KE- untuk periode 2021-2026 (enam tahun)",
        "en": "five TAHUN KE- columns under 2021-2026 (six years)",
    },
    "target-count-mismatch.why": {
        "id": "Setiap tahun periode memerlukan satu kolom target. Bila jumlah kolomnya tidak sama "
        "dengan jumlah tahun, tahun kalender setiap target tidak dapat dipastikan (renstra "
        "membiarkannya tanpa tahun) dan target mudah tercatat pada tahun yang salah saat diisikan "
        "ke aplikasi e-SAKIP; bila kurang satu kolom, sering tidak jelas apakah tahun pertama "
        "periode merupakan tahun dasar (kondisi awal).",
        "en": "Each year of the period needs one target column. When the counts differ, the "
        "calendar year of each target cannot be made certain (renstra leaves it unmapped) and a "
        "target is easily entered under the wrong year in e-SAKIP; with one column short, it is "
        "often unclear whether the first year of the period is the baseline (kondisi awal).",
    },
    "target-count-mismatch.baseline": {
        "id": "Tabel {table} memiliki {count} kolom target, padahal periode {span} mencakup "
        "{years} tahun: kolom itu adalah {after} jika {start} tahun dasar, atau {before}; "
        "tahun kalendernya tidak dipetakan.",
        "en": "Table {table} has {count} target columns but the period {span} spans {years} "
        "years: the columns are {after} if {start} is the baseline year, or {before}; their "
        "calendar years were left unmapped.",
    },
    "target-count-mismatch.baseline-suggestion": {
        "id": "Beri label tahun kalender pada kolom target, atau sebutkan tahun mana yang "
        "menjadi tahun dasar.",
        "en": "Label the target columns with calendar years, or state which year is the baseline.",
    },
    "target-count-mismatch.message": {
        "id": "Tabel {table} memiliki {count} kolom target, padahal periode {span} mencakup "
        "{years} tahun.",
        "en": "Table {table} has {count} target columns but the period {span} spans {years} years.",
    },
    "target-count-mismatch.suggestion": {
        "id": "Sediakan satu kolom target untuk setiap tahun {span}.",
        "en": "Give one target column per year of {span}.",
    },
    # -- period-mentions-limit
    "period-mentions-limit.description": {
        "id": "Dokumen menulis lebih banyak rentang tahun daripada yang disimpan renstra; "
        "rentang setelah batas itu tidak dibaca.",
        "en": "The document writes more year ranges than renstra keeps; those past that limit "
        "were not read.",
    },
    "period-mentions-limit.example": {
        "id": "ribuan rentang tahun seperti '2021-2026 2022-2027 ...' dalam satu berkas",
        "en": "thousands of year ranges such as '2021-2026 2022-2027 ...' in one file",
    },
    "period-mentions-limit.why": {
        "id": "Sebuah Renstra menyebut periodenya beberapa puluh kali, paling banyak beberapa "
        "ratus (judul halaman pada setiap halaman). Ribuan rentang tahun menandakan berkas yang "
        "rusak atau sengaja dibuat untuk membebani pemrosesan; renstra menyimpan sebagian saja "
        "agar hasilnya tetap kecil, dan aturan ini memberi tahu bahwa periode dokumen, "
        "period-typo, dan period-mismatch hanya menimbang rentang yang tersimpan.",
        "en": "A Renstra writes its period a few dozen times, a few hundred at most (a running "
        "header on every page). Thousands of year ranges mark a broken file or one made to "
        "overload processing; renstra keeps only part of them so that the output stays small, "
        "and this rule says that the document's period, period-typo and period-mismatch weigh "
        "only the ranges kept.",
    },
    "period-mentions-limit.message": {
        "id": "Dokumen menulis sedikitnya {limit} rentang tahun, batas yang disimpan: rentang "
        "setelah '{raw}' tidak dibaca, dan periode dokumen ditentukan dari {limit} rentang "
        "pertama.",
        "en": "The document writes at least {limit} year ranges, the most that are kept: ranges "
        "after '{raw}' were not read, and the document's period was decided from the first "
        "{limit}.",
    },
    "period-mentions-limit.suggestion": {
        "id": "Periksa berkasnya: dokumen perencanaan tidak menulis rentang tahun sebanyak itu.",
        "en": "Check the file: a planning document does not write so many year ranges.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


def fix_period(document: Document, finding: Finding, settings: Settings) -> list[Fix]:
    match = _PERIOD.fullmatch(finding.suggestion or "")
    if match is None:
        return []
    start, end = int(match[1]), int(match[2])
    for i, mention in enumerate(document.period_mentions):
        if mention.plausible or mention.raw != finding.evidence:
            continue
        if mention.location != finding.location:
            continue
        new_raw = _with_years(mention.raw, start, end)
        old_raw = mention.raw
        mention.start, mention.end, mention.raw = start, end, new_raw
        mention.plausible = is_plausible(start, end, settings)
        return [Fix(rule="period-typo", path=f"period_mentions[{i}].raw", old=old_raw, new=new_raw)]
    return []


def _with_years(raw: str, start: int, end: int) -> str:
    """``raw`` with its two years replaced, keeping what is written between them."""
    years = iter((str(start), str(end)))
    return _YEAR.sub(lambda _: next(years), raw, count=2)


@rule("period-typo", "error", tags=("#period",), fix=fix_period)
def period_typo(document: Document, settings: Settings) -> Iterator[Hit]:
    suggestions: PeriodSuggestions | None = None
    for mention in document.period_mentions:
        if mention.plausible:
            continue
        if suggestions is None:
            suggestions = PeriodSuggestions(document.period_mentions, settings)
        suggested = suggestions.suggest(mention)
        yield finding(
            "period-typo",
            "message",
            mention.location,
            suggestion=f"{suggested[0]}-{suggested[1]}" if suggested else None,
            evidence=mention.raw,
            raw=mention.raw,
            years=mention.end - mention.start + 1,
        )


@rule("period-mentions-limit", "warning", tags=("#period", "#coverage"))
def period_mentions_limit(document: Document, settings: Settings) -> Iterator[Hit]:
    """The parser keeps MAX_PERIOD_MENTIONS mentions: a document holding that many may hold
    more, and the period rules above saw only these."""
    mentions = document.period_mentions
    if len(mentions) < MAX_PERIOD_MENTIONS:
        return
    last = mentions[-1]
    yield finding(
        "period-mentions-limit",
        "message",
        last.location,
        suggestion=msg("period-mentions-limit.suggestion"),
        evidence=last.raw,
        limit=f"{MAX_PERIOD_MENTIONS:,}",
        raw=last.raw,
    )


@rule("period-mismatch", "warning", tags=("#period",))
def period_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    plausible = [m for m in document.period_mentions if m.plausible]
    spans = [(m.start, m.end) for m in plausible]
    if document.period is None or len(set(spans)) < 2:
        return
    main = (document.period.start, document.period.end)
    count = spans.count(main)
    for mention, span in zip(plausible, spans, strict=True):
        if span == main:
            continue
        yield finding(
            "period-mismatch",
            "message",
            mention.location,
            suggestion=f"{main[0]}-{main[1]}",
            evidence=mention.raw,
            raw=mention.raw,
            period=f"{main[0]}-{main[1]}",
            count=count,
        )


@rule("target-count-mismatch", "error", tags=("#period", "#target"))
def target_count_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    period = document.period
    if period is None:
        return
    years = period.end - period.start + 1
    span = f"{period.start}-{period.end}"
    for table in document.tables:
        count = table.target_columns
        if not count or count == years or any(y is not None for y in table.target_years):
            continue
        facts: dict[str, Any] = {
            "table": table.index,
            "count": count,
            "span": span,
            "years": years,
        }
        if count == years - 1:
            yield finding(
                "target-count-mismatch",
                "baseline",
                table.location,
                severity="warning",
                suggestion=msg("target-count-mismatch.baseline-suggestion"),
                after=f"{period.start + 1}-{period.end}",
                before=f"{period.start}-{period.end - 1}",
                start=period.start,
                **facts,
            )
        else:
            yield finding(
                "target-count-mismatch",
                "message",
                table.location,
                suggestion=msg("target-count-mismatch.suggestion", span=span),
                **facts,
            )

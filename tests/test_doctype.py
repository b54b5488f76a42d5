from __future__ import annotations

from pathlib import Path

import pytest
from renstra.extract.parsers.columns import Layout, TargetColumn
from renstra.extract.parsers.doctype import detect_doc_type, table_kind
from renstra.extract.parsers.periods import yearly_period

from .documents import extract_text
from .lines import lines_of


def layout(*roles: str) -> Layout:
    targets = tuple(
        TargetColumn(c, i, None)
        for i, c in enumerate((c for c, role in enumerate(roles) if role == "target"), start=1)
    )
    return Layout(
        header_rows=1,
        skip_rows=frozenset(),
        roles=roles,
        targets=targets,
        header_texts=(tuple(roles),),
    )


@pytest.mark.parametrize(
    ("roles", "kind"),
    [
        # seed 2: No | Uraian Indikator | Satuan | Alasan | Sumber Data | Rumus
        (("number", "indicator", "unit", "rationale", "data_source", "formula"), "iku"),
        (("number", "objective", "indicator", "formula", "data_source"), "iku"),
        (("number", "objective", "indicator", "rationale", "data_source"), "iku"),
        (("number", "objective", "indicator", "data_source"), "iku"),
        # seed 1: T-C.25 with five target columns
        (("number", "goal", "objective", "indicator") + ("target",) * 5, "renstra"),
        # T-C.28: baseline, targets, final condition
        (("indicator", "baseline", "target", "target", "target", "final_target"), "renstra"),
        # an indicator list without targets or IKU columns
        (("number", "indicator", "unit"), "other"),
    ],
)
def test_table_kind(roles: tuple[str, ...], kind: str) -> None:
    assert table_kind(layout(*roles)) == kind


def test_iku_kodefikasi_layout_with_yearly_targets_is_iku() -> None:
    roles = ("code", "indicator", "unit", "note", "baseline", "target", "target", "target",
             "note", "data_source", "note", "note")  # fmt: skip
    assert table_kind(layout(*roles)) == "iku"


@pytest.mark.parametrize(
    ("kinds", "doc_type"),
    [
        (["iku"], "iku"),
        (["renstra"], "renstra"),
        (["renstra", "renstra", "other"], "renstra"),
        (["iku", "other"], "iku"),
    ],
)
def test_one_table_kind_decides_whatever_the_title(kinds: list[str], doc_type: str) -> None:
    title = lines_of("RENCANA STRATEGIS", "INDIKATOR KINERJA UTAMA (IKU)")
    assert detect_doc_type(title, kinds) == doc_type


@pytest.mark.parametrize(
    ("texts", "kinds", "doc_type"),
    [
        # no tables: the title decides
        (("**MATRIKS INDIKATOR KINERJA UTAMA (IKU) OPD", "KOTA METRO TAHUN 2021 - 2025**"), [],
         "iku"),
        (("RENCANA STRATEGIS", "DINAS KESEHATAN", "2021-2026"), [], "renstra"),
        (("BAB IV", "TUJUAN DAN SASARAN", "Tujuan dan Sasaran Jangka Menengah Kecamatan"), [],
         "renstra"),
        (("Renstra Kecamatan Metro Timur",), ["other"], "renstra"),
        # mixed table kinds: the title decides
        (("MATRIKS IKU",), ["iku", "renstra"], "iku"),
        (("RENCANA STRATEGIS 2021-2026",), ["iku", "renstra"], "renstra"),
        (("Laporan",), [], "unknown"),
        ((), [], "unknown"),
    ],
)  # fmt: skip
def test_titles_decide_when_the_tables_do_not(
    texts: tuple[str, ...], kinds: list[str], doc_type: str
) -> None:
    assert detect_doc_type(lines_of(*texts), kinds) == doc_type


def test_iku_in_the_first_lines_wins_over_renstra_later() -> None:
    texts = ["INDIKATOR KINERJA UTAMA", "DINAS KESEHATAN"] + ["isi"] * 20 + ["Rencana Strategis"]
    assert detect_doc_type(lines_of(*texts), []) == "iku"


def test_renstra_title_wins_over_an_iku_mention_past_the_first_lines() -> None:
    texts = ["RENCANA STRATEGIS", "DINAS KESEHATAN"] + ["isi"] * 20 + ["Indikator Kinerja Utama"]
    assert detect_doc_type(lines_of(*texts), []) == "renstra"


def test_word_iku_inside_another_word_is_not_a_title() -> None:
    assert detect_doc_type(lines_of("Rapat Koordinasi Pikun", "Laporan"), []) == "unknown"


def test_a_perjanjian_kinerja_is_its_own_kind_and_its_year_is_its_period(tmp_path: Path) -> None:
    text = (
        "PERJANJIAN KINERJA TAHUN 2025\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU\n\n"
        "No\tSasaran Strategis\tIndikator Sasaran\tTarget\n"
        "1\tMeningkatnya kualitas layanan\tIndeks SPBE\t2,8 Indeks\n"
    )
    document = extract_text(tmp_path, text)
    assert document.doc_type == "pk"
    assert document.period is not None and (document.period.start, document.period.end) == (
        2025, 2025,
    )  # fmt: skip
    assert [t.year for t in document.indicators[0].targets] == [2025]


@pytest.mark.parametrize(
    ("subtitle", "year"),
    [
        ("Tahun 2025 · Lingkup OPD (RENSTRA)", 2025),
        ("Tahun 2025 - Lingkup OPD (RENSTRA)", 2025),  # the '·' as OCR reads it
        ("Tahun 2025 - 2029", None),
        ("Tahun 2025 s.d. 2029", None),
    ],
)
def test_the_year_of_a_yearly_report_stands_before_a_dash_but_not_a_range(
    subtitle: str, year: int | None
) -> None:
    lines = lines_of("LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", subtitle)
    found = yearly_period(lines)
    assert (found.start if found else None) == year

"""The scanned-twin benchmark's scoring (benchmarks/accuracy_scanned.py): low-confidence
cells that became findings, numbers read wrong without a finding pointing at them, and a
twin renstra reads nothing from scoring F1 0."""

from __future__ import annotations

from typing import Any

from renstra.schemas.settings import Settings

from .paths import SAMPLES
from .test_scan_twins import _load

scanned = _load("accuracy_scanned")
SCANNED = SAMPLES / "scanned"


def cell(text: str, value: float | None, page: int, bbox: list[float], confidence: float) -> dict:
    return {
        "text": text, "value": value,
        "provenance": {"page": page, "bbox": bbox, "confidence": confidence},
    }  # fmt: skip


def finding(rule: str, **location: Any) -> dict[str, Any]:
    return {"rule": rule, "location": location}


EXPECTED: dict[str, Any] = {
    "indicators": [
        {
            "name": "Persentase PMKS tertangani",
            "baseline": {"text": "70", "value": 70},
            "targets": [
                {"year": 2022, "text": "80", "value": 80},
                {"year": 2023, "text": "90", "value": 90},
                {"year": 2024, "text": "BB", "value": None},
            ],
        }
    ],
    "programs": [
        {
            "name": "Program Penunjang Urusan",
            "budgets": [{"year": 2022, "text": "1.250", "amount": 1250000}],
        }
    ],
}


def extracted() -> dict[str, Any]:
    """What an OCR run might give: 90 read as 98 (its cell under the confidence bar and
    flagged), 70 read as 7 with a high confidence and no finding, BB read as 88 (flagged
    as a suspect number), a budget read wrong and flagged by its table cell."""
    return {
        "indicators": [
            {
                "name": "Persentase PMKS tertangani",
                "provenance": {"page": 1, "bbox": [10, 10, 90, 20], "confidence": 60},
                "baseline": cell("7", 7, 1, [100, 10, 120, 20], 95),
                "targets": [
                    cell("80", 80, 1, [130, 10, 150, 20], 96),
                    cell("98", 98, 1, [160, 10, 180, 20], 41),
                    cell("88", 88, 1, [190, 10, 210, 20], 80),
                ],
                "final_target": None,
            }
        ],
        "programs": [
            {
                "name": "Program Penunjang Urusan",
                "budgets": [
                    {
                        "text": "1.280",
                        "amount": 1280000,
                        "provenance": {"page": 2, "table": 1, "row": 3, "column": 4},
                    },
                ],
            }
        ],
        "findings": [
            finding("ocr-low-confidence", page=1, bbox=[165, 12, 175, 18]),
            finding("ocr-suspect-number", page=1, bbox=[190, 10, 210, 20]),
            finding("ocr-suspect-number", page=2, table=1, row=3, column=4),
            finding("ocr-low-confidence", page=2, bbox=[10, 10, 90, 20]),  # another page
            finding("ocr-page", page=1),
        ],
    }


def test_a_finding_points_at_the_place_it_shares_a_page_and_box_or_cell_with() -> None:
    place = {"page": 1, "bbox": [10, 10, 20, 20]}
    assert scanned.points_at({"page": 1, "bbox": [19, 19, 30, 30]}, place)
    assert not scanned.points_at({"page": 1, "bbox": [21, 10, 30, 20]}, place)
    assert not scanned.points_at({"page": 2, "bbox": [10, 10, 20, 20]}, place)
    assert not scanned.points_at({"page": 1}, place)  # the whole page points at no cell
    grid = {"page": 1, "table": 2, "row": 3, "column": 4}
    assert scanned.points_at(dict(grid), grid)
    assert not scanned.points_at({**grid, "column": 5}, grid)
    assert not scanned.points_at(None, grid)


def test_low_confidence_cells_and_those_a_finding_points_at() -> None:
    # under 70: the indicator's name cell (60, whose finding is on another page) and 98 (41)
    assert scanned.low_confidence(extracted(), 70.0) == (2, 1)
    assert scanned.low_confidence(extracted(), 50.0) == (1, 1)
    # under 99: every cell that has a confidence (the budget's has none); 88's finding is an
    # ocr-suspect-number, which says the text is no number, not that OCR was unsure
    assert scanned.low_confidence(extracted(), 99.0) == (5, 1)


def test_numbers_read_wrong_and_those_without_a_finding() -> None:
    wrong, unflagged = scanned.wrong_numbers(EXPECTED, extracted())
    assert [(label.split(" / ")[-1], want, got) for label, want, got in wrong] == [
        ("baseline", 70, "7"),
        ("target 2", 90, "98"),
        ("target 3", None, "88"),
        ("budget 1", 1250000, "1.280"),
    ]
    assert [(label.split(" / ")[-1], want, got) for label, want, got in unflagged] == [
        ("baseline", 70, "7")
    ]


def test_a_number_read_right_or_left_unread_is_not_read_wrong() -> None:
    document = extracted()
    targets = document["indicators"][0]["targets"]
    targets[1].update(text="90", value=90.0)
    targets[2].update(text="8B", value=None)  # not silently a number: no wrong number
    document["indicators"][0]["baseline"].update(text="70", value=70)
    document["programs"][0]["budgets"][0].update(text="1.250", amount=1250000)
    assert scanned.wrong_numbers(EXPECTED, document) == ([], [])


def test_a_twin_without_ocr_scores_f1_zero_against_the_original_s_facts() -> None:
    expected = scanned.load_expected(SCANNED / "iku_matrix_ruled_pdf" / "expected.json")
    assert len(expected["indicators"]) == 11  # the original's facts, through "facts"
    assert expected["files"] == ["iku_matrix_ruled_pdf.pdf"]
    results = scanned.run(SCANNED, settings=Settings(ocr="off"))
    assert [(r.folder, r.format, r.pages) for r in results] == [
        ("iku_matrix_ruled_pdf", "pdf-scan", 1),
        ("renstra_multipage_pdf", "pdf-scan", 2),
    ]
    for r in results:
        assert r.score.prf()[2] == 0.0
        assert r.error == "no-text-layer"
        assert r.born_f1 is not None and r.born_f1 >= 0.97
        assert (r.low_cells, r.numbers_wrong) == (0, [])
    lines = scanned.tables(results, markdown=False).splitlines()
    assert "field F1 >= 0.95 on pdf-scan: 0.000 NOT MET" in lines
    assert "no number read wrong without a finding: 0 MET" in lines


def test_a_target_read_with_its_year_is_held_against_that_year_s_number() -> None:
    """OCR that loses the 2022 column gives 90 as the first target: not a number read wrong."""
    document = extracted()
    document["indicators"][0]["targets"] = [
        {**cell("90", 90, 1, [160, 10, 180, 20], 96), "year": 2023},
        {**cell("99", 99, 1, [190, 10, 210, 20], 96), "year": 2025},  # no such year expected
    ]
    wrong, _ = scanned.wrong_numbers(EXPECTED, document)
    assert [label.split(" / ")[-1] for label, _, _ in wrong] == ["baseline", "budget 1"]
    assert scanned.partner(EXPECTED["indicators"][0]["targets"], {"year": None}, 2) == {
        "year": 2024, "text": "BB", "value": None,
    }  # fmt: skip

from __future__ import annotations

from renstra.extract.intermediate import Cell, Position, Table
from renstra.extract.parsers.columns import Layout, TargetColumn
from renstra.extract.parsers.records import Record, table_records

HEADER = ("No", "Tujuan", "Sasaran", "Indikator", "Target", "", "")
YEARS = ("", "", "", "", "1", "2", "3")
NUMBERS = ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")
LAYOUT = Layout(
    header_rows=2,
    skip_rows=frozenset({2}),
    roles=("number", "goal", "objective", "indicator", "target", "target", "target"),
    targets=(TargetColumn(4, 1, None), TargetColumn(5, 2, None), TargetColumn(6, 3, None)),
    header_texts=(HEADER, YEARS),
)


def table(*rows: tuple[str, ...]) -> Table:
    return Table(
        index=1,
        rows=[
            [
                Cell(text, Position(line=r + 1, table=1, row=r + 1, column=c + 1))
                for c, text in enumerate(row)
            ]
            for r, row in enumerate(rows)
        ],
        location=Position(line=1, table=1),
    )


def records(*data: tuple[str, ...]) -> list[Record]:
    return list(table_records(table(HEADER, YEARS, NUMBERS, *data), LAYOUT))


def summary(record: Record) -> tuple[int, str, dict[str, str], list[str]]:
    return (
        record.row,
        record.cells["indicator"].text,
        record.group,
        [cell.text for cell in record.targets],
    )


def test_group_cells_are_inherited_over_empty_continuation_rows() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "80", "85", "90"),
        ("", "", "", "Indikator 2", "1", "2", "3"),
        ("", "", "Sasaran A2", "Indikator 3", "4", "5", "6"),
        ("", "", "", "Indikator 4", "7", "8", "9"),
    )
    assert [summary(r) for r in found] == [
        (3, "Indikator 1", {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A1"},
         ["80", "85", "90"]),
        (4, "Indikator 2", {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A1"},
         ["1", "2", "3"]),
        (5, "Indikator 3", {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A2"},
         ["4", "5", "6"]),
        (6, "Indikator 4", {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A2"},
         ["7", "8", "9"]),
    ]  # fmt: skip


def test_own_cells_stay_as_written_and_only_group_is_filled() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "80", "85", "90"),
        ("", "", "", "Indikator 2", "1", "2", "3"),
    )
    second = found[1]
    assert {role: cell.text for role, cell in second.cells.items()} == {
        "number": "",
        "goal": "",
        "objective": "",
        "indicator": "Indikator 2",
    }
    assert second.cells["indicator"].location == Position(line=5, table=1, row=5, column=4)
    assert "target" not in second.cells


def test_a_new_tujuan_resets_the_inherited_sasaran() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "1", "2", "3"),
        ("2", "Tujuan B", "", "Indikator 2", "1", "2", "3"),
        ("", "", "Sasaran B1", "Indikator 3", "1", "2", "3"),
    )
    assert [r.group for r in found] == [
        {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A1"},
        {"number": "2", "goal": "Tujuan B"},
        {"number": "2", "goal": "Tujuan B", "objective": "Sasaran B1"},
    ]


def test_a_new_sasaran_keeps_the_tujuan() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "1", "2", "3"),
        ("", "", "Sasaran A2", "Indikator 2", "1", "2", "3"),
    )
    assert found[1].group == {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A2"}


def test_fully_empty_rows_are_skipped() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "1", "2", "3"),
        ("", "", "", "", "", "", ""),
        ("", "", "", "Indikator 2", "4", "5", "6"),
    )
    assert [r.row for r in found] == [3, 5]
    assert found[1].group["objective"] == "Sasaran A1"


def test_repeated_header_rows_after_a_page_break_are_skipped() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "1", "2", "3"),
        HEADER,
        YEARS,
        ("", "", "", "Indikator 2", "4", "5", "6"),
    )
    assert [(r.row, r.cells["indicator"].text) for r in found] == [
        (3, "Indikator 1"),
        (6, "Indikator 2"),
    ]
    assert found[1].group == {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A1"}


def test_repeated_column_number_row_after_a_page_break_is_skipped() -> None:
    found = records(
        ("1", "Tujuan A", "Sasaran A1", "Indikator 1", "1", "2", "3"),
        HEADER,
        YEARS,
        NUMBERS,
        ("", "", "", "Indikator 2", "4", "5", "6"),
    )
    assert [r.cells["indicator"].text for r in found] == ["Indikator 1", "Indikator 2"]
    assert found[1].group == {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A1"}


def test_header_and_numbering_rows_alone_give_no_records() -> None:
    assert records() == []


def test_rows_without_an_indicator_are_still_records() -> None:
    # A row holding only a tujuan (its indicators below) still carries the group down.
    found = records(
        ("1", "Tujuan A", "", "", "", "", ""),
        ("", "", "Sasaran A1", "Indikator 1", "1", "2", "3"),
    )
    assert [r.row for r in found] == [3, 4]
    assert found[1].group == {"number": "1", "goal": "Tujuan A", "objective": "Sasaran A1"}


def test_iku_layout_without_targets_or_groups() -> None:
    layout = Layout(
        header_rows=1,
        skip_rows=frozenset(),
        roles=("number", "indicator", "unit"),
        targets=(),
        header_texts=(("NO.", "URAIAN INDIKATOR", "SATUAN"),),
    )
    found = list(
        table_records(
            table(("NO.", "URAIAN INDIKATOR", "SATUAN"), ("1", "Persentase A", "%")), layout
        )
    )
    assert len(found) == 1
    assert found[0].targets == ()
    assert found[0].group == {"number": "1"}
    assert found[0].cells["unit"].text == "%"


IKU_LAYOUT = Layout(
    header_rows=1,
    skip_rows=frozenset(),
    roles=("number", "objective", "indicator", "data_source"),
    targets=(),
    header_texts=(("No", "Sasaran", "Indikator", "Sumber Data"),),
)


def test_a_sumber_data_written_once_for_its_sasaran_carries_down_a_text_table() -> None:
    found = list(
        table_records(
            table(
                ("No", "Sasaran", "Indikator", "Sumber Data"),
                ("1", "Sasaran A", "Indikator 1", "DINDIKPORA"),
                ("", "", "Indikator 2", ""),
                ("2", "Sasaran B", "Indikator 3", ""),  # a new group: nothing carried
            ),
            IKU_LAYOUT,
        )
    )
    assert [r.cells["data_source"].text for r in found] == ["DINDIKPORA", "DINDIKPORA", ""]
    assert found[1].cells["data_source"].location.row == 2  # where it is written


def test_where_merges_are_known_only_a_covered_cell_takes_the_text_above() -> None:
    grid = table(
        ("No", "Sasaran", "Indikator", "Sumber Data"),
        ("1", "Sasaran A", "Indikator 1", "Bappeda"),
        ("", "", "Indikator 2", ""),  # covered: merged down from the row above
        ("", "", "Indikator 3", ""),  # not covered: no source written
    )
    grid.rows[2][3].covered = True
    found = list(table_records(grid, IKU_LAYOUT))
    assert [r.cells["data_source"].text for r in found] == ["Bappeda", "Bappeda", ""]

from __future__ import annotations

import os
from pathlib import Path

import pytest
from renstra.extract.inputs import InputFile, collect_inputs


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def relatives(found: list[InputFile]) -> list[str]:
    return [item.relative for item in found]


def test_folder_is_walked_in_sorted_order_taking_supported_types(tmp_path: Path) -> None:
    touch(
        tmp_path,
        "b_renstra.txt",
        "a_iku.docx",
        "2022/renstra.pdf",
        "2021/iku.xlsx",
        "2021/IKU_LAMA.XLSM",
        "catatan.md",
    )
    found, skipped, _ = collect_inputs([str(tmp_path)])
    assert relatives(found) == [
        "a_iku.docx",
        "b_renstra.txt",
        "catatan.md",
        os.path.join("2021", "IKU_LAMA.XLSM"),
        os.path.join("2021", "iku.xlsx"),
        os.path.join("2022", "renstra.pdf"),
    ]
    assert found[0].path == str(tmp_path / "a_iku.docx")
    assert skipped == 0


def test_unsupported_files_in_folders_are_counted_not_returned(tmp_path: Path) -> None:
    touch(tmp_path, "renstra.txt", "logo.gif", "lama.wpd", "README", "sub/data.csv")
    found, skipped, _ = collect_inputs([str(tmp_path)])
    assert relatives(found) == ["renstra.txt"]
    assert skipped == 4


def test_hidden_files_and_folders_are_ignored_and_not_counted(tmp_path: Path) -> None:
    touch(tmp_path, ".~lock.renstra.txt", ".git/config.txt", ".cache/x.pdf", "renstra.txt")
    touch(tmp_path, "~$renstra.docx", "~$iku.doc")
    found, skipped, _ = collect_inputs([str(tmp_path)])
    assert relatives(found) == ["renstra.txt"]
    assert skipped == 0


@pytest.mark.parametrize("name", ["renstra.wpd", "tidak_ada.txt", "README"])
def test_a_file_named_explicitly_is_always_returned(tmp_path: Path, name: str) -> None:
    touch(tmp_path, "renstra.wpd", "README")
    path = str(tmp_path / name)
    found, skipped, _ = collect_inputs([path])
    assert found == [InputFile(path, name)]
    assert skipped == 0


def test_arguments_keep_their_order(tmp_path: Path) -> None:
    touch(tmp_path, "z.txt", "folder/b.txt", "folder/a.txt")
    found, *_ = collect_inputs([str(tmp_path / "z.txt"), str(tmp_path / "folder")])
    assert relatives(found) == ["z.txt", "a.txt", "b.txt"]


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    touch(tmp_path, "docs/renstra.txt")
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs", target_is_directory=True)
    found, skipped, _ = collect_inputs([str(tmp_path / "docs")])
    assert relatives(found) == ["renstra.txt"]
    assert skipped == 0


def test_empty_folder_gives_nothing(tmp_path: Path) -> None:
    assert collect_inputs([str(tmp_path)]) == ([], 0, 0)


def test_one_file_named_twice_is_one_input_under_its_first_path(tmp_path: Path) -> None:
    touch(tmp_path, "a/x.txt", "a/y.txt")
    first = str(tmp_path / "a" / "x.txt")
    again = str(tmp_path / "a" / ".." / "a" / "x.txt")
    found, _, _ = collect_inputs([first, str(tmp_path / "a"), again])
    assert [item.path for item in found] == [first, str(tmp_path / "a" / "y.txt")]


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A folder with a file, a link to a file outside it (``passwd.txt -> ../secret/...``),
    a link to a folder outside it, and a link back to itself (a loop)."""
    touch(tmp_path, "docs/renstra.txt", "secret/passwd", "elsewhere/iku.txt")
    (tmp_path / "docs" / "passwd.txt").symlink_to(tmp_path / "secret" / "passwd")
    (tmp_path / "docs" / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs", target_is_directory=True)
    return tmp_path / "docs"


def test_symbolic_links_in_folders_are_skipped_and_counted(linked: Path) -> None:
    found, skipped, links = collect_inputs([str(linked)])
    assert relatives(found) == ["renstra.txt"]
    assert (skipped, links) == (0, 3)


def test_follow_links_reads_what_links_point_to_and_each_folder_once(linked: Path) -> None:
    found, skipped, links = collect_inputs([str(linked)], follow_links=True)
    assert relatives(found) == ["passwd.txt", "renstra.txt", os.path.join("more", "iku.txt")]
    assert (skipped, links) == (0, 0)


def test_a_link_named_explicitly_is_read(linked: Path) -> None:
    path = str(linked / "passwd.txt")
    assert collect_inputs([path]) == ([InputFile(path, "passwd.txt")], 0, 0)

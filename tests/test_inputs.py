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
    found, skipped = collect_inputs([str(tmp_path)])
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
    touch(tmp_path, "renstra.txt", "scan.jpg", "lama.doc", "README", "sub/data.csv")
    found, skipped = collect_inputs([str(tmp_path)])
    assert relatives(found) == ["renstra.txt"]
    assert skipped == 4


def test_hidden_files_and_folders_are_ignored_and_not_counted(tmp_path: Path) -> None:
    touch(tmp_path, ".~lock.renstra.txt", ".git/config.txt", ".cache/x.pdf", "renstra.txt")
    found, skipped = collect_inputs([str(tmp_path)])
    assert relatives(found) == ["renstra.txt"]
    assert skipped == 0


@pytest.mark.parametrize("name", ["renstra.rtf", "tidak_ada.txt", "README"])
def test_a_file_named_explicitly_is_always_returned(tmp_path: Path, name: str) -> None:
    touch(tmp_path, "renstra.rtf", "README")
    path = str(tmp_path / name)
    found, skipped = collect_inputs([path])
    assert found == [InputFile(path, name)]
    assert skipped == 0


def test_arguments_keep_their_order(tmp_path: Path) -> None:
    touch(tmp_path, "z.txt", "folder/b.txt", "folder/a.txt")
    found, _ = collect_inputs([str(tmp_path / "z.txt"), str(tmp_path / "folder")])
    assert relatives(found) == ["z.txt", "a.txt", "b.txt"]


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    touch(tmp_path, "docs/renstra.txt")
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs", target_is_directory=True)
    found, skipped = collect_inputs([str(tmp_path / "docs")])
    assert relatives(found) == ["renstra.txt"]
    assert skipped == 0


def test_empty_folder_gives_nothing(tmp_path: Path) -> None:
    assert collect_inputs([str(tmp_path)]) == ([], 0)

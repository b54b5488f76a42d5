"""What a client's file name becomes on the server's disk."""

from __future__ import annotations

import pytest
from renstra.extract.serve.uploads import safe_name


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("iku_metro_utara.docx", "iku_metro_utara.docx"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("C:\\Users\\opd\\Renstra 2021 (final).pdf", "Renstra 2021 (final).pdf"),
        ("..", "file"),
        ("", "file"),
        (".hidden.txt", "hidden.txt"),
        ("a\x00b;rm -rf $HOME.txt", "a_b_rm -rf _HOME.txt"),
        ("%2e%2e%2fx.txt", "_2e_2e_2fx.txt"),
        ("x" * 300 + ".docx", "x" * 115 + ".docx"),
    ],
)
def test_a_name_is_reduced_to_a_safe_basename(given: str, stored: str) -> None:
    assert safe_name(given) == stored


def test_a_name_taken_already_in_any_case_is_numbered() -> None:
    assert safe_name("IKU.docx", {"iku.docx"}) == "IKU~2.docx"
    assert safe_name("iku.docx", {"iku.docx", "iku~2.docx"}) == "iku~3.docx"

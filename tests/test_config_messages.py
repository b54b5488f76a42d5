"""Configuration mistakes and deprecations in the user's language: ``--lang`` as given,
else the config file's ``lang`` where it can be read, else Indonesian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import renstra
from renstra.extract import config
from renstra.extract.cli import app
from renstra.extract.config_messages import MESSAGES
from renstra.extract.messages import LANGS
from typer.testing import CliRunner

from .paths import REPO

runner = CliRunner()

NAMED = re.compile(r"""msg\(\s*["']((?:config|value)\.[a-z_-]+)["']""")
FIELDS = re.compile(r"\{([a-z_]+)\}")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_config_message_is_in_both_languages_with_the_same_fields(key: str) -> None:
    texts = MESSAGES[key]
    assert set(texts) == set(LANGS)
    assert all(texts[lang].strip() for lang in LANGS)
    if texts["en"] == "{pydantic}":  # English is pydantic's message; Indonesian its own
        assert texts["id"] != "{pydantic}" or key == "value.other"
    else:
        assert set(FIELDS.findall(texts["id"])) == set(FIELDS.findall(texts["en"]))


def test_every_key_the_code_names_is_in_the_catalogue_and_every_text_is_used() -> None:
    named: set[str] = set()
    for path in (*(REPO / "extract").rglob("*.py"), *(REPO / "api").rglob("*.py")):
        if path.name != "config_messages.py":
            named |= set(NAMED.findall(path.read_text(encoding="utf-8")))
    assert named - set(MESSAGES) == set()
    # value.<pydantic type> is named by the type pydantic gives (config._refused)
    assert {key for key in set(MESSAGES) - named if not key.startswith("value.")} == set()


def _said(args: list[str]) -> list[str]:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    return result.stderr.splitlines()


@pytest.mark.parametrize(
    ("toml", "args", "en", "id"),
    [
        (
            "colour = 1\n",
            [],
            "renstra.toml: unknown key 'colour'",
            "renstra.toml: kunci 'colour' tidak dikenal",
        ),
        (
            "",
            ["--select", "spellng"],
            "command line: select: unknown rule or tag 'spellng' (did you mean 'spelling'?)",
            "baris perintah: select: aturan atau tag 'spellng' tidak dikenal "
            "(maksudnya 'spelling'?)",
        ),
        (
            "min-year = 2030\nmax-year = 2020\n",
            [],
            "renstra.toml: min-year 2030 is after max-year 2020",
            "renstra.toml: min-year 2030 lebih akhir daripada max-year 2020",
        ),
        (
            "[rules.spelling]\nlevel = 1\n",
            [],
            "renstra.toml: rules.spelling: unknown option 'level' (options: none)",
            "renstra.toml: rules.spelling: opsi 'level' tidak dikenal (opsinya: tidak ada)",
        ),
        (
            "",
            ["--max-pdf-pages", "0"],
            "command line: limits.max-pdf-pages: Input should be greater than 0 (got '0')",
            "baris perintah: limits.max-pdf-pages: harus lebih dari 0 (diberikan '0')",
        ),
        (
            "",
            ["--ocr", "always"],
            "command line: ocr: Input should be 'off', 'auto' or 'force' (got 'always')",
            "baris perintah: ocr: harus 'off', 'auto' atau 'force' (diberikan 'always')",
        ),
        (
            "",
            ["--severity", "spelling"],
            "--severity: expected NAME=VALUE, got 'spelling'",
            "--severity: seharusnya NAME=VALUE, bukan 'spelling'",
        ),
        (
            "",
            ["--config", "gone.toml"],
            "gone.toml: no such file",
            "gone.toml: berkas tidak ditemukan",
        ),
    ],
)
def test_a_configuration_mistake_in_english_and_by_default_in_indonesian(
    toml: str, args: list[str], en: str, id: str, tmp_path: Path
) -> None:
    if toml:
        (tmp_path / "renstra.toml").write_text(toml, encoding="utf-8")
    command = ["check", "in.txt", *args]
    assert _said([*command, "--lang", "en"]) == [f"renstra: error: {en}"]
    assert _said(command) == [f"renstra: error: {id}"]


def test_the_config_files_lang_speaks_unless_lang_is_given(tmp_path: Path) -> None:
    (tmp_path / "renstra.toml").write_text(
        'lang = "en"\nmax-file-bytes = 100\nmin-year = 2030\nmax-year = 2020\n', encoding="utf-8"
    )
    english = [
        "renstra: warning: renstra.toml: 'max-file-bytes' is deprecated; write "
        "limits.max-file-size",
        "renstra: error: renstra.toml: min-year 2030 is after max-year 2020",
    ]
    assert _said(["check", "in.txt"]) == english
    assert _said(["check", "in.txt", "--lang", "id"]) == [
        "renstra: warning: renstra.toml: 'max-file-bytes' sudah usang; tulis limits.max-file-size",
        "renstra: error: renstra.toml: min-year 2030 lebih akhir daripada max-year 2020",
    ]
    # a --lang that is itself the mistake leaves the file's language
    (tmp_path / "renstra.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert _said(["check", "in.txt", "--lang", "fr"])[-1] == (
        "renstra: error: command line: lang: Input should be 'id' or 'en' (got 'fr')"
    )


def test_an_older_option_is_said_in_the_language_given(tmp_path: Path) -> None:
    args = ["check", "in.txt", "--max-pages", "7", "--select", "nope"]
    assert _said([*args, "--lang", "en"]) == [
        "renstra: warning: --max-pages is deprecated; use --max-pdf-pages",
        "renstra: error: command line: select: unknown rule or tag 'nope'",
    ]
    assert _said(args) == [
        "renstra: warning: --max-pages sudah usang; gunakan --max-pdf-pages",
        "renstra: error: baris perintah: select: aturan atau tag 'nope' tidak dikenal",
    ]


def test_the_library_error_keeps_english_and_speaks_indonesian_on_request(
    tmp_path: Path,
) -> None:
    (tmp_path / "renstra.toml").write_text("[limits]\nmax-pdf-page = 1\n", encoding="utf-8")
    with pytest.raises(config.ConfigError) as raised:
        config.load_settings()
    assert str(raised.value) == (
        "renstra.toml: limits: unknown limit 'max-pdf-page' (did you mean 'max-pdf-pages'?)"
    )
    with pytest.raises(renstra.RenstraError) as caught:
        renstra.load_settings(tmp_path / "renstra.toml")
    assert caught.value.code == "config-error"
    assert caught.value.path == str(tmp_path / "renstra.toml")
    assert caught.value.reason == raised.value.text_in("en").removeprefix("renstra.toml: ")
    assert caught.value.reason_in("id") == (
        "limits: batas 'max-pdf-page' tidak dikenal (maksudnya 'max-pdf-pages'?)"
    )

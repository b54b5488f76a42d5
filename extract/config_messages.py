"""What is wrong with a renstra.toml or an option's value, in Indonesian and English: the
texts of ``ConfigError`` and ``DeprecatedSetting``.

Keys are ``config.<what>``. Keys, option names, rule ids and values stay as the user wrote
them, in both languages. A value that the Settings model refuses is said by pydantic; its
common refusals (``value.<pydantic error type>``) have an Indonesian text, and the English
text is pydantic's own message, as renstra said it before it spoke Indonesian. A refusal
not listed here is pydantic's message in both languages.
"""

from __future__ import annotations

from renstra.schemas import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- where the mistake is (a file is named by its path)
    "config.command-line": {"id": "baris perintah", "en": "command line"},
    # -- the file itself
    "config.no-such-file": {"id": "berkas tidak ditemukan", "en": "no such file"},
    "config.cannot-read": {"id": "tidak dapat dibaca ({detail})", "en": "cannot read ({detail})"},
    "config.not-toml": {"id": "bukan TOML yang sah ({detail})", "en": "not valid TOML ({detail})"},
    "config.no-tool-table": {
        "id": "tidak ada tabel [tool.renstra]",
        "en": "no [tool.renstra] table",
    },
    # -- keys and their shapes
    "config.deprecated-key": {
        "id": "'{setting}' sudah usang; tulis {new}",
        "en": "'{setting}' is deprecated; write {new}",
    },
    "config.deprecated-option": {
        "id": "{old} sudah usang; gunakan {new}",
        "en": "{old} is deprecated; use {new}",
    },
    "config.did-you-mean": {"id": " (maksudnya '{word}'?)", "en": " (did you mean '{word}'?)"},
    "config.unknown-key": {
        "id": "kunci '{setting}' tidak dikenal{hint}",
        "en": "unknown key '{setting}'{hint}",
    },
    "config.not-a-list": {
        "id": "'{setting}' harus berupa daftar id aturan atau tag",
        "en": "'{setting}' must be a list of rule ids or tags",
    },
    "config.not-a-table": {
        "id": "'{setting}' harus berupa tabel",
        "en": "'{setting}' must be a table",
    },
    "config.unknown-selector": {
        "id": "{setting}: aturan atau tag '{selector}' tidak dikenal{hint}",
        "en": "{setting}: unknown rule or tag '{selector}'{hint}",
    },
    "config.bad-severity": {
        "id": "severity untuk '{selector}' harus error, warning atau info, bukan {value}",
        "en": "severity of '{selector}' must be error, warning or info, not {value}",
    },
    "config.bad-misspelling": {
        "id": "misspellings: '{word}' harus satu kata dengan koreksi yang tidak kosong",
        "en": "misspellings: '{word}' must be one word with a non-empty correction",
    },
    "config.unknown-limit": {
        "id": "limits: batas '{name}' tidak dikenal{hint}",
        "en": "limits: unknown limit '{name}'{hint}",
    },
    "config.unknown-rule": {
        "id": "rules: aturan '{rule}' tidak dikenal{hint}",
        "en": "rules: unknown rule '{rule}'{hint}",
    },
    "config.rule-not-a-table": {
        "id": "rules.{rule} harus berupa tabel opsi",
        "en": "rules.{rule} must be a table of options",
    },
    "config.unknown-option": {
        "id": "rules.{rule}: opsi '{name}' tidak dikenal (opsinya: {have})",
        "en": "rules.{rule}: unknown option '{name}' (options: {have})",
    },
    "config.no-options": {"id": "tidak ada", "en": "none"},
    "config.years-reversed": {
        "id": "min-year {min} lebih akhir daripada max-year {max}",
        "en": "min-year {min} is after max-year {max}",
    },
    # -- an option's value as typed
    "config.expected-pairs": {
        "id": "{option}: seharusnya NAME=VALUE, bukan '{item}'",
        "en": "{option}: expected NAME=VALUE, got '{item}'",
    },
    "config.expected-rule-option": {
        "id": "--rule-option: seharusnya RULE.OPTION=VALUE, bukan '{item}'",
        "en": "--rule-option: expected RULE.OPTION=VALUE, got '{item}'",
    },
    # -- a value the Settings model (or a rule's options model) refuses
    "config.bad-value": {
        "id": "{setting}: {detail} (diberikan {got})",
        "en": "{setting}: {detail} (got {got})",
    },
    "config.either": {"id": "{rest} atau {last}", "en": "{rest} or {last}"},
    "value.other": {"id": "{pydantic}", "en": "{pydantic}"},
    "value.int_parsing": {"id": "harus bilangan bulat", "en": "{pydantic}"},
    "value.int_type": {"id": "harus bilangan bulat", "en": "{pydantic}"},
    "value.int_from_float": {"id": "harus bilangan bulat, tanpa pecahan", "en": "{pydantic}"},
    "value.float_parsing": {"id": "harus berupa angka", "en": "{pydantic}"},
    "value.float_type": {"id": "harus berupa angka", "en": "{pydantic}"},
    "value.bool_parsing": {"id": "harus true atau false", "en": "{pydantic}"},
    "value.bool_type": {"id": "harus true atau false", "en": "{pydantic}"},
    "value.string_type": {"id": "harus berupa teks", "en": "{pydantic}"},
    "value.greater_than": {"id": "harus lebih dari {gt}", "en": "{pydantic}"},
    "value.greater_than_equal": {"id": "harus paling sedikit {ge}", "en": "{pydantic}"},
    "value.less_than": {"id": "harus kurang dari {lt}", "en": "{pydantic}"},
    "value.less_than_equal": {"id": "harus paling banyak {le}", "en": "{pydantic}"},
    "value.literal_error": {"id": "harus {expected}", "en": "{pydantic}"},
    "value.string_pattern_mismatch": {
        "id": "harus cocok dengan pola '{pattern}'",
        "en": "{pydantic}",
    },
    "value.size": {"id": "bukan ukuran seperti 512M atau 2G", "en": "{pydantic}"},
}

VALUE_KEYS = frozenset(key.removeprefix("value.") for key in MESSAGES if key.startswith("value."))
"""The pydantic error types with their own Indonesian text."""

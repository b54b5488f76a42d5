"""The OPD (Dinas, Badan, Kecamatan ...) a document belongs to, and its region."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from renstra.schemas import Organization

from ..intermediate import TextLine
from ..memo import CACHE_SIZE

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|&|\n|\S")
_LABEL = re.compile(
    r"^\W*(?:nama\s+)?(?:opd|skpd|perangkat\s+daerah|unit\s+kerja)\s*:\s*(.+)$", re.IGNORECASE
)

# Kind phrases (casefolded); True where the phrase names an OPD without further words.
_KINDS: dict[tuple[str, ...], bool] = {
    ("sekretariat", "daerah"): True,
    ("sekretariat", "dprd"): True,
    ("sekretariat", "dewan"): False,
    ("satuan", "polisi", "pamong", "praja"): True,
    ("rumah", "sakit", "umum", "daerah"): False,
    ("inspektorat",): True,
    ("kecamatan",): False,
    ("kelurahan",): False,
    ("dinas",): False,
    ("badan",): False,
    ("kantor",): False,
    ("bagian",): False,
    ("biro",): False,
    ("uptd",): False,
    ("upt",): False,
    ("rsud",): False,
}
SUB_UNITS = {"biro", "bagian", "uptd", "upt"}
"""Kinds of a unit inside an OPD: its name goes on with the parent's ('Biro Umum Sekretariat
Daerah', 'UPTD Puskesmas X Dinas Kesehatan'), on the same line or the next."""
_KIND_FIRST = {kind[0] for kind in _KINDS}
_KINDS_BY_FIRST = {
    first: sorted((k for k in _KINDS if k[0] == first), key=len, reverse=True)
    for first in _KIND_FIRST
}
_REGION_WORDS = {"kota", "kabupaten", "kab", "provinsi"}
_CONNECTORS = {"dan", "serta", "&", ","}
_STOP_WORDS = {
    "tahun", "periode", "nomor", "no", "tentang", "pada", "di", "ke", "dari", "yang", "adalah",
    "dalam", "untuk", "dengan", "sebagai", "beserta", "oleh", "selaku", "bab", "tabel", "lampiran",
    "matriks", "rencana", "renstra", "indikator", "pemerintah", "nama", "tugas", "fungsi",
}  # fmt: skip
_ABBREVIATIONS = {"jend", "dr", "h", "hj", "ir", "prof", "kh"}
ACRONYMS = {
    "OPD", "SKPD", "RSUD", "DPRD", "UPTD", "UPT", "BPBD", "BAPPEDA", "BKD", "BKPSDM", "BPKAD",
    "BPPRD", "DPMPTSP", "PUPR", "UKM", "UMKM", "BLUD", "PKK", "KB", "SDM", "RI", "DKI",
}  # fmt: skip
_ROMAN = re.compile(r"[IVX]+")
_WORD_JOINERS = "_'’-"
"""Characters that join a word to its neighbour: no keyword starts or ends next to one."""
# Capitalised or upper-case keywords only. The pattern starts with the words themselves so
# that `re` skips ahead by their first letters; the word boundary before a keyword is
# checked in Python (_starts_word), since a look-behind in front would turn that skip off.
_KEYWORD = re.compile(
    "(?:"
    + "|".join(f"{w.capitalize()}|{w.upper()}" for w in sorted(_KIND_FIRST | _REGION_WORDS))
    + rf")(?![\w{re.escape(_WORD_JOINERS)}])"
)
MAX_NAME_CHARS = 200


def find_organization(lines: list[TextLine]) -> Organization:
    """The OPD: a labelled `NAMA OPD : ...` value, else the most frequent OPD mention."""
    labelled = _labelled_name(lines)
    counts: Counter[str] = Counter()
    shown: dict[str, tuple[str, bool]] = {}  # key -> (display name, came from ALL-CAPS text)
    region: str | None = None
    # One scan over the whole text finds the keywords (most lines hold none); a name is
    # then read from its keyword to the end of its own line, never past it.
    text = "\n".join([line.text for line in lines]).replace("*", " ")
    for keyword in _KEYWORD.finditer(text):
        start = keyword.start()
        if not _starts_word(text, start):
            continue
        line_end = text.find("\n", start)
        if line_end >= 0 and keyword.group().casefold() in SUB_UNITS:
            line_end = _next_line_end(text, line_end)  # a sub-unit's parent may follow below
        stop = start + MAX_NAME_CHARS if line_end < 0 else min(line_end, start + MAX_NAME_CHARS)
        if keyword.group().casefold() in _REGION_WORDS:
            if region is None:
                region = _region_named(text[start:stop])
        elif (opd := _opd_named(text[start:stop])) is not None:
            key, display, shouty = opd
            counts[key] += 1
            if key not in shown or (shown[key][1] and not shouty):
                shown[key] = (display, shouty)
    if region is None:
        region = _region_of_head(text)
    if labelled is not None:
        return Organization(name=labelled, region=region)
    if not counts:
        return Organization(name=None, region=region)
    top = max(counts.values())
    best = next(key for key in counts if counts[key] == top)  # Counter keeps insertion order
    return Organization(name=shown[best][0], region=region)


_HEAD = re.compile(
    r"\b(?:(BUPATI|Bupati)|(WALI ?KOTA|Wali ?[Kk]ota)|(GUBERNUR|Gubernur))\s+(?=[A-Z])"
)
_HEAD_REGION = ("Kabupaten", "Kota", "Provinsi")


def _region_of_head(text: str) -> str | None:
    """'PERATURAN BUPATI KULON PROGO', 'Walikota Metro': the region its head names."""
    for found in _HEAD.finditer(text):
        line_end = text.find("\n", found.end())
        tokens = _TOKEN.findall(text[found.end() : line_end if line_end >= 0 else None])
        words = _name_words(tokens, 0, connectors=False)
        if words:
            kind = _HEAD_REGION[found.lastindex - 1 if found.lastindex else 0]
            return _display([kind.upper() if words[0].isupper() else kind, *words])
    return None


def _next_line_end(text: str, line_end: int) -> int:
    """The end of the first non-blank line after the one ending at ``line_end``."""
    start = line_end + 1
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# The two readers of a mention are cached on its text (a keyword to the end of its line):
# an OPD is named again and again in one document (cover, headings, signature), and in
# the documents of one batch.
@lru_cache(maxsize=CACHE_SIZE)
def _opd_named(mention: str) -> tuple[str, str, bool] | None:
    """(casefolded key, display name, came from ALL-CAPS text) of the OPD that opens
    ``mention``, or None when none does."""
    words = _opd_at(_TOKEN.findall(mention), 0)
    if words is None:
        return None
    return _joined(words).casefold(), _display(words), _shouty(words)


@lru_cache(maxsize=CACHE_SIZE)
def _region_named(mention: str) -> str | None:
    """The region (``Kota Metro``) that opens ``mention``, or None."""
    return _region_at(_TOKEN.findall(mention), 0)


def _starts_word(text: str, start: int) -> bool:
    """True when no letter, digit or joiner (`_`, `'`, `-`) sits just before ``start``."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before in _WORD_JOINERS)


def _labelled_name(lines: list[TextLine]) -> str | None:
    """The OPD named by the first `NAMA OPD : ...` line that holds one."""
    for line in lines:
        if ":" not in line.text:
            continue
        label = _LABEL.match(line.text.replace("*", " "))
        if label is None:
            continue
        value = _TOKEN.findall(label.group(1))
        value_words = _opd_at(value, 0) or _name_words(value, 0)
        if value_words:
            return _display(value_words)
    return None


def _opd_at(tokens: list[str], i: int) -> list[str] | None:
    """The words of an OPD name starting at ``tokens[i]``, or None when none starts there."""
    if not tokens or not tokens[i][0].isupper():
        return None
    kind_len = _kind_length(tokens, i)
    if kind_len == 0:
        return None
    kind = tuple(t.casefold() for t in tokens[i : i + kind_len])
    rest = _name_words(tokens, i + kind_len)
    if not rest and not _KINDS[kind]:
        return None
    words = tokens[i : i + kind_len] + rest
    j = i + len(words)
    while j < len(tokens) and tokens[j] == "\n":
        j += 1
    if kind[0] in SUB_UNITS and j < len(tokens) and _kind_length(tokens, j):
        parent = _opd_at(tokens, j)
        if parent is not None and parent[0].casefold() not in SUB_UNITS:
            words += parent
    return words


def _kind_length(tokens: list[str], i: int) -> int:
    """The number of tokens of the longest kind phrase at ``tokens[i]``; 0 when none."""
    for kind in _KINDS_BY_FIRST.get(tokens[i].casefold(), ()):
        n = len(kind)
        if i + n <= len(tokens) and all(tokens[i + k].casefold() == kind[k] for k in range(1, n)):
            return n
    return 0


def _name_words(tokens: list[str], j: int, connectors: bool = True) -> list[str]:
    """Capitalised words continuing a name from ``tokens[j]``."""
    words: list[str] = []
    while j < len(tokens):
        token = tokens[j]
        low = token.casefold()
        if connectors and low in _CONNECTORS and words:
            if j + 1 < len(tokens) and _is_name_word(tokens, j + 1):
                words += [low if token.isalpha() else token, tokens[j + 1]]
                j += 2
                continue
            break
        if low in _ABBREVIATIONS and j + 2 < len(tokens) and tokens[j + 1] == ".":
            if token[0].isupper() and _is_name_word(tokens, j + 2):
                words.append(token + ".")
                j += 2
                continue
            break
        if not _is_name_word(tokens, j):
            break
        words.append(token)
        j += 1
    return words


def _is_name_word(tokens: list[str], j: int) -> bool:
    token = tokens[j]
    low = token.casefold()
    return (
        token[0].isalpha()
        and token[0].isupper()
        and low not in _STOP_WORDS
        and low not in _REGION_WORDS
        and low not in _CONNECTORS
        and not (low in _KINDS_BY_FIRST and _kind_length(tokens, j))
    )


def _region_at(tokens: list[str], i: int) -> str | None:
    j = i + 1
    if tokens[i].casefold() == "kab" and j < len(tokens) and tokens[j] == ".":
        j += 1
    words = _name_words(tokens, j, connectors=False)
    if not words:
        return None
    first = tokens[i] if tokens[i].casefold() != "kab" else "Kabupaten"
    return _display([first, *words])


def _shouty(words: list[str]) -> bool:
    letters = [w for w in words if w.casefold() not in _CONNECTORS]
    return all(w.isupper() for w in letters)


def _display(words: list[str]) -> str:
    """Join name words; an ALL-CAPS name is title-cased, keeping acronyms upper-case."""
    if _shouty(words[1:]) and (words[0].isupper() or words[0] == "Kabupaten"):
        words = [_title(w) for w in words]
    return _joined(words)


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",")


def _title(word: str) -> str:
    low = word.casefold()
    if low in _CONNECTORS:
        return low
    if word in ACRONYMS or _ROMAN.fullmatch(word):
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))

"""Rumus perhitungan: LaTeX, plain and worded formulas split into their parts.

The text goes through one line of stages: LaTeX to text (a ``\\frac`` becomes
``N <mark> D``), a label (``Rumus :``) and a trailing target (``= 100``) cut off,
definitions listed after the formula (``dimana A = ...``) set apart, a trailing multiplier
(``x 100%``) taken, then the top-level division is found and each side cleaned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from renstra.schemas import Formula

from ..memo import CACHE_SIZE
from ..messages import CATALOGUE, Lang, Msg, msg

PROBLEMS: dict[str, dict[Lang, str]] = {
    "formula.numerator": {"id": "pembilang", "en": "numerator"},
    "formula.denominator": {"id": "penyebut", "en": "denominator"},
    "formula.division-empty": {
        "id": "pembagian {operator} tanpa {part}",
        "en": "division {operator} has an empty {part}",
    },
    "formula.argument-missing": {
        "id": "\\{command} tidak memiliki {part}",
        "en": "\\{command} is missing its {part}",
    },
    "formula.argument-empty": {
        "id": "\\{command} memiliki {part} kosong",
        "en": "\\{command} has an empty {part}",
    },
    "formula.delimiter-closed-by": {
        "id": "pembatas rumus {opened} ditutup dengan {closed}",
        "en": "math delimiter {opened} is closed by {closed}",
    },
    "formula.delimiter-open": {
        "id": "pembatas rumus {opened} tidak ditutup",
        "en": "math delimiter {opened} opened and not closed",
    },
    "formula.delimiters-unbalanced": {
        "id": "pembatas rumus tidak seimbang: {opened} {opener} dan {closed} {closer}",
        "en": "math delimiters unbalanced: {opened} {opener} vs {closed} {closer}",
    },
    "formula.braces-unbalanced": {
        "id": "kurung kurawal tidak seimbang: {opened} {opener} dan {closed} {closer}",
        "en": "unbalanced braces: {opened} {opener} vs {closed} {closer}",
    },
    "formula.parentheses-unbalanced": {
        "id": "tanda kurung tidak seimbang: {opened} {opener} dan {closed} {closer}",
        "en": "unbalanced parentheses: {opened} {opener} vs {closed} {closer}",
    },
    "formula.braces-order": {
        "id": "kurung kurawal tidak seimbang: {closer} muncul sebelum {opener}",
        "en": "unbalanced braces: a {closer} comes before its {opener}",
    },
    "formula.parentheses-order": {
        "id": "tanda kurung tidak seimbang: {closer} muncul sebelum {opener}",
        "en": "unbalanced parentheses: a {closer} comes before its {opener}",
    },
}
"""What a malformed rumus can have, as problem codes the formula-malformed rule renders."""
CATALOGUE.update(PROBLEMS)
_PART = {"numerator": msg("formula.numerator"), "denominator": msg("formula.denominator")}

_MARK = "\ue000"  # stands for the bar of a \frac once the LaTeX is text
_TAIL = 64  # a trailing multiplier or letter expression (``A/B``) is never longer
_MAX_DEPTH = 64
_MAX_WRAPPERS = 8

_TOKEN = re.compile(r"\\(?:[A-Za-z]+\*?|.)|[{}]|[^\\{}]+", re.S)
_FRACS = frozenset({"frac", "dfrac", "tfrac", "cfrac"})
_UNWRAP = frozenset(
    {"text", "textrm", "mathrm", "textbf", "textit", "mathbf", "mathit", "mathsf", "textsf"}
    | {"texttt", "mathtt", "mbox", "hbox", "emph", "operatorname", "textnormal", "boldsymbol"}
)
_DROP = frozenset(
    {"left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"}
    | {"displaystyle", "textstyle", "limits", "nolimits", "mathstrut", "quad", "qquad"}
)
_SYMBOLS = {
    "times": " × ",
    "cdot": " × ",
    "ast": " * ",
    "div": " ÷ ",
    "%": "%",
    "_": "_",
    "&": "&",
    "#": "#",
    "$": "$",
    "{": "(",
    "}": ")",
    "le": " ≤ ",
    "leq": " ≤ ",
    "ge": " ≥ ",
    "geq": " ≥ ",
    "pm": " ± ",
    "sum": " Σ ",
}

_DOLLARS = re.compile(r"(?<!\\)\$+")
_LABEL = re.compile(
    r"(?:rumus(?:\s+perhitungan)?(?:\s+indikator)?|formula(?:si)?|perhitungan"
    r"|cara\s+(?:perhitungan|penghitungan|menghitung|pengukuran))\s*[:=]\s*",
    re.I,
)
_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d+)?"
_TARGET = re.compile(rf"\s*=\s*({_NUMBER})\s*(?:%|persen)?\s*[.;]?\s*$", re.I)
_MULTIPLIER = re.compile(
    r"(?=[xX×*·dDkK])(?:(?<![A-Za-z])x|[×*·]|\bdikali(?:kan)?(?:\s+dengan)?|\bkali)\s*"
    rf"({_NUMBER}|seratus|seribu)\s*(?:%|persen)?\s*[.,;]?\s*$",
    re.I,
)
_WORD_NUMBERS = {"seratus": 100.0, "seribu": 1000.0}
_DEF_ITEM = re.compile(r"(?<![\w])([A-Z]{1,3}\d?|[a-z])\s*=\s*")
_DEF_INTRO = frozenset({"dimana", "di", "mana", "keterangan", "ket", "catatan", "dengan"})
_DEF_TAIL = frozenset({"dan", "serta"})
_LETTER = r"\(?\s*([A-Z]{1,6}\d?|[a-z])\s*\)?"
_LETTER_EXPR = re.compile(
    rf"(?<![\w]){_LETTER}\s*(?:/|:|÷|{_MARK}|[Dd]ibagi(?:\s+dengan)?)\s*{_LETTER}\s*$"
)
_MARKER = re.compile(r"\(\s*([A-Z]{1,6}\d?|[a-z])\s*\)")
_END_MARKER = re.compile(r"(?<=\w)\s*\(\s*([A-Z]{1,6}\d?|[a-z])\s*\)\s*$")
_CONNECTOR = re.compile(
    r"^(?:[\s,;:/]|\b(?:dibagi|dibandingkan|dibanding|berbanding|terhadap|dan|dengan|per)\b)*",
    re.I,
)
_DIVISION = re.compile(
    rf"(?=[{_MARK}÷/:dDbBpP])(?:(?P<frac>{_MARK})"
    r"|(?P<word>(?<!\w)(?:dibagi(?:\s+dengan)?|dibandingkan(?:\s+dengan)?|dibanding|berbanding)"
    r"(?!\w))"
    r"|(?P<obelus>÷)|(?P<slash>/)|(?P<colon>:)"
    r"|(?P<per>(?<!\w)per(?=\s+(?:jumlah|total|banyaknya)\b)))",
    re.I,
)
_BAR_LINE = re.compile(r"[-_—–]{4,}")
_TIMES_AFTER = re.compile(r"\s*(?:[xX×*]|dikali(?:kan)?)[ \t]*(\d+)[ \t]*%?")
_TIMES_BEFORE = re.compile(r"(?:[xX×*]|dikali(?:kan)?)[ \t]*(\d+)[ \t]*%?\s*$")
"""A fraction drawn with a line of dashes, its multiplier written beside the line (or
beside the numerator, where a table cell put it): 'Jumlah A ------------ X 100 Jumlah B'.
Found by a plain search and anchored matches on short ends, never one pattern over the
whole text (a lazy top part before optional groups is quadratic in a run of spaces)."""
_INTRO = re.compile(r"\b(?:yaitu|adalah|ialah|rumusnya|dengan\s+rumus)\b\s*:?\s*", re.I)
"""A sentence that introduces the formula: 'cara pengukurannya yaitu jumlah A dibagi ...'."""
_CLASS_ORDER = ("frac", "word", "obelus", "slash", "colon", "per")
_QUANTITY = re.compile(
    r"\s*\(?\s*(?:jumlah|total|banyaknya|banyak|nilai|realisasi|target|anggaran)\b", re.I
)
_COUNT = re.compile(r"(?:jumlah|banyaknya|total)\b", re.I)
_ARITHMETIC = re.compile(r"[+×*=÷<>]|\s[-–]\s")
_BRACKETS = re.compile(r"[()\[\]]")
_STRUCTURE = re.compile(r"\\[{}()\[\]$]|[{}()]")


NO_FORMULA = frozenset({"cukup jelas", "jelas", "-", "--", "n/a", "na", "tidak ada", "nihil"})
"""What a rumus cell holds when it gives none ('Cukup Jelas': no further explanation)."""


def parse_formula(raw: str) -> Formula | None:
    """Parse one rumus; None for an empty cell. Never raises: odd text becomes kind "other".

    A malformed rumus (see ``formula_problems``) is kind "other" with no parts: half-parsed
    parts (a denominator that swallowed '× 100%') would be guesses.
    """
    text = raw.strip()
    if not text or text.casefold().rstrip(" .") in NO_FORMULA:
        return None
    fields, _ = _analyse(text)
    return Formula(**fields)  # a fresh model each time: callers may change theirs


def formula_problems(raw: str) -> list[Msg]:
    """What is malformed in a rumus, one problem code (a catalogue key, see PROBLEMS) with
    its parameters each; [] when well-formed."""
    text = raw.strip()
    if not text:
        return []
    return list(_analyse(text)[1])


@lru_cache(maxsize=CACHE_SIZE)
def _analyse(text: str) -> tuple[dict[str, Any], tuple[Msg, ...]]:
    """(the Formula's fields, the problems) of a stripped rumus: the same rumus recurs in
    many files, so it is parsed once. Callers copy the fields; never change them."""
    problems = _delimiter_problems(text) + _balance_problems(text)
    formula = _parse(text, problems)
    if problems:
        formula = Formula(raw=text, kind="other", target=formula.target)
    return formula.model_dump(), tuple(problems)


def _parse(text: str, problems: list[Msg]) -> Formula:
    body = text
    if "$" in body:
        body = _DOLLARS.sub(" ", body) if "\\$" in body else body.replace("$", " ")
    if "\\" in body or "{" in body:
        body = _latex_to_text(body, problems)
    if _MARK not in body:
        body = _bar_as_fraction(body)
    body = " ".join(body.split())
    label = _LABEL.match(body)
    if label:
        body = body[label.end() :]
    body = _after_intro(body)
    target = None
    definitions: dict[str, str] = {}
    if "=" in body:
        found = _TARGET.search(body)
        if found and found.start() > 0:
            target = _number(found.group(1))
            body = body[: found.start()]
        body, definitions = _trailing_definitions(body)
        if "=" in body:
            body = _formula_side(body)
    multiplier = None
    found = _MULTIPLIER.search(body, max(0, len(body) - _TAIL))
    if found:
        multiplier = _number(found.group(1))
        body = body[: found.start()]
    core = _unwrap(body.strip(" ,;."))

    numerator: str | None
    denominator: str | None
    expanded = _expand_letters(core, definitions)
    if expanded:
        numerator, denominator, definitions = expanded
    else:
        division = _find_division(core, multiplier is not None)
        if division is None:
            phrase = _clean(core)
            if multiplier is None and _is_count(core, phrase):
                return Formula(raw=text, kind="count", numerator=phrase, target=target)
            return Formula(raw=text, kind="other", target=target, definitions=definitions)
        left, right, operator = division
        numerator = _side(left, definitions)
        denominator = _side(right, definitions)
        if numerator is None and denominator is None:
            return Formula(raw=text, kind="other", target=target)
        if operator != _MARK:
            for name, part in (("numerator", numerator), ("denominator", denominator)):
                if part is None:
                    problems.append(
                        msg(
                            "formula.division-empty",
                            operator=repr(operator.strip()),
                            part=_PART[name],
                        )
                    )
    return Formula(
        raw=text,
        kind="ratio",
        numerator=numerator,
        denominator=denominator,
        multiplier=multiplier,
        target=target,
        definitions=definitions,
    )


def _bar_as_fraction(body: str) -> str:
    """'A ----- X 100 B' as 'A <bar> B x 100', the form a \\frac takes; else unchanged."""
    bar = _BAR_LINE.search(body)
    if bar is None:
        return body
    top, bottom = body[: bar.start()].strip(), body[bar.end() :]
    times = _TIMES_AFTER.match(bottom)
    if times:
        bottom = bottom[times.end() :]
    else:
        times = _TIMES_BEFORE.search(top, max(0, len(top) - _TAIL))
        if times:
            top = top[: times.start()].strip()
    bottom = bottom.strip()
    if not top or not bottom:
        return body
    return f"{top} {_MARK} {bottom}" + (f" x {times.group(1)}" if times else "")


def _after_intro(body: str) -> str:
    """The formula after the sentence that introduces it, where there is one and the rest
    still divides: 'Camat membina ..., cara pengukurannya yaitu jumlah A dibagi jumlah B'."""
    intros = list(_INTRO.finditer(body))
    intro = intros[-1] if intros else None
    if intro is None or intro.start() == 0:
        return body
    rest = body[intro.end() :]
    return rest if _DIVISION.search(rest) else body


def _is_count(core: str, phrase: str) -> bool:
    """A single ``Jumlah ...`` phrase: no division, no arithmetic."""
    return (
        bool(phrase)
        and _MARK not in core
        and bool(_COUNT.match(phrase))
        and not _ARITHMETIC.search(phrase)
    )


# LaTeX -> text -----------------------------------------------------------------------------


def _latex_to_text(source: str, problems: list[Msg]) -> str:
    tokens = _TOKEN.findall(source)
    text, _ = _render(tokens, 0, 0, problems, closing=False)
    return text


def _render(
    tokens: list[str], i: int, depth: int, problems: list[Msg], *, closing: bool
) -> tuple[str, int]:
    """Render tokens from ``i`` up to the ``}`` that closes this group (or the end)."""
    out: list[str] = []
    n = len(tokens)
    while i < n:
        token = tokens[i]
        i += 1
        if token == "}":
            if closing:
                return "".join(out), i
            continue
        if token == "{":
            if depth < _MAX_DEPTH:
                inner, i = _render(tokens, i, depth + 1, problems, closing=True)
                out.append(inner)
            continue
        if token[:1] != "\\":
            out.append(token)
            continue
        name = token[1:]
        if name in _FRACS:
            numerator, i = _argument(tokens, i, depth, problems)
            denominator, i = _argument(tokens, i, depth, problems)
            for part, role in ((numerator, "numerator"), (denominator, "denominator")):
                if part is None:
                    problems.append(msg("formula.argument-missing", command=name, part=_PART[role]))
                elif not part.strip():
                    problems.append(msg("formula.argument-empty", command=name, part=_PART[role]))
            out.append(f" {_operand(numerator)} {_MARK} {_operand(denominator)} ")
        elif name in _UNWRAP:
            argument, i = _argument(tokens, i, depth, problems)
            out.append(argument or "")
        elif name in _SYMBOLS:
            out.append(_SYMBOLS[name])
        elif name in _DROP:
            if name in ("left", "right", "middle") and i < n and tokens[i][:1] == ".":
                tokens[i] = tokens[i][1:]
            out.append(" ")
        elif name.isalpha():
            out.append(f" {name} ")
        else:  # \, \; \! \\ \( \) \[ \] and other one-character commands
            out.append(" ")
    return "".join(out), i


def _operand(part: str | None) -> str:
    part = (part or "").strip()
    return part if part.isalnum() else f"({part})"


def _argument(tokens: list[str], i: int, depth: int, problems: list[Msg]) -> tuple[str | None, int]:
    """One command argument: a ``{group}``, a command, or a single character."""
    n = len(tokens)
    while i < n and (not tokens[i] or tokens[i].isspace()):
        i += 1
    if i >= n or tokens[i] == "}":
        return None, i
    token = tokens[i]
    if token == "{":
        if depth >= _MAX_DEPTH:
            return "", i + 1
        return _render(tokens, i + 1, depth + 1, problems, closing=True)
    if token[0] == "\\":
        return _render([token], 0, depth + 1, problems, closing=False)[0], i + 1
    token = token.lstrip()
    tokens[i] = token[1:]
    if not tokens[i]:
        i += 1
    return token[0], i


# formula structure -------------------------------------------------------------------------


def _number(text: str) -> float:
    word = _WORD_NUMBERS.get(text.lower())
    if word is not None:
        return word
    if text.count(".") and "," not in text and len(text.rsplit(".", 1)[1]) == 3:
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def _trailing_definitions(body: str) -> tuple[str, dict[str, str]]:
    """Split ``A/B x 100%, dimana A = ..., B = ...`` into the formula and its definitions."""
    items = list(_DEF_ITEM.finditer(body))
    if not items:
        return body, {}
    head = body[: items[0].start()]
    if not _DIVISION.search(head):
        return body, {}
    definitions: dict[str, str] = {}
    for k, item in enumerate(items):
        end = items[k + 1].start() if k + 1 < len(items) else len(body)
        meaning = _trim(body[item.end() : end], _DEF_TAIL, " ,;.")
        if not meaning or item.group(1) in definitions:
            return body, {}
        definitions[item.group(1)] = meaning
    return _trim(head, _DEF_INTRO, " ,;.:"), definitions


def _formula_side(body: str) -> str:
    """``Persentase X = A / B x 100%``: keep the side of the last '=' that divides."""
    for side in reversed(body.split("=")):
        if _DIVISION.search(side):
            return side
    return body


def _expand_letters(
    core: str, definitions: dict[str, str]
) -> tuple[str, str, dict[str, str]] | None:
    """``... (A) dibagi ... (B) ... A/B``: the letters' inline definitions become the parts."""
    if not definitions and not _MARKER.search(core):
        return None
    found = _LETTER_EXPR.search(core, max(0, len(core) - _TAIL))
    if not found:
        return None
    top, bottom = found.group(1), found.group(2)
    if top == bottom:
        return None
    if top in definitions and bottom in definitions:
        return definitions[top], definitions[bottom], definitions
    markers: dict[str, re.Match[str]] = {}
    for marker in _MARKER.finditer(core, 0, found.start()):
        markers.setdefault(marker.group(1), marker)
    if top not in markers or bottom not in markers:
        return None
    first, second = sorted((markers[top], markers[bottom]), key=lambda m: m.start())
    meanings = {
        first.group(1): _clean(_CONNECTOR.sub("", core[: first.start()])),
        second.group(1): _clean(_CONNECTOR.sub("", core[first.end() : second.start()])),
    }
    if not meanings[top] or not meanings[bottom]:
        return None
    return meanings[top], meanings[bottom], {**definitions, **meanings}


def _find_division(core: str, has_multiplier: bool) -> tuple[str, str, str] | None:
    """The top-level division as (left, right, operator); None when there is none or when
    several fractions stand side by side (``\\frac{a}{b} + \\frac{c}{d}``)."""
    by_class: dict[str, list[re.Match[str]]] = {}
    for found in _top_level(core, _DIVISION.finditer(core)):
        if found.lastgroup:
            by_class.setdefault(found.lastgroup, []).append(found)
    for cls in _CLASS_ORDER:
        candidates = by_class.get(cls)
        if not candidates:
            continue
        if cls == "frac" and len(candidates) > 1:
            return None
        chosen = [m for m in candidates if _divides(core, m, has_multiplier, len(candidates))]
        if chosen:
            pick = next((m for m in chosen if _QUANTITY.match(core, m.end())), chosen[0])
            return core[: pick.start()], core[pick.end() :], pick.group()
    return None


def _divides(core: str, found: re.Match[str], has_multiplier: bool, siblings: int) -> bool:
    """Whether a '/' or ':' is a division rather than part of a name (``desa/kelurahan``).

    ``core`` is stripped and its whitespace collapsed.
    """
    if found.lastgroup not in ("slash", "colon"):
        return True
    start, end = found.start(), found.end()
    empty_side = start == 0 or end == len(core)
    if _QUANTITY.match(core, end) and (found.lastgroup == "slash" or _QUANTITY.match(core)):
        return True
    if not empty_side and " " not in core:  # A/B, PAD/APBD
        return True
    before, after = core[start - 1 : start] == " ", core[end : end + 1] == " "
    if found.lastgroup == "colon":
        return has_multiplier and before and after
    return empty_side or (has_multiplier and (before or after or siblings == 1))


def _top_level(text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches outside any parentheses or brackets (a stray closer counts as outside)."""
    depth, previous = 0, 0
    for found in matches:
        start = found.start()
        depth += (
            text.count("(", previous, start)
            + text.count("[", previous, start)
            - text.count(")", previous, start)
            - text.count("]", previous, start)
        )
        previous = start
        if depth <= 0:
            yield found


def _unwrap(text: str) -> str:
    """Strip parentheses or brackets that wrap the whole text (a few layers at most)."""
    text = text.strip()
    for _ in range(_MAX_WRAPPERS):
        if len(text) < 2 or text[0] not in "([" or text[-1] not in ")]":
            break
        depth = 0
        for bracket in _BRACKETS.finditer(text, 0, len(text) - 1):
            depth += 1 if bracket.group() in "([" else -1
            if depth <= 0:
                return text
        text = text[1:-1].strip()
    return text


def _trim(text: str, words: frozenset[str], chars: str) -> str:
    """Strip trailing ``chars`` and whole trailing ``words`` (``..., dan``) from the end."""
    while True:
        text = text.rstrip(chars)
        head, _, last = text.rpartition(" ")
        if last.lower() not in words:
            return text
        text = head


def _clean(text: str) -> str:
    text = " ".join(text.replace(_MARK, "/").split())
    return _unwrap(text.strip(" ,;:.=")).strip(" ,;:.")


def _side(text: str, definitions: dict[str, str]) -> str | None:
    text = _clean(text)
    marker = _END_MARKER.search(text) if text.endswith(")") else None
    if marker and marker.start() > 0:
        text = _clean(text[: marker.start()])
        definitions[marker.group(1)] = text
    return text or None


# structural checks -------------------------------------------------------------------------


def _delimiter_problems(text: str) -> list[Msg]:
    problems = []
    opened: str | None = None
    for run in _DOLLARS.findall(text):
        if opened is None:
            opened = run
        elif run == opened:
            opened = None
        else:
            problems.append(
                msg("formula.delimiter-closed-by", opened=repr(opened), closed=repr(run))
            )
            opened = None
    if opened:
        problems.append(msg("formula.delimiter-open", opened=repr(opened)))
    for open_, close in (("\\(", "\\)"), ("\\[", "\\]")):
        if text.count(open_) != text.count(close):
            problems.append(
                msg(
                    "formula.delimiters-unbalanced",
                    opened=text.count(open_),
                    opener=repr(open_),
                    closed=text.count(close),
                    closer=repr(close),
                )  # fmt: skip
            )
    return problems


def _balance_problems(text: str) -> list[Msg]:
    counts = {"{": 0, "}": 0, "(": 0, ")": 0}
    early = {"{": False, "(": False}
    for found in _STRUCTURE.finditer(text):
        char = found.group()
        if char[0] == "\\":
            continue
        counts[char] += 1
        opener = "{" if char in "{}" else "("
        closer = "}" if opener == "{" else ")"
        if counts[closer] > counts[opener]:
            early[opener] = True
    problems = []
    for opener, closer, name in (("{", "}", "braces"), ("(", ")", "parentheses")):
        if counts[opener] != counts[closer]:
            problems.append(
                msg(
                    f"formula.{name}-unbalanced",
                    opened=counts[opener],
                    opener=repr(opener),
                    closed=counts[closer],
                    closer=repr(closer),
                )  # fmt: skip
            )
        elif early[opener]:
            problems.append(msg(f"formula.{name}-order", opener=repr(opener), closer=repr(closer)))
    return problems

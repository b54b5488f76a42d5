r"""Word equations (OMML, ``m:oMath``) to LaTeX, in the shape the formula parser reads.

A ratio written as a Word equation comes out as
``\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}} \times 100\%``:
words of two or more letters go in ``\text{}``, single letters stay variables, ``×`` and
friends become commands with a space either side, ``%`` stays escaped. The caller adds the
``$...$`` around it. Elements this module does not know contribute their text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

Element = Any  # an lxml element; lxml is not imported here (start-up time)

OPERATORS = {
    "×": r"\times",
    "÷": r"\div",
    "·": r"\cdot",
    "∙": r"\cdot",
    "±": r"\pm",
    "≤": r"\leq",
    "≥": r"\geq",
    "≠": r"\neq",
    "≈": r"\approx",
    "−": "-",
    "=": "=",
    "+": "+",
    "-": "-",
    "<": "<",
    ">": ">",
}
SYMBOLS = {
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "∞": r"\infty",
    "∑": r"\sum",
    "∏": r"\prod",
    "∫": r"\int",
    "√": r"\sqrt",
    "…": r"\ldots",
    "π": r"\pi",
}
NARY = {"∑": r"\sum", "∏": r"\prod", "∫": r"\int", "∬": r"\iint", "∮": r"\oint"}
ACCENTS = {"̂": r"\hat", "̃": r"\tilde", "̄": r"\bar", "⃗": r"\vec", "̇": r"\dot"}
DELIMITERS = {"{": r"\{", "}": r"\}", "": ""}

# A word: a letter, then letters, digits, inner dots and apostrophes, hyphens between two
# runs of two letters (`perundang-undangan`, not `a-b`), single spaces before a letter or digit.
TOKEN_RE = re.compile(
    r"(?P<word>[^\W\d_](?:[^\W_]|['.](?=[^\W_])|(?<=[^\W\d_]{2})-(?=[^\W\d_]{2})| (?=[^\W_]))*)"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
)
SPACES_RE = re.compile(r"\s+")
LETTER_RE = re.compile(r"[^\W\d_]")


def omml_to_latex(math: Element) -> str:
    """LaTeX for one ``m:oMath`` (or ``m:oMathPara``) element, without ``$`` delimiters."""
    return _tidy(_children(math))


def run_to_latex(text: str) -> str:
    """LaTeX for the text of one equation run (``m:t``)."""
    pieces = []
    for match in TOKEN_RE.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "word":
            letters = len(LETTER_RE.findall(token))
            pieces.append(rf"\text{{{token}}}" if letters > 1 else token)
        elif kind == "number":
            pieces.append(token)
        elif kind == "space":
            pieces.append(" ")
        elif token in OPERATORS:
            pieces.append(f" {OPERATORS[token]} ")
        else:
            pieces.append(SYMBOLS.get(token, token))
    return "".join(pieces)


def _tidy(latex: str) -> str:
    latex = SPACES_RE.sub(" ", latex).strip()
    return latex.replace("{ ", "{").replace(" }", "}")


def _children(element: Element) -> str:
    return "".join(_convert(child) for child in element)


def _part(element: Element, name: str) -> str:
    found = element.find(M + name)
    return "" if found is None else _tidy(_children(found))


def _prop(element: Element, props: str, name: str, default: str | None = None) -> str | None:
    found = element.find(f"{M}{props}/{M}{name}")
    if found is None:
        return default
    return found.get(M + "val", default)


def _convert(element: Element) -> str:
    tag = element.tag
    if not isinstance(tag, str) or tag.endswith("Pr"):  # comments, properties
        return ""
    handler = HANDLERS.get(tag)
    if handler is not None:
        return handler(element)
    if tag == W + "t":
        return run_to_latex(element.text or "")
    return _children(element)


def _run(element: Element) -> str:
    return "".join(run_to_latex(t.text or "") for t in element if t.tag in (M + "t", W + "t"))


def _fraction(element: Element) -> str:
    num, den = _part(element, "num"), _part(element, "den")
    if _prop(element, "fPr", "type") == "lin":
        return f"{num}/{den}"
    return rf"\frac{{{num}}}{{{den}}}"


def _script(element: Element) -> str:
    base = _part(element, "e")
    sub, sup = element.find(M + "sub"), element.find(M + "sup")
    out = f"{{{base}}}" if len(base) > 1 else base
    if sub is not None:
        out += f"_{{{_part(element, 'sub')}}}"
    if sup is not None:
        out += f"^{{{_part(element, 'sup')}}}"
    return out


def _pre_script(element: Element) -> str:
    return f"{{}}_{{{_part(element, 'sub')}}}^{{{_part(element, 'sup')}}}{_part(element, 'e')}"


def _radical(element: Element) -> str:
    degree = _part(element, "deg")
    base = _part(element, "e")
    return rf"\sqrt[{degree}]{{{base}}}" if degree else rf"\sqrt{{{base}}}"


def _delimiter(element: Element) -> str:
    begin = _prop(element, "dPr", "begChr", "(") or ""
    end = _prop(element, "dPr", "endChr", ")") or ""
    sep = _prop(element, "dPr", "sepChr", "|") or ""
    parts = [_tidy(_children(e)) for e in element.findall(M + "e")]
    return DELIMITERS.get(begin, begin) + sep.join(parts) + DELIMITERS.get(end, end)


def _nary(element: Element) -> str:
    symbol = _prop(element, "naryPr", "chr", "∫") or "∫"
    out = NARY.get(symbol, symbol)
    sub, sup = _part(element, "sub"), _part(element, "sup")
    if sub:
        out += f"_{{{sub}}}"
    if sup:
        out += f"^{{{sup}}}"
    return f"{out} {_part(element, 'e')}"


def _function(element: Element) -> str:
    return f"{_part(element, 'fName')} {_part(element, 'e')}"


def _accent(element: Element) -> str:
    command = ACCENTS.get(_prop(element, "accPr", "chr", "̂") or "̂", r"\hat")
    return f"{command}{{{_part(element, 'e')}}}"


def _bar(element: Element) -> str:
    under = _prop(element, "barPr", "pos") == "bot"
    return rf"\{'underline' if under else 'overline'}{{{_part(element, 'e')}}}"


def _limit(element: Element, mark: str) -> str:
    return f"{{{_part(element, 'e')}}}{mark}{{{_part(element, 'lim')}}}"


def _matrix(element: Element) -> str:
    rows = [
        " & ".join(_tidy(_children(e)) for e in row.findall(M + "e"))
        for row in element.findall(M + "mr")
    ]
    return r"\begin{matrix}" + r" \\ ".join(rows) + r"\end{matrix}"


def _equation_array(element: Element) -> str:
    return r" \\ ".join(_tidy(_children(e)) for e in element.findall(M + "e"))


HANDLERS: dict[str, Callable[[Element], str]] = {
    M + "r": _run,
    M + "f": _fraction,
    M + "sSup": _script,
    M + "sSub": _script,
    M + "sSubSup": _script,
    M + "sPre": _pre_script,
    M + "rad": _radical,
    M + "d": _delimiter,
    M + "nary": _nary,
    M + "func": _function,
    M + "acc": _accent,
    M + "bar": _bar,
    M + "limLow": lambda e: _limit(e, "_"),
    M + "limUpp": lambda e: _limit(e, "^"),
    M + "m": _matrix,
    M + "eqArr": _equation_array,
}

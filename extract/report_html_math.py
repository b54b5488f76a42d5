"""A rumus perhitungan as mathematics: numerator over denominator, in MathML the browser
draws itself (no script, no font, no network).

A formula written in LaTeX (``\\frac{\\text{A}}{\\text{B}} \\times 100\\%``, as some IKU hold
it) is converted by latex2mathml; one written in words (``A dibagi B dikali 100%``) is
drawn from the parts the parser found (numerator, denominator, multiplier, target). Where
neither works (a broken ``\\frac``, words with no ratio in them) the text is shown as
written, and never an error. A drawn formula keeps its text as written beside it, folded,
so nothing the document says is lost and the search still finds it.
"""

from __future__ import annotations

import logging

import regex
from renstra.schemas import Formula

from .report_html_programs import e

log = logging.getLogger(__name__)

_LATEX = regex.compile(r"\\[A-Za-z]+")
_LETTERS = regex.compile(r"(?:<mi>\p{L}</mi>){4,}")
"""Four single letters in a row: bare words latex2mathml read as variables, not text."""
_MATHML = "{http://www.w3.org/1998/Math/MathML}"
TAGS = frozenset(
    [
        "math", "mrow", "mfrac", "mtext", "mi", "mn", "mo", "ms", "mspace", "msup", "msub",
        "msubsup", "msqrt", "mroot", "munder", "mover", "munderover", "mstyle", "mpadded",
        "mphantom", "mtable", "mtr", "mtd",
    ]
)  # fmt: skip
ATTRIBUTES = frozenset(
    [
        "display", "mathvariant", "stretchy", "fence", "separator", "lspace", "rspace", "width",
        "height", "depth", "displaystyle", "scriptlevel", "accent", "accentunder", "movablelimits",
        "linethickness", "columnalign", "rowspacing", "columnspacing", "minsize", "maxsize",
        "symmetric", "largeop", "form",
    ]
)  # fmt: skip
"""What the page lets through of latex2mathml's output: presentation elements and their
layout attributes. Its output is not escaped (``\\text{<b>}`` comes back as markup) and
passes ``\\href`` on, so it is parsed and written again from these alone."""


def latex_mathml(latex: str) -> str | None:
    """latex2mathml's MathML for a LaTeX formula, or None where it fails or reads words
    as strings of single-letter variables."""
    from latex2mathml.converter import convert

    body = latex.strip().strip("$").strip()
    try:
        mathml = convert(body)
    except Exception as exc:  # the library raises many types for malformed input
        log.debug("latex2mathml could not convert %r: %s", body, exc)
        return None
    if _LETTERS.search(mathml):
        return None
    return _rewrite(mathml)


def _rewrite(mathml: str) -> str | None:
    """The MathML written again from its allowed elements and attributes, text escaped;
    None where it holds anything else or is no well-formed XML."""
    from xml.etree.ElementTree import Element, ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(mathml)
    except (ParseError, DefusedXmlException):
        return None

    def write(node: Element) -> str | None:
        tag = node.tag.removeprefix(_MATHML)
        if tag not in TAGS or not set(node.attrib) <= ATTRIBUTES or tag == "mtext" and len(node):
            return None
        attrs = "".join(f' {k}="{e(v)}"' for k, v in sorted(node.attrib.items()))
        if tag == "math":
            attrs = f' class="fm"{attrs}'
        inner = []
        for child in node:
            written = write(child)
            if written is None:
                return None
            inner.append(written + e(child.tail or ""))
        # spaces inside \\text{} come back as no-break spaces: let a long numerator wrap
        text = e(node.text or "").replace("\xa0", " ")
        return f"<{tag}{attrs}>{text}{''.join(inner)}</{tag}>"

    return write(root)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def parts_mathml(formula: Formula) -> str | None:
    """The parsed ratio as MathML: numerator over denominator, × multiplier (%), = target."""
    if formula.kind != "ratio" or not formula.numerator or not formula.denominator:
        return None
    out = [
        '<math class="fm" display="inline"><mrow><mfrac>',
        f"<mrow><mtext>{e(formula.numerator)}</mtext></mrow>",
        f"<mrow><mtext>{e(formula.denominator)}</mtext></mrow></mfrac>",
    ]
    if formula.multiplier is not None:
        out.append(f"<mo>&#x000D7;</mo><mn>{_number(formula.multiplier)}</mn>")
        raw = formula.raw.casefold()
        if formula.multiplier == 100 and ("%" in raw or "persen" in raw):
            out.append("<mo>%</mo>")
    if formula.target is not None:
        out.append(f"<mo>=</mo><mn>{_number(formula.target)}</mn>")
    out.append("</mrow></math>")
    return "".join(out)


def formula_html(formula: Formula | None, as_written: str) -> str:
    """The formula cell: MathML where it can be drawn, with the text as written folded
    below it; else the text as written."""
    if formula is None:
        return ""
    mathml = None
    if _LATEX.search(formula.raw):
        mathml = latex_mathml(formula.raw)
    mathml = mathml or parts_mathml(formula)
    if mathml is None:
        return e(formula.raw)
    return (
        f'<span class="formula">{mathml}</span><details class="raw"><summary>'
        f"{e(as_written)}</summary><code>{e(formula.raw)}</code></details>"
    )

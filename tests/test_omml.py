from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from renstra.extract.readers.omml import omml_to_latex, run_to_latex

M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def math(inner: str) -> etree._Element:
    return etree.fromstring(f'<m:oMath xmlns:m="{M_NS}">{inner}</m:oMath>')


def r(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def frac(num: str, den: str, props: str = "") -> str:
    return f"<m:f>{props}<m:num>{num}</m:num><m:den>{den}</m:den></m:f>"


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        (
            frac(r("Jumlah berkas yang telah diproses"), r("Jumlah berkas yang masuk"))
            + r("×100%"),
            r"\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}}"
            r" \times 100\%",
        ),
        (frac(r("A"), r("B")) + r(" x 100 %"), r"\frac{A}{B} x 100 \%"),
        (frac(r("a"), r("b"), '<m:fPr><m:type m:val="lin"/></m:fPr>'), "a/b"),
        ("<m:sSup><m:e>" + r("x") + "</m:e><m:sup>" + r("2") + "</m:sup></m:sSup>", "x^{2}"),
        ("<m:sSub><m:e>" + r("x") + "</m:e><m:sub>" + r("i") + "</m:sub></m:sSub>", "x_{i}"),
        ("<m:rad><m:deg/><m:e>" + r("x") + "</m:e></m:rad>", r"\sqrt{x}"),
        ("<m:rad><m:deg>" + r("3") + "</m:deg><m:e>" + r("x") + "</m:e></m:rad>", r"\sqrt[3]{x}"),
        ("<m:d><m:e>" + r("a+b") + "</m:e></m:d>", "(a + b)"),
        (
            '<m:d><m:dPr><m:begChr m:val="["/><m:endChr m:val="]"/></m:dPr><m:e>'
            + r("n")
            + "</m:e></m:d>",
            "[n]",
        ),
        (
            '<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>'
            + r("i=1")
            + "</m:sub><m:sup>"
            + r("n")
            + "</m:sup><m:e>"
            + r("x")
            + "</m:e></m:nary>",
            r"\sum_{i = 1}^{n} x",
        ),
        (r("A") + r("÷") + r("B") + r("≤") + r("1"), r"A \div B \leq 1"),
        ("<m:unknown>" + r("Rasio") + "</m:unknown>", r"\text{Rasio}"),
        ("<m:r><m:rPr><m:sty m:val='p'/></m:rPr><m:t>Total</m:t></m:r>", r"\text{Total}"),
    ],
)
def test_omml_to_latex(inner: str, expected: str) -> None:
    assert omml_to_latex(math(inner)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("×100%", r" \times 100\%"),
        ("Jumlah berkas", r"\text{Jumlah berkas}"),
        ("x", "x"),
        ("perundang-undangan", r"\text{perundang-undangan}"),
        ("Jumlah ASN 2021", r"\text{Jumlah ASN 2021}"),
        ("a-b", "a - b"),
        ("50 & 50", r"50 \& 50"),
    ],
)
def test_run_to_latex(text: str, expected: str) -> None:
    assert run_to_latex(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab 1%×{}_&#$-xy"), max_size=30))
def test_every_special_character_is_escaped(text: str) -> None:
    latex = run_to_latex(text)
    for i, char in enumerate(latex):
        if char in "%&#$_":
            assert i > 0 and latex[i - 1] == "\\", latex

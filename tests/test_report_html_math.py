"""Formulas as MathML: LaTeX converted by latex2mathml and written again from its allowed
elements, a ratio in words drawn from its parsed parts, anything else as written."""

from __future__ import annotations

import pytest
from renstra.extract.report_html_math import formula_html, latex_mathml, parts_mathml
from renstra.extract.report_html_split import slug
from renstra.schemas import Formula

SEED = (
    r"$\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}}"
    r" \times 100\%$"
)


def test_the_seed_iku_frac_becomes_a_fraction_with_plain_spaces() -> None:
    assert latex_mathml(SEED) == (
        '<math class="fm" display="inline"><mrow><mfrac>'
        "<mrow><mtext>Jumlah berkas yang telah diproses</mtext></mrow>"
        "<mrow><mtext>Jumlah berkas yang masuk</mtext></mrow></mfrac>"
        "<mo>×</mo><mn>100</mn><mi>%</mi></mrow></math>"
    )


@pytest.mark.parametrize(
    "latex",
    [
        r"\text{<script>alert(1)</script>} \frac{a}{b}",  # the library does not escape text
        r"\href{javascript:alert(1)}{x}",  # nor drop links
        r"\color{red" " onmouseover=" "x}{a}",
        r"\mathrm{a&b}",  # an unescaped ampersand: no well-formed XML
        r"\frac{Jumlah izin}{Jumlah permohonan",  # broken
        r"\frac{Jumlah izin}{Jumlah permohonan}",  # bare words read as one-letter variables
    ],
)
def test_latex_that_cannot_be_drawn_safely_gives_none(latex: str) -> None:
    assert latex_mathml(latex) is None


def test_a_ratio_in_words_is_drawn_from_its_parts_and_escaped() -> None:
    formula = Formula(raw="A <b> dibagi B dikali 100% = 100", kind="ratio", numerator="A <b>",
                      denominator="B", multiplier=100, target=100)  # fmt: skip
    assert parts_mathml(formula) == (
        '<math class="fm" display="inline"><mrow><mfrac><mrow><mtext>A &lt;b&gt;</mtext></mrow>'
        "<mrow><mtext>B</mtext></mrow></mfrac><mo>&#x000D7;</mo><mn>100</mn><mo>%</mo>"
        "<mo>=</mo><mn>100</mn></mrow></math>"
    )
    html = formula_html(formula, "Teks asli")
    assert html.endswith(
        '<details class="raw"><summary>Teks asli</summary>'
        "<code>A &lt;b&gt; dibagi B dikali 100% = 100</code></details>"
    )


def test_a_broken_frac_with_a_parsed_ratio_falls_back_to_its_parts() -> None:
    formula = Formula(
        raw=r"\frac{Jumlah izin}{Jumlah permohonan} \times 100\%",
        kind="ratio",
        numerator="Jumlah izin",
        denominator="Jumlah permohonan",
        multiplier=100,
    )
    assert "<mtext>Jumlah izin</mtext>" in formula_html(formula, "x")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("Jumlah kegiatan", "count"),
        (r"\frac{Jumlah izin yang terbit}{Jumlah permohonan \times 100\%", "other"),
        ("Dihitung oleh pihak ketiga <b>", "other"),
    ],
)
def test_what_cannot_be_drawn_is_the_text_as_written(raw: str, kind: str) -> None:
    html = formula_html(Formula(raw=raw, kind=kind), "x")  # type: ignore[arg-type]
    assert "<math" not in html
    assert html == raw.replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kecamatan Metro Utara Kota Metro", "kecamatan-metro-utara-kota-metro"),
        ("Dinas Pendidikan & Kebudayaan  (Disdik)", "dinas-pendidikan-kebudayaan-disdik"),
        ("Dínas Sòsial", "dinas-sosial"),
        ("", "opd"),
        ("Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten "
         "Penajam Paser Utara",
         "badan-perencanaan-pembangunan-penelitian-dan-pengembangan-daerah-kabupaten"),
    ],
)  # fmt: skip
def test_split_page_names_are_ascii_words(text: str, name: str) -> None:
    assert slug(text) == name

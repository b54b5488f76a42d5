from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from renstra.extract.messages import render
from renstra.extract.parsers.formula import formula_problems, parse_formula


def ratio(
    numerator: str | None,
    denominator: str | None,
    multiplier: float | None = 100.0,
    target: float | None = None,
    definitions: dict[str, str] | None = None,
) -> dict[str, object]:
    return {
        "kind": "ratio",
        "numerator": numerator,
        "denominator": denominator,
        "multiplier": multiplier,
        "target": target,
        "definitions": definitions or {},
    }


def count(phrase: str) -> dict[str, object]:
    return {
        "kind": "count",
        "numerator": phrase,
        "denominator": None,
        "multiplier": None,
        "target": None,
        "definitions": {},
    }


OTHER: dict[str, object] = {
    "kind": "other",
    "numerator": None,
    "denominator": None,
    "multiplier": None,
    "target": None,
    "definitions": {},
}


def parts(raw: str) -> dict[str, object]:
    formula = parse_formula(raw)
    assert formula is not None
    return formula.model_dump(exclude={"raw"})


# The four rumus of samples/iku_metro_utara.txt, copied as written.
SEED = [
    (
        r"$\frac{\text{Jumlah berkas yang telah diproses}}{\text{Jumlah berkas yang masuk}}"
        r" \times 100\%$",
        ratio("Jumlah berkas yang telah diproses", "Jumlah berkas yang masuk"),
    ),
    (
        r"$\frac{\text{Jumlah usulan yang tertuang dalam BA Musrenbang}}"
        r"{\text{Jumlah usulan yang masuk}} \times 100\%$",
        ratio("Jumlah usulan yang tertuang dalam BA Musrenbang", "Jumlah usulan yang masuk"),
    ),
    (
        r"$\frac{\text{Jumlah Wajib Pajak yang membayar PBB}}"
        r"{\text{Jumlah Wajib Pajak keseluruhan}} \times 100\%$",
        ratio("Jumlah Wajib Pajak yang membayar PBB", "Jumlah Wajib Pajak keseluruhan"),
    ),
    ("Jumlah kegiatan", count("Jumlah kegiatan")),
]


@pytest.mark.parametrize(("raw", "expected"), SEED)
def test_seed_formulas(raw: str, expected: dict[str, object]) -> None:
    assert parts(raw) == expected


def test_seed_formulas_are_the_ones_in_the_sample() -> None:
    sample = Path(__file__).parent.parent / "samples" / "iku_metro_utara.txt"
    lines = sample.read_text(encoding="utf-8").splitlines()
    cells = [line.split("\t")[-1] for line in lines if line[:2] in ("1\t", "2\t", "3\t", "4\t")]
    assert cells[-4:] == [raw for raw, _ in SEED]


CASES = [
    # LaTeX
    (r"$$\dfrac{\mathrm{Jumlah\ A}}{\textrm{Jumlah B}}$$", ratio("Jumlah A", "Jumlah B", None)),
    (r"\tfrac{\text{Jumlah A}}{\text{Jumlah B}} \cdot 100\%", ratio("Jumlah A", "Jumlah B")),
    (r"\(\frac{\text{Jumlah A}}{\text{Jumlah B}} \times 100\%\)", ratio("Jumlah A", "Jumlah B")),
    (
        r"\left( \frac{\text{Jumlah {aduan} selesai}}{\text{Jumlah aduan}} \right) \times 100\%",
        ratio("Jumlah aduan selesai", "Jumlah aduan"),
    ),
    (
        r"\left[ \frac{\text{A}}{\text{B}} \right] \times 100 \%",
        ratio("A", "B"),
    ),
    (r"\frac{Jumlah A}{Jumlah B}", ratio("Jumlah A", "Jumlah B", None)),
    (r"\frac{A}{B}\times100\%", ratio("A", "B")),
    (r"\left. \frac{A}{B} \right. \times 100\%", ratio("A", "B")),
    (r"\frac12 \times 100\%", ratio("1", "2")),
    (r"\frac{\frac{a}{b}}{c}", ratio("a / b", "c", None)),
    (
        r"$\frac{\text{Jumlah   A}}{\text{Jumlah B}} \times 100\%$ = 100\%",
        ratio("Jumlah A", "Jumlah B", target=100.0),
    ),
    (r"\frac{A}{B} + \frac{C}{D}", OTHER),
    # plain
    ("Jumlah A / Jumlah B x 100%", ratio("Jumlah A", "Jumlah B")),
    ("(Jumlah A / Jumlah B) x 100%", ratio("Jumlah A", "Jumlah B")),
    ("Jumlah A : Jumlah B x 100 %", ratio("Jumlah A", "Jumlah B")),
    ("Jumlah A/Jumlah B*100", ratio("Jumlah A", "Jumlah B")),
    ("Jumlah A / Jumlah B X 100%", ratio("Jumlah A", "Jumlah B")),
    ("Jumlah A / Jumlah B × 100%", ratio("Jumlah A", "Jumlah B")),
    ("Jumlah A / Jumlah B", ratio("Jumlah A", "Jumlah B", None)),
    ("Jumlah A/Jumlah B x 100 persen", ratio("Jumlah A", "Jumlah B")),
    (
        "Jumlah kematian ibu / jumlah kelahiran hidup x 100.000",
        ratio("Jumlah kematian ibu", "jumlah kelahiran hidup", 100000.0),
    ),
    (
        "Jumlah desa/kelurahan mandiri / jumlah desa/kelurahan x 100%",
        ratio("Jumlah desa/kelurahan mandiri", "jumlah desa/kelurahan"),
    ),
    ("PAD/APBD", ratio("PAD", "APBD", None)),
    ("Persentase X = Jumlah A / Jumlah B x 100%", ratio("Jumlah A", "Jumlah B")),
    ("Rumus : Jumlah A / Jumlah B X 100%", ratio("Jumlah A", "Jumlah B")),
    ("Jumlah A / Jumlah B X 100% = 100", ratio("Jumlah A", "Jumlah B", target=100.0)),
    # words
    ("Jumlah A dibagi jumlah B dikali 100%", ratio("Jumlah A", "jumlah B")),
    ("Jumlah A dibagi jumlah B dikalikan seratus persen", ratio("Jumlah A", "jumlah B")),
    ("jumlah A dibagi dengan jumlah B x 100%", ratio("jumlah A", "jumlah B")),
    (
        "Realisasi anggaran dibandingkan dengan pagu anggaran dikali 100%",
        ratio("Realisasi anggaran", "pagu anggaran"),
    ),
    (
        "Jumlah aduan yang ditindaklanjuti dibanding jumlah aduan x 100 %",
        ratio("Jumlah aduan yang ditindaklanjuti", "jumlah aduan"),
    ),
    ("Jumlah PAD per jumlah penduduk", ratio("Jumlah PAD", "jumlah penduduk", None)),
    # inline definitions
    (
        "Jumlah desa yang memiliki BUMDes aktif (A) dibagi jumlah seluruh desa (B) "
        "dikali 100%, dirumuskan A/B X 100%",
        ratio(
            "Jumlah desa yang memiliki BUMDes aktif",
            "jumlah seluruh desa",
            definitions={"A": "Jumlah desa yang memiliki BUMDes aktif", "B": "jumlah seluruh desa"},
        ),
    ),
    (
        "Jumlah desa yang mandiri (A) dibagi jumlah seluruh desa (B) A/B X 100% = 100",
        ratio(
            "Jumlah desa yang mandiri",
            "jumlah seluruh desa",
            target=100.0,
            definitions={"A": "Jumlah desa yang mandiri", "B": "jumlah seluruh desa"},
        ),
    ),
    (
        "Jumlah A (A) / Jumlah B (B) × 100%",
        ratio("Jumlah A", "Jumlah B", definitions={"A": "Jumlah A", "B": "Jumlah B"}),
    ),
    (
        "(A/B) x 100%; A = Jumlah kegiatan selesai; B = Jumlah kegiatan direncanakan",
        ratio(
            "Jumlah kegiatan selesai",
            "Jumlah kegiatan direncanakan",
            definitions={"A": "Jumlah kegiatan selesai", "B": "Jumlah kegiatan direncanakan"},
        ),
    ),
    (
        "A/B x 100%, dimana A = Jumlah aduan selesai, dan B = Jumlah aduan masuk",
        ratio(
            "Jumlah aduan selesai",
            "Jumlah aduan masuk",
            definitions={"A": "Jumlah aduan selesai", "B": "Jumlah aduan masuk"},
        ),
    ),
    # counts
    ("Jumlah dokumen yang disusun", count("Jumlah dokumen yang disusun")),
    ("Jumlah desa/kelurahan yang mandiri", count("Jumlah desa/kelurahan yang mandiri")),
    ("Jumlah kasus per 1000 penduduk", count("Jumlah kasus per 1000 penduduk")),
    ("  Jumlah   kegiatan.  ", count("Jumlah kegiatan")),
    # other
    ("dihitung oleh pihak ketiga", OTHER),
    ("Hasil survei IKM", OTHER),
    ("Nilai dari Kemenpan", OTHER),
    ("Keterangan : jumlah kegiatan", OTHER),
    ("Jumlah A + Jumlah B", OTHER),
    ("Jumlah kegiatan x 100%", OTHER),
    ("x 100%", OTHER),
    ("= 100", OTHER),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_parse_formula(raw: str, expected: dict[str, object]) -> None:
    assert parts(raw) == expected


def test_raw_is_kept_stripped_with_its_delimiters() -> None:
    formula = parse_formula("  $\\frac{A}{B}$ \n")
    assert formula is not None
    assert formula.raw == "$\\frac{A}{B}$"


@pytest.mark.parametrize("raw", ["", "   ", "\n\t "])
def test_empty_cell_is_none(raw: str) -> None:
    assert parse_formula(raw) is None
    assert formula_problems(raw) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            r"\frac{\text{A}{B}",
            ["unbalanced braces: 3 '{' vs 2 '}'", "\\frac is missing its denominator"],
        ),
        (
            r"\frac{A}}{B}",
            ["unbalanced braces: 2 '{' vs 3 '}'", "\\frac is missing its denominator"],
        ),
        ("(Jumlah A / Jumlah B x 100%", ["unbalanced parentheses: 1 '(' vs 0 ')'"]),
        ("Jumlah A) / (Jumlah B x 100%", ["unbalanced parentheses: a ')' comes before its '('"]),
        (r"\frac{}{\text{Jumlah B}} \times 100\%", ["\\frac has an empty numerator"]),
        (r"\dfrac{\text{Jumlah A}}{ } \times 100\%", ["\\dfrac has an empty denominator"]),
        ("/ Jumlah B x 100%", ["division '/' has an empty numerator"]),
        ("Jumlah A / x 100%", ["division '/' has an empty denominator"]),
        (r"$\frac{A}{B} \times 100\%", ["math delimiter '$' opened and not closed"]),
        (r"$$\frac{A}{B}$", ["math delimiter '$$' is closed by '$'"]),
        (r"\(\frac{A}{B}", ["math delimiters unbalanced: 1 '\\\\(' vs 0 '\\\\)'"]),
    ],
)
def test_problems_reported(raw: str, expected: list[str]) -> None:
    assert [render(problem, "en") for problem in formula_problems(raw)] == expected


@pytest.mark.parametrize(
    "raw",
    [raw for raw, _ in SEED]
    + [
        r"$$\left( \frac{\text{A}}{\text{B}} \right) \times 100\%$$",
        r"\frac{\{A\}}{B}",
        r"Biaya \$ 5 / Jumlah B",
        "Jumlah A dibagi jumlah B dikali 100%",
        "Jumlah desa (A) dibagi jumlah desa seluruhnya (B), A/B x 100%",
        "dihitung oleh pihak ketiga",
    ],
)
def test_no_problems_when_well_formed(raw: str) -> None:
    assert formula_problems(raw) == []


@pytest.mark.parametrize(
    "raw",
    [
        "/ Jumlah B x 100%",
        r"\frac{Jumlah izin terbit}{Jumlah permohonan × 100%",
        r"$\frac{\text{A}}{\text{B}} \times 100\%",
    ],
)
def test_malformed_formula_is_other_with_no_parts(raw: str) -> None:
    formula = parse_formula(raw)
    assert formula is not None and formula.raw == raw
    assert (formula.kind, formula.numerator, formula.denominator, formula.multiplier) == (
        "other",
        None,
        None,
        None,
    )


# properties ---------------------------------------------------------------------------------

# Words that are operators or connectors in a rumus: a phrase made of them is no longer plain.
RESERVED = {
    "x",
    "dibagi",
    "dibanding",
    "dibandingkan",
    "berbanding",
    "dengan",
    "per",
    "dikali",
    "dikalikan",
    "kali",
    "seratus",
    "seribu",
    "persen",
}
WORD = st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True).filter(lambda w: w.lower() not in RESERVED)
PHRASE = st.tuples(
    st.lists(WORD, min_size=1, max_size=6),
    st.sampled_from([" ", "  ", "   "]),
    st.sampled_from(["", " "]),
).map(lambda t: t[2] + t[1].join(t[0]) + t[2])
TEMPLATES = [
    r"\frac{{\text{{{n}}}}}{{\text{{{d}}}}} \times 100\%",
    "{n} / {d} x 100%",
    "{n} dibagi {d} dikali 100%",
]


@settings(max_examples=200, deadline=None)
@given(n=PHRASE, d=PHRASE, template=st.sampled_from(TEMPLATES))
def test_generated_ratios_keep_their_parts(n: str, d: str, template: str) -> None:
    assert parts(template.format(n=n, d=d)) == ratio(" ".join(n.split()), " ".join(d.split()))


FORMULA_ALPHABET = st.sampled_from(
    ["\\frac", "\\text", "\\left(", "\\right)", "\\times", "\\%", "\\", "{", "}", "(", ")"]
    + ["$", "$$", "/", ":", "=", " x ", " 100", "%", " dibagi ", " (A) ", "A", "B", " = "]
    + ["Jumlah", " ", "\ue000", "÷", "\\(", "\\)", "dikali", "per jumlah", ",", ";"]
    + ["\\left.", "\\right.", ".", "\\dfrac", "\\text.", "[", "]", "dimana A = ", "(a)"]
)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), st.lists(FORMULA_ALPHABET, max_size=30).map("".join)))
def test_arbitrary_text_never_raises(text: str) -> None:
    formula = parse_formula(text)
    if text.strip():
        assert formula is not None
        assert formula.raw == text.strip()
    else:
        assert formula is None
    problems = formula_problems(text)
    assert isinstance(problems, list)
    assert all(render(problem, "en") for problem in problems)


@settings(max_examples=200, deadline=None)
@given(
    raw=st.one_of(
        st.sampled_from([raw for raw, _ in SEED[:3]]),
        st.builds(lambda n, d, t: t.format(n=n, d=d), PHRASE, PHRASE, st.sampled_from(TEMPLATES)),
    ),
    suffix=st.sampled_from([" = 100", " = 100%", "=100", " = 100 %"]),
)
def test_trailing_target_is_kept_apart(raw: str, suffix: str) -> None:
    plain = parts(raw)
    with_target = parts(raw + suffix)
    assert with_target["target"] == 100.0
    assert {**with_target, "target": None} == plain


def test_a_fraction_drawn_with_a_line_of_dashes() -> None:
    formula = parse_formula("Jumlah KTP-el terbit\n------------------  X 100\nJumlah wajib KTP")
    assert formula is not None
    assert (formula.kind, formula.numerator, formula.denominator, formula.multiplier) == (
        "ratio", "Jumlah KTP-el terbit", "Jumlah wajib KTP", 100,
    )  # fmt: skip


def test_the_sentence_that_introduces_a_formula_is_not_its_numerator() -> None:
    formula = parse_formula(
        "Camat membina desa, cara pengukurannya yaitu jumlah desa tepat waktu dibagi jumlah desa "
        "dikalikan 100%"
    )
    assert formula is not None
    assert (formula.numerator, formula.denominator) == ("jumlah desa tepat waktu", "jumlah desa")

"""The HTML report's program table (a T-C.27, a Renja's or a PK's programs) and the target
cell both of its tables share.

Laid out as the steward knows it from the document: Kode | Tingkat | Program / Kegiatan
(indented by level) | Indikator | Satuan | per year a Target | Rp pair | Kondisi Akhir |
Penanggung Jawab | Lokasi, then a row with the total per year of the top-level rows. A
program with several indicators takes one line per indicator, its own cells spanning them.
Budgets are written ``Rp 1.250.000.000`` with the cell as written in the title; each
carries its exact amount in ``data-amount``. Everything taken from a document is escaped.
"""

from __future__ import annotations

from html import escape

from renstra.schemas import Budget, Document, Indicator, Program, Target

from .program_layout import YearKey, depths, rupiah, top_level_totals, year_columns, year_key

MAX_DEPTH = 4
"""Indentation classes d0..d4 exist in the page's CSS (a CSP forbids inline styles)."""
CSS = (
    "table.prog td.d1{padding-left:1.6em}table.prog td.d2{padding-left:3.2em}"
    "table.prog td.d3{padding-left:4.8em}table.prog td.d4{padding-left:6.4em}"
    "table.prog tr.lvl-program td.pname,table.prog tr.lvl-urusan td.pname,"
    "table.prog tr.lvl-bidang td.pname{font-weight:600}"
    "table.prog tfoot td{font-weight:600;background:#f2f4f7}"
    "table.prog td.rp{white-space:nowrap;text-align:right;font-variant-numeric:tabular-nums}"
    ".real{display:block;font-size:12px;color:var(--muted)}"
)


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def target_html(target: Target | None, words: dict[str, str]) -> str:
    """The target as written; its realisasi and capaian below it where the document gives
    them (an LKjIP), so a target without them renders exactly as before."""
    if target is None:
        return ""
    html = e(target.text)
    extra = [
        f"{e(words[key])} {e(value.text)}"
        for key, value in (("realization", target.realization), ("achievement", target.achievement))
        if value is not None
    ]
    if extra:
        html += f'<span class="real">{" · ".join(extra)}</span>'
    return html


def year_label(key: YearKey, words: dict[str, str]) -> str:
    year, index = key
    return str(year) if year is not None else f"{words['year']} {index or '?'}"


def program_section(number: int, document: Document, words: dict[str, str]) -> str:
    """The document's programs under their heading; '' for a document without any."""
    programs = document.programs
    if not programs:
        return ""
    keys = year_columns(programs)
    finals = any(p.final_budget or any(i.final_target for i in p.indicators) for p in programs)
    out = [
        f'<div class="programs"><h3>{e(words["programs"])} ({len(programs)})</h3>'
        f'<div class="scroll"><table class="prog"><thead><tr>',
        *(f'<th rowspan="2">{e(words[k])}</th>'
          for k in ("code", "program_level", "program_name", "indicator", "unit")),
        *(f'<th colspan="2">{e(year_label(k, words))}</th>' for k in keys),
        f'<th colspan="2">{e(words["final_target"])}</th>' if finals else "",
        *(f'<th rowspan="2">{e(words[k])}</th>' for k in ("responsible", "program_location")),
        "</tr><tr>",
        *(f"<th>{e(words['target'])}</th><th>{e(words['budget'])}</th>"
          for _ in range(len(keys) + finals)),
        "</tr></thead>",
    ]  # fmt: skip
    for k, (program, depth) in enumerate(zip(programs, depths(programs), strict=True), start=1):
        # each program its own row group: its cells span its indicators' lines, and the
        # report's filters hide or show it whole
        out.append(f'<tbody class="rowu" data-unit="p-{number}-{k}">')
        out.append(_program_rows(number, k, program, min(depth, MAX_DEPTH), keys, finals, words))
        out.append("</tbody>")
    out.append(_total_row(programs, keys, finals, words))
    out.append("</table></div></div>\n")
    return "".join(out)


def _program_rows(
    number: int,
    k: int,
    program: Program,
    depth: int,
    keys: list[YearKey],
    finals: bool,
    words: dict[str, str],
) -> str:
    indicators: list[Indicator | None] = list(program.indicators) or [None]
    span = f' rowspan="{len(indicators)}"' if len(indicators) > 1 else ""
    level = words.get(f"level_{program.level}", "") if program.level else ""
    budgets = {year_key(b): b for b in reversed(program.budgets)}  # the first of a year
    rows = []
    for i, indicator in enumerate(indicators):
        cells = []
        if i == 0:
            cells += [
                f"<td{span}>{e(program.code)}</td><td{span}>{e(level)}</td>",
                f'<td class="pname d{depth}"{span}>{e(program.name)}</td>',
            ]
        cells.append(f"<td>{e(indicator.name if indicator else '')}</td>")
        cells.append(f"<td>{e(indicator.unit if indicator else '')}</td>")
        targets = list(indicator.targets) if indicator else []
        for key in keys:
            target = next((t for t in targets if year_key(t) == key), None)
            cells.append(f'<td class="t">{target_html(target, words)}</td>')
            if i == 0:
                cells.append(_budget_cell(budgets.get(key), span, words))
        if finals:
            final = indicator.final_target if indicator else None
            cells.append(f'<td class="t">{target_html(final, words)}</td>')
            if i == 0:
                cells.append(_budget_cell(program.final_budget, span, words))
        if i == 0:
            cells.append(f"<td{span}>{e(program.responsible)}</td>")
            cells.append(f"<td{span}>{e(program.location)}</td>")
        ident = f' id="p-{number}-{k}" data-program="{e(program.id)}"' if i == 0 else ""
        rows.append(f'<tr class="lvl-{e(program.level or "none")}"{ident}>{"".join(cells)}</tr>')
    return "".join(rows)


def _budget_cell(budget: Budget | None, span: str, words: dict[str, str]) -> str:
    if budget is None:
        return f'<td class="rp"{span}></td>'
    spent = _spent_html(budget, words)
    if budget.amount is None:  # '-', words: as written
        return f'<td class="rp"{span}>{e(budget.text)}{spent}</td>'
    return (
        f'<td class="rp"{span} data-amount="{budget.amount}" title="{e(budget.text)}">'
        f"{e(rupiah(budget.amount))}{spent}</td>"
    )


def _spent_html(budget: Budget, words: dict[str, str]) -> str:
    """What was spent of the pagu and its rasio (a T-C.24), below it, as for a target."""
    spent, ratio = budget.realization, budget.achievement
    extra = []
    if spent is not None:
        shown = rupiah(spent.amount) if spent.amount is not None else spent.text
        extra.append(f"{e(words['realization'])} {e(shown)}")
    if ratio is not None:
        extra.append(f"{e(words['achievement'])} {e(ratio.text)}")
    return f'<span class="real">{" · ".join(extra)}</span>' if extra else ""


def _total_row(
    programs: list[Program], keys: list[YearKey], finals: bool, words: dict[str, str]
) -> str:
    totals, final = top_level_totals(programs)
    cells = [f'<td colspan="5">{e(words["top_total"])}</td>']
    for key in keys:
        amount = totals.get(key)
        cells.append("<td></td>" + _total_cell(amount, year_label(key, words)))
    if finals:
        cells.append("<td></td>" + _total_cell(final, "final"))
    cells.append('<td colspan="2"></td>')
    return f'<tfoot><tr class="total">{"".join(cells)}</tr></tfoot>'


def _total_cell(amount: int | None, key: str) -> str:
    if amount is None:
        return '<td class="rp"></td>'
    return f'<td class="rp" data-total="{e(key)}" data-amount="{amount}">{e(rupiah(amount))}</td>'

"""The HTML report as a workbench: search, filters and counts over its documents, table
rows and findings, and what the page was made with (date, version, settings).

Every document is a ``section.doc`` carrying its facets (``data-org``, ``data-region``,
``data-kind``, ``data-path``); every table row a finding can sit on is a ``.rowu`` (an
indicator's ``tr``, a program's ``tbody``) with ``data-unit``; every finding card names the
unit it sits on in ``data-row``. The script reads only these, so a test can count what a
filter leaves.

What the filters mean, all of them combined:
- OPD, region, document kind, file: a document is shown only when it matches; a hidden
  document hides its line in the summary too.
- severity, rule, "new only" narrow the findings: a card is shown when it matches, a table
  row when it carries a shown card, a document when it has one.
- the search (case and spacing ignored) shows the rows and cards whose text holds it, a
  row together with its cards and a card together with its row; a document whose heading
  (file, kind, OPD, region, period) holds it shows whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from renstra.schemas import Report, Settings

from .report_html_programs import e

OPEN_UP_TO = 10
"""A batch of up to this many documents opens them all; a larger one starts with every
document folded to its heading line (about 75 px a file at 1366 px on the samples: some
36,000 px for 475 files, not the 685,000 px page it was), and a search or filter that
leaves this many or fewer opens them."""

CSS = """
nav.filters{gap:8px 14px}
nav.filters input[type=search]{min-width:18em;padding:3px 6px}
nav.filters select{max-width:16em}
nav.filters .counts{margin-left:auto;color:var(--muted)}
nav.filters .counts b{color:#101828}
.badge.new{background:#d1fadf;color:#05603a}
section.doc{padding:0;margin-bottom:10px}
section.doc>details>summary,section.doc>.doc-head{padding:8px 16px;cursor:pointer;
list-style-position:outside;margin-left:14px}
section.doc>.doc-head{cursor:auto}
section.doc>details>.doc-grid,section.doc>.doc-body{padding:0 16px 16px}
.doc-head h2{display:inline;margin:0}
.doc-head .meta{margin:2px 0 0}
.chips .badge{margin-right:4px}
.doc-grid{grid-template-columns:minmax(0,1fr)}
@media (min-width:1700px){.doc-grid{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}}
table{table-layout:auto}
td{overflow-wrap:anywhere}th{overflow-wrap:break-word}
table.ind td.t,table.ind td.name,table.prog td.rp{white-space:normal;min-width:0}
td.cont{border-top-color:transparent}
td.cont:not(.flag)>.v{display:none}
.scroll{max-width:100%}
span.formula{display:inline-block;min-width:max-content}
math.fm{math-style:normal}
math.fm,math.fm *{font-size:inherit;font-family:inherit}
math.fm mtext{display:inline-block;white-space:normal;max-width:12em;text-align:center}
details.raw{font-size:12px;color:var(--muted)}
details.raw summary{cursor:pointer}
footer.made{padding:8px 24px 24px;color:var(--muted);font-size:13px}
footer.made table{width:auto;max-width:100%}
footer.made td.changed{font-weight:600;color:#101828}
"""

JS = """
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }
  function norm(text) { return text.toLowerCase().replace(/\\s+/g, " ").trim(); }
  var search = $("filter-search"), rule = $("filter-rule"), org = $("filter-org"),
      region = $("filter-region"), kind = $("filter-kind"), file = $("filter-file"),
      fresh = $("filter-new"), boxes = all(document, "input[data-severity-filter]");
  var openUpTo = Number(document.body.dataset.openUpTo || "10");
  var docs = all(document, "section.doc").map(function (doc) {
    var head = doc.querySelector(".doc-head");
    var units = all(doc, ".rowu").map(function (el) {
      return {el: el, text: norm(el.textContent), cards: []};
    });
    var at = {};
    units.forEach(function (u, i) { at[u.el.dataset.unit] = i; });
    var cards = all(doc, "article.finding").map(function (el, i) {
      var unit = at[el.dataset.row];
      var card = {el: el, i: i, text: norm(el.textContent), unit: unit === undefined ? -1 : unit};
      if (card.unit >= 0) { units[card.unit].cards.push(card); }
      return card;
    });
    return {doc: doc, head: norm(head ? head.textContent : ""), units: units, cards: cards,
            details: doc.querySelector("details"), line: $("line-" + doc.id),
            tables: all(doc, "table.ind")};
  });
  var totalUnits = docs.reduce(function (n, d) { return n + d.units.length; }, 0);
  var totalCards = docs.reduce(function (n, d) { return n + d.cards.length; }, 0);
  function remerge(table) {  // a merged tujuan / sasaran shows once per run of shown rows
    var last = {g: null, o: null};
    all(table, "tr.rowu").forEach(function (row) {
      if (row.hidden) { return; }
      var g = row.querySelector("td.g > .v"), o = row.querySelector("td.o > .v");
      var keys = {g: g ? g.textContent : null};
      keys.o = o ? keys.g + "\\u001f" + o.textContent : null;
      [["g", g], ["o", o]].forEach(function (pair) {
        var cell = pair[1] && pair[1].parentElement;
        if (cell) { cell.classList.toggle("cont", keys[pair[0]] === last[pair[0]]); }
      });
      last = keys;
    });
  }
  function show(id, n, total) {
    var el = $(id);
    el.textContent = String(n);
    el.dataset.count = String(n);
    if (total !== undefined) { $(id + "-of").textContent = String(total); }
  }
  function apply() {
    var q = norm(search.value);
    var on = {};
    boxes.forEach(function (box) { on[box.value] = box.checked; });
    var newOnly = fresh !== null && fresh.checked;
    var narrowed = !(on.error && on.warning && on.info) || rule.value !== "" || newOnly;
    var faceted = org.value || region.value || kind.value || file.value;
    var nDocs = 0, nUnits = 0, nCards = 0;
    docs.forEach(function (d) {
      var data = d.doc.dataset;
      var docOk = (!org.value || data.org === org.value) &&
        (!region.value || data.region === region.value) &&
        (!kind.value || data.kind === kind.value) && (!file.value || data.path === file.value);
      var whole = !q || d.head.indexOf(q) >= 0;
      var unitHit = d.units.map(function (u) { return whole || u.text.indexOf(q) >= 0; });
      var cardHit = d.cards.map(function (c) { return whole || c.text.indexOf(q) >= 0; });
      var cardOk = d.cards.map(function (c) {
        var s = c.el.dataset;
        return on[s.severity] === true && (!rule.value || s.rule === rule.value) &&
          (!newOnly || s.new === "1");
      });
      var cardShown = d.cards.map(function (c, i) {
        return docOk && cardOk[i] && (cardHit[i] || (c.unit >= 0 && unitHit[c.unit]));
      });
      var unitShown = d.units.map(function (u, i) {
        var byCard = u.cards.some(function (c) { return cardShown[c.i]; });
        var hit = unitHit[i] || u.cards.some(function (c) { return cardHit[c.i]; });
        return docOk && (narrowed ? byCard : hit);
      });
      var anyCard = cardShown.some(Boolean), anyUnit = unitShown.some(Boolean);
      var shown = docOk && (narrowed ? anyCard : (whole || anyUnit || anyCard));
      d.cards.forEach(function (c, i) { c.el.hidden = !(shown && cardShown[i]); });
      d.units.forEach(function (u, i) { u.el.hidden = !(shown && unitShown[i]); });
      d.doc.hidden = !shown;
      if (d.line) { d.line.hidden = !shown; }
      d.tables.forEach(remerge);
      if (shown) {
        nDocs += 1;
        nUnits += unitShown.filter(Boolean).length;
        nCards += cardShown.filter(Boolean).length;
      }
    });
    all(document, "tr[data-rule]").forEach(function (row) {
      row.hidden = rule.value !== "" && row.dataset.rule !== rule.value;
    });
    if ((q || narrowed || faceted) && nDocs <= openUpTo) {
      docs.forEach(function (d) { if (!d.doc.hidden && d.details) { d.details.open = true; } });
    }
    show("count-docs", nDocs, docs.length);
    show("count-rows", nUnits, totalUnits);
    show("count-shown", nCards);
    document.documentElement.dataset.filtered = (q || narrowed || faceted) ? "1" : "0";
  }
  function clear() {
    search.value = "";
    [rule, org, region, kind, file].forEach(function (s) { s.value = ""; });
    boxes.forEach(function (box) { box.checked = true; });
    if (fresh !== null) { fresh.checked = false; }
    apply();
  }
  function fold(open) {
    docs.forEach(function (d) { if (d.details && !d.doc.hidden) { d.details.open = open; } });
  }
  function reveal() {  // a link to a row or card inside a folded document opens it
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    var details = target ? target.closest("details") : null;
    if (details) { details.open = true; target.scrollIntoView(); }
  }
  search.addEventListener("input", apply);
  [rule, org, region, kind, file].forEach(function (s) { s.addEventListener("change", apply); });
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  if (fresh !== null) { fresh.addEventListener("change", apply); }
  $("filter-clear").addEventListener("click", clear);
  $("expand-all").addEventListener("click", function () { fold(true); });
  $("collapse-all").addEventListener("click", function () { fold(false); });
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
  document.documentElement.dataset.ready = "1";
})();
"""


def _select(ident: str, label: str, every: str, values: Iterable[str]) -> str:
    options = "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in sorted(set(values)) if v)
    return (
        f'<label>{e(label)} <select id="{ident}"><option value="">{e(every)}</option>'
        f"{options}</select></label>"
    )


def filter_bar(
    report: Report,
    facets: list[dict[str, str]],
    words: dict[str, str],
    severities: Iterable[str],
    *,
    baseline: bool,
) -> str:
    """The sticky bar: search, the filters, the counts of what they leave, clear.

    ``facets``: each document's org, region, kind and path, as its section carries them."""
    rules = sorted({f.rule for t in report.tasks for f in t.findings})
    boxes = "".join(
        f'<label><input type="checkbox" data-severity-filter value="{s}" checked> '
        f'<span class="badge {s}">{e(words[s])}</span></label>'
        for s in severities
    )
    total = sum(len(t.findings) for t in report.tasks)
    new = (
        f'<label><input type="checkbox" id="filter-new"> <span class="badge new">'
        f"{e(words['new_only'])}</span></label>"
        if baseline
        else ""
    )
    return (
        f'<nav class="filters"><label>{e(words["search"])} <input type="search" '
        f'id="filter-search" placeholder="{e(words["search_hint"])}" autocomplete="off">'
        f"</label>{boxes}{new}"
        + _select("filter-rule", words["rule"], words["all_rules"], rules)
        + _select("filter-org", words["organization"], words["all"], (f["org"] for f in facets))
        + _select("filter-region", words["region"], words["all"], (f["region"] for f in facets))
        + _select("filter-kind", words["kind"], words["all"], (f["kind"] for f in facets))
        + _select("filter-file", words["file"], words["all"], (f["path"] for f in facets))
        + f'<button type="button" id="filter-clear">{e(words["clear"])}</button>'
        f'<button type="button" id="expand-all">{e(words["expand_all"])}</button>'
        f'<button type="button" id="collapse-all">{e(words["collapse_all"])}</button>'
        f'<span class="counts">{e(words["docs_shown"])} <b id="count-docs"></b>/'
        f'<span id="count-docs-of"></span> · {e(words["rows_shown"])} <b id="count-rows"></b>/'
        f'<span id="count-rows-of"></span> · {e(words["findings_shown"])} '
        f'<b id="count-shown"></b>/{_total(total)}</span></nav>\n'
    )


def _total(n: int) -> str:
    return (
        f'<b id="stat-findings" class="n" data-scope="total" data-stat="findings" '
        f'data-count="{n}">{n}</b>'
    )


def generated_line(generated: datetime, version: str, words: dict[str, str]) -> str:
    stamp = generated.isoformat(timespec="seconds")
    shown = generated.strftime("%Y-%m-%d %H:%M %z").strip()
    return (
        f"{e(words['generated'])} renstra {e(version)} · {e(words['generated_on'])} "
        f'<time id="generated" datetime="{e(stamp)}">{e(shown)}</time>'
    )


def _flat(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _flat(v, f"{prefix}{k}.")]
    return [(prefix.rstrip("."), value)]


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def footer(
    settings: Settings,
    generated: datetime,
    version: str,
    words: dict[str, str],
    baseline: str | None = None,
) -> str:
    """Date, version and every setting of the run, the ones changed from the defaults
    marked, so a steward can tell how the page was made and make it again."""
    defaults = dict(_flat(Settings().model_dump(mode="json")))
    rows = []
    for key, value in _flat(settings.model_dump(mode="json")):
        changed = defaults.get(key) != value
        marker = words["changed_marker"] if changed else words["default_marker"]
        cls = ' class="changed"' if changed else ""
        rows.append(
            f'<tr data-setting="{e(key)}"><td><code>{e(key)}</code></td>'
            f"<td{cls}>{e(_shown(value))} "
            f'<span class="desc">{e(marker)}</span></td></tr>'
        )
    base = f" · {e(words['baseline'])}: <code>{e(baseline)}</code>" if baseline else ""
    return (
        f'<footer class="made"><p>{generated_line(generated, version, words)}{base}</p>'
        f'<details id="settings"><summary>{e(words["settings"])}</summary><table>'
        f"<thead><tr><th>{e(words['setting'])}</th><th>{e(words['value'])}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></details></footer>\n"
    )

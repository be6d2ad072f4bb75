"""`zh-extract review`: a static, offline HTML report of a run, one page per document.

The index holds the overview (documents, entities per type and per rule, errors,
boilerplate share) and a table of documents; each document page shows the source
text with entities highlighted by type and boilerplate set apart, a legend, filters
by type and rule, a text search, and a popup with each entity's value, normalized
text and rule. Pages are plain HTML with inline CSS and JS: nothing is fetched.
Entities never overlap (CONTRACT.md), so spans render as one flat sequence.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.decode import decode
from pipeline.rulebook import ENTITY_TYPES

Record = Mapping[str, Any]

# Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; each type
# also has its own underline style, so colour is never the only cue.
TYPE_STYLES = {
    "money": ("#E69F00", "solid"),
    "quantity": ("#56B4E9", "dashed"),
    "date": ("#009E73", "dotted"),
    "place": ("#0072B2", "double"),
    "organization": ("#CC79A7", "solid"),
}

CSS = """
body { font: 16px/1.8 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
nav, .controls { margin: .5rem 0; } .controls label { margin-right: 1rem; }
.text { white-space: pre-wrap; border: 1px solid #ccc; padding: 1rem; }
.ent { border-radius: 3px; padding: 0 1px; cursor: pointer; border-bottom-width: 3px; }
.ent.off { background: none !important; border-bottom-color: transparent !important; }
.bp { color: #777; background: repeating-linear-gradient(45deg, #f3f3f3, #f3f3f3 4px, #e8e8e8 4px, #e8e8e8 8px); }
.legend span { margin-right: .8rem; padding: 0 .3rem; }
#popup { position: fixed; right: 1rem; bottom: 1rem; max-width: 28rem; background: #fff; border: 2px solid #333;
         padding: .5rem .8rem; white-space: pre-wrap; font-family: monospace; display: none; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; text-align: left; }
.error { color: #b00; }
"""

JS = """
const marks = Array.from(document.querySelectorAll('.ent'));
const popup = document.getElementById('popup');
function applyFilters() {
  const type = document.getElementById('type-filter').value;
  const rule = document.getElementById('rule-filter').value;
  const query = document.getElementById('search').value.trim();
  for (const m of marks) {
    const show = (!type || m.dataset.type === type) && (!rule || m.dataset.rule === rule)
      && (!query || m.textContent.includes(query) || m.dataset.norm.includes(query));
    m.classList.toggle('off', !show);
  }
}
for (const id of ['type-filter', 'rule-filter', 'search']) {
  document.getElementById(id).addEventListener('input', applyFilters);
}
for (const m of marks) {
  const show = () => {
    popup.textContent = 'type:  ' + m.dataset.type + '\\ntext:  ' + m.textContent + '\\nnorm:  ' + m.dataset.norm
      + '\\nvalue: ' + m.dataset.value + '\\nrule:  ' + m.dataset.rule;
    popup.style.display = 'block';
  };
  m.addEventListener('click', show);
  m.addEventListener('focus', show);
  m.addEventListener('mouseenter', show);
}
document.addEventListener('keydown', e => { if (e.key === 'Escape') popup.style.display = 'none'; });
"""


def _page(title: str, body: str, script: str = "") -> str:
    type_css = "\n".join(
        f".ent-{t} {{ background: {color}33; border-bottom: 3px {line} {color}; }}"
        for t, (color, line) in TYPE_STYLES.items()
    )
    return (
        f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{CSS}{type_css}</style></head>\n"
        f"<body>\n{body}\n{f'<script>{script}</script>' if script else ''}\n</body></html>\n"
    )


def _legend() -> str:
    items = "".join(f'<span class="ent ent-{t}">{t}</span>' for t in TYPE_STYLES)
    return f'<p class="legend">{items}<span class="bp">boilerplate</span></p>'


def _source_text(record: Record) -> str | None:
    try:
        data = Path(record["source"]).read_bytes()
    except OSError:
        return None
    text = decode(data).text
    return text if len(text) == record["length"] else None


def render_text(text: str, record: Record) -> str:
    """The source text as HTML: entity marks and boilerplate spans over plain text."""
    pieces: list[tuple[int, int, str, Record]] = [(e["start"], e["end"], "entity", e) for e in record["entities"]]
    for region in record["boilerplate"]:
        inside = [e for e in record["entities"] if region["start"] < e["end"] and e["start"] < region["end"]]
        if not inside:  # the contract keeps entities out of boilerplate; never hide one
            pieces.append((region["start"], region["end"], "boilerplate", region))
    out, pos = [], 0
    for start, end, kind, item in sorted(pieces, key=lambda p: (p[0], p[1])):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        span = html.escape(text[start:end])
        if kind == "entity":
            value = html.escape(json.dumps(item["value"], ensure_ascii=False), quote=True)
            out.append(
                f'<mark class="ent ent-{item["type"]}" tabindex="0" data-type="{item["type"]}" '
                f'data-rule="{html.escape(item["rule"])}" data-norm="{html.escape(item["norm"])}" '
                f'data-value="{value}">{span}</mark>'
            )
        else:
            out.append(f'<span class="bp bp-{item["kind"]}" title="{html.escape(item["rule"])}">{span}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def document_page(record: Record, index_name: str, prev_name: str | None, next_name: str | None) -> str:
    links = [f'<a href="../{index_name}">index</a>']
    if prev_name:
        links.append(f'<a href="{prev_name}">previous</a>')
    if next_name:
        links.append(f'<a href="{next_name}">next</a>')
    rules = sorted({e["rule"] for e in record["entities"]})
    type_options = "".join(f'<option value="{t}">{t}</option>' for t in TYPE_STYLES)
    rule_options = "".join(f'<option value="{html.escape(r)}">{html.escape(r)}</option>' for r in rules)
    controls = (
        '<div class="controls">'
        f'<label>type <select id="type-filter"><option value="">all</option>{type_options}</select></label>'
        f'<label>rule <select id="rule-filter"><option value="">all</option>{rule_options}</select></label>'
        '<label>search <input id="search" type="search"></label></div>'
    )
    errors = "".join(
        f'<p class="error">{html.escape(e["code"])}: {html.escape(e["message"])}</p>' for e in record["errors"]
    )
    text = _source_text(record)
    if text is None:
        shown = '<p class="error">The source file cannot be read any more; entities as recorded:</p><pre>'
        shown += html.escape("\n".join(f"{e['start']}-{e['end']} {e['type']} {e['text']}" for e in record["entities"]))
        shown += "</pre>"
    else:
        shown = f'<div class="text">{render_text(text, record)}</div>'
    meta = html.escape(json.dumps(record.get("meta", {}), ensure_ascii=False))
    body = (
        f"<nav>{' · '.join(links)}</nav><h1>{html.escape(record['doc_id'])}</h1>"
        f"<p>{html.escape(record['source'])} · {record['encoding']} · {record['script']} · "
        f"{len(record['entities'])} entities · meta {meta}</p>"
        f'{errors}{_legend()}{controls}{shown}<div id="popup" role="status"></div>'
    )
    return _page(record["doc_id"], body, JS)


def _page_name(number: int) -> str:
    return f"{number:05d}.html"


def index_page(records: Sequence[Record], pages_dir: str) -> str:
    types = Counter(e["type"] for r in records for e in r["entities"])
    rules = Counter(e["rule"] for r in records for e in r["entities"])
    with_errors = [r for r in records if r["errors"]]
    total = sum(r["length"] for r in records) or 1
    boilerplate = sum(b["end"] - b["start"] for r in records for b in r["boilerplate"])
    rows = "".join(
        f'<tr><td><a href="{pages_dir}/{_page_name(i)}">{html.escape(r["doc_id"])}</a></td>'
        f"<td>{r['script']}</td><td>{len(r['entities'])}</td>"
        + "".join(f"<td>{sum(e['type'] == t for e in r['entities'])}</td>" for t in ENTITY_TYPES)
        + f'<td class="error">{html.escape(", ".join(e["code"] for e in r["errors"]))}</td></tr>'
        for i, r in enumerate(records)
    )
    type_cells = "".join(f"<th>{t}</th>" for t in ENTITY_TYPES)
    body = (
        f"<h1>zh-extract review</h1><p>{len(records)} documents · {sum(types.values())} entities · "
        f"{len(with_errors)} with errors · boilerplate {boilerplate / total:.1%} of the text</p>"
        f"{_legend()}<h2>Entities per type</h2><p>"
        + ", ".join(f"{t} {types.get(t, 0)}" for t in ENTITY_TYPES)
        + "</p><h2>Entities per rule</h2><p>"
        + ", ".join(f"{html.escape(k)} {n}" for k, n in rules.most_common())
        + f"</p><h2>Documents</h2><table><tr><th>document</th><th>script</th><th>entities</th>{type_cells}"
        f"<th>errors</th></tr>{rows}</table>"
    )
    return _page("zh-extract review", body)


def write_review(records: Iterable[Record], out: Path) -> list[Path]:
    """Write the index to `out` and one page per document beside it; returns the paths written."""
    records = list(records)
    pages_dir = out.with_suffix("")
    pages_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, record in enumerate(records):
        page = pages_dir / _page_name(i)
        prev_name = _page_name(i - 1) if i > 0 else None
        next_name = _page_name(i + 1) if i + 1 < len(records) else None
        page.write_text(document_page(record, out.name, prev_name, next_name), encoding="utf-8")
        written.append(page)
    out.write_text(index_page(records, pages_dir.name), encoding="utf-8")
    return [out, *written]

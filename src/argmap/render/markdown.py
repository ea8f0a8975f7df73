"""Markdown: the argument as an outline for notes, then a table of the sources.

The thesis heads the outline; the points that back or attack it are nested bullets, each
quote a bullet with its speaker (``— Name, role``), each counter-claim marked. Sub-theses
name their section. A statement that backs two points is written in full once and
referred to ("see above") after that. Statements that back nothing come last.

Article text is escaped so that it stays text: each character that could start emphasis,
code, a link or image, HTML, an entity, a heading's closing ``#`` or a table cell gets a
backslash (CommonMark lets any ASCII punctuation be escaped). Text never starts a line, so
list and heading markers need no escaping. Bare URLs stay as they are: a renderer that
autolinks them shows the address it links to.
"""

from __future__ import annotations

import re

from ..model import ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .outline import Entry, roots, section_heading, speakers, statements, walk
from .text import clip, one_line, unquote

_SPECIAL = re.compile(r"[\\`*_\[\]<>&|~#]")


def escape(text: str | None) -> str:
    """``text`` on one line, shown by a Markdown renderer exactly as written."""
    return _SPECIAL.sub(lambda m: "\\" + m[0], one_line(text))


def _speaker(source: dict) -> str:
    details = [escape(source.get(k)) for k in ("role", "affiliation") if source.get(k)]
    return ", ".join([escape(source.get("name")) or "unnamed", *details])


def _statement(node: dict, amap: ArgumentMap, said_by: dict[str, list[dict]]) -> str:
    """The bullet text of a thesis, claim or quote."""
    if node["kind"] == NodeKind.QUOTE.value:
        words = escape(unquote(node.get("text")))
        text = f"“{words}”" if node.get("direct", True) else f"*Reported:* {words}"
        who = "; ".join(_speaker(s) for s in said_by.get(node["id"], ())) or "*unattributed*"
        return f"{text} — {who}"
    text = escape(node.get("text"))
    if node.get("role") == "subthesis":
        heading = section_heading(amap, node.get("section"))
        where = f" ({escape(heading)})" if heading else ""
        return f"**Sub-thesis{where}:** {text}"
    if node.get("role") == "thesis":
        return f"**Thesis:** {text}"
    return text


def _bullet(entry: Entry, amap: ArgumentMap, said_by: dict[str, list[dict]], shift: int) -> str:
    """One outline bullet, ``shift`` levels to the left of the entry's depth."""
    node = entry.node
    if entry.expand:
        body = _statement(node, amap, said_by)
    else:
        body = f"{escape(clip(unquote(node.get('text')), 60))} *(see above)*"
    if entry.relation == Relation.ATTACKS.value:
        body = f"**Counter:** {body}"
    return f"{'  ' * (entry.depth - shift)}- {body}"


def _cell(text: str | None) -> str:
    return escape(text) or "—"


def _sources_table(amap: ArgumentMap) -> list[str]:
    sources = amap.nodes_of(NodeKind.SOURCE)
    if not sources:
        return []
    quoted: dict[str, int] = {}
    for edge in amap.edges:
        if edge["relation"] == Relation.ATTRIBUTED_TO.value:
            quoted[edge["target"]] = quoted.get(edge["target"], 0) + 1
    rows = [
        "| Source | Type | Role | Affiliation | Quotes |",
        "| --- | --- | --- | --- | ---: |",
    ]
    for source in sources:
        cells = [
            _cell(source.get("name")),
            _cell(source.get("source_type")),
            _cell(source.get("role")),
            _cell(source.get("affiliation")),
            str(quoted.get(source["id"], 0)),
        ]
        rows.append(f"| {' | '.join(cells)} |")
    return ["## Sources", "", *rows, ""]


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """A Markdown outline of ``amap``."""
    said_by = speakers(amap)
    out = [f"# {escape(amap.title) or 'Untitled article'}", ""]
    if dek := amap.graph_attrs.get("dek"):
        out += [f"*{escape(dek)}*", ""]
    tops = roots(amap)
    seen: set[str] = set()
    for thesis in (n for n in tops if n["kind"] == NodeKind.THESIS.value):
        _, *below = walk(amap, [thesis], seen=seen)
        out += [_statement(thesis, amap, said_by), ""]
        out += [*(_bullet(e, amap, said_by, 1) for e in below), ""] if below else []
    rest: list[str] = []
    for node in [*tops, *statements(amap)]:  # then cycles, which have no root
        rest += [
            _bullet(e, amap, said_by, 0)
            for e in walk(amap, [node], seen=seen)
            if e.expand or e.depth
        ]
    if rest:
        out += ["## Not linked to the thesis", "", *rest, ""]
    out += _sources_table(amap)
    return "\n".join(out).rstrip("\n") + "\n"

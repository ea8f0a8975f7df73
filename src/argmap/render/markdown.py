"""Markdown: the argument as an outline for notes, then a table of the sources.

The thesis heads the outline; the points that back or attack it are nested bullets, each
quote a bullet with its speaker (``— Name, role``), each counter-claim and rebuttal marked,
and the conclusion's restatement of the thesis nested under it. Sub-theses name their
section. A statement that backs two points is written in full once and
referred to ("see above") after that. Statements that back nothing come last.

Article text is escaped so that it stays text: each character that could start emphasis,
code, a link or image, HTML, an entity, a heading's closing ``#`` or a table cell gets a
backslash (CommonMark lets any ASCII punctuation be escaped). Text never starts a line, so
list and heading markers need no escaping. Bare URLs stay as they are: a renderer that
autolinks them shows the address it links to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .text import clip, one_line, unquote

if TYPE_CHECKING:
    from ..index import Entry, MapIndex

_SPECIAL = re.compile(r"[\\`*_\[\]<>&|~#]")


def escape(text: str | None) -> str:
    """``text`` on one line, shown by a Markdown renderer exactly as written."""
    return _SPECIAL.sub(lambda m: "\\" + m[0], one_line(text))


def _speaker(source: dict) -> str:
    details = [escape(source.get(k)) for k in ("role", "affiliation") if source.get(k)]
    return ", ".join([escape(source.get("name")) or "unnamed", *details])


def _statement(node: dict, index: MapIndex) -> str:
    """The bullet text of a thesis, claim or quote."""
    role = index.role(node)
    if node["kind"] == NodeKind.QUOTE.value:
        words = escape(unquote(node.get("text")))
        text = f"“{words}”" if role == "quote" else f"*Reported:* {words}"
        who = "; ".join(_speaker(s) for s in index.speakers(node["id"])) or "*unattributed*"
        return f"{text} — {who}"
    text = escape(node.get("text"))
    if role == "subthesis":
        heading = index.section_heading(node.get("section"))
        where = f" ({escape(heading)})" if heading else ""
        return f"**Sub-thesis{where}:** {text}"
    return _PREFIX[role] + text if role in _PREFIX else text


_PREFIX = {"thesis": "**Thesis:** ", "restatement": "**Restated:** "}
_MARKS = {"counter": "**Counter:** ", "rebuttal": "**Rebuttal:** "}
"""How a bullet says that it attacks the point above it."""


def _bullet(entry: Entry, index: MapIndex, shift: int) -> str:
    """One outline bullet, ``shift`` levels to the left of the entry's depth."""
    node = entry.node
    if entry.expand:
        body = _statement(node, index)
    else:
        body = f"{escape(clip(unquote(node.get('text')), 60))} *(see above)*"
    if entry.relation == Relation.ATTACKS.value:
        body = _MARKS.get(index.role(node), _MARKS["counter"]) + body
    return f"{'  ' * (entry.depth - shift)}- {body}"


def _cell(text: str | None) -> str:
    return escape(text) or "—"


def _sources_table(index: MapIndex) -> list[str]:
    sources = index.of_kind(NodeKind.SOURCE)
    if not sources:
        return []
    quoted = index.quote_counts()
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
    index = amap.index
    out = [f"# {escape(amap.title) or 'Untitled article'}", ""]
    if dek := amap.graph_attrs.get("dek"):
        out += [f"*{escape(dek)}*", ""]
    tops = index.roots()
    seen: set[str] = set()
    for thesis in (n for n in tops if n["kind"] == NodeKind.THESIS.value):
        _, *below = index.walk([thesis], seen=seen)
        out += [_statement(thesis, index), ""]
        out += [*(_bullet(e, index, 1) for e in below), ""] if below else []
    rest: list[str] = []
    for node in [*tops, *index.statements()]:  # then cycles, which have no root
        rest += [_bullet(e, index, 0) for e in index.walk([node], seen=seen) if e.expand or e.depth]
    if rest:
        out += ["## Not linked to the thesis", "", *rest, ""]
    out += _sources_table(index)
    return "\n".join(out).rstrip("\n") + "\n"

"""Mermaid flowchart: the map as a diagram that renders inside Markdown (GitHub, GitLab, docs).

Edges point from evidence to what it backs, as in the data; the chart's direction is the
reverse of ``rankdir`` so that, as in the DOT diagram, ``TB`` puts the thesis on top.
Attribution is drawn from the source to its quote (dotted) so that sources sit at the
far end, below the quotes. Mermaid neither wraps labels nor escapes them: labels are
wrapped here with ``<br/>`` and every character that means something to Mermaid or to
HTML is written as an entity code (``#quot;``, ``#35;``, ``#60;``, ...), so article text
cannot end a label, start a link or inject markup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .style import LOOKS
from .text import clip, unquote, wrap

if TYPE_CHECKING:
    from ..index import MapIndex

WRAP = 35
"""Characters per label line: Mermaid does not wrap by itself."""

REVERSE = {"TB": "BT", "BT": "TB", "LR": "RL", "RL": "LR"}

_ENTITY = re.compile(r"[\"#<>&\[\]{}()|`\\]")
"""Characters written as entity codes: label and link delimiters, HTML, Markdown strings,
``#`` (so the text's own ``#60;`` stays text) and ``{`` (so no ``%%{init}%%`` directive)."""

# Node shapes by role: (open, close) around the quoted label.
_SHAPES = {
    "article": ("[/", "\\]"),
    "thesis": ("{{", "}}"),
    "restatement": ("{{", "}}"),
    "subthesis": ("[", "]"),
    "claim": ("(", ")"),
    "premise": ("(", ")"),
    "counter": ("(", ")"),
    "rebuttal": ("(", ")"),
    "quote": (">", "]"),
    "reported": (">", "]"),
    "person": ("([", "])"),
    "organization": ("[[", "]]"),
    "document": ("[/", "/]"),
    "anonymous": ("([", "])"),
}
_DASHES = {"solid": "", "dashed": ",stroke-dasharray:5 3", "dotted": ",stroke-dasharray:2 2"}


def _class_style(role: str) -> str:
    """A ``classDef`` style from the role's look in :mod:`argmap.render.style`."""
    look = LOOKS[role]
    width = f",stroke-width:{look.weight:g}px" if look.weight != 1.0 else ""
    return f"fill:{look.fill},stroke:{look.stroke}{width}{_DASHES[look.line]},color:#000000"


def escape(text: str) -> str:
    """``text`` safe inside a quoted Mermaid label: specials become ``#code;`` entities."""
    return _ENTITY.sub(lambda m: "#quot;" if m[0] == '"' else f"#{ord(m[0])};", text)


def _lines(text: str | None, limit: int, width: int = WRAP) -> str:
    return "<br/>".join(escape(line) for line in wrap(text, width, limit))


def _ids(amap: ArgumentMap) -> dict[str, str]:
    """A Mermaid id for each map id: letters, digits and ``_`` only, still unique."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for node in amap.nodes:
        base = re.sub(r"[^A-Za-z0-9]+", "_", node["id"]).strip("_") or "node"
        candidate, k = base, 2
        while candidate in taken:
            candidate, k = f"{base}_{k}", k + 1
        taken.add(candidate)
        ids[node["id"]] = candidate
    return ids


def _label(node: dict, style: str, index: MapIndex, limit: int) -> str:
    if style == "article":
        return f"<b>{_lines(node.get('title') or 'Untitled article', limit, 45)}</b>"
    if node["kind"] == NodeKind.SOURCE.value:
        details = ", ".join(d for d in (node.get("role"), node.get("affiliation")) if d)
        body = f"<b>{_lines(node.get('name'), limit)}</b>"
        more = f"<br/><small>{_lines(details, limit)}</small>" if details else ""
        return f"<small>{style.upper()}</small><br/>{body}{more}"
    header = LOOKS[style].header
    if style == "subthesis" and (heading := index.section_heading(node.get("section"))):
        header = f"{header} · {clip(heading, 40)}"
    text = unquote(node.get("text")) if node["kind"] == NodeKind.QUOTE.value else node.get("text")
    if style == "quote":
        text = f"“{text}”"
    return f"<small>{escape(header)}</small><br/>{_lines(text, limit)}"


_LINKS = {
    Relation.SUPPORTS.value: "-->",
    Relation.ATTACKS.value: "--x|attacks|",
    Relation.PART_OF.value: "---",
    Relation.RESTATES.value: "==>|restates|",
}


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """Mermaid ``flowchart`` source for ``amap``."""
    limit = options.label_limit
    ids = _ids(amap)
    index = amap.index
    direction = REVERSE.get(options.rankdir, "BT")
    lines = [f"flowchart {direction}"]
    classes: dict[str, list[str]] = {}
    for node in amap.nodes:
        style = index.role(node)
        opening, closing = _SHAPES[style]
        lines.append(f'  {ids[node["id"]]}{opening}"{_label(node, style, index, limit)}"{closing}')
        classes.setdefault(style, []).append(ids[node["id"]])
    for edge in amap.edges:
        source, target = ids.get(edge["source"]), ids.get(edge["target"])
        if source is None or target is None:
            continue
        if edge["relation"] == Relation.ATTRIBUTED_TO.value:
            lines.append(f"  {target} -.-> {source}")
        else:
            lines.append(f"  {source} {_LINKS.get(edge['relation'], '-->')} {target}")
    for style, members in classes.items():
        lines.append(f"  classDef {style} {_class_style(style)}")
        lines.append(f"  class {','.join(members)} {style}")
    return "\n".join(lines) + "\n"

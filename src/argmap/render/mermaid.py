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

from ..model import ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .outline import attackers, section_heading
from .text import clip, unquote, wrap

WRAP = 35
"""Characters per label line: Mermaid does not wrap by itself."""

REVERSE = {"TB": "BT", "BT": "TB", "LR": "RL", "RL": "LR"}

_ENTITY = re.compile(r"[\"#<>&\[\]{}()|`\\]")
"""Characters written as entity codes: label and link delimiters, HTML, Markdown strings,
``#`` (so the text's own ``#60;`` stays text) and ``{`` (so no ``%%{init}%%`` directive)."""

# Node shapes by class: (open, close) around the quoted label.
_SHAPES = {
    "article": ("[/", "\\]"),
    "thesis": ("{{", "}}"),
    "subthesis": ("[", "]"),
    "claim": ("(", ")"),
    "premise": ("(", ")"),
    "counter": ("(", ")"),
    "quote": (">", "]"),
    "reported": (">", "]"),
    "person": ("([", "])"),
    "organization": ("[[", "]]"),
    "document": ("[/", "/]"),
    "anonymous": ("([", "])"),
}
_STYLES = {
    "article": "fill:#ffffff,stroke:#999999,color:#000000",
    "thesis": "fill:#fff2c2,stroke:#7a5900,stroke-width:3px,color:#000000",
    "subthesis": "fill:#dfe9f8,stroke:#1f4e8c,stroke-width:2px,color:#000000",
    "claim": "fill:#eaf5ea,stroke:#2e6b30,color:#000000",
    "premise": "fill:#ffffff,stroke:#2e6b30,stroke-dasharray:1 2,color:#000000",
    "counter": "fill:#fde7e6,stroke:#b3261e,stroke-width:2px,stroke-dasharray:5 3,color:#000000",
    "quote": "fill:#f4f4f4,stroke:#555555,color:#000000",
    "reported": "fill:#f4f4f4,stroke:#555555,stroke-dasharray:2 2,color:#000000",
    "person": "fill:#ece6f6,stroke:#4a3a75,color:#000000",
    "organization": "fill:#e0f1ef,stroke:#1d5c55,color:#000000",
    "document": "fill:#fbf3dc,stroke:#6b5310,color:#000000",
    "anonymous": "fill:#eeeeee,stroke:#444444,stroke-dasharray:3 3,color:#000000",
}
_HEADERS = {
    "thesis": "THESIS",
    "subthesis": "SUB-THESIS",
    "claim": "CLAIM",
    "premise": "PREMISE",
    "counter": "COUNTER-CLAIM",
    "quote": "QUOTE",
    "reported": "REPORTED",
}


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


def _style(node: dict, counters: set[str]) -> str:
    """The class (look) of a node: its kind, refined by role, directness or source type."""
    kind = node["kind"]
    if kind == NodeKind.SOURCE.value:
        return node.get("source_type") if node.get("source_type") in _SHAPES else "anonymous"
    if kind == NodeKind.QUOTE.value:
        return "quote" if node.get("direct", True) else "reported"
    if kind in (NodeKind.THESIS.value, NodeKind.CLAIM.value, NodeKind.PREMISE.value):
        if node["id"] in counters:
            return "counter"
        return node["role"] if node.get("role") in _SHAPES else "claim"
    return "article"


def _label(node: dict, style: str, amap: ArgumentMap, limit: int) -> str:
    if style == "article":
        return f"<b>{_lines(node.get('title') or 'Untitled article', limit, 45)}</b>"
    if node["kind"] == NodeKind.SOURCE.value:
        details = ", ".join(d for d in (node.get("role"), node.get("affiliation")) if d)
        body = f"<b>{_lines(node.get('name'), limit)}</b>"
        more = f"<br/><small>{_lines(details, limit)}</small>" if details else ""
        return f"<small>{style.upper()}</small><br/>{body}{more}"
    header = _HEADERS[style]
    if style == "subthesis" and (heading := section_heading(amap, node.get("section"))):
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
    limit = max(options.max_label, 8)
    ids = _ids(amap)
    counters = attackers(amap)
    direction = REVERSE.get(options.rankdir, "BT")
    lines = [f"flowchart {direction}"]
    classes: dict[str, list[str]] = {}
    for node in amap.nodes:
        style = _style(node, counters)
        opening, closing = _SHAPES.get(style, ("[", "]"))
        lines.append(f'  {ids[node["id"]]}{opening}"{_label(node, style, amap, limit)}"{closing}')
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
        lines.append(f"  classDef {style} {_STYLES[style]}")
        lines.append(f"  class {','.join(members)} {style}")
    return "\n".join(lines) + "\n"

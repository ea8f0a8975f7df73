"""Graphviz DOT: the argument as a diagram meant to be projected on a slide.

The thesis comes first (top, or left with ``rankdir=LR``): support and attack edges are
declared parent -> child with ``dir=back``, so the arrows still point from the evidence to
what it backs while Graphviz ranks the conclusion first. Node kinds differ in shape, line
style *and* colour, so a greyscale print stays readable. Every label is an HTML-like label
built from escaped text, so nothing in an article can break or inject into the diagram.

:func:`build` returns the ``graphviz.Digraph``; ``image.py`` pipes it through ``dot``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..model import ARGUMENT_RELATIONS, ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .style import EDGE_LOOKS, LOOKS
from .text import clip, unquote, wrap

if TYPE_CHECKING:
    import graphviz

    from ..index import MapIndex

WRAP = 34
"""Characters per label line: about five words, legible when the diagram is scaled down."""
FONT = "Helvetica"
STAGGER = 4
"""Leaves sharing a parent are spread over this many ranks, to keep the diagram narrow."""

# Node looks by role. Shape, border style and fill each tell the kinds apart on their own;
# colours and weights come from :mod:`argmap.render.style`.


def _colours(role: str) -> dict[str, str]:
    look = LOOKS[role]
    return {"fillcolor": look.fill, "color": look.stroke}


def _pen(role: str) -> str:
    return f"{LOOKS[role].weight:g}"


_THESIS = {
    "shape": "box",
    "style": "filled,bold",
    "peripheries": "2",
    "penwidth": _pen("thesis"),
    **_colours("thesis"),
}
_SUBTHESIS = {
    "shape": "box",
    "style": "filled",
    "penwidth": _pen("subthesis"),
    **_colours("subthesis"),
}
_CLAIM = {"shape": "box", "style": "rounded,filled", **_colours("claim")}
_PREMISE = {
    "shape": "box",
    "style": "rounded,filled",
    **_colours("premise"),
    "penwidth": _pen("premise"),
}
_COUNTER = {
    "shape": "box",
    "style": "rounded,filled,dashed",
    "penwidth": _pen("counter"),
    **_colours("counter"),
}
_QUOTE = {"shape": "note", "style": "filled", **_colours("quote")}
_SOURCE = {
    "person": {"shape": "ellipse", "style": "filled", **_colours("person")},
    "organization": {"shape": "box3d", "style": "filled", **_colours("organization")},
    "document": {"shape": "tab", "style": "filled", **_colours("document")},
    "anonymous": {
        "shape": "ellipse",
        "style": "filled,dotted",
        "penwidth": _pen("anonymous"),
        **_colours("anonymous"),
    },
}
_ARTICLE = {"shape": "plain"}
_UNLINKED = {
    "label": "Not linked to the argument",
    "style": "dashed,rounded",
    "color": "#999999",
    "fontsize": "11",
}


def _edge_look(relation: str, **dot: str) -> dict[str, str]:
    """DOT attributes of a relation's edges: its look, then DOT's own arrowheads."""
    look = EDGE_LOOKS[relation]
    attrs = {"color": look.color}
    if look.line != "solid":
        attrs["style"] = look.line
    if look.weight != 1.0:
        attrs["penwidth"] = f"{look.weight:g}"
    if look.label:
        attrs.update(label=look.label, fontcolor=look.color)
    return {**attrs, **dot}


# Edge looks by relation: solid support, dashed and labelled attack, dotted attribution.
_EDGES = {
    Relation.SUPPORTS.value: _edge_look(Relation.SUPPORTS.value),
    Relation.ATTACKS.value: _edge_look(Relation.ATTACKS.value, arrowhead="tee"),
    Relation.ATTRIBUTED_TO.value: _edge_look(
        Relation.ATTRIBUTED_TO.value, arrowhead="vee", arrowsize="0.7"
    ),
    Relation.PART_OF.value: _edge_look(Relation.PART_OF.value, arrowhead="none"),
    Relation.RESTATES.value: _edge_look(Relation.RESTATES.value, arrowhead="odiamond"),
}
_UPWARD = ARGUMENT_RELATIONS
"""Relations drawn against their direction, so that what is supported ranks above."""

# Themes: light is the palette above on white; dark is for dark slides; print is
# greyscale, the kinds told apart by shape and line style alone.
_DARK_BACKGROUND = "#1e1f24"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _blend(colour: str, toward: str, share: float) -> str:
    return _hex(tuple(a + (b - a) * share for a, b in zip(_rgb(colour), _rgb(toward), strict=True)))


def _greyscale(colour: str) -> str:
    r, g, b = _rgb(colour)
    level = 0.299 * r + 0.587 * g + 0.114 * b
    return _hex((level, level, level))


def _paint(attrs: dict, theme: str) -> dict:
    """``attrs`` with its colours moved to ``theme``; the palette above is the light theme."""
    if theme == "light":
        return attrs
    painted = dict(attrs)
    for key in ("fillcolor", "color", "fontcolor"):
        colour = painted.get(key)
        if not (isinstance(colour, str) and colour.startswith("#") and len(colour) == 7):
            continue
        if theme == "print":
            painted[key] = _greyscale(colour) if key == "fillcolor" else "#000000"
        elif key == "fillcolor":
            painted[key] = _blend(colour, _DARK_BACKGROUND, 0.78)
        else:
            painted[key] = _blend(colour, "#ffffff", 0.55)
    return painted


# --------------------------------------------------------------------------- text helpers


def _html(text: str) -> str:
    """Escape for an HTML-like label: entities, plus ``\\`` (Graphviz expands ``\\N`` there)."""
    return html.escape(text, quote=True).replace("\\", "\\\\")


def _lines(text: str | None, limit: int, width: int = WRAP) -> str:
    """Clipped, wrapped and escaped label text, lines joined with ``<br/>``."""
    return "<br/>".join(_html(line) for line in wrap(text, width, limit) if line)


def _label(header: str, body: str, *, italic: bool = False) -> str:
    """An HTML-like label: a small capitalised kind header over the wrapped text."""
    if italic and body:
        body = f"<i>{body}</i>"
    head = f'<font point-size="9">{_html(header)}</font>'
    return f"<{head}<br/>{body}>" if body else f"<{head}>"


# --------------------------------------------------------------------------- nodes


def _node_attrs(node: dict, index: MapIndex, limit: int) -> dict:
    """Label and look of one map node."""
    role = index.role(node)
    if role == "article":
        title = _lines(node.get("title") or "Untitled article", limit, 48)
        dek = index.amap.graph_attrs.get("dek")
        sub = f'<br/><font point-size="12"><i>{_lines(dek, limit, 60)}</i></font>' if dek else ""
        return {**_ARTICLE, "label": f'<<font point-size="18"><b>{title}</b></font>{sub}>'}
    if node["kind"] == NodeKind.QUOTE.value:
        text = unquote(node.get("text") or "")
        body = _lines(f"“{text}”" if role == "quote" else text, limit)
        return {**_QUOTE, "label": _label(LOOKS[role].header, body, italic=True)}
    if node["kind"] == NodeKind.SOURCE.value:
        details = [d for d in (node.get("role"), node.get("affiliation")) if d]
        body = f"<b>{_lines(node.get('name'), limit, 28)}</b>"
        if details:
            body += f'<br/><font point-size="10">{_lines(", ".join(details), limit, 32)}</font>'
        label = f'<<font point-size="9">{_html(LOOKS[role].header)}</font><br/>{body}>'
        return {**_SOURCE[role], "label": label}
    body = _lines(node.get("text"), limit)
    if role in ("thesis", "restatement"):
        return {**_THESIS, "label": _label("THESIS", f"<b>{body}</b>" if body else body)}
    if role == "subthesis":
        heading = index.section_heading(node.get("section"))
        header = f"SUB-THESIS · {clip(heading, 40)}" if heading else "SUB-THESIS"
        return {**_SUBTHESIS, "label": _label(header, body)}
    looks = {"rebuttal": _CLAIM, "counter": _COUNTER, "premise": _PREMISE, "claim": _CLAIM}
    return {**looks[role], "label": _label(LOOKS[role].header, body)}


def _dot_id(node_id: str) -> str:
    """A DOT node id for a map id: ``:`` would read as a port in an edge, so encode it."""
    return node_id.replace("%", "%25").replace(":", "%3A")


def _edge(
    graph: graphviz.Digraph, source: str, target: str, relation: str, theme: str, **extra: str
) -> None:
    attrs = _paint({**_EDGES.get(relation, {}), **extra}, theme)
    if relation in _UPWARD:
        tail = attrs.pop("arrowhead", "normal")
        graph.edge(target, source, dir="back", arrowtail=tail, **attrs)
    else:
        graph.edge(source, target, **attrs)


# --------------------------------------------------------------------------- legend

_LEGEND_NODES = (
    ("legend_thesis", {**_THESIS, "label": _label("THESIS", "")}),
    ("legend_subthesis", {**_SUBTHESIS, "label": _label("SUB-THESIS", "")}),
    ("legend_claim", {**_CLAIM, "label": _label("CLAIM", "")}),
    ("legend_premise", {**_PREMISE, "label": _label("PREMISE", "")}),
    ("legend_counter", {**_COUNTER, "label": _label("COUNTER-CLAIM", "")}),
    ("legend_quote", {**_QUOTE, "label": _label("QUOTE", "")}),
    ("legend_reported", {**_QUOTE, "label": _label("REPORTED", "")}),
    *(
        (f"legend_{kind}", {**attrs, "label": _label(kind.upper(), "")})
        for kind, attrs in _SOURCE.items()
    ),
)
_LEGEND_EDGES = (
    ("legend_subthesis", "legend_thesis", Relation.SUPPORTS.value),
    ("legend_claim", "legend_subthesis", Relation.SUPPORTS.value),
    ("legend_premise", "legend_claim", Relation.SUPPORTS.value),
    ("legend_counter", "legend_subthesis", Relation.ATTACKS.value),
    ("legend_quote", "legend_claim", Relation.SUPPORTS.value),
    ("legend_reported", "legend_counter", Relation.SUPPORTS.value),
    ("legend_quote", "legend_person", Relation.ATTRIBUTED_TO.value),
    ("legend_reported", "legend_organization", Relation.ATTRIBUTED_TO.value),
)


def _legend(graph: graphviz.Digraph, theme: str) -> None:
    """A miniature map whose nodes and edges name each kind and relation, in their style."""
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(label="<<b>Legend</b>>", style="rounded", color="#bbbbbb", fontsize="11")
        legend.attr("node", fontsize="9", margin="0.08,0.04", height="0.3")
        legend.attr("edge", fontsize="9")
        for node_id, attrs in _LEGEND_NODES:
            legend.node(node_id, **_paint(attrs, theme))
        with legend.subgraph() as row:  # the source kinds side by side, as in a map
            row.attr(rank="same")
            for kind in _SOURCE:
                row.node(f"legend_{kind}")
        for source, target, relation in _LEGEND_EDGES:
            _edge(
                legend,
                source,
                target,
                relation,
                theme,
                label=relation.replace("_", " "),
                fontcolor="#333333",
            )


# --------------------------------------------------------------------------- graph


def _stagger(amap: ArgumentMap) -> dict[int, str]:
    """``minlen`` for the edges of leaves that share a parent: 1, 2, .., STAGGER, 1, 2, ...

    A claim backed by many quotes would otherwise spread them over one rank, making the
    diagram far wider than a slide; staggering them packs them like bricks (``unflatten -l``).
    """
    index = amap.index
    leaves: dict[str, list[int]] = {}
    for i, e in enumerate(amap.edges):
        if e["relation"] in _UPWARD and not index.below(e["source"]):
            leaves.setdefault(e["target"], []).append(i)
    return {
        i: str(1 + k % STAGGER)
        for group in leaves.values()
        if len(group) > 1
        for k, i in enumerate(group)
    }


def build(amap: ArgumentMap, options: RenderOptions) -> graphviz.Digraph:
    """The map as a ``graphviz.Digraph``, the same for the same map (nodes and edges in order)."""
    import graphviz

    limit = max(options.max_label, 8)
    theme = options.theme
    dark = theme == "dark"
    ink = "#eeeeee" if dark else "#000000"
    graph = graphviz.Digraph(
        "argmap",
        graph_attr={
            "rankdir": options.rankdir,
            "fontname": FONT,
            "nodesep": "0.3",
            "ranksep": "0.45",
            "newrank": "true",
            "pad": "0.2",
            "bgcolor": _DARK_BACKGROUND if dark else "white",
            "fontcolor": ink,
        },
        node_attr={"fontname": FONT, "fontsize": "12", "margin": "0.15,0.08", "fontcolor": ink},
        edge_attr={"fontname": FONT, "fontsize": "10", "arrowsize": "0.8", "fontcolor": ink},
    )
    index = amap.index
    # Findings linked to nothing get a box of their own, stacked in columns of STAGGER
    # (``unflatten -c``) rather than spread over one long rank.
    unlinked = graphviz.Digraph("cluster_unlinked", graph_attr=_paint(_UNLINKED, theme))
    unlinked_ids: list[str] = []
    for node in amap.nodes:
        dot_id = _dot_id(node["id"])
        attrs = _paint(_node_attrs(node, index, limit), theme)
        if node["kind"] == NodeKind.ARTICLE.value or index.is_linked(node["id"]):
            graph.node(dot_id, id=graphviz.escape(node["id"]), **attrs)
            continue
        unlinked.node(dot_id, id=graphviz.escape(node["id"]), **attrs)
        if len(unlinked_ids) % STAGGER:
            unlinked.edge(unlinked_ids[-1], dot_id, style="invis")
        unlinked_ids.append(dot_id)
    if unlinked_ids:
        graph.subgraph(unlinked)

    known = {node["id"] for node in amap.nodes}
    minlen = _stagger(amap)
    for i, edge in enumerate(amap.edges):
        if edge["source"] in known and edge["target"] in known:
            extra = {"minlen": minlen[i]} if i in minlen else {}
            _edge(
                graph,
                _dot_id(edge["source"]),
                _dot_id(edge["target"]),
                edge["relation"],
                theme,
                **extra,
            )
    if len(amap.nodes) > 1:
        _legend(graph, theme)
    return graph


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """DOT source for ``amap``."""
    return build(amap, options).source

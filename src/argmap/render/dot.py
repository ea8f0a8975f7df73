"""Graphviz DOT: the argument as a diagram meant to be projected on a slide.

The thesis comes first (top, or left with ``rankdir=LR``): support and attack edges are
declared parent -> child with ``dir=back``, so the arrows still point from the evidence to
what it backs while Graphviz ranks the conclusion first. Node kinds differ in shape, line
style *and* colour, so a greyscale print stays readable. Every label is an HTML-like label
built from escaped text, so nothing in an article can break or inject into the diagram.

To fit a slide (``fit``), lines are shorter and no rank may grow wider than the slide:
boxes are moved down a rank or two, by ``minlen``, until the rank's estimated width fits
(bricks, not a fan). Graphviz's ``ratio`` is not used: it reaches the slide's shape only by
spreading boxes apart, which makes the text smaller. Large maps are folded first
(:mod:`argmap.render.fold`): evidence becomes rows of the point it backs, sources one
table; a caption says so. The caption, the sources and a small legend are the graph's own
label, in the bottom right corner, where they take no rank of the layout.

A slide build draws the whole map every time, with what is not revealed yet invisible
(``options.hidden``): the same graph gives the same layout, so nothing moves.

:func:`build` returns the ``graphviz.Digraph``; ``image.py`` pipes it through ``dot``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .. import views
from ..model import ARGUMENT_RELATIONS, ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .fold import Fold, beneath, caption, plan
from .labels import FONT, SIZE, SMALL, WRAP, escape, headed, lines, small
from .legend import graph_label
from .style import EDGE_LOOKS, LOOKS, MUTED, background, ink, paint, themed
from .text import clip, one_line, unquote

if TYPE_CHECKING:
    import graphviz

    from ..index import MapIndex

FIT_WRAP = 26
"""Characters per line when fitting a slide: narrower boxes, so more share a rank."""
ROW_WRAP = 34
ROW_CLIP = 72
"""Folded evidence rows: one or two lines each, so a point's box stays compact."""
STAGGER = 4
"""Without fitting, leaves sharing a parent are spread over this many ranks."""
SLIDE_WIDTH = {"16:9": 950.0, "4:3": 750.0}
"""The widest a rank may grow (pt) for each slide shape: dot's placement adds about a
third, which keeps the picture within 1,500 pt, where 11 pt text is 14 px on a 1920 px slide."""
NODESEP = 0.3
_DROP = 3
"""A leaf is moved down at most this many ranks to find room."""

# Node looks by role. Shape, border style and fill each tell the kinds apart on their own;
# colours and weights come from :mod:`argmap.render.style`.


def _look(role: str, shape: str, style: str, **extra: str) -> dict[str, str]:
    look = LOOKS[role]
    attrs = {"shape": shape, "style": style, "fillcolor": look.fill, "color": look.stroke}
    if look.weight != 1.0:
        attrs["penwidth"] = f"{look.weight:g}"
    return {**attrs, **extra}


_THESIS = _look("thesis", "box", "filled,bold", peripheries="2")
_SUBTHESIS = _look("subthesis", "box", "filled")
_CLAIM = _look("claim", "box", "rounded,filled")
_PREMISE = _look("premise", "box", "rounded,filled")
_COUNTER = _look("counter", "box", "rounded,filled,dashed")
_QUOTE = _look("quote", "note", "filled")
_SOURCE = {
    "person": _look("person", "ellipse", "filled"),
    "organization": _look("organization", "box3d", "filled"),
    "document": _look("document", "tab", "filled"),
    "anonymous": _look("anonymous", "ellipse", "filled,dotted"),
}
_POINTS = {"rebuttal": _CLAIM, "counter": _COUNTER, "premise": _PREMISE, "claim": _CLAIM}
_ARTICLE = {"shape": "plain"}
_FRAME = {"style": "dashed,rounded", "color": MUTED, "fontcolor": MUTED, "fontsize": str(SMALL)}


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


# --------------------------------------------------------------------------- nodes


class _Drawing:
    """What every node's label needs: the map, its folding, the options, the label length."""

    def __init__(self, amap: ArgumentMap, options: RenderOptions) -> None:
        self.amap = amap
        self.index: MapIndex = amap.index
        self.options = options
        self.theme = options.theme
        self.limit = options.label_limit
        self.fold: Fold = plan(amap, options.fold)
        self.wrap = FIT_WRAP if options.fit in SLIDE_WIDTH else WRAP

    def speakers(self, node_id: str) -> str:
        names = [one_line(s.get("name")) for s in self.index.speakers(node_id)]
        return ", ".join(n for n in names if n) or "unattributed"

    def content(self, node: dict) -> tuple[dict, str]:
        """Look and label content (without the outer ``<...>``) of one drawn node."""
        index, limit = self.index, self.limit
        role = index.role(node)
        if role == "article":
            title = lines(node.get("title") or "Untitled article", limit, 48)
            dek = self.amap.graph_attrs.get("dek")
            sub = f'<br/><font point-size="{SIZE}"><i>{lines(dek, limit, 60)}</i></font>'
            return _ARTICLE, f'<font point-size="18"><b>{title}</b></font>{sub if dek else ""}'
        if node["kind"] == NodeKind.QUOTE.value:
            text = unquote(node.get("text") or "")
            body = headed(
                LOOKS[role].header,
                lines(f"“{text}”" if role == "quote" else text, limit, self.wrap),
                italic=True,
            )
            if self.fold.tabled:
                body += "<br/>" + small(f"— {escape(clip(self.speakers(node['id']), 40))}")
            return _QUOTE, body
        if node["kind"] == NodeKind.SOURCE.value:
            details = [d for d in (node.get("role"), node.get("affiliation")) if d]
            body = f"<b>{lines(node.get('name'), limit, 28)}</b>"
            if details:
                body += "<br/>" + small(lines(", ".join(details), limit, 32))
            return _SOURCE[role], f"{small(escape(LOOKS[role].header))}<br/>{body}"
        body = lines(node.get("text"), limit, self.wrap)
        if role in ("thesis", "restatement"):
            return _THESIS, headed(LOOKS[role].header, f"<b>{body}</b>" if body else body)
        if role == "subthesis":
            heading = index.section_heading(node.get("section"))
            header = f"SUB-THESIS · {clip(heading, 40)}" if heading else "SUB-THESIS"
            return _SUBTHESIS, headed(header, body)
        return _POINTS[role], headed(LOOKS[role].header, body)

    def attrs(self, node: dict) -> dict:
        """DOT attributes of a drawn node: its look and label, its folded rows included."""
        look, content = self.content(node)
        rows, more = self.fold.shown_rows(node["id"])
        if rows:
            hide = themed(look.get("fillcolor", "#ffffff"), self.theme, fill=True)
            cells = [f'<tr><td align="left" balign="left">{content}</td></tr>', "<hr/>"]
            cells += [self._row(row, hide) for row in rows]
            if more:
                kinds = views.describe(self.index.role(n) for n in more)
                hidden = all(n["id"] in self.options.hidden for n in more)
                text = small(
                    f"<i>+ {len(more)} more: {escape(kinds)}</i>",
                    hide if hidden else ink(self.theme),
                )
                cells.append(f'<tr><td align="left">{text}</td></tr>')
            content = f'<table border="0" cellspacing="0" cellpadding="2">{"".join(cells)}</table>'
        return {**paint(look, self.theme), "label": f"<{content}>"}

    def _row(self, node: dict, hide: str) -> str:
        """One folded node: its words, clipped; who said a quote; what backs a point."""
        colour = hide if node["id"] in self.options.hidden else ink(self.theme)
        limit = min(self.limit, ROW_CLIP)
        if node["kind"] == NodeKind.QUOTE.value:
            text = unquote(node.get("text") or "")
            words = lines(f"“{text}”" if node.get("direct", True) else text, limit, ROW_WRAP)
            said = small(f"— {escape(clip(self.speakers(node['id']), 48))}", colour)
            body = f"{_tint(f'<i>{words}</i>', colour)}<br/>{said}"
        else:
            role = self.index.role(node)
            head = small(escape(LOOKS[role].header.lower()) + " ·", colour)
            body = f"{head} {_tint(lines(node.get('text'), limit, ROW_WRAP), colour)}"
            backing = beneath(self.fold, node["id"])
            if backing:
                quotes = [n["id"] for n in backing if n["kind"] == NodeKind.QUOTE.value]
                names = dict.fromkeys(self.speakers(q) for q in quotes)
                who = f" — {clip(', '.join(names), 48)}" if names else ""
                kinds = views.describe(self.index.role(n) for n in backing)
                summary = lines(kinds + who, ROW_CLIP, ROW_WRAP + 8)
                body += "<br/>" + small(f"<i>{summary}</i>", colour)
        return f'<tr><td align="left" balign="left">{body}</td></tr>'

    def width(self, node: dict) -> float:
        """A drawn node's width in points, estimated from its text (for fitting ranks)."""
        text = one_line(node.get("text") or node.get("name") or "")
        chars = min(len(text), self.limit, self.wrap)
        if self.fold.rows.get(node["id"]):
            chars = max(chars, ROW_WRAP * SMALL / SIZE + 4)
        return chars * SIZE * 0.55 + 30


def _tint(text: str, colour: str | None) -> str:
    return f'<font color="{colour}">{text}</font>' if colour else text


def _dot_id(node_id: str) -> str:
    """A DOT node id for a map id: ``:`` would read as a port in an edge, so encode it."""
    return node_id.replace("%", "%25").replace(":", "%3A")


def _edge(
    graph: graphviz.Digraph, source: str, target: str, relation: str, theme: str, **extra: str
) -> None:
    attrs = paint({**_EDGES.get(relation, {}), **extra}, theme)
    if relation in _UPWARD:
        tail = attrs.pop("arrowhead", "normal")
        graph.edge(target, source, dir="back", arrowtail=tail, **attrs)
    else:
        graph.edge(source, target, **attrs)


# --------------------------------------------------------------------------- ranks


def _has_drawn_below(index: MapIndex, node_id: str, drawn: set[str]) -> bool:
    return any(n["id"] in drawn for n, _ in index.below(node_id))


def _stagger(amap: ArgumentMap, drawn: set[str]) -> dict[tuple[str, str], int]:
    """``minlen`` for the edges of leaves that share a parent: 1, 2, .., STAGGER, 1, 2, ...

    A claim backed by many quotes would otherwise spread them over one rank, making the
    diagram far wider than a slide; staggering them packs them like bricks (``unflatten -l``).
    """
    index = amap.index
    leaves: dict[str, list[str]] = {}
    for e in amap.edges:
        ends = e["source"] in drawn and e["target"] in drawn
        if e["relation"] in _UPWARD and ends and not _has_drawn_below(index, e["source"], drawn):
            leaves.setdefault(e["target"], []).append(e["source"])
    return {
        (kid, parent): 1 + k % STAGGER
        for parent, group in leaves.items()
        if len(group) > 1
        for k, kid in enumerate(group)
    }


def _pack(drawing: _Drawing, drawn: set[str], budget: float) -> dict[tuple[str, str], int]:
    """``minlen`` of (child, parent) edges that keeps every rank within ``budget`` points.

    Ranks are filled top-down in reading order; a point with nothing drawn below it may
    drop up to ``_DROP`` ranks to the first one with room, so a fan of twenty boxes wraps
    into rows of five.
    """
    index = drawing.index
    rank: dict[str, int] = {}
    used: dict[int, float] = defaultdict(float)
    queue = [n for n in index.of_kind(NodeKind.ARTICLE)] or index.roots()
    for top in queue:
        rank[top["id"]] = 0
    minlen: dict[tuple[str, str], int] = {}
    for node in queue:
        for kid, _ in index.children(node["id"]):
            if kid["id"] not in drawn or kid["id"] in rank:
                continue
            parents = [p["id"] for p, _ in index.above(kid["id"]) if p["id"] in rank]
            base = max(rank[p] for p in parents) + 1
            width = drawing.width(kid) + NODESEP * 72
            drop = _DROP if not _has_drawn_below(index, kid["id"], drawn) else 1
            room = [r for r in range(base, base + drop + 1) if used[r] + width <= budget]
            chosen = room[0] if room else min(range(base, base + drop + 1), key=used.get)
            rank[kid["id"]] = chosen
            used[chosen] += width
            minlen.update({(kid["id"], p): chosen - rank[p] for p in parents})
            queue.append(kid)
    return {edge: n for edge, n in minlen.items() if n > 1}


# --------------------------------------------------------------------------- graph


def _frame(
    graph: graphviz.Digraph,
    amap: ArgumentMap,
    frame: str,
    members: list[tuple[str, dict]],
    options: RenderOptions,
) -> None:
    """A dashed frame around nodes the argument's edges do not reach, saying why."""
    import graphviz

    ids = [node_id for node_id, _ in members]
    label = "Not linked to the argument"
    if frame == "outside":
        label = "Linked outside this view: " + views.describe(views.outside(amap, ids).values())
    style = {**_FRAME, "label": label}
    if all(node_id in options.hidden for node_id in ids):
        style["style"] = "invis"
    with graph.subgraph(name=f"cluster_{frame}", graph_attr=paint(style, options.theme)) as sub:
        for k, (node_id, attrs) in enumerate(members):
            sub.node(_dot_id(node_id), id=graphviz.escape(node_id), **attrs)
            if k % STAGGER:
                sub.edge(_dot_id(ids[k - 1]), _dot_id(node_id), style="invis")


def build(amap: ArgumentMap, options: RenderOptions) -> graphviz.Digraph:
    """The map as a ``graphviz.Digraph``, the same for the same map (nodes and edges in order)."""
    import graphviz

    drawing = _Drawing(amap, options)
    index, theme, hidden = drawing.index, options.theme, options.hidden
    fold = drawing.fold
    graph_attrs = {
        "rankdir": options.rankdir,
        "fontname": FONT,
        "nodesep": f"{NODESEP:g}",
        "ranksep": "0.45",
        "newrank": "true",
        "pad": "0.2",
        "bgcolor": background(theme) if theme == "dark" else "white",
        "fontcolor": ink(theme),
    }
    graph = graphviz.Digraph(
        "argmap",
        graph_attr=graph_attrs,
        node_attr={"fontname": FONT, "fontsize": str(SIZE), "margin": "0.15,0.08"},
        edge_attr={"fontname": FONT, "fontsize": str(SMALL), "arrowsize": "0.8"},
    )
    graph.attr("node", fontcolor=ink(theme))
    graph.attr("edge", fontcolor=ink(theme))

    drawn = {
        n["id"]
        for n in amap.nodes
        if n["id"] not in fold.folded and not (fold.tabled and n["kind"] == NodeKind.SOURCE.value)
    }
    # Findings linked to nothing get a frame of their own, stacked in columns of STAGGER
    # (``unflatten -c``) rather than spread over one long rank; those a view cut loose from
    # their neighbours get a frame that says so.
    frames: dict[str, list[tuple[str, dict]]] = {"unlinked": [], "outside": []}
    for node in amap.nodes:
        if node["id"] not in drawn:
            continue
        attrs = drawing.attrs(node)
        if node["id"] in hidden:
            attrs["style"] = "invis"
        if node["kind"] == NodeKind.ARTICLE.value or index.is_linked(node["id"]):
            graph.node(_dot_id(node["id"]), id=graphviz.escape(node["id"]), **attrs)
        else:
            frame = "outside" if views.outside(amap, [node["id"]]) else "unlinked"
            frames[frame].append((node["id"], attrs))
    for frame, members in frames.items():
        if members:
            _frame(graph, amap, frame, members, options)

    budget = SLIDE_WIDTH.get(options.fit) if options.rankdir in ("TB", "BT") else None
    minlen = _pack(drawing, drawn, budget) if budget else _stagger(amap, drawn)
    for edge in amap.edges:
        source, target = edge["source"], edge["target"]
        if source not in drawn or target not in drawn:
            continue
        extra = {"minlen": str(minlen[source, target])} if (source, target) in minlen else {}
        if source in hidden or target in hidden:
            extra["style"] = "invis"
        _edge(graph, _dot_id(source), _dot_id(target), edge["relation"], theme, **extra)

    notes = [caption(amap, fold)] if fold.active else []
    cut = views.outside(amap, [n["id"] for n in amap.nodes])
    if cut:
        notes.insert(0, "A view of the map: outside it, " + views.describe(cut.values()))
    label = graph_label(drawing, "; ".join(notes))
    if label:
        graph.attr(label=label, labelloc="b", labeljust="r")
    return graph


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """DOT source for ``amap``."""
    return build(amap, options).source

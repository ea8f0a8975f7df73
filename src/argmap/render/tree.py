"""The terminal view: the argument as an indented tree, then a table of the sources cited.

The tree follows the map's part-of, support and attack edges down from the article: thesis,
sub-theses, claims, and under each the quotes backing it with who said them; a doubtful
attribution (confidence below :data:`~argmap.model.DOUBTFUL_BELOW`) is marked ``(? 0.55)``.
Whatever those edges do not reach goes under "Not linked to the argument" (or, in a
``--focus`` or ``--depth`` view, "Linked outside this view" when its links were cut), so
nothing found is lost. ``--max-label`` clips every statement's text, not only quotes.
Article text enters rich only as ``Text`` (never as markup), so ``[bold]`` stays literal.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import views
from ..model import DOUBTFUL_BELOW, ArgumentMap, NodeKind, Relation
from ..report import source_rows, sources_table
from . import RenderOptions
from .text import clip, one_line, unquote

if TYPE_CHECKING:
    from rich.text import Text
    from rich.tree import Tree

    from ..index import MapIndex

SEEN_CLIP = 60
"""A node met again (it backs two claims) is shown once in full, then as this much text."""


@dataclass
class _Walk:
    """The tree being grown: the map's index, the label length, and the nodes shown."""

    index: MapIndex
    limit: int
    """Quotes are cut to this."""
    statements: int | None
    """Theses, claims and premises are cut to this (``--max-label``), or shown whole."""
    seen: set[str] = field(default_factory=set)


def _attribution(index: MapIndex, node_id: str) -> str:
    people = [
        ", ".join(one_line(p) for p in (s.get("name"), s.get("role"), s.get("affiliation")) if p)
        for s in index.speakers(node_id)
    ]
    return "; ".join(people)


def _label(walk: _Walk, node: dict, relation: str | None, again: bool) -> Text:
    """One line of the tree: a kind marker, the text, and for quotes who said it."""
    from rich.text import Text

    label = Text()
    index = walk.index
    limit = SEEN_CLIP if again else walk.limit
    if relation == Relation.ATTACKS.value and node["id"] in index.rebuttals:
        label.append("↩ rebuttal: ", style="bold green")
    elif relation == Relation.ATTACKS.value:
        label.append("✗ counter: ", style="bold red")
    if node["kind"] == NodeKind.QUOTE.value:
        text = clip(unquote(node.get("text") or ""), limit)
        if node.get("direct", True):
            label.append(f"“{text}”", style="italic")
        else:
            label.append("reported: ", style="dim")
            label.append(text, style="italic")
        who = _attribution(index, node["id"])
        label.append(f" — {who}" if who else " — unattributed", style="cyan" if who else "dim")
        confidence = node.get("confidence")
        if who and confidence is not None and confidence < DOUBTFUL_BELOW:
            label.append(f" (? {confidence:.2f})", style="yellow")
    else:
        role = node.get("role")
        if role == "restatement" or (role == "thesis" and relation == Relation.RESTATES.value):
            label.append("restated: ", style="magenta")
        elif role == "thesis":
            label.append("THESIS: ", style="bold magenta")
        elif role == "subthesis":
            heading = index.section_heading(node.get("section"))
            label.append("sub-thesis", style="bold blue")
            label.append(f" § {one_line(heading)}: " if heading else ": ", style="blue")
        elif role == "premise" and relation != Relation.ATTACKS.value:
            label.append("premise: ", style="dim green")
        elif relation != Relation.ATTACKS.value:
            label.append("claim: ", style="green")
        cut = SEEN_CLIP if again else walk.statements
        label.append(clip(node.get("text"), cut) if cut else one_line(node.get("text")))
        if not again and node.get("confidence") is not None:
            label.append(f"  ({node['confidence']:.2f})", style="dim")
    if again:
        label.append("  (shown above)", style="dim")
    return label


def _grow(walk: _Walk, branch: Tree, node: dict, relation: str | None) -> None:
    """Add ``node`` and, the first time it is met, everything that backs it."""
    again = node["id"] in walk.seen
    twig = branch.add(_label(walk, node, relation, again))
    if again:
        return
    walk.seen.add(node["id"])
    for child, child_relation in walk.index.children(node["id"]):
        _grow(walk, twig, child, child_relation)


def _root_label(amap: ArgumentMap) -> Text:
    from rich.text import Text

    title = one_line(amap.graph_attrs.get("title")) or "Untitled article"
    label = Text(title, style="bold")
    dek = one_line(amap.graph_attrs.get("dek"))
    if dek:
        label.append("\n" + dek, style="italic")
    return label


def _sources_table(amap: ArgumentMap):
    from rich.text import Text

    rows = source_rows(amap)
    if not rows:
        return Text("No sources found.", style="dim")
    return sources_table(
        rows, "Sources", first="source", mentions=False, title_justify="left", title_style="bold"
    )


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """The map as a tree and a sources table: plain text unless ``options.color``."""
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    index = amap.index
    walk = _Walk(index, options.label_limit, options.max_label)
    tree = Tree(_root_label(amap), guide_style="dim")
    if index.node("article") is not None:
        walk.seen.add("article")
        for child, relation in index.children("article"):
            _grow(walk, tree, child, relation)
    reached = set(walk.seen)
    loose = index.statements()
    # Roots first (nothing above them), then whatever a cycle kept out of reach.
    pending = [n for n in loose if not index.above(n["id"])] + loose
    branches: dict[bool, Tree] = {}
    for node in pending:
        if node["id"] not in walk.seen:
            cut = views.outside(amap, [node["id"]])
            if not branches.get(bool(cut)):
                title = "Linked outside this view" if cut else "Not linked to the argument"
                branches[bool(cut)] = tree.add(Text(title, style="bold yellow"))
            _grow(walk, branches[bool(cut)], node, None)
    if branches.get(True):
        cut = views.outside(amap, [n["id"] for n in loose if n["id"] not in reached])
        branches[True].label.append(f": {views.describe(cut.values())}", style="yellow")
    if not loose:
        tree.add(Text("no thesis, claims or quotes found", style="dim italic"))

    console = Console(
        file=io.StringIO(),
        width=options.width or 100,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
    )
    console.print(tree)
    console.print()
    console.print(_sources_table(amap))
    out = console.file.getvalue()
    if options.color:
        return out
    return "".join(line.rstrip() + "\n" for line in out.splitlines())  # rich pads lines

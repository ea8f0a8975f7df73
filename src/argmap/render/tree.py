"""The terminal view: the argument as an indented tree, then a table of the sources cited.

The tree follows the map's part-of, support and attack edges down from the article: thesis,
sub-theses, claims, and under each the quotes backing it with who said them. Whatever those
edges do not reach goes under "Not linked to the argument", so nothing found is lost.
Article text enters rich only as ``Text`` (never as markup), so ``[bold]`` stays literal.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import ArgumentMap, NodeKind, Relation
from ..report import source_rows, sources_table
from . import RenderOptions
from .outline import rebuttals, section_heading
from .text import clip, one_line, unquote

if TYPE_CHECKING:
    from rich.text import Text
    from rich.tree import Tree

_TREE_RELATIONS = {
    Relation.SUPPORTS.value,
    Relation.ATTACKS.value,
    Relation.PART_OF.value,
    Relation.RESTATES.value,
}
_ARGUMENT_KINDS = {
    NodeKind.THESIS.value,
    NodeKind.CLAIM.value,
    NodeKind.PREMISE.value,
    NodeKind.QUOTE.value,
}
_ORDER = {"thesis": 0, "subthesis": 1, "claim": 2, "premise": 3, "quote": 4}
"""Children are listed sub-theses first, then claims, then quotes; each in text order."""
SEEN_CLIP = 60
"""A node met again (it backs two claims) is shown once in full, then as this much text."""


@dataclass
class _Index:
    """The map's nodes and edges arranged for walking it as a tree."""

    amap: ArgumentMap
    limit: int
    nodes: dict[str, dict] = field(default_factory=dict)
    children: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    has_parent: set[str] = field(default_factory=set)
    speakers: dict[str, list[dict]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    rebuttals: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.nodes = {n["id"]: n for n in self.amap.nodes}
        self.rebuttals = rebuttals(self.amap)
        for e in self.amap.edges:
            source, target = self.nodes.get(e["source"]), self.nodes.get(e["target"])
            if source is None or target is None:
                continue
            if e["relation"] == Relation.ATTRIBUTED_TO.value:
                self.speakers.setdefault(e["source"], []).append(target)
            elif e["relation"] in _TREE_RELATIONS and source["kind"] in _ARGUMENT_KINDS:
                self.children.setdefault(e["target"], []).append((e["source"], e["relation"]))
                self.has_parent.add(e["source"])
        for kids in self.children.values():
            kids.sort(key=lambda kid: _sort_key(self.nodes[kid[0]]))


def _sort_key(node: dict) -> tuple[int, int, str]:
    rank = _ORDER.get("quote" if node["kind"] == "quote" else node.get("role") or "", 9)
    return rank, (node.get("span") or [0])[0], node["id"]


def _attribution(index: _Index, node_id: str) -> str:
    people = [
        ", ".join(one_line(p) for p in (s.get("name"), s.get("role"), s.get("affiliation")) if p)
        for s in index.speakers.get(node_id, [])
    ]
    return "; ".join(people)


def _label(index: _Index, node: dict, relation: str | None, again: bool) -> Text:
    """One line of the tree: a kind marker, the text, and for quotes who said it."""
    from rich.text import Text

    label = Text()
    limit = SEEN_CLIP if again else index.limit
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
    else:
        role = node.get("role")
        if role == "thesis" and relation == Relation.RESTATES.value:
            label.append("restated: ", style="magenta")
        elif role == "thesis":
            label.append("THESIS: ", style="bold magenta")
        elif role == "subthesis":
            heading = section_heading(index.amap, node.get("section"))
            label.append("sub-thesis", style="bold blue")
            label.append(f" § {one_line(heading)}: " if heading else ": ", style="blue")
        elif role == "premise" and relation != Relation.ATTACKS.value:
            label.append("premise: ", style="dim green")
        elif relation != Relation.ATTACKS.value:
            label.append("claim: ", style="green")
        label.append(clip(node.get("text"), limit) if again else one_line(node.get("text")))
        if not again and node.get("confidence") is not None:
            label.append(f"  ({node['confidence']:.2f})", style="dim")
    if again:
        label.append("  (shown above)", style="dim")
    return label


def _grow(index: _Index, branch: Tree, node_id: str, relation: str | None) -> None:
    """Add ``node_id`` and, the first time it is met, everything that backs it."""
    node = index.nodes[node_id]
    again = node_id in index.seen
    twig = branch.add(_label(index, node, relation, again))
    if again:
        return
    index.seen.add(node_id)
    for child, child_relation in index.children.get(node_id, []):
        _grow(index, twig, child, child_relation)


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

    index = _Index(amap, max(options.max_label, 8))
    tree = Tree(_root_label(amap), guide_style="dim")
    if "article" in index.nodes:
        index.seen.add("article")
        for child, relation in index.children.get("article", []):
            _grow(index, tree, child, relation)
    loose = [n["id"] for n in amap.nodes if n["kind"] in _ARGUMENT_KINDS]
    # Roots first (nothing above them), then whatever a cycle kept out of reach.
    pending = [i for i in loose if i not in index.has_parent] + list(loose)
    other = None
    for node_id in pending:
        if node_id not in index.seen:
            other = other or tree.add(Text("Not linked to the argument", style="bold yellow"))
            _grow(index, other, node_id, None)
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

"""Smaller views of a map for large articles and for slides: by depth, around a node, by stage.

A view keeps the map's node and edge dicts as they are and only leaves some out, so every
renderer draws a view exactly as it draws a whole map.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .errors import ArgmapError
from .model import ArgumentMap, NodeKind

STAGES: tuple[tuple[str, frozenset[str]], ...] = (
    ("thesis", frozenset({"thesis", "restatement"})),
    ("sub-theses", frozenset({"thesis", "restatement", "subthesis"})),
    ("claims", frozenset({"thesis", "restatement", "subthesis", "claim"})),
    (
        "evidence and sources",
        frozenset({"thesis", "restatement", "subthesis", "claim", "premise", "quote", "source"}),
    ),
)
"""The order a map is revealed on slides: each stage adds a layer of the argument."""


OUTSIDE = "outside"
"""``graph_attrs`` key of a view: for each kept node whose neighbours were left out, those
neighbours' ids and roles. A node alone in a view is then drawn as "outside this view",
not as "not linked to the argument", which it is not."""

_PLURALS = {
    "thesis": "theses",
    "restatement": "restatements",
    "subthesis": "sub-theses",
    "counter": "counter-claims",
    "reported": "reported statements",
    "person": "people",
    "organization": "organisations",
    "anonymous": "anonymous sources",
}
_SINGULARS = {
    "subthesis": "sub-thesis",
    "counter": "counter-claim",
    "anonymous": "anonymous source",
}


def keep(amap: ArgumentMap, ids: set[str]) -> ArgumentMap:
    """The map restricted to ``ids`` (the article node always stays), with the sources those
    nodes are attributed to; what each kept node lost is recorded under :data:`OUTSIDE`."""
    ids = set(ids) | {"article"}
    index = amap.index
    ids |= {source["id"] for node_id in list(ids) for source in index.speakers(node_id)}
    nodes = [n for n in amap.nodes if n["id"] in ids]
    edges = [e for e in amap.edges if e["source"] in ids and e["target"] in ids]
    before = amap.graph_attrs.get(OUTSIDE) or {}
    outside: dict[str, dict[str, str]] = {}
    for node in nodes:
        cut = {n["id"]: index.role(n) for n in index.neighbours(node["id"]) if n["id"] not in ids}
        cut = {**before.get(node["id"], {}), **cut}
        if cut:
            outside[node["id"]] = dict(sorted(cut.items()))
    return replace(
        amap, graph_attrs={**amap.graph_attrs, OUTSIDE: outside}, nodes=nodes, edges=edges
    )


def outside(amap: ArgumentMap, node_ids: Iterable[str]) -> dict[str, str]:
    """The neighbours (id: role) that a view left out of the nodes ``node_ids``."""
    recorded = amap.graph_attrs.get(OUTSIDE) or {}
    return {cut: role for i in node_ids for cut, role in recorded.get(i, {}).items()}


def describe(roles: Iterable[str]) -> str:
    """``3 claims, 1 sub-thesis``: how many nodes of each role, most common first."""
    counts = Counter(roles)
    return ", ".join(
        f"{n} {_PLURALS.get(role, role + 's') if n > 1 else _SINGULARS.get(role, role)}"
        for role, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


def limit_depth(amap: ArgumentMap, depth: int) -> ArgumentMap:
    """Only the nodes at most ``depth`` levels below the article (thesis = 1)."""
    levels = amap.index.levels()
    return keep(amap, {node_id for node_id, level in levels.items() if level <= depth})


def focus(amap: ArgumentMap, node_id: str, radius: int = 1) -> ArgumentMap:
    """Only ``node_id`` and the nodes within ``radius`` edges of it, in either direction."""
    index = amap.index
    if index.node(node_id) is None:
        example = next((n["id"] for n in amap.nodes if n["kind"] == "claim"), "thesis@0")
        raise ArgmapError(
            f"no node {node_id!r} in this map (ids look like {example!r}; list them with"
            " --format json)"
        )
    kept, frontier = {node_id}, {node_id}
    for _ in range(radius):
        frontier = {m["id"] for n in frontier for m in index.neighbours(n)} - kept
        kept |= frontier
    return keep(amap, kept)


def stages(amap: ArgumentMap) -> list[tuple[str, ArgumentMap]]:
    """The map revealed step by step, as named views (see :data:`STAGES`)."""
    views = []
    for name, layers in STAGES:
        ids = {
            n["id"]
            for n in amap.nodes
            if (
                n["kind"]
                if n["kind"] in (NodeKind.QUOTE.value, NodeKind.SOURCE.value)
                else n.get("role")
            )
            in layers
        }
        views.append((name, keep(amap, ids)))
    return views

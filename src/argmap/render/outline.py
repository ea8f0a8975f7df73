"""The map read as an outline: who supports or attacks what, who said which quote.

Argdown and Markdown both print the argument as nested lists under the thesis; AIF needs
the speakers of each quote. They share these read-only views of an :class:`ArgumentMap`
so that all formats agree on what is a root, a counter-claim or a speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..model import ArgumentMap, NodeKind, Relation

ARGUMENT_KINDS = frozenset(
    {NodeKind.THESIS.value, NodeKind.CLAIM.value, NodeKind.PREMISE.value, NodeKind.QUOTE.value}
)
"""Kinds of node that state something: the propositions of the argument."""
INFERENCES = frozenset({Relation.SUPPORTS.value, Relation.ATTACKS.value})


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of an outline: ``node`` at ``depth``, linked to the line above by ``relation``.

    ``expand`` is false when the node is shown in full elsewhere (it was already shown, or
    the caller deferred it): print a reference to it, not its text and premises again.
    """

    depth: int
    node: dict
    relation: str | None
    expand: bool = True


def premises(amap: ArgumentMap) -> dict[str, list[tuple[dict, str]]]:
    """For each node id, the nodes that support or attack it, in edge order."""
    by_id = {n["id"]: n for n in amap.nodes}
    found: dict[str, list[tuple[dict, str]]] = {}
    for edge in amap.edges:
        if edge["relation"] in INFERENCES and edge["source"] in by_id:
            found.setdefault(edge["target"], []).append((by_id[edge["source"]], edge["relation"]))
    return found


def conclusions(amap: ArgumentMap) -> dict[str, list[str]]:
    """For each node id, the ids of the nodes it supports or attacks."""
    found: dict[str, list[str]] = {}
    for edge in amap.edges:
        if edge["relation"] in INFERENCES:
            found.setdefault(edge["source"], []).append(edge["target"])
    return found


def speakers(amap: ArgumentMap) -> dict[str, list[dict]]:
    """For each quote id, the source nodes it is attributed to."""
    by_id = {n["id"]: n for n in amap.nodes}
    found: dict[str, list[dict]] = {}
    for edge in amap.edges:
        if edge["relation"] == Relation.ATTRIBUTED_TO.value and edge["target"] in by_id:
            found.setdefault(edge["source"], []).append(by_id[edge["target"]])
    return found


def attackers(amap: ArgumentMap) -> set[str]:
    """Ids of the nodes that attack something: the counter-claims (and counter-quotes)."""
    return {e["source"] for e in amap.edges if e["relation"] == Relation.ATTACKS.value}


def rebuttals(amap: ArgumentMap) -> set[str]:
    """Ids of the nodes that attack a counter-claim: the article answering an objection."""
    attacks = [e for e in amap.edges if e["relation"] == Relation.ATTACKS.value]
    counters = {e["source"] for e in attacks}
    return {e["source"] for e in attacks if e["target"] in counters}


def section_heading(amap: ArgumentMap, index: int | None) -> str | None:
    """The heading of section ``index``, or None (the lead, or no such section)."""
    sections = amap.graph_attrs.get("sections") or []
    if index is None or not 0 <= index < len(sections):
        return None
    return sections[index].get("heading")


def statements(amap: ArgumentMap) -> list[dict]:
    """The argument's propositions (theses, claims, quotes), in node order."""
    return [n for n in amap.nodes if n["kind"] in ARGUMENT_KINDS]


def roots(amap: ArgumentMap) -> list[dict]:
    """Propositions that support or attack nothing: the tops of the outline, theses first."""
    concluding = conclusions(amap)
    return [n for n in statements(amap) if not concluding.get(n["id"])]


def walk(
    amap: ArgumentMap,
    tops: Iterable[dict],
    *,
    seen: set[str] | None = None,
    defer: Callable[[dict], bool] = lambda node: False,
) -> Iterator[Entry]:
    """Depth-first outline below each of ``tops``: every node in full once, then by reference.

    A premise for which ``defer`` is true is listed by reference only, for the caller to
    show in full elsewhere. ``seen`` (updated) carries what was shown across calls, and
    guards against cycles.
    """
    seen = set() if seen is None else seen
    below = premises(amap)

    def visit(node: dict, depth: int, relation: str | None) -> Iterator[Entry]:
        if node["id"] in seen or (depth and defer(node)):
            yield Entry(depth, node, relation, expand=False)
            return
        seen.add(node["id"])
        yield Entry(depth, node, relation)
        for premise, how in below.get(node["id"], ()):
            yield from visit(premise, depth + 1, how)

    for top in tops:
        yield from visit(top, 0, None)


__all__ = [
    "ARGUMENT_KINDS",
    "INFERENCES",
    "Entry",
    "attackers",
    "conclusions",
    "premises",
    "roots",
    "section_heading",
    "speakers",
    "statements",
    "walk",
]

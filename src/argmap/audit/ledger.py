"""The ledger: who backs each point and each thesis, and every source with its attributions.

Backing follows ``supports`` edges only (a quote that attacks a claim is counter-evidence,
not its source) and goes all the way down: a thesis is backed by the quotes on its
sub-theses and claims too (:meth:`MapIndex.evidence`). A "person" whose name is only a group
noun ("Experts") counts as anonymous: nobody is named. Every check reads this ledger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..index import MapIndex
from ..model import NodeKind, Relation
from ..render.text import one_line
from ..report import source_rows
from .results import ANONYMOUS, Backing, Leaning, PointAudit, SourceCount, SourceRef
from .words import effective_type, hedge_words

POINT_ROLES = ("thesis", "subthesis", "claim")
"""The points audited; premises are walked through (their quotes back the claim above)."""
_QUOTE = NodeKind.QUOTE.value
_SUPPORTS = (Relation.SUPPORTS.value,)


@dataclass(frozen=True, slots=True)
class Ledger:
    """The backing of an article, before any check has judged it."""

    points: tuple[PointAudit, ...]
    leanings: tuple[Leaning, ...]
    sources: tuple[SourceRef, ...]
    quotes: int
    """Quotes and reported statements in the article."""
    attributions: int
    anonymous_attributions: int


def build_ledger(index: MapIndex) -> Ledger:
    """Count who backs what in the map behind ``index``."""
    quotes = index.of_kind(NodeKind.QUOTE)
    shielded = [tuple(q["span"]) for q in quotes if q.get("direct", True) and q.get("span")]
    order = {node_id: i for i, node_id in enumerate(index.nodes)}
    points = tuple(_point(index, node, shielded, order) for node in _points(index))
    leanings = tuple(
        Leaning(p.id, p.text, "own", p.own)
        if p.own.attributions
        else Leaning(p.id, p.text, "beneath", p.backing)
        for p in points
        if p.role == "thesis"
    )
    sources = tuple(
        SourceRef(
            id=r["id"],
            name=one_line(r["name"]),
            source_type=effective_type(r),
            role=r.get("role"),
            affiliation=r.get("affiliation"),
            attributions=r["quotes"],
            mentions=r["mentions"],
        )
        for r in source_rows(index.amap)
    )
    type_of = {s.id: s.source_type for s in sources}
    attributions = [s["id"] for q in quotes for s in index.speakers(q["id"])]
    return Ledger(
        points=points,
        leanings=leanings,
        sources=sources,
        quotes=len(quotes),
        attributions=len(attributions),
        anonymous_attributions=sum(type_of.get(s) == ANONYMOUS for s in attributions),
    )


def _points(index: MapIndex) -> Iterable[dict]:
    for node in index.statements():
        if node.get("role") in POINT_ROLES and node["kind"] != _QUOTE:
            yield node


def _point(
    index: MapIndex, node: dict, shielded: list[tuple[int, int]], order: dict[str, int]
) -> PointAudit:
    beneath = index.evidence(node["id"])
    own = [n for n, _ in index.below(node["id"], _SUPPORTS) if n["kind"] == _QUOTE]
    text = one_line(node.get("text"))
    span = node.get("span")
    return PointAudit(
        id=node["id"],
        role=node["role"],
        text=text,
        section=node.get("section"),
        counter=node["id"] in index.counters,
        quotes=len(beneath),
        own=_backing(index, own, order),
        backing=_backing(index, beneath, order),
        hedges=hedge_words(index.amap.text, span, shielded)
        if span
        else hedge_words(text, None, []),
    )


def _backing(index: MapIndex, quotes: Iterable[dict], order: dict[str, int]) -> Backing:
    """Count the attributions of ``quotes`` by source (ties in map order) and by source type."""
    per_source: Counter[str] = Counter()
    for quote in quotes:
        per_source.update(s["id"] for s in index.speakers(quote["id"]))
    ranked = sorted(per_source, key=lambda s: (-per_source[s], order[s]))
    nodes = index.nodes
    sources = tuple(
        SourceCount(s, nodes[s].get("name") or s, effective_type(nodes[s]), per_source[s])
        for s in ranked
    )
    types: Counter[str] = Counter()
    for s in sources:
        types[s.source_type] += s.attributions
    return Backing(sum(per_source.values()), sources, tuple(types.most_common()))


__all__ = ["POINT_ROLES", "Ledger", "build_ledger"]

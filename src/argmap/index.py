"""One index over a map, and the only code that knows how to walk it.

Renderers, views, the audit and the reports all ask the same questions of a map: what backs
this claim, who said this quote, which node is the thesis and which restates it, which
claims are counter-claims and which answer them. Answering them from the node-link dicts in
each module made the formats drift apart; :class:`MapIndex` answers them once, built in one
pass over the edges, so every format draws the same argument.

Edges whose ends are not nodes of the map (a view left them out) are ignored here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import ARGUMENT_RELATIONS, INFERENCES, STATEMENT_KINDS, NodeKind, Relation

if TYPE_CHECKING:
    from .model import ArgumentMap

Related = tuple[dict, str]
"""A neighbouring node and the relation that links it."""

_READING_ORDER = {
    "thesis": 0,
    "restatement": 0,
    "subthesis": 1,
    "claim": 2,
    "premise": 3,
    "quote": 4,
}
"""Backing listed sub-theses first, then claims, premises, quotes; each in text order."""


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


class MapIndex:
    """Nodes by id and edges by end, for walking a map (built by :attr:`ArgumentMap.index`).

    "Below" a node are the statements that back it: supports, attacks and restatements
    pointing at it (and the thesis below the article, by ``part_of``). Attribution is kept
    apart: ``speakers`` of a quote and ``statements`` of a source.
    """

    __slots__ = (
        "_above",
        "_below",
        "_by_speaker",
        "_speakers",
        "amap",
        "counters",
        "nodes",
        "rebuttals",
        "restatements",
    )

    @classmethod
    def of_data(cls, data: dict) -> MapIndex:
        """The index of node-link data read back from JSON (a record of a corpus of maps),
        so that what walks a map walks a stored one the same way."""
        return cls(
            _NodeLink(data.get("nodes") or [], data.get("edges") or [], data.get("graph") or {})
        )

    def __init__(self, amap: ArgumentMap | _NodeLink) -> None:
        self.amap = amap
        self.nodes: dict[str, dict] = {n["id"]: n for n in amap.nodes}
        self._below: dict[str, list[Related]] = {}
        self._above: dict[str, list[Related]] = {}
        self._speakers: dict[str, list[dict]] = {}
        self._by_speaker: dict[str, list[dict]] = {}
        counters: set[str] = set()
        restatements: set[str] = set()
        for edge in amap.edges:
            source, target = self.nodes.get(edge["source"]), self.nodes.get(edge["target"])
            if source is None or target is None:
                continue
            relation = edge["relation"]
            if relation == Relation.ATTRIBUTED_TO.value:
                self._speakers.setdefault(source["id"], []).append(target)
                self._by_speaker.setdefault(target["id"], []).append(source)
                continue
            if relation not in ARGUMENT_RELATIONS:
                continue
            self._below.setdefault(target["id"], []).append((source, relation))
            self._above.setdefault(source["id"], []).append((target, relation))
            if relation == Relation.ATTACKS.value:
                counters.add(source["id"])
            elif relation == Relation.RESTATES.value:
                restatements.add(source["id"])
        self.counters = frozenset(counters)
        """Nodes that attack something: counter-claims (and counter-evidence)."""
        self.rebuttals = frozenset(
            n for n in counters if any(t["id"] in counters for t, _ in self.above(n, _ATTACKS))
        )
        """Nodes that attack a counter-claim: the article answering an objection."""
        self.restatements = frozenset(restatements)
        """Theses that restate another (the conclusion's restatement): not a second thesis."""

    # ------------------------------------------------------------------ nodes

    def node(self, node_id: str) -> dict | None:
        return self.nodes.get(node_id)

    def of_kind(self, kind: NodeKind | str) -> list[dict]:
        value = kind.value if isinstance(kind, NodeKind) else kind
        return [n for n in self.nodes.values() if n["kind"] == value]

    def statements(self) -> list[dict]:
        """The argument's propositions (theses, claims, premises, quotes), in node order."""
        return [n for n in self.nodes.values() if n["kind"] in STATEMENT_KINDS]

    @property
    def theses(self) -> list[dict]:
        """The thesis nodes that are not restatements: normally one."""
        return [n for n in self.of_kind(NodeKind.THESIS) if n["id"] not in self.restatements]

    @property
    def thesis(self) -> dict | None:
        theses = self.theses
        return theses[0] if theses else None

    def restated_by(self, node_id: str) -> list[dict]:
        """The restatements of a thesis, in edge order."""
        return [n for n, how in self.below(node_id) if how == Relation.RESTATES.value]

    def section_heading(self, index: int | None) -> str | None:
        """The heading of section ``index``, or None (the lead, or no such section)."""
        sections = self.amap.graph_attrs.get("sections") or []
        if index is None or not 0 <= index < len(sections):
            return None
        return sections[index].get("heading")

    def role(self, node: dict) -> str:
        """What a node is in the drawn argument, the one vocabulary every format styles by.

        ``article``; ``thesis``, ``restatement``, ``subthesis``, ``claim``, ``premise``,
        ``counter`` (attacks a point), ``rebuttal`` (attacks a counter-claim); ``quote``
        (verbatim) or ``reported``; for sources their type.
        """
        kind = node["kind"]
        if kind == NodeKind.ARTICLE.value:
            return "article"
        if kind == NodeKind.SOURCE.value:
            source_type = node.get("source_type")
            return source_type if source_type in _SOURCE_ROLES else "anonymous"
        if kind == NodeKind.QUOTE.value:
            return "quote" if node.get("direct", True) else "reported"
        role = node.get("role") or kind
        if node["id"] in self.restatements:
            return "restatement"
        if role in ("thesis", "subthesis"):
            return role
        if node["id"] in self.rebuttals:
            return "rebuttal"
        if node["id"] in self.counters:
            return "counter"
        return "premise" if role == "premise" else "claim"

    # ------------------------------------------------------------------ relations

    def below(self, node_id: str, relations: Iterable[str] | None = None) -> list[Related]:
        """What backs ``node_id`` (edge order): ``(node, relation)`` for each argument edge."""
        return _by_relation(self._below.get(node_id, ()), relations)

    def above(self, node_id: str, relations: Iterable[str] | None = None) -> list[Related]:
        """What ``node_id`` backs (edge order): ``(node, relation)`` for each argument edge."""
        return _by_relation(self._above.get(node_id, ()), relations)

    def children(self, node_id: str) -> list[Related]:
        """The statements below ``node_id`` in reading order: sub-theses, claims, premises,
        then quotes, each in text order (the tree and the diagrams list them so)."""
        kids = [(n, how) for n, how in self.below(node_id) if n["kind"] in STATEMENT_KINDS]
        return sorted(kids, key=lambda kid: _reading_key(kid[0]))

    def is_linked(self, node_id: str) -> bool:
        """In the argument (an argument edge at either end), or a source someone cites."""
        return bool(
            self._below.get(node_id) or self._above.get(node_id) or self._by_speaker.get(node_id)
        )

    def neighbours(self, node_id: str) -> list[dict]:
        """Every node one edge away, in either direction, attribution included."""
        return [
            *(n for n, _ in self._below.get(node_id, ())),
            *(n for n, _ in self._above.get(node_id, ())),
            *self._speakers.get(node_id, ()),
            *self._by_speaker.get(node_id, ()),
        ]

    def speakers(self, quote_id: str) -> list[dict]:
        """The sources a quote is attributed to (edge order)."""
        return list(self._speakers.get(quote_id, ()))

    def statements_of(self, source_id: str) -> list[dict]:
        """The quotes attributed to a source (edge order)."""
        return list(self._by_speaker.get(source_id, ()))

    def evidence(self, node_id: str) -> list[dict]:
        """The quotes that support ``node_id``, directly or through the points beneath it
        (``supports`` edges only: a quote that attacks a claim is not its source)."""
        return [n for n in self.supporters(node_id) if n["kind"] == NodeKind.QUOTE.value]

    def supporters(self, node_id: str) -> list[dict]:
        """Every node that supports ``node_id``, directly or through others (cycle-safe)."""
        seen: set[str] = {node_id}
        stack = [n for n, _ in reversed(self.below(node_id, _SUPPORTS))]
        found: list[dict] = []
        while stack:
            current = stack.pop()
            if current["id"] in seen:
                continue
            seen.add(current["id"])
            found.append(current)
            stack.extend(n for n, _ in reversed(self.below(current["id"], _SUPPORTS)))
        return found

    def roots(self) -> list[dict]:
        """Statements that back nothing: the tops of an outline (restatements hang under
        their thesis, so they are not roots)."""
        return [
            n
            for n in self.statements()
            if not self.above(n["id"], INFERENCES) and n["id"] not in self.restatements
        ]

    def levels(self) -> dict[str, int]:
        """Distance of each node below the article along argument edges (thesis = 1)."""
        levels = {"article": 0} if "article" in self.nodes else {}
        frontier = list(levels)
        while frontier:
            nxt = []
            for node_id in frontier:
                for child, _ in self.below(node_id):
                    if child["id"] not in levels:
                        levels[child["id"]] = levels[node_id] + 1
                        nxt.append(child["id"])
            frontier = nxt
        return levels

    def walk(
        self,
        tops: Iterable[dict],
        *,
        seen: set[str] | None = None,
        defer: Callable[[dict], bool] = lambda node: False,
    ) -> Iterator[Entry]:
        """Depth-first outline below each of ``tops``: every node in full once, then by
        reference. Below a node come its restatements, then what supports or attacks it.

        A node for which ``defer`` is true is listed by reference only, for the caller to
        show in full elsewhere. ``seen`` (updated) carries what was shown across calls, and
        guards against cycles.
        """
        seen = set() if seen is None else seen

        def visit(node: dict, depth: int, relation: str | None) -> Iterator[Entry]:
            if node["id"] in seen or (depth and defer(node)):
                yield Entry(depth, node, relation, expand=False)
                return
            seen.add(node["id"])
            yield Entry(depth, node, relation)
            for restatement in self.restated_by(node["id"]):
                yield from visit(restatement, depth + 1, Relation.RESTATES.value)
            for premise, how in self.below(node["id"], INFERENCES):
                yield from visit(premise, depth + 1, how)

        for top in tops:
            yield from visit(top, 0, None)

    def quote_counts(self) -> dict[str, int]:
        """How many quotes each source is credited with."""
        return {
            source_id: sum(1 for q in quotes if q["kind"] == NodeKind.QUOTE.value)
            for source_id, quotes in self._by_speaker.items()
        }


@dataclass(frozen=True, slots=True)
class _NodeLink:
    """Node-link data with the attribute names of an :class:`ArgumentMap`."""

    nodes: list[dict]
    edges: list[dict]
    graph_attrs: dict


_ATTACKS = (Relation.ATTACKS.value,)
_SUPPORTS = (Relation.SUPPORTS.value,)
_SOURCE_ROLES = frozenset({"person", "organization", "document", "anonymous"})


def _by_relation(found: Iterable[Related], relations: Iterable[str] | None) -> list[Related]:
    """``found`` (a copy), only those linked by one of ``relations`` when given."""
    if relations is None:
        return list(found)
    wanted = set(relations)
    return [(n, how) for n, how in found if how in wanted]


def _reading_key(node: dict) -> tuple[int, int, str]:
    rank = _READING_ORDER.get("quote" if node["kind"] == "quote" else node.get("role") or "", 9)
    return rank, (node.get("span") or [0])[0], node["id"]


__all__ = ["Entry", "MapIndex", "Related"]

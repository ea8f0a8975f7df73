"""What a slide-sized diagram folds: decided once, from the map's index, before drawing.

A news story has 20-35 quotes and a dozen sources; drawn one box each they make a poster
strip no slide can show. Folding keeps the argument's points as boxes and lists what backs
them inside them: the quotes and premises that back only one point become rows of that
point's box (the first few, then "+N more"), and the sources become one table under the
diagram. :func:`caption` says what was folded, so nothing disappears silently; ``--fold
none`` (or ``--focus`` on a point) shows everything.

This module decides *what*; :mod:`argmap.render.dot` decides how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import NodeKind, Relation

if TYPE_CHECKING:
    from ..model import ArgumentMap

FOLD_AT = 20
"""``auto`` folds maps with more nodes than this (the article aside): beyond it, one box a
node no longer fits a slide at a readable size."""
MAX_BOXES = 16
"""After folding evidence, a map with more boxes than this also folds the claims that
nothing drawn hangs from into their point: about what a slide holds at a readable size."""
MAX_ROWS = 2
"""Rows a point's box lists before "+N more": enough to show the kind of backing."""
_EVIDENCE = frozenset({"quote", "reported", "premise"})
_POINTS = frozenset({"claim", "premise"})


@dataclass(frozen=True, slots=True)
class Fold:
    """The folding of one map: which nodes are rows of which box, which sources a table.

    ``rows`` maps a drawn point to the nodes folded directly under it, in reading order;
    ``under`` maps a folded node to the folded nodes beneath it (a claim's quotes), which
    its row sums up. ``tabled`` is true when the sources are listed in one table instead
    of drawn as nodes.
    """

    rows: dict[str, tuple[dict, ...]] = field(default_factory=dict)
    under: dict[str, tuple[dict, ...]] = field(default_factory=dict)
    folded: frozenset[str] = frozenset()
    tabled: bool = False

    @property
    def active(self) -> bool:
        return self.tabled or bool(self.folded)

    def shown_rows(self, host_id: str) -> tuple[tuple[dict, ...], tuple[dict, ...]]:
        """The rows drawn in ``host_id``'s box, and the ones summed up as "+N more"."""
        rows = self.rows.get(host_id, ())
        if len(rows) <= MAX_ROWS + 1:  # "+1 more" takes the room of the row itself
            return rows, ()
        return rows[:MAX_ROWS], rows[MAX_ROWS:]


NO_FOLD = Fold()


def plan(amap: ArgumentMap, mode: str = "auto") -> Fold:
    """The folding ``mode`` (``auto`` or ``none``) gives ``amap``.

    A quote or premise is folded when it backs exactly one point (by ``supports``) and
    everything backing it is folded too; it becomes a row of the nearest point above it
    that stays a box. If that leaves more than :data:`MAX_BOXES` boxes, claims with
    nothing left below them fold the same way. Attacks, restatements and shared evidence
    stay drawn as edges.
    """
    drawn = [n for n in amap.nodes if n["kind"] != NodeKind.ARTICLE.value]
    if mode == "none" or len(drawn) <= FOLD_AT:
        return NO_FOLD
    index = amap.index
    folded: set[str] = set()

    def alone_under_one(node: dict) -> bool:
        above = index.above(node["id"])
        return len(above) == 1 and above[0][1] == Relation.SUPPORTS.value

    def all_below_folded(node: dict) -> bool:
        return all(kid["id"] in folded for kid, _ in index.below(node["id"]))

    for roles in (_EVIDENCE, _POINTS):
        changed = True
        while changed:  # bottom-up: a premise folds once its quotes have
            changed = False
            for node in drawn:
                if (
                    node["id"] not in folded
                    and index.role(node) in roles
                    and alone_under_one(node)
                    and all_below_folded(node)
                ):
                    folded.add(node["id"])
                    changed = True
        boxes = sum(1 for n in drawn if n["id"] not in folded and n["kind"] != "source")
        if boxes <= MAX_BOXES:
            break

    def kids(node_id: str) -> tuple[dict, ...]:
        return tuple(kid for kid, _ in index.children(node_id) if kid["id"] in folded)

    rows = {n["id"]: kids(n["id"]) for n in drawn if n["id"] not in folded}
    under = {i: kids(i) for i in folded}
    return Fold(
        {k: v for k, v in rows.items() if v},
        {k: v for k, v in under.items() if v},
        frozenset(folded),
        tabled=bool(index.of_kind(NodeKind.SOURCE)),
    )


def beneath(fold: Fold, node_id: str) -> list[dict]:
    """Every folded node below ``node_id``'s row, depth first."""
    found: list[dict] = []
    stack = list(reversed(fold.under.get(node_id, ())))
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(reversed(fold.under.get(node["id"], ())))
    return found


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def caption(amap: ArgumentMap, fold: Fold) -> str:
    """One line saying what the picture folded, or "" when it shows every node."""
    if not fold.active:
        return ""
    index = amap.index
    folded = [index.node(i) for i in fold.folded]
    quotes = sum(1 for n in folded if n and n["kind"] == NodeKind.QUOTE.value)
    premises = sum(1 for n in folded if n and n.get("role") == "premise")
    claims = len(folded) - quotes - premises
    parts = [
        _count(n, noun)
        for n, noun in ((quotes, "quote"), (premises, "premise"), (claims, "claim"))
        if n
    ]
    if len(parts) > 1:
        parts = [", ".join(parts[:-1]) + " and " + parts[-1]]
    said = []
    if parts:
        said.append(f"{parts[0]} folded into the points they back")
    hidden = sum(len(fold.shown_rows(h)[1]) for h in fold.rows)
    if hidden:
        said.append(f"{hidden} more counted as “+N more”")
    if fold.tabled:
        said.append(f"{_count(len(index.of_kind(NodeKind.SOURCE)), 'source')} listed below")
    return "; ".join([*said, "--fold none draws every node"])


__all__ = ["FOLD_AT", "MAX_BOXES", "MAX_ROWS", "NO_FOLD", "Fold", "beneath", "caption", "plan"]

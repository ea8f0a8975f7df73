"""What changed between two maps: an updated story, a correction, or two outlets' versions.

The maps are aligned by text similarity, kind by kind, never by node id (ids are offsets,
and an update moves every offset):

1. the **thesis** of each is compared: unchanged, reworded (with the word-level diff),
   replaced (too different to be the same point), added or removed;
2. **claims** (claims, sub-theses and premises) and **quotes** (direct and reported) are
   paired greedily, most similar pair first, when their similarity reaches
   :data:`PAIR_MIN`; the rest are added or removed. A paired quote may be *altered*
   (wording), *reattributed* (another speaker), *now-direct* (a paraphrase turned into a
   quote) or *now-reported*;
3. **sources** are paired by name (exact, then near: "Dana Okafor" / "Dana Okafor-Reyes"),
   and a paired source may have changed its role, affiliation or type.

Similarity is rapidfuzz's normalised Indel ratio on the case-folded words, so typography
does not count. Pairing costs O(a·b) ratio computations per kind (a cut-off lets
rapidfuzz stop early on hopeless pairs).
How much of the two maps pairs up (:attr:`MapDiff.overlap`, the Dice share of aligned
items) tells an update from a different story: below :data:`RELATED_SHARE` the two have
little in common and the renderers say so instead of listing every difference.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import NodeKind
from ..render.text import one_line, unquote
from .align import Change, diff_words, is_unchanged
from .tokens import normalise_word, tokenize

if TYPE_CHECKING:
    from ..model import ArgumentMap

SCHEMA = "argmap-diff/1"
PAIR_MIN = 0.6
"""Least similarity for two statements to count as one statement, changed."""
NAME_MIN = 0.9
"""Least similarity for two source names to count as one source."""
RELATED_SHARE = 0.25
"""Below this share of aligned items, two maps are different stories."""
SOURCE_FIELDS = ("source_type", "role", "affiliation")
CLAIM_KINDS = (NodeKind.CLAIM, NodeKind.PREMISE)


@dataclass(frozen=True, slots=True)
class StatementChange:
    """A thesis or claim that changed: ``status`` is ``reworded``, ``replaced``,
    ``added``, ``removed`` (or ``unchanged``, for a thesis)."""

    status: str
    old: dict | None
    new: dict | None
    similarity: float
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True, slots=True)
class QuoteChange:
    """A quote added, removed or changed; ``changes`` lists how a paired quote changed:
    ``altered``, ``reattributed``, ``unattributed``, ``now-direct``, ``now-reported``."""

    status: str
    old: dict | None
    new: dict | None
    similarity: float
    changes: tuple[str, ...] = ()
    words: tuple[Change, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceChange:
    """A source gained, lost, or ``changed`` in ``fields`` (role, affiliation, type)."""

    status: str
    name: str
    old: dict | None
    new: dict | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MapDiff:
    """The differences between two maps, and how much of them aligned."""

    old_name: str | None
    new_name: str | None
    thesis: StatementChange | None
    claims: tuple[StatementChange, ...]
    quotes: tuple[QuoteChange, ...]
    sources: tuple[SourceChange, ...]
    aligned: int
    total: int
    unchanged: dict[str, int]

    @property
    def overlap(self) -> float:
        """Share of the two maps' items that pair up (Dice: 2·pairs / items)."""
        return 2 * self.aligned / self.total if self.total else 1.0

    @property
    def related(self) -> bool:
        """Versions of one story, rather than two stories with little in common."""
        return self.overlap >= RELATED_SHARE

    @property
    def changed(self) -> bool:
        thesis = self.thesis is not None and self.thesis.status != "unchanged"
        return thesis or bool(self.claims or self.quotes or self.sources)

    def counts(self) -> dict[str, int]:
        """How many of each change, for summaries."""
        out: dict[str, int] = {}
        for group, items in (("claims", self.claims), ("sources", self.sources)):
            for item in items:
                key = f"{group}_{item.status}"
                out[key] = out.get(key, 0) + 1
        for quote in self.quotes:
            for how in quote.changes or (quote.status,):
                key = f"quotes_{how.replace('-', '_')}"
                out[key] = out.get(key, 0) + 1
        return out

    def to_dict(self) -> dict:
        """The ``argmap-diff/1`` JSON object (documented in the README and ``--help``)."""

        def words(changes: Sequence[Change]) -> list[dict]:
            return [{"op": c.op, "old": c.original, "new": c.quote} for c in changes]

        def statement(item: StatementChange) -> dict:
            return {
                "status": item.status,
                "old": item.old,
                "new": item.new,
                "similarity": round(item.similarity, 3),
                "diff": words(item.changes),
            }

        return {
            "schema": SCHEMA,
            "old": self.old_name,
            "new": self.new_name,
            "changed": self.changed,
            "related": self.related,
            "overlap": round(self.overlap, 3),
            "summary": {
                **self.counts(),
                **{f"{k}_unchanged": v for k, v in self.unchanged.items()},
            },
            "thesis": statement(self.thesis) if self.thesis else None,
            "claims": [statement(c) for c in self.claims],
            "quotes": [
                {
                    "status": q.status,
                    "changes": list(q.changes),
                    "old": q.old,
                    "new": q.new,
                    "similarity": round(q.similarity, 3),
                    "diff": words(q.words),
                }
                for q in self.quotes
            ],
            "sources": [
                {
                    "status": s.status,
                    "name": s.name,
                    "fields": list(s.fields),
                    "old": s.old,
                    "new": s.new,
                }
                for s in self.sources
            ],
        }


def diff_maps(
    old_map: ArgumentMap,
    new_map: ArgumentMap,
    *,
    old_name: str | None = None,
    new_name: str | None = None,
) -> MapDiff:
    """Align ``old_map`` with ``new_map`` and say what changed (see the module docstring)."""
    old, new = old_map.index, new_map.index
    aligned = total = 0
    unchanged: dict[str, int] = {}

    thesis = _thesis_change(old.thesis, new.thesis)
    if thesis is not None:
        total += (thesis.old is not None) + (thesis.new is not None)
        aligned += thesis.status in ("unchanged", "reworded")

    # a restatement is the thesis again, not a claim of its own
    old_claims = [
        n for kind in CLAIM_KINDS for n in old.of_kind(kind) if n["id"] not in old.restatements
    ]
    new_claims = [
        n for kind in CLAIM_KINDS for n in new.of_kind(kind) if n["id"] not in new.restatements
    ]
    claims: list[StatementChange] = []
    pairs, gone, came = _pair(old_claims, new_claims, _statement_words)
    for a, b, score in pairs:
        changes = diff_words(_tokens(a), _tokens(b))
        if is_unchanged(changes):
            unchanged["claims"] = unchanged.get("claims", 0) + 1
        else:
            claims.append(StatementChange("reworded", _claim(a), _claim(b), score, changes))
    claims += [StatementChange("removed", _claim(n), None, 0.0) for n in gone]
    claims += [StatementChange("added", None, _claim(n), 0.0) for n in came]
    aligned += len(pairs)
    total += len(old_claims) + len(new_claims)

    quotes: list[QuoteChange] = []
    old_quotes, new_quotes = old.of_kind(NodeKind.QUOTE), new.of_kind(NodeKind.QUOTE)
    pairs, gone, came = _pair(old_quotes, new_quotes, _statement_words)
    for a, b, score in pairs:
        before, after = _quote(a, old), _quote(b, new)
        how, words = _quote_changes(a, b, before, after)
        if how:
            quotes.append(QuoteChange("changed", before, after, score, how, words))
        else:
            unchanged["quotes"] = unchanged.get("quotes", 0) + 1
    quotes += [QuoteChange("removed", _quote(n, old), None, 0.0) for n in gone]
    quotes += [QuoteChange("added", None, _quote(n, new), 0.0) for n in came]
    aligned += len(pairs)
    total += len(old_quotes) + len(new_quotes)

    sources: list[SourceChange] = []
    old_sources, new_sources = old.of_kind(NodeKind.SOURCE), new.of_kind(NodeKind.SOURCE)
    pairs, gone, came = _pair(old_sources, new_sources, _name_words, NAME_MIN)
    for a, b, _ in pairs:
        fields = tuple(f for f in SOURCE_FIELDS if _norm(a.get(f)) != _norm(b.get(f)))
        if fields:
            sources.append(SourceChange("changed", b["name"], _source(a), _source(b), fields))
        else:
            unchanged["sources"] = unchanged.get("sources", 0) + 1
    sources += [SourceChange("lost", n["name"], _source(n), None) for n in gone]
    sources += [SourceChange("gained", n["name"], None, _source(n)) for n in came]
    aligned += len(pairs)
    total += len(old_sources) + len(new_sources)

    return MapDiff(
        old_name,
        new_name,
        thesis,
        tuple(claims),
        tuple(quotes),
        tuple(sources),
        aligned,
        total,
        unchanged,
    )


# ----------------------------------------------------------------------------- pairing


def _pair(
    old: list[dict],
    new: list[dict],
    key: Callable[[dict], str],
    least: float = PAIR_MIN,
) -> tuple[list[tuple[dict, dict, float]], list[dict], list[dict]]:
    """Pair ``old`` and ``new`` items, most similar first: ``(pairs, unpaired old,
    unpaired new)``, each in text order."""
    if not old or not new:
        return [], list(old), list(new)
    from rapidfuzz import fuzz

    old_keys, new_keys = [key(n) for n in old], [key(n) for n in new]
    cutoff = least * 100
    ranked = sorted(
        (
            (score / 100, i, j)
            for i, a in enumerate(old_keys)
            for j, b in enumerate(new_keys)
            if (score := fuzz.ratio(a, b, score_cutoff=cutoff))
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for score, i, j in ranked:
        if score < least:
            break
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old[i], new[j], score))
    pairs.sort(key=lambda p: _start(p[1]))
    return (
        pairs,
        [n for i, n in enumerate(old) if i not in used_old],
        [n for j, n in enumerate(new) if j not in used_new],
    )


def _start(node: dict) -> int:
    return (node.get("span") or [0])[0]


def _tokens(node: dict):
    return tokenize(unquote(node.get("text")))


def _statement_words(node: dict) -> str:
    return " ".join(_tokens(node).words)


def _name_words(node: dict) -> str:
    return " ".join(tokenize(node.get("name") or "").words)


def _norm(value: str | None) -> str:
    return " ".join(normalise_word(w) for w in (value or "").split())


# ----------------------------------------------------------------------------- items


def _thesis_change(a: dict | None, b: dict | None) -> StatementChange | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return StatementChange("added" if a is None else "removed", _claim(a), _claim(b), 0.0)
    from rapidfuzz import fuzz

    changes = diff_words(_tokens(a), _tokens(b))
    score = fuzz.ratio(_statement_words(a), _statement_words(b)) / 100
    if is_unchanged(changes):
        return StatementChange("unchanged", _claim(a), _claim(b), 1.0)
    status = "reworded" if score >= PAIR_MIN else "replaced"
    return StatementChange(status, _claim(a), _claim(b), score, changes)


def _claim(node: dict | None) -> dict | None:
    if node is None:
        return None
    return {
        "id": node["id"],
        "role": node.get("role") or node["kind"],
        "text": one_line(node.get("text")),
    }


def _quote(node: dict, index) -> dict:
    return {
        "id": node["id"],
        "text": unquote(node.get("text")),
        "direct": bool(node.get("direct", True)),
        "speakers": [s.get("name") for s in index.speakers(node["id"]) if s.get("name")],
    }


def _quote_changes(a: dict, b: dict, before: dict, after: dict):
    """How a paired quote changed, and its word-level diff."""
    how: list[str] = []
    words = diff_words(_tokens(a), _tokens(b))
    if not is_unchanged(words):
        how.append("altered")
    old_speakers = {_norm(s) for s in before["speakers"]}
    new_speakers = {_norm(s) for s in after["speakers"]}
    if old_speakers and new_speakers and old_speakers != new_speakers:
        how.append("reattributed")
    elif old_speakers and not new_speakers:
        how.append("unattributed")
    if before["direct"] != after["direct"]:
        how.append("now-direct" if after["direct"] else "now-reported")
    return tuple(how), (words if "altered" in how else ())


def _source(node: dict) -> dict:
    return {
        "id": node["id"],
        "name": node.get("name"),
        **{f: node.get(f) for f in SOURCE_FIELDS},
    }


__all__ = [
    "PAIR_MIN",
    "RELATED_SHARE",
    "SCHEMA",
    "MapDiff",
    "QuoteChange",
    "SourceChange",
    "StatementChange",
    "diff_maps",
]

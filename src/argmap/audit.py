"""The sourcing audit: who stands behind each point of an article, and where it is weak.

A fact-checker reading a map wants a to-do list, not a diagram: which points rest on no
one, on anonymous people, on hedges or on an unnamed "experts agree"; which quotes have no
speaker; which named people cannot be checked (no affiliation) or mixed up (a shared
surname). :func:`audit_map` reads that off an :class:`ArgumentMap`'s node-link dicts and
nothing else, so it works on any map the extractors produce.

Backing follows ``supports`` edges only (a quote that attacks a claim is counter-evidence,
not its source) and goes all the way down: a thesis is backed by the quotes on its
sub-theses and claims too. A "person" whose name is only a group noun ("Experts") counts as
anonymous: nobody is named.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from .extract.lexicon import audit as audit_lex
from .extract.lexicon.argument import HEDGE_WORDS
from .graph import slug
from .model import ArgumentMap, NodeKind, Relation, SourceType
from .render.text import clip, one_line, unquote
from .report import source_rows
from .safe_text import escape_c1_json

ANONYMOUS = SourceType.ANONYMOUS.value
POINT_ROLES = ("thesis", "subthesis", "claim")
"""The points audited; premises are walked through (their quotes back the claim above)."""
NAME_SUFFIXES = frozenset("jr sr ii iii iv phd md".split())
MAX_FRAME_GAP = 40
"""Most characters between a quote and its speaker for the cue to count as its frame."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class SourceCount:
    """One source behind a point, with how many of the point's quotes are attributed to it."""

    id: str
    name: str
    source_type: str
    attributions: int


@dataclass(frozen=True)
class Backing:
    """The attributions behind a point: by source (most cited first) and by source type."""

    attributions: int = 0
    sources: tuple[SourceCount, ...] = ()
    types: tuple[tuple[str, int], ...] = ()

    @property
    def top_source(self) -> SourceCount | None:
        return self.sources[0] if self.sources else None

    @property
    def top_type(self) -> str | None:
        return self.types[0][0] if self.types else None

    @property
    def anonymous_share(self) -> float:
        anonymous = dict(self.types).get(ANONYMOUS, 0)
        return anonymous / self.attributions if self.attributions else 0.0


@dataclass(frozen=True)
class PointAudit:
    """A thesis, sub-thesis or claim: what backs it directly (``own``) and in all (``backing``)."""

    id: str
    role: str
    text: str
    section: int | None
    counter: bool
    quotes: int
    """Quotes and reported statements beneath the point, at any depth."""
    own: Backing
    backing: Backing
    hedges: tuple[str, ...]


@dataclass(frozen=True)
class Leaning:
    """What a thesis rests on: its own quotes if it has any, else everything beneath it."""

    id: str
    text: str
    basis: str
    """``"own"`` or ``"beneath"``."""
    backing: Backing

    @property
    def mostly_anonymous(self) -> bool:
        return self.backing.anonymous_share > 0.5


@dataclass(frozen=True)
class Flag:
    """A statement the audit flags, with the words that earned the flag."""

    id: str
    role: str
    text: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class QuoteRef:
    id: str
    text: str
    direct: bool


@dataclass(frozen=True)
class SourceRef:
    id: str
    name: str
    source_type: str
    role: str | None
    affiliation: str | None
    attributions: int
    mentions: int


@dataclass(frozen=True)
class Confusable:
    """Person sources sharing a surname: a reader (or a checker) may take one for another."""

    surname: str
    names: tuple[str, ...]
    ids: tuple[str, ...]


@dataclass(frozen=True)
class Audit:
    """The sourcing ledger of one article. :meth:`to_dict` gives it as JSON-ready data."""

    title: str | None
    sources: tuple[SourceRef, ...]
    points: tuple[PointAudit, ...]
    leanings: tuple[Leaning, ...]
    attributions: int
    anonymous_attributions: int
    quotes: int
    unsourced: tuple[Flag, ...]
    unattributed_quotes: tuple[QuoteRef, ...]
    hedged: tuple[Flag, ...]
    unnamed_consensus: tuple[Flag, ...]
    unaffiliated: tuple[SourceRef, ...]
    confusable: tuple[Confusable, ...]

    @property
    def anonymous_share(self) -> float:
        return self.anonymous_attributions / self.attributions if self.attributions else 0.0

    @property
    def anonymous_sources(self) -> tuple[SourceRef, ...]:
        return tuple(s for s in self.sources if s.source_type == ANONYMOUS)

    def to_dict(self) -> dict:
        def backing(b: Backing) -> dict:
            return {
                "attributions": b.attributions,
                "anonymous_share": round(b.anonymous_share, 3),
                "sources": [asdict(s) for s in b.sources],
                "types": dict(b.types),
            }

        return {
            "schema": "argmap-audit/1",
            "title": self.title,
            "summary": {
                "sources": len(self.sources),
                "quotes": self.quotes,
                "attributions": self.attributions,
                "anonymous_attributions": self.anonymous_attributions,
                "anonymous_share": round(self.anonymous_share, 3),
            },
            "sources": [asdict(s) for s in self.sources],
            "theses": [
                {
                    "id": t.id,
                    "text": t.text,
                    "basis": t.basis,
                    "top_source": asdict(t.backing.top_source) if t.backing.top_source else None,
                    "top_type": t.backing.top_type,
                    "mostly_anonymous": t.mostly_anonymous,
                    **backing(t.backing),
                }
                for t in self.leanings
            ],
            "points": [
                {
                    "id": p.id,
                    "role": p.role,
                    "text": p.text,
                    "section": p.section,
                    "counter": p.counter,
                    "quotes": p.quotes,
                    "own": backing(p.own),
                    "backing": backing(p.backing),
                    "hedges": list(p.hedges),
                }
                for p in self.points
            ],
            "unsourced": [asdict(f) for f in self.unsourced],
            "unattributed_quotes": [asdict(q) for q in self.unattributed_quotes],
            "hedged": [asdict(f) for f in self.hedged],
            "unnamed_consensus": [asdict(f) for f in self.unnamed_consensus],
            "unaffiliated": [asdict(s) for s in self.unaffiliated],
            "confusable": [asdict(c) for c in self.confusable],
        }


# --------------------------------------------------------------------------- reading


def _words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, len(text) if end is None else end))


def _lower(match: re.Match[str]) -> str:
    return match[0].lower().replace("’", "'")


def _names_nobody(name: str) -> bool:
    """True for a source named only by a crowd ("Experts", "many analysts")."""
    words = [_lower(m) for m in _words(name)]
    allowed = audit_lex.GROUP_NOUNS | audit_lex.GROUP_QUANTIFIERS | {"and", "of"}
    return bool(words) and any(w in audit_lex.GROUP_NOUNS for w in words) and set(words) <= allowed


def _effective_type(source: dict) -> str:
    kind = source.get("source_type") or ANONYMOUS
    if kind == SourceType.PERSON.value and _names_nobody(source.get("name") or ""):
        return ANONYMOUS
    return kind


def _backing(quote_ids: Iterable[str], speakers: dict[str, list[str]], by_id: dict) -> Backing:
    """Count the attributions of ``quote_ids`` by source and by source type."""
    per_source: Counter[str] = Counter()
    for quote_id in quote_ids:
        per_source.update(speakers.get(quote_id, ()))
    order = {n["id"]: i for i, n in enumerate(by_id.values())}
    ranked = sorted(per_source, key=lambda s: (-per_source[s], order.get(s, 0)))
    sources = tuple(
        SourceCount(s, by_id[s].get("name") or s, _effective_type(by_id[s]), per_source[s])
        for s in ranked
    )
    types: Counter[str] = Counter()
    for s in sources:
        types[s.source_type] += s.attributions
    return Backing(sum(per_source.values()), sources, tuple(types.most_common()))


def _beneath(node_id: str, supporters: dict[str, list[str]]) -> list[str]:
    """Every node that supports ``node_id``, directly or through others (cycle-safe)."""
    seen: set[str] = set()
    stack = list(supporters.get(node_id, ()))
    found: list[str] = []
    while stack:
        current = stack.pop()
        if current in seen or current == node_id:
            continue
        seen.add(current)
        found.append(current)
        stack.extend(supporters.get(current, ()))
    return found


def _hedges(text: str, span: list[int] | None, shielded: list[tuple[int, int]]) -> tuple[str, ...]:
    """Hedge words in the point, outside quoted words (a speaker's hedge is not the writer's).

    A capitalised "May" inside the sentence is the month, not a hedge.
    """
    start, end = span if span else (0, len(text))
    found: list[str] = []
    for i, match in enumerate(_words(text, start, end)):
        word = _lower(match)
        if word not in HEDGE_WORDS or word in found:
            continue
        if any(a <= match.start() < b for a, b in shielded):
            continue
        if word == "may" and match[0][0].isupper() and i > 0:
            continue
        found.append(word)
    return tuple(found)


def _consensus(text: str, start: int, end: int) -> str | None:
    """The consensus phrase in ``text[start:end]``, if any ("experts increasingly believe")."""
    matches = _words(text, start, end)
    words = [_lower(m) for m in matches]
    for i, word in enumerate(words):
        n = audit_lex.CONSENSUS_PHRASES.starts(words, i)
        if n:
            return text[matches[i].start() : matches[i + n - 1].end()]
        if word not in audit_lex.GROUP_NOUNS:
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j] in audit_lex.CONSENSUS_ADVERBS:
            j += 1
        if j < len(words) and words[j] in audit_lex.CONSENSUS_VERBS:
            first = next(
                (k for k in range(max(i - 4, 0), i) if words[k] in audit_lex.GROUP_NOUNS), i
            )  # "analysts and diplomatic experts believe": the whole group
            return text[matches[first].start() : matches[j].end()]
    return None


def _surname(name: str) -> str | None:
    words = [m[0] for m in _words(name) if _lower(m) not in NAME_SUFFIXES]
    if not words or _names_nobody(name):
        return None
    return slug(words[-1])


def _confusables(sources: Iterable[SourceRef]) -> tuple[Confusable, ...]:
    groups: dict[str, list[SourceRef]] = {}
    for source in sources:
        if source.source_type == SourceType.PERSON.value and (key := _surname(source.name)):
            groups.setdefault(key, []).append(source)
    return tuple(
        Confusable(
            _words(group[0].name)[-1][0] if _words(group[0].name) else key,
            tuple(s.name for s in group),
            tuple(s.id for s in group),
        )
        for key, group in groups.items()
        if len({s.name for s in group}) > 1
    )


# --------------------------------------------------------------------------- audit


def audit_map(amap: ArgumentMap) -> Audit:
    """Audit the sourcing of ``amap``: backing per point, and the weak points to check."""
    text = amap.text
    by_id = {n["id"]: n for n in amap.nodes}
    speakers: dict[str, list[str]] = {}
    supporters: dict[str, list[str]] = {}
    counters: set[str] = set()
    for edge in amap.edges:
        source, target, relation = edge["source"], edge["target"], edge["relation"]
        if source not in by_id or target not in by_id:
            continue
        if relation == Relation.ATTRIBUTED_TO.value:
            speakers.setdefault(source, []).append(target)
        elif relation == Relation.SUPPORTS.value:
            supporters.setdefault(target, []).append(source)
        elif relation == Relation.ATTACKS.value:
            counters.add(source)

    quotes = amap.index.of_kind(NodeKind.QUOTE)
    quote_ids = {q["id"] for q in quotes}
    shielded = [tuple(q["span"]) for q in quotes if q.get("direct", True) and q.get("span")]

    points: list[PointAudit] = []
    for node in amap.nodes:
        if node.get("role") not in POINT_ROLES or node["kind"] == NodeKind.QUOTE.value:
            continue
        below = [i for i in _beneath(node["id"], supporters) if i in quote_ids]
        own = [i for i in supporters.get(node["id"], ()) if i in quote_ids]
        points.append(
            PointAudit(
                id=node["id"],
                role=node["role"],
                text=one_line(node.get("text")),
                section=node.get("section"),
                counter=node["id"] in counters,
                quotes=len(below),
                own=_backing(own, speakers, by_id),
                backing=_backing(below, speakers, by_id),
                hedges=_hedges(text, node["span"], shielded)
                if node.get("span")
                else _hedges(one_line(node.get("text")), None, []),
            )
        )

    leanings = tuple(
        Leaning(p.id, p.text, "own", p.own)
        if p.own.attributions
        else Leaning(p.id, p.text, "beneath", p.backing)
        for p in points
        if p.role == "thesis"
    )
    rows = source_rows(amap)
    sources = tuple(
        SourceRef(
            id=r["id"],
            name=one_line(r["name"]),
            source_type=_effective_type(r),
            role=r.get("role"),
            affiliation=r.get("affiliation"),
            attributions=r["quotes"],
            mentions=r["mentions"],
        )
        for r in rows
    )
    type_of = {s.id: s.source_type for s in sources}
    attributions = [t for q in quote_ids for t in speakers.get(q, ())]
    return Audit(
        title=amap.title,
        sources=sources,
        points=tuple(points),
        leanings=leanings,
        attributions=len(attributions),
        anonymous_attributions=sum(type_of.get(t) == ANONYMOUS for t in attributions),
        quotes=len(quotes),
        unsourced=tuple(Flag(p.id, p.role, p.text, ()) for p in points if not p.backing.sources),
        unattributed_quotes=tuple(
            QuoteRef(q["id"], unquote(q.get("text")), bool(q.get("direct", True)))
            for q in quotes
            if not speakers.get(q["id"])
        ),
        hedged=tuple(Flag(p.id, p.role, p.text, p.hedges) for p in points if p.hedges),
        unnamed_consensus=_unnamed_consensus(amap, points, speakers, by_id),
        unaffiliated=tuple(
            s
            for s in sources
            if s.source_type == SourceType.PERSON.value and not (s.affiliation or "").strip()
        ),
        confusable=_confusables(sources),
    )


def _unnamed_consensus(
    amap: ArgumentMap,
    points: list[PointAudit],
    speakers: dict[str, list[str]],
    by_id: dict,
) -> tuple[Flag, ...]:
    """Points and reported statements framed as consensus, with no named source of their own.

    A quote's frame is its words plus where its speaker is named ("Experts agree that ..."),
    so a consensus claim is caught whether the extractor made it a claim or a quote; a
    quote inside an already flagged point is not listed twice.
    """
    text = amap.text
    flags: list[Flag] = []
    flagged_spans: list[tuple[int, int]] = []
    for point in points:
        span = by_id[point.id].get("span")
        if any(s.source_type != ANONYMOUS for s in point.own.sources):
            continue
        phrase = _consensus(text, *span) if span else _consensus(point.text, 0, len(point.text))
        if phrase:
            flags.append(Flag(point.id, point.role, point.text, (one_line(phrase),)))
            flagged_spans += [tuple(span)] if span else []
    for quote in amap.index.of_kind(NodeKind.QUOTE):
        ends = [e for e in (quote.get("span"), quote.get("speaker_span")) if e]
        if not ends:
            continue
        start, end = min(e[0] for e in ends), max(e[1] for e in ends)
        if end - start - sum(e[1] - e[0] for e in ends) > MAX_FRAME_GAP:
            start, end = ends[0]  # speaker named far away: its words frame nothing here
        if any(a < end and start < b for a, b in flagged_spans):
            continue
        said_by = [by_id[s] for s in speakers.get(quote["id"], ()) if s in by_id]
        if any(_effective_type(s) != ANONYMOUS for s in said_by):
            continue
        if phrase := _consensus(text, start, end):
            flags.append(
                Flag(quote["id"], "quote", unquote(quote.get("text")), (one_line(phrase),))
            )
    return tuple(flags)


# --------------------------------------------------------------------------- thresholds


def _quoted(items: Iterable[str], limit: int = 60, most: int = 3) -> str:
    items = list(items)
    shown = ", ".join(f"“{clip(t, limit)}”" for t in items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _fail_unsourced(audit: Audit) -> list[str]:
    found = audit.unsourced
    return (
        [
            f"{_plural(len(found), 'point cites', 'points cite')} no source: {_quoted(f.text for f in found)}"
        ]
        if found
        else []
    )


def _fail_anonymous_thesis(audit: Audit) -> list[str]:
    return [
        f"the thesis “{clip(t.text, 60)}” leans mostly on anonymous sources "
        f"({t.backing.anonymous_share:.0%} of {_plural(t.backing.attributions, 'attribution', 'attributions')}"
        f"{' of its own' if t.basis == 'own' else ' beneath it'})"
        for t in audit.leanings
        if t.mostly_anonymous
    ]


def _fail_unattributed(audit: Audit) -> list[str]:
    found = audit.unattributed_quotes
    return (
        [
            f"{_plural(len(found), 'quote has', 'quotes have')} no identifiable speaker: {_quoted(q.text for q in found)}"
        ]
        if found
        else []
    )


def _fail_hedged(audit: Audit) -> list[str]:
    found = audit.hedged
    listed = "; ".join(f"“{clip(f.text, 50)}” ({', '.join(f.words)})" for f in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return (
        [f"{_plural(len(found), 'point is', 'points are')} hedged: {listed}{more}"] if found else []
    )


def _fail_consensus(audit: Audit) -> list[str]:
    found = audit.unnamed_consensus
    listed = "; ".join(f"“{clip(f.text, 50)}” ({f.words[0]})" for f in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return (
        [
            f"{_plural(len(found), 'statement is', 'statements are')} presented as consensus with no one named: {listed}{more}"
        ]
        if found
        else []
    )


def _fail_unaffiliated(audit: Audit) -> list[str]:
    found = audit.unaffiliated
    names = ", ".join(s.name for s in found)
    return (
        [
            f"{_plural(len(found), 'named person has', 'named people have')} no affiliation to check: {names}"
        ]
        if found
        else []
    )


def _fail_confusable(audit: Audit) -> list[str]:
    return [
        f"sources easily confused (surname {c.surname}): {' / '.join(c.names)}"
        for c in audit.confusable
    ]


FAIL_CHECKS: dict[str, Callable[[Audit], list[str]]] = {
    "unsourced-claims": _fail_unsourced,
    "anonymous-thesis": _fail_anonymous_thesis,
    "unattributed-quotes": _fail_unattributed,
    "hedged-claims": _fail_hedged,
    "unnamed-consensus": _fail_consensus,
    "unaffiliated-sources": _fail_unaffiliated,
    "confusable-names": _fail_confusable,
}
"""``--fail-on`` names and the check each runs; a check returns its breaches as sentences."""


def check_thresholds(
    audit: Audit, max_anonymous_share: float | None = None, fail_on: Iterable[str] = ()
) -> list[str]:
    """The breaches of the given limits, as sentences a person can act on (empty: none)."""
    unknown = sorted(set(fail_on) - set(FAIL_CHECKS))
    if unknown:
        raise ValueError(f"unknown check {unknown[0]!r} (choose from {', '.join(FAIL_CHECKS)})")
    breaches: list[str] = []
    if max_anonymous_share is not None and audit.anonymous_share > max_anonymous_share:
        breaches.append(
            f"{audit.anonymous_share:.0%} of attributions are anonymous "
            f"({audit.anonymous_attributions} of {audit.attributions}; "
            f"the limit is {max_anonymous_share:.0%})"
        )
    for name in FAIL_CHECKS:  # registry order, so the output does not depend on option order
        if name in fail_on:
            breaches.extend(FAIL_CHECKS[name](audit))
    return breaches


# --------------------------------------------------------------------------- renderers


ROLE_LABELS = {"thesis": "thesis", "subthesis": "sub-thesis", "claim": "claim", "quote": "quote"}


def _source_label(source: SourceCount | SourceRef) -> str:
    return f"{one_line(source.name)} ({source.source_type})"


def _backing_line(backing: Backing, limit: int = 4) -> str:
    if not backing.attributions:
        return "no source"
    names = [f"{one_line(s.name)} ×{s.attributions}" for s in backing.sources[:limit]]
    more = len(backing.sources) - limit
    return "; ".join(names) + (f"; +{more} more" if more > 0 else "")


def _types_line(backing: Backing) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in backing.types) or "—"


def _summary_line(audit: Audit) -> str:
    kinds = Counter(s.source_type for s in audit.sources)
    by_kind = ", ".join(f"{kinds[k]} {k}" for k in (t.value for t in SourceType) if kinds[k])
    return (
        f"{_plural(len(audit.sources), 'source', 'sources')} ({by_kind or 'none'}); "
        f"{_plural(audit.quotes, 'quote or reported statement', 'quotes and reported statements')}, "
        f"{_plural(audit.attributions, 'attribution', 'attributions')}, "
        f"{audit.anonymous_share:.0%} of them anonymous; "
        f"{len(audit.unattributed_quotes)} with no speaker"
    )


def _lean_lines(lean: Leaning) -> tuple[str, str]:
    """The basis and the verdict of a thesis's leaning, as two plain lines."""
    b = lean.backing
    where = (
        "its own quotes"
        if lean.basis == "own"
        else "everything beneath it (it has no quotes of its own)"
    )
    top = b.top_source
    verdict = (
        f"most: {_source_label(top)} ×{top.attributions}; mostly {b.top_type} "
        f"({dict(b.types)[b.top_type]} of {b.attributions}); anonymous {b.anonymous_share:.0%}"
        if top and b.top_type
        else "no source at all"
    )
    return f"rests on {where}", verdict


def render_audit_text(audit: Audit, color: bool = False, width: int | None = None) -> str:
    """The audit as headed sections and tables for the terminal: plain text unless ``color``.

    Article text goes into rich as :class:`~rich.text.Text` only, never as markup.
    """
    from rich.console import Console, Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    parts: list = []

    def heading(title: str, count: int | None = None) -> None:
        label = Text("\n" + title, style="bold")
        if count is not None:
            label.append(f" ({count})", style="bold yellow" if count else "bold green")
        parts.append(label)

    def item(text: Text | str, depth: int = 1) -> None:
        parts.append(Padding(Text(text) if isinstance(text, str) else text, (0, 0, 0, 2 * depth)))

    def none_found(found: Iterable) -> None:
        if not found:
            item(Text("none found", style="dim"))

    parts += [
        Text(f"Sourcing audit: {one_line(audit.title) or 'Untitled article'}", style="bold"),
        Text(_summary_line(audit)),
    ]

    heading("What the thesis leans on")
    for lean in audit.leanings:
        basis, verdict = _lean_lines(lean)
        item(Text.assemble(("THESIS: ", "bold magenta"), clip(lean.text, 160)))
        item(basis, 2)
        item(verdict, 2)
        if len(lean.backing.sources) > 1:
            item(f"sources: {_backing_line(lean.backing)}", 2)
        point = next(p for p in audit.points if p.id == lean.id)
        if lean.basis == "own" and point.backing.attributions > lean.backing.attributions:
            item(f"beneath it: {point.quotes} quotes; {_types_line(point.backing)}", 2)
        if lean.mostly_anonymous:
            item(Text("! leans mostly on anonymous sources", style="bold red"), 2)
    if not audit.leanings:
        item(Text("no thesis found", style="dim"))

    heading("Sourcing by point")
    grid = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 1), header_style="dim")
    grid.add_column("point", ratio=5, overflow="fold")
    grid.add_column("quotes", justify="right")
    grid.add_column("sources", ratio=4, overflow="fold")
    grid.add_column("types", ratio=2, overflow="fold")
    for point in audit.points:
        label = Text(ROLE_LABELS[point.role], style="bold" if point.role != "claim" else "")
        if point.counter:
            label.append(" (counter)", style="red")
        label.append(": " + clip(point.text, 90))
        sourced = point.backing.attributions
        grid.add_row(
            label,
            Text(str(point.quotes)),
            Text(_backing_line(point.backing), style="" if sourced else "red"),
            Text(_types_line(point.backing)),
        )
    parts.append(Padding(grid, (0, 0, 0, 2)) if audit.points else Text("  none found"))

    heading("Anonymous sources", len(audit.anonymous_sources))
    for source in audit.anonymous_sources:
        item(f"{one_line(source.name)} ×{source.attributions}")
    none_found(audit.anonymous_sources)

    def flags(title: str, found: tuple[Flag, ...], words_label: str | None) -> None:
        heading(title, len(found))
        for flag in found:
            line = Text(f"{ROLE_LABELS.get(flag.role, flag.role)}: ", style="bold")
            line.append(clip(flag.text, 140))
            if words_label and flag.words:
                line.append(f"  [{words_label}: {', '.join(flag.words)}]", style="yellow")
            item(line)
        none_found(found)

    flags("Points with no source", audit.unsourced, None)

    heading("Quotes with no identifiable speaker", len(audit.unattributed_quotes))
    for quote in audit.unattributed_quotes:
        item(f"“{clip(quote.text, 140)}”" if quote.direct else f"reported: {clip(quote.text, 130)}")
    none_found(audit.unattributed_quotes)

    flags("Hedged points", audit.hedged, "hedge")
    flags("Consensus with no one named", audit.unnamed_consensus, "says")

    heading("Unverifiable: named people with no affiliation", len(audit.unaffiliated))
    for source in audit.unaffiliated:
        line = Text(one_line(source.name))
        if source.role:
            line.append(f" — {one_line(source.role)}", style="dim")
        item(line)
    none_found(audit.unaffiliated)

    heading("Names easily confused", len(audit.confusable))
    for group in audit.confusable:
        item(" / ".join(one_line(n) for n in group.names))
    none_found(audit.confusable)

    console = Console(
        file=io.StringIO(),
        width=width or 100,
        force_terminal=color,
        no_color=not color,
        highlight=False,
    )
    console.print(Group(*parts))
    out = console.file.getvalue()
    if color:
        return out
    return "".join(line.rstrip() + "\n" for line in out.splitlines())  # rich pads lines


def render_audit_json(audit: Audit, color: bool = False, width: int | None = None) -> str:
    """The audit as JSON (``argmap-audit/1``) for scripts."""
    return escape_c1_json(json.dumps(audit.to_dict(), indent=2, ensure_ascii=False)) + "\n"


def render_audit_markdown(audit: Audit, color: bool = False, width: int | None = None) -> str:
    """The audit as Markdown for notes and tickets; article text is escaped to stay text."""
    from .render.markdown import escape

    def cell(text: str | None) -> str:
        return escape(text) or "—"

    out = [f"# Sourcing audit: {escape(audit.title) or 'Untitled article'}", ""]
    out += [escape(_summary_line(audit)), ""]

    out += ["## What the thesis leans on", ""]
    for lean in audit.leanings:
        basis, verdict = _lean_lines(lean)
        out.append(f"- **Thesis:** {escape(lean.text)}")
        out.append(f"  - {escape(basis)}; {escape(verdict)}")
        if len(lean.backing.sources) > 1:
            out.append(f"  - sources: {escape(_backing_line(lean.backing, limit=8))}")
        point = next(p for p in audit.points if p.id == lean.id)
        if lean.basis == "own" and point.backing.attributions > lean.backing.attributions:
            out.append(f"  - beneath it: {point.quotes} quotes; {_types_line(point.backing)}")
        if lean.mostly_anonymous:
            out.append("  - **leans mostly on anonymous sources**")
    out += [] if audit.leanings else ["*No thesis found.*"]
    out.append("")

    out += ["## Sourcing by point", ""]
    if audit.points:
        out += ["| Point | Role | Quotes | Sources | Types |", "| --- | --- | ---: | --- | --- |"]
        for p in audit.points:
            role = ROLE_LABELS[p.role] + (" (counter)" if p.counter else "")
            cells = [
                cell(p.text),
                role,
                str(p.quotes),
                cell(_backing_line(p.backing, limit=8)),
                cell(_types_line(p.backing)),
            ]
            out.append(f"| {' | '.join(cells)} |")
    else:
        out.append("*None found.*")
    out.append("")

    def section(title: str, lines: list[str]) -> None:
        out.extend([f"## {title} ({len(lines)})", "", *(lines or ["*None found.*"]), ""])

    section(
        "Anonymous sources",
        [f"- {escape(s.name)} ×{s.attributions}" for s in audit.anonymous_sources],
    )
    section(
        "Points with no source",
        [f"- {ROLE_LABELS[f.role]}: {escape(f.text)}" for f in audit.unsourced],
    )
    section(
        "Quotes with no identifiable speaker",
        [
            f"- “{escape(q.text)}”" if q.direct else f"- *Reported:* {escape(q.text)}"
            for q in audit.unattributed_quotes
        ],
    )
    section(
        "Hedged points",
        [
            f"- {ROLE_LABELS[f.role]}: {escape(f.text)} (*{escape(', '.join(f.words))}*)"
            for f in audit.hedged
        ],
    )
    section(
        "Consensus with no one named",
        [
            f"- {ROLE_LABELS.get(f.role, f.role)}: {escape(f.text)} (*{escape(f.words[0])}*)"
            for f in audit.unnamed_consensus
        ],
    )
    section(
        "Unverifiable: named people with no affiliation",
        [
            f"- {escape(s.name)}" + (f" — {escape(s.role)}" if s.role else "")
            for s in audit.unaffiliated
        ],
    )
    section(
        "Names easily confused",
        [f"- {' / '.join(escape(n) for n in c.names)}" for c in audit.confusable],
    )
    return "\n".join(out).rstrip("\n") + "\n"


AUDIT_FORMATS: dict[str, Callable[[Audit, bool, int | None], str]] = {
    "text": render_audit_text,
    "json": render_audit_json,
    "markdown": render_audit_markdown,
}
"""``--format`` names and their renderers, each ``(audit, color, width) -> str``."""

AUDIT_EXTENSIONS = {".txt": "text", ".json": "json", ".md": "markdown", ".markdown": "markdown"}
"""The format an ``-o`` file's extension asks for when ``--format`` is not given."""


__all__ = [
    "AUDIT_EXTENSIONS",
    "AUDIT_FORMATS",
    "FAIL_CHECKS",
    "Audit",
    "Backing",
    "Confusable",
    "Flag",
    "Leaning",
    "PointAudit",
    "QuoteRef",
    "SourceCount",
    "SourceRef",
    "audit_map",
    "check_thresholds",
    "render_audit_json",
    "render_audit_markdown",
    "render_audit_text",
]

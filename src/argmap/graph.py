"""Turn findings into node-link data with stable, readable ids.

Ids come from what a node is and where it starts (``claim@934``, ``source:sarah-mitchell``),
so the same input always gives the same ids, and editing the end of an article leaves the
ids of its beginning alone.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from .model import (
    ArgumentMap,
    Claim,
    ClaimRole,
    Document,
    Findings,
    Node,
    NodeKind,
    Relation,
    Source,
)

SCHEMA = "argmap/1"


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "source"


_KIND_OF_ROLE = {ClaimRole.THESIS: NodeKind.THESIS, ClaimRole.PREMISE: NodeKind.PREMISE}


def _claim_kind(claim: Claim) -> NodeKind:
    return _KIND_OF_ROLE.get(claim.role, NodeKind.CLAIM)


def assign_ids(findings: Findings) -> dict[Node, str]:
    """A stable id for every claim, quote and source."""
    ids: dict[Node, str] = {}
    taken: set[str] = set()

    def unique(base: str, extra: str) -> str:
        candidate = base if base not in taken else f"{base}-{extra}"
        k = 2
        while candidate in taken:
            candidate = f"{base}-{extra}-{k}"
            k += 1
        taken.add(candidate)
        return candidate

    for claim in findings.claims:
        ids[claim] = unique(f"{_claim_kind(claim).value}@{claim.span.start}", str(claim.span.end))
    for quote in findings.quotes:
        ids[quote] = unique(f"quote@{quote.span.start}", str(quote.span.end))
    for source in findings.sources:
        ids[source] = unique(f"source:{slug(source.name)}", source.source_type.value)
    return ids


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Lines:
    """1-based line and column of character offsets (``\\r\\n``, ``\\r`` and ``\\n`` end
    lines, as in ``argmap check-quotes``), by bisection over the line starts."""

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _span_fields(text: str, span, lines: Lines) -> dict:
    line, column = lines.at(span.start)
    return {"text": span.of(text), "span": [span.start, span.end], "line": line, "column": column}


def _heads(findings: Findings) -> dict[int, float]:
    """For each thesis, the best confidence among the claims it heads.

    The thesis was chosen over those claims as the position they serve, so it is shown no
    less sure than any of them: a thesis is never ranked below its own claims.
    """
    best: dict[int, float] = {}
    for link in findings.links:
        target, source = link.target, link.source
        if (
            link.relation is Relation.SUPPORTS
            and isinstance(target, Claim)
            and target.role is ClaimRole.THESIS
            and isinstance(source, Claim)
        ):
            best[id(target)] = max(best.get(id(target), 0.0), source.confidence)
    return best


def build_map(doc: Document, findings: Findings, *, engine: str = "rules") -> ArgumentMap:
    """Lay the findings out as argmap/1 node-link data (see the README's JSON contract)."""
    text = doc.text
    ids = assign_ids(findings)
    lines = Lines(text)
    confidence = findings.confidence_of()
    said_by: dict[Node, list[Node]] = {}
    for link in findings.links:
        if link.relation is Relation.ATTRIBUTED_TO and link.target in ids:
            said_by.setdefault(link.source, []).append(link.target)
    title = doc.title.of(text) if doc.title else None
    graph_attrs = {
        "schema": SCHEMA,
        "title": title,
        "dek": doc.dek.of(text) if doc.dek else None,
        "engine": engine,
        "length": len(text),
        "sections": [
            {
                "index": s.index,
                "heading": s.heading.of(text) if s.heading else None,
                "span": [s.heading.start, s.heading.end] if s.heading else None,
            }
            for s in doc.sections
        ],
    }
    if doc.layout:
        graph_attrs["layout"] = [
            {
                "role": part.role,
                "span": [part.span.start, part.span.end],
                "text": part.span.of(text),
            }
            for part in doc.layout
        ]
    article: dict = {"id": "article", "kind": NodeKind.ARTICLE.value, "title": title}
    if doc.title:
        article.update(_span_fields(text, doc.title, lines))
    else:
        article.update(line=None, column=None)
    nodes = [article]
    heads = _heads(findings)
    for claim in sorted(findings.claims, key=lambda c: (not c.role.states_thesis, c.span)):
        node = {"id": ids[claim], "kind": _claim_kind(claim).value, "role": claim.role.value}
        node.update(_span_fields(text, claim.span, lines))
        node["confidence"] = round(max(claim.confidence, heads.get(id(claim), 0.0)), 3)
        node["section"] = claim.section
        nodes.append(node)
    for quote in sorted(findings.quotes, key=lambda q: q.span):
        node = {"id": ids[quote], "kind": NodeKind.QUOTE.value}
        node.update(_span_fields(text, quote.span, lines))
        node["direct"] = quote.direct
        node["speaker_span"] = [quote.speaker.start, quote.speaker.end] if quote.speaker else None
        speaker = next(iter(said_by.get(quote, ())), None)
        node["speaker"] = ids[speaker] if speaker is not None else None
        node["speaker_name"] = speaker.name if isinstance(speaker, Source) else None
        node["confidence"] = confidence.get(quote)
        nodes.append(node)
    for source in sorted(findings.sources, key=lambda s: s.mentions[0] if s.mentions else 0):
        first = source.mentions[0] if source.mentions else None
        line, column = lines.at(first.start) if first is not None else (None, None)
        nodes.append(
            {
                "id": ids[source],
                "kind": NodeKind.SOURCE.value,
                "name": source.name,
                "source_type": source.source_type.value,
                "role": source.role,
                "affiliation": source.affiliation,
                "mentions": [[m.start, m.end] for m in source.mentions],
                "line": line,
                "column": column,
                "confidence": confidence.get(source),
            }
        )

    del said_by, confidence, heads, lines  # the edges need none of them: a lower peak
    edges = [
        {"source": ids[c], "target": "article", "relation": Relation.PART_OF.value}
        for c in findings.claims
        if c.role is ClaimRole.THESIS
    ]
    seen: set[tuple[str, str, str]] = set()
    for link in findings.links:
        source, target = ids.get(link.source), ids.get(link.target)
        if source is None or target is None:
            continue  # an end was filtered out (e.g. below --min-confidence)
        key = (source, target, link.relation.value)
        if key not in seen:
            seen.add(key)
            edges.append({"source": key[0], "target": key[1], "relation": key[2]})
    return ArgumentMap(text, doc, findings, graph_attrs, nodes, edges)


__all__ = ["SCHEMA", "Lines", "assign_ids", "build_map", "slug"]

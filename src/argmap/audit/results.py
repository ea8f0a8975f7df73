"""What an audit finds, as frozen data: the ledger's backing and every check's findings.

The renderers and ``--fail-on`` read these and nothing else, and :meth:`Audit.to_dict` is
the ``argmap-audit/1`` JSON, so a new report format needs no access to the map.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..model import SourceType

ANONYMOUS = SourceType.ANONYMOUS.value


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
class DoubtfulRef:
    """A quote whose attribution is doubtful: its speaker, and how sure the extractor is."""

    id: str
    text: str
    direct: bool
    speaker: str
    confidence: float
    line: int | None
    column: int | None


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
    """The sourcing ledger of one article. :meth:`to_dict` gives it as JSON-ready data.

    The fields after ``quotes`` are the checks' findings, one field per check.
    """

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
    anonymous_theses: tuple[Leaning, ...] = ()
    """The leanings that are mostly anonymous (in the JSON as each thesis's flag)."""
    doubtful: tuple[DoubtfulRef, ...] = ()
    """Attributed quotes whose confidence is below :data:`~argmap.model.DOUBTFUL_BELOW`."""

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
            "doubtful_attributions": [asdict(d) for d in self.doubtful],
        }


__all__ = [
    "ANONYMOUS",
    "Audit",
    "Backing",
    "Confusable",
    "DoubtfulRef",
    "Flag",
    "Leaning",
    "PointAudit",
    "QuoteRef",
    "SourceCount",
    "SourceRef",
]

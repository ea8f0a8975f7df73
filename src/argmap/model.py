"""The data model: spans of the input, the segmented document, and what extraction finds.

Every finding points back into the input through a :class:`Span`; nothing here holds
text of its own except names derived from the article (a source's ``name``, ``role``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .index import MapIndex
    from .layout import LayoutPart


class NodeKind(str, Enum):
    ARTICLE = "article"
    THESIS = "thesis"
    CLAIM = "claim"
    PREMISE = "premise"
    QUOTE = "quote"
    SOURCE = "source"


class Relation(str, Enum):
    SUPPORTS = "supports"
    ATTACKS = "attacks"
    ATTRIBUTED_TO = "attributed_to"
    PART_OF = "part_of"
    RESTATES = "restates"
    """Structural: a later statement of the same position (the conclusion's restatement)."""


ARGUMENT_RELATIONS = frozenset(
    {
        Relation.SUPPORTS.value,
        Relation.ATTACKS.value,
        Relation.PART_OF.value,
        Relation.RESTATES.value,
    }
)
"""Relations that place a node in the argument (as opposed to attributing words to a source)."""
INFERENCES = frozenset({Relation.SUPPORTS.value, Relation.ATTACKS.value})
"""Relations between a reason and what it argues for or against."""


DOUBTFUL_BELOW = 0.7
"""An attribution whose confidence is below this is doubtful: the tree marks it ``(?)`` and
``argmap audit`` lists it (``doubtful-attributions``). On the PolNeAR dev split 55% of
such attributions are right, against 98% of those scored 0.9 or more."""


class SourceType(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


STATEMENT_KINDS = frozenset(
    {NodeKind.THESIS.value, NodeKind.CLAIM.value, NodeKind.PREMISE.value, NodeKind.QUOTE.value}
)
"""Kinds of node that state something: the propositions of the argument."""


class ClaimRole(str, Enum):
    """Where a claim sits in the argument: the article's thesis, a section's point, a claim
    below them, or a premise (a reason given for a claim)."""

    THESIS = "thesis"
    RESTATEMENT = "restatement"
    """The thesis stated again (an essay's conclusion): one position, so one thesis node,
    with this claim linked to it by ``restates``."""
    SUBTHESIS = "subthesis"
    CLAIM = "claim"
    PREMISE = "premise"

    @property
    def states_thesis(self) -> bool:
        return self in (ClaimRole.THESIS, ClaimRole.RESTATEMENT)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into the input text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


# --------------------------------------------------------------------------- segments


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    index: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    span: Span
    index: int
    section: int
    sentences: tuple[int, ...]
    """Indices into :attr:`Document.sentences`."""


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    heading: Span | None
    paragraphs: tuple[int, ...]
    """Indices into :attr:`Document.paragraphs`."""


@dataclass(frozen=True, slots=True)
class Document:
    """The input text cut into title, dek, sections, paragraphs and sentences.

    Section 0 holds the lead (paragraphs before the first heading) and has no heading.
    """

    text: str
    title: Span | None
    dek: Span | None
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    layout: tuple[LayoutPart, ...] = ()
    """Page furniture set aside (captions, bylines, bios, share prompts ...): never argued."""

    def sentences_of(self, paragraph: Paragraph) -> tuple[Sentence, ...]:
        return tuple(self.sentences[i] for i in paragraph.sentences)

    def paragraphs_of(self, section: Section) -> tuple[Paragraph, ...]:
        return tuple(self.paragraphs[i] for i in section.paragraphs)


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class Quote:
    """Words the article attributes to someone: quoted verbatim (``direct``) or reported.

    ``speaker`` is the mention that names the speaker where the article names it
    (``Dr. Alexandra Vasilyeva, senior fellow at ...`` or ``he``); ``group`` ties together
    the fragments of one quotation split around its cue.
    """

    span: Span
    speaker: Span | None = None
    cue: Span | None = None
    direct: bool = True
    group: int = 0


@dataclass(frozen=True, slots=True)
class Source:
    """A distinct source the article cites, with every place it is mentioned."""

    name: str
    source_type: SourceType
    mentions: tuple[Span, ...]
    role: str | None = None
    affiliation: str | None = None

    def __hash__(self) -> int:
        # Equal sources hash alike without hashing every mention: a source quoted thousands
        # of times is looked up once per link.
        first = self.mentions[0] if self.mentions else None
        return hash((self.name, self.source_type, self.role, first, len(self.mentions)))


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence (or clause) that carries the argument, with how sure the extractor is."""

    span: Span
    role: ClaimRole = ClaimRole.CLAIM
    confidence: float = 0.5
    section: int | None = None


Node = Quote | Source | Claim


@dataclass(frozen=True, slots=True)
class Link:
    """A directed relation between two findings (quote -> source, claim -> thesis, ...)."""

    source: Node
    target: Node
    relation: Relation


@dataclass(frozen=True, slots=True)
class Confidence:
    """How sure the extractor is of an attribution: that ``node`` (a quote) was said by the
    source it is linked to (or by no one the article names, when it has none), or that
    ``node`` (a source) is a real source, correctly named. Calibrated on held-out data: of
    the attributions scored 0.9, about nine in ten are right (see
    :mod:`argmap.extract.confidence`)."""

    node: Quote | Source
    value: float


Finding = Quote | Source | Claim | Link | Confidence


@dataclass(frozen=True, slots=True)
class Findings:
    """Everything the stages found so far, grouped by type, in the order found."""

    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    links: tuple[Link, ...] = ()
    confidences: tuple[Confidence, ...] = ()
    """The attribution confidence of quotes and sources (one each, once scored)."""

    def add(self, found: list[Finding]) -> Findings:
        groups: dict[type, list] = {Quote: [], Source: [], Claim: [], Link: [], Confidence: []}
        for item in found:
            groups[type(item)].append(item)
        return Findings(
            quotes=self.quotes + tuple(groups[Quote]),
            sources=self.sources + tuple(groups[Source]),
            claims=self.claims + tuple(groups[Claim]),
            links=self.links + tuple(groups[Link]),
            confidences=self.confidences + tuple(groups[Confidence]),
        )

    def confidence_of(self) -> dict[Quote | Source, float]:
        """Each scored quote and source with its confidence (the latest score wins)."""
        return {c.node: c.value for c in self.confidences}


@dataclass(frozen=True, slots=True)
class Options:
    """Choices that change what the pipeline extracts."""

    min_confidence: float = 0.0
    engine: str = "rules"


@dataclass(frozen=True)
class ArgumentMap:
    """The result of mapping one article: node-link data over the input text.

    Held as plain node and edge dicts so that JSON output needs no networkx; ``graph``
    builds the :class:`networkx.DiGraph` on first use.
    """

    text: str
    document: Document
    findings: Findings
    graph_attrs: dict
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return self.graph_attrs.get("title")

    def node_link_data(self) -> dict:
        """The map as networkx node-link data (``edges="edges"``): a copy, the caller's to
        change."""
        return {
            "directed": True,
            "multigraph": False,
            "graph": dict(self.graph_attrs),
            "nodes": [dict(n) for n in self.nodes],
            "edges": [dict(e) for e in self.edges],
        }

    def to_data(self) -> dict:
        """:meth:`node_link_data` sharing this map's dicts instead of copying them: for
        encoding only (a copy of every node is a third of the memory of a large map)."""
        return {
            "directed": True,
            "multigraph": False,
            "graph": self.graph_attrs,
            "nodes": self.nodes,
            "edges": self.edges,
        }

    def iter_json(self, indent: int | str = 2) -> Iterator[str]:
        """The text of :meth:`to_json` in pieces of a few hundred nodes, for writing a large
        map to a file or a pipe without holding all of its JSON."""
        from .json_stream import iter_indented

        return iter_indented(self.to_data(), indent)

    def to_json(self, indent: int | str | None = 2) -> str:
        """The map as argmap/1 JSON, C1 controls escaped (``\\u009b``)."""
        if indent is None:
            import json

            from .safe_text import escape_c1_json

            return escape_c1_json(json.dumps(self.to_data(), ensure_ascii=False))
        return "".join(self.iter_json(indent))

    @property
    def graph(self):
        """The map as a :class:`networkx.DiGraph` (imported on demand: it is slow to load)."""
        import networkx as nx

        return nx.node_link_graph(self.node_link_data(), edges="edges")

    @cached_property
    def index(self) -> MapIndex:
        """The map indexed for walking (built once, on first use): see :mod:`argmap.index`."""
        from .index import MapIndex

        return MapIndex(self)

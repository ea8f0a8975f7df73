"""The one function that maps an article: segment, run the stages, build the graph."""

from __future__ import annotations

from dataclasses import replace

from .extract import STAGES, StageContext
from .extract.tokens import shared_tokens
from .graph import build_map
from .model import ArgumentMap, Claim, Findings, Link, Options, Quote, Relation, Source
from .reading import Article
from .segment import segment


def map_text(text: str, options: Options | None = None) -> ArgumentMap:
    """Map the argument of ``text``.

    1. segment the text into title, sections, paragraphs and sentences;
    2. run each extraction stage in :data:`argmap.extract.STAGES` order on one
       :class:`~argmap.extract.StageContext` of the document (what the stages share),
       each seeing what the earlier ones found;
    3. drop claims, quotes and sources below ``options.min_confidence`` (theses are always
       kept; a source goes too when every quote attributed to it went);
    4. lay the findings out as node-link data with stable ids.
    """
    options = options or Options()
    doc = segment(text)
    ctx = StageContext(doc)
    findings = Findings()
    with shared_tokens(doc.text):  # every stage reads the document's tokens from one store
        for stage in STAGES:
            findings = findings.add(list(stage(ctx, findings)))
    del ctx  # its caches (every sentence's words and stems) are not needed past the stages
    if options.min_confidence > 0:
        findings = _above(findings, options.min_confidence)
    return build_map(doc, findings, engine=options.engine)


def map_article(article: Article, options: Options | None = None) -> ArgumentMap:
    """Map a loaded :class:`~argmap.reading.Article`, recording where it came from.

    When the text was extracted (HTML), the JSON carries it as ``graph.text``: spans index
    that text, not the input bytes.
    """
    amap = map_text(article.text, options)
    attrs = dict(amap.graph_attrs)
    attrs["input"] = {
        "name": article.name,
        "media_type": article.media_type,
        "encoding": article.encoding,
        "extracted": article.extracted,
    }
    if article.extracted:
        attrs["text"] = article.text
        attrs["title"] = attrs.get("title") or article.title
    return replace(amap, graph_attrs=attrs)


def _above(findings: Findings, threshold: float) -> Findings:
    """The findings at or above ``threshold``: claims by their confidence (theses always
    kept), quotes and sources by their attribution confidence; a source all of whose quotes
    were dropped goes with them."""
    confidence = findings.confidence_of()

    def sure(node) -> bool:
        value = confidence.get(node)
        return value is None or value >= threshold

    quotes = tuple(q for q in findings.quotes if sure(q))
    kept_quotes = set(quotes)
    quoted: dict[Source, bool] = {}
    for link in findings.links:
        if link.relation is Relation.ATTRIBUTED_TO and isinstance(link.target, Source):
            quoted[link.target] = quoted.get(link.target, False) or link.source in kept_quotes
    sources = tuple(s for s in findings.sources if sure(s) and quoted.get(s, True))
    kept_sources = set(sources)

    def keep(node) -> bool:
        if isinstance(node, Claim):
            return node.role.states_thesis or node.confidence >= threshold
        if isinstance(node, Quote):
            return node in kept_quotes
        if isinstance(node, Source):
            return node in kept_sources
        return True

    links: tuple[Link, ...] = tuple(
        link for link in findings.links if keep(link.source) and keep(link.target)
    )
    return replace(
        findings,
        claims=tuple(c for c in findings.claims if keep(c)),
        quotes=quotes,
        sources=sources,
        links=links,
        confidences=tuple(c for c in findings.confidences if keep(c.node)),
    )

"""Helpers shared by the attribution tests: run text through the quote and source stages."""

from __future__ import annotations

from argmap.extract.quotes import direct_quotations
from argmap.extract.reported import reported_statements
from argmap.extract.sources import cited_sources
from argmap.model import Finding, Findings, Link, Quote, Source

from .stages import yielded

HEAD = "A Headline For The Story\n\nThe story begins here.\n\n"
"""A headline and a first paragraph, so that a test body is never read as the headline."""


def cite(text: str) -> tuple[Findings, list[Finding]]:
    """Quotes found in text, then what cited_sources makes of them: the stages under test."""
    return yielded(text, direct_quotations, reported_statements, cited_sources)


def run(body: str) -> tuple[str, list[Quote], list[Source], dict[Quote, Source]]:
    """Text, quotes, sources and quote-to-source links for HEAD + body, for tests to pick from."""
    text = HEAD + body
    found, out = cite(text)
    links = {x.source: x.target for x in out if isinstance(x, Link)}
    sources = [x for x in out if isinstance(x, Source)]
    return text, list(found.quotes), sources, links  # type: ignore[return-value]


def direct_sources(body: str) -> list[str | None]:
    """Who each direct quotation in body is credited to (None when no one), in order."""
    _text, quotes, _sources, links = run(body)
    return [links[q].name if q in links else None for q in quotes if q.direct]


def reported(body: str) -> list[tuple[str | None, str]]:
    """(source name or None, reported content) for each reported statement in body."""
    text, quotes, _sources, links = run(body)
    return [
        (links[q].name if q in links else None, q.span.of(text)) for q in quotes if not q.direct
    ]


def linked(text: str) -> list[str]:
    """Names the quotes and statements in text are linked to, in order, read as a whole text."""
    _found, out = cite(text)
    return [x.target.name for x in out if isinstance(x, Link)]

"""One source per person, organisation, document or anonymous group the article cites.

Speaker mentions come from the quotes found earlier (plus works named after ``author of``,
:mod:`.mentions`). Each mention is read into a name, type, role and affiliation
(:mod:`.source_types`); mentions are then merged in document order (:mod:`.coreference`): a
surname joins the latest person of that surname, a pronoun the latest compatible source,
an acronym the organisation it abbreviates. Every quote with a speaker is linked to its
source. This module composes those three jobs into the stage.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Findings, Link, Relation, Span
from .context import StageContext
from .coreference import group_mentions
from .mentions import cited_works, conjuncts, read_mention
from .source_types import Mention, ProperWords
from .turns import turn_mention


def cited_sources(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Sources for every speaker mention and cited work, and a link from each quote."""
    doc = ctx.doc
    text = doc.text
    by_span: dict[Span, Mention] = {}
    parts_of: dict[Span, list[Span]] = {}
    proper = ProperWords(text)
    labels = {turn.name for turn in ctx.turns()}
    for quote in prior.quotes:
        if quote.speaker is not None and quote.speaker not in parts_of:
            turn = turn_mention(text, quote.speaker) if quote.speaker in labels else None
            if turn is not None:  # an interview's "Dana Okafor (planning director):"
                parts_of[quote.speaker] = [quote.speaker]
                by_span[quote.speaker] = turn
                continue
            parts_of[quote.speaker] = parts = conjuncts(text, quote.speaker)
            for part in parts:
                mention = read_mention(text, part, proper)
                if mention is not None:
                    by_span[part] = mention
    mentions = sorted(by_span.values(), key=lambda m: m.span)
    mentions = sorted([*mentions, *cited_works(text, ctx.passages())], key=lambda m: m.span)
    entities, resolved = group_mentions(doc, mentions, proper)
    sources = {id(e): e.source() for e in entities}  # one Source each, shared by its links
    yield from sources.values()
    for quote in prior.quotes:
        linked: set[int] = set()
        for part in parts_of.get(quote.speaker, ()) if quote.speaker is not None else ():
            entity = resolved.get(part)
            if entity is not None and id(entity) not in linked:
                linked.add(id(entity))
                yield Link(quote, sources[id(entity)], Relation.ATTRIBUTED_TO)


__all__ = ["cited_sources"]

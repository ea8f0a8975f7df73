"""One source per person, organisation, document or anonymous group the article cites.

Speaker mentions come from the quotes found earlier (plus works named after ``author of``,
:mod:`.mentions`). Each mention is read into a name, type, role and affiliation
(:mod:`.source_types`); mentions are then merged in document order (:mod:`.coreference`): a
surname joins the latest person of that surname, a pronoun the latest compatible source,
an acronym the organisation it abbreviates. Every quote with a speaker is linked to its
source. This module composes those three jobs into the stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Finding, Findings, Link, Relation, SourceType, Span
from .context import StageContext
from .coreference import Entity, group_mentions
from .lexicon.attribution import (
    ANONYMOUS_NOUNS,
    CLAUSE_OPENERS,
    HONORIFICS,
    NAME_EPITHETS,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from .mentions import cited_works, conjuncts, read_mention
from .phrases import tokens
from .source_types import Mention, ProperWords, apposition
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
    surnamed = [e for e in entities if _surname_only(e.mention)]
    if surnamed:
        full = _full_names(text, {e.mention.name for e in surnamed}, proper)
        for entity in surnamed:  # "Okafor said" after "Grace Okafor has run the clinic"
            first = full.get(entity.mention.name)
            if first is not None:
                name = f"{first} {entity.mention.name}"
                entity.mention = replace(entity.mention, name=name, first=first.lower())
    _roles_stated(text, entities)
    sources = {id(e): e.source() for e in entities}  # one Source each, shared by its links
    yield from sources.values()
    for quote in prior.quotes:
        linked: set[int] = set()
        for part in parts_of.get(quote.speaker, ()) if quote.speaker is not None else ():
            entity = resolved.get(part)
            if entity is not None and id(entity) not in linked:
                linked.add(id(entity))
                yield Link(quote, sources[id(entity)], Relation.ATTRIBUTED_TO)


_STATED_ROLE = re.compile(
    r"([A-Z][\w’'-]{1,30}(?: [A-Z][\w’'-]{1,30}){1,2}),? (?:is|was) (?:an?|the) "
    r"([a-z][^,.;:!?\n]{2,120})"
)
"""``Mei Tanaka is a professor of hydrology at Northgate University``: a person's role,
stated in a sentence of its own (an interview's introduction, a profile)."""


def _roles_stated(text: str, entities: list[Entity]) -> None:
    """Give a named person with no role the role the text states for them (``X is a …``):
    one scan of the text, the first statement for each name."""
    wanting = {
        e.mention.name: e
        for e in entities
        if e.mention.source_type is SourceType.PERSON and not e.role and " " in e.mention.name
    }
    if not wanting:
        return
    for m in _STATED_ROLE.finditer(text):
        entity = wanting.pop(m.group(1), None)
        if entity is None:
            continue
        role, affiliation = apposition(text, tokens(text, m.start(2), m.end(2)))
        if role is None or not any(
            w in ROLE_NOUNS or w in ANONYMOUS_NOUNS for w in role.lower().split()
        ):
            wanting[m.group(1)] = entity  # "Trump is a vote for change": no role; read on
            continue
        entity.role = role
        entity.affiliation = entity.affiliation or affiliation
        if not wanting:
            return


_FIRST_BEFORE = re.compile(r"(?<![\w’'.])([A-Z][a-z][\w’'-]{0,30})\Z")
"""A capitalised word right before a surname (searched up to the space before it)."""
_NOT_FIRST = (
    NAME_EPITHETS
    | NOT_NAME_WORDS
    | TITLES
    | HONORIFICS
    | CLAUSE_OPENERS
    | ANONYMOUS_NOUNS
    | ROLE_NOUNS
)


def _surname_only(mention: Mention) -> bool:
    return (
        mention.source_type is SourceType.PERSON
        and mention.first is None
        and mention.surname is not None
        and " " not in mention.name
        and mention.name[:1].isupper()
    )


def _full_names(text: str, surnames: set[str], proper: ProperWords) -> dict[str, str]:
    """Surname -> first name, for each of ``surnames`` the text gives one first name with
    (not a word it also writes in lower case: ``Stated Quist:`` names no Stated)."""
    found: dict[str, str] = {}
    for last in surnames:
        if proper.written_lower(last.lower()):
            continue  # "State", "King": a common word, whatever stands before it
        firsts: set[str] = set()
        at = text.find(" " + last)
        while at > 0:
            end = at + 1 + len(last)
            m = _FIRST_BEFORE.search(text, max(0, at - 32), at)
            if (
                m is not None
                and not text[end : end + 1].isalnum()
                and _first_name(m.group(1), proper)
            ):
                firsts.add(m.group(1))
            at = text.find(" " + last, end)
        if len(firsts) == 1:
            found[last] = firsts.pop()
    return found


def _first_name(word: str, proper: ProperWords) -> bool:
    low = word.lower()
    verb_like = low.endswith(("ed", "ing", "ly")) and low not in proper
    return not verb_like and low not in _NOT_FIRST and not proper.written_lower(low)


__all__ = ["cited_sources"]

"""One source per person, organisation, document or anonymous group the article cites.

Speaker mentions come from the quotes found earlier (plus works named after ``author of``).
Each mention is read into a name, type, role and affiliation; mentions are then merged in
document order: a surname joins the latest person of that surname, a pronoun the latest
compatible source, an acronym the organisation it abbreviates. Every quote with a speaker
is linked to its source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import Document, Finding, Findings, Link, Relation, Source, SourceType, Span
from .lexicon.attribution import (
    AFFILIATION_PREPOSITIONS,
    ANONYMITY_MARKERS,
    CLAUSE_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    NAME_PARTICLES,
    ORG_NAMES,
    ORG_SUFFIXES,
    PRONOUN_GENDER,
    RANKS,
    SPEAKER_PRONOUNS,
    TITLES,
)
from .quotes import Tok, is_title, quoted_passages, tokens

_AFFILIATION_JOINERS = frozenset(["of", "for", "and", "&", "on", "the", "de"])


@dataclass(frozen=True, slots=True)
class Mention:
    """What one speaker mention says about its source."""

    span: Span
    name: str
    source_type: SourceType
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    pronoun: str | None = None
    surname: str | None = None
    first: str | None = None


@dataclass(slots=True)
class _Entity:
    mention: Mention
    spans: list[Span] = field(default_factory=list)
    gender: str | None = None
    last: int = 0
    role: str | None = None
    affiliation: str | None = None

    def source(self) -> Source:
        m = self.mention
        return Source(m.name, m.source_type, tuple(self.spans), self.role, self.affiliation)


# --------------------------------------------------------------------------- mentions


def read_mention(text: str, span: Span) -> Mention | None:
    """Name, type, role and affiliation from a mention such as ``Dr. X, fellow at Y``."""
    toks = tokens(text, span.start, span.end)
    words = [t for t in toks if t.word]
    if not words:
        return None
    if len(words) == 1 and words[0].low in SPEAKER_PRONOUNS:
        low = words[0].low
        return Mention(span, low, SourceType.ANONYMOUS, pronoun=low)
    core, appo = _split_apposition(toks)
    while core and (core[0].low in CLAUSE_OPENERS or core[0].low in ("what", "which")):
        core = core[1:]
    while core and not core[-1].word and core[-1].text not in ".)":
        core.pop()
    if not core:
        return None
    run_start, run_end = _name_run(core)
    if run_start is None:
        return _common_mention(text, span, core, appo)
    return _named_mention(text, span, core, run_start, run_end, appo)


def _split_apposition(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    for k, tok in enumerate(toks):
        if tok.text == ",":
            return toks[:k], toks[k + 1 :]
    return list(toks), []


def _name_run(core: list[Tok]) -> tuple[int | None, int]:
    """The last run of capitalised words that ends the core (the proper name), if any."""
    end = len(core)
    while end > 0 and not core[end - 1].word and core[end - 1].text != ")":
        end -= 1
    if end == 0 or not core[end - 1].capitalised or core[end - 1].text == ")":
        # a possessive name before a common noun: "Trump’s campaign" is handled as common
        return None, end
    i = end - 1
    while i > 0:
        prev = core[i - 1]
        if prev.word and (
            prev.capitalised or prev.low == "ret" or (prev.low in NAME_PARTICLES and i - 1 > 0)
        ):
            if prev.possessive:
                break
            i -= 1
        elif prev.text in (".", "-", ")", "(", "’", "'"):
            i -= 1
        else:
            break
    while i < end and (not core[i].word or core[i].low in DETERMINERS):
        i += 1
    if i >= end:
        return None, end
    return i, end


def _named_mention(
    text: str, span: Span, core: list[Tok], start: int, end: int, appo: list[Tok]
) -> Mention:
    run = core[start:end]
    words = [t for t in run if t.word and t.low != "ret"]
    if _named_type(words) is SourceType.ORGANIZATION:
        name = _join(text, words)
        return Mention(span, name, SourceType.ORGANIZATION, surname=words[-1].bare)
    last_title = max(
        (k for k, t in enumerate(words) if t.bare in TITLES or t.bare in HONORIFICS), default=-1
    )
    if last_title == len(words) - 1:
        last_title = len(words) - 2  # "Senator Smith"-like mentions keep their last word
    name_words = words[last_title + 1 :]
    title_words = words[: last_title + 1]
    pre = [t for t in title_words if t.bare not in TITLES and t.bare not in HONORIFICS]
    titles = [t for t in title_words if t.bare in TITLES or t.bare in HONORIFICS]
    gender = _gender_of(titles)
    name = " ".join(t.text for t in name_words)
    source_type = _named_type(name_words)
    role_parts = []
    title_text = _title_text(text, run, titles)
    if title_text:
        role_parts.append(title_text)
    lower_role = [t for t in core[:start] if t.word and t.low not in DETERMINERS]
    if lower_role and not lower_role[-1].possessive:
        role_parts.insert(0, _join(text, lower_role))
    appo_role, affiliation = _apposition(text, appo)
    if appo_role:
        role_parts.append(appo_role)
    if affiliation is None and pre and source_type is SourceType.PERSON:
        affiliation = _join(text, pre)
    surname = name_words[-1].bare if name_words else None
    first = name_words[0].bare if len(name_words) > 1 else None
    return Mention(
        span,
        name or _join(text, words),
        source_type,
        ", ".join(role_parts) or None,
        affiliation,
        gender,
        surname=surname,
        first=first,
    )


def _title_text(text: str, run: list[Tok], titles: list[Tok]) -> str | None:
    """The titles as written, with ``(ret.)`` and abbreviation dots: ``General (ret.)``."""
    if not titles:
        return None
    honorific_only = all(t.bare in HONORIFICS and t.bare not in RANKS for t in titles)
    if honorific_only:
        return None
    end = titles[-1].end
    for tok in run:
        if tok.start >= end and (tok.text in ".()" or tok.low == "ret"):
            end = tok.end
        elif tok.start >= end:
            break
    return text[titles[0].start : end].strip()


def _gender_of(titles: list[Tok]) -> str | None:
    for t in titles:
        if t.bare in MALE_HONORIFICS:
            return "m"
        if t.bare in FEMALE_HONORIFICS:
            return "f"
    return None


def _named_type(name_words: list[Tok]) -> SourceType:
    if not name_words:
        return SourceType.PERSON
    last = name_words[-1]
    if last.bare in ORG_SUFFIXES or last.bare in ORG_NAMES:
        return SourceType.ORGANIZATION
    if len(last.text) > 1 and last.text.isupper() and last.text.isalpha():
        return SourceType.ORGANIZATION
    if any(t.bare in ("house", "department", "ministry") for t in name_words):
        return SourceType.ORGANIZATION
    return SourceType.PERSON


def _common_mention(text: str, span: Span, core: list[Tok], appo: list[Tok]) -> Mention | None:
    """``a senior official who requested anonymity``, ``Internal strategy documents``."""
    while core and core[0].low in ("the",):
        core = core[1:]
    if not core:
        return None
    head_k = _head_index(core)
    head = core[head_k] if head_k is not None else core[-1]
    phrase = _join(text, core)
    marked = any(m in text[span.start : span.end].lower() for m in ANONYMITY_MARKERS)
    if head.bare in DOCUMENT_NOUNS and not marked:
        return Mention(span, _join(text, core[: (head_k or 0) + 1]), SourceType.DOCUMENT)
    if (head.bare in ORG_SUFFIXES or head.bare in ORG_NAMES) and not marked:
        return Mention(span, phrase, SourceType.ORGANIZATION, surname=head.bare)
    return Mention(span, phrase, SourceType.ANONYMOUS)


def _head_index(core: list[Tok]) -> int | None:
    head = None
    for k, tok in enumerate(core):
        if tok.low in ("who", "whose", "which", "that") or tok.low in AFFILIATION_PREPOSITIONS:
            break
        if tok.word:
            head = k
    return head


def _apposition(text: str, appo: list[Tok]) -> tuple[str | None, str | None]:
    """Role and affiliation from an apposition: ``senior fellow at the X Institute``."""
    words = [t for t in appo if t.word or t.text in ".’'-"]
    if not words:
        return None, None
    role_toks: list[Tok] = []
    affiliation = None
    k = 1 if words[0].low in ("a", "an", "the", "who") else 0
    clause = words[0].low == "who"
    while k < len(words):
        tok = words[k]
        if tok.low in AFFILIATION_PREPOSITIONS or tok.low == "and":
            affiliation = _affiliation_after(text, words, k + 1) if tok.low != "and" else None
            if tok.low == "and" or affiliation is not None:
                break
        if not clause and tok.low in ("in", "to", "since", "who", "which"):
            break
        role_toks.append(tok)
        k += 1
    role = _join(text, role_toks) if role_toks else None
    if affiliation is None:
        affiliation = _affiliation_inside(text, role_toks)
    return role, affiliation


def _affiliation_after(text: str, words: list[Tok], k: int) -> str | None:
    """The capitalised organisation after ``at``/``of``: ``Moscow’s Higher School of X``."""
    while k < len(words) and words[k].low == "the":
        k += 1
    run: list[Tok] = []
    while k < len(words):
        tok = words[k]
        if tok.word and tok.capitalised:
            if tok.possessive:
                run = []
                k += 1
                continue
            run.append(tok)
        elif tok.low in _AFFILIATION_JOINERS and run and k + 1 < len(words):
            if not words[k + 1].capitalised:
                break
            run.append(tok)
        elif tok.text in ".-’'" and run:
            run.append(tok)
        else:
            break
        k += 1
    while run and not run[-1].word:
        run.pop()
    return _join(text, run) if run else None


def _affiliation_inside(text: str, role_toks: list[Tok]) -> str | None:
    """An organisation named inside a role: ``former State Department official``."""
    best: list[Tok] = []
    run: list[Tok] = []
    for tok in [*role_toks, None]:
        if tok is not None and tok.word and tok.capitalised:
            run.append(tok)
            continue
        acronym = len(run) == 1 and len(run[0].text) > 1 and run[0].text.isupper()
        if run and (run[-1].bare in ORG_SUFFIXES or acronym):
            best = run
        run = []
    return _join(text, best) if best else None


def _join(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


# --------------------------------------------------------------------------- grouping


def cited_sources(doc: Document, prior: Findings) -> Iterator[Finding]:
    """Sources for every speaker mention and cited work, and a link from each quote."""
    text = doc.text
    by_span: dict[Span, Mention] = {}
    for quote in prior.quotes:
        if quote.speaker is not None and quote.speaker not in by_span:
            mention = read_mention(text, quote.speaker)
            if mention is not None:
                by_span[quote.speaker] = mention
    mentions = sorted(by_span.values(), key=lambda m: m.span)
    mentions = sorted([*mentions, *cited_works(doc)], key=lambda m: m.span)
    entities, resolved = group_mentions(mentions)
    yield from (e.source() for e in entities)
    for quote in prior.quotes:
        entity = resolved.get(quote.speaker) if quote.speaker is not None else None
        if entity is not None:
            yield Link(quote, entity.source(), Relation.ATTRIBUTED_TO)


def cited_works(doc: Document) -> list[Mention]:
    """Quoted titles after ``author of``: a book the article cites as a document."""
    text = doc.text
    found: list[Mention] = []
    if "author of" not in text:
        return found
    for passage in quoted_passages(doc):
        before = text[max(0, passage.start - 20) : passage.start].lower()
        if "author of" in before and is_title(text, passage):
            inner = passage.inner_of(text)
            name = text[inner.start : inner.end].strip().rstrip(".,;:")
            found.append(Mention(inner, name, SourceType.DOCUMENT))
    return found


def group_mentions(
    mentions: list[Mention],
) -> tuple[list[_Entity], dict[Span, _Entity]]:
    """Merge mentions, in document order, into entities; map each mention span to one."""
    entities: list[_Entity] = []
    keyed: dict[tuple[str, str], _Entity] = {}
    resolved: dict[Span, _Entity] = {}
    for m in mentions:
        entity = _resolve(m, entities, keyed)
        if entity is None:
            if m.pronoun is not None:
                continue
            entity = _Entity(m, role=m.role, affiliation=m.affiliation, gender=m.gender)
            entities.append(entity)
            keyed[_key(m)] = entity
        elif m.pronoun is None:
            _enrich(entity, m)
        if m.pronoun in ("he", "she") and entity.gender is None:
            entity.gender = PRONOUN_GENDER[m.pronoun]
        entity.spans.append(m.span)
        entity.last = m.span.start
        resolved[m.span] = entity
    return entities, resolved


def _key(m: Mention) -> tuple[str, str]:
    if m.source_type is SourceType.PERSON and m.surname:
        return ("person", f"{m.first or ''} {m.surname}")
    return (m.source_type.value, m.name.lower().removeprefix("the "))


def _enrich(entity: _Entity, m: Mention) -> None:
    """A later, fuller mention fills in the name, role and affiliation."""
    old = entity.mention
    if m.first and not old.first and m.source_type is old.source_type:
        entity.mention = m
    entity.role = entity.role or m.role
    entity.affiliation = entity.affiliation or m.affiliation
    entity.gender = entity.gender or m.gender


def _resolve(
    m: Mention, entities: list[_Entity], keyed: dict[tuple[str, str], _Entity]
) -> _Entity | None:
    if m.pronoun is not None:
        return _antecedent(m.pronoun, entities)
    found = keyed.get(_key(m))
    if found is not None:
        return found
    if m.source_type is SourceType.PERSON and m.surname:
        same = [e for e in entities if e.mention.surname == m.surname]
        if m.first:
            same = [e for e in same if not e.mention.first]
        if same:
            return max(same, key=lambda e: e.last)
    if m.source_type is SourceType.ORGANIZATION and m.name.isupper():
        for e in entities:
            if _initials(e.mention.name) == m.name:
                return e
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _antecedent(pronoun: str, entities: list[_Entity]) -> _Entity | None:
    """The latest source a pronoun can refer to, respecting gender and number.

    A recent source whose gender is known to match beats a later one of unknown gender."""
    gender = PRONOUN_GENDER.get(pronoun)
    fits = sorted((e for e in entities if _fits(e, gender)), key=lambda e: e.last)
    if not fits:
        return None
    if gender in ("m", "f"):
        known = [e for e in fits[-3:] if e.gender == gender]
        if known:
            return known[-1]
    return fits[-1]


def _fits(entity: _Entity, gender: str | None) -> bool:
    kind = entity.mention.source_type
    if gender in ("m", "f", "s"):
        return kind is SourceType.PERSON and (entity.gender in (None, gender) or gender == "s")
    if gender == "n":
        return kind in (SourceType.ORGANIZATION, SourceType.DOCUMENT)
    return kind is not SourceType.DOCUMENT


__all__ = ["Mention", "cited_sources", "cited_works", "group_mentions", "read_mention"]

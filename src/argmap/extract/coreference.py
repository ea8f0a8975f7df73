"""Which mentions name the same source: mentions merged, in document order, into entities.

A surname joins the latest person of that surname, a pronoun the latest compatible source,
a definite description (``the senator``) the latest person whose role says so, an acronym
the organisation it abbreviates. A pronoun with no source before it refers to the named
subject of a sentence shortly before. Entities are indexed by what these lookups test, so
merging stays linear in the mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..model import Document, Sentence, Source, SourceType, Span
from .lexicon.attribution import (
    CUE_VERBS,
    PRONOUN_GENDER,
    ROLE_GENDER,
    STANCE_CUES,
    TITLE_ABBREVIATIONS,
)
from .mentions import read_mention
from .phrases import np_forward
from .source_types import Mention, ProperWords
from .tokens import first_words


@dataclass(slots=True)
class Entity:
    """One source as its mentions are merged: the fullest mention so far names it."""

    mention: Mention
    spans: list[Span] = field(default_factory=list)
    gender: str | None = None
    last: int = 0
    role: str | None = None
    affiliation: str | None = None
    index: int = 0
    """Place in the order entities were made (ties in ``last`` go by it)."""

    def source(self) -> Source:
        m = self.mention
        return Source(m.name, m.source_type, tuple(self.spans), self.role, self.affiliation)


def _resolve_stranded(
    doc: Document,
    mentions: list[Mention],
    entities: _Entities,
    resolved: dict[Span, Entity],
    proper: ProperWords,
) -> None:
    """A pronoun with no source before it refers to the person the text was about: the
    named subject of the nearest sentence before it (``Lee Marten spoke to a paper … “…,” he
    said``). Only then does that subject become a source."""
    text = doc.text
    starts = [s.span.start for s in doc.sentences]
    names: dict[Span, _Names] = {}  # each sentence's full names, read once for this call
    for m in mentions:
        if not m.pronoun or m.span in resolved or PRONOUN_GENDER.get(m.pronoun) not in "mfp":
            continue
        k = bisect_right(starts, m.span.start) - 1
        if PRONOUN_GENDER[m.pronoun] == "p":  # "Local doctors disagree. They said …"
            group = _group_subject(doc, k, proper)
            if group is not None:
                entity = _resolve(group, entities, {})
                if entity is None:
                    entity = Entity(group, role=group.role, affiliation=group.affiliation)
                    entities.add(entity, fresh=True)
                    entity.spans.append(group.span)
                entity.spans.append(m.span)
                resolved[m.span] = entity
            continue
        window = doc.sentences[max(0, k - 6) : k + 1][::-1]
        gender = PRONOUN_GENDER[m.pronoun]
        subjects = list(_subjects(text, window, gender, proper))
        named = (_named_in(text, sent.span, m.span.start, proper, names) for sent in window)
        if subjects and subjects[-1] is None:  # about someone with no full name: no speaker
            named = iter(())
        for subject in (*subjects, *named):
            if subject is None or subject.gender not in (None, gender):
                continue
            entity = _resolve(subject, entities, {})
            if entity is not None and entity.gender not in (None, gender):
                continue  # "said she" after "Old Tobias was sitting": not him
            if entity is None:
                entity = Entity(subject, role=subject.role, affiliation=subject.affiliation)
                entities.add(entity, fresh=True)
                entity.spans.append(subject.span)
            entity.spans.append(m.span)
            entity.gender = entity.gender or gender
            resolved[m.span] = entity
            break


_FULL_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\. [A-Z][a-z][\w’'-]{0,30}|[A-Z][a-z][\w’'-]{0,30}"
    r"(?: [A-Z][a-z][\w’'-]{0,30}){1,2})"
)


@dataclass(frozen=True, slots=True)
class _Names:
    """The full names of one sentence, in order, read once: every pronoun in a long sentence
    asks for the names before it, and rescanning from the sentence start each time cost the
    square of its length (nested, never-closed quotes are one huge sentence)."""

    starts: list[int]
    ends: list[int]
    last: list[Mention | None]
    """``last[i]``: the last person named in full by names ``0..i``."""


def _read_names(text: str, span: Span, proper: ProperWords) -> _Names:
    starts: list[int] = []
    ends: list[int] = []
    last: list[Mention | None] = []
    found = None
    for m in _FULL_NAME.finditer(text, span.start, span.end):
        found = _person_named(text, m, proper) or found
        starts.append(m.start())
        ends.append(m.end())
        last.append(found)
    return _Names(starts, ends, last)


def _person_named(text: str, m: re.Match[str], proper: ProperWords) -> Mention | None:
    """The person a full-name match names, unless it lies in someone's words."""
    if _spoken(text, m.start()):
        return None  # a name in someone's words ("Does London not feed you?")
    mention = read_mention(text, Span(m.start(), m.end()), proper)
    if (
        mention is not None
        and mention.source_type is SourceType.PERSON
        and (mention.first or mention.gender)
    ):
        return mention
    return None


def _named_in(
    text: str, span: Span, before: int, proper: ProperWords, cache: dict[Span, _Names]
) -> Mention | None:
    """Failing a named subject (``Last month, when I asked Ann Vale if she …``), the last
    person a sentence names in full before ``before``.

    The sentence's names are read once into ``cache``; those ending by ``before`` are the
    ones a scan stopping there finds, save one running across ``before``, which such a scan
    reads cut short: that stretch alone is scanned again."""
    names = cache.get(span)
    if names is None:
        names = cache[span] = _read_names(text, span, proper)
    i = bisect_right(names.ends, before)
    found = names.last[i - 1] if i else None
    if i < len(names.starts) and names.starts[i] < before:
        for m in _FULL_NAME.finditer(text, names.starts[i], min(span.end, before)):
            found = _person_named(text, m, proper) or found
    return found


def _named_subject(text: str, span: Span, proper: ProperWords) -> Mention | None:
    """The person a sentence opens with, if it opens with a named person."""
    if not text[span.start : span.start + 1].isupper() or _spoken(text, span.start):
        return None
    found = np_forward(text, span.start, min(span.end, span.start + 200))
    if found is None:
        return None
    mention = read_mention(text, found, proper)
    if mention is None or mention.source_type is not SourceType.PERSON or not mention.surname:
        return None
    if mention.gender is None and mention.role:
        gender = ROLE_GENDER.get(mention.role.rsplit(None, 1)[-1].lower())
        if gender is not None:
            mention = replace(mention, gender=gender)  # "Karl Weber, her brother, …"
    return mention


_LOOK_BACK = 400
"""How far back in its line a sentence start is checked for an open quotation."""


def _spoken(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened earlier in its line (``“My dear
    Edward, you have grown thin. Does London …``): the sentences of a quote are the
    speaker's words, and whom they open with is no one the text is about."""
    line = text.rfind("\n", max(0, at - _LOOK_BACK), at) + 1
    before = text[max(line, at - _LOOK_BACK) : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_KIN_OPENING = re.compile(
    r"(?:(?:At|By|In|On|After|Before|Later|Then|When)\b[^,.!?\n“”\"]{1,40}?(?:, | ))?"
    r"(?P<det>[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he)[ \t]+"
    r"(?:(?:late|older|younger|elder|eldest|twin|old|young|little)[ \t]+)?"
    r"([a-zé]{2,15})\b(?:,[ \t]+(?:(?:old|young|little)[ \t]+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t])?[A-Z][\w’'-]{1,30}(?:[ \t][A-Z][\w’'-]{1,30}){0,2}),)?"
)
"""A sentence about a person described by a noun that tells a gender: ``His wife, Ana
Ruiz, …``, ``Her brother …``, ``At eleven their mother came out …``, ``The old man …``."""


@dataclass(frozen=True, slots=True)
class _Opening:
    """Whom a sentence is about: a person it opens with, ``gender`` known or not, and the
    mention that names them in full (``None`` for "Her brother, Karl, …": a person the
    text gives no full name)."""

    mention: Mention | None
    gender: str | None


def _opening(text: str, span: Span, proper: ProperWords) -> _Opening | None:
    """The person a sentence opens with: named (``Ana Ruiz …``, ``Their neighbour, old
    Mr. Haddad, …``) or described by a role that tells their gender (``His wife, Ana Ruiz,
    …``, ``Her brother …``, ``their mother``)."""
    kin = _KIN_OPENING.match(text, span.start, min(span.end, span.start + 100))
    named = None
    if kin is not None and kin.group("name"):
        named = read_mention(text, Span(kin.start("name"), kin.end("name")), proper)
        if named is not None and not (named.source_type is SourceType.PERSON and named.surname):
            named = None
    gender = ROLE_GENDER.get(kin.group(2)) if kin is not None else None
    if gender is None:
        named = named or _named_subject(text, span, proper)
        return _Opening(named, named.gender) if named is not None else None
    if named is None and not kin.group("name"):  # "their mother", as fiction names people
        described = read_mention(text, Span(kin.start("det"), kin.end(2)), proper)
        named = described if described is not None and described.pronoun is None else None
    return _Opening(replace(named, gender=gender) if named else None, gender)


def _subjects(
    text: str, window: list[Sentence], gender: str, proper: ProperWords
) -> Iterator[Mention | None]:
    """The people a ``he``/``she`` may refer to, nearest first: the named persons the
    sentences before it open with, skipping those of the other gender ("His wife …" before
    "he said"). Ends with ``None`` at a person of that gender the text gives no full name
    (``Her brother, Karl, …``): nobody further back is meant, and a wrong speaker is worse
    than none."""
    for sent in window:
        opening = _opening(text, sent.span, proper)
        if opening is None or opening.gender not in (None, gender):
            continue
        yield opening.mention
        if opening.mention is None:
            return


def group_mentions(
    doc: Document, mentions: list[Mention], proper: ProperWords
) -> tuple[list[Entity], dict[Span, Entity]]:
    """Merge mentions, in document order, into entities; map each mention span to one.

    ``mentions`` are sorted by span; ``proper`` reads the subjects a stranded pronoun may
    refer to (see :func:`_resolve_stranded`)."""
    mentions = _with_local_subjects(doc, mentions, proper)
    entities, resolved = _group(mentions, [s.span.start for s in doc.sentences])
    if any(m.pronoun and m.span not in resolved for m in mentions):
        _resolve_stranded(doc, mentions, entities, resolved, proper)
    return entities.all, resolved


def _with_local_subjects(
    doc: Document, mentions: list[Mention], proper: ProperWords
) -> list[Mention]:
    """Mentions, with the person a paragraph is about where a pronoun refers to them: the
    named subject of a sentence shortly before a ``he``/``she`` (``Grace
    Okafor has run the clinic for a decade. She …``) is nearer than any earlier speaker."""
    starts = [s.span.start for s in doc.sentences]
    added: dict[Span, Mention] = {}
    spans = [m.span for m in mentions]
    have = set(spans)
    for m in mentions:
        gender = PRONOUN_GENDER.get(m.pronoun or "")
        if gender not in ("m", "f", "p"):
            continue
        k = bisect_right(starts, m.span.start) - 1
        if gender == "p":  # "Local doctors disagree. They said": the group, not the city
            group = _group_subject(doc, k, proper)
            if group is not None and not _spoken_between(doc, spans, group.span, m.span):
                added[group.span] = group
            continue
        speaking = _speaking_subject(doc, k, proper)
        if speaking is not None and speaking.gender in (None, gender):
            added[speaking.span] = speaking  # "Tom Hale disagreed. “…,” he said."
            continue
        at = bisect_right(spans, Span(m.span.start, m.span.start)) - 1
        if at >= 0 and k >= 0:
            latest = doc.sentences[max(0, bisect_right(starts, spans[at].start) - 1)]
            if latest.paragraph >= doc.sentences[k].paragraph - 1:
                continue  # a speaker named in this paragraph or the last is the nearer
        subject = _local_subject(doc, spans, k, proper, gender)
        if subject is not None and subject.gender in (None, gender):
            added[subject.span] = subject
    if not added:
        return mentions
    return sorted(
        [*mentions, *(a for a in added.values() if a.span not in have)], key=lambda x: x.span
    )


def _spoken_between(doc: Document, spans: list[Span], start: Span, end: Span) -> bool:
    """Whether a speaker mention stands between two spans."""
    at = bisect_right(spans, Span(start.end, start.end))
    return at < len(spans) and spans[at].start < end.start


def _group_subject(doc: Document, k: int, proper: ProperWords) -> Mention | None:
    """The group a ``they`` refers to: the described group (``Local doctors``) or
    organisation a sentence shortly before opens with, never one person."""
    text = doc.text
    for sent in doc.sentences[max(0, k - 2) : k][::-1]:
        span = sent.span
        if not text[span.start : span.start + 1].isupper():
            continue
        found = np_forward(text, span.start, min(span.end, span.start + 200))
        mention = read_mention(text, found, proper) if found is not None else None
        if mention is None or mention.pronoun is not None:
            continue
        plural = (
            mention.name.lower().endswith("s") or mention.source_type is not SourceType.ANONYMOUS
        )
        if mention.source_type in (SourceType.ANONYMOUS, SourceType.ORGANIZATION) and plural:
            return mention
    return None


def _speaking_subject(doc: Document, k: int, proper: ProperWords) -> Mention | None:
    """The named subject of the sentence just before sentence ``k``, in its paragraph, when a
    speech or stance verb follows it (``The council's leader, Tom Hale, disagreed.``)."""
    if k < 1 or doc.sentences[k - 1].paragraph != doc.sentences[k].paragraph:
        return None
    span = doc.sentences[k - 1].span
    opening = _opening(doc.text, span, proper)
    subject = opening.mention if opening is not None else None
    if subject is None:
        return None
    # the first word only: tokenising the rest of the sentence for each pronoun after it
    # cost a long sentence's length per pronoun
    words = first_words(doc.text, subject.span.end, span.end, 1)
    if not words or not (words[0].low in CUE_VERBS or words[0].low in STANCE_CUES):
        return None
    return subject


_LOCAL_REACH = 3
"""How many sentences back (in this paragraph and the one before) a pronoun's subject is."""


def _local_subject(
    doc: Document, spans: list[Span], k: int, proper: ProperWords, gender: str
) -> Mention | None:
    """The named subject of the nearest sentence before sentence ``k`` that opens with a
    person of ``gender``, in its paragraph or the one before, if no speaker is named in
    between."""
    if k < 0:
        return None
    paragraph = doc.sentences[k].paragraph
    opens = k == 0 or doc.sentences[k - 1].paragraph != paragraph
    for j in range(k - 1, max(-1, k - 1 - _LOCAL_REACH), -1):
        sent = doc.sentences[j]
        if sent.paragraph < paragraph - (1 if opens else 0):
            return None  # the paragraph before counts only for a pronoun that opens one
        at = bisect_right(spans, Span(sent.span.start, sent.span.start))
        if at < len(spans) and spans[at].start < sent.span.end:
            return None  # a speaker named in between is nearer
        opening = _opening(doc.text, sent.span, proper)
        if opening is not None and opening.gender in (None, gender):
            return opening.mention  # None: the person it is about has no full name
    return None


def _group(mentions: list[Mention], starts: list[int]) -> tuple[_Entities, dict[Span, Entity]]:
    """Entities in document order; ``starts`` (of the sentences) tell a pronoun which
    names came in the sentence just before it."""
    entities = _Entities()
    keyed: dict[tuple[str, str], Entity] = {}
    resolved: dict[Span, Entity] = {}
    for m in mentions:
        near = starts[max(0, bisect_right(starts, m.span.start) - 2)] if m.pronoun else 0
        entity = _resolve(m, entities, keyed, near)
        if entity is None:
            if m.pronoun is not None:
                continue
            entity = Entity(m, role=m.role, affiliation=m.affiliation, gender=m.gender)
            entities.add(entity)
            keyed[_key(m)] = entity
            for tail in _org_tails(m):
                keyed.setdefault(("tail", tail), entity)
        elif m.pronoun is None:
            _enrich(entity, m)
        if m.pronoun in ("he", "she") and entity.gender is None:
            entity.gender = PRONOUN_GENDER[m.pronoun]
        entity.spans.append(m.span)
        entity.last = m.span.start
        entities.touch(entity)
        resolved[m.span] = entity
    return entities, resolved


def _org_tails(m: Mention) -> list[str]:
    """``grid operator`` for the Calder Grid Operator: the words a later
    description (``the grid operator``) names it by."""
    if m.source_type is not SourceType.ORGANIZATION:
        return []
    words = m.name.lower().split()
    return [" ".join(words[-2:])] if len(words) > 2 else []  # "the group" is too vague


def _key(m: Mention) -> tuple[str, str]:
    if m.source_type is SourceType.PERSON and m.surname:
        return ("person", f"{m.first or ''} {m.surname}")
    return (m.source_type.value, m.name.lower().removeprefix("the "))


def _enrich(entity: Entity, m: Mention) -> None:
    """A later, fuller mention fills in the name, role and affiliation."""
    old = entity.mention
    if m.first and not old.first and m.source_type is old.source_type:
        entity.mention = m
    entity.role = entity.role or m.role
    entity.affiliation = entity.affiliation or m.affiliation
    entity.gender = entity.gender or m.gender


class _Latest:
    """Entities of one kind in order of ``last``: ``touched`` in the order their ``last``
    was set (mentions come in document order, so that is by ``last``), then ``fresh``
    ones made for a stranded pronoun, never touched (``last`` 0, the latest indices)."""

    __slots__ = ("fresh", "touched")

    def __init__(self) -> None:
        self.touched: dict[int, Entity] = {}
        self.fresh: list[Entity] = []

    def top(self, k: int) -> list[Entity]:
        """The ``k`` latest by ``(last, index)`` or more: every tie of the k-th comes too,
        so a caller breaks ties its own way."""
        out: list[Entity] = []
        for e in reversed(self.touched.values()):
            if len(out) >= k and e.last < out[k - 1].last:
                break
            out.append(e)
        if self.fresh and (len(out) < k or out[k - 1].last <= 0):
            out.extend({id(e): e for e in (*self.fresh[:k], *self.fresh[-k:])}.values())
        return out


class _Entities:
    """The entities found so far, in order made, indexed for what a mention looks up.

    A pronoun wants the latest entity it fits, a surname the latest of that surname, a
    description the latest person whose role says so, an acronym the first organisation it
    abbreviates. Scanning every entity for each mention costs mentions x entities; here
    each entity is filed by what those lookups test, and refiled whenever it is mentioned.
    """

    __slots__ = ("_filed", "_initials", "_kinds", "_roles", "_surnames", "all")

    def __init__(self) -> None:
        self.all: list[Entity] = []
        self._kinds: dict[tuple, _Latest] = {}
        """By what :func:`_fits` reads: type, gender, whether there is a surname."""
        self._surnames: dict[tuple[str, bool], _Latest] = {}
        """By surname, and whether the mention gives a first name."""
        self._roles: dict[str, _Latest] = {}
        """Persons a description can name (:func:`_described`), by each word of the role."""
        self._initials: dict[str, list[int]] = {}
        """Indices by the initials of the name, in order."""
        self._filed: dict[int, tuple[list[_Latest], str]] = {}

    def add(self, entity: Entity, fresh: bool = False) -> None:
        """A new entity: ``fresh`` when made outside the mention order (never touched)."""
        entity.index = len(self.all)
        self.all.append(entity)
        if fresh:
            groups, initials = self._groups(entity)
            for group in groups:
                group.fresh.append(entity)
            insort(self._initials.setdefault(initials, []), entity.index)
            self._filed[entity.index] = ([], initials)

    def touch(self, entity: Entity) -> None:
        """File ``entity`` again after a mention set its ``last`` (and maybe more)."""
        old, old_initials = self._filed.get(entity.index, ([], None))
        for group in old:
            del group.touched[entity.index]
        groups, initials = self._groups(entity)
        for group in groups:
            group.touched[entity.index] = entity
        if initials != old_initials:
            if old_initials is not None:
                self._initials[old_initials].remove(entity.index)
            insort(self._initials.setdefault(initials, []), entity.index)
        self._filed[entity.index] = (groups, initials)

    def _groups(self, entity: Entity) -> tuple[list[_Latest], str]:
        m = entity.mention
        groups = [
            self._kinds.setdefault((m.source_type, entity.gender, bool(m.surname)), _Latest())
        ]
        if m.surname:
            groups.append(self._surnames.setdefault((m.surname, bool(m.first)), _Latest()))
        if m.source_type is SourceType.PERSON and entity.role and m.description is None:
            for word in _role_words(entity.role):
                groups.append(self._roles.setdefault(word, _Latest()))
        return groups, _initials(m.name)

    def antecedent(self, gender: str | None, near: int) -> Entity | None:
        """See :func:`_antecedent`: the latest entities that fit, from the kinds that do."""
        k = 3 if gender in ("m", "f") else 1
        found: dict[int, Entity] = {}
        for group in self._kinds.values():
            sample = next(iter(group.touched.values()), None) or next(iter(group.fresh), None)
            if sample is not None and _fits(sample, gender):
                found.update((e.index, e) for e in group.top(k))
        fits = sorted(found.values(), key=lambda e: (e.last, e.index))
        if not fits:
            return None
        if gender in ("m", "f") and fits[-1].last < near:
            known = [e for e in fits[-3:] if e.gender == gender]
            if known:
                return known[-1]
        return fits[-1]

    def latest(self, groups: list[_Latest | None]) -> Entity | None:
        """The entity of ``groups`` with the greatest ``last``, the first made on a tie."""
        found = [e for group in groups if group is not None for e in group.top(1)]
        return min(found, key=lambda e: (-e.last, e.index)) if found else None

    def namesake(self, m: Mention) -> Entity | None:
        """The latest of the few last entities named like ``m`` whose gender fits it."""
        for entity in reversed(self.all[-_NAMESAKE_REACH:]):
            same = entity.mention.name == m.name and entity.mention.source_type is m.source_type
            if same and not _other_gender(m, entity):
                return entity
        return None

    def surnamed(self, surname: str, first: bool) -> Entity | None:
        """The latest entity of ``surname`` (only those without a first name if ``first``)."""
        groups = [self._surnames.get((surname, False))]
        if not first:
            groups.append(self._surnames.get((surname, True)))
        return self.latest(groups)

    def described(self, word: str) -> Entity | None:
        """See :func:`_described`."""
        forms = {word, *TITLE_ABBREVIATIONS.get(word, ())}
        return self.latest([self._roles.get(f) for f in forms])

    def abbreviated(self, acronym: str) -> Entity | None:
        """The first entity whose name's initials spell ``acronym``."""
        indices = self._initials.get(acronym)
        return self.all[indices[0]] if indices else None


def _role_words(role: str) -> set[str]:
    return {w.strip(".,").lower() for w in role.replace("-", " ").split()}


def _resolve(
    m: Mention, entities: _Entities, keyed: dict[tuple[str, str], Entity], near: int = 0
) -> Entity | None:
    """The entity ``m`` names; for a pronoun, ``near`` is where the sentence before its
    own starts."""
    if m.pronoun is not None:
        return _antecedent(m.pronoun, near, entities)
    if m.description is not None:
        found = _described(m.description, entities)
        if found is not None:
            return found
    found = keyed.get(_key(m))
    if found is not None and not _other_gender(m, found):
        return found
    if found is not None:  # "Mrs. Lark" again, after "Mr. Lark": the Lark of her gender
        return entities.namesake(m)
    if m.source_type in (SourceType.ANONYMOUS, SourceType.ORGANIZATION) and m.name[:1].islower():
        found = keyed.get(("tail", m.name.lower().removeprefix("the ")))
        if found is not None:  # "the grid operator" after "the Calder Grid Operator"
            return found
    if m.source_type is SourceType.PERSON and m.surname:
        # the latest of that surname; a full name only joins one given without a first name
        found = entities.surnamed(m.surname, bool(m.first))
        if found is not None and not _other_gender(m, found):
            return found
    if m.source_type is SourceType.ORGANIZATION and m.name.isupper():
        return entities.abbreviated(m.name)
    return None


_NAMESAKE_REACH = 32
"""How many of the latest entities are searched for a namesake of the other gender's."""


def _other_gender(m: Mention, entity: Entity) -> bool:
    """``Mr. Lark`` after ``Mrs. Lark``: one surname, two people."""
    return bool(m.gender and entity.gender and m.gender != entity.gender)


def _described(word: str, entities: _Entities) -> Entity | None:
    """``the spokesman`` / ``the senator``: the latest person whose role says so."""
    return entities.described(word)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _antecedent(pronoun: str, near: int, entities: _Entities) -> Entity | None:
    """The latest source a pronoun can refer to, respecting gender and number.

    A recent source whose gender is known to match beats a later one of unknown gender,
    unless that one was named in the sentence just before (``Nwosu said … “…,” she
    said``): the person just named is the one meant."""
    return entities.antecedent(PRONOUN_GENDER.get(pronoun), near)


def _fits(entity: Entity, gender: str | None) -> bool:
    kind = entity.mention.source_type
    if gender in ("m", "f", "s"):
        if kind is SourceType.ANONYMOUS:  # "her father", "the old man": one person described
            return entity.gender is not None and entity.gender == gender
        return kind is SourceType.PERSON and (entity.gender in (None, gender) or gender == "s")
    if gender == "n":
        return kind in (SourceType.ORGANIZATION, SourceType.DOCUMENT)
    if gender == "p":
        # "they said": a group, an organisation or a vague source, not one named person
        if kind in (SourceType.ORGANIZATION, SourceType.ANONYMOUS):
            return True
        return kind is SourceType.PERSON and not entity.mention.surname
    return kind is not SourceType.DOCUMENT


__all__ = ["Entity", "group_mentions"]

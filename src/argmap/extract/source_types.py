"""What a speaker mention says about its source: a name, a type, a role and an affiliation.

A named mention (``Dr. Ann Vale, senior fellow at the Harbor Institute``) is typed by its
name's last word (``Institute``, an acronym: an organisation; a poll or report: a
document; else a person), with its titles and apposition read into a role and an
affiliation. A described one (``a senior official who requested anonymity``, ``Treasury
officials``, ``internal strategy documents``) is anonymous, unless its head noun says it
is an organisation or a document, or a named affiliation makes it one person. Apart from
:mod:`.mentions`, which cuts the phrase into the parts read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..model import SourceType, Span
from .lexicon.attribution import (
    AFFILIATION_PREPOSITIONS,
    ANONYMITY_MARKERS,
    ANONYMOUS_NOUNS,
    AUTHORED_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_HONORIFICS,
    GENERIC_ADJECTIVES,
    GROUP_NAMES,
    HONORIFICS,
    MALE_HONORIFICS,
    ORG_KIND_NOUNS,
    ORG_NAMES,
    ORG_SUFFIXES,
    PLURAL_POSSESSIVE_ENDINGS,
    RANKS,
    ROLE_NOUNS,
    TIME_WORDS,
    TITLES,
)
from .lexicon.given_names import name_gender
from .phrases import Tok

_AFFILIATION_JOINERS = frozenset(["of", "for", "and", "&", "on", "the", "de"])
_MID_CAPS = re.compile(r"(?:\b[a-z][\w’'\-]{0,40}|[,;]|\bThe) ([A-Z][\w’'\-]{0,40})")
"""A capital that starts a name inside a sentence (not one inside ``Calder Port Authority``).
Words are bounded (no word is 40 letters long): an unbounded in-word class would be retried
from every letter of a long unspaced run ("a-a-a-…"), quadratic in its length."""
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][a-z’'-]{0,40}")
_OWN_PRONOUN = re.compile(
    r"\b(?:(his|her) (?!(?:the|a|an|that|this|to|about|what|how|if|why|and|or|in|on|at|for"
    r"|with|from|up|down|out|off|back|again)\b)[a-z]|(himself|herself)\b)"
)
_NAME_AND_VERB = re.compile(
    r"\b([A-Z][a-z’'-]{1,30})(?: ([A-Z][a-z’'-]{1,30}))? (?:[a-z]{2,20}ly )?[a-z]{2,20} $"
)
"""``Marta felt her face``, ``Tomas narrowed his eyes``: a name, a verb and a possessive
that can only be the subject's own, which tells the person's gender. The pronouns are found
first (few in a text), then the name and verb just before each."""
_NAME_AND_VERB_REACH = 80
_PARTICIPLE_TAILS = ("ed", "en")
CLAUSE_WORDS = frozenset(["who", "whose", "which", "that"])
"""Words that open a clause after a name or head noun: what follows describes, not names."""
_NAME_GAPS = frozenset([" ", ". ", ".", ".-", "-", "/"])
"""What may stand between two words of one name: ``Tom B. Vale``, ``K.P.W.-U.A.``,
``Ledger/Harbor Radio``."""
_COLLECTIVE = frozenset("people folks public crowd audience staff police electorate".split())
_INDEFINITE = frozenset(["a", "an", "one", "another", "some", "any", "several", "many"])
"""Determiners of an unnamed individual or group (``a Treasury official``): anonymous."""


_FEW_NAMES = 16
"""Up to this many names are looked for in lower case by one pattern; more, by the set of
all the words the text writes in lower case (one scan either way, linear in the text)."""


def _written_lower(text: str, words: list[str]) -> set[str]:
    """Which of ``words`` (lower case) ``text`` writes in lower case: one scan for them all."""
    if not words:
        return set()
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return set(re.findall(rf"(?<![\w’'-])(?:{pattern})(?![\w’'-])", text))


class ProperWords:
    """Words a text capitalises inside a sentence as the first word of a name: whether a
    capital that opens a sentence (``Port officials``) makes a name. Worked out on the
    first question, once per text."""

    __slots__ = ("_genders", "_lower", "_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None
        self._genders: dict[str, str] | None = None

    def gender(self, name: str) -> str | None:
        """The gender the text gives a name (``Marta felt her face``), when it says only
        one: names the lexicon does not know (most of fiction's) still take he or she."""
        if self._genders is None:
            votes: dict[str, set[str]] = {}
            text = self._text
            for m in _OWN_PRONOUN.finditer(text):
                said = "f" if (m.group(1) or m.group(2)).startswith("her") else "m"
                before = _NAME_AND_VERB.search(
                    text, max(0, m.start() - _NAME_AND_VERB_REACH), m.start()
                )
                for word in before.groups() if before is not None else ():
                    if word:
                        votes.setdefault(word.lower(), set()).add(said)
            named = [w for w, g in votes.items() if len(g) == 1]
            if len(named) <= _FEW_NAMES:
                lower = _written_lower(text, named)
            else:  # one alternative a name at every position: past a few, read every word
                lower = {w for w in named if self.written_lower(w)}
            # "Be honest, he …", "Well, she …": a word the text also writes in lower case
            self._genders = {w: g.pop() for w, g in votes.items() if len(g) == 1 and w not in lower}
        return self._genders.get(name.lower())

    def written_lower(self, word: str) -> bool:
        """Whether the text writes ``word`` (lower case) in lower case somewhere."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self._text))
        return word in self._lower

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(w.lower() for w in _MID_CAPS.findall(self._text))
        return word in self._words


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
    description: str | None = None
    """The role word of a definite description (``the senator``): who it may refer to."""


def opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 8) : pos].rstrip(" \t“\"‘'(")
    return not before or before[-1] in ".!?:\n"


def common_noun(tok: Tok) -> bool:
    bare = tok.bare
    return bare in DOCUMENT_NOUNS or bare in ANONYMOUS_NOUNS or bare in ROLE_NOUNS


def named_mention(
    text: str, span: Span, core: list[Tok], start: int, end: int, appo: list[Tok]
) -> Mention:
    """A mention that names its source: ``core[start:end]`` is the name, with any titles
    in it; the words before it and the apposition ``appo`` give role and affiliation."""
    run = core[start:end]
    words = [t for t in run if t.word and t.low != "ret"]
    if named_type(words) is SourceType.ORGANIZATION:
        name = text_of(text, words)
        return Mention(span, name, SourceType.ORGANIZATION, surname=words[-1].bare)
    last_title = max(
        (
            k
            for k, t in enumerate(words)
            if t.bare in TITLES
            or t.bare in HONORIFICS
            or t.bare in GROUP_NAMES
            or (k == 0 and t.bare in ROLE_NOUNS)
        ),
        default=-1,
    )
    if last_title == len(words) - 1:
        last_title = len(words) - 2  # "Senator Smith"-like mentions keep their last word
    name_words = words[last_title + 1 :]
    title_words = words[: last_title + 1]
    pre = [
        t
        for t in title_words
        if t.capitalised and t.bare not in TITLES and t.bare not in HONORIFICS
    ]
    titles = [
        t for t in title_words if t.bare in TITLES or t.bare in HONORIFICS or t.bare in GROUP_NAMES
    ]
    gender = _gender_of(titles)
    name = (
        text_of(text, name_words)
        if _plain_run(text, name_words)
        else " ".join(t.text for t in name_words)
    )
    source_type = named_type(name_words)
    lower_role = [t for t in core[:start] if t.word and t.low not in DETERMINERS]
    if lower_role and lower_role[-1].bare in ORG_KIND_NOUNS:
        source_type = SourceType.ORGANIZATION  # "local newspaper Diário do Cais"
    role_parts = []
    title_text = _title_text(text, run, titles)
    if title_text:
        role_parts.append(title_text)
    if lower_role and not lower_role[-1].possessive:
        role_parts.insert(0, text_of(text, lower_role))
    appo_role, affiliation = apposition(text, appo)
    clause = bool(appo) and appo[0].low in ("who", "whose")
    if appo_role and not (clause and role_parts):
        # "cybersecurity expert X, who tracks Y": the who-clause describes what X does;
        # it stands in for a role only when no role is given
        role_parts.append(appo_role)
    if affiliation is None and pre and source_type is SourceType.PERSON:
        affiliation = text_of(text, pre)
    if name_words and name_words[-1].possessive and not inner_possessive(name_words[-1]):
        name = name[:-2]  # "Ada Vell’s hair was whiter": the woman, not her hair
    surname = name_words[-1].bare if name_words else None
    first = name_words[0].bare if len(name_words) > 1 else None
    if gender is None and name_words and source_type is SourceType.PERSON:
        gender = name_gender(name_words[0].bare)  # "Martha", "Peter Lang"
    return Mention(
        span,
        name or text_of(text, words),
        source_type,
        ", ".join(role_parts) or None,
        affiliation,
        gender,
        surname=surname,
        first=first,
    )


def _plain_run(text: str, words: list[Tok]) -> bool:
    """Words separated only by a space or an initial’s dot: ``Tom B. Vale``."""
    return all(text[a.end : b.start] in _NAME_GAPS for a, b in pairwise(words))


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


def org_word(tok: Tok) -> bool:
    """``Center``, ``Centers``: a word that ends an organisation's name."""
    bare = tok.bare
    return bare in ORG_SUFFIXES or (bare.endswith("s") and bare[:-1] in ORG_SUFFIXES)


def named_type(name_words: list[Tok]) -> SourceType:
    if not name_words:
        return SourceType.PERSON
    last = name_words[-1]
    if last.bare in ORG_SUFFIXES or last.bare in ORG_NAMES:
        return SourceType.ORGANIZATION
    if len(last.text) > 1 and last.text.isupper() and last.text.isalpha():
        return SourceType.ORGANIZATION
    if last.bare in DOCUMENT_NOUNS and len(name_words) > 1:
        return SourceType.DOCUMENT  # "the Harbor Insights Poll"
    if len(name_words) > 1 and all(len(t.text) == 1 and t.text.isupper() for t in name_words):
        return SourceType.ORGANIZATION  # "the K.P.W.U.", "the U.N."
    if any(org_word(a) and b.low in ("of", "for") for a, b in pairwise(name_words)):
        return SourceType.ORGANIZATION  # "the School of Economics", "the Bank of Kent"
    return SourceType.PERSON


def common_mention(
    text: str,
    span: Span,
    core: list[Tok],
    appo: list[Tok],
    proper: ProperWords | None = None,
) -> Mention | None:
    """``a senior official who requested anonymity``, ``Internal strategy documents``,
    ``Treasury officials``: a source described, not named (an organisation or a document
    when the head noun says so)."""
    while core and core[0].low in ("the",):
        core = core[1:]
    if not core:
        return None
    head_k = head_index(core)
    head = core[head_k] if head_k is not None else core[-1]
    described = core[: (head_k or 0) + 1]
    phrase = text_of(text, core)
    marked = any(m in text[span.start : span.end].lower() for m in ANONYMITY_MARKERS)
    bare_plural = len([t for t in core if t.word]) == 1 and head.low.endswith("s")
    named_org = _named_outlet(text, described, head)
    if named_org is not None and not marked:
        return Mention(span, named_org, SourceType.ORGANIZATION, surname=named_org.lower())
    document = head.bare in DOCUMENT_NOUNS or (
        head.bare in AUTHORED_NOUNS and any(t.capitalised for t in described[:-1])
    )
    if document and not marked and not bare_plural:
        # "Internal strategy documents" is a document; bare "studies" is a vague source.
        # Named with a qualifier that names someone: "a poll of Ohio voters"
        named = core[: next((k for k, t in enumerate(core) if t.low in CLAUSE_WORDS), None)]
        qualifier = named[len(described) :]
        if not any(t.capitalised and t.word and t.bare not in TIME_WORDS for t in qualifier):
            named = described  # "a survey released on Tuesday": nobody named after the head
        while len(named) > 1 and (named[0].low in ("a", "an") or not named[-1].word):
            named = named[1:] if named[0].low in ("a", "an") else named[:-1]
        return Mention(span, text_of(text, named), SourceType.DOCUMENT)
    if (head.bare in ORG_SUFFIXES or head.bare in ORG_NAMES) and not marked:
        return Mention(span, phrase, SourceType.ORGANIZATION, surname=head.bare)
    definite = text[span.start : span.start + 4].lower() == "the "
    role_head = head.bare in ROLE_NOUNS or head.bare in TITLES or head.bare in GROUP_NAMES
    description = head.bare if definite and role_head and not marked else None
    if proper is None:
        proper = ProperWords(text)
    affiliation = _affiliation_in_description(text, described, proper)
    after = head_k + 1 if head_k is not None else len(core)
    if affiliation is None and after < len(core) and core[after].low in AFFILIATION_PREPOSITIONS:
        affiliation = _affiliation_after(text, core, after + 1)
    role = None
    kind = SourceType.ANONYMOUS
    if affiliation is not None and (role_head or head.bare in ANONYMOUS_NOUNS):
        # "a Treasury official", "a spokesperson for the X Agency": whom they speak for
        role_words = [t.text for t in described if t.word and not t.capitalised]
        role = " ".join(w for w in role_words if w.lower() not in DETERMINERS) or None
        plural = head.bare in _COLLECTIVE or (
            head.low.endswith("s") and head.bare not in TITLES and head.low[-2:] != "ss"
        )
        if not plural and not marked and core[0].low not in _INDEFINITE:
            kind = SourceType.PERSON  # "the French president", "Republican nominee": one person
    else:
        affiliation = None
    return Mention(span, phrase, kind, role, affiliation, description=description)


def _named_outlet(text: str, described: list[Tok], head: Tok) -> str | None:
    """``the Harbor Daily newspaper``: the name before an organisation noun."""
    if head.bare not in ORG_KIND_NOUNS or len(described) < 2:
        return None
    run: list[Tok] = []
    for tok in described[:-1]:
        if tok.word and tok.capitalised and tok.bare not in GENERIC_ADJECTIVES:
            run.append(tok)
        elif run:
            break
    if not run or any(t.bare in ORG_KIND_NOUNS for t in run):
        return None
    return text_of(text, run) if _plain_run(text, run) else None


def _affiliation_in_description(text: str, core: list[Tok], proper: ProperWords) -> str | None:
    """The proper noun inside a description: ``Treasury`` in ``a Treasury official``; not a
    capital that only opens the sentence (``Port officials``) unless the text writes it so
    elsewhere."""
    run = [
        t
        for t in core[:-1]
        if t.word
        and t.capitalised
        and t.bare not in GENERIC_ADJECTIVES
        and not t.possessive
        and not common_noun(t)
    ]
    if run and opens_sentence(text, run[0].start) and not _proper_opener(run[0], proper):
        run = run[1:]
    if not run or (core[0] is run[0] and core[0].low in DETERMINERS):
        return None
    return text_of(text, run) if _plain_run(text, run) else run[-1].text


def _proper_opener(tok: Tok, proper: ProperWords) -> bool:
    """A sentence's first word that is a name: written capitalised elsewhere, or an acronym."""
    return tok.low in proper or (len(tok.text) > 1 and tok.text.isupper())


def head_index(core: list[Tok]) -> int | None:
    head = None
    for k, tok in enumerate(core):
        if (
            tok.low in ("who", "whose", "which", "that", "in")
            or tok.low in AFFILIATION_PREPOSITIONS
        ):
            break
        if (
            head is not None
            and tok.word
            and not tok.capitalised
            and tok.low.endswith(_PARTICIPLE_TAILS)
            and common_noun(core[head])
            and not common_noun(tok)
        ):
            break  # "a review filed with the state": a participle after the head noun
        if tok.word:
            head = k
    return head


def apposition(text: str, appo: list[Tok]) -> tuple[str | None, str | None]:
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
        place = tok.low in ("in", "to") and k + 1 < len(words) and words[k + 1].capitalised
        if not clause and tok.low in ("in", "to", "since", "who", "which") and not place:
            break  # "special representative to Ukraine" keeps its place
        role_toks.append(tok)
        k += 1
    role = text_of(text, role_toks) if role_toks else None
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
            if tok.possessive and not inner_possessive(tok):
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
    return text_of(text, run) if run else None


def inner_possessive(tok: Tok) -> bool:
    """``Fishermen’s``, ``Children’s``: a plural possessive that is part of a name."""
    return tok.bare.endswith(PLURAL_POSSESSIVE_ENDINGS)


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
    return text_of(text, best) if best else None


def text_of(text: str, toks: list[Tok]) -> str:
    """The text from the first token to the last, as written."""
    return text[toks[0].start : toks[-1].end] if toks else ""


__all__ = [
    "CLAUSE_WORDS",
    "Mention",
    "ProperWords",
    "common_mention",
    "common_noun",
    "head_index",
    "inner_possessive",
    "named_mention",
    "named_type",
    "opens_sentence",
    "org_word",
    "text_of",
]

"""One source per person, organisation, document or anonymous group the article cites.

Speaker mentions come from the quotes found earlier (plus works named after ``author of``).
Each mention is read into a name, type, role and affiliation; mentions are then merged in
document order: a surname joins the latest person of that surname, a pronoun the latest
compatible source, an acronym the organisation it abbreviates. Every quote with a speaker
is linked to its source.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from ..model import Document, Finding, Findings, Link, Relation, Source, SourceType, Span
from .context import StageContext
from .lexicon.attribution import (
    AFFILIATION_PREPOSITIONS,
    ANONYMITY_MARKERS,
    ANONYMOUS_NOUNS,
    AUTHORED_NOUNS,
    CLAUSE_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_HONORIFICS,
    GENERIC_ADJECTIVES,
    GROUP_NAMES,
    GROUP_PRONOUNS,
    HONORIFICS,
    LEADING_ADVERBS,
    MALE_HONORIFICS,
    NAME_PARTICLES,
    ORG_KIND_NOUNS,
    ORG_NAMES,
    ORG_SUFFIXES,
    PARTY_MEMBERS,
    PLURAL_POSSESSIVE_ENDINGS,
    PRONOUN_GENDER,
    RANKS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    TIME_WORDS,
    TITLE_ABBREVIATIONS,
    TITLES,
    WEB_SUFFIXES,
)
from .passages import is_title
from .phrases import Passage, Tok, np_forward, tokens

_AFFILIATION_JOINERS = frozenset(["of", "for", "and", "&", "on", "the", "de"])
_MID_CAPS = re.compile(r"(?:\b[a-z][\w’'\-]*|[,;]|\bThe) ([A-Z][\w’'\-]*)")
"""A capital that starts a name inside a sentence (not one inside ``Calder Port Authority``)."""
_PARTICIPLE_TAILS = ("ed", "en")
_CLAUSE_WORDS = frozenset(["who", "whose", "which", "that"])
_NAME_GAPS = frozenset([" ", ". ", ".", ".-", "-", "/"])
"""What may stand between two words of one name: ``Tom B. Vale``, ``K.P.W.-U.A.``,
``Ledger/Harbor Radio``."""
_NAME_JOINERS = NAME_PARTICLES | {"of", "for", "and"}
_LIST_TAILS = frozenset("both each all alike".split())
_NOT_NAMING = frozenset("who whose which a an the including like especially".split())
"""Words that open an apposition that is not the name of the phrase before it."""
_COLLECTIVE = frozenset("people folks public crowd audience staff police electorate".split())
_INDEFINITE = frozenset(["a", "an", "one", "another", "some", "any", "several", "many"])
"""Determiners of an unnamed individual or group (``a Treasury official``): anonymous."""


class ProperWords:
    """Words a text capitalises inside a sentence as the first word of a name: whether a
    capital that opens a sentence (``Port officials``) makes a name. Worked out on the
    first question, once per text."""

    __slots__ = ("_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

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


@dataclass(slots=True)
class _Entity:
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


# --------------------------------------------------------------------------- mentions


def read_mention(text: str, span: Span, proper: ProperWords | None = None) -> Mention | None:
    """Name, type, role and affiliation from a mention such as ``Dr. X, fellow at Y``.

    ``proper`` holds the words ``text`` capitalises inside sentences (see
    :class:`ProperWords`; made here when not given): a capital that only opens a
    sentence (``Port officials``) does not make a name."""
    toks = tokens(text, span.start, span.end)
    words = [t for t in toks if t.word]
    if not words:
        return None
    if len(words) == 1 and words[0].low in SPEAKER_PRONOUNS:
        low = words[0].low
        return Mention(span, low, SourceType.ANONYMOUS, pronoun=low)
    core, appo = _split_apposition(toks)
    cut = next((k for k, t in enumerate(core) if k and t.low in _CLAUSE_WORDS - {"that"}), None)
    if cut is not None and core[cut - 1].capitalised:
        core, appo = core[:cut], appo or core[cut:]  # "Ann Lee who tweeted": no clause
    while core and (
        core[0].low in CLAUSE_OPENERS
        or core[0].low in ("what", "which")
        or (core[0].low in LEADING_ADVERBS and len(core) > 1 and core[1].word)
    ):
        core = core[1:]
    core = _drop_parenthetical(core)
    while core and not core[-1].word and core[-1].text not in ".)":
        core.pop()
    if not core:
        return None
    site = _site_name(text, core)
    if site is not None:
        return Mention(span, site, SourceType.ORGANIZATION, surname=site.lower())
    party = [t for t in core if t.word and t.low != "the"]
    if len(party) == 1 and party[0].capitalised and party[0].bare in PARTY_MEMBERS:
        return Mention(span, party[0].text, SourceType.ORGANIZATION, surname=party[0].bare)
    core, place = _split_of(core)
    if place:
        appo = appo or place
    run_start, run_end = _name_run(core)
    named_appo = _named_apposition(appo) if run_start is None or run_start > 0 else None
    if named_appo is not None:
        # "The party chairman, Nora Kiel": the apposition names who the role is
        role = [t for t in core if t.word and t.low not in DETERMINERS]
        core, appo = named_appo, []
        run_start, run_end = _name_run(core)
        if run_start is not None:
            found = _named_mention(text, span, core, run_start, run_end, appo)
            extra = _join(text, role) if role and not role[-1].possessive else None
            if extra and found.source_type is SourceType.PERSON:
                role_text = ", ".join(r for r in (extra, found.role) if r)
                return Mention(
                    span,
                    found.name,
                    found.source_type,
                    role_text,
                    found.affiliation,
                    found.gender,
                    surname=found.surname,
                    first=found.first,
                )
            return found
    head_k = _head_index(core)
    if (
        head_k is not None
        and head_k + 1 < len(core)
        and (
            not core[head_k].capitalised
            or (_opens_sentence(text, core[head_k].start) and core[head_k].bare not in TITLES)
        )
        and core[head_k].bare not in DOCUMENT_NOUNS
        and (_common_noun(core[head_k]) or core[head_k].bare in GROUP_PRONOUNS)
    ):
        # "a spokesperson for the Department of X", "a review filed with the state": the
        # name after the preposition is whom the unnamed source speaks for
        return _common_mention(text, span, core, appo, proper)
    if (
        run_start is not None
        and _opens_sentence(text, core[run_start].start)
        and all(_common_noun(t) for t in core[run_start:run_end] if t.word)
    ):
        run_start = None  # "Studies show", "Officials said": a capital that opens a sentence
    if run_start is not None and _kind_of_person(core, run_start, run_end):
        run_start = None
    if run_start is None:
        return _common_mention(text, span, core, appo, proper)
    if not _plausible_name(core[run_start:run_end]):
        return None
    return _named_mention(text, span, core, run_start, run_end, appo)


def _kind_of_person(core: list[Tok], start: int, end: int) -> bool:
    """``a North Carolina Republican``, ``Republicans``: a kind of person, not a name."""
    words = [t for t in core[start:end] if t.word]
    if len(words) == 1 and (words[0].bare in ANONYMOUS_NOUNS or words[0].bare in ROLE_NOUNS):
        return True  # "Republicans", "the former CEO of X"
    if words and all(t.bare in GROUP_NAMES for t in words):
        return True  # "Hispanics", "an influential Hispanic Republican"
    return (
        start > 0
        and core[start - 1].low in ("a", "an")
        and _named_type(words) is SourceType.PERSON
        and not any(t.bare in TITLES for t in words)
    )


def _site_name(text: str, core: list[Tok]) -> str | None:
    """``Harborwatch.com``: a web site named as a source is an organisation."""
    if len(core) < 3 or core[-1].low not in WEB_SUFFIXES or core[-2].text != ".":
        return None
    name = core[-3]
    if not name.capitalised or name.end != core[-2].start or core[-2].end != core[-1].start:
        return None
    return text[name.start : core[-1].end]


def conjuncts(text: str, span: Span) -> list[Span]:
    """``Ann Lee and Sen. Bo Park``, ``A, the mayor, and B``: each named member of a
    coordinated subject, so each becomes a source. The whole span when the phrase is not
    such a list (``experts and officials``, ``the Centers for Harbor Control and
    Prevention``, ``Ann Lee, director of X and Y``)."""
    toks = tokens(text, span.start, span.end)
    if not any(t.low == "and" for t in toks):
        return [span]
    parts: list[tuple[str, list[Tok]]] = []  # (what separates it from the one before, tokens)
    joiner, current = "", []
    depth = 0
    for tok in toks:
        depth += (tok.text == "(") - (tok.text == ")")
        if depth == 0 and (tok.low == "and" or tok.text == ","):
            if current:
                parts.append((joiner, current))
                joiner, current = "", []
            joiner += tok.low  # ",", "and", or ",and" for ", and"
        else:
            current.append(tok)
    if current:
        parts.append((joiner, current))
    named: list[list[Tok]] = []
    apposition = False  # inside "Ann Lee, a banker and adviser to X,": "and" goes on
    last_named = False
    for joiner, part in parts:
        words = [t for t in part if t.word and t.low not in _LIST_TAILS]
        if not words:
            continue
        if not named:
            if not words[-1].capitalised or words[-1].possessive:
                return [span]  # "experts and officials"
            named.append(part)
            last_named = True
            continue
        appended = (
            (joiner == "," and not words[0].capitalised)
            or (joiner == "and" and apposition)
            or _continues_name(named[-1], words)
            or named[-1][-1].bare in TITLES
        )
        last_named = not appended and words[-1].capitalised and not words[-1].possessive
        if last_named:
            named.append(part)
            apposition = False
        else:
            named[-1] = [*named[-1], *part]  # "Jeb Vale, the former governor," / "… and Prevention"
            apposition = apposition or joiner == ","
    full = [p for p in named if _full_name(p)]
    if len(named) < 2 or not last_named or (len(full) != len(named) and full):
        return [span]  # "Ann Lee, Ohio, and …": a place, not a second source
    out = []
    for part in named:
        while part and (not part[-1].word or part[-1].low in _LIST_TAILS) and part[-1].text != ")":
            part = part[:-1]
        out.append(Span(part[0].start, part[-1].end))
    return out


def _full_name(part: list[Tok]) -> bool:
    """Two capitalised words in a row: ``Bo Park``, ``Los Angeles Times``."""
    return any(a.capitalised and b.capitalised and a.word and b.word for a, b in pairwise(part))


def _continues_name(before: list[Tok], words: list[Tok]) -> bool:
    """``Control and Prevention``, ``Ports and Harbor Services``: the rest of one name
    whose first part joins capitals with ``of``/``for``."""
    if not words[-1].capitalised or not (len(words) == 1 or words[-1].bare in ORG_SUFFIXES):
        return False
    return any(
        a.capitalised and b.low in ("of", "for") and c.capitalised
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    )


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 8) : pos].rstrip(" \t“\"‘'(")
    return not before or before[-1] in ".!?:\n"


def _common_noun(tok: Tok) -> bool:
    bare = tok.bare
    return bare in DOCUMENT_NOUNS or bare in ANONYMOUS_NOUNS or bare in ROLE_NOUNS


def _plausible_name(run: list[Tok]) -> bool:
    """Not a date (``Sunday``) or a shouted headline (``POLLS FAVOR CRUZ``)."""
    words = [t for t in run if t.word]
    if not words or all(t.bare in TIME_WORDS for t in words):
        return False
    shouted = [t for t in words if len(t.text) > 3 and t.text.isupper()]
    return len(shouted) < 2


def _drop_parenthetical(core: list[Tok]) -> list[Tok]:
    """``Rep. Ann Vale (D-Ore.)``: the party and state after a name are not part of it."""
    if len(core) > 2 and core[-1].text == ")":
        for k in range(len(core) - 2, 0, -1):
            if core[k].text == "(":
                if core[k + 1].low == "ret":
                    return core
                return core[:k]
    return core


def _split_apposition(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    for k, tok in enumerate(toks):
        if tok.text == ",":
            return toks[:k], toks[k + 1 :]
    return list(toks), []


def _split_of(core: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """``Sen. Ann Vale of Ohio``, ``Mr. Burman of the X Center``: the name, then ``of Y``."""
    for k in range(1, len(core) - 1):
        if core[k].low in ("of", "from") and core[k - 1].capitalised and core[k - 1].word:
            rest = [t for t in core[k + 1 :] if t.word and t.low != "the"]
            joined = all(t.capitalised or t.low in _NAME_JOINERS for t in rest)
            if len([t for t in rest if t.capitalised]) > 2 and not _org_word(rest[-1]):
                continue  # "Secretary of State Ann Lee": a title, then the name
            if rest and rest[-1].capitalised and joined:
                if core[k - 1].bare in TITLES or core[k - 1].bare in ORG_SUFFIXES:
                    return core, []  # "Secretary of State", "Bank of England"
                return core[:k], core[k:]
    return core, []


def _named_apposition(appo: list[Tok]) -> list[Tok] | None:
    """The apposition up to its closing comma when it is (role words and) a name."""
    seg: list[Tok] = []
    for tok in appo:
        if tok.text in ",;(":
            break
        seg.append(tok)
    words = [t for t in seg if t.word]
    if not words or not words[-1].capitalised or len(words) > 6:
        return None
    if words[0].low in _NOT_NAMING or words[-1].possessive:
        return None
    if any(not t.capitalised and t.low not in NAME_PARTICLES for t in words[-2:]):
        return None
    return seg


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
            if prev.possessive and not _inner_possessive(prev):
                break
            i -= 1
        elif prev.text in (".", "-", ")", "(", "’", "'", "/"):
            i -= 1
        elif (
            prev.low in ("of", "for")
            and i > 1
            and core[i - 2].capitalised
            and (core[i - 2].bare in TITLES or _org_word(core[i - 2]))
        ):
            i -= 1  # "Secretary of State Marco Rubio", "the School of Law"
        elif (
            prev.low == "and"
            and i > 1
            and core[i - 2].capitalised
            and any(t.low in ("of", "for") for t in core[: i - 2])
        ):
            i -= 1  # "the Office of Ports and Harbors"
        else:
            break
    while i < end and (not core[i].word or core[i].low in DETERMINERS) and not _initial(core, i):
        i += 1
    if i >= end:
        return None, end
    return i, end


def _initial(core: list[Tok], i: int) -> bool:
    """``A.`` in ``A.K.P.``: a capital letter written with a dot is no article."""
    tok = core[i]
    return (
        tok.text == "A"
        and i + 1 < len(core)
        and core[i + 1].text == "."
        and core[i + 1].start == tok.end
    )


def _named_mention(
    text: str, span: Span, core: list[Tok], start: int, end: int, appo: list[Tok]
) -> Mention:
    run = core[start:end]
    words = [t for t in run if t.word and t.low != "ret"]
    if _named_type(words) is SourceType.ORGANIZATION:
        name = _join(text, words)
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
        _join(text, name_words)
        if _plain_run(text, name_words)
        else " ".join(t.text for t in name_words)
    )
    source_type = _named_type(name_words)
    lower_role = [t for t in core[:start] if t.word and t.low not in DETERMINERS]
    if lower_role and lower_role[-1].bare in ORG_KIND_NOUNS:
        source_type = SourceType.ORGANIZATION  # "local newspaper Diário do Cais"
    role_parts = []
    title_text = _title_text(text, run, titles)
    if title_text:
        role_parts.append(title_text)
    if lower_role and not lower_role[-1].possessive:
        role_parts.insert(0, _join(text, lower_role))
    appo_role, affiliation = _apposition(text, appo)
    clause = bool(appo) and appo[0].low in ("who", "whose")
    if appo_role and not (clause and role_parts):
        # "cybersecurity expert X, who tracks Y": the who-clause describes what X does;
        # it stands in for a role only when no role is given
        role_parts.append(appo_role)
    if affiliation is None and pre and source_type is SourceType.PERSON:
        affiliation = _join(text, pre)
    if name_words and name_words[-1].possessive and not _inner_possessive(name_words[-1]):
        name = name[:-2]  # "Ada Vell’s hair was whiter": the woman, not her hair
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


def _org_word(tok: Tok) -> bool:
    """``Center``, ``Centers``: a word that ends an organisation's name."""
    bare = tok.bare
    return bare in ORG_SUFFIXES or (bare.endswith("s") and bare[:-1] in ORG_SUFFIXES)


def _named_type(name_words: list[Tok]) -> SourceType:
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
    if any(_org_word(a) and b.low in ("of", "for") for a, b in pairwise(name_words)):
        return SourceType.ORGANIZATION  # "the School of Economics", "the Bank of Kent"
    return SourceType.PERSON


def _common_mention(
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
    head_k = _head_index(core)
    head = core[head_k] if head_k is not None else core[-1]
    described = core[: (head_k or 0) + 1]
    phrase = _join(text, core)
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
        named = core[: next((k for k, t in enumerate(core) if t.low in _CLAUSE_WORDS), None)]
        qualifier = named[len(described) :]
        if not any(t.capitalised and t.word and t.bare not in TIME_WORDS for t in qualifier):
            named = described  # "a survey released on Tuesday": nobody named after the head
        while len(named) > 1 and (named[0].low in ("a", "an") or not named[-1].word):
            named = named[1:] if named[0].low in ("a", "an") else named[:-1]
        return Mention(span, _join(text, named), SourceType.DOCUMENT)
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
    return _join(text, run) if _plain_run(text, run) else None


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
        and not _common_noun(t)
    ]
    if run and _opens_sentence(text, run[0].start) and not _proper_opener(run[0], proper):
        run = run[1:]
    if not run or (core[0] is run[0] and core[0].low in DETERMINERS):
        return None
    return _join(text, run) if _plain_run(text, run) else run[-1].text


def _proper_opener(tok: Tok, proper: ProperWords) -> bool:
    """A sentence's first word that is a name: written capitalised elsewhere, or an acronym."""
    return tok.low in proper or (len(tok.text) > 1 and tok.text.isupper())


def _head_index(core: list[Tok]) -> int | None:
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
            and _common_noun(core[head])
            and not _common_noun(tok)
        ):
            break  # "a review filed with the state": a participle after the head noun
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
        place = tok.low in ("in", "to") and k + 1 < len(words) and words[k + 1].capitalised
        if not clause and tok.low in ("in", "to", "since", "who", "which") and not place:
            break  # "special representative to Ukraine" keeps its place
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
            if tok.possessive and not _inner_possessive(tok):
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


def _inner_possessive(tok: Tok) -> bool:
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
    return _join(text, best) if best else None


def _join(text: str, toks: list[Tok]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


# --------------------------------------------------------------------------- grouping


def cited_sources(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Sources for every speaker mention and cited work, and a link from each quote."""
    doc = ctx.doc
    text = doc.text
    by_span: dict[Span, Mention] = {}
    parts_of: dict[Span, list[Span]] = {}
    proper = ProperWords(text)
    for quote in prior.quotes:
        if quote.speaker is not None and quote.speaker not in parts_of:
            parts_of[quote.speaker] = parts = conjuncts(text, quote.speaker)
            for part in parts:
                mention = read_mention(text, part, proper)
                if mention is not None:
                    by_span[part] = mention
    mentions = sorted(by_span.values(), key=lambda m: m.span)
    mentions = sorted([*mentions, *cited_works(text, ctx.passages())], key=lambda m: m.span)
    entities, resolved = _group(mentions)
    if any(m.pronoun and m.span not in resolved for m in mentions):
        _resolve_stranded(doc, mentions, entities, resolved, proper)
    sources = {id(e): e.source() for e in entities.all}  # one Source each, shared by its links
    yield from sources.values()
    for quote in prior.quotes:
        linked: set[int] = set()
        for part in parts_of.get(quote.speaker, ()) if quote.speaker is not None else ():
            entity = resolved.get(part)
            if entity is not None and id(entity) not in linked:
                linked.add(id(entity))
                yield Link(quote, sources[id(entity)], Relation.ATTRIBUTED_TO)


def _resolve_stranded(
    doc: Document,
    mentions: list[Mention],
    entities: _Entities,
    resolved: dict[Span, _Entity],
    proper: ProperWords,
) -> None:
    """A pronoun with no source before it refers to the person the text was about: the
    named subject of the nearest sentence before it (``Lee Marten spoke to a paper … “…,” he
    said``). Only then does that subject become a source."""
    text = doc.text
    starts = [s.span.start for s in doc.sentences]
    for m in mentions:
        if not m.pronoun or m.span in resolved or PRONOUN_GENDER.get(m.pronoun) not in "mf":
            continue
        k = bisect_right(starts, m.span.start) - 1
        for sent in doc.sentences[max(0, k - 6) : k + 1][::-1]:
            subject = _named_subject(text, sent.span, proper)
            if subject is None:
                continue
            entity = _resolve(subject, entities, {})
            if entity is None:
                entity = _Entity(subject, role=subject.role, affiliation=subject.affiliation)
                entities.add(entity, fresh=True)
                entity.spans.append(subject.span)
            entity.spans.append(m.span)
            resolved[m.span] = entity
            break


def _named_subject(text: str, span: Span, proper: ProperWords) -> Mention | None:
    """The person a sentence opens with, if it opens with a named person."""
    if not text[span.start : span.start + 1].isupper():
        return None
    found = np_forward(text, span.start, min(span.end, span.start + 200))
    if found is None:
        return None
    mention = read_mention(text, found, proper)
    if mention is None or mention.source_type is not SourceType.PERSON or not mention.surname:
        return None
    return mention


def cited_works(text: str, passages: Sequence[Passage]) -> list[Mention]:
    """Quoted titles after ``author of``: a book the article cites as a document."""
    found: list[Mention] = []
    if "author of" not in text:
        return found
    for passage in passages:
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
    entities, resolved = _group(mentions)
    return entities.all, resolved


def _group(mentions: list[Mention]) -> tuple[_Entities, dict[Span, _Entity]]:
    entities = _Entities()
    keyed: dict[tuple[str, str], _Entity] = {}
    resolved: dict[Span, _Entity] = {}
    for m in mentions:
        entity = _resolve(m, entities, keyed)
        if entity is None:
            if m.pronoun is not None:
                continue
            entity = _Entity(m, role=m.role, affiliation=m.affiliation, gender=m.gender)
            entities.add(entity)
            keyed[_key(m)] = entity
        elif m.pronoun is None:
            _enrich(entity, m)
        if m.pronoun in ("he", "she") and entity.gender is None:
            entity.gender = PRONOUN_GENDER[m.pronoun]
        entity.spans.append(m.span)
        entity.last = m.span.start
        entities.touch(entity)
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


class _Latest:
    """Entities of one kind in order of ``last``: ``touched`` in the order their ``last``
    was set (mentions come in document order, so that is by ``last``), then ``fresh``
    ones made for a stranded pronoun, never touched (``last`` 0, the latest indices)."""

    __slots__ = ("fresh", "touched")

    def __init__(self) -> None:
        self.touched: dict[int, _Entity] = {}
        self.fresh: list[_Entity] = []

    def top(self, k: int) -> list[_Entity]:
        """The ``k`` latest by ``(last, index)`` or more: every tie of the k-th comes too,
        so a caller breaks ties its own way."""
        out: list[_Entity] = []
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
        self.all: list[_Entity] = []
        self._kinds: dict[tuple, _Latest] = {}
        """By what :func:`_fits` reads: type, gender, whether there is a surname."""
        self._surnames: dict[tuple[str, bool], _Latest] = {}
        """By surname, and whether the mention gives a first name."""
        self._roles: dict[str, _Latest] = {}
        """Persons a description can name (:func:`_described`), by each word of the role."""
        self._initials: dict[str, list[int]] = {}
        """Indices by the initials of the name, in order."""
        self._filed: dict[int, tuple[list[_Latest], str]] = {}

    def add(self, entity: _Entity, fresh: bool = False) -> None:
        """A new entity: ``fresh`` when made outside the mention order (never touched)."""
        entity.index = len(self.all)
        self.all.append(entity)
        if fresh:
            groups, initials = self._groups(entity)
            for group in groups:
                group.fresh.append(entity)
            insort(self._initials.setdefault(initials, []), entity.index)
            self._filed[entity.index] = ([], initials)

    def touch(self, entity: _Entity) -> None:
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

    def _groups(self, entity: _Entity) -> tuple[list[_Latest], str]:
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

    def antecedent(self, gender: str | None) -> _Entity | None:
        """See :func:`_antecedent`: the latest entities that fit, from the kinds that do."""
        k = 3 if gender in ("m", "f") else 1
        found: dict[int, _Entity] = {}
        for group in self._kinds.values():
            sample = next(iter(group.touched.values()), None) or next(iter(group.fresh), None)
            if sample is not None and _fits(sample, gender):
                found.update((e.index, e) for e in group.top(k))
        fits = sorted(found.values(), key=lambda e: (e.last, e.index))
        if not fits:
            return None
        if gender in ("m", "f"):
            known = [e for e in fits[-3:] if e.gender == gender]
            if known:
                return known[-1]
        return fits[-1]

    def latest(self, groups: list[_Latest | None]) -> _Entity | None:
        """The entity of ``groups`` with the greatest ``last``, the first made on a tie."""
        found = [e for group in groups if group is not None for e in group.top(1)]
        return min(found, key=lambda e: (-e.last, e.index)) if found else None

    def surnamed(self, surname: str, first: bool) -> _Entity | None:
        """The latest entity of ``surname`` (only those without a first name if ``first``)."""
        groups = [self._surnames.get((surname, False))]
        if not first:
            groups.append(self._surnames.get((surname, True)))
        return self.latest(groups)

    def described(self, word: str) -> _Entity | None:
        """See :func:`_described`."""
        forms = {word, *TITLE_ABBREVIATIONS.get(word, ())}
        return self.latest([self._roles.get(f) for f in forms])

    def abbreviated(self, acronym: str) -> _Entity | None:
        """The first entity whose name's initials spell ``acronym``."""
        indices = self._initials.get(acronym)
        return self.all[indices[0]] if indices else None


def _role_words(role: str) -> set[str]:
    return {w.strip(".,").lower() for w in role.replace("-", " ").split()}


def _resolve(
    m: Mention, entities: _Entities, keyed: dict[tuple[str, str], _Entity]
) -> _Entity | None:
    if m.pronoun is not None:
        return _antecedent(m.pronoun, entities)
    if m.description is not None:
        found = _described(m.description, entities)
        if found is not None:
            return found
    found = keyed.get(_key(m))
    if found is not None:
        return found
    if m.source_type is SourceType.PERSON and m.surname:
        # the latest of that surname; a full name only joins one given without a first name
        found = entities.surnamed(m.surname, bool(m.first))
        if found is not None:
            return found
    if m.source_type is SourceType.ORGANIZATION and m.name.isupper():
        return entities.abbreviated(m.name)
    return None


def _described(word: str, entities: _Entities) -> _Entity | None:
    """``the spokesman`` / ``the senator``: the latest person whose role says so."""
    return entities.described(word)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _antecedent(pronoun: str, entities: _Entities) -> _Entity | None:
    """The latest source a pronoun can refer to, respecting gender and number.

    A recent source whose gender is known to match beats a later one of unknown gender."""
    return entities.antecedent(PRONOUN_GENDER.get(pronoun))


def _fits(entity: _Entity, gender: str | None) -> bool:
    kind = entity.mention.source_type
    if gender in ("m", "f", "s"):
        return kind is SourceType.PERSON and (entity.gender in (None, gender) or gender == "s")
    if gender == "n":
        return kind in (SourceType.ORGANIZATION, SourceType.DOCUMENT)
    if gender == "p":
        # "they said": a group, an organisation or a vague source, not one named person
        if kind in (SourceType.ORGANIZATION, SourceType.ANONYMOUS):
            return True
        return kind is SourceType.PERSON and not entity.mention.surname
    return kind is not SourceType.DOCUMENT


__all__ = ["Mention", "cited_sources", "cited_works", "group_mentions", "read_mention"]

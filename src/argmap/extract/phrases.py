"""The noun phrases that name a speaker, shared by direct and reported speech.

A stretch of text is read as :class:`~.tokens.Tok` words and marks (:mod:`.tokens`). A speaker
mention is the noun phrase right after a cue (``said Dr. X, senior fellow at Y``: read
forward) or right before it (``X, who runs Y, said``: read backward, past dates, adverbs and
appositions); a phrase names a source only if its head can speak (a name, a pronoun, a role
or source noun). :mod:`.quotes` and :mod:`.reported` both build on these, and share the
:class:`Passage` and :class:`Attribution` records and the :data:`WINDOW` bound from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .lexicon.attribution import (
    ANONYMOUS_NOUNS,
    AUTHORED_NOUNS,
    CLAUSE_OPENERS,
    CUE_ADVERBS,
    CUE_TAILS,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    LEADING_ADVERBS,
    NAME_PARTICLES,
    NEGATIONS,
    ORG_KIND_NOUNS,
    ORG_NAMES,
    ORG_SUFFIXES,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_NOUNS,
    STANCE_CUES,
    TIME_WORDS,
    TITLES,
    WEB_SUFFIXES,
)
from .tokens import Tok, first_words, tokens

WINDOW = 320
"""How far (chars) before or after a quote its cue and speaker may be."""

WORDS = re.compile(r"[^\W\d_]+")
_MARK_CHARS = "\"'“”«»"
CLOSERS = "”»"
SENTENCE_PUNCT = frozenset(".!?")
_STOP_PUNCT = frozenset(';:“”"«»—–()[]')
_NP_INNER_LOWER = (
    frozenset("of for with at from and familiar close who whose".split()) | NAME_PARTICLES
)
_NP_BREAK = frozenset(
    """in on during to when while after before because as that which than by since
    about if but so until""".split()
)
BACK_STOP = frozenset(
    """that which what who whom when while because if but so as in on during is was are
    were has have had been be by to than into onto over under about after before since
    it its his her their our my your this these those there here not no""".split()
)
_PP_INSIDE_NP = frozenset(["from", "of", "at", "with", "for"])
_PP_DETERMINERS = frozenset(["the", "these", "those", "this", "that"])
_AUTHORED = SPEECH_NOUNS | DOCUMENT_NOUNS
NOT_BEFORE_A_VERB = frozenset(
    "to the a an of for and or his her their its our my your this that these those".split()
)
CLAUSE_LINKS = frozenset(
    "after before because when while since although though if until as that".split()
)
_PLACE_OPENERS = frozenset("at in on from near inside outside".split())
_PP_ATTACH = frozenset("in of at to from for with on across near inside outside around".split())
SHARES = frozenset("percent majority minority half third quarter most number".split())
_NOT_APPOSITION = frozenset(
    "and but or so although though while because as when if whereas adding saying".split()
)
_VERB_TAILS = ("ing", "ed")
_REFLEXIVES = frozenset("itself himself herself themselves myself ourselves".split())
_RELATIVE_TIMES = frozenset(["earlier", "later", "recently"])
TIME_LEADS = frozenset("last this past next on in early late earlier that".split())


@dataclass(frozen=True, slots=True)
class Passage:
    """The text between a pair of double quote marks (marks included)."""

    start: int
    end: int
    closed: bool
    paragraph: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def inner_of(self, text: str) -> Span:
        """The quoted words without the marks around them."""
        start, end = self.start, self.end
        while start < end and start - self.start < 3 and text[start] in _MARK_CHARS:
            start += 1
        while self.closed and end > start and self.end - end < 3 and text[end - 1] in _MARK_CHARS:
            end -= 1
        return Span(start, end)


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Span | None
    cue: Span | None


# --------------------------------------------------------------------------- noun phrases


def head_of(toks: list[Tok]) -> Tok | None:
    """The head word of a noun phrase: its last word before any apposition or clause."""
    last = None
    for tok in toks:
        if tok.text in ",;(" or (last is not None and tok.low in ("who", "whose", "which")):
            break
        if last is not None and tok.low in ("of", "for", "with", "at", "from", "familiar"):
            break  # "a spokesperson for the agency": the head comes before the preposition
        if tok.word and not (last is not None and last.capitalised and tok.low in _NP_INNER_LOWER):
            last = tok
    return last


def is_source_phrase(toks: list[Tok]) -> bool:
    """Does this phrase name something that can speak: a name, pronoun or source noun?"""
    words = [t for t in toks if t.word]
    if not words:
        return False
    if len(words) == 1 and words[0].low in SPEAKER_PRONOUNS:
        return True
    head = head_of(toks)
    if head is None:
        return False
    if head.capitalised and head.bare not in DETERMINERS and head.low not in SPEAKER_PRONOUNS:
        return not (head is words[0] and head.low in CLAUSE_OPENERS)
    k = words.index(head)
    if head.low in SHARES and k + 1 < len(words) and words[k + 1].low == "of":
        return True  # "75 percent of riders", "a majority of voters"
    return any(source_word(t) for t in words[: k + 1])


def source_word(tok: Tok) -> bool:
    bare = tok.bare
    if tok.capitalised and tok.low not in DETERMINERS and tok.low not in CLAUSE_OPENERS:
        return bare not in TIME_WORDS
    return (
        bare in ANONYMOUS_NOUNS
        or bare in GROUP_PRONOUNS
        or bare in ROLE_NOUNS
        or bare in DOCUMENT_NOUNS
        or bare in AUTHORED_NOUNS
        or bare in ORG_SUFFIXES
        or bare in ORG_NAMES
    )


def np_forward(
    text: str, start: int, limit: int, *, lenient: bool = False, apposition: bool = True
) -> Span | None:
    """The noun phrase starting at ``start``: ``Dr. X, senior fellow at Y`` or ``he``.

    ``lenient`` accepts any noun phrase (right after an inverted cue nearly anything is
    the speaker: ``said one Republican involved in the planning``). Only :data:`WINDOW`
    characters are read: no phrase is longer, and reading to the end of a long sentence at
    every cue in it would cost the sentence's length squared."""
    toks = tokens(text, start, min(limit, start + WINDOW))
    if not toks:
        return None
    first = toks[0]
    if first.low in SPEAKER_PRONOUNS:
        return Span(first.start, first.end)
    end_i = _core_end(toks)
    if end_i == 0:
        return None
    if apposition:
        end_i = _apposition_end(toks, end_i)
    span_toks = toks[:end_i]
    while span_toks and (
        (not span_toks[-1].word and span_toks[-1].text not in ".)")
        or (len(span_toks) > 1 and span_toks[-1].low in _NP_INNER_LOWER)
    ):
        span_toks.pop()  # "Ada Vell and", "Kelton News moderators at": not the end of a name
    if not span_toks:
        return None
    if lenient:
        if any(t.bare in TIME_WORDS or t.low in CUE_ADVERBS for t in span_toks[:1]):
            return None
    elif not is_source_phrase(span_toks):
        return None
    return Span(span_toks[0].start, span_toks[-1].end)


def _core_end(toks: list[Tok]) -> int:
    """Index after the core of a forward noun phrase (determiner, titles, name, nouns)."""
    i = 0
    named = False
    n = len(toks)
    common = toks[0].word and (not toks[0].capitalised or toks[0].low in DETERMINERS)
    while i < n:
        tok = toks[i]
        low = tok.low
        if tok.word:
            if tok.capitalised:
                named = True
            elif (
                low in _NP_BREAK
                or (low in CUE_VERBS and toks[i - 1].low not in DETERMINERS)
                or (named and (low in STANCE_CUES or low.endswith("ed")))
                or low in CUE_ADVERBS
                or (
                    named
                    and not common
                    and low not in _NP_INNER_LOWER
                    and not _name_follows(toks, i)
                    and not (role_word(tok) and low.endswith("s"))  # "Kelton News moderators"
                )
            ):
                break
            i += 1
            continue
        if tok.text == "." and i > 0 and abbreviation(toks[i - 1]):
            i += 1
            continue
        if tok.text[:1].isdigit() and i > 0 and toks[i - 1].low in DETERMINERS:
            i += 1  # "a 2008 Clinton veteran"
            continue
        if tok.text == "." and i > 0 and _site_suffix(toks, i):
            i += 2  # "Harborwatch.com"
            continue
        if tok.text == "(" and i + 2 < n and toks[i + 1].low == "ret":
            i = min(n, i + 4 if i + 3 < n and toks[i + 3].text == ")" else i + 3)
            continue
        if tok.text in "-&/" and named:
            i += 1
            continue
        break
    return i


def _site_suffix(toks: list[Tok], i: int) -> bool:
    """The ``.com`` of a site name, written without spaces."""
    dot = toks[i]
    return (
        i + 1 < len(toks)
        and toks[i + 1].low in WEB_SUFFIXES
        and toks[i - 1].end == dot.start
        and dot.end == toks[i + 1].start
    )


def _name_follows(toks: list[Tok], i: int) -> bool:
    """``GOP strategist Kim Vance``: a role between an affiliation and a name."""
    for tok in toks[i : i + 3]:
        if not tok.word or tok.low in _NP_BREAK or tok.low in CUE_VERBS:
            return False
        if tok.capitalised:
            return True
    return False


def abbreviation(tok: Tok) -> bool:
    """``Sen.``, ``B.``: a word a full stop abbreviates rather than ends."""
    if not tok.word or not tok.capitalised:
        return False
    return len(tok.text) == 1 or (tok.low in TITLES and len(tok.text) <= 6)


def _apposition_end(toks: list[Tok], i: int) -> int:
    """Extend past ``, a senior fellow at Y`` to the end of the apposition."""
    n = len(toks)
    if i + 1 >= n or toks[i].text != ",":
        return i
    nxt = toks[i + 1]
    if not (nxt.word or nxt.text[:1].isdigit()) or (
        nxt.low in _NOT_APPOSITION or nxt.low in CUE_VERBS or nxt.low in SPEAKER_PRONOUNS
    ):
        return i
    j = i + 1
    while j < n:
        t = toks[j].text
        if t in _STOP_PUNCT or (t in SENTENCE_PUNCT and not abbreviation(toks[j - 1])):
            break
        if t == "," and not all(tk.text[:1].isdigit() for tk in toks[i + 1 : j]):
            break  # the apposition closes: "X, a former chair, joined …" (an age goes on)
        j += 1
    return j


def np_backward(text: str, start: int, end: int) -> Span | None:
    """The subject noun phrase that ends at ``end`` (just before a cue verb)."""
    toks = tokens(text, start, end)
    if len(toks) > 1 and (toks[-1].low in _REFLEXIVES or toks[-1].low in ("both", "each", "all")):
        toks.pop()  # "Ford itself said", "A and B both say": not part of the name
    while toks and (adverb_or_negation(toks[-1]) or toks[-1].bare in TIME_WORDS):
        # "A poll last week found", "Ada Kern on Monday said": the date is not the subject
        if toks[-1].bare in TIME_WORDS:
            date = toks.pop().bare not in _RELATIVE_TIMES
            while toks and toks[-1].low in TIME_LEADS and (date or toks[-1].low != "in"):
                toks.pop()  # "a poll in June" — but "the cooperative in earlier disputes"
        else:
            toks.pop()
    if not toks:
        return None
    if len(toks) > 2 and toks[-1].low in ("who", "which") and toks[-2].word:
        return _antecedent(toks[:-1])
    if len(toks) > 2 and toks[-1].text in CLOSERS + '"' and toks[-2].text == ",":
        toks.pop()  # "X, star of “Tidewater,” thanked": the comma closes the apposition
    mention_end = toks[-1].end
    if toks[-1].text == ",":
        return _apposed_subject(toks, mention_end)
    toks = _drop_parenthesis(toks)
    if len(toks) > 1 and toks[-1].text.isdigit() and toks[-2].capitalised and toks[-2].word:
        toks = toks[:-1]  # "news affiliate KTV 7": the channel's number ends its name
    if not toks or (not toks[-1].word and toks[-1].text not in ".)"):
        return None
    first = _np_start(toks)
    if first is None:
        return None
    core = toks[first:]
    while len(core) > 1 and core[0].low in LEADING_ADVERBS and core[1].word:
        core = core[1:]  # "Even supporters concede": the adverb is not part of the subject
    if not is_source_phrase(core):
        return None
    prep = first if core[0].low in _PP_ATTACH else first - 1
    if prep > 0 and toks[prep].low in _PP_ATTACH and toks[prep - 1].word:
        if toks[prep].low in ("from", "by") and toks[prep - 1].bare in _AUTHORED:
            return Span(toks[prep + 1].start, mention_end)  # "a tweet from Ann Lee, who"
        return _attached_subject(toks[:prep], mention_end)
    if core[0].low in _PP_ATTACH:
        return None
    return Span(core[0].start, mention_end)


def adverb_or_negation(tok: Tok) -> bool:
    """What may stand between a subject and its cue: ``has long``, ``would not``."""
    return tok.low in CUE_ADVERBS or tok.low.replace("’", "'") in NEGATIONS


def _antecedent(toks: list[Tok]) -> Span | None:
    """``Ann Lee, an adviser to the campaign who has long argued``: the subject of the
    relative clause is the phrase before ``who``, with the name it describes."""
    first = _np_start(toks)
    if first is None or not is_source_phrase(toks[first:]):
        return None
    end = toks[-1].end
    while first > 1 and toks[first - 1].low in _PP_ATTACH and toks[first - 2].word:
        prep = toks[first - 1]
        if prep.low in ("from", "by") and toks[first - 2].bare in _AUTHORED:
            break  # "a tweet from Ann Lee, who": Ann Lee
        outer = _np_start(toks[: first - 1])
        if outer is None:
            return None
        first = outer  # "a star anchor at the network who": the anchor
    if first > 1 and toks[first - 1].text == ",":
        before = _drop_parenthesis(toks[: first - 1])
        named = _np_start(before) if before else None
        if named is not None and before[-1].capitalised and is_source_phrase(before[named:]):
            return Span(before[named].start, end)
    return Span(toks[first].start, end)


def _attached_subject(toks: list[Tok], mention_end: int) -> Span | None:
    """``the casinos in Port Alden reported``: the name ends a prepositional phrase, so the
    subject is the noun before it, a source only if that noun can speak (``officials in
    Ohio``, ``Ann Lee in Kelton``)."""
    head = toks[-1]
    if head.low in BACK_STOP or head.low in CUE_VERBS or head.low in CLAUSE_OPENERS:
        return None
    first = _np_start(toks)
    speaks = head.capitalised or source_word(head) or role_word(head) or head.low in SHARES
    if first is None or not speaks:
        return None
    return Span(toks[first].start, mention_end)


def _drop_parenthesis(toks: list[Tok]) -> list[Tok]:
    """``Ann Vale (D-Ore.)``: the name before a closing parenthetical."""
    if not toks or toks[-1].text != ")":
        return toks
    for k in range(len(toks) - 2, max(-1, len(toks) - 12), -1):
        if toks[k].text == "(":
            return toks[:k]
    return toks


def _apposed_subject(toks: list[Tok], mention_end: int) -> Span | None:
    """``X, who runs Y,`` / ``X, Y’s chief strategist,``: the subject with its apposition."""
    for k in range(1, len(toks) - 1):
        if toks[k].text != ",":
            continue
        between = toks[k + 1 : -1]
        if not between or any(t.low in CUE_VERBS and not t.capitalised for t in between[:1]):
            return None
        core = _drop_parenthesis(toks[:k])
        first = _np_start(core) if core and (core[-1].word or core[-1].text == ".") else None
        if first is not None and is_source_phrase(core[first:]):
            if core[first].low in CLAUSE_OPENERS:
                return None
            if first > 0 and core[first - 1].low in _PLACE_OPENERS:
                continue  # "At Kelton Pier, where …, Jay Dorn, the harbor master,": a place
            return Span(core[first].start, mention_end)
    commas = [k for k in range(1, len(toks) - 1) if toks[k].text == ","]
    named = toks[commas[-1] + 1 : -1] if commas else []
    if len(named) > 1 and all(t.word and t.capitalised for t in named):
        return Span(named[0].start, named[-1].end)  # "One of them, Harbor Freight Lines,"
    return None


def _np_start(toks: list[Tok]) -> int | None:
    """Walk back from the end of ``toks`` to where the noun phrase begins."""
    n = len(toks)
    last = toks[-1]
    if last.low in SPEAKER_PRONOUNS:
        return n - 1
    i = n - 1
    named = last.capitalised
    lower_words = 0
    in_role = False
    while i > 0:
        prev = toks[i - 1]
        low = prev.low
        if prev.word:
            if low in DETERMINERS:
                if i > 2 and toks[i - 2].low in _PP_INSIDE_NP and low in _PP_DETERMINERS:
                    i -= 2
                    continue
                if low in ("that", "this") and last.low.endswith("s") and not last.possessive:
                    return i  # "suggesting that Kelton leaders recognize": a conjunction
                return i - 1
            if prev.capitalised:
                if low in CLAUSE_OPENERS or low in SPEAKER_PRONOUNS:
                    return i
                i -= 1
                continue
            if low == "and" and i > 1 and _noun_like(toks[i - 2]):
                i -= 1
                continue
            if (
                low in ("of", "for")
                and named
                and i > 1
                and toks[i].capitalised
                and toks[i - 2].capitalised
            ):
                i -= 1
                continue
            if low in BACK_STOP or low in CUE_VERBS or low in CLAUSE_OPENERS:
                return i
            role = role_word(prev)
            in_role = in_role or role
            if named and not in_role and low not in NAME_PARTICLES:
                return i
            lower_words += 1
            modifier = i > 1 and (toks[i - 2].capitalised or toks[i - 2].low in DETERMINERS)
            verb = low.endswith(_VERB_TAILS) and low not in ROLE_NOUNS and not modifier
            if lower_words > 6 or verb:  # but "the RealClearPolitics rolling average"
                return i
            i -= 1
            continue
        if prev.text == "." and i > 1 and abbreviation(toks[i - 2]):
            i -= 1
            continue
        if prev.text in "-&’'" and i > 1:
            i -= 1
            continue
        if prev.text == "," and _listed_name(toks, i):
            i -= 1  # "Ada Vell, Bo Park and Lin Toma"
            continue
        if prev.text[:1].isdigit() and toks[i].low in SHARES:
            i -= 1  # "75 percent of voters"
            continue
        return i
    return 0


def _listed_name(toks: list[Tok], i: int) -> bool:
    """A comma between two full names of a list that ends ``… and Name``."""
    return (
        i > 2
        and toks[i].capitalised
        and toks[i - 2].capitalised
        and toks[i - 3].capitalised
        and toks[i - 2].word
        and toks[i - 3].word
        and toks[i - 2].bare not in TIME_WORDS
        and toks[i - 3].low not in CLAUSE_OPENERS
        and any(t.low == "and" for t in toks[i:])
    )


def role_word(tok: Tok) -> bool:
    """``expert``, ``co-founder``: a noun naming what a source is."""
    bare = tok.bare
    if bare.endswith("s") and bare[:-1] in ROLE_NOUNS:
        return True  # "port chiefs"
    return bare in ROLE_NOUNS or bare.rsplit("-", 1)[-1] in ROLE_NOUNS or bare in ORG_KIND_NOUNS


def _noun_like(tok: Tok) -> bool:
    """Can this word end the first of two coordinated subjects (``X and Y said``)?"""
    return tok.word and (tok.capitalised or tok.bare in ROLE_NOUNS or tok.bare in ANONYMOUS_NOUNS)


def skip_tail(text: str, pos: int) -> int:
    """Skip ``in a statement``-like phrases and adverbs that follow a cue verb."""
    rest = text[pos : pos + 40].lower()
    stripped = rest.lstrip()
    for tail in CUE_TAILS:
        if stripped.startswith(tail):
            return pos + (len(rest) - len(stripped)) + len(tail)
    return pos


def names_someone(text: str, span: Span) -> bool:
    """A phrase headed by a name or a personal pronoun (not ``a statement``)."""
    toks = tokens(text, span.start, span.end)
    head = head_of(toks)
    return head is not None and (head.capitalised or head.low in SPEAKER_PRONOUNS)


def sentence_subject(text: str, toks: list[Tok], j: int) -> Span | None:
    """The noun phrase opening a sentence, after an opening adverbial clause."""
    k = 0
    if toks and (toks[0].low in CLAUSE_OPENERS or toks[0].low.endswith("ing")):
        k = next((i + 1 for i in range(j) if toks[i].text == ","), 0)
    if k >= j:
        return None
    return np_forward(text, toks[k].start, toks[j].start)


__all__ = [
    "BACK_STOP",
    "CLAUSE_LINKS",
    "CLOSERS",
    "NOT_BEFORE_A_VERB",
    "SENTENCE_PUNCT",
    "SHARES",
    "TIME_LEADS",
    "WINDOW",
    "WORDS",
    "Attribution",
    "Passage",
    "Tok",
    "abbreviation",
    "adverb_or_negation",
    "first_words",
    "head_of",
    "is_source_phrase",
    "names_someone",
    "np_backward",
    "np_forward",
    "role_word",
    "sentence_subject",
    "skip_tail",
    "source_word",
    "tokens",
]

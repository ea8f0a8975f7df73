"""Direct quotations, the mention of who said them, and reported (indirect) statements.

Quoted passages are found by one linear scan of each paragraph's double quote marks.
Each passage is then attributed from a bounded window around it: a cue verb after the
quote (``“…,” said X`` / ``“…,” X said``), before it (``X said: “…”``, ``according to X``,
``X’s remarks about “…”``), or, failing both, the speaker of the quote just before it.
Reported speech (``X said that …``, ``analysts believe …``) is found from cue verbs
outside quotes. Windows are bounded, so cost stays linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Document, Finding, Findings, Quote, Span
from .lexicon.attribution import (
    ADDRESSEE_CUES,
    AGENT_REACH,
    ANONYMOUS_NOUNS,
    AUTHORED_NOUNS,
    CHARACTERISATION_VERBS,
    CLAUSE_OPENERS,
    COMPARATIVE_OPENERS,
    CUE_ADVERBS,
    CUE_TAILS,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    INDIRECT_CUE_BASES,
    INDIRECT_CUES,
    LEADING_ADVERBS,
    NAME_PARTICLES,
    NAMED_SUBJECT_CUES,
    NEGATIONS,
    ORG_KIND_NOUNS,
    ORG_NAMES,
    ORG_SUFFIXES,
    PHRASAL_CUES,
    PROGRESSIVE_CUES,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_BASE_FORMS,
    STANCE_CUES,
    STANCE_PARTICLES,
    TIME_WORDS,
    TITLES,
    WEB_SUFFIXES,
    WORK_NOUNS,
)

WINDOW = 320
"""How far (chars) before or after a quote its cue and speaker may be."""

_MARKS = re.compile(r"[\"“”«»]|'{2,3}")
_TOKEN = re.compile(r"[^\W\d_](?:[\w’'\-]*\w)?|\d[\w’'\-.,]*\w|\d|[^\w\s]")
_TITLE_MINOR = frozenset("a an the of and or for in on to at by with from para de".split())
_WORDS = re.compile(r"[^\W\d_]+")
_APOSTROPHES = "’'"
_OPENERS = "“«"
_MARK_CHARS = "\"'“”«»"
_CLOSERS = "”»"
_SENTENCE_PUNCT = frozenset(".!?")
_STOP_PUNCT = frozenset(';:“”"«»—–()[]')
_NP_INNER_LOWER = (
    frozenset("of for with at from and familiar close who whose".split()) | NAME_PARTICLES
)
_NP_BREAK = frozenset(
    """in on during to when while after before because as that which than by since
    about if but so until""".split()
)
_BACK_STOP = frozenset(
    """that which what who whom when while because if but so as in on during is was are
    were has have had been be by to than into onto over under about after before since
    it its his her their our my your this these those there here not no""".split()
)
_PP_INSIDE_NP = frozenset(["from", "of", "at", "with", "for"])
_PP_DETERMINERS = frozenset(["the", "these", "those", "this", "that"])
_AUTHORED = SPEECH_NOUNS | DOCUMENT_NOUNS
_NOT_BEFORE_A_VERB = frozenset(
    "to the a an of for and or his her their its our my your this that these those".split()
)
_LABELS = frozenset(
    """analysis opinion update breaking exclusive watch video live explainer editorial
    review interview photos poll report fact factcheck commentary perspective""".split()
)
_POLL_NOUNS = frozenset("poll polls polling survey surveys study studies".split())
_CLAUSE_LINKS = frozenset(
    "after before because when while since although though if until as that".split()
)
_NOT_A_NOUN = frozenset("and or is was are were in on by to of for with from".split())
_NEEDS_CLAUSE = frozenset("charge charges charged add adds added".split())
_PLACE_OPENERS = frozenset("at in on from near inside outside".split())
_PP_ATTACH = frozenset("in of at to from for with on across near inside outside around".split())
_SHARES = frozenset("percent majority minority half third quarter most number".split())
_APPOSITION_START = frozenset("a an the who whose former longtime now then".split())
_NOT_APPOSITION = frozenset(
    "and but or so although though while because as when if whereas adding saying".split()
)
_VERB_TAILS = ("ing", "ed")
_NP_PREFIX = frozenset("his her their its our my your former another late".split())
"""Words that may open a speaker phrase before its name: ``his friend Ana Lo``."""
_REFLEXIVES = frozenset("itself himself herself themselves myself ourselves".split())
_RELATIVE_TIMES = frozenset(["earlier", "later", "recently"])
_TIME_LEADS = frozenset("last this past next on in early late earlier that".split())


class Tok(NamedTuple):
    """A word or punctuation mark with its place in the text (a tuple: cheap to make)."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def bare(self) -> str:
        """Lower case, without a possessive ’s."""
        low = self.text.lower()
        if len(low) > 2 and low[-2] in _APOSTROPHES and low[-1] == "s":
            return low[:-2]
        return low.rstrip("’'")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def possessive(self) -> bool:
        low = self.text.lower()
        return len(low) > 2 and low[-2] in _APOSTROPHES and low[-1] == "s"


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


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The words and punctuation marks of ``text[start:end]``."""
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


# --------------------------------------------------------------------------- passages


def quoted_passages(doc: Document) -> list[Passage]:
    """Every double-quoted passage, paragraph by paragraph; unclosed ones run to the end."""
    text = doc.text
    found: list[Passage] = []
    for para in doc.paragraphs:
        found.extend(_passages_in(text, para.span.start, para.span.end, para.index))
    return found


def _passages_in(text: str, start: int, end: int, paragraph: int) -> Iterator[Passage]:
    open_at: int | None = None
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if open_at is None:
            straight = ch in "\"'"
            if ch in _CLOSERS or (straight and _looks_closing(text, i, m.end(), start, end)):
                continue  # a stray closing mark
            open_at = i
            continue
        if ch in _OPENERS and i > start and text[i - 1].isspace() and i - open_at > 1:
            # a new quote opens before the last one closed: end the last one here
            stop = i
            while stop > open_at + 1 and text[stop - 1].isspace():
                stop -= 1
            yield Passage(open_at, stop, False, paragraph)
            open_at = i
            continue
        yield Passage(open_at, m.end(), True, paragraph)
        open_at = None
    if open_at is not None and end - open_at > 1:
        yield Passage(open_at, end, False, paragraph)


def _looks_closing(text: str, i: int, j: int, start: int, end: int) -> bool:
    """A straight mark glued to a word on its left and followed by space closes."""
    before = text[i - 1] if i > start else " "
    after = text[j] if j < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _is_quotation(text: str, passage: Passage) -> bool:
    """Not a work title, an empty pair of marks or a markup attribute (``id="…"``)."""
    if passage.start > 0 and text[passage.start - 1] == "=":
        return False
    inner = passage.inner_of(text)
    if not any(ch.isalpha() for ch in text[inner.start : inner.end]):
        return False
    return not is_title(text, passage)


def looks_like_name(text: str, passage: Passage) -> bool:
    """A short Title Case phrase (``“Arab Spring”``): a name or title unless attributed."""
    inner = passage.inner_of(text)
    words = [t for t in tokens(text, inner.start, inner.end) if t.word]
    if not words or len(words) > 6 or text[inner.end - 1 : inner.end] in "?!":
        return False
    content = [w for w in words if w.low not in _TITLE_MINOR]
    return bool(content) and all(w.capitalised and w.low != "i" for w in content)


def is_title(text: str, passage: Passage) -> bool:
    """A quoted work title: ``author of “Kremlin Playbook”``, ``the film “Trainwreck.”``"""
    inner = passage.inner_of(text)
    words = [t for t in tokens(text, inner.start, inner.end) if t.word]
    if not words or len(words) > 14 or not words[0].capitalised:
        return False
    long_words = [w for w in words if len(w.text) > 3]
    capitalised = sum(1 for w in long_words if w.capitalised)
    if long_words and capitalised / len(long_words) < 0.6:
        return False
    before = tokens(text, max(0, passage.start - 40), passage.start)[-4:]
    return any(t.bare in WORK_NOUNS or t.low == "author" for t in before) or (
        bool(before) and before[-1].possessive and len(words) <= 4
    )


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
    if head.low in _SHARES and k + 1 < len(words) and words[k + 1].low == "of":
        return True  # "75 percent of riders", "a majority of voters"
    return any(_source_word(t) for t in words[: k + 1])


def _source_word(tok: Tok) -> bool:
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
    the speaker: ``said one Republican involved in the planning``)."""
    toks = tokens(text, start, limit)
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
                    and not (_role_word(tok) and low.endswith("s"))  # "CNN moderators"
                )
            ):
                break
            i += 1
            continue
        if tok.text == "." and i > 0 and _abbreviation(toks[i - 1]):
            i += 1
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


def _abbreviation(tok: Tok) -> bool:
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
        if t in _STOP_PUNCT or (t in _SENTENCE_PUNCT and not _abbreviation(toks[j - 1])):
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
    while toks and (
        toks[-1].low in CUE_ADVERBS
        or toks[-1].bare in TIME_WORDS
        or toks[-1].low.replace("’", "'") in NEGATIONS
    ):
        # "A poll last week found", "Ada Kern on Monday said": the date is not the subject
        if toks[-1].bare in TIME_WORDS:
            date = toks.pop().bare not in _RELATIVE_TIMES
            while toks and toks[-1].low in _TIME_LEADS and (date or toks[-1].low != "in"):
                toks.pop()  # "a poll in June" — but "the cooperative in earlier disputes"
        else:
            toks.pop()
    if not toks:
        return None
    if len(toks) > 2 and toks[-1].low in ("who", "which") and toks[-2].word:
        return _antecedent(toks[:-1])
    if len(toks) > 2 and toks[-1].text in _CLOSERS + '"' and toks[-2].text == ",":
        toks.pop()  # "X, star of “Scandal,” thanked": the comma closes the apposition
    mention_end = toks[-1].end
    if toks[-1].text == ",":
        return _apposed_subject(toks, mention_end)
    toks = _drop_parenthesis(toks)
    if len(toks) > 1 and toks[-1].text.isdigit() and toks[-2].capitalised and toks[-2].word:
        toks = toks[:-1]  # "news affiliate ABC 7": the channel's number ends its name
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
    """``the casinos in Atlantic City reported``: the name ends a prepositional phrase, so the
    subject is the noun before it, a source only if that noun can speak (``officials in
    Ohio``, ``Ann Lee in Almaty``)."""
    head = toks[-1]
    if head.low in _BACK_STOP or head.low in CUE_VERBS or head.low in CLAUSE_OPENERS:
        return None
    first = _np_start(toks)
    speaks = head.capitalised or _source_word(head) or _role_word(head) or head.low in _SHARES
    if first is None or not speaks:
        return None
    return Span(toks[first].start, mention_end)


def _drop_parenthesis(toks: list[Tok]) -> list[Tok]:
    """``Harry Reid (D-Nev.)``: the name before a closing parenthetical."""
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
                continue  # "At Boca West, where …, Jay Dale, the club's head,": a place
            return Span(core[first].start, mention_end)
    commas = [k for k in range(1, len(toks) - 1) if toks[k].text == ","]
    named = toks[commas[-1] + 1 : -1] if commas else []
    if len(named) > 1 and all(t.word and t.capitalised for t in named):
        return Span(named[0].start, named[-1].end)  # "One of them, UnitedHealth Group,"
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
                    return i  # "suggesting that Western leaders recognize": a conjunction
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
            if low in _BACK_STOP or low in CUE_VERBS or low in CLAUSE_OPENERS:
                return i
            role = _role_word(prev)
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
        if prev.text == "." and i > 1 and _abbreviation(toks[i - 2]):
            i -= 1
            continue
        if prev.text in "-&’'" and i > 1:
            i -= 1
            continue
        if prev.text == "," and _listed_name(toks, i):
            i -= 1  # "Ada Vell, Bo Park and Lin Toma"
            continue
        if prev.text[:1].isdigit() and toks[i].low in _SHARES:
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


def _role_word(tok: Tok) -> bool:
    """``expert``, ``co-founder``: a noun naming what a source is."""
    bare = tok.bare
    if bare.endswith("s") and bare[:-1] in ROLE_NOUNS:
        return True  # "port chiefs"
    return bare in ROLE_NOUNS or bare.rsplit("-", 1)[-1] in ROLE_NOUNS or bare in ORG_KIND_NOUNS


def _noun_like(tok: Tok) -> bool:
    """Can this word end the first of two coordinated subjects (``X and Y said``)?"""
    return tok.word and (tok.capitalised or tok.bare in ROLE_NOUNS or tok.bare in ANONYMOUS_NOUNS)


def _is_cue(tok: Tok) -> bool:
    return tok.word and not tok.capitalised and tok.low in CUE_VERBS


def _skip_tail(text: str, pos: int) -> int:
    """Skip ``in a statement``-like phrases and adverbs that follow a cue verb."""
    rest = text[pos : pos + 40].lower()
    stripped = rest.lstrip()
    for tail in CUE_TAILS:
        if stripped.startswith(tail):
            return pos + (len(rest) - len(stripped)) + len(tail)
    return pos


def attribution_after(text: str, start: int, limit: int) -> Attribution | None:
    """A cue after a quote: ``, said X`` / ``, X said`` / ``, he told reporters``."""
    toks = tokens(text, start, limit)[:40]
    k = 0
    while k < len(toks) and toks[k].text in ",—–-":
        k += 1
    if k + 1 < len(toks) and toks[k].low == "according" and toks[k + 1].low == "to":
        speaker = np_forward(text, toks[k + 1].end, limit, lenient=True)
        return Attribution(speaker, Span(toks[k].start, toks[k + 1].end)) if speaker else None
    depth = 0
    skip_to = -1
    for j in range(k, min(len(toks), k + 30)):
        tok = toks[j]
        if j <= skip_to:
            continue
        depth += (tok.text == "(") - (tok.text == ")")
        stop = tok.text in _SENTENCE_PUNCT and j > k and depth <= 0 and not _abbrev_at(toks, j)
        if tok.text in '“«"' and j > k:
            # "…,” X, wearing “Vote Lee” pins, said": a short quoted name inside the phrase
            close = next(
                (i for i in range(j + 1, min(len(toks), j + 6)) if toks[i].text in '”»"'), None
            )
            if close is not None and any(t.word for t in toks[k:j]):
                skip_to = close
                continue
        if tok.text in '“«"' or stop:
            return None
        phrasal = _phrasal_cue(toks, j)
        if not phrasal and (not _is_cue(tok) or tok.low in CHARACTERISATION_VERBS):
            continue
        cue = Span(tok.start, toks[j + 1].end if phrasal else tok.end)
        if phrasal and j == k:
            continue  # "…, shot back the mayor" is rare; only the subject-first order
        if j == k or all(t.low in CUE_ADVERBS for t in toks[k:j]):
            pos = _skip_tail(text, tok.end)
            speaker = np_forward(text, pos, limit, lenient=True) if pos < limit else None
            if speaker is None and tok.end < limit:
                speaker = np_forward(text, tok.end, limit)
            if speaker is not None:  # "…,” noted a report by the Harbor Institute
                speaker = _document_agent(text, Span(start, limit), speaker, apposition=True)
            return Attribution(speaker, cue) if speaker else None
        speaker = np_backward(text, toks[k].start, tok.start)
        if speaker is not None and all(
            t.low in _NP_PREFIX or t.low in DETERMINERS for t in toks[k:j] if t.end <= speaker.start
        ):
            return Attribution(Span(toks[k].start, speaker.end), cue)
        described = _described_subject(toks[k:j], speaker)
        return Attribution(described, cue) if described is not None else None
    return None


def _phrasal_cue(toks: list[Tok], j: int) -> bool:
    """``pointed out``, ``shot back``: a verb that is a cue only with its particle."""
    tok = toks[j]
    particle = PHRASAL_CUES.get(tok.low)
    return (
        particle is not None
        and not tok.capitalised
        and j + 1 < len(toks)
        and toks[j + 1].low == particle
    )


def _described_subject(toks: list[Tok], speaker: Span | None) -> Span | None:
    """``“…,” the retired engineer said`` / ``an angry Vale retorted`` / ``another friend,
    Ann Vale, told``: a determiner and a few words right after a quote name its speaker."""
    if not toks or not (toks[0].low in DETERMINERS or toks[0].low in _NP_PREFIX):
        return None
    if toks[0].low in ("that", "this", "these", "those", "it"):
        return None
    lead = [t for t in toks if speaker is None or t.end <= speaker.start]
    if lead and lead[-1].text == ",":
        lead = lead[:-1]
    if len(lead) > 4 or any(not t.word or t.capitalised for t in lead[1:]):
        return None
    if speaker is None and (len(toks) > 4 or any(not t.word for t in toks)):
        return None
    return Span(toks[0].start, speaker.end if speaker is not None else toks[-1].end)


def _abbrev_at(toks: list[Tok], j: int) -> bool:
    return toks[j].text == "." and j > 0 and _abbreviation(toks[j - 1])


def attribution_before(text: str, start: int, end: int) -> Attribution | None:
    """A cue before a quote: ``X said: “``, ``according to X, “``, ``X’s remarks about “``."""
    toks = tokens(text, start, end)
    if not toks:
        return None
    if toks[-1].text == ":" and len(toks) > 2:
        # "… the South - Ann Vale: “…”": a dash sets the name off from the sentence before
        dash = next(
            (i for i in range(len(toks) - 2, max(0, len(toks) - 10), -1) if toks[i].text in "-—–"),
            None,
        )
        if dash is not None and text[toks[dash].start - 1 : toks[dash].start].isspace():
            named = np_forward(text, toks[dash].end, toks[-1].start)
            if (
                named is not None
                and not text[named.end : toks[-1].start].strip()
                and _names_someone(text, named)
            ):
                return Attribution(named, None)
    for j in range(len(toks) - 1, -1, -1):
        tok = toks[j]
        if tok.low == "according" and j + 1 < len(toks) and toks[j + 1].low == "to":
            speaker = np_forward(text, toks[j + 1].end, end, lenient=True)
            if speaker is not None:
                return Attribution(speaker, Span(tok.start, toks[j + 1].end))
        put_it = _phrasal_cue(toks, j)
        stance = (
            tok.low in STANCE_CUES
            and not tok.capitalised
            and not _plural_noun(toks, j)
            and not _passive(toks, j)
        )
        if _is_cue(tok) or put_it or stance or (j == 0 and tok.low in SPEECH_VERBS):
            speaker = _subject_before(text, toks, j, start)
            if stance or put_it:
                if speaker is not None:
                    return Attribution(speaker, Span(tok.start, tok.end))
                continue
            inverted = tok.low in SPEECH_VERBS and tok.low not in ADDRESSEE_CUES
            if speaker is None and j + 1 < len(toks) and inverted:
                speaker = np_forward(text, toks[j + 1].start, end)
                if speaker is not None and not _before_quote(toks, speaker):
                    speaker = None
            if speaker is not None:
                return Attribution(speaker, Span(tok.start, tok.end))
        if tok.word and tok.bare in SPEECH_NOUNS:
            speaker = _possessor(toks, j)
            if speaker is not None:
                return Attribution(speaker, None)
    if toks[-1].text == ":":
        return _colon_introduction(text, toks)
    return None


def _colon_introduction(text: str, toks: list[Tok]) -> Attribution | None:
    """``Ann Roe: “…”`` or ``X gave the idea a try on Tuesday: “…”``: whoever the sentence
    is about introduces the quote."""
    words = [t for t in toks[:-1] if t.word]
    if not words:
        return None
    speaker = np_backward(text, toks[0].start, toks[-1].start)
    if speaker is not None and speaker.start > toks[0].start:
        before = text[toks[0].start : speaker.start].rstrip()
        if not before.endswith(("-", "—", "–")):
            speaker = None
    if speaker is None:
        speaker = sentence_subject(text, toks, len(toks) - 1)
        if speaker is None or len(words) > 30:
            return None
    toks = tokens(text, speaker.start, speaker.end)
    dash = max((k for k, t in enumerate(toks) if t.text in "-—–"), default=-1)
    if 0 <= dash < len(toks) - 1:
        toks = toks[dash + 1 :]  # "SECTION HEADING - Ann Roe:"
        speaker = Span(toks[0].start, speaker.end)
    head = head_of(toks)
    if head is None or not (head.capitalised or head.low in SPEAKER_PRONOUNS or _source_word(head)):
        return None
    return Attribution(speaker, None)


def _subject_before(text: str, toks: list[Tok], j: int, start: int) -> Span | None:
    """The subject of a cue: right before it, or the sentence's for ``…, telling X`` and
    ``X smiled and said``."""
    if j == 0:
        return None
    speaker = np_backward(text, toks[0].start, toks[j].start)
    ing = toks[j].low.endswith("ing")
    if speaker is not None and ing and not _names_someone(text, speaker):
        # "X issued a statement saying", "X dodged questions before saying": the
        # sentence's subject, not the noun before the participle, is speaking
        subject = sentence_subject(text, toks, j)
        if subject is not None and subject.end <= speaker.start and _names_someone(text, subject):
            return subject
    if speaker is not None:
        return speaker
    prev = toks[j - 1]
    if prev.low == "and" or (ing and (prev.text == "," or prev.low in ("by", "before", "after"))):
        return sentence_subject(text, toks, j)
    return None


def _names_someone(text: str, span: Span) -> bool:
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


def _before_quote(toks: list[Tok], speaker: Span) -> bool:
    """An inverted cue before a quote must end the window: ``, said X, “B”``."""
    rest = [t for t in toks if t.start >= speaker.end]
    return all(not t.word for t in rest)


def _possessor(toks: list[Tok], j: int) -> Span | None:
    """The possessive name before a speech noun: ``Lavrov’s carefully calibrated statements``."""
    for k in range(j - 1, max(-1, j - 6), -1):
        tok = toks[k]
        if tok.possessive:
            if not tok.capitalised:
                return None
            i = k
            while i > 0 and toks[i - 1].word and toks[i - 1].capitalised:
                i -= 1
            return Span(toks[i].start, tok.end - 2)
        if not tok.word or tok.low in _BACK_STOP:
            return None
    return None


# --------------------------------------------------------------------------- stage


class _Sentences:
    """Sentence lookup by offset (binary search over sentence starts)."""

    def __init__(self, doc: Document) -> None:
        self.spans = [s.span for s in doc.sentences]
        self.starts = [s.start for s in self.spans]

    def around(self, pos: int) -> Span | None:
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k].start <= pos < max(self.spans[k].end, pos + 1):
            return self.spans[k]
        return None


def direct_quotations(doc: Document, prior: Findings) -> Iterator[Finding]:
    """Every quoted passage with its speaker mention and cue; then reported statements."""
    text = doc.text
    sentences = _Sentences(doc)
    passages = [p for p in quoted_passages(doc) if _is_quotation(text, p)]
    quotes = list(_attribute(text, passages, sentences, doc))
    yield from quotes
    yield from reported_statements(doc, passages, quotes, len(quotes))


def _attribute(
    text: str, passages: list[Passage], sentences: _Sentences, doc: Document
) -> Iterator[Quote]:
    previous: Quote | None = None
    previous_passage: Passage | None = None
    group = 0
    for n, passage in enumerate(passages):
        para = doc.paragraphs[passage.paragraph].span
        sent = sentences.around(passage.start)
        lo = max(para.start, passage.start - WINDOW, sent.start if sent else para.start)
        if previous_passage is not None and previous_passage.end > lo:
            lo = previous_passage.end
        close_sent = sentences.around(max(passage.start, passage.end - 1))
        if (
            close_sent is not None
            and close_sent.end <= passage.end
            and _ends_question(text, passage)
        ):
            close_sent = sentences.around(passage.end + 1) or close_sent
        hi = min(para.end, passage.end + WINDOW, close_sent.end if close_sent else para.end)
        nxt = passages[n + 1] if n + 1 < len(passages) else None
        bound = next(
            (p for p in passages[n + 1 : n + 3] if not looks_like_name(text, p)), None
        )  # a quoted name ("wearing “Vote Lee” pins") does not end the window
        if bound is not None and bound.start < hi:
            hi = bound.start
        if looks_like_name(text, passage) and _modifies_a_noun(text, passage):
            continue  # "wearing “Vote Lee” pins": a name, not a quotation
        found = _best_attribution(text, lo, passage, hi)
        if found is not None and _names_a_thing(text, passage, found):
            found = None
        if found is None:
            found = _across_paragraphs(doc, sentences, passage, nxt)
        continues = previous is not None and _continues(doc, previous_passage, passage)
        if found is None and continues and previous is not None:
            quote = Quote(passage.span, previous.speaker, previous.cue, True, previous.group)
        elif found is None and looks_like_name(text, passage):
            continue
        elif found is None:
            group += 1
            quote = Quote(passage.span, None, None, True, group)
        elif previous is not None and found.cue is not None and found.cue == previous.cue:
            quote = Quote(passage.span, found.speaker, found.cue, True, previous.group)
        else:
            group += 1
            quote = Quote(passage.span, found.speaker, found.cue, True, group)
        previous, previous_passage = quote, passage
        yield quote


def _modifies_a_noun(text: str, passage: Passage) -> bool:
    """A quoted name followed straight by a lower-case noun: ``“Vote Lee” pins``."""
    inner = passage.inner_of(text)
    if text[inner.start : inner.end].rstrip()[-1:] in ",.!?;:":
        return False  # "“Honestly,” he went on": punctuation inside marks a quotation
    after = tokens(text, passage.end, min(len(text), passage.end + 30))[:1]
    return (
        bool(after)
        and after[0].word
        and not after[0].capitalised
        and after[0].low not in (SPEECH_VERBS | SPEAKER_PRONOUNS | _CLAUSE_LINKS | _NOT_A_NOUN)
    )


def _names_a_thing(text: str, passage: Passage, found: Attribution) -> bool:
    """``Vale posted the “Harbor Plan” syllabus``: a stance verb's quoted name is an
    object, not what was said."""
    cue = found.cue
    if cue is None or text[cue.start : cue.end].lower() not in STANCE_CUES:
        return False
    before = tokens(text, max(cue.end, passage.start - 12), passage.start)
    return bool(before) and before[-1].low in _NOT_BEFORE_A_VERB and looks_like_name(text, passage)


def _across_paragraphs(
    doc: Document, sentences: _Sentences, passage: Passage, nxt: Passage | None
) -> Attribution | None:
    """``Said Ann Vale:`` ending the paragraph before a quote that opens its own, or a
    ``-Ann Vale, at the rally`` byline paragraph right after a quote that ends its own."""
    text = doc.text
    k = passage.paragraph
    para = doc.paragraphs[k].span
    if k > 0 and not text[para.start : passage.start].strip():
        before = doc.paragraphs[k - 1].span
        end = before.start + len(text[before.start : before.end].rstrip())
        if end > before.start and text[end - 1] == ":":
            sent = sentences.around(end - 1)
            start = max(before.start, end - WINDOW, sent.start if sent else before.start)
            found = attribution_before(text, start, end)
            if found is not None:
                return found
    if k + 1 < len(doc.paragraphs) and not text[passage.end : para.end].strip(" .,\n"):
        after = doc.paragraphs[k + 1].span
        line = text[after.start : after.end]
        if line[:1] in "-—–" and line[1:2].isupper() and (nxt is None or nxt.start >= after.end):
            speaker = np_forward(text, after.start + 1, after.end, lenient=True)
            if speaker is not None and text[speaker.start].isupper():
                return Attribution(speaker, None)
    return None


def _ends_question(text: str, passage: Passage) -> bool:
    """``“…?” Obama asked``: the segmenter ends a sentence there, the attribution does not."""
    inner = passage.inner_of(text)
    return inner.end > inner.start and text[inner.end - 1] in "?!"


def _continues(doc: Document, before: Passage | None, passage: Passage) -> bool:
    """Same paragraph, or a paragraph that opens with a quote right after one with quotes."""
    if before is None:
        return False
    if before.paragraph == passage.paragraph:
        return True
    para = doc.paragraphs[passage.paragraph]
    return passage.paragraph == before.paragraph + 1 and passage.start == para.span.start


def _inverted_right_after(text: str, passage: Passage, after: Attribution) -> bool:
    """``“…?” asked Ada Dunn``: a cue right after the closing mark with its speaker after it
    names the speaker of this quote, whatever cue stands before it."""
    cue, speaker = after.cue, after.speaker
    if cue is None or speaker is None or speaker.start < cue.end:
        return False
    return not any(ch.isalnum() for ch in text[passage.end : cue.start])


def _best_attribution(text: str, lo: int, passage: Passage, hi: int) -> Attribution | None:
    after = attribution_after(text, passage.end, hi) if passage.end < hi else None
    starts_sentence = not any(ch.isalnum() for ch in text[lo : passage.start])
    if after is not None and (starts_sentence or _inverted_right_after(text, passage, after)):
        return after
    before = attribution_before(text, lo, passage.start) if lo < passage.start else None
    if before is not None and after is not None and before.cue is not None:
        gap = text[before.cue.end : passage.start]
        if len(_WORDS.findall(gap)) > 3:
            return after
    return before or after


# --------------------------------------------------------------------------- reported


def _trie_pattern(words: set[str] | frozenset[str]) -> str:
    """One regex alternative per shared prefix (``sa(?:id|ys)``): a plain alternation of
    hundreds of words is tried word by word at every position, a trie letter by letter."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


_REPORTING = re.compile(
    r"(?<![\w’'])(?:[Aa]ccording|per|[Pp]olls?|[Ss]urveys?|"
    + _trie_pattern(INDIRECT_CUES | STANCE_CUES | NAMED_SUBJECT_CUES | PROGRESSIVE_CUES)
    + r")(?![\w’'])"
)
"""Finds sentences worth tokenising for reported speech (cues are lower case)."""

_BASE_CUES = STANCE_BASE_FORMS | frozenset(INDIRECT_CUE_BASES)
_RELATIVES = frozenset(["who", "which", "that", "whose"])
_HEADLINE_AUX = frozenset(
    """may might will would can could should must not never have has had did does do is are
    was were just also still now already again finally fully openly reportedly""".split()
)
_CONTENT_SKIP = frozenset(["that", ":", ","])
_PASSIVE_AUX = frozenset("was were is are been being be has have had first initially".split())
_PLURAL_PRONOUNS = frozenset(["they", "we", "i", "you"])
_BE_FORMS = frozenset("is are was were be been being am get gets got gotten".split())
_MODALS = frozenset("will would can could should may might must shall did does do".split())
_INDIRECT_ING = frozenset(v for v in PROGRESSIVE_CUES if v in SPEECH_VERBS)
_CLAUSE_STARTS = frozenset(". , ; : that the a an this his her their its he she it they we".split())
_NOUN_FOLLOWERS = frozenset(["and", "or", ",", ".", ";", "were", "are", "have", "had", "did"])


def reported_statements(
    doc: Document, passages: list[Passage], quotes: list[Quote], group: int
) -> Iterator[Quote]:
    """``X said (that) …``, ``…, X said``, ``according to X, …``, ``X wants …`` outside
    quoted passages; nested reports (``X said Y wants …``) each count."""
    text = doc.text
    used = {q.cue for q in quotes if q.cue is not None}
    quoted = [(p.start, p.end) for p in passages]
    starts = [s for s, _ in quoted]
    if "(@" in text:
        for content, attribution in _tweet_bylines(doc):
            if attribution.speaker not in used:
                group += 1
                yield Quote(content, attribution.speaker, None, False, group)
    headings = {s.heading for s in doc.sections if s.heading is not None}
    spans = [
        (sent.span, sent.span in headings or _title_case(text, sent.span)) for sent in doc.sentences
    ]
    if doc.title is not None:
        spans.insert(0, (doc.title, True))
    for span, headline in spans:
        for content, attribution in _reported_in(
            text, span, starts, quoted, used, headline=headline
        ):
            group += 1
            yield Quote(content, attribution.speaker, attribution.cue, False, group)


_TWEET_BYLINE = re.compile(
    r"[—–]\s*([A-Z][\w.’'&-]*(?:[ \u00a0][A-Z][\w.’'&-]*){0,4})\s*\(@\w{1,30}\)"
)
"""``… — Ada Vell (@adavell) June 28, 2016``: the byline of an embedded post."""


def _tweet_bylines(doc: Document) -> Iterator[tuple[Span, Attribution]]:
    """An embedded post's byline names who wrote the text before it in its paragraph
    (after any opening markup tag)."""
    text = doc.text
    for para in doc.paragraphs:
        start, end = para.span.start, para.span.end
        if "(@" not in text[start:end]:
            continue
        prev = start
        for m in _TWEET_BYLINE.finditer(text, start, end):
            lo = max(prev, m.start() - 2 * WINDOW)
            prev = m.end()
            tag = text.rfind(">", lo, m.start())
            body = tokens(text, tag + 1 if tag >= 0 else lo, m.start())
            content = _content(body)
            if content is not None:
                yield content, Attribution(Span(m.start(1), m.end(1)), None)


def _inside_quote(pos: int, starts: list[int], quoted: list[tuple[int, int]]) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and quoted[k][0] <= pos < quoted[k][1]


def _reported_in(
    text: str,
    span: Span,
    starts: list[int],
    quoted: list[tuple[int, int]],
    used: set[Span | None],
    *,
    headline: bool = False,
) -> Iterator[tuple[Span, Attribution]]:
    """Every reported statement of a sentence, as (content, attribution); a Title Case
    headline capitalises its cue too (``Harbor Board Says Fares Will Rise``)."""
    stop = min(span.end, span.start + 4 * WINDOW)
    if (
        not headline
        and not text.startswith("In ", span.start)
        and _REPORTING.search(text, span.start, stop) is None
    ):
        return
    toks = tokens(text, span.start, stop)
    speakers: set[Span] = set()
    named = _headline_colon(text, toks) if headline else None
    if named is not None:
        speakers.add(named[1].speaker)  # type: ignore[arg-type]
        yield named
    poll = _in_a_poll(toks)
    if poll is not None and not _inside_quote(toks[0].start, starts, quoted):
        speakers.add(poll[1].speaker)  # type: ignore[arg-type]
        yield poll
    for j, tok in enumerate(toks):
        low = tok.low
        if low == "according":
            if j + 1 < len(toks) and toks[j + 1].low == "to":
                if _inside_quote(tok.start, starts, quoted):
                    continue
                found = _according_to(text, span, toks, j)
                if found is not None and found[1].speaker not in speakers:
                    speakers.add(found[1].speaker)  # type: ignore[arg-type]
                    yield found
            continue
        if low == "per" and j > 1 and toks[j - 1].text == "," and j + 1 < len(toks):
            found = _per(text, span, toks, j)  # "…, per CTV News."
            if found is not None and not _inside_quote(tok.start, starts, quoted):
                speakers.add(found[1].speaker)  # type: ignore[arg-type]
                yield found
            continue
        stance = low in STANCE_CUES
        if not (stance or low in INDIRECT_CUES):
            if low in NAMED_SUBJECT_CUES and _after_a_name(toks, j):
                pass
            elif low in PROGRESSIVE_CUES and _progressive(toks, j):
                stance = low not in _INDIRECT_ING
            elif low in PROGRESSIVE_CUES and toks[j - 1].low in (",", "by") and not tok.capitalised:
                if _inside_quote(tok.start, starts, quoted):
                    continue
                found = _participle_at(text, toks, j)
                if found is not None and found[1].speaker not in speakers:
                    speakers.add(found[1].speaker)  # type: ignore[arg-type]
                    yield found
                continue
            else:
                continue
        opening_asked = j == 0 and low == "asked" and len(toks) > 1 and toks[1].low == "by"
        if tok.capitalised and not opening_asked and (not headline or j == 0 or low in _BASE_CUES):
            continue  # a headline's "Towns Plan For Floods" is no report: base forms out
        if _inside_quote(tok.start, starts, quoted):
            continue
        cue = Span(tok.start, tok.end)
        if cue in used:
            continue
        found = (
            _stance_at(text, span, toks, j, cue)
            if stance
            else _reported_at(text, span, toks, j, cue)
        )
        if found is not None and headline:
            found = _headline_subject(text, found)
        if found is not None and found[1].speaker not in speakers:
            if _comparative(toks, found[1]):
                continue
            speakers.add(found[1].speaker)  # type: ignore[arg-type]
            yield found


def _headline_colon(text: str, toks: list[Tok]) -> tuple[Span, Attribution] | None:
    """``Vale: No ferry cuts this year``: a headline that opens with who says it."""
    while toks and toks[0].text.isdigit() and len(toks[0].text) <= 2:
        toks = toks[1:]  # "14. Ann Lee On …": a list item's number (not "2016 Podcast:")
    if toks and toks[0].text == ".":
        toks = toks[1:]
    colon = next((k for k in range(1, min(len(toks), 9)) if toks[k].text == ":"), None)
    on = next((k for k in range(1, min(len(toks), 5)) if toks[k].text == "On"), None)
    if on is not None:
        colon = on  # "Ann Lee On Why Ferries Matter", "Port Chief On Cuts: “…”"
    if colon is None:
        return None
    words = toks[:colon]
    if (
        len(words) > 3
        or not all(t.word and t.capitalised and not t.possessive for t in words)
        or any(t.text.isupper() and len(t.text) > 3 for t in words)
        or words[0].low in _LABELS
        or words[0].low in DETERMINERS
    ):
        return None
    speaker = Span(words[0].start, words[-1].end)
    if re.search(rf"\b{re.escape(words[-1].text)}\b", text[toks[-1].end :]) is None:
        return None  # whoever speaks in the headline comes back in the story
    content = _content(toks[colon + 1 :])
    return (content, Attribution(speaker, None)) if content is not None else None


def _title_case(text: str, span: Span) -> bool:
    """A sentence written like a headline (``Ann Lee Questioned Why Ferries Stop``): a
    subhead or list item whose verbs are capitalised too."""
    if span.end - span.start > 160:
        return False
    words = _WORDS.findall(text, span.start, span.end)
    long_words = [w for w in words if len(w) > 3]
    return (
        bool(words)
        and words[0][0].isupper()
        and len(long_words) >= 3
        and all(w[0].isupper() for w in long_words)
    )


def _in_a_poll(toks: list[Tok]) -> tuple[Span, Attribution] | None:
    """``In a Harbor Insights poll released Monday, 40 percent …`` or ``… leads in the
    latest Harbor Insights poll``: the named poll is the source of the rest."""
    if len(toks) < 4:
        return None
    if toks[0].low == "in":
        comma = next((k for k in range(1, min(len(toks), 16)) if toks[k].text in ",;:"), None)
        if comma is None or toks[comma].text != ",":
            return None
        poll = _named_poll(toks[1:comma])
        content = _content(toks[comma + 1 :])
    else:
        at = next(
            (
                k
                for k in range(2, len(toks))
                if toks[k].low == "in" and _named_poll(toks[k + 1 : k + 10])
            ),
            None,
        )
        if at is None:
            return None
        poll = _named_poll(toks[at + 1 : at + 10])
        content = _content(toks[:at])
    if poll is None or content is None:
        return None
    return content, Attribution(poll, None)


def _named_poll(phrase: list[Tok]) -> Span | None:
    """``a Harbor Insights poll``: up to the poll noun, which a capitalised name precedes."""
    head = next((k for k, t in enumerate(phrase) if t.bare in _POLL_NOUNS), None)
    if head is None or head == 0 or not phrase[head - 1].capitalised:
        return None  # "In a poll, …" names nobody; "In a statement, X said" is X's
    if any(not t.word and t.text not in "/-.’'&" for t in phrase[:head]):
        return None
    first = next(k for k, t in enumerate(phrase) if t.capitalised or k == head - 1)
    return Span(phrase[first].start, phrase[head].end)


def _headline_subject(
    text: str, found: tuple[Span, Attribution]
) -> tuple[Span, Attribution] | None:
    """Title Case capitalises auxiliaries and relative clauses into the subject: ``Trump
    May Not Have Backed``, ``Actor Who Endorsed Cruz Just Called``; cut them off."""
    content, attribution = found
    speaker = attribution.speaker
    if speaker is None:
        return found
    toks = tokens(text, speaker.start, speaker.end)
    cut = next((i for i, t in enumerate(toks) if i and t.low in _RELATIVES), len(toks))
    toks = toks[:cut]
    while toks and (toks[-1].low in _HEADLINE_AUX or not toks[-1].word):
        toks.pop()
    if not toks:
        return None
    return content, Attribution(Span(toks[0].start, toks[-1].end), attribution.cue)


def _comparative(toks: list[Tok], attribution: Attribution) -> bool:
    """``more resilient than analysts predicted``: a comparison, not a report (``as X
    reported, …`` is one)."""
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is None:
        return False
    k = next((i for i, t in enumerate(toks) if t.start >= speaker.start), 0)
    if k == 0 or toks[k - 1].low not in COMPARATIVE_OPENERS:
        return False
    if k == 1 and toks[0].low == "as":
        return False  # "As Vale lamented the cuts, …": a report, not a comparison
    if toks[k - 1].low == "as" and cue is not None:
        after = next((t for t in toks if t.start >= cue.end and t.low not in CUE_ADVERBS), None)
        return not (after is None or after.text in ",.;:")
    return True


def _participle_at(text: str, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
    """``X revised the plan, saying that …``: the sentence's subject says what follows the
    participle."""
    subject = sentence_subject(text, toks, j)
    if subject is None or not _names_someone(text, subject):
        return None
    if tokens(text, subject.start, subject.end)[-1].possessive:
        return None  # "Ann Lee's top rival, …, shut it down by rejecting": not Ann Lee
    rest = toks[j + 1 :]
    while rest and rest[0].low in _CONTENT_SKIP:
        rest = rest[1:]
    content = _content(rest)
    cue = Span(toks[j].start, toks[j].end)
    return (content, Attribution(subject, cue)) if content is not None else None


def _after_a_name(toks: list[Tok], j: int) -> bool:
    """``The Hill reports that``: a noun-like cue is a verb right after a name, before a
    clause or the sentence end."""
    if j == 0 or toks[j].capitalised or not toks[j - 1].capitalised or not toks[j - 1].word:
        return False
    nxt = toks[j + 1].low if j + 1 < len(toks) else "."
    if nxt not in _CLAUSE_STARTS:
        return False
    k = j - 1
    while k > 0 and (
        toks[k - 1].capitalised or toks[k - 1].text in ".-&/" or toks[k - 1].low in NAME_PARTICLES
    ):
        k -= 1
    before = toks[k - 1] if k > 0 else None
    # "the Hill reports", "…, Ann Lee notes" — not "her Islamophobic remarks", "calm Russian fears"
    return before is None or not before.word or before.low in ("the", "and") or _role_word(before)


def _progressive(toks: list[Tok], j: int) -> bool:
    """``is reporting``, ``are not pledging``: a form of *be* before the -ing cue."""
    if toks[j].capitalised:
        return False  # a headline's "Delegates Are Planning"
    k = j - 1
    while k >= 0 and toks[k].low not in _BE_FORMS and _adverb_or_negation(toks[k]):
        k -= 1
    return k >= 0 and toks[k].low in _BE_FORMS


def _according_to(
    text: str, span: Span, toks: list[Tok], j: int
) -> tuple[Span, Attribution] | None:
    cue = Span(toks[j].start, toks[j + 1].end)
    opening = j == 0 or all(not t.word for t in toks[:j])
    speaker = np_forward(text, toks[j + 1].end, span.end, lenient=True, apposition=not opening)
    if speaker is None:
        return None
    speaker = _document_agent(text, span, speaker, apposition=not opening)
    if opening:
        k = next((i for i, t in enumerate(toks) if t.start >= speaker.end), len(toks))
        content = _content(toks[k:])
    else:
        content = _content(toks[:j])
    return (content, Attribution(speaker, cue)) if content else None


def _per(text: str, span: Span, toks: list[Tok], j: int) -> tuple[Span, Attribution] | None:
    """``…, per the Kelton Ledger.``: a named source closing the sentence."""
    if not toks[j + 1].capitalised and toks[j + 1].low != "the":
        return None
    speaker = np_forward(text, toks[j + 1].start, span.end, lenient=True)
    if speaker is None or not _ends_sentence(toks, speaker) or not _names_someone(text, speaker):
        return None
    content = _content(toks[: j - 1])
    return (content, Attribution(speaker, Span(toks[j].start, toks[j].end))) if content else None


def _document_agent(text: str, span: Span, speaker: Span, *, apposition: bool) -> Span:
    """``according to a poll released Friday by Harbor Insights``: the named author of a
    document is the source; the document stands only when nobody is named."""
    toks = tokens(text, speaker.start, min(span.end, speaker.start + WINDOW))
    document = False
    for tok in toks[:AGENT_REACH]:
        if tok.text in ",;:()" or tok.low in ("who", "which", "that"):
            return speaker
        if not document:
            document = tok.bare in DOCUMENT_NOUNS or tok.bare in AUTHORED_NOUNS
        elif tok.low in ("by", "from"):
            agent = np_forward(text, tok.end, span.end, apposition=apposition)
            if agent is None:
                return speaker
            head = head_of(tokens(text, agent.start, agent.end))
            return agent if head is not None and head.capitalised else speaker
    return speaker


def _stance_at(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    """``Trump wants …``, ``polls show …``, ``X endorsed Y``: the subject right before the
    verb (adverbs and auxiliaries aside) holds the stance; the rest of the clause is what."""
    tok = toks[j]
    if tok.low == "asked" and j + 1 < len(toks) and toks[j + 1].low == "by":
        return _asked_by(text, span, toks, j, cue)
    if j == 0:
        return None
    if _passive(toks, j) and j + 1 < len(toks) and toks[j + 1].low == "by":
        return _passive_at(text, span, toks, j, cue)  # "her view is shared by Ada Vell"
    particles = STANCE_PARTICLES.get(tok.low)
    if particles is not None and (j + 1 >= len(toks) or toks[j + 1].low not in particles):
        return None
    if particles is None and j + 1 < len(toks) and toks[j + 1].low in ("off", "up"):
        return None  # "called off the deal", "backed off": not a stance
    prev = toks[j - 1]
    if prev.low in _NOT_BEFORE_A_VERB or prev.possessive:
        return None  # an infinitive or a noun: "to support", "the plans", "Trump’s plans"
    if _passive(toks, j) or _plural_noun(toks, j):
        return None
    k = j - 1
    while k > 0 and _adverb_or_negation(toks[k]):
        k -= 1
    if toks[k].low in ("and", "but"):  # "X is an expert and has lectured on …"
        speaker = sentence_subject(text, toks, k)
        if speaker is None or not _stance_subject(text, speaker, tok):
            return None
        content = _content(toks[j + 1 :])
        return (content, Attribution(speaker, cue)) if content else None
    speaker = np_backward(text, toks[0].start, tok.start)
    if speaker is None or not _stance_subject(text, speaker, tok) or _asked_if(toks, speaker):
        return None
    content = _content(toks[j + 1 :])
    if content is None:  # "…, Federal Election Commission records show."
        comma = _last_comma_before(toks, j)
        if comma is not None and toks[comma].end <= speaker.start:
            content = _content(toks[:comma])
    return (content, Attribution(speaker, cue)) if content else None


def _asked_if(toks: list[Tok], speaker: Span) -> bool:
    """``asked if she believed Putin wanted …``: a question puts nothing in Putin's mouth."""
    k = next((i for i, t in enumerate(toks) if t.start >= speaker.start), 0)
    if k > 0 and toks[k - 1].low in ("if", "whether"):
        return True
    return any(toks[i].low in ("if", "whether") and toks[i - 1].low == "asked" for i in range(1, k))


def _passive(toks: list[Tok], j: int) -> bool:
    """A form of *be* right before the cue (adverbs aside): ``was also accused``."""
    if toks[j].low.endswith("ing"):
        return False
    k = j - 1
    while k >= 0 and toks[k].low not in _BE_FORMS and _adverb_or_negation(toks[k]):
        k -= 1
    return k >= 0 and toks[k].low in _BE_FORMS


def _adverb_or_negation(tok: Tok) -> bool:
    return tok.low in CUE_ADVERBS or tok.low.replace("’", "'") in NEGATIONS


def _plural_noun(toks: list[Tok], j: int) -> bool:
    """``the Paris attacks and …``, ``Central Asian plans did``: a plural noun, no verb."""
    return toks[j].low.endswith("s") and j + 1 < len(toks) and toks[j + 1].low in _NOUN_FOLLOWERS


def _asked_by(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    """``Asked by Ann Vale whether …, X said``: the named asker put the question that
    follows the asker, up to the comma."""
    speaker = np_forward(text, toks[j + 1].end, span.end, apposition=False)
    if speaker is None or not text[speaker.start].isupper():
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= speaker.end), len(toks))
    end = next((i for i in range(k, len(toks)) if toks[i].text in ",;:"), len(toks))
    content = _content(toks[k:end])
    return (content, Attribution(speaker, cue)) if content else None


def _stance_subject(text: str, speaker: Span, cue: Tok) -> bool:
    """A name, pronoun or source noun that agrees with the verb form (not ``Russian
    messaging``: its head is neither)."""
    toks = tokens(text, speaker.start, speaker.end)
    head = head_of(toks)
    if head is None or head.bare in TIME_WORDS or toks[-1].possessive:
        return False  # "bemoaned America’s reputation, saying": America says nothing
    words = [t for t in toks if t.word]
    pronoun = len(words) == 1 and words[0].low in SPEAKER_PRONOUNS
    if cue.low in STANCE_BASE_FORMS and not _after_modal(text, speaker, cue):
        # "voters want", "they plan": a base form needs a plural subject
        plural = (
            head.low in _PLURAL_PRONOUNS
            or head.low in ("people", "police")
            or (head.low.endswith("s") and not head.possessive and not head.low.endswith("ss"))
        )
        if not plural:
            return False
    if pronoun or head.capitalised:
        return not pronoun or words[0].low != "it"
    return _source_word(head) or head.low in _SHARES


def _after_modal(text: str, speaker: Span, cue: Tok) -> bool:
    """``Vale would not endorse``: a base form after a modal needs no plural subject."""
    return any(t.low in _MODALS for t in tokens(text, speaker.end, cue.start))


def _reported_at(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    tok = toks[j]
    if j + 1 < len(toks) and toks[j + 1].low == "by":
        return _passive_at(text, span, toks, j, cue)
    if _passive(toks, j):
        return None  # "X is expected to run", "Y was told": nobody here says anything
    start = toks[0].start
    link = j - 1
    while link > 0 and _adverb_or_negation(toks[link]):
        link -= 1
    coordinated = j > 1 and toks[link].low in ("and", "but")  # "…, but now said"
    subject = np_backward(text, start, tok.start) if j > 0 and not coordinated else None
    if (
        subject is not None
        and toks[j - 1].text == ","
        and subject.start != start
        and toks[0].low not in CLAUSE_OPENERS
        and not _after_a_link(toks, subject)
    ):
        subject = None  # "…, X, said Y": the apposition is not the whole subject
    if coordinated:
        subject = sentence_subject(text, toks, link)  # "X joined the slate and said …"
        if subject is None:
            return None  # "…, became a delegate and said": no inverted speaker either
    clause_follows = j + 1 >= len(toks) or toks[j + 1].low in ("that", ",", ":")
    if tok.low in _NEEDS_CLAUSE and not clause_follows:
        subject = None  # "the club charged a fee", "the economy added jobs"
    if j + 1 < len(toks) and toks[j + 1].low in ("off", "up"):
        return None  # "has written off the effort"
    if subject is not None and _stance_subject(text, subject, tok):
        rest = toks[j + 1 :]
        while rest and (rest[0].low in _CONTENT_SKIP or rest[0].low in CUE_ADVERBS):
            rest = rest[1:]
        content = _content(rest)
        if content is not None:
            return content, Attribution(subject, cue)
    # "…, X said." / "…, said X, director of Y." at the end of the sentence
    comma = _last_comma_before(toks, j)
    if comma is None:
        return None
    if comma + 1 < j:
        speaker = np_backward(text, toks[comma].end, tok.start)
        if speaker is None or not _sentence_tail(toks, j):
            return None
    else:
        pos = _skip_tail(text, tok.end)
        speaker = np_forward(text, pos, span.end, lenient=True)
        if speaker is None or not _ends_sentence(toks, speaker) or not _speakerish(text, speaker):
            return None
    content = _content(toks[:comma])
    return (content, Attribution(speaker, cue)) if content is not None else None


def _after_a_link(toks: list[Tok], subject: Span) -> bool:
    """``… two days after the Post, which …, said``: a clause starts at the subject."""
    k = next((i for i, t in enumerate(toks) if t.start >= subject.start), 0)
    return k > 0 and toks[k - 1].low in _CLAUSE_LINKS


def _passive_at(
    text: str, span: Span, toks: list[Tok], j: int, cue: Span
) -> tuple[Span, Attribution] | None:
    """``The plan, first reported by the Ledger, …``: the agent after ``by`` is the source of
    what stands before the cue (a participle, never an active ``X said by``)."""
    low = toks[j].low
    if low in ADDRESSEE_CUES or not (low.endswith("ed") or low in ("said", "written")):
        return None  # "was told by aides that …": what was said follows, not precedes
    before = toks[:j]
    while before and (before[-1].low in CUE_ADVERBS or before[-1].low in _PASSIVE_AUX):
        before.pop()
    speaker = np_forward(text, toks[j + 1].end, span.end, lenient=True)
    if speaker is None:
        return None
    content = _content(before)
    return (content, Attribution(speaker, cue)) if content is not None else None


def _speakerish(text: str, speaker: Span) -> bool:
    """``said one Republican involved``, ``said his aide`` — not ``tweeted their support``."""
    toks = tokens(text, speaker.start, speaker.end)[:6]
    return any(t.low in SPEAKER_PRONOUNS or _source_word(t) or _role_word(t) for t in toks)


def _ends_sentence(toks: list[Tok], speaker: Span) -> bool:
    """Only a relative clause, a date or punctuation follows an inverted speaker."""
    rest = [t for t in toks if t.start >= speaker.end]
    words = [t for t in rest if t.word]
    if not words:
        return True
    first = next(t for t in rest if t.text != ",")
    return first.low in ("who", "whose", "which", "in", "on", "at") or len(words) <= 3


def _last_comma_before(toks: list[Tok], j: int) -> int | None:
    for k in range(j - 1, max(-1, j - 12), -1):
        if toks[k].text == ",":
            return k
    return None


def _sentence_tail(toks: list[Tok], j: int) -> bool:
    """Only a speaker phrase (no clause) follows the cue up to the sentence end."""
    rest = toks[j + 1 :]
    return len([t for t in rest if t.word]) <= 12 and not any(t.low == "that" for t in rest)


def _content(toks: list[Tok]) -> Span | None:
    toks = [t for t in toks]
    while toks and not toks[-1].word and not toks[-1].text[:1].isdigit():
        toks.pop()
    while toks and not toks[0].word and not toks[0].text[:1].isdigit():
        toks = toks[1:]
    words = [t for t in toks if t.word]
    if len(words) < 2 or all(t.bare in TIME_WORDS or t.low in _TIME_LEADS for t in words):
        return None  # "The board votes next month": a date is not what anyone said
    return Span(toks[0].start, toks[-1].end)


__all__ = [
    "Passage",
    "attribution_after",
    "attribution_before",
    "direct_quotations",
    "is_title",
    "np_backward",
    "np_forward",
    "quoted_passages",
    "reported_statements",
    "tokens",
]

"""How a sentence reads for its argumentative role: its words, cues and main clause.

Shared by the thesis, claim and evidence stages, so that each judges a sentence on the
same reading. Pure functions of the text and spans; the vocabulary is lexicon data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Findings, Paragraph, Span
from .lexicon import argument as lex

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_QUOTE_OPEN = '“"«‘'
_QUOTE_CLOSE = '”"»’'


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    """Lower case, straight apostrophe."""
    start: int
    end: int


def tokens(text: str, span: Span) -> tuple[Token, ...]:
    """The words of ``span`` with their offsets."""
    return tuple(
        Token(m.group(0).lower().replace("’", "'"), m.start(), m.end())
        for m in _WORD.finditer(text, span.start, span.end)
    )


def words_of(toks: Sequence[Token]) -> tuple[str, ...]:
    return tuple(t.word for t in toks)


def stems(toks: Sequence[Token]) -> frozenset[str]:
    """Content-word stems for overlap: a plural's "s" dropped (weeks ~ week), then a
    5-letter prefix (cooperation ~ cooperative)."""
    return frozenset(
        _singular(t.word)[:5] for t in toks if len(t.word) > 3 and t.word not in lex.STOPWORDS
    )


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word[-1] == "s" and word[-2] not in "su'" else word


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of ``b``'s content words that ``a`` also uses (0 when ``b`` is empty)."""
    return len(a & b) / len(b) if b else 0.0


def quoted_share(text: str, span: Span, quotes: Sequence[Span]) -> float:
    """Share of the span inside direct quotes: found ones, else quotation marks."""
    if not len(span):
        return 0.0
    inside = sum(
        min(span.end, q.end) - max(span.start, q.start) for q in quotes if q.overlaps(span)
    )
    if inside:
        return min(1.0, inside / len(span))
    return _marked_share(text, span)


def _marked_share(text: str, span: Span) -> float:
    """Share of the span between quotation marks, by a simple open/close scan."""
    depth = 0
    inside = 0
    for ch in span.of(text):
        if ch in _QUOTE_OPEN and (ch not in _QUOTE_CLOSE or depth == 0):
            depth += 1
        elif ch in _QUOTE_CLOSE and depth:
            depth -= 1
        elif depth:
            inside += 1
    return inside / len(span)


def main_clause(text: str, span: Span) -> tuple[Span, Span | None]:
    """The proposition a sentence asserts, and the clause it concedes (if any).

    Leading discourse markers, opinion frames ("I firmly believe that") and fronted
    adverbial clauses ("As the war drags on, ...") are background; a fronted concession
    ("Although X, Y") yields Y as the proposition and X as the conceded counter-claim;
    "X, but Y" likewise. Never returns an empty span.
    """
    toks = tokens(text, span)
    words = words_of(toks)
    k = 0
    conceded: Span | None = None
    for _ in range(6):  # markers stack: "To conclude, as far as I am concerned, ..."
        step = _leading_step(text, toks, words, k, span)
        if step is None:
            break
        k, clause = step
        conceded = conceded or clause
    if 0 < k < len(toks) - 1 and words[k] == "that" and words[k + 1] not in lex.FINITE_VERBS:
        k += 1
    start = toks[k].start if k < len(toks) - 2 else span.start
    if start == span.start:
        conceded = None
    main = Span(start, span.end)
    if conceded is None:
        split = _contrast_split(text, toks, words, k, main)
        if split is not None:
            conceded, main = split
    return main, conceded


def _leading_step(
    text: str, toks: Sequence[Token], words: Sequence[str], k: int, span: Span
) -> tuple[int, Span | None] | None:
    """Skip one leading marker or fronted clause at word ``k``; the conceded clause if any."""
    for vocab in (lex.CLOSING_MARKERS, lex.CONCLUSION_MARKERS, lex.ORDINAL_MARKERS):
        n = vocab.starts(words, k)
        if n and _followed_by_comma(text, toks, k + n - 1):
            return k + n, None
    for vocab in (lex.CONTRAST_MARKERS, lex.CONCLUSION_MARKERS, lex.ORDINAL_MARKERS):
        n = vocab.starts(words, k)
        if n and vocab is not lex.ORDINAL_MARKERS and k + n < len(words) - 3:
            return k + n, None
    n = lex.OPINION_FRAMES.starts(words, k)
    if n:
        return k + n, None
    concession = lex.CONCESSION_OPENERS.starts(words, k)
    fronted = concession or lex.SUBORDINATE_OPENERS.starts(words, k)
    if fronted:
        comma = _clause_comma(text, toks, k + fronted, span)
        if comma is not None:
            clause = None
            if concession and comma > k + concession:
                clause = Span(toks[k + concession].start, toks[comma - 1].end)
            return comma, clause
    return None


def _followed_by_comma(text: str, toks: Sequence[Token], i: int) -> bool:
    end = toks[i].end
    return end < len(text) and text[end] == ","


def _clause_comma(text: str, toks: Sequence[Token], k: int, span: Span) -> int | None:
    """Index of the first word after the comma closing a fronted clause, if well placed."""
    limit = min(len(toks) - 4, k + 40)
    for i in range(max(k - 1, 0), limit):
        gap = text[toks[i].end : toks[i + 1].start]
        if "," in gap or ";" in gap or "—" in gap:
            return i + 1
    return None


def _contrast_split(
    text: str, toks: Sequence[Token], words: Sequence[str], k: int, main: Span
) -> tuple[Span, Span] | None:
    """ "X, but Y" / "X; however, Y": Y is asserted, X conceded."""
    for i in range(k + 4, len(toks) - 4):
        gap = text[toks[i - 1].end : toks[i].start]
        if ("," in gap and words[i] in ("but", "yet")) or (";" in gap and words[i] == "however"):
            j = i + 1
            return Span(main.start, toks[i - 1].end), Span(toks[j].start, main.end)
    return None


def reason_split(text: str, span: Span) -> tuple[Span, Span] | None:
    """Split "X because Y" or "X, so Y" into ``(conclusion, reason)``, else None.

    One sentence often carries a reason and what it supports; a reader maps them as two
    nodes with a support between them. "Because" joins without a comma; the other links
    need one, so "since 2010" or "so many" are not read as a reason or a result.
    """
    toks = tokens(text, span)
    words = words_of(toks)
    for i in range(3, len(toks) - 3):
        gap = text[toks[i - 1].end : toks[i].start]
        pause = "," in gap or ";" in gap
        n = lex.REASON_LINKS.starts(words, i)
        if n and (pause or words[i] == "because") and words[i + 1] != "of":
            return Span(span.start, toks[i - 1].end), Span(toks[i + n].start, span.end)
        n = lex.RESULT_LINKS.starts(words, i)
        result = n and pause and words[i + n - 1 : i + n + 1] not in _NOT_RESULT
        if result and i + n < len(toks) - 2:
            return Span(toks[i + n].start, span.end), Span(span.start, toks[i - 1].end)
    return None


_NOT_RESULT = frozenset(("so", w) for w in ("that", "much", "many", "far", "long", "as"))
""""so that" is purpose and "so many" degree, not a drawn result."""


@dataclass(frozen=True, slots=True)
class Cues:
    """What the wording of a sentence says about its argumentative role."""

    opinion: bool
    """The author takes a position in the first person, or "we should", "this shows"."""
    closing: bool
    conclusion: bool
    ordinal: bool
    contrast: bool
    opponent: bool
    """Someone else's view: "some people argue", "critics", "it is often said"."""
    concession: bool
    grants: bool
    """The sentence as a whole grants a point ("Admittedly, X."), with no answer in it."""
    evidence: bool
    """An example, statistic or anecdote."""
    stance: int
    hedge: int
    question: bool
    length: int


def cues(text: str, sentence: Span) -> Cues:
    toks = tokens(text, sentence)
    words = words_of(toks)
    head = words[:12]
    at = lex.OPPONENT_CUES.find(head)
    opponent = (0 <= at <= 5 and any(w in lex.REPORTING_VERBS for w in head[at:])) or (
        _contests(head)
    )
    concession = 0 <= lex.CONCESSION_OPENERS.find(words[:7]) <= 4
    return Cues(
        opinion=lex.OPINION_FRAMES.find(words) >= 0,
        closing=lex.CLOSING_MARKERS.starts(words) > 0,
        conclusion=lex.CONCLUSION_MARKERS.starts(words) > 0,
        ordinal=lex.ORDINAL_MARKERS.starts(words) > 0,
        contrast=lex.CONTRAST_MARKERS.starts(words) > 0,
        opponent=opponent,
        concession=concession,
        grants=concession and main_clause(text, sentence)[1] is None,
        evidence=lex.EVIDENCE_CUES.find(words[:8]) >= 0,
        stance=sum(1 for w in words if w in lex.STANCE_WORDS),
        hedge=sum(1 for w in words if w in lex.HEDGE_WORDS),
        question=sentence.of(text).rstrip().rstrip("\"'”’)").endswith("?"),
        length=len(words),
    )


def rebuts(text: str, span: Span) -> bool:
    """A short verdict on the sentence before ("That dismissal is wrong."): that sentence
    was a view the author reports in order to reject it."""
    words = words_of(tokens(text, span))
    return (
        2 <= len(words) <= 10
        and words[0] in lex.ANAPHORS
        and any(w in lex.VERDICT_WORDS for w in words[1:])
    )


def _contests(head: Sequence[str]) -> bool:
    """ "Shopkeepers claim that ...": a third party disputing, named by any noun phrase."""
    for i, w in enumerate(head[1:5], 1):
        if w in lex.DISPUTING_VERBS and i + 1 < len(head) and head[i + 1] == "that":
            return not lex.FIRST_PERSON.intersection(head[:i]) and "we" not in head[:i]
    return False


def confidence(score: float, midpoint: float = 1.5) -> float:
    """Map a cue score onto (0, 1): a logistic, so ordering is kept and ends are soft."""
    return round(1.0 / (1.0 + math.exp(-(score - midpoint))), 3)


# --------------------------------------------------------------------------- layout


def is_essay(doc: Document) -> bool:
    """No headings: an essay or unheaded analysis, argued intro -> body -> conclusion."""
    return all(s.heading is None for s in doc.sections)


def non_empty(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    return [p for p in paragraphs if p.sentences]


def intro_paragraphs(doc: Document) -> list[Paragraph]:
    """Where the thesis is stated: the lead (first two paragraphs), else the first one."""
    for section in doc.sections:
        paras = non_empty(doc.paragraphs_of(section))
        if paras:
            if is_essay(doc) and len(non_empty(doc.paragraphs)) >= 3:
                return paras[:1]
            return paras[:2]
    return []


def direct_quote_spans(prior: Findings) -> tuple[Span, ...]:
    return tuple(q.span for q in prior.quotes if q.direct)


def title_stems(doc: Document) -> frozenset[str]:
    spans = [s for s in (doc.title, doc.dek) if s is not None]
    return frozenset().union(*(stems(tokens(doc.text, s)) for s in spans)) if spans else frozenset()

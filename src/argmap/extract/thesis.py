"""The article's thesis and one sub-thesis per headed section.

A reader finds a thesis where writers put it and by how it is worded: the intro's closing
sentences of an essay or the lead of a news analysis, in the author's own voice ("I believe
...", "we should ..."), sharing words with the title. An essay restates it at the top of
its conclusion; a headed article (op-ed, news analysis) restates it in its last section,
often through a closing quote: the sentence there that reuses most of the lead's wording.
The text states one position, so it has one THESIS node; the other statement is a
``RESTATEMENT`` claim tied to it by a ``restates`` link (no support edge: a position does
not back itself), so the map shows one thesis, stated twice.
A section's sub-thesis is the sentence near its opening that best echoes its heading; a
signpost ("The context provides essential background ...", "This essay will discuss ...")
echoes it by design and says nothing, so it loses to the point it introduces.

How each sentence reads (words, cues, main clause) comes from :mod:`.sentences`, one
reading shared with the claim and premise stages through the :class:`.StageContext`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from ..model import (
    Claim,
    ClaimRole,
    Document,
    Finding,
    Findings,
    Link,
    Paragraph,
    Relation,
    Section,
    Sentence,
    Span,
)
from .compact import compact_thesis, is_compact
from .context import StageContext
from .lexicon import argument as lex
from .sentences import (
    Reading,
    confidence,
    intro_paragraphs,
    is_essay,
    non_empty,
    overlap,
    sentence_at,
    title_stems,
)

# --------------------------------------------------------------------------- scoring


def thesis_score(
    reading: Reading,
    sentence: Sentence,
    rank: int,
    count: int,
    topic: frozenset[str],
    essay: bool,
) -> float:
    """How much ``sentence`` (``rank`` of ``count`` in the intro) reads like the thesis."""
    c = reading.cues(sentence.span)
    score = 0.0
    if essay:
        score += 2.0 if rank == count - 1 else 0.6 if rank == count - 2 else -0.4 * (rank == 0)
    else:
        score += 0.8 if rank == 0 else 0.5 if rank in (1, 2) else 0.0
    score += 2.5 * c.opinion + 0.8 * c.contrast + 0.5 * c.conclusion
    score += 0.4 * min(c.stance, 3) + 0.2 * min(c.hedge, 2)
    score -= 1.5 * (c.opponent and not c.opinion) + 1.2 * c.evidence + 3.0 * c.question
    score -= 1.0 * (c.length < 6) + 1.5 * c.grants + 2.0 * c.signpost
    score += 2.0 * overlap(reading.stems(sentence.span), topic)
    return score


def restatement_score(
    reading: Reading, sentence: Sentence, rank: int, thesis: frozenset[str], answers: bool
) -> float:
    """How much a conclusion sentence restates the thesis in the author's voice.

    ``answers``: the sentence before it granted a point, so a turn here ("Nevertheless,
    ...") is the author's answer.
    """
    c = reading.cues(sentence.span)
    score = 1.5 * (rank == 0) + 0.3 * (rank == 1) + 1.5 * (answers and c.contrast)
    score += 2.0 * c.closing + 1.8 * c.opinion + 0.6 * c.contrast + 0.3 * min(c.stance, 3)
    score -= 1.5 * (c.opponent and not c.opinion) + 1.2 * c.evidence + 3.0 * c.question
    score -= 2.0 * c.grants + 2.0 * c.signpost
    score += 2.0 * overlap(reading.stems(sentence.span), thesis)
    return score


def subthesis_score(
    reading: Reading,
    sentence: Sentence,
    first_of_section: bool,
    first_of_paragraph: bool,
    heading: frozenset[str],
    answers: bool,
) -> float:
    """How much ``sentence`` states its section's point; ``answers``: it rebuts the one before."""
    c = reading.cues(sentence.span)
    score = 1.0 * first_of_section + 0.6 * first_of_paragraph + 1.2 * (answers and c.contrast)
    score += 0.5 * c.opinion + 0.3 * min(c.stance, 3) + 0.2 * min(c.hedge, 2)
    score -= 1.2 * c.evidence + 2.0 * c.question + 0.8 * (c.length < 6)
    score -= 2.0 * (c.opponent or c.grants)  # the view a section answers is not its point
    # a signpost echoes its heading by design ("The historical context provides ..."): the
    # echo is no sign it states the point
    echo = 2.0 * overlap(reading.stems(sentence.span), heading)
    score += echo * (not c.signpost) - 2.5 * c.signpost
    return score


# --------------------------------------------------------------------------- the stage


def theses(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Yield the thesis and its restatement (lead first), then each section's sub-thesis.

    The article states one position, so it has one thesis: of an essay's two statements of
    it, the one closer to the title (the question the essay answers) is the thesis and the
    other its restatement; on a tie, the one that reads more surely as a position. A lead
    that only frames the debate ("Many believe that …", "This essay will discuss …") yields
    to a restatement that takes a side. An interview's thesis is the claim its headline
    quotes, when it quotes one.
    """
    doc = ctx.doc
    reading = ctx.reading(prior)
    essay = is_essay(doc, prior)
    # an interview's point is the claim its headline quotes, stated once
    headline = _headline_claim(doc) if ctx.turns() else None
    found = (headline, False) if headline else _main_thesis(doc, reading, essay)
    if found is None:
        return
    lead, pointed = found
    restated = None if headline else _restatement(doc, reading, lead, essay)
    if restated is None and not essay and not headline:
        restated = _closing_echo(doc, reading, lead)
    thesis = lead
    if restated is not None and restated.role is ClaimRole.RESTATEMENT and essay:
        topic = title_stems(doc, reading)
        closer = overlap(reading.stems(restated.span), topic), restated.confidence
        # a view the writer pointed at ("I agree with the latter view") is taken, in voice
        frames = not pointed and _frames(doc, reading, lead), _frames(doc, reading, restated)
        framed = frames[0] and not frames[1]
        framed = framed or (_voiced(doc, reading, restated) and not _voiced(doc, reading, lead))
        closer = closer > (overlap(reading.stems(lead.span), topic), lead.confidence)
        if framed or (closer and not (frames[1] and not frames[0])):
            thesis = replace(restated, role=ClaimRole.THESIS)
            lead, restated = replace(lead, role=ClaimRole.RESTATEMENT), thesis
    yield lead
    used = _Used(lead.span, restated.span if restated is not None else None)
    if restated is not None:
        yield restated
        second = lead if restated is thesis else restated
        yield Link(second, thesis, Relation.RESTATES)
    for section in doc.sections:
        sub = _subthesis(doc, reading, section, used)
        if sub is not None:
            used.add(sub.span)
            yield sub
            yield Link(sub, thesis, Relation.SUPPORTS)


_HEADLINE_CLAIM_WORDS = 4
"""A quotation this long in an interview's headline is a claim, not a word or a name."""


def _headline_claim(doc: Document) -> Claim | None:
    """The claim an interview's headline quotes (``“We cannot keep building on the
    floodplain”: a conversation with …``): the interviewee's point, chosen by the editors."""
    if doc.title is None:
        return None
    for m in _QUOTED.finditer(doc.text, doc.title.start, doc.title.end):
        if len(m.group(1).split()) >= _HEADLINE_CLAIM_WORDS:
            return Claim(Span(m.start(1), m.end(1)), ClaimRole.THESIS, confidence(2.5), None)
    return None


_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,200})[”\"]")
"""A quotation inside a headline (the quoted-passage reader reads paragraphs, not the title)."""


def _frames(doc: Document, reading: Reading, claim: Claim) -> bool:
    """Its sentence reports another's view or announces the essay's plan: no statement of
    the position (read on the whole sentence: the claim may be its clause after "that")."""
    sentence = sentence_at(doc, claim.span.start)
    span = sentence.span if sentence is not None else claim.span
    c = reading.cues(span)
    return (
        (c.opponent and not c.opinion) or c.signpost or bool(_BOTH_SIDES.search(span.of(doc.text)))
    )


_BOTH_SIDES = re.compile(
    r"\b(?:pros and cons|advantages and disadvantages|merits and demerits|benefits and "
    r"drawbacks|(?:has|have) (?:its|their) own (?:advantages|benefits|merits|pros)|both sides)\b",
    re.I,
)
"""A sentence that weighs both sides ("X has its pros and cons") restates the question, not
an answer to it."""


def _voiced(doc: Document, reading: Reading, claim: Claim) -> bool:
    """Its sentence states the writer's own stance (``I would rather …``, ``I suppose
    that …``)."""
    sentence = sentence_at(doc, claim.span.start)
    return reading.cues(sentence.span if sentence is not None else claim.span).opinion


class _Used:
    """The spans already taken by a (sub-)thesis, asked of every candidate sentence.

    The sub-thesis spans never overlap each other (a sentence overlapping a taken span is
    skipped), so they sit sorted by start with their ends sorted too: one bisection answers
    whether any overlaps a sentence, where checking each would cost sections x sections.
    """

    __slots__ = ("_ends", "_fixed", "_starts")

    def __init__(self, *fixed: Span | None) -> None:
        self._fixed = [s for s in fixed if s is not None]
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, span: Span) -> None:
        at = bisect_right(self._starts, span.start)
        self._starts.insert(at, span.start)
        self._ends.insert(at, span.end)

    def overlaps(self, span: Span) -> bool:
        if any(u.overlaps(span) for u in self._fixed):
            return True
        i = bisect_right(self._ends, span.start)  # the first taken span ending after the start
        return i < len(self._starts) and self._starts[i] < span.end


def _argued(reading: Reading, sentence: Sentence) -> bool:
    """Not mostly a quotation nor where one is attributed (a signature "— Ada Osei"), and
    long enough to assert something."""
    return (
        reading.quoted_share(sentence.span) < 0.5
        and len(sentence.span) > 12
        and not reading.attributes_a_quote(sentence.span)
    )


def _main_thesis(doc: Document, reading: Reading, essay: bool) -> tuple[Claim, bool] | None:
    """The lead statement of the position, and whether it is a view the writer pointed at."""
    if is_compact(doc):
        claim = compact_thesis(doc, reading)
        return (claim, False) if claim is not None else None
    intro = intro_paragraphs(doc, essay)
    topic = title_stems(doc, reading)
    ranked = []
    for p in intro:
        sentences = doc.sentences_of(p)
        verdicts = [reading.rebuts(s.span) for s in sentences] + [False]
        for rank, s in enumerate(sentences):
            if not _argued(reading, s):
                continue
            score = thesis_score(reading, s, rank, len(sentences), topic, essay)
            # "X. That is wrong. Y.": X is the view rejected, Y the position taken instead
            score += -2.0 * verdicts[rank + 1] + 1.0 * (rank > 0 and verdicts[rank - 1])
            ranked.append((score, -s.index, s))
    if not essay and not any(_takes_a_position(reading, s) for _, _, s in ranked):
        ranked += _later_positions(doc, reading, intro, topic)
    if not ranked and doc.sentences:
        ranked = [(0.0, 0, doc.sentences[0])]
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    span = _view_pointed_at(doc, reading, best) if essay else None
    pointed = span is not None
    if span is None:
        span, _ = reading.main_clause(best.span)
    section = doc.paragraphs[best.paragraph].section
    return Claim(span, ClaimRole.THESIS, confidence(score), section), pointed


_POINTER_STEMS = 7
"""A sentence that takes a side by pointing ("I agree with the latter view for the following
reasons") says little of its own: this many content stems at most."""


def _view_pointed_at(doc: Document, reading: Reading, sentence: Sentence) -> Span | None:
    """The view a side-taking pointer refers to: ``Some believe that X, while others think
    that Y. I agree with the latter view.`` holds Y (``the former``: X); ``It is better to
    grow up in a city. I support this belief …`` holds the sentence before."""
    words = reading.words(sentence.span)
    at = lex.ANAPHORIC_STANCE.find(words)
    if at < 0 or len(reading.stems(sentence.span)) > _POINTER_STEMS:
        return None
    if any(w == "that" and i != at + 1 for i, w in enumerate(words)):
        return None  # it says the view itself ("that idea that X", "While many believe that")
    k = sentence.index
    if k == 0 or doc.sentences[k - 1].paragraph != sentence.paragraph:
        return None
    before = doc.sentences[k - 1].span
    said = reading.words(before)
    offs = reading.offsets(before)
    clauses = [i + 1 for i, w in enumerate(said[:-1]) if w == "that"]
    if not clauses:
        return reading.main_clause(before)[0]
    i = clauses[0] if "former" in words else clauses[-1]
    start = offs[i][0]
    stop = _CLAUSE_END.search(doc.text, start, before.end)
    return Span(start, stop.start() if stop is not None else before.end)


_CLAUSE_END = re.compile(r"[,;:]\s+(?:while|whereas|but|and others|others)\b|[;:]|[.!?](?=\s|$)")


def _takes_a_position(reading: Reading, sentence: Sentence) -> bool:
    """Says what the writer holds: a first-person stance, a conclusion, a judging word."""
    c = reading.cues(sentence.span)
    return c.opinion or c.conclusion or c.stance > 0


def _later_positions(
    doc: Document, reading: Reading, intro: list[Paragraph], topic: frozenset[str]
) -> list[tuple[float, int, Sentence]]:
    """When the lead takes no position (an anecdote, a scene, a statistic), the sentences
    opening the later sections that do: a headed op-ed may state its case only there."""
    ranked = []
    seen = {p.index for p in intro}
    for section in doc.sections:
        paras = [p for p in non_empty(doc.paragraphs_of(section)) if p.index not in seen]
        if not paras:
            continue
        sentences = doc.sentences_of(paras[0])
        for rank, s in enumerate(sentences):
            if _argued(reading, s) and _takes_a_position(reading, s):
                score = thesis_score(reading, s, rank, len(sentences), topic, essay=False)
                ranked.append((score, -s.index, s))
    return ranked


def _restatement(doc: Document, reading: Reading, thesis: Claim, essay: bool) -> Claim | None:
    """An essay's conclusion restating the thesis (only when it reads as one)."""
    paras = non_empty(doc.paragraphs)
    if not essay or len(paras) < 3:
        return None
    last = paras[-1]
    if last.span.overlaps(thesis.span):
        return None
    words = reading.stems(thesis.span)
    sentences = doc.sentences_of(last)
    grants = [reading.cues(s.span).grants for s in sentences]
    ranked = [
        (restatement_score(reading, s, rank, words, rank > 0 and grants[rank - 1]), -s.index, s)
        for rank, s in enumerate(sentences)
        if _argued(reading, s)
    ]
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    if score < 1.5:
        return None
    span, _ = reading.main_clause(best.span)
    return Claim(span, ClaimRole.RESTATEMENT, confidence(score, 2.5), last.section)


_ECHO_FLOOR = 0.3
"""Share of a closing sentence's content words that the lead uses, below which it is new."""
_CLOSING_SENTENCES = 24
"""How far into the last section a restatement is looked for (keeps the stage linear)."""


def _closing_echo(doc: Document, reading: Reading, thesis: Claim) -> Claim | None:
    """The sentence of a headed article's last section that restates its lead's position.

    News analysis closes by returning to its opening claim, often in a source's words
    (a closing quote the author chose). What marks the restatement is that it reuses the
    lead's wording (and the title's): the share of its content words found there, with
    the author's judging words ("represents", "should") as a tie-breaker.
    """
    last = doc.sections[-1] if len(doc.sections) > 1 else None
    if last is None or last.heading is None:
        return None
    lead = doc.paragraphs[_paragraph_at(doc, thesis.span.start)]
    echo = reading.stems(lead.span) | title_stems(doc, reading)
    sentences = [s for p in non_empty(doc.paragraphs_of(last)) for s in doc.sentences_of(p)]
    ranked = []
    for s in sentences[:_CLOSING_SENTENCES]:
        c = reading.cues(s.span)
        if c.question or c.evidence or c.length < 8:
            continue
        words = reading.stems(s.span)
        share = len(words & echo) / len(words) if words else 0.0
        ranked.append((share + 0.05 * min(c.stance, 3), share, -s.index, s))
    if not ranked:
        return None
    score, share, _, best = max(ranked, key=lambda r: (r[0], r[2]))
    if share < _ECHO_FLOOR:
        return None
    span, _ = reading.main_clause(best.span)
    return Claim(span, ClaimRole.RESTATEMENT, confidence(4.0 * score, 1.5), last.index)


def _paragraph_at(doc: Document, offset: int) -> int:
    """Index of the paragraph holding ``offset`` (paragraphs are in order: a bisect)."""
    starts = [p.span.start for p in doc.paragraphs]
    return max(0, bisect_right(starts, offset) - 1)


def _subthesis(doc: Document, reading: Reading, section: Section, used: _Used) -> Claim | None:
    """The sentence near a headed section's opening that best states its point."""
    if section.heading is None:
        return None
    heading = reading.stems(section.heading)
    ranked = []
    for n, p in enumerate(non_empty(doc.paragraphs_of(section))):
        opposing = False
        # past the first paragraph only the opening sentence is read
        indices = p.sentences if n == 0 else p.sentences[:1]
        for rank, s in enumerate(doc.sentences[i] for i in indices):
            answers, c = opposing, reading.cues(s.span)
            opposing = c.opponent or c.grants
            if not _argued(reading, s) or used.overlaps(s.span):
                continue
            first = n == 0 and rank == 0
            score = subthesis_score(reading, s, first, rank == 0, heading, answers) - 0.25 * rank
            ranked.append((score, -s.index, s))
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    span, _ = reading.main_clause(best.span)
    return Claim(span, ClaimRole.SUBTHESIS, confidence(score, 1.0), section.index)

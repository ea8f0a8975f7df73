"""Claims under the thesis and sub-theses: the points that support them or argue against.

Each paragraph argues one point, stated where readers look for it: its opening sentence
("Firstly, ..."), or a closing one drawn as a conclusion ("Therefore, ..."). Examples,
statistics and quotations back that point; they are evidence, not claims, and are left to
:mod:`.evidence`. A view the author reports in order to answer it ("Critics argue ...",
"Admittedly, ...", the X of "Although X, Y") is a counter-claim that attacks the point it
is raised against; so is an essay paragraph that turns to the other side ("On the other
hand, there are drawbacks ...": someone else's view, or the costs of what the thesis praises),
and the X an essay's conclusion grants ("Even though X, Y"). The other sentences are
premises, left to :mod:`.premises`; only a reason inside the claim's own sentence ("X
because Y") is split off here, so the claim is X and Y a premise under it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import (
    Claim,
    ClaimRole,
    Document,
    Finding,
    Findings,
    Link,
    Paragraph,
    Relation,
    Sentence,
)
from .context import StageContext
from .lexicon import argument as lex
from .sentences import (
    Cues,
    Reading,
    SpanIndex,
    confidence,
    is_essay,
    non_empty,
    overlap,
    sentence_at,
)

_CLAIM_FLOOR = 0.9
"""Below this score a paragraph's best sentence is background, not a point."""


@dataclass(frozen=True, slots=True)
class _Context:
    """What every paragraph's reading needs: the text, quotes, theses and who they are."""

    doc: Document
    reading: Reading
    """The document's shared reading of each sentence (and the direct quotes)."""
    thesis: Claim
    held: tuple[Claim, ...]
    """Thesis and sub-thesis nodes already found (their sentences are taken)."""
    held_index: SpanIndex
    """``held`` by span, so each paragraph finds its own without a scan of them all."""
    thesis_words: frozenset[str]
    thesis_side: int
    """Whether the thesis statements speak of gains (+1) or costs (-1) of their subject."""
    essay: bool


def supporting_claims(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Yield each paragraph's claim(s), linked to the (sub-)thesis they support or attack."""
    doc = ctx.doc
    held = tuple(c for c in prior.claims if c.role is not ClaimRole.CLAIM)
    stated = [c for c in held if c.role.states_thesis]
    # points hang under the surer statement of the thesis: an intro's "I agree with this
    # view." states it less well than the conclusion's restatement
    main = max(stated, key=lambda c: c.confidence) if stated else None
    if main is None:
        return
    reading = ctx.reading(prior)
    ctx = _Context(
        doc,
        reading,
        main,
        held,
        SpanIndex([c.span for c in held]),
        reading.stems(main.span),
        _polarity([w for c in stated for w in reading.words(c.span)]),
        is_essay(doc, prior),
    )
    subs = {c.section: c for c in held if c.role is ClaimRole.SUBTHESIS}
    # a news lead's "While X, ..." sets the scene; an essay's concession is a counter-claim
    for thesis in held if ctx.essay else held[1:]:
        yield from _conceded_in(ctx, sentence_at(doc, thesis.span.start), thesis)
    for paragraph in non_empty(doc.paragraphs):
        parent = subs.get(paragraph.section, main)
        yield from _paragraph_claims(ctx, paragraph, parent)


def _conceded_in(ctx: _Context, sentence: Sentence | None, target: Claim) -> Iterator[Finding]:
    """The clause a sentence stating ``target`` concedes ("Although X, ...") attacks it."""
    if sentence is None:
        return
    _, conceded = ctx.reading.main_clause(sentence.span)
    if conceded is not None and len(ctx.reading.words(conceded)) >= 4:
        counter = Claim(conceded, ClaimRole.CLAIM, 0.5, target.section)
        yield counter
        yield Link(counter, target, Relation.ATTACKS)


def _paragraph_claims(ctx: _Context, paragraph: Paragraph, parent: Claim) -> Iterator[Finding]:
    """The paragraph's point, or the opposing view it reports and the author's answer."""
    doc, reading = ctx.doc, ctx.reading
    sentences = doc.sentences_of(paragraph)
    holds = [ctx.held[i] for i in ctx.held_index.overlapping(paragraph.span)]
    read = [
        (rank, s, reading.cues(s.span))
        for rank, s in enumerate(sentences)
        if not any(c.span.overlaps(s.span) for c in holds)
        and reading.quoted_share(s.span) < 0.5
        and len(s.span) > 12
        and not reading.introduces_quote(s.span)
        and not reading.attributes_a_quote(s.span)  # a quote's "she said" or signature
    ]
    if holds and ctx.essay:
        # an essay's intro or conclusion: its point is the thesis; a granted view attacks it
        if paragraph.index > 0:
            counters = [r for r in read if r[2].grants or r[2].opponent]
            countered = {r[0] for r in counters}  # ranks are unique: a set, not a list scan
            yield from _counters(ctx, counters, parent)
            rest = [r for r in read if r[0] not in countered]
            for _, s, _ in rest:  # "Even though X, Y" restating the position: X attacks it
                yield from _conceded_in(ctx, s, parent)
            yield from _answered(ctx, rest, sentences, holds)
            yield from _closing_claim(ctx, rest, paragraph, parent)
        return
    opposing = [r for r in read if r[2].opponent or r[2].grants]
    if opposing and opposing[0][0] == 0:
        # the paragraph reports the other side; an essay argues it as one point, an op-ed
        # rebuts each view in turn ("Critics argue ... But ...")
        counters = [_drawn_counter(read) or opposing[0]] if ctx.essay else opposing
        yield from _counters(ctx, counters, parent)
        if not ctx.essay:
            opposed = {r[0] for r in opposing}
            for _, s, _ in (r for r in read if r[2].contrast and r[0] not in opposed):
                yield from _claim(ctx, s, 2.0, parent, Relation.SUPPORTS)
        return
    parent_words = reading.stems(parent.span)
    # a paragraph opened by a quote or a short announcement ("The timing matters.") makes
    # its point in the next sentence
    opener = next((rank for rank, _, c in read if c.length >= 6), 0)
    ranked = [
        (_claim_score(ctx, c, s, rank == opener, rank == len(sentences) - 1, parent_words), s)
        for rank, s, c in read
    ]
    if not ranked:
        return
    score, best = max(ranked, key=lambda r: (r[0], -r[1].index))
    if score >= _CLAIM_FLOOR + (1.0 if holds else 0.0):
        turned = ctx.essay and not holds and bool(read) and _turns_away(ctx, read[0], parent)
        yield from _claim(
            ctx, best, score, parent, Relation.ATTACKS if turned else Relation.SUPPORTS
        )


def _drawn_counter(
    read: list[tuple[int, Sentence, Cues]],
) -> tuple[int, Sentence, Cues] | None:
    """An essay paragraph granting the other side ("Admittedly, X. ... Consequently, Y.
    However, ...") argues its counter-claim as the conclusion it draws before the author
    turns: Y, with X a reason for it. None when no such conclusion precedes the turn."""
    drawn = None
    for r in read[1:]:
        c = r[2]
        if c.contrast or c.opinion or c.closing:
            break
        if c.conclusion and not (c.evidence or c.question) and c.length >= 5:
            drawn = r
    return drawn


def _turns_away(ctx: _Context, opener: tuple[int, Sentence, Cues], parent: Claim) -> bool:
    """An essay paragraph opening "On the other hand, there are drawbacks ..." argues the
    other side: a turn, not in the author's voice, to someone else's view or to the costs
    (gains) of what the thesis praises (condemns)."""
    rank, s, c = opener
    if rank != 0 or c.opinion or not c.contrast:
        return False
    reading = ctx.reading
    words = reading.words(s.span)
    if lex.OPPONENT_CUES.find(words) >= 0 and not lex.REPORTING_VERBS.isdisjoint(words):
        return True
    thesis = reading.words(parent.span)
    for side, other in _SIDES:
        if side.intersection(words) and side.isdisjoint(thesis) and other.isdisjoint(words):
            return True
    return _polarity(reading.words(reading.main_clause(s.span)[0])) * ctx.thesis_side < 0


_SIDES = ((lex.DOWNSIDE_WORDS, lex.UPSIDE_WORDS), (lex.UPSIDE_WORDS, lex.DOWNSIDE_WORDS))


def _polarity(words: Sequence[str]) -> int:
    """+1 when the words speak more of gains than costs, -1 for the reverse, else 0."""
    up = sum(1 for w in words if w in lex.UPSIDE_WORDS)
    down = sum(1 for w in words if w in lex.DOWNSIDE_WORDS)
    return (up > down) - (down > up)


def _answered(
    ctx: _Context,
    read: list[tuple[int, Sentence, Cues]],
    sentences: Sequence[Sentence],
    holds: Sequence[Claim],
) -> Iterator[Finding]:
    """A conclusion's view that the restated thesis turns against ("X. However, I still
    believe Y."): X is a counter-claim attacking the thesis."""
    for rank, s, c in read:
        if rank + 1 >= len(sentences) or c.question or c.length < 6:
            continue
        after = sentences[rank + 1].span
        if not lex.TURN_MARKERS.starts(ctx.reading.words(after)):
            continue
        for h in holds:
            if h.span.overlaps(after):  # the statement that answers it is the one attacked
                yield from _claim(ctx, s, 1.0 + 0.3 * min(c.stance, 3), h, Relation.ATTACKS)
                break


def _closing_claim(
    ctx: _Context, read: list[tuple[int, Sentence, Cues]], paragraph: Paragraph, parent: Claim
) -> Iterator[Finding]:
    """A conclusion's last word after the restated thesis: a final reason or recommendation,
    or, turning ("However, ..."), a reservation that qualifies the thesis against it."""
    last = len(paragraph.sentences) - 1
    for rank, s, c in read:
        if rank == last and not (c.evidence or c.question) and c.length >= 6:
            turns = not c.opinion and lex.TURN_MARKERS.starts(ctx.reading.words(s.span)) > 0
            relation = Relation.ATTACKS if turns else Relation.SUPPORTS
            yield from _claim(ctx, s, 1.0 + 0.3 * min(c.stance, 3), parent, relation)


def _counters(
    ctx: _Context, read: list[tuple[int, Sentence, Cues]], parent: Claim
) -> Iterator[Finding]:
    for _, s, c in read:
        yield from _claim(ctx, s, 1.0 + 0.3 * min(c.stance, 3), parent, Relation.ATTACKS)


def _claim(
    ctx: _Context, sentence: Sentence, score: float, parent: Claim, relation: Relation
) -> Iterator[Finding]:
    span, conceded = ctx.reading.main_clause(sentence.span)
    section = ctx.doc.paragraphs[sentence.paragraph].section
    split = ctx.reading.reason_split(span)
    claim = Claim(split[0] if split else span, ClaimRole.CLAIM, confidence(score), section)
    yield claim
    yield Link(claim, parent, relation)
    if split is not None:  # "X because Y": the claim is X, and Y the reason it gives
        reason = Claim(split[1], ClaimRole.PREMISE, confidence(score - 0.3), section)
        yield reason
        yield Link(reason, claim, Relation.SUPPORTS)
    fronted = lex.CONCESSION_CLAUSES.find(ctx.reading.words(sentence.span)[:6]) >= 0
    if (
        conceded is not None
        and (fronted or not ctx.essay)
        and len(ctx.reading.words(conceded)) >= 4
    ):
        # "While X, Y" answers the X it grants: an objection the claim rebuts (an essay's
        # "X, but Y" keeps X as the qualifier of the point it states)
        granted = Claim(conceded, ClaimRole.PREMISE, confidence(score - 0.5), section)
        yield granted
        yield Link(granted, claim, Relation.ATTACKS)


def _claim_score(
    ctx: _Context, c: Cues, s: Sentence, first: bool, last: bool, parent: frozenset[str]
) -> float:
    """How much ``s`` (its paragraph's opening or last sentence?) states the paragraph's point."""
    last = last and not first
    score = 1.2 * first + 0.4 * last
    score += 0.8 * (first and c.ordinal) + (2.8 if last else 1.2) * (c.conclusion and not first)
    score += 0.3 * c.contrast + 0.8 * c.opinion + 0.25 * min(c.stance, 3)
    score -= 1.5 * c.evidence + 2.0 * c.question + 1.0 * (c.length < 6) + 1.0 * c.signpost
    words = ctx.reading.stems(s.span)
    score += 1.0 * overlap(words, parent) + 0.5 * overlap(words, ctx.thesis_words)
    return score

"""Premises: the reasons a paragraph gives under its point, and whom they answer.

A paragraph argues one point (found by :mod:`.claims`); its other sentences are the
reasons, examples and explanations that hold that point up. Each is yielded as a PREMISE
supporting the point it sits under: the nearest point before it in the paragraph, else the
first one after it (a paragraph may build up to its conclusion, "Therefore, ...").

A sentence can hold two: "X because Y" and "X, so Y" yield both, the reason supporting
what it is given for. A reason's link is held back one sentence, so that a conclusion
drawn from it ("Therefore, ...") is supported by it rather than both resting on the point.

Counter-arguments are marked by how the paragraph turns:

* under a counter-claim ("Critics argue ..."), an essay first gives the other side's
  reasons, then turns ("However, ..."): before the turn they back the counter-claim, from
  it on they attack it. An op-ed or news analysis answers a view as soon as it reports it,
  so there a sentence attacks the view unless it too speaks for the other side;
* "While X, Y" (op-eds): the granted X sides with what Y argues against;
* an intro that sets up a view to answer ("Many believe X", or "X. That is wrong.")
  yields it as an objection to the thesis, and the author's turn as its answer;
* under the author's own point, a sentence granting the other side ("Admittedly, ...",
  "Some say ...") attacks that point, and the author's reply to it attacks the granted
  reason in turn, so the tree shows each objection and how it is answered;
* a reason that explains the reason before it ("This is because ...") supports that
  reason rather than the point.

Quotes are left to :mod:`.evidence`: a mostly quoted sentence, or one holding a quote
and its "she said", is not a premise. One pass over each paragraph's sentences; lookups
into the sorted claim and quote spans are bisections, so the stage is linear.
"""

from __future__ import annotations

from bisect import bisect_left
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
    Span,
)
from .context import StageContext
from .lexicon import argument as lex
from .sentences import (
    Cues,
    Reading,
    confidence,
    is_essay,
    non_empty,
)


@dataclass(frozen=True, slots=True)
class _Context:
    """What reading every paragraph needs: the text, the quotes and what is taken."""

    doc: Document
    reading: Reading
    """The document's shared reading of each sentence (and the direct quotes)."""
    taken: tuple[Span, ...]
    """Spans of claims found so far, sorted."""
    essay: bool
    taken_starts: list[int]
    """Where each of ``taken`` starts (bisected as integers: a ``Span`` compares in Python)."""


@dataclass(frozen=True, slots=True)
class _Point:
    """A claim a paragraph argues, and whether it is a view the author argues against."""

    claim: Claim
    opposed: bool


def premises(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Yield each paragraph's premises, linked to the point (or premise) they bear on."""
    doc = ctx.doc
    points = _points(prior)
    if not points:
        return
    taken = tuple(sorted(c.span for c in prior.claims))
    ctx = _Context(
        doc,
        ctx.reading(prior),
        taken,
        is_essay(doc, prior),
        [s.start for s in taken],
    )
    theses = [c for c in prior.claims if c.role.states_thesis]
    starts = [p.claim.span.start for p in points]
    for paragraph in non_empty(doc.paragraphs):
        held = [t for t in theses if paragraph.span.contains(t.span)]
        if held:  # an intro or conclusion states the thesis; its other lines frame it
            if held[0] is theses[0]:
                yield from _objections(ctx, paragraph, held[0])
            continue
        here = _within(points, starts, paragraph.span)
        if here:
            yield from _paragraph_premises(ctx, paragraph, here)


def _objections(ctx: _Context, paragraph: Paragraph, thesis: Claim) -> Iterator[Finding]:
    """The views an intro sets up to answer ("Many believe X"): each attacks the thesis,
    and the author's turn right after one ("For most, however, ...") attacks it in turn."""
    reading = ctx.reading
    sentences = ctx.doc.sentences_of(paragraph)
    rejected = [reading.rebuts(s.span) for s in sentences[1:]] + [False]
    objection: Claim | None = None
    for k, sentence in enumerate(sentences):
        if sentence.span.overlaps(thesis.span):
            break
        c = reading.cues(sentence.span)
        if not _reason(ctx, sentence, c):
            objection = None
            continue
        span, _ = reading.main_clause(sentence.span)
        if _other_side(reading, sentence, c) or rejected[k]:
            objection = Claim(span, ClaimRole.PREMISE, _confidence(c), thesis.section)
            yield objection
            yield Link(objection, thesis, Relation.ATTACKS)
        elif objection is not None and (
            _turns(reading, sentence.span) or reading.rebuts(sentence.span)
        ):
            answer = Claim(span, ClaimRole.PREMISE, _confidence(c), thesis.section)
            yield answer
            yield Link(answer, objection, Relation.ATTACKS)
            objection = None


def _points(prior: Findings) -> list[_Point]:
    """Claims and sub-theses, each marked opposed when it attacks the thesis side."""
    attacking = {lk.source for lk in prior.links if lk.relation is Relation.ATTACKS}
    found = [
        _Point(c, c in attacking)
        for c in prior.claims
        if c.role in (ClaimRole.CLAIM, ClaimRole.SUBTHESIS)
    ]
    return sorted(found, key=lambda p: p.claim.span.start)


def _within(points: Sequence[_Point], starts: Sequence[int], span: Span) -> list[_Point]:
    """The points inside ``span`` (points are sorted by start: a bisect, then a short walk)."""
    out = []
    for i in range(bisect_left(starts, span.start), len(points)):
        if points[i].claim.span.start >= span.end:
            break
        out.append(points[i])
    return out


def _paragraph_premises(
    ctx: _Context, paragraph: Paragraph, points: list[_Point]
) -> Iterator[Finding]:
    """Walk the paragraph once, tracking the point in force and whether the author turned.

    A reason's link to the point is held back one sentence: when the next reason draws a
    conclusion from it ("Therefore, ..."), it supports that conclusion instead.
    """
    doc, reading = ctx.doc, ctx.reading
    point = points[0]
    nxt = 1
    turned = False
    previous: Claim | None = None  # the premise before, for "This is because ..."
    held: Link | None = None  # the previous premise's link to the point, not yet yielded
    objection: Claim | None = None  # a granted view under the author's point
    for sentence in doc.sentences_of(paragraph):
        while nxt < len(points) and points[nxt].claim.span.start <= sentence.span.start:
            point, nxt, turned, objection = points[nxt], nxt + 1, False, None
        if any(
            t.overlaps(sentence.span) for t in _near(ctx.taken, ctx.taken_starts, sentence.span)
        ):
            previous = None
            continue
        c = reading.cues(sentence.span)
        if not _reason(ctx, sentence, c):
            continue
        span, conceded = reading.main_clause(sentence.span)
        section = point.claim.section
        strength = _confidence(c)
        split = reading.reason_split(span)
        if split is not None:  # "X because Y": Y backs X, and X carries the sentence's role
            span, why = split
            reason = Claim(why, ClaimRole.PREMISE, strength, section)
        premise = Claim(span, ClaimRole.PREMISE, strength, section)
        yield premise
        if split is not None:
            yield reason
            yield Link(reason, premise, Relation.SUPPORTS)
        if held is not None:
            drawn = c.conclusion and not c.closing and held.target is point.claim
            yield Link(held.source, premise, Relation.SUPPORTS) if drawn else held
            held = None
        link = _link(ctx, c, premise, point, previous, objection, turned, sentence)
        turned = turned or (point.opposed and c.contrast and not c.grants)
        if (
            ctx.essay
            and conceded is not None
            and link.relation is Relation.SUPPORTS
            and link.target is point.claim
            and _fronted(reading, sentence)
            and len(reading.words(conceded)) >= 4
        ):
            # an essay's "Although X, Y" under its point: X objects to it, and Y answers X
            objected = Claim(conceded, ClaimRole.PREMISE, strength, section)
            yield objected
            yield Link(objected, point.claim, Relation.ATTACKS)
            link = Link(premise, objected, Relation.ATTACKS)
        if link.relation is Relation.ATTACKS and link.target is point.claim:
            objection = premise if not point.opposed else objection
        elif link.target is objection:
            objection = None
        if link.relation is Relation.SUPPORTS and link.target is point.claim:
            held = link
        else:
            yield link
        if conceded is not None and not ctx.essay and len(reading.words(conceded)) >= 4:
            yield from _granted(conceded, premise, point, link, strength)
        previous = premise
    if held is not None:
        yield held


def _granted(
    conceded: Span, premise: Claim, point: _Point, link: Link, strength: float
) -> Iterator[Finding]:
    """An op-ed's "While X, Y": the X it grants sides with whatever Y argues against."""
    granted = Claim(conceded, ClaimRole.PREMISE, strength, premise.section)
    yield granted
    if link.relation is Relation.ATTACKS:
        yield Link(granted, link.target, Relation.SUPPORTS)
    else:
        yield Link(granted, premise, Relation.ATTACKS)


def _link(
    ctx: _Context,
    c: Cues,
    premise: Claim,
    point: _Point,
    previous: Claim | None,
    objection: Claim | None,
    turned: bool,
    sentence: Sentence,
) -> Link:
    """What one premise bears on: its point, the objection it answers, or the reason before.

    Under a counter-claim an essay first gives the other side's reasons, then turns
    ("However, ..."); an op-ed or news analysis answers each view as soon as it reports it,
    so there a sentence attacks the view unless it too speaks for the other side.
    """
    reading = ctx.reading
    turn = c.contrast and not c.grants
    if point.opposed:
        other_side = _other_side(reading, sentence, c)
        answers = turned or turn or not (ctx.essay or other_side)
        return Link(premise, point.claim, Relation.ATTACKS if answers else Relation.SUPPORTS)
    if _other_side(reading, sentence, c):
        return Link(premise, point.claim, Relation.ATTACKS)
    if turn and objection is not None:
        return Link(premise, objection, Relation.ATTACKS)
    if previous is not None and _explains(reading.words(sentence.span)):
        return Link(premise, previous, Relation.SUPPORTS)
    return Link(premise, point.claim, Relation.SUPPORTS)


def _near(taken: Sequence[Span], starts: list[int], span: Span) -> Sequence[Span]:
    """The taken spans that could overlap ``span`` (sorted: a bisect window). ``starts``:
    theirs; the first at or after ``span.start`` is the first not below
    ``Span(span.start, span.start)``, as no span ends before it starts."""
    i = bisect_left(starts, span.start)
    return taken[max(0, i - 1) : i + 2]


def _reason(ctx: _Context, sentence: Sentence, c: Cues) -> bool:
    """Long enough to give a reason, not a question, not someone else's words: a sentence
    mostly quoted, or holding a quote with its "she said", is evidence for :mod:`.evidence`."""
    span = sentence.span
    return (
        c.length >= 4
        and not c.question
        and len(span) > 12
        and ctx.reading.quoted_share(span) < 0.5
        and not ctx.reading.introduces_quote(span)
        and not ctx.reading.attributes_a_quote(span)
    )


def _other_side(reading: Reading, sentence: Sentence, c: Cues) -> bool:
    """The sentence speaks for the other side: reports its view, or opens by granting it
    ("Admittedly, ..."); a "while" deep inside a sentence only qualifies the author's point."""
    if c.opinion:
        return False
    words = reading.words(sentence.span)
    opens = lex.CONCESSION_OPENERS.starts(words) or lex.CONCESSION_OPENERS.starts(words, 1)
    return c.opponent or (c.grants and opens > 0)


def _fronted(reading: Reading, sentence: Sentence) -> bool:
    """The sentence opens on a subordinate concession ("Although X, Y")."""
    return lex.CONCESSION_CLAUSES.find(reading.words(sentence.span)[:6]) >= 0


def _turns(reading: Reading, span: Span) -> bool:
    """The sentence turns against what came before ("However, ...", "..., however, ...")."""
    words = reading.words(span)
    return lex.CONTRAST_MARKERS.find(words[:6]) >= 0


def _explains(words: Sequence[str]) -> bool:
    """The sentence explains the one before it ("This is because ...", "That is, ...")."""
    return lex.EXPLANATION_OPENERS.starts(words) > 0


def _confidence(c: Cues) -> float:
    """A reason is surer when marked as one (ordinal, example, conclusion) and firmly worded."""
    score = 1.0 + 0.4 * (c.ordinal or c.evidence or c.conclusion) + 0.2 * min(c.stance, 2)
    score -= 0.3 * min(c.hedge, 2) + 0.5 * (c.length < 8)
    return confidence(score, 1.0)


__all__ = ["premises"]

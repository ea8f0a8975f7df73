"""The article's thesis and one sub-thesis per headed section.

A reader finds a thesis where writers put it and by how it is worded: the intro's closing
sentences of an essay or the lead of a news analysis, in the author's own voice ("I believe
...", "we should ..."), sharing words with the title. An essay restates it at the top of
its conclusion; that restatement is yielded as a second THESIS node, because it states the
same position in the author's voice and readers (and annotators) treat both as the thesis.
A section's sub-thesis is the sentence near its opening that best echoes its heading.

The sentence-reading helpers here (words, discourse features, the main clause of a
sentence) are shared with :mod:`.claims` and :mod:`.evidence`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import (
    Claim,
    ClaimRole,
    Document,
    Finding,
    Findings,
    Link,
    Relation,
    Section,
    Sentence,
    Span,
)
from .sentences import (
    confidence,
    cues,
    direct_quote_spans,
    intro_paragraphs,
    is_essay,
    main_clause,
    non_empty,
    overlap,
    quoted_share,
    stems,
    title_stems,
    tokens,
)

# --------------------------------------------------------------------------- scoring


def thesis_score(
    doc: Document, sentence: Sentence, rank: int, count: int, topic: frozenset[str]
) -> float:
    """How much ``sentence`` (``rank`` of ``count`` in the intro) reads like the thesis."""
    c = cues(doc.text, sentence.span)
    essay = is_essay(doc)
    score = 0.0
    if essay:
        score += 2.0 if rank == count - 1 else 0.6 if rank == count - 2 else -0.4 * (rank == 0)
    else:
        score += 0.8 if rank == 0 else 0.5 if rank in (1, 2) else 0.0
    score += 2.5 * c.opinion + 0.8 * c.contrast + 0.5 * c.conclusion
    score += 0.4 * min(c.stance, 3) + 0.2 * min(c.hedge, 2)
    score -= 1.5 * (c.opponent and not c.opinion) + 1.2 * c.evidence + 3.0 * c.question
    score -= 1.0 * (c.length < 6) + 1.5 * c.grants
    score += 2.0 * overlap(stems(tokens(doc.text, sentence.span)), topic)
    return score


def restatement_score(
    doc: Document, sentence: Sentence, rank: int, thesis: frozenset[str], answers: bool
) -> float:
    """How much a conclusion sentence restates the thesis in the author's voice.

    ``answers``: the sentence before it granted a point, so a turn here ("Nevertheless,
    ...") is the author's answer.
    """
    c = cues(doc.text, sentence.span)
    score = 1.5 * (rank == 0) + 0.3 * (rank == 1) + 1.5 * (answers and c.contrast)
    score += 2.0 * c.closing + 1.8 * c.opinion + 0.6 * c.contrast + 0.3 * min(c.stance, 3)
    score -= 1.5 * (c.opponent and not c.opinion) + 1.2 * c.evidence + 3.0 * c.question
    score -= 2.0 * c.grants
    score += 2.0 * overlap(stems(tokens(doc.text, sentence.span)), thesis)
    return score


def subthesis_score(
    doc: Document,
    sentence: Sentence,
    first_of_section: bool,
    first_of_paragraph: bool,
    heading: frozenset[str],
    answers: bool,
) -> float:
    """How much ``sentence`` states its section's point; ``answers``: it rebuts the one before."""
    c = cues(doc.text, sentence.span)
    score = 1.0 * first_of_section + 0.6 * first_of_paragraph + 1.2 * (answers and c.contrast)
    score += 0.5 * c.opinion + 0.3 * min(c.stance, 3) + 0.2 * min(c.hedge, 2)
    score -= 1.2 * c.evidence + 2.0 * c.question + 0.8 * (c.length < 6)
    score -= 2.0 * (c.opponent or c.grants)  # the view a section answers is not its point
    score += 2.0 * overlap(stems(tokens(doc.text, sentence.span)), heading)
    return score


# --------------------------------------------------------------------------- the stage


def theses(doc: Document, prior: Findings) -> Iterator[Finding]:
    """Yield the thesis (and an essay's restatement), then each section's sub-thesis."""
    quotes = direct_quote_spans(prior)
    thesis = _main_thesis(doc, quotes)
    if thesis is None:
        return
    yield thesis
    restated = _restatement(doc, thesis, quotes)
    if restated is not None:
        yield restated
    used = {thesis.span}
    for section in doc.sections:
        sub = _subthesis(doc, section, quotes, used)
        if sub is not None:
            used.add(sub.span)
            yield sub
            yield Link(sub, thesis, Relation.SUPPORTS)


def _argued(doc: Document, sentence: Sentence, quotes: Sequence[Span]) -> bool:
    """Not mostly a quotation, and long enough to assert something."""
    return quoted_share(doc.text, sentence.span, quotes) < 0.5 and len(sentence.span) > 12


def _main_thesis(doc: Document, quotes: Sequence[Span]) -> Claim | None:
    intro = intro_paragraphs(doc)
    topic = title_stems(doc)
    ranked = [
        (thesis_score(doc, s, rank, len(ids), topic), -s.index, s)
        for p in intro
        for ids in [p.sentences]
        for rank, s in enumerate(doc.sentences_of(p))
        if _argued(doc, s, quotes)
    ]
    if not ranked and doc.sentences:
        ranked = [(0.0, 0, doc.sentences[0])]
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    span, _ = main_clause(doc.text, best.span)
    section = doc.paragraphs[best.paragraph].section
    return Claim(span, ClaimRole.THESIS, confidence(score), section)


def _restatement(doc: Document, thesis: Claim, quotes: Sequence[Span]) -> Claim | None:
    """An essay's conclusion restating the thesis (only when it reads as one)."""
    paras = non_empty(doc.paragraphs)
    if not is_essay(doc) or len(paras) < 3:
        return None
    last = paras[-1]
    if last.span.overlaps(thesis.span):
        return None
    words = stems(tokens(doc.text, thesis.span))
    sentences = doc.sentences_of(last)
    grants = [cues(doc.text, s.span).grants for s in sentences]
    ranked = [
        (restatement_score(doc, s, rank, words, rank > 0 and grants[rank - 1]), -s.index, s)
        for rank, s in enumerate(sentences)
        if _argued(doc, s, quotes)
    ]
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    if score < 1.5:
        return None
    span, _ = main_clause(doc.text, best.span)
    return Claim(span, ClaimRole.THESIS, confidence(score, 2.5), last.section)


def _subthesis(
    doc: Document, section: Section, quotes: Sequence[Span], used: set[Span]
) -> Claim | None:
    """The sentence near a headed section's opening that best states its point."""
    if section.heading is None:
        return None
    heading = stems(tokens(doc.text, section.heading))
    ranked = []
    for n, p in enumerate(non_empty(doc.paragraphs_of(section))):
        opposing = False
        for rank, s in enumerate(doc.sentences_of(p)):
            if n > 0 and rank > 0:
                break
            answers, c = opposing, cues(doc.text, s.span)
            opposing = c.opponent or c.grants
            if not _argued(doc, s, quotes) or any(u.overlaps(s.span) for u in used):
                continue
            first = n == 0 and rank == 0
            score = subthesis_score(doc, s, first, rank == 0, heading, answers) - 0.25 * rank
            ranked.append((score, -s.index, s))
    if not ranked:
        return None
    score, _, best = max(ranked, key=lambda r: (r[0], r[1]))
    span, _ = main_clause(doc.text, best.span)
    return Claim(span, ClaimRole.SUBTHESIS, confidence(score, 1.0), section.index)


__all__ = ["cues", "main_clause", "theses", "tokens"]

"""Evidence links: each quote or reported statement supports the claim it backs.

Writers state a point and then quote someone to back it, so a quote backs the nearest
claim before it in its paragraph; a quote that opens its paragraph backs the paragraph's
first claim after it; a quote in a paragraph with no claim backs the claim it bears on in
the few paragraphs before it (news gives a point, then its quotes); else its section's
sub-thesis, else the thesis. Fragments of one
quotation split around its cue ("A," she said. "B.") back the same claim. Words inside a
claim's own sentence (a partial quote, "experts believe that ...") back that claim: they
are what it rests on.

Claims are indexed once by span and by paragraph, so each quote looks up its claim by
bisection rather than scanning them all (quotes x claims).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from ..model import Claim, ClaimRole, Document, Finding, Findings, Link, Quote, Relation
from .context import StageContext
from .sentences import Reading, SpanIndex


def evidence_links(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Yield ``Link(quote, claim, SUPPORTS)`` for every quote with a claim to back."""
    doc = ctx.doc
    claims = sorted(prior.claims, key=lambda c: c.span.start)
    if not claims:
        return
    thesis = next((c for c in claims if c.role is ClaimRole.THESIS), claims[0])
    subs = {c.section: c for c in claims if c.role is ClaimRole.SUBTHESIS}
    index = SpanIndex([c.span for c in claims])
    starts = [c.span.start for c in claims]
    reading = ctx.reading(prior)
    by_group: dict[int, Claim] = {}
    for quote in sorted(prior.quotes, key=lambda q: q.span.start):
        target = by_group.get(quote.group) if quote.group else None
        if target is None:
            target = (
                _containing_claim(quote, claims, index)
                or _backed_claim(doc, quote, claims, starts)
                or _earlier_claim(doc, reading, quote, claims, starts)
                or subs.get(_section_of(doc, quote), thesis)
            )
        if quote.group:
            by_group.setdefault(quote.group, target)
        yield Link(quote, target, Relation.SUPPORTS)


LOOK_BACK = 3
"""How many paragraphs back a quote paragraph may reach for the claim it bears on."""


def _earlier_claim(
    doc: Document, reading: Reading, quote: Quote, claims: Sequence[Claim], starts: Sequence[int]
) -> Claim | None:
    """For a quote in a paragraph of its own: the claim it bears on a little before it.

    News states a point, then gives the quotes behind it in the paragraphs that follow.
    Of the claims (not theses) in the last :data:`LOOK_BACK` paragraphs of the same section,
    the one sharing most content words with the quote; the nearest when none shares any.
    """
    index = _paragraph_of(doc, quote.span.start)
    if index is None:
        return None
    section = doc.paragraphs[index].section
    first = index
    while first > 0 and index - first < LOOK_BACK and doc.paragraphs[first - 1].section == section:
        first -= 1
    if first == index:
        return None
    lo = bisect_left(starts, doc.paragraphs[first].span.start)
    hi = bisect_left(starts, doc.paragraphs[index].span.start)
    near = [c for c in claims[lo:hi] if c.role in _BACKED_ROLES]
    if not near:
        return None
    words = reading.stems(quote.span)
    return max(reversed(near), key=lambda c: len(words & reading.stems(c.span)))


_BACKED_ROLES = frozenset({ClaimRole.CLAIM, ClaimRole.PREMISE, ClaimRole.SUBTHESIS})
"""What a quote further down can back: a point below the thesis (the thesis takes what is
left, as before)."""


def _paragraph_of(doc: Document, offset: int) -> int | None:
    """Index of the paragraph holding ``offset`` (binary search: paragraphs are in order)."""
    paras = doc.paragraphs
    lo, hi = 0, len(paras)
    while lo < hi:
        mid = (lo + hi) // 2
        if paras[mid].span.end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(paras) and paras[lo].span.start <= offset:
        return lo
    return None


def _section_of(doc: Document, quote: Quote) -> int | None:
    index = _paragraph_of(doc, quote.span.start)
    return doc.paragraphs[index].section if index is not None else None


def _containing_claim(quote: Quote, claims: Sequence[Claim], index: SpanIndex) -> Claim | None:
    """The claim whose sentence holds the quote, if the quote sits inside one (the first
    in ``claims`` order that overlaps it)."""
    hits = index.overlapping(quote.span)
    return claims[hits[0]] if hits else None


def _backed_claim(
    doc: Document, quote: Quote, claims: Sequence[Claim], starts: Sequence[int]
) -> Claim | None:
    """The nearest claim before the quote in its paragraph, else the first one after it.

    Of the claims inside the quote's paragraph and clear of the quote (``claims`` is
    sorted by start), "before" is the last that ends by the quote's start, else the first.
    Claims in the paragraph start within it: a bisection on ``starts`` bounds them, and
    each walk below steps only over claims that overlap the quote or end past the paragraph.
    """
    index = _paragraph_of(doc, quote.span.start)
    if index is None:
        return None
    para = doc.paragraphs[index].span
    lo, hi = bisect_left(starts, para.start), bisect_right(starts, para.end)
    q = quote.span

    def inside(c: Claim) -> bool:  # contained in the paragraph, and not overlapping the quote
        s = c.span
        contained = para.start <= s.start and s.end <= para.end
        return contained and not (s.start < q.end and q.start < s.end)

    # before: the last claim (in order) inside the paragraph, clear of and ending by the quote
    for i in range(min(hi, bisect_right(starts, q.start)) - 1, lo - 1, -1):
        c = claims[i]
        if c.span.end <= q.start and inside(c):
            return c
    return next((claims[i] for i in range(lo, hi) if inside(claims[i])), None)

"""Evidence links: each quote or reported statement supports the claim it backs.

Writers state a point and then quote someone to back it, so a quote backs the nearest
claim before it in its paragraph; a quote that opens its paragraph backs the paragraph's
first claim after it, else its section's sub-thesis, else the thesis. Fragments of one
quotation split around its cue ("A," she said. "B.") back the same claim. Words inside a
claim's own sentence (a partial quote, "experts believe that ...") back that claim: they
are what it rests on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Claim, ClaimRole, Document, Finding, Findings, Link, Quote, Relation


def evidence_links(doc: Document, prior: Findings) -> Iterator[Finding]:
    """Yield ``Link(quote, claim, SUPPORTS)`` for every quote with a claim to back."""
    claims = sorted(prior.claims, key=lambda c: c.span.start)
    if not claims:
        return
    thesis = next((c for c in claims if c.role is ClaimRole.THESIS), claims[0])
    subs = {c.section: c for c in claims if c.role is ClaimRole.SUBTHESIS}
    by_group: dict[int, Claim] = {}
    for quote in sorted(prior.quotes, key=lambda q: q.span.start):
        target = by_group.get(quote.group) if quote.group else None
        if target is None:
            target = (
                _containing_claim(quote, claims)
                or _backed_claim(doc, quote, claims)
                or subs.get(_section_of(doc, quote), thesis)
            )
        if quote.group:
            by_group.setdefault(quote.group, target)
        yield Link(quote, target, Relation.SUPPORTS)


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


def _containing_claim(quote: Quote, claims: Sequence[Claim]) -> Claim | None:
    """The claim whose sentence holds the quote, if the quote sits inside one."""
    return next((c for c in claims if c.span.overlaps(quote.span)), None)


def _backed_claim(doc: Document, quote: Quote, claims: Sequence[Claim]) -> Claim | None:
    """The nearest claim before the quote in its paragraph, else the first one after it."""
    index = _paragraph_of(doc, quote.span.start)
    if index is None:
        return None
    span = doc.paragraphs[index].span
    inside = [c for c in claims if span.contains(c.span) and not c.span.overlaps(quote.span)]
    before = [c for c in inside if c.span.end <= quote.span.start]
    if before:
        return before[-1]
    return inside[0] if inside else None

"""The evidence stage: each quote or reported statement supports the claim it backs."""

from __future__ import annotations

import pytest

from argmap.extract.evidence import evidence_links
from argmap.model import Claim, ClaimRole, Findings, Link, Quote, Relation, Span

from .stages import yielded

TEXT = """\
Night Buses Matter

Overnight buses carry the people who keep the city running. Nurses depend on them. \
“Without the night bus I could not work my shift,” said one nurse.

“We counted every rider for a month,” said the planner. The routes are busier than \
the council thinks.

Costs

The service is cheap to run. “It costs less than one road repair,” the auditor said.
"""


def _span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(start, start + len(fragment))


def _quote(fragment: str, group: int = 0, direct: bool = True) -> Quote:
    return Quote(_span(fragment), group=group, direct=direct)


THESIS = Claim(
    _span("Overnight buses carry the people who keep the city running."), ClaimRole.THESIS
)
CLAIM = Claim(_span("Nurses depend on them."), ClaimRole.CLAIM, 0.6, 0)
LATER = Claim(_span("The routes are busier than the council thinks."), ClaimRole.CLAIM, 0.6, 0)
SUB = Claim(_span("The service is cheap to run."), ClaimRole.SUBTHESIS, 0.7, 1)


def _targets(quotes: list[Quote], claims: tuple[Claim, ...]) -> dict[str, str]:
    prior = Findings(quotes=tuple(quotes), claims=claims)
    _, links = yielded(TEXT, evidence_links, prior=prior)
    assert all(isinstance(lk, Link) and lk.relation is Relation.SUPPORTS for lk in links)
    return {lk.source.span.of(TEXT): lk.target.span.of(TEXT) for lk in links}


@pytest.mark.parametrize(
    ("quote", "claims", "target"),
    [
        ("“Without the night bus I could not work my shift,”", (THESIS, CLAIM), CLAIM),
        ("“We counted every rider for a month,”", (THESIS, CLAIM, LATER), LATER),
        ("“We counted every rider for a month,”", (THESIS, CLAIM), CLAIM),
        ("“It costs less than one road repair,”", (THESIS, CLAIM, SUB), SUB),
        ("“It costs less than one road repair,”", (THESIS,), THESIS),
    ],
    ids=["nearest-before", "first-after", "paragraph-before", "subthesis", "no-subthesis"],
)
def test_quote_backs(quote: str, claims: tuple[Claim, ...], target: Claim) -> None:
    assert _targets([_quote(quote)], claims) == {quote: target.span.of(TEXT)}


def test_fragments_of_one_quotation_back_the_same_claim() -> None:
    first = _quote("“Without the night bus I could not work my shift,”", group=3)
    second = _quote("“We counted every rider for a month,”", group=3)
    got = _targets([first, second], (THESIS, CLAIM, LATER))
    assert set(got.values()) == {CLAIM.span.of(TEXT)}


def test_words_inside_a_claim_back_that_claim() -> None:
    reported = _quote("depend on them", direct=False)
    assert _targets([reported], (THESIS, CLAIM)) == {"depend on them": CLAIM.span.of(TEXT)}


def test_reported_speech_backs_like_a_quote() -> None:
    reported = _quote("Nurses depend on them.", direct=False)
    assert _targets([reported], (THESIS,)) == {"Nurses depend on them.": THESIS.span.of(TEXT)}


def test_no_claims_no_links() -> None:
    assert _targets([_quote("“We counted every rider for a month,”")], ()) == {}


NEWS = """\
The council will vote on the dredging plan next week. Fishing crews say the plan would ruin their \
spawning grounds. Shipping firms say the harbor is too shallow for modern ships.

“We would lose three seasons of catch on the spawning grounds,” said Ana Ruiz.

“The ships are getting bigger every year, and the harbor is not,” said Tom Hale.
"""


def test_a_quote_paragraph_backs_the_earlier_claim_it_bears_on():
    def span(fragment: str) -> Span:
        start = NEWS.index(fragment)
        return Span(start, start + len(fragment))

    thesis = Claim(span("The council will vote on the dredging plan next week."), ClaimRole.THESIS)
    fishing = Claim(
        span("Fishing crews say the plan would ruin their spawning grounds."), ClaimRole.CLAIM
    )
    shipping = Claim(
        span("Shipping firms say the harbor is too shallow for modern ships."), ClaimRole.CLAIM
    )
    catch = Quote(span("“We would lose three seasons of catch on the spawning grounds,”"))
    ships = Quote(span("“The ships are getting bigger every year, and the harbor is not,”"))
    prior = Findings(quotes=(catch, ships), claims=(thesis, fishing, shipping))
    _, links = yielded(NEWS, evidence_links, prior=prior)
    assert {(lk.source, lk.target) for lk in links} == {(catch, fishing), (ships, shipping)}

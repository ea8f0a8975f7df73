"""The claims stage: each paragraph's point, counter-claims, and what they support or attack."""

from __future__ import annotations

import pytest

from argmap.extract.claims import supporting_claims
from argmap.extract.thesis import theses
from argmap.model import Claim, ClaimRole, Findings, Link, Quote, Relation, Span

from .stages import yielded
from .test_thesis import ESSAY, NEWS, OPED


def _run(text: str, quotes: tuple[Quote, ...] = ()) -> tuple[Findings, list]:
    return yielded(text, theses, supporting_claims, prior=Findings(quotes=quotes))


def _edges(text: str, quotes: tuple[Quote, ...] = ()) -> set[tuple[str, str, Relation]]:
    _, found = _run(text, quotes)
    return {
        (lk.source.span.of(text), lk.target.span.of(text), lk.relation)
        for lk in found
        if isinstance(lk, Link)
    }


def _relation_of(text: str, fragment: str) -> set[Relation]:
    return {rel for src, _, rel in _edges(text) if fragment in src}


@pytest.mark.parametrize(
    ("text", "fragment", "relation"),
    [
        (ESSAY, "removing cars from the centre protects", Relation.SUPPORTS),
        (ESSAY, "local businesses benefit from fewer cars", Relation.SUPPORTS),
        (ESSAY, "closing the centre makes trips longer", Relation.ATTACKS),
        (ESSAY, "some journeys will take longer", Relation.ATTACKS),
        (OPED, "Critics argue that the internet", Relation.ATTACKS),
        (OPED, "Others say that libraries cost too much", Relation.ATTACKS),
    ],
)
def test_claim_relation(text: str, fragment: str, relation: Relation) -> None:
    assert _relation_of(text, fragment) == {relation}


def test_paragraph_point_is_its_conclusion_not_its_example() -> None:
    _, found = _run(ESSAY)
    claims = [c.span.of(ESSAY) for c in found if isinstance(c, Claim)]
    assert not any("survey" in c or "Exhaust fumes" in c for c in claims)
    assert "removing cars from the centre protects the health of residents." in claims


def test_claims_support_their_sections_subthesis() -> None:
    prior, found = _run(OPED)
    subs = {c.section: c for c in prior.claims if c.role is ClaimRole.SUBTHESIS}
    for link in found:
        if isinstance(link, Link):
            assert link.target is subs.get(link.source.section, prior.claims[0])


def test_news_lead_concession_is_not_a_counter_claim() -> None:
    assert not any("regulators have promised" in src for src, _, _ in _edges(NEWS))


def test_quoted_sentence_is_evidence_not_a_claim() -> None:
    text = (
        "Parks Need Money\n\n"
        "The city should double its parks budget this year.\n"
        "“Our playgrounds are falling apart and children are getting hurt,” said a parent.\n"
        "Moreover, parks cut summer heat in crowded districts, so they save lives.\n"
        "In conclusion, the council should fund its parks properly.\n"
    )
    start = text.index("“")
    quote = Quote(Span(start, text.index("”") + 1))
    _, found = _run(text, (quote,))
    claims = [c for c in found if isinstance(c, Claim)]
    assert claims
    assert not any(c.span.overlaps(quote.span) for c in claims)


def test_every_claim_is_linked_once_and_in_bounds() -> None:
    for text in (ESSAY, OPED, NEWS):
        _, found = _run(text)
        claims = [c for c in found if isinstance(c, Claim)]
        sources = [lk.source for lk in found if isinstance(lk, Link)]
        assert sorted(map(id, claims)) == sorted(map(id, sources))
        for c in claims:
            assert c.role is ClaimRole.CLAIM
            assert 0 <= c.span.start < c.span.end <= len(text)
            assert 0.0 <= c.confidence <= 1.0


def test_no_thesis_no_claims() -> None:
    assert yielded("", supporting_claims)[1] == []


TURNING = """\
Should every town build a cinema?

Cinemas closed in many towns when streaming arrived. I believe that a town cinema brings real \
benefits to the people who live there.
Firstly, a cinema gives young people somewhere safe to meet in the evening. They would \
otherwise wander the streets with nothing to do.
On the other hand, there are some drawbacks to running a cinema in a small town. Few films \
fill the seats on weekdays, and the building costs money to heat.
Although a screen costs a great deal to install, it lasts for decades and pays for itself.
To conclude, even though some evenings will be quiet, a cinema gives a town a place to gather. \
Councils should help to fund one.
"""


def test_essay_paragraph_turning_to_the_costs_attacks_the_thesis() -> None:
    prior, found = _run(TURNING)
    thesis = prior.claims[0]
    attacks = {
        lk.source.span.of(TURNING)
        for lk in found
        if isinstance(lk, Link) and lk.relation is Relation.ATTACKS and lk.target is thesis
    }
    assert any("there are some drawbacks to running a cinema" in a for a in attacks)
    supports = _relation_of(TURNING, "a cinema gives young people somewhere safe")
    assert supports == {Relation.SUPPORTS}


def test_conclusion_concession_attacks_the_thesis() -> None:
    assert _relation_of(TURNING, "some evenings will be quiet") == {Relation.ATTACKS}


def test_essay_fronted_concession_attacks_the_point_it_grants() -> None:
    edges = _edges(TURNING)
    assert (
        "a screen costs a great deal to install",
        "it lasts for decades and pays for itself.",
        Relation.ATTACKS,
    ) in edges


def test_essay_but_keeps_its_qualifier() -> None:
    text = TURNING.replace(
        "Although a screen costs a great deal to install, it lasts",
        "A screen costs a great deal to install, but it lasts",
    )
    assert not _relation_of(text, "A screen costs a great deal")


ESSAY_SIDES = """\
Should villages ban cars from their main square?

Village squares are crowded with parked cars. I believe that villages should ban cars \
from their main square.
Firstly, a square without cars is safer for children. Children can play there without \
watching for traffic. Therefore, families use the square far more often.
Admittedly, shopkeepers fear losing passing trade. Delivery vans would have to stop \
further away. Consequently, small shops may lose some of their customers. However, \
footfall usually rises when a square is closed to traffic.
In conclusion, villages should ban cars from their main square because it is safer and \
busier. However, deliveries must still be able to reach the shops early each morning.
"""


def test_an_essays_granted_paragraph_argues_the_conclusion_it_draws() -> None:
    assert _relation_of(ESSAY_SIDES, "small shops may lose") == {Relation.ATTACKS}
    assert not _relation_of(ESSAY_SIDES, "shopkeepers fear")


def test_a_conclusions_closing_reservation_attacks_the_thesis() -> None:
    assert _relation_of(ESSAY_SIDES, "deliveries must still be able") == {Relation.ATTACKS}


ESSAY_ANSWERED = """\
Should museums be free to enter?

Museums are among the richest collections a city owns. I believe that museums should be \
free for every visitor.
Firstly, free entry brings in families who could never afford a ticket. Visits by young \
families rise sharply when fees are dropped. Therefore, more children grow up knowing art.
Secondly, free museums draw tourists who spend money nearby. Cafes and shops around them \
grow busier. Thus, the city gains more than the fees it gives up.
To sum up, ticket fees do pay for some of the cost of keeping collections safe. However, \
I am convinced that museums should be free for every visitor, because they serve the \
whole city.
"""


def test_a_view_the_restated_thesis_turns_against_attacks_it() -> None:
    assert _relation_of(ESSAY_ANSWERED, "ticket fees do pay") == {Relation.ATTACKS}

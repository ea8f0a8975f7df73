"""A hand-built argument map for the renderer tests, independent of the extractors.

It has every node kind and relation: a thesis, two sub-theses under headings, a claim and a
counter-claim, direct and reported quotes, a person, an organisation, a document and an
anonymous source, and a quote attributed to nobody and linked to nothing whose text
carries DOT, HTML and rich-markup metacharacters.
"""

from __future__ import annotations

import pytest

from argmap.graph import build_map
from argmap.model import (
    ArgumentMap,
    Claim,
    ClaimRole,
    Findings,
    Link,
    Quote,
    Relation,
    Source,
    SourceType,
    Span,
)
from argmap.segment import segment

PAYLOAD = 'Say "no" to <b>cuts</b> {now} [bold]today[/bold] \\N & forever'

ARTICLE = f"""\
Night Buses Are Worth Their Cost
Cutting Late Routes Saves Little and Hurts the Workers Who Need Them Most

The council should keep its overnight bus routes, because cutting them saves little and \
strands shift workers.

Who Rides at Night

Night buses carry the riders with the fewest alternatives. Most riders after midnight are \
hospital and cleaning staff. “For nurses and cleaners, the night bus is the only way home,” \
said Luis Fernandes, an organizer with the Riverside Workers & Drivers Union. A driver who \
asked not to be named said the last buses are full every night.

Costs & Savings

The savings from cutting night service are small. Critics say that empty buses waste public \
money. “Ridership after midnight is a fraction of the daytime peak,” said Dana Okafor, \
director of planning at the Metro Transit Authority. The 2023 Comptroller’s Audit found that \
the routes cost under two percent of the operating budget. A flyer taped to one shelter read \
“{PAYLOAD}”.
"""


def span(text: str, part: str) -> Span:
    """The span of ``part``, which must occur exactly once in ``text``."""
    start = text.index(part)
    assert text.find(part, start + 1) == -1, f"{part!r} is not unique"
    return Span(start, start + len(part))


def build_sample_map(text: str = ARTICLE) -> ArgumentMap:
    s = lambda part: span(text, part)  # noqa: E731

    thesis = Claim(
        s(
            "The council should keep its overnight bus routes, because cutting them saves little"
            " and strands shift workers."
        ),
        ClaimRole.THESIS,
        0.9,
        0,
    )
    riders = Claim(
        s("Night buses carry the riders with the fewest alternatives."), ClaimRole.SUBTHESIS, 0.8, 1
    )
    staff = Claim(s("Most riders after midnight are hospital and cleaning staff."), confidence=0.6)
    savings = Claim(
        s("The savings from cutting night service are small."), ClaimRole.SUBTHESIS, 0.75, 2
    )
    critics = Claim(s("Critics say that empty buses waste public money."), confidence=0.55)
    audit_claim = Claim(
        s(
            "The 2023 Comptroller’s Audit found that the routes cost under two percent of the"
            " operating budget."
        ),
        confidence=0.7,
    )

    fernandes_q = Quote(
        s("For nurses and cleaners, the night bus is the only way home"), s("Luis Fernandes")
    )
    driver_q = Quote(
        s("the last buses are full every night"),
        s("A driver who asked not to be named"),
        direct=False,
    )
    okafor_q = Quote(
        s("Ridership after midnight is a fraction of the daytime peak"), s("Dana Okafor")
    )
    audit_q = Quote(
        s("the routes cost under two percent of the operating budget"),
        s("The 2023 Comptroller’s Audit"),
        direct=False,
    )
    flyer_q = Quote(s(PAYLOAD))

    fernandes = Source(
        "Luis Fernandes",
        SourceType.PERSON,
        (s("Luis Fernandes"),),
        "organizer",
        "Riverside Workers & Drivers Union",
    )
    driver = Source(
        "unnamed driver", SourceType.ANONYMOUS, (s("A driver who asked not to be named"),), "driver"
    )
    okafor = Source(
        "Dana Okafor",
        SourceType.PERSON,
        (s("Dana Okafor"),),
        "director of planning",
        "Metro Transit Authority",
    )
    authority = Source(
        "Metro Transit Authority", SourceType.ORGANIZATION, (s("Metro Transit Authority"),)
    )
    audit = Source(
        "2023 Comptroller’s Audit", SourceType.DOCUMENT, (s("2023 Comptroller’s Audit"),)
    )

    supports, attacks, said = Relation.SUPPORTS, Relation.ATTACKS, Relation.ATTRIBUTED_TO
    findings = Findings(
        quotes=(fernandes_q, driver_q, okafor_q, audit_q, flyer_q),
        sources=(fernandes, driver, okafor, authority, audit),
        claims=(thesis, riders, staff, savings, critics, audit_claim),
        links=(
            Link(riders, thesis, supports),
            Link(savings, thesis, supports),
            Link(staff, riders, supports),
            Link(critics, savings, attacks),
            Link(audit_claim, savings, supports),
            Link(fernandes_q, staff, supports),
            Link(driver_q, riders, supports),
            Link(okafor_q, critics, supports),
            Link(audit_q, audit_claim, supports),
            Link(fernandes_q, fernandes, said),
            Link(driver_q, driver, said),
            Link(okafor_q, okafor, said),
            Link(audit_q, audit, said),
        ),
    )
    return build_map(segment(text), findings)


@pytest.fixture
def sample_map() -> ArgumentMap:
    return build_sample_map()


@pytest.fixture
def payload() -> str:
    return PAYLOAD

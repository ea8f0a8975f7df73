"""The premises stage: the reasons under each claim, and the objections they raise or answer.

The articles here are written for these tests.
"""

from __future__ import annotations

from argmap import map_text
from argmap.extract.claims import supporting_claims
from argmap.extract.premises import premises
from argmap.extract.quotes import direct_quotations
from argmap.extract.reported import reported_statements
from argmap.extract.thesis import theses
from argmap.model import Claim, ClaimRole, Findings, Link, Relation

from .stages import yielded
from .test_thesis import OPED

ESSAY = """\
Should towns plant more trees along their streets?

Streets in many towns are bare, hot and noisy. Some people say that trees cost too much to \
keep. In my view, every town should plant trees along its main streets.
Firstly, trees make streets cooler in summer. Leaves shade the pavement and the walls of \
houses. Shaded walls stay cooler because the sun never reaches them. Therefore, people in \
those houses need less air conditioning. This is because a cooler wall lets less heat in.
On the other hand, opponents claim that roots damage pavements. Roots can lift paving \
stones, and repairs are expensive. However, modern planting pits guide roots downwards. \
Damage is rare where pits are used.
In conclusion, the benefits of street trees outweigh their costs, so towns should plant \
them now.
"""

OPED_REBUTTALS = """\
# Cycle Lanes Pay For Themselves

Every spring the plan for new cycle lanes comes back, and every spring it is called a \
waste of road space. That verdict is wrong. Cycle lanes move more people per metre than \
car lanes, and towns that build them see busier shops.

## The objections

Shopkeepers claim that they will lose customers who drive. Surveys of high streets find \
that cyclists visit more often and spend more each month. While a few shops may lose \
some passing trade, most gain more than they lose.

Drivers argue that narrower roads will slow every journey. Journey times on the streets \
that were narrowed rose by less than a minute.

## Conclusion

Cycle lanes are not a waste of road space; they move more people and bring busier shops. \
Councils should build them where streets are widest.
"""


def _findings(text: str) -> tuple[Findings, list]:
    return yielded(
        text, direct_quotations, reported_statements, theses, supporting_claims, premises
    )


def _edges(text: str) -> set[tuple[str, str, Relation]]:
    prior, found = _findings(text)
    return {
        (lk.source.span.of(text), lk.target.span.of(text), lk.relation)
        for lk in list(prior.links) + found
        if isinstance(lk, Link) and isinstance(lk.source, Claim)
    }


def _related(text: str, source: str, target: str) -> set[Relation]:
    """Relations from the node whose text starts with ``source`` to the one with ``target``."""
    return {rel for s, t, rel in _edges(text) if s.startswith(source) and t.startswith(target)}


def test_reasons_under_a_claim_are_premises_that_support_it() -> None:
    _, found = _findings(ESSAY)
    kinds = {c.span.of(ESSAY): c.role for c in found if isinstance(c, Claim)}
    assert kinds["Leaves shade the pavement and the walls of houses."] is ClaimRole.PREMISE
    assert _related(ESSAY, "Leaves shade", "trees make streets cooler") == {Relation.SUPPORTS}


def test_a_reason_given_with_because_is_its_own_premise() -> None:
    assert _related(ESSAY, "the sun never reaches them", "Shaded walls stay cooler") == {
        Relation.SUPPORTS
    }


def test_a_conclusion_drawn_from_a_reason_is_supported_by_it() -> None:
    # "Therefore, ..." rests on the reason just before it, not directly on the claim
    assert _related(ESSAY, "Shaded walls stay cooler", "people in those houses") == {
        Relation.SUPPORTS
    }


def test_an_explanation_supports_the_reason_it_explains() -> None:
    assert _related(ESSAY, "This is because a cooler wall", "people in those houses") == {
        Relation.SUPPORTS
    }


def test_an_essay_gives_the_other_side_then_answers_it() -> None:
    counter = "opponents claim that roots damage pavements"
    assert _related(ESSAY, "Roots can lift paving stones", counter) == {Relation.SUPPORTS}
    assert _related(ESSAY, "modern planting pits", counter) == {Relation.ATTACKS}
    assert _related(ESSAY, "Damage is rare", counter) == {Relation.ATTACKS}


def test_an_intro_objection_attacks_the_thesis() -> None:
    assert _related(ESSAY, "Some people say that trees", "every town should plant") == {
        Relation.ATTACKS
    }


def test_an_oped_answers_a_reported_view_at_once() -> None:
    # no "But": the next sentence is the author's answer, not the other side's reason
    assert _related(OPED_REBUTTALS, "Journey times on the streets", "Drivers argue") == {
        Relation.ATTACKS
    }
    assert _related(OPED_REBUTTALS, "Shopkeepers claim", "Surveys of high streets") == {
        Relation.ATTACKS
    }


def test_while_x_y_grants_x_and_answers_it_with_y() -> None:
    assert _related(OPED_REBUTTALS, "a few shops may lose", "most gain more") == {Relation.ATTACKS}
    assert _related(OPED_REBUTTALS, "most gain more", "Surveys of high streets") == {
        Relation.SUPPORTS
    }


def test_a_rejected_view_in_the_lead_is_an_objection_and_the_verdict_answers_it() -> None:
    amap = map_text(OPED_REBUTTALS)
    thesis = next(n for n in amap.nodes if n["kind"] == "thesis")
    assert thesis["text"].startswith("Cycle lanes move more people per metre")
    rejected = "Every spring the plan"
    assert _related(OPED_REBUTTALS, rejected, "Cycle lanes move more") == {Relation.ATTACKS}
    assert _related(OPED_REBUTTALS, "That verdict is wrong", rejected) == {Relation.ATTACKS}


def test_quoted_sentences_are_evidence_not_premises() -> None:
    _, found = _findings(OPED)
    premises_text = [c.span.of(OPED) for c in found if isinstance(c, Claim)]
    assert not any("said Mara Lind" in p or "Half of our visitors" in p for p in premises_text)


def test_premise_nodes_carry_a_confidence_and_stable_ids() -> None:
    first, second = map_text(ESSAY), map_text(ESSAY)
    nodes = [n for n in first.nodes if n["kind"] == "premise"]
    assert nodes and all(0.0 < n["confidence"] < 1.0 for n in nodes)
    assert all(n["id"] == f"premise@{n['span'][0]}" for n in nodes)
    assert first.node_link_data() == second.node_link_data()


def test_a_headed_articles_closing_restatement_restates_its_one_thesis() -> None:
    amap = map_text(OPED_REBUTTALS)
    assert len([n for n in amap.nodes if n["kind"] == "thesis"]) == 1
    (restated,) = amap.index.restated_by(amap.index.thesis["id"])
    assert restated["role"] == "restatement"
    assert restated["text"].startswith("Cycle lanes are not a waste of road space")
    claims = [n["text"] for n in amap.nodes if n.get("role") == "claim"]
    assert not any(t.startswith("Cycle lanes are not a waste") for t in claims)


def test_a_claim_with_because_keeps_its_reason_as_a_premise() -> None:
    text = ESSAY.replace(
        "Firstly, trees make streets cooler in summer.",
        "Firstly, trees make streets cooler in summer because leaves block the sun.",
    )
    assert _related(text, "leaves block the sun", "trees make streets cooler") == {
        Relation.SUPPORTS
    }


ESSAY_GRANTS = """\
Should schools start later in the morning?

Many teenagers arrive at school tired. In my view, schools should start their day later.
Firstly, rested pupils learn more in class. Although a later start shortens the afternoon \
for sports clubs, pupils who sleep longer remember more of each lesson. Teachers notice \
that tired pupils lose focus before lunch.
In conclusion, a later start helps pupils learn, so schools should adopt it.
"""


def test_an_essays_although_clause_objects_to_the_point_and_the_rest_answers_it() -> None:
    granted = "a later start shortens the afternoon"
    assert _related(ESSAY_GRANTS, granted, "rested pupils learn more") == {Relation.ATTACKS}
    assert _related(ESSAY_GRANTS, "pupils who sleep longer", granted) == {Relation.ATTACKS}
    assert not _related(ESSAY_GRANTS, "pupils who sleep longer", "rested pupils")

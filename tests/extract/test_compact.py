"""Compact arguments: a letter of a few sentences and a study abstract, each sentence given
its part by what it says (texts written for these tests)."""

from __future__ import annotations

import pytest

import argmap
from argmap.extract.compact import is_compact
from argmap.segment import segment

LETTER = (
    "The city should ban cars from the old town. Traffic there is dangerous for "
    "pedestrians, and the narrow lanes cannot be widened. Of course, shop owners fear that "
    "they will lose customers who arrive by car. However, pedestrian streets in other towns "
    "attract more shoppers, not fewer. Therefore a ban would help residents and businesses "
    "alike."
)

ABSTRACT = (
    "Night shifts are linked to poor sleep among hospital nurses. We conducted a randomized "
    "trial of a scheduled nap during night shifts. A total of 240 nurses were randomly "
    "assigned to a 30-minute nap or to usual breaks. Sleepiness scores at the end of the "
    "shift were lower in the nap group than in the control group (4.1 versus 6.3; p < 0.001). "
    "Medication errors fell by 38% in the nap group, compared with 5% among controls. "
    "Reaction times improved by 12% with the nap (p = 0.01). A scheduled nap is a safe and "
    "effective way to reduce sleepiness during night shifts, and hospitals should offer it."
)

OPENING_CLAIM = (
    "Cold water immersion is widely recommended for sore muscles, but its value after "
    "endurance running remains uncertain. We randomly assigned 120 runners to ten minutes "
    "of cold water or to rest after a marathon. Soreness scores at 48 hours were lower with "
    "immersion (3.2 versus 4.6; p = 0.02). Time to a normal training week was shorter by "
    "1.5 days in the immersion group (p = 0.04). Runners who had cold water reported less "
    "soreness and returned to training sooner."
)
"""An abstract whose close only tells what its study saw: the point is its opening claim."""

AIM_OPENING = (
    "To assess whether a daily walk improves sleep in office workers. A total of 90 workers "
    "were randomly assigned to a 30-minute walk or to no change. Sleep scores improved by "
    "14% in the walking group compared with 3% among controls (p = 0.01). Workers who "
    "walked slept longer and woke less often."
)


def _by_text(amap):
    return {n["text"]: n for n in amap.nodes if n["kind"] in ("thesis", "claim", "premise")}


def _relation(amap, source_text, target_text):
    ids = {n["text"]: n["id"] for n in amap.nodes if n.get("text")}
    found = [
        e["relation"]
        for e in amap.edges
        if e["source"] == ids[source_text] and e["target"] == ids[target_text]
    ]
    return found[0] if found else None


def test_a_short_letter_has_every_sentence_in_the_argument():
    amap = argmap.map_text(LETTER)
    nodes = _by_text(amap)
    thesis = "The city should ban cars from the old town."
    counter = "shop owners fear that they will lose customers who arrive by car."
    answer = "pedestrian streets in other towns attract more shoppers, not fewer."
    reason = "Traffic there is dangerous for pedestrians, and the narrow lanes cannot be widened."
    assert nodes[thesis]["kind"] == "thesis"
    assert len(amap.index.theses) == 1
    assert _relation(amap, reason, thesis) == "supports"
    assert _relation(amap, counter, thesis) == "attacks"
    assert _relation(amap, answer, counter) == "attacks"
    assert _relation(amap, "a ban would help residents and businesses alike.", thesis) == "supports"


def test_the_thesis_outranks_its_claims():
    amap = argmap.map_text(LETTER)
    thesis = amap.index.thesis
    assert all(n["confidence"] < thesis["confidence"] for n, _ in amap.index.below(thesis["id"]))


def test_an_abstract_concludes_from_its_findings():
    amap = argmap.map_text(ABSTRACT)
    nodes = _by_text(amap)
    thesis = amap.index.thesis
    assert thesis["text"].startswith("A scheduled nap is a safe and effective way")
    findings = [t for t, n in nodes.items() if n["kind"] == "premise"]
    assert len(findings) == 3 and all(any(ch.isdigit() for ch in t) for t in findings)
    for finding in findings:
        assert _relation(amap, finding, thesis["text"]) == "supports"
    # background and method are not argued
    assert not any("randomly assigned" in t or "We conducted" in t for t in nodes)


def test_an_abstract_that_only_reports_argues_its_opening_claim():
    amap = argmap.map_text(OPENING_CLAIM)
    thesis = amap.index.thesis
    assert thesis["text"] == "its value after endurance running remains uncertain."
    closing = "Runners who had cold water reported less soreness and returned to training sooner."
    assert _relation(amap, closing, thesis["text"]) == "supports"
    # the findings back the conclusion drawn from them, not the claim the abstract opened with
    findings = [t for t, n in _by_text(amap).items() if n["kind"] == "premise"]
    assert findings and all(_relation(amap, f, closing) == "supports" for f in findings)


def test_an_abstract_opening_with_its_aim_concludes_at_its_close():
    thesis = argmap.map_text(AIM_OPENING).index.thesis
    assert thesis["text"] == "Workers who walked slept longer and woke less often."


@pytest.mark.parametrize(
    ("text", "thesis"),
    [
        (  # the view it answers says "should" too; the closing "Besides" adds a reason
            "Tuition fees for universities are a bad idea. They keep talented students from "
            "poor homes away from study. Some argue that graduates earn more and should "
            "therefore pay for their degree. However, they already pay more in taxes later. "
            "Besides, a country needs as many educated people as possible.",
            "Tuition fees for universities are a bad idea.",
        ),
        (
            "I think the town should build a cycle lane on Market Street. Cars drive too fast "
            "there, and two cyclists were hurt last year. A lane would make riding safer. Shop "
            "owners fear losing parking spaces. But most of their customers arrive on foot.",
            "the town should build a cycle lane on Market Street.",
        ),
        (  # "a good idea" judges; "On the other hand" turns to the view it answers
            "A four-day school week is not a good idea. Parents would have to pay for care on "
            "the fifth day. Children forget more over long weekends. On the other hand, "
            "schools would save money on heating and buses. But those savings are small "
            "next to what families would pay.",
            "A four-day school week is not a good idea.",
        ),
        (  # "makes sense" judges; a point granted with a closing "of course" is answered
            "Free swimming lessons for every child make sense. Each summer children drown in "
            "lakes near the city. Lessons cost money, of course. But a single rescue costs "
            "far more.",
            "Free swimming lessons for every child make sense.",
        ),
        (  # "It would be wrong to …" judges a course of action, as "should not" would
            "It would be wrong to close the night ferry. Nurses on the island rely on it "
            "after late shifts. Some say it runs half empty. But a ferry is a service, not a "
            "business. So the ferry simply has to keep running.",
            "It would be wrong to close the night ferry.",
        ),
    ],
)
def test_a_short_text_defends_its_own_claim(text: str, thesis: str) -> None:
    amap = argmap.map_text(text)
    assert amap.index.thesis["text"] == thesis
    # the writer's "I think" is the argument itself, not a statement reported from no one
    assert all(n["speaker"] is not None for n in amap.nodes if n["kind"] == "quote")


def test_the_other_side_is_answered_not_argued() -> None:
    text = (
        "A four-day school week is not a good idea. Parents would have to pay for care on the "
        "fifth day. On the other hand, schools would save money on heating and buses. But "
        "those savings are small next to what families would pay."
    )
    amap = argmap.map_text(text)
    attacks = [(e["source"], e["target"]) for e in amap.edges if e["relation"] == "attacks"]
    by_id = {n["id"]: n.get("text") for n in amap.nodes}
    assert (
        "schools would save money on heating and buses.",
        "A four-day school week is not a good idea.",
    ) in [(by_id[a], by_id[b]) for a, b in attacks]


def test_essays_and_news_are_not_compact(short_article):
    assert not is_compact(segment(short_article))
    assert is_compact(segment(LETTER)) and is_compact(segment(ABSTRACT))


def test_a_sentence_that_grants_and_answers_gives_both() -> None:
    text = (
        "The town must keep its swimming pool open. It is the only place where children can "
        "learn to swim. Although the pool loses money each year, the loss is smaller than "
        "the cost of one new roundabout."
    )
    amap = argmap.map_text(text)
    by_id = {n["id"]: n.get("text") for n in amap.nodes}
    attacks = {
        (by_id[e["source"]], by_id[e["target"]]) for e in amap.edges if e["relation"] == "attacks"
    }
    assert (
        "the pool loses money each year",
        "The town must keep its swimming pool open.",
    ) in attacks
    assert (
        "the loss is smaller than the cost of one new roundabout.",
        "the pool loses money each year",
    ) in attacks

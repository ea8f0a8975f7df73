"""The thesis stage: where the thesis is found in an essay, an op-ed and a news analysis.

The articles here are written for these tests; the seed article is read from ../shared.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap import map_text
from argmap.extract.sentences import main_clause
from argmap.extract.thesis import theses
from argmap.model import ClaimRole, Link, NodeKind, Relation, Span
from argmap.segment import segment

from .stages import yielded

ESSAY = """\
Should cities close their centres to private cars?

Traffic in most large cities has grown every year for decades. Some people think that \
drivers have a right to reach every street. However, I firmly believe that city centres \
should be closed to private cars.
Firstly, a car-free centre is healthier for the people who live there. Exhaust fumes cause \
asthma in children and heart disease in adults. For example, a survey in one northern town \
counted twice as many hospital visits on busy roads. Therefore, removing cars from the centre \
protects the health of residents.
Secondly, shops and cafes gain when streets belong to walkers. Pedestrians stop, look and \
buy, while drivers pass by. Thus, local businesses benefit from fewer cars.
Admittedly, closing the centre makes trips longer for disabled and elderly drivers. They may \
find buses hard to use.
To conclude, although some journeys will take longer, closing city centres to private cars \
makes cities healthier and richer. Councils should act now.
"""

OPED = """\
# Why Libraries Still Matter

Public libraries are often described as relics of a paper age. I believe they are more \
important now than ever, because they give everyone free access to knowledge and a quiet \
place to use it.

## Free access is a public good

A library card costs nothing, and that is the point. Families who cannot afford books or \
broadband find both at the branch down the road. “Half of our visitors come to use the \
computers,” said Mara Lind, a librarian in a small town.

## The counter-arguments do not hold

Critics argue that the internet has made libraries unnecessary. But the internet is not \
free, and much of it is not reliable. Others say that libraries cost too much. In fact, a \
branch costs less than a single stretch of new road.

## What councils should do

Councils should protect library budgets and extend opening hours. Closing branches saves \
little and costs communities a great deal.
"""

NEWS = """\
Water Prices Set To Rise As Utilities Face Repair Bills
Analysts Warn That Households Will Carry The Cost Of Ageing Pipes

While regulators have promised to keep bills stable, analysts increasingly believe that \
households will pay far more for water over the next decade. The reason is simple: much of \
the network was laid a century ago and is failing.
Ageing Infrastructure
Leaks now waste a fifth of treated water in some regions. “We are patching pipes that should \
have been replaced in the seventies,” said Tom Reyes, an engineer at a regional utility. \
Replacing them will cost billions.
Who Pays
Utilities say that investors cannot carry the whole cost. Consumer groups disagree, arguing \
that shareholders have taken large dividends for years. The dispute will shape the next \
price review.
"""


def _theses(text: str) -> list:
    return [c for c in yielded(text, theses)[1] if not isinstance(c, Link)]


def _of(text: str, role: ClaimRole) -> list[str]:
    return [c.span.of(text) for c in _theses(text) if c.role is role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ESSAY, "city centres should be closed to private cars"),
        (OPED, "they are more important now than ever"),
        (NEWS, "households will pay far more for water"),
    ],
    ids=["essay", "oped", "news"],
)
def test_thesis_is_the_authors_position(text: str, expected: str) -> None:
    """The position, stated as the thesis or (an essay's other statement of it) its
    restatement."""
    found = _of(text, ClaimRole.THESIS) + _of(text, ClaimRole.RESTATEMENT)
    assert len(_of(text, ClaimRole.THESIS)) == 1
    assert any(expected in f for f in found)


def test_essay_conclusion_restates_the_thesis() -> None:
    """One thesis node; the essay's two statements of its position are the thesis and its
    restatement (a tie on the title's words goes to the conclusion)."""
    (thesis,) = _of(ESSAY, ClaimRole.THESIS)
    (restated,) = _of(ESSAY, ClaimRole.RESTATEMENT)
    conclusion, lead = sorted((thesis, restated), key=lambda t: "closing" not in t)
    assert "closing city centres to private cars makes cities healthier" in conclusion
    assert "city centres should be closed to private cars" in lead
    assert not conclusion.startswith(("To conclude", "although"))


@pytest.mark.parametrize(("text", "sections"), [(OPED, 3), (NEWS, 2), (ESSAY, 0)])
def test_one_subthesis_per_headed_section(text: str, sections: int) -> None:
    _, found = yielded(text, theses)
    subs = [c for c in found if not isinstance(c, Link) and c.role is ClaimRole.SUBTHESIS]
    assert len(subs) == sections
    assert len({s.section for s in subs}) == sections
    thesis = found[0]
    links = [f for f in found if isinstance(f, Link) and f.relation is not Relation.RESTATES]
    assert {(lk.source, lk.target, lk.relation) for lk in links} == {
        (s, thesis, Relation.SUPPORTS) for s in subs
    }


def test_a_restatement_is_linked_to_the_thesis_it_restates() -> None:
    _, found = yielded(ESSAY, theses)
    (thesis,) = [c for c in found if not isinstance(c, Link) and c.role is ClaimRole.THESIS]
    (restated,) = [c for c in found if not isinstance(c, Link) and c.role is ClaimRole.RESTATEMENT]
    restates = [f for f in found if isinstance(f, Link) and f.relation is Relation.RESTATES]
    assert [(lk.source, lk.target) for lk in restates] == [(restated, thesis)]


def test_subthesis_is_the_answer_not_the_view_answered() -> None:
    subs = _of(OPED, ClaimRole.SUBTHESIS)
    assert "the internet is not free" in subs[1]
    assert not any("Critics argue" in s for s in subs)


@pytest.mark.parametrize(
    ("sentence", "main", "conceded"),
    [
        (
            "From this point of view, I firmly believe that we should walk more.",
            "we should walk more.",
            None,
        ),
        (
            "Therefore tourism has clearly improved lives in the region.",
            "tourism has clearly improved lives in the region.",
            None,
        ),
        (
            "Although taxes rise, the service improves for everyone who uses it.",
            "the service improves for everyone who uses it.",
            "taxes rise",
        ),
        (
            "As the war drags on, the president appears to be playing for time.",
            "the president appears to be playing for time.",
            None,
        ),
        (
            "Buses may be slow at night, but they are the only way home for many.",
            "they are the only way home for many.",
            "Buses may be slow at night",
        ),
        (
            "I believe that is wrong and always has been.",
            "that is wrong and always has been.",
            None,
        ),
        ("Cats sleep.", "Cats sleep.", None),
        (
            "It is true that ferries are slow, such as in winter storms.",
            "ferries are slow, such as in winter storms.",
            None,
        ),
        (
            "Rail is cheaper to run over time, although it costs more to build.",
            "Rail is cheaper to run over time",
            "it costs more to build.",
        ),
        (
            "Prices rose in the north, whereas wages fell back sharply.",
            "Prices rose in the north, whereas wages fell back sharply.",
            None,
        ),
        (
            "I reaffirm that although parks cost money, they repay it many times over.",
            "they repay it many times over.",
            "parks cost money",
        ),
        (
            "It's true that city buses are often slow, nevertheless they carry most commuters.",
            "they carry most commuters.",
            "city buses are often slow",
        ),
    ],
    ids=lambda v: v[:24] if isinstance(v, str) else "-",
)
def test_main_clause(sentence: str, main: str, conceded: str | None) -> None:
    got, granted = main_clause(sentence, Span(0, len(sentence)))
    assert got.of(sentence) == main
    assert (granted.of(sentence) if granted else None) == conceded


def test_confidence_is_a_probability() -> None:
    for text in (ESSAY, OPED, NEWS):
        assert all(0.0 <= c.confidence <= 1.0 for c in _theses(text))


def test_empty_and_one_line_texts() -> None:
    assert _theses("") == []
    assert [c.span.of("Cities should tax cars.") for c in _theses("Cities should tax cars.")] == [
        "Cities should tax cars."
    ]


@pytest.mark.shared
def test_seed_thesis_and_sections(seed_text: str, shared_dir) -> None:
    gold = json.loads((shared_dir / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    amap = map_text(seed_text)
    thesis = amap.index.of_kind(NodeKind.THESIS)
    # the lead's claim, and its restatement closing the last section (in a source's words)
    assert len(thesis) == 1
    (restated,) = amap.index.restated_by(thesis[0]["id"])
    assert restated["section"] == len(amap.graph_attrs["sections"]) - 1
    start, end = thesis[0]["span"]
    lead = segment(seed_text).paragraphs[0].span
    assert lead.start <= start < end <= lead.end  # the lead's claim, not the title
    assert "Trump" in thesis[0]["text"]

    def overlaps(g: dict) -> bool:
        inter = min(end, g["end"]) - max(start, g["start"])
        return inter >= 0.5 * min(end - start, g["end"] - g["start"])

    assert any(overlaps(g) for g in gold["theses"])
    r_start, r_end = restated["span"]
    assert any(g["start"] <= r_start and r_end <= g["end"] + 1 for g in gold["theses"])
    subs = [n for n in amap.nodes if n.get("role") == ClaimRole.SUBTHESIS.value]
    headed = [s["index"] for s in amap.graph_attrs["sections"] if s["heading"]]
    assert len(headed) == 5
    assert sorted(n["section"] for n in subs) == headed
    supports = {(e["source"], e["target"]) for e in amap.edges if e["relation"] == "supports"}
    assert all((n["id"], thesis[0]["id"]) in supports for n in subs)


_PIECES = [
    *"abc XYZ.,;:!?'\"“”‘’—-#*\n\t0123",
    "However, ",
    "I believe that ",
    "Although ",
    "Critics argue that ",
    "Therefore ",
    "\n\n## Heading\n",
    "In conclusion, ",
    "we should ",
]
_ARTICLES = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_PIECES), max_size=80).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(_ARTICLES)
def test_map_text_spans_are_exact(text: str) -> None:
    amap = map_text(text)
    for node in amap.nodes:
        if node["kind"] in ("thesis", "claim"):
            start, end = node["span"]
            assert 0 <= start < end <= len(text)
            assert text[start:end] == node["text"]


SIGNPOSTED = """\
# The Bridge That Was Never Built

The river crossing was promised for twenty years. I believe the council wasted the money it \
raised for it.

## Background and Context

The historical context provides essential background for understanding the dispute. The \
council's plan failed because it ignored the river's flood history. Engineers warned of this \
in every survey.

## What Comes Next

The money should now go to the ferry, which carries most commuters already.
"""


def test_signpost_loses_to_the_point_it_introduces() -> None:
    subs = _of(SIGNPOSTED, ClaimRole.SUBTHESIS)
    assert not any("essential background" in s for s in subs)
    assert any("council's plan failed" in s for s in subs)


def test_essay_thesis_is_not_its_announcement() -> None:
    text = (
        "Should towns keep their markets?\n\n"
        "Markets have shrunk in many towns. I am convinced that towns should keep their weekly "
        "markets. This essay will discuss both views.\n"
        "Firstly, markets give small farmers a place to sell their produce directly.\n"
        "Secondly, a market day brings shoppers to the other shops of the high street.\n"
        "In conclusion, towns should keep their markets, because they help farmers and shops.\n"
    )
    found = _of(text, ClaimRole.THESIS) + _of(text, ClaimRole.RESTATEMENT)
    assert any("towns should keep their weekly markets" in f for f in found)
    assert not any("This essay will discuss" in f for f in found)


@pytest.mark.parametrize("name", ["harbor-dredging.txt", "four-day-week.md", "homework-essay.txt"])
def test_no_thesis_is_ranked_below_its_own_claims(name: str) -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / name
    index = map_text(path.read_text(encoding="utf-8")).index
    thesis = index.thesis
    heads = [n for n, how in index.below(thesis["id"]) if n["kind"] != "quote"]
    assert heads and all(n["confidence"] <= thesis["confidence"] for n in heads)


def test_an_anecdote_lead_is_no_thesis_when_a_section_states_the_case() -> None:
    text = (
        "Why Our Town Needs a Night Bus\n\n"
        "Last winter I stood at the stop on Fulton Street for forty minutes. Nobody came.\n\n"
        "## The numbers\n\n"
        "A survey by the transit board found that 38 percent of shift workers have no car. "
        "Most of them finish work after the last bus has gone.\n\n"
        "## What we should do\n\n"
        "The council should fund a one-year trial of a night bus. It would cost less than "
        "one new roundabout."
    )
    thesis = map_text(text).index.thesis
    assert thesis["text"] == "The council should fund a one-year trial of a night bus."


def test_an_essay_lead_that_only_frames_the_debate_yields_to_its_conclusion() -> None:
    text = (
        "Should zoos be closed?\n\n"
        "Zoos are visited by millions of families every year. Many believe that zoos are "
        "cruel places that should be closed, whereas others think that they protect animals.\n"
        "Firstly, zoos breed animals that have almost died out in the wild.\n"
        "Secondly, children who see real animals learn to care about nature.\n"
        "Admittedly, some enclosures are far too small.\n"
        "In conclusion, I am convinced that zoos do more good than harm.\n"
    )
    thesis = map_text(text).index.thesis
    assert thesis["text"] == "zoos do more good than harm."


NEWS_REPORT = (
    "Council approves harbour dredging plan\n\n"
    "Eastfield council voted on Tuesday to deepen the harbour channel, a decision its "
    "supporters say will bring hundreds of jobs but that fishermen warn could ruin the oyster "
    "beds.\n\n"
    "“This is the most important investment the port has seen in thirty years,” said council "
    "leader Priya Nair after the vote, which passed by nine votes to four.\n\n"
    "The plan would allow larger cargo ships to dock. “Once the oysters are gone, they are "
    "gone for a generation,” said Tom Brennan, who chairs the oyster cooperative.\n\n"
    "Marine biologist Hannah Kell said the risk was real but manageable.\n\n"
    "The council said it would publish an environmental plan before work begins."
)


def test_an_unheaded_news_report_states_its_point_in_the_lead() -> None:
    amap = map_text(NEWS_REPORT)
    assert amap.index.thesis["text"].startswith("Eastfield council voted on Tuesday")
    # a quote with its "said X" is evidence, never a claim of the article's own
    argued = [n["text"] for n in amap.nodes if n["kind"] in ("claim", "premise")]
    assert argued
    assert not any("said council leader" in t for t in argued)


def test_the_statement_in_the_writers_own_voice_is_the_thesis() -> None:
    text = (
        "Should cities build more cycle lanes?\n\n"
        "Cities everywhere are busy with cars. Although cycle lanes cost money, they have "
        "effects on traffic that make them a controversial subject in many towns.\n"
        "Firstly, people who cycle to work are healthier and miss fewer days.\n"
        "Secondly, every bicycle on the road is one car fewer in the queue.\n"
        "Admittedly, lanes take space from parking.\n"
        "In conclusion, I firmly support building more cycle lanes in our cities.\n"
    )
    thesis = map_text(text).index.thesis
    assert thesis["text"] == "building more cycle lanes in our cities."


def test_a_conclusion_that_weighs_both_sides_does_not_replace_the_position() -> None:
    text = (
        "Should fuel be taxed more heavily?\n\n"
        "Fuel prices are rising everywhere. While many believe that fuel should be taxed "
        "more, I strongly disagree with this notion.\n"
        "Firstly, families in the country have no other way to travel.\n"
        "Secondly, higher prices hurt small firms that deliver goods.\n"
        "In conclusion, a higher tax on fuel has its own pros and cons.\n"
    )
    thesis = map_text(text).index.thesis
    assert thesis["text"] == "I strongly disagree with this notion."


def test_agreeing_with_the_latter_view_states_that_view() -> None:
    text = (
        "Will printed books disappear?\n\n"
        "Some people believe that printed books will always have readers, while others "
        "argue that screens will replace paper within a generation. I agree with the latter "
        "view for the following reasons.\n"
        "Firstly, young readers already prefer their phones.\n"
        "Secondly, a screen can hold a whole library.\n"
    )
    thesis = map_text(text).index.thesis
    assert thesis["text"] == "screens will replace paper within a generation"

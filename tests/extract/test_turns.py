"""Interviews, Q&As and transcripts: each turn is its speaker's, on text written for these tests."""

from __future__ import annotations

import pytest

from argmap.extract.quotes import direct_quotations
from argmap.extract.sources import cited_sources
from argmap.extract.turns import interview_turns
from argmap.model import Link, Quote, Source, SourceType
from argmap.segment import looks_like_heading, segment

from .stages import yielded

INTERVIEW = """\
A Talk About The Harbor

The planning director sat down with us to talk about the harbor plan.

Dana Okafor (planning director): We spent two years on this plan, and it shows.

INTERVIEWER: Why did it take so long?

Dana Okafor (planning director): Every neighbourhood wanted a say.

INTERVIEWER: What happens to the ferry?

Dana Okafor (planning director): The ferry stays
"""

QA = """\
# Five questions for Marco Belli

Marco Belli runs the Tidewater Food Bank. We asked him about the winter.

**Q:** How busy has the food bank been?

**A:** Busier than any December I remember.

**Q:** What do you need most?

**A:** Volunteers on weekday mornings.
"""

TRANSCRIPT = """\
Hearing On The Levy

An excerpt from the hearing on Tuesday.

Mr. KYLE: The levy is too high for my ward.

Ms. ORTEGA: The levy pays for the schools your ward uses.

Mr. KYLE: Then let us phase it in.

Ms. ORTEGA: I could support that.
"""

NAME_LINES = """\
Notes From The Dock

We spoke to two fishermen on the pier.

Piet Maas:

The catch is down by half this year.

Ines Roy:

We blame the dredging, not the weather.

Piet Maas:

The council will not listen.
"""


def _turns(text: str) -> list[tuple[str, str | None, str | None]]:
    """(turn text, speaker name, speaker role) for each quote the turns stage yields."""
    found, out = yielded(text, direct_quotations, interview_turns, cited_sources)
    links = {x.source: x.target for x in out if isinstance(x, Link)}
    turns = [q for q in found.quotes if q.cue is None and q.direct and q.span.of(text)[0] != "“"]
    rows = []
    for q in turns:
        source: Source | None = links.get(q)
        rows.append((q.span.of(text), source.name if source else None, source and source.role))
    return rows


def test_named_turns_with_a_role_are_the_speakers() -> None:
    assert _turns(INTERVIEW) == [
        ("We spent two years on this plan, and it shows.", "Dana Okafor", "planning director"),
        ("Why did it take so long?", "interviewer", None),
        ("Every neighbourhood wanted a say.", "Dana Okafor", "planning director"),
        ("What happens to the ferry?", "interviewer", None),
        ("The ferry stays", "Dana Okafor", "planning director"),
    ]


def test_every_answer_of_a_q_and_a_is_the_interviewee_s() -> None:
    assert _turns(QA) == [
        ("How busy has the food bank been?", "interviewer", None),
        ("Busier than any December I remember.", "Marco Belli", None),
        ("What do you need most?", "interviewer", None),
        ("Volunteers on weekday mornings.", "Marco Belli", None),
    ]


def test_transcript_labels_in_capitals_name_people() -> None:
    rows = _turns(TRANSCRIPT)
    assert [name for _text, name, _role in rows] == [
        "Mr. Kyle",
        "Ms. Ortega",
        "Mr. Kyle",
        "Ms. Ortega",
    ]
    _found, out = yielded(TRANSCRIPT, direct_quotations, interview_turns, cited_sources)
    sources = [x for x in out if isinstance(x, Source)]
    assert {s.name: s.source_type for s in sources} == {
        "Mr. Kyle": SourceType.PERSON,
        "Ms. Ortega": SourceType.PERSON,
    }


def test_a_name_on_a_line_of_its_own_opens_the_turn_under_it() -> None:
    assert [name for _text, name, _role in _turns(NAME_LINES)] == [
        "Piet Maas",
        "Ines Roy",
        "Piet Maas",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Note: the figures are for 2024.\n\nThe ferry ran late.\n\nUpdate: it ran on time.",
        "The plan has three parts.\n\nFirst: the pier.\n\nSecond: the ferry.",
        "Ada Vell: “The ferry will stop.”\n\nThe ferry ran late.",
    ],
)
def test_a_few_labelled_lines_are_not_an_interview(text: str) -> None:
    _found, out = yielded(text, direct_quotations, interview_turns)
    assert [q for q in out if isinstance(q, Quote)] == []


@pytest.mark.parametrize(
    "line", ["Q: What next", "A: Yes", "ANN LEE: Thank you", "Dana Okafor (planning director): Yes"]
)
def test_turn_lines_are_not_headings(line: str) -> None:
    assert not looks_like_heading(line)


def test_a_colon_heading_stays_a_heading() -> None:
    assert looks_like_heading("Conclusion: The Strategic Horizon")


def test_a_turn_s_label_is_not_part_of_its_sentences() -> None:
    doc = segment(TRANSCRIPT)
    first = doc.sentences[1].span.of(TRANSCRIPT)
    assert first == "The levy is too high for my ward."


def test_an_interviews_thesis_is_the_claim_its_headline_quotes() -> None:
    from argmap import map_text

    text = (
        '# "We cannot keep building on the floodplain": a talk with hydrologist Mei Tanaka\n\n'
        "Mei Tanaka teaches hydrology at Northgate University. We spoke about the floods.\n\n"
        "**Lucas Ferreira:** Should the towns stop building there?\n\n"
        "**Mei Tanaka:** Yes. Every new estate on a floodplain is a bill someone pays later.\n\n"
        "**Lucas Ferreira:** Developers say modern defences protect the houses.\n\n"
        "**Mei Tanaka:** Defences fail, and a third of them are in poor condition.\n"
    )
    index = map_text(text).index
    assert index.thesis["text"] == "We cannot keep building on the floodplain"
    assert len(index.theses) == 1

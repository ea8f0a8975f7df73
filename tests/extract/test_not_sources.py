"""Words that name no one are never sources, on text written for these tests."""

from __future__ import annotations

import pytest

from .attribution import direct_sources, run

# (body, who the quote is credited to): a function word never stands in for the speaker
CREDITED = [
    pytest.param(
        "Ada Vell spoke about the ferry.\n\nFor example: “We lost two boats,” she told the board.",
        "Ada Vell",
        id="for-example-then-a-pronoun-after",
    ),
    pytest.param(
        "The audit came out on Monday.\n\nFrom the Harbor Audit: “The ferry lost money.”",
        "Harbor Audit",
        id="from-the-report",
    ),
    pytest.param(
        "Or, as Tom Ridge, a former harbor master, put it: “The pier is done.”",
        "Tom Ridge",
        id="or-as-x-put-it",
    ),
    pytest.param(
        "For now, Vell, at the Harbor Institute, said: “We will wait.”",
        "Vell",
        id="for-now-then-the-name",
    ),
    pytest.param(
        "Last month, when I asked Ada Vell about the ferry, she paused. “Not yet,” she said.",
        "Ada Vell",
        id="pronoun-after-a-time-phrase",
    ),
    pytest.param(
        "“We were outvoted,” said a 2008 council veteran.",
        "a 2008 council veteran",
        id="a-number-inside-the-description",
    ),
]


@pytest.mark.parametrize(("body", "name"), CREDITED)
def test_the_speaker_is_a_name_not_a_function_word(body: str, name: str) -> None:
    assert direct_sources(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "For example: “If fares were free, everyone would ride.”",
        "Here they are: “Is the ferry on time? Is it safe?”",
        "Please note: “Closed on Sundays.”",
        "Whether: “The ferry stops.”",
    ],
)
def test_no_source_is_a_function_word(body: str) -> None:
    _text, _quotes, sources, _links = run(body)
    names = {s.name.lower() for s in sources}
    assert not names & {"for", "example", "here", "please", "whether", "few", "you", "his"}


@pytest.mark.parametrize(
    "body",
    [
        "You said the ferry would run, and it did not.",
        "His remarks were brief.",
        "Few believed the ferry would run.",
        "Reached by phone, the captain declined to comment.",
    ],
)
def test_pronouns_and_fragments_are_not_named_sources(body: str) -> None:
    _text, _quotes, sources, _links = run(body)
    assert all(s.name.split()[0].lower() not in {"you", "his", "few", "reached"} for s in sources)

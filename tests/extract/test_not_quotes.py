"""Words in quotation marks that nobody is quoted as saying, on text written for these tests."""

from __future__ import annotations

import pytest

from .attribution import direct_sources, run


@pytest.mark.parametrize(
    "body",
    [
        "Every council discovers the “parking problem.” It is a choice.",
        "The council bought the so-called “smart meters” last year.",
        "They were meant to end the “war on drivers,” whatever that is.",
        "For example: “If parking were priced, drivers would park less.”",
        "The word “free” does a lot of work here.",
        "Take the phrase “fiscal cliff.” Nobody can define it.",
        "His nickname, “the Hammer,” stuck.",
    ],
)
def test_terms_scare_quotes_and_examples_are_not_quotes(body: str) -> None:
    _text, quotes, sources, _links = run(body)
    assert [q for q in quotes if q.direct] == []
    assert sources == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Critics call the plan a “cash grab.”", ["Critics"]),
        ("Councillor Ruth Amis said the meters “paid for themselves.”", ["Ruth Amis"]),
        ("“Fine,” said Ruth Amis.", ["Ruth Amis"]),
        ("The so-called “smart meters,” Ruth Amis said, “are a scam.”", ["Ruth Amis"] * 2),
    ],
)
def test_short_quotes_with_a_speaker_stay_quotes(body: str, names: list[str]) -> None:
    assert direct_sources(body) == names

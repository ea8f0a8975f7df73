"""What reports and who: denials, documents seen by an outlet, groups named by 'they';
on text written for these tests."""

from __future__ import annotations

import pytest

from argmap.model import SourceType

from .attribution import reported, run


@pytest.mark.parametrize(
    "body",
    [
        "I do not argue that meters are perfect.",
        "The mayor never said the clinic would close.",
        "Grace Okafor accepted the award for community service last year.",
    ],
)
def test_denials_and_non_reporting_verbs_attribute_nothing(body: str) -> None:
    assert reported(body) == []


def test_documents_seen_by_an_outlet_are_the_source() -> None:
    body = "Internal memos seen by the newspaper suggest the city had planned the closure."
    assert reported(body) == [("Internal memos", "the city had planned the closure")]


def test_they_is_the_group_the_sentence_before_names() -> None:
    body = (
        "The city defended the plan on Monday.\n\n"
        "Local doctors disagree. They said the move would leave the east side without a clinic."
    )
    assert reported(body)[-1] == (
        "Local doctors",
        "the move would leave the east side without a clinic",
    )


def test_an_organisation_its_acronym_and_its_description_are_one_source() -> None:
    body = (
        "The Calder Grid Operator (CGO) said the power would stay on.\n\n"
        "The grid operator said it was not consulted. The CGO said the lines were safe."
    )
    _text, _quotes, sources, _links = run(body)
    assert [(s.name, s.source_type, len(s.mentions)) for s in sources] == [
        ("Calder Grid Operator", SourceType.ORGANIZATION, 3)
    ]


def test_what_was_said_starts_after_its_that() -> None:
    body = (
        "Ravi Okoro told reporters on Monday that fares would rise. "
        "The union complained for years that wages lagged. "
        "Dana Vell said the plan that the board approved was flawed."
    )
    said = [content for _who, content in reported(body)]
    assert said[:2] == ["fares would rise", "wages lagged"]
    assert "the plan that the board approved was flawed" in said

"""Quotes in single marks (the British style), told from apostrophes; text written for
these tests."""

from __future__ import annotations

import pytest

from .attribution import direct_sources, run

BRITISH = (
    "'It is a scandal,' said Jane Smith, who chairs the committee. "
    "'Fares have doubled since the '90s.'\n\n"
    "The council's leader, Tom Hale, disagreed. 'We don't set the fares,' he said. "
    "'The operator does.'\n\n"
    "Students' books are not the issue, he added."
)


def test_single_marks_quote_when_the_text_has_no_double_ones() -> None:
    assert direct_sources(BRITISH) == ["Jane Smith", "Jane Smith", "Tom Hale", "Tom Hale"]


def test_apostrophes_are_not_quote_marks() -> None:
    text, quotes, _sources, _links = run(BRITISH)
    spans = [q.span.of(text) for q in quotes if q.direct]
    assert spans == [
        "'It is a scandal,'",
        "'Fares have doubled since the '90s.'",
        "'We don't set the fares,'",
        "'The operator does.'",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The students' books are late, and the council's vans don't run.",
        "It's the '90s again, says nobody.",
        "Rock 'n' roll was loud.",
    ],
)
def test_no_quote_made_of_apostrophes(body: str) -> None:
    _text, quotes, _sources, _links = run(body)
    assert [q for q in quotes if q.direct] == []


def test_double_marks_win_when_a_text_has_both() -> None:
    body = "“It is a scandal,” said Jane Smith. Her 'plan' is late."
    assert direct_sources(body) == ["Jane Smith"]

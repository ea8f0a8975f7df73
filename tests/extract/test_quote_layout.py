"""Quotes set off by layout: signed quote lists, block quotes, pull quotes; on text written
for these tests."""

from __future__ import annotations

import pytest

from argmap.extract.blocks import block_quotations
from argmap.extract.quotes import direct_quotations
from argmap.extract.sources import cited_sources
from argmap.model import Link

from .attribution import direct_sources
from .stages import yielded


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("“It cut my commute in half.” ― Tom Ferris", ["Tom Ferris"]),
        ("“The bike lane is a gift.” — Lena Vogt, cyclist", ["Lena Vogt"]),
        ("“I still miss the old ferry.”\n— Greta Holm, retired teacher", ["Greta Holm"]),
        ("“I still miss the old ferry.”\n\n—Greta Holm", ["Greta Holm"]),
        (
            "“It cut my commute in half.” ― Tom Ferris\n\n“The bike lane is a gift.” — Lena Vogt",
            ["Tom Ferris", "Lena Vogt"],
        ),
    ],
)
def test_a_signature_after_a_dash_names_the_speaker(body: str, names: list[str]) -> None:
    assert direct_sources(body) == names


def test_a_dash_inside_a_sentence_is_no_signature() -> None:
    body = "Mara Quist said the pier was “a total loss” — a view the board shares."
    assert direct_sources(body) == ["Mara Quist"]


def test_a_pull_quote_is_one_statement_with_its_speaker() -> None:
    body = (
        "“We will not close a single branch this year.”\n\n"
        "The county met on Monday.\n\n"
        "“We will not close a single branch this year,” said Paul Dunmore, the county manager."
    )
    assert direct_sources(body) == ["Paul Dunmore"]


BLOG = """\
# Why the library matters

I have been reading about the closures all week.

Jenna Marsh, who covers the county for the Valley Courier, wrote:

> The branch on Elm Street will close in June. “We had no choice,” said the county manager,
> Paul Dunmore. The building needs a new roof.

That is a shame.

> Libraries are the last free indoor space in most towns.

Harriet Cole, librarian, on the closures.

> Nobody reads any more, they say.

I disagree.
"""


def _blocks(text: str) -> list[tuple[str, str | None]]:
    found, out = yielded(text, direct_quotations, block_quotations, cited_sources)
    links = {x.source: x.target.name for x in out if isinstance(x, Link)}
    return [(q.span.of(text)[:24], links.get(q)) for q in found.quotes]


def test_a_block_quote_is_the_words_of_who_introduces_or_signs_it() -> None:
    assert _blocks(BLOG) == [
        ("“We had no choice,”", "Paul Dunmore"),
        ("The branch on Elm Street", "Jenna Marsh"),
        ("Libraries are the last f", "Harriet Cole"),
    ]


def test_an_indented_passage_after_an_introduction_is_a_block_quote() -> None:
    text = (
        "A Headline For The Story\n\nThe ferry report came out.\n\n"
        "The harbor master, Ines Roy, wrote:\n\n"
        "    The ferry lost money in every month of the year.\n\n"
        "The council will vote in May.\n"
    )
    assert _blocks(text) == [("The ferry lost money in ", "Ines Roy")]


def test_the_line_that_introduces_a_block_quote_is_no_claim() -> None:
    import argmap

    text = (
        "Flood Wall Vote\n\nThe council weighed a new flood wall on Tuesday.\n\n"
        "The mayor's office released a statement. Councillor Ruth Abara wrote:\n\n"
        "> The wall will cost more than the town can borrow. We should look at cheaper "
        "options first.\n\nResidents will vote on the plan in May."
    )
    amap = argmap.map_text(text)
    argued = [n["text"] for n in amap.nodes if n["kind"] in ("thesis", "claim", "premise")]
    assert argued and not any(t.rstrip().endswith(":") for t in argued)
    speakers = [s for q in amap.index.statements() for s in amap.index.speakers(q["id"])]
    assert [s["name"] for s in speakers] == ["Ruth Abara"]


@pytest.mark.parametrize(
    "signed",
    [
        "> Nobody should have to choose between a job and getting home safely.\n>\n"
        "> — Rev. Ada Osei, St Mark's Church",
        "> Nobody should have to choose between a job and getting home safely.\n\n"
        "— Rev. Ada Osei, St Mark's Church",
    ],
)
def test_a_signed_block_quote_is_the_signers_and_the_signature_no_claim(signed: str) -> None:
    import argmap

    text = f"Readers on the night bus\n\nWe asked readers about a night bus.\n\n{signed}\n"
    amap = argmap.map_text(text)
    (quote,) = [n for n in amap.nodes if n["kind"] == "quote"]
    assert quote["text"] == "Nobody should have to choose between a job and getting home safely."
    assert quote["speaker_name"] == "Ada Osei"
    argued = [n["text"] for n in amap.nodes if n["kind"] in ("claim", "premise")]
    assert not any("Ada Osei" in t for t in argued)

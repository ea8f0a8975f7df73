"""Direct quotations and their speakers, on text written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.extract.quotes import direct_quotations
from argmap.extract.reported import reported_statements
from argmap.model import Quote

from .stages import findings


def quotes_of(text: str) -> list[Quote]:
    return [q for q in findings(text, direct_quotations).quotes if q.direct]


def reported_of(text: str) -> list[Quote]:
    return [
        q for q in findings(text, direct_quotations, reported_statements).quotes if not q.direct
    ]


def speaker_of(text: str, quote: Quote) -> str | None:
    return quote.speaker.of(text) if quote.speaker else None


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "“The plan will fail,” said Mara Quist, an engineer at the Lakeside Institute.",
            "“The plan will fail,”",
            "Mara Quist",
        ),
        ("“Prices are rising,” Oren Patel said on Tuesday.", "“Prices are rising,”", "Oren Patel"),
        (
            "“We are ready,” explains Dr. Ines Varga, a fellow at the Harbor Council.",
            "“We are ready,”",
            "Ines Varga",
        ),
        ('Lena Ortiz wrote: "The vote is final."', '"The vote is final."', "Lena Ortiz"),
        (
            "Council member Tom Bray told reporters: “Nothing changes.”",
            "“Nothing changes.”",
            "Bray",
        ),
        ("“It’s over,” the mayor’s office said in a statement.", "“It’s over,”", "office"),
        (
            "Mayor Ruth Kell’s carefully worded remarks about “a fresh start” drew praise.",
            "“a fresh start”",
            "Ruth Kell",
        ),
        ("''We can do better,'' Ms. Adair said.", "''We can do better,''", "Adair"),
        (
            "According to Paul Nakamura, “the budget is short.”",
            "“the budget is short.”",
            "Paul Nakamura",
        ),
        (
            "“The river is rising,” confirms hydrologist Ada Lim, who studies floods at Bell College.",
            "“The river is rising,”",
            "Ada Lim",
        ),
    ],
)
def test_quote_and_speaker(text: str, quoted: str, speaker: str) -> None:
    quotes = quotes_of(text)
    assert [q.span.of(text) for q in quotes] == [quoted]
    assert speaker in (speaker_of(text, quotes[0]) or "")


def test_split_quote_shares_speaker_and_group() -> None:
    text = "“The first half is easy,” said Jon Amsel. “The second half is not.”"
    first, second = quotes_of(text)
    assert speaker_of(text, first) == speaker_of(text, second) == "Jon Amsel"
    assert first.group == second.group


def test_pronoun_speaker() -> None:
    text = "Nora Fell runs the clinic. “We are full,” she said."
    (quote,) = quotes_of(text)
    assert speaker_of(text, quote) == "she"


def test_nested_single_quotes_and_apostrophes() -> None:
    text = "“They’re saying ‘wait and see,’ but Russia’s plan won’t wait,” said Eve Dorn."
    (quote,) = quotes_of(text)
    assert quote.span.of(text).endswith("wait,”")
    assert speaker_of(text, quote) == "Eve Dorn"


def test_book_title_is_not_a_quote() -> None:
    text = "“Rules matter,” said Ann Vogt, author of “The Quiet Ledger.”"
    assert [q.span.of(text) for q in quotes_of(text)] == ["“Rules matter,”"]


def test_following_quote_continues_speaker() -> None:
    text = "“We tried,” said Ben Oakes. He paused. “We will try again.”"
    quotes = quotes_of(text)
    assert [speaker_of(text, q) for q in quotes] == ["Ben Oakes", "Ben Oakes"]


def test_quote_across_paragraphs() -> None:
    text = (
        "Headline Here\n\nIda Roe said: “The first paragraph of the quote.\n\n"
        "“The second paragraph of the same quote.”\n"
    )
    quotes = quotes_of(text)
    assert len(quotes) == 2
    assert all(speaker_of(text, q) == "Ida Roe" for q in quotes)


def test_reported_statements() -> None:
    text = "According to the city auditor, the fund is empty. Analysts believe rates will fall."
    reported = reported_of(text)
    speakers = {speaker_of(text, q) for q in reported}
    assert "the city auditor" in speakers
    assert "Analysts" in speakers


def test_reported_speech_is_its_own_stage() -> None:
    text = "“The fund is empty,” said Ida Roe. Analysts believe rates will fall."
    direct = findings(text, direct_quotations).quotes
    assert [q.direct for q in direct] == [True]
    both = findings(text, direct_quotations, reported_statements).quotes
    assert both[:1] == direct and [q.direct for q in both[1:]] == [False]
    assert both[1].group > direct[0].group  # groups number on from the direct quotes


def test_markup_attributes_are_not_quotes() -> None:
    text = 'A post. <tweet id="12345" author="someone">Hello</tweet>'
    assert quotes_of(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Ab.,:;\n“”\"'’‘«»-—()X said he")), max_size=300))
def test_any_text_gives_valid_spans(text: str) -> None:
    for quote in findings(text, direct_quotations, reported_statements).quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        if quote.speaker is not None:
            assert 0 <= quote.speaker.start <= quote.speaker.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_does_not_crash(text: str) -> None:
    for quote in findings(text, direct_quotations, reported_statements).quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)

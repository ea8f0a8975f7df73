"""segment: title, dek, headings, paragraphs and sentences, with exact offsets."""

from __future__ import annotations

from textwrap import dedent

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.segment import looks_like_heading, segment


def texts(doc):
    t = doc.text
    return {
        "title": doc.title.of(t) if doc.title else None,
        "dek": doc.dek.of(t) if doc.dek else None,
        "headings": [s.heading.of(t) for s in doc.sections if s.heading],
        "sentences": [s.span.of(t) for s in doc.sentences],
    }


def test_plain_text_one_paragraph_a_line():
    doc = segment(
        "Rivers Are Rising Faster\n"
        "A Warning From the Delta\n"
        "The water came early this year. Farmers moved their herds.\n"
        "What Scientists See\n"
        "Dr. Ana Ruiz counts the floods. She expects more.\n"
    )
    got = texts(doc)
    assert got["title"] == "Rivers Are Rising Faster"
    assert got["dek"] == "A Warning From the Delta"
    assert got["headings"] == ["What Scientists See"]
    assert got["sentences"] == [
        "The water came early this year.",
        "Farmers moved their herds.",
        "Dr. Ana Ruiz counts the floods.",
        "She expects more.",
    ]
    assert [len(s.paragraphs) for s in doc.sections] == [1, 1]


def test_markdown_headings_and_hard_wrapped_paragraphs():
    doc = segment(
        dedent(
            """\
            # Keep the Library Open

            *Why the branch matters more than the budget line*

            The council says the branch costs too much. It is wrong
            about the numbers, and wrong about the people.

            ## The numbers

            - Visits rose by a third last year.
            """
        )
    )
    got = texts(doc)
    assert got["title"] == "Keep the Library Open"
    assert got["dek"] == "Why the branch matters more than the budget line"
    assert got["headings"] == ["The numbers"]
    assert got["sentences"][1] == "It is wrong\nabout the numbers, and wrong about the people."
    assert got["sentences"][-1] == "Visits rose by a third last year."
    assert len(doc.paragraphs) == 2


def test_abbreviations_initials_and_quotes_do_not_split():
    doc = segment(
        "Title Line\n\n"
        "Gen. (ret.) Mark Stone met Sen. Alma Diaz in the U.S. capital at 4 p.m. on Friday. "
        "“We are ready,” he said. “Are you?” asked J. R. Smith. The U.S. The end.\n"
    )
    assert texts(doc)["sentences"] == [
        "Gen. (ret.) Mark Stone met Sen. Alma Diaz in the U.S. capital at 4 p.m. on Friday.",
        "“We are ready,” he said.",
        "“Are you?” asked J. R. Smith.",
        "The U.S.",
        "The end.",
    ]


def test_essay_prompt_line_is_title_not_dek():
    doc = segment(
        "Should homework be banned?\n\nHomework helps. I disagree with bans.\nIt works.\n"
    )
    got = texts(doc)
    assert got["title"] == "Should homework be banned?"
    assert got["dek"] is None
    assert len(doc.paragraphs) == 2


def test_heading_detection():
    assert looks_like_heading("Economic Incentives and Energy Politics")
    assert looks_like_heading("Conclusion: The Strategic Horizon")
    assert not looks_like_heading("The council voted on Tuesday.")
    assert not looks_like_heading("a lower-case line that goes on")


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\n“”\"'#*-:\r\t Z1")), max_size=300))
def test_spans_are_exact_and_ordered(text):
    doc = segment(text)
    previous = 0
    for sentence in doc.sentences:
        s, e = sentence.span.start, sentence.span.end
        assert 0 <= s < e <= len(text)
        assert s >= previous
        previous = e
        assert text[s:e] == text[s:e].strip()
        assert doc.paragraphs[sentence.paragraph].span.contains(sentence.span)
    for paragraph in doc.paragraphs:
        assert doc.sections[paragraph.section].paragraphs.count(paragraph.index) == 1

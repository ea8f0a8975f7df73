"""check_quotes through the library: one verdict per quote, with the evidence for it."""

from __future__ import annotations

import pytest

import argmap
from argmap.compare import Original, Verdict, audit_findings, check_quotes
from argmap.compare.quotecheck import check_quote
from argmap.reading import Article

from .texts import ARTICLE, SPEECH

SPEECH_ORIGINAL = Original.of("speech.txt", SPEECH)


def verdict(quote: str) -> Verdict:
    return check_quote(quote, [SPEECH_ORIGINAL]).verdict


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("“We will not close a single branch library this year.”", Verdict.VERBATIM),
        ('"we WILL not close a single branch-library  this year,"', Verdict.VERBATIM),
        ("“We will not close a single branch library this decade.”", Verdict.ALTERED),
        ("“We will not close a single public library this year.”", Verdict.ALTERED),
        ("“We will not close a library this year.”", Verdict.ALTERED),
        ("“We will close a single branch library this year.”", Verdict.ALTERED),
        (
            "“Libraries are not a luxury, and the doors will be open seven days a week.”",
            Verdict.SPLICED,
        ),
        ("“They are where children learn to love reading […] on a cold day.”", Verdict.VERBATIM),
        ("“We will [...] close a single branch library this year.”", Verdict.ALTERED),
        ("“[The librarians] kept the service running from a portable cabin.”", Verdict.VERBATIM),
        ("“Half of [the cost] came from the city.”", Verdict.VERBATIM),
        ("“Every town deserves a swimming pool and a cinema.”", Verdict.NOT_FOUND),
    ],
)
def test_verdicts(quote, expected):
    assert verdict(quote) is expected


def test_altered_quote_gives_the_word_difference_and_the_closest_passage():
    check = check_quote("“The new building cost twelve million crowns.”", [SPEECH_ORIGINAL])
    assert check.verdict is Verdict.ALTERED
    assert [(c.op, c.original, c.quote) for c in check.changes if c.op != "equal"] == [
        ("replace", "eleven", "twelve")
    ]
    (where,) = check.locations
    assert where.text == "The new building cost eleven million crowns"
    assert SPEECH[where.span[0] : where.span[1]] == where.text
    line = SPEECH.splitlines()[where.line - 1]
    assert line[where.column - 1 :].startswith("The new building")
    assert 0.8 < check.similarity < 1


def test_an_ellipsis_that_drops_a_negation_is_altered_and_says_so():
    check = check_quote("“We will … close a single branch library this year.”", [SPEECH_ORIGINAL])
    assert check.verdict is Verdict.ALTERED
    assert any("“not”" in note for note in check.notes)
    assert [c.original for c in check.changes if c.op == "delete"] == ["not"]


def test_a_faithful_ellipsis_is_verbatim_and_spans_the_passage():
    check = check_quote(
        "“They are where children learn to love reading … where older people find company”",
        [SPEECH_ORIGINAL],
    )
    assert check.verdict is Verdict.VERBATIM
    assert check.locations[0].text.startswith("They are where children")
    assert check.locations[0].text.endswith("find company")


def test_a_splice_names_each_place_it_joins():
    check = check_quote(
        "“Libraries are not a luxury, and the doors will be open seven days a week.”",
        [SPEECH_ORIGINAL],
    )
    assert [loc.text for loc in check.locations] == [
        "Libraries are not a luxury",
        "The doors will be open seven days a week",
    ]


def test_check_quotes_reads_the_article_map_in_text_order():
    checks = check_quotes(argmap.map_text(ARTICLE), [SPEECH_ORIGINAL])
    assert [c.verdict for c in checks] == [
        Verdict.VERBATIM,
        Verdict.VERBATIM,
        Verdict.ALTERED,
        Verdict.VERBATIM,
        Verdict.ALTERED,
        Verdict.SPLICED,
        Verdict.VERBATIM,
        Verdict.NOT_FOUND,
    ]
    assert {c.speaker for c in checks} == {"Clara Holm"}
    assert all(ARTICLE[c.span[0] : c.span[1]].strip("“”,").startswith(c.quote[:10]) for c in checks)


def test_originals_can_be_loaded_articles_and_the_best_one_wins():
    other = Article("Unrelated text about the weather.", "weather.txt", "utf-8", "text/plain")
    speech = Article(SPEECH, "speech.txt", "utf-8", "text/plain")
    checks = check_quotes(argmap.map_text(ARTICLE), [other, speech])
    assert checks[0].locations[0].source == "speech.txt"


def test_reported_statements_are_paraphrase_only_when_asked():
    amap = argmap.map_text(
        "Library Day\n\nHolm said that libraries are not a luxury for anyone in the city.\n"
    )
    assert check_quotes(amap, [SPEECH_ORIGINAL]) == []
    (check,) = check_quotes(amap, [SPEECH_ORIGINAL], reported=True)
    assert check.verdict is Verdict.PARAPHRASE and not check.direct


def test_audit_findings_list_what_a_fact_checker_must_look_at():
    findings = audit_findings(check_quotes(argmap.map_text(ARTICLE), [SPEECH_ORIGINAL]))
    assert [f["check"] for f in findings] == [
        "altered-quotes",
        "altered-quotes",
        "spliced-quotes",
        "unfound-quotes",
    ]
    assert all(f["node"].startswith("quote@") and f["message"] for f in findings)
    assert "[-eleven-] {+twelve+}" in findings[0]["message"]

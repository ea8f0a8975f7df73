"""Sources from speaker mentions: names, types, roles, merging and links."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.extract.mentions import read_mention
from argmap.extract.quotes import direct_quotations
from argmap.extract.reported import reported_statements
from argmap.extract.sources import cited_sources
from argmap.model import Findings, Link, Quote, Source, SourceType, Span

from .stages import yielded


def run(text: str) -> tuple[Findings, list[Source], list[Link]]:
    found, out = yielded(text, direct_quotations, reported_statements, cited_sources)
    return found, [s for s in out if isinstance(s, Source)], [x for x in out if isinstance(x, Link)]


def source_of(links: list[Link], quote: Quote) -> Source:
    (link,) = [lk for lk in links if lk.source == quote]
    assert isinstance(link.target, Source)
    return link.target


@pytest.mark.parametrize(
    ("mention", "name", "kind", "role", "affiliation"),
    [
        (
            "Dr. Ines Varga, senior fellow at the Harbor Council",
            "Ines Varga",
            "person",
            "senior fellow",
            "Harbor Council",
        ),
        (
            "Colonel (ret.) Dale Munro, former Army planner",
            "Dale Munro",
            "person",
            "Colonel (ret.), former Army planner",
            "Army",
        ),
        (
            "Eli Shore, economist at Lisbon’s Nova School of Finance",
            "Eli Shore",
            "person",
            "economist",
            "Nova School of Finance",
        ),
        (
            "Lena Holt, who tracks shipping at the Baltic Institute",
            "Lena Holt",
            "person",
            "tracks shipping",
            "Baltic Institute",
        ),
        (
            "Portuguese Finance Minister Rui Salgado",
            "Rui Salgado",
            "person",
            "Finance Minister",
            "Portuguese",
        ),
        ("flood expert Ada Lim", "Ada Lim", "person", "flood expert", None),
        ("the Kremlin", "Kremlin", "organization", None, None),
        ("the Harbor Press Association", "Harbor Press Association", "organization", None, None),
        (
            "a senior official who requested anonymity",
            "a senior official who requested anonymity",
            "anonymous",
            None,
            None,
        ),
        ("Internal planning documents", "Internal planning documents", "document", None, None),
    ],
)
def test_read_mention(
    mention: str, name: str, kind: str, role: str | None, affiliation: str | None
) -> None:
    read = read_mention(mention, Span(0, len(mention)))
    assert read is not None
    assert (read.name, read.source_type.value) == (name, kind)
    if role is not None:
        assert read.role == role
    assert read.affiliation == affiliation


def test_surname_mentions_merge_and_namesakes_stay_apart() -> None:
    text = (
        "“One,” said Karl Brandt, a banker. “Two,” said Ilse Brandt, a judge. "
        "Later came news. “Three,” Brandt said."
    )
    found, sources, links = run(text)
    people = [s for s in sources if s.source_type is SourceType.PERSON]
    assert sorted(s.name for s in people) == ["Ilse Brandt", "Karl Brandt"]
    assert source_of(links, found.quotes[2]).name == "Ilse Brandt"


def test_pronoun_follows_gender() -> None:
    text = "“Yes,” said Ms. Ana Ruiz. “No,” said Tom Hale. The debate went on. “Maybe,” she said."
    found, _sources, links = run(text)
    last = [q for q in found.quotes if q.direct][-1]
    source = source_of(links, last)
    assert source.name == "Ana Ruiz"
    assert last.speaker in source.mentions


def test_organisation_and_anonymous_sources() -> None:
    text = (
        "“We deny it,” the Kremlin said. "
        "“It was planned,” said a senior official who requested anonymity."
    )
    _found, sources, _links = run(text)
    kinds = {s.name: s.source_type for s in sources}
    assert kinds["Kremlin"] is SourceType.ORGANIZATION
    assert kinds["a senior official who requested anonymity"] is SourceType.ANONYMOUS


def test_book_after_author_of_is_a_document() -> None:
    text = "“Rules matter,” said Ann Vogt, author of “The Quiet Ledger.”"
    _found, sources, _links = run(text)
    docs = [s.name for s in sources if s.source_type is SourceType.DOCUMENT]
    assert docs == ["The Quiet Ledger"]


SEED_PEOPLE = {
    "Alexandra Vasilyeva": "Institute for International Relations",
    "Richard Harrington": "State Department",
    "Sergei Lavrov": "Russian",
    "Sarah Mitchell": "Atlantic Council",
    "Elena Mikhailova": "Higher School of Economics",
    "Thomas Reynolds": "Global Resource Assessments",
    "Michael Harrington": "NATO",
    "Natalia Kovalchuk": "Strategic Studies Institute",
    "Marcus Wells": "Digital Democracy Initiative",
    "Renée Laurent": None,
    "William Taylor": None,
}


@pytest.mark.shared
def test_seed_article(seed_text: str) -> None:
    found, sources, links = run(seed_text)
    direct = [q for q in found.quotes if q.direct]
    assert len(direct) == 24
    linked = {lk.source: lk.target for lk in links}
    assert all(q in linked for q in direct)
    people = {s.name: s for s in sources if s.source_type is SourceType.PERSON}
    assert set(people) == set(SEED_PEOPLE)
    for name, affiliation in SEED_PEOPLE.items():
        assert people[name].role
        assert people[name].affiliation == affiliation
    by_quote = [linked[q].name for q in direct]
    assert by_quote[:2] == ["Alexandra Vasilyeva"] * 2
    assert by_quote[2] == "former administration officials"
    assert by_quote[3:5] == ["Richard Harrington"] * 2
    assert by_quote[5:7] == ["Sergei Lavrov"] * 2
    assert by_quote[13] == "Internal strategy documents"
    assert by_quote[14:16] == ["Michael Harrington"] * 2
    assert by_quote[-2:] == ["William Taylor"] * 2
    docs = {s.name for s in sources if s.source_type is SourceType.DOCUMENT}
    assert docs == {
        "Kremlin Playbook: Russia’s Influence Operations",
        "Internal strategy documents",
    }
    anonymous = {s.name for s in sources if s.source_type is SourceType.ANONYMOUS}
    assert {
        "former administration officials",
        "multiple Western intelligence assessments",
        "intelligence analysts and diplomatic experts",
    } <= anonymous
    assert not any("Putin" in n or "Trump" in n for n in people)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab Ab.,:;\n“”\"'’-—() X the said he Mr")), max_size=300)
)
def test_any_text_gives_valid_sources(text: str) -> None:
    _found, sources, _links = run(text)
    for source in sources:
        assert source.name
        assert all(0 <= m.start <= m.end <= len(text) for m in source.mentions)

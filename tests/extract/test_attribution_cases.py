"""Attribution cases, one per kind of wording, on text written for these tests."""

from __future__ import annotations

import pytest

from argmap.model import Source, SourceType

from .attribution import cite, direct_sources, reported, run


@pytest.mark.parametrize(
    "body",
    [
        "“The bridge will close,” said Mara Quist.",
        "“The bridge will close,” Mara Quist says.",
        "“The bridge will close,” Mara Quist told reporters on Monday.",
        "“The bridge will close,” Mara Quist wrote in a letter.",
        "“The bridge will close,” Mara Quist later added.",
        "“The bridge will close,” Mara Quist argued.",
        "“The bridge will close,” Mara Quist has repeatedly warned.",
        "“The bridge will close,” Mara Quist tweeted.",
        "“The bridge will close,” Mara Quist said in a statement.",
        "“The bridge will close,” according to Mara Quist.",
        "Mara Quist said: “The bridge will close.”",
        "Mara Quist put it this way: “The bridge will close.”",
        "As Mara Quist put it, “the bridge will close.”",
        "Mara Quist, speaking on Friday, warned: “The bridge will close.”",
        "Engineer Mara Quist: “The bridge will close.”",
    ],
)
def test_cue_verbs_and_introductions(body: str) -> None:
    assert direct_sources(body) == ["Mara Quist"]


def test_cue_after_a_parenthesis_and_an_initial() -> None:
    body = "“The levy is unfair,” Senate Leader Hal R. Brandt (D-Ore.) said in a statement."
    assert direct_sources(body) == ["Hal R. Brandt"]


def test_pronouns_respect_gender_and_number() -> None:
    body = (
        "“We start today,” said Ms. Paula Grant, the port director. "
        "“It will take years,” said Mr. Omar Reyes, an engineer. "
        "“We want jobs,” said local residents.\n\n"
        "“The money is there,” she said. “The crews are not,” he said. "
        "“We will wait,” they said."
    )
    assert direct_sources(body) == [
        "Paula Grant",
        "Omar Reyes",
        "local residents",
        "Paula Grant",
        "Omar Reyes",
        "local residents",
    ]


def test_pronoun_resolves_to_the_person_the_text_is_about() -> None:
    body = "Lee Marten, 33, spoke to a local paper about his vote.\n\n“I cannot back him,” he said."
    assert direct_sources(body) == ["Lee Marten"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (  # the wife the sentence before is about is not "he"
            "Peter Lang owns the hardware store. His wife, Elena Lang, keeps the books.\n\n"
            "“The detour will cost us a season,” he said.",
            "Peter Lang",
        ),
        (  # a daughter who disagreed, after her father spoke: "she" is the daughter
            "“The detour will cost us a season,” said Peter Lang.\n\n"
            "His daughter, Mia Lang, disagreed. “People will still come,” she said.",
            "Mia Lang",
        ),
        (  # "her brother" says Karl Weber is a man: "she" is Maria Delgado
            "Maria Delgado has lived on Bank Street for forty years. Karl Weber, her brother, "
            "moved in next door.\n\n“We have been flooded three times,” she said.",
            "Maria Delgado",
        ),
    ],
)
def test_role_nouns_give_gender(body: str, name: str) -> None:
    assert direct_sources(body)[-1] == name


def test_the_person_just_named_beats_an_earlier_one_of_known_gender() -> None:
    body = (
        "“Care is far away,” said Amara Nwosu, a nurse. “Half of Fenwick has no car,” said "
        "Rosa Mendez.\n\nNwosu said a van could visit each town weekly. “It has worked in "
        "three counties,” she said."
    )
    assert direct_sources(body) == ["Amara Nwosu", "Rosa Mendez", "Amara Nwosu"]


def test_a_pronoun_never_skips_the_person_the_paragraph_is_about() -> None:
    body = (
        "Maria Delgado has lived on Bank Street for forty years. Her brother, Karl, moved in "
        "next door.\n\n“We have been flooded three times,” he said."
    )
    assert direct_sources(body) != ["Maria Delgado"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "“No comment,” said Jo Park, a spokesman for the Lark Group. “None,” the spokesman said.",
            "Jo Park",
        ),
        ("“Not yet,” said Sen. Ann Vale of Ohio. “Soon,” the senator added.", "Ann Vale"),
    ],
)
def test_descriptions_refer_to_the_named_source(body: str, name: str) -> None:
    _text, _quotes, sources, _links = run(body)
    assert direct_sources(body) == [name, name]
    person = next(s for s in sources if s.name == name)
    assert len(person.mentions) == 2


@pytest.mark.parametrize(
    ("mention", "name", "role", "affiliation"),
    [
        ("“Yes,” said Secretary of State Marco Rubio.", "Marco Rubio", "Secretary of State", None),
        (
            "“Yes,” said campaign manager Kellyanne Conway.",
            "Kellyanne Conway",
            "campaign manager",
            None,
        ),
        (
            "“Yes,” said Tatiana Stanovaya, a senior fellow at the Carnegie Russia Eurasia Center.",
            "Tatiana Stanovaya",
            "senior fellow",
            "Carnegie Russia Eurasia Center",
        ),
        (
            "“Yes,” said Ambassador Ida Wren, former special envoy to Chile.",
            "Ida Wren",
            "Ambassador, former special envoy to Chile",
            None,
        ),
        (
            "“Yes,” said flood expert Ada Lim, who tracks river levels.",
            "Ada Lim",
            "flood expert",
            None,
        ),
        ("“Yes,” said GOP strategist Kim Vance.", "Kim Vance", "GOP strategist", None),
        (
            "The party chairman, Nora Kiel, said the vote was over.",
            "Nora Kiel",
            "party chairman",
            None,
        ),
    ],
)
def test_titles_and_roles(mention: str, name: str, role: str, affiliation: str | None) -> None:
    _text, _quotes, sources, _links = run(mention)
    person = next(s for s in sources if s.source_type is SourceType.PERSON)
    assert (person.name, person.role, person.affiliation) == (name, role, affiliation)


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    body = (
        "Ida Roe said: “The first part of the plan is the harbor.\n\n"
        "“The second part is the rail line.”\n\nThe council meets next week."
    )
    assert direct_sources(body) == ["Ida Roe", "Ida Roe"]


def test_quote_inside_quote_is_one_passage() -> None:
    body = "“They keep telling us ‘wait a year,’ and we have waited,” said Eve Dorn."
    _text, quotes, _sources, _links = run(body)
    assert len([q for q in quotes if q.direct]) == 1
    assert direct_sources(body) == ["Eve Dorn"]


def test_scare_quote_in_a_paraphrase_goes_to_the_paraphrase_source() -> None:
    body = "Ruth Kell praised the mayor for a “fresh start” at city hall."
    assert direct_sources(body) == ["Ruth Kell"]


def test_scare_quote_without_a_source_is_no_quote() -> None:
    body = "Near the old mill, Tom Bray walked past the so-called “green zone” yesterday."
    assert direct_sources(body) == []


@pytest.mark.parametrize(
    ("body", "name", "content"),
    [
        ("Rita Moss said that the budget is short.", "Rita Moss", "the budget is short"),
        ("According to Rita Moss, the budget is short.", "Rita Moss", "the budget is short"),
        ("Rita Moss believes the budget is short.", "Rita Moss", "the budget is short"),
        ("Officials warned that the budget is short.", "Officials", "the budget is short"),
        ("Rita Moss wants a new budget by June.", "Rita Moss", "a new budget by June"),
        ("Rita Moss endorsed the harbor plan last week.", "Rita Moss", "the harbor plan last week"),
        ("Polls show the harbor plan is popular.", "Polls", "the harbor plan is popular"),
        ("The budget is short, Rita Moss said.", "Rita Moss", "The budget is short"),
    ],
)
def test_reported_statements(body: str, name: str, content: str) -> None:
    assert (name, content) in reported(body)


def test_a_document_by_an_unnamed_author_says_what_follows_the_comma() -> None:
    body = "According to a report by the port authority, trade could rise by 40 percent."
    assert reported(body) == [("report", "trade could rise by 40 percent")]


def test_the_writers_own_we_and_i_report_nothing() -> None:
    body = "We spoke about the spring floods. I think the town should stop building there."
    assert reported(body) == []


def test_comparison_with_a_forecast_is_not_a_report() -> None:
    body = "The economy proved sturdier than many analysts predicted when the rules changed."
    assert reported(body) == []


def test_infinitives_and_nouns_are_not_stance_cues() -> None:
    body = "The town plans to support the new rail line. Voters want it."
    assert all(name != "town" for name, _ in reported(body))


@pytest.mark.parametrize(
    "body",
    [
        "“It was planned,” said a senior official who requested anonymity.",
        "“It was planned,” said people familiar with the matter.",
        "“It was planned,” experts said.",
    ],
)
def test_anonymous_sources(body: str) -> None:
    text, quotes, _sources, links = run(body)
    (quote,) = [q for q in quotes if q.direct]
    source = links[quote]
    assert source.source_type is SourceType.ANONYMOUS
    assert source.name in text


def test_studies_show_is_anonymous() -> None:
    _text, _quotes, sources, _links = run("Studies show the harbor is silting up.")
    assert [s.source_type for s in sources] == [SourceType.ANONYMOUS]


def test_one_source_with_all_its_mentions() -> None:
    body = (
        "“One,” said Karl Brandt, a banker. “Two,” Brandt added.\n\n"
        "Mr. Brandt later said the bank would wait. “Three,” he said."
    )
    _text, _quotes, sources, _links = run(body)
    people = [s for s in sources if s.source_type is SourceType.PERSON]
    assert [p.name for p in people] == ["Karl Brandt"]
    assert len(people[0].mentions) == 4


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("“We deny it,” the Kremlin said.", "Kremlin", SourceType.ORGANIZATION),
        (
            "The Associated Press reported that the port was closed.",
            "Associated Press",
            SourceType.ORGANIZATION,
        ),
        ("“We deny it,” said Ann Vogt.", "Ann Vogt", SourceType.PERSON),
        # an unnamed individual is anonymous, like "a senior official" (affiliation kept)
        ("“Yes,” said a Treasury spokesman.", "a Treasury spokesman", SourceType.ANONYMOUS),
    ],
)
def test_organisations_and_people(body: str, name: str, kind: SourceType) -> None:
    _text, _quotes, sources, _links = run(body)
    assert (name, kind) in [(s.name, s.source_type) for s in sources]


def test_place_and_date_are_not_speakers() -> None:
    body = "“We lost,” said Ann Vogt on Sunday. Sunday showed the limits of the plan."
    _text, _quotes, sources, _links = run(body)
    assert [s.name for s in sources] == ["Ann Vogt"]


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        ("Mill officials expect the looms to run by June.", "Mill officials", None),
        ("Even skeptics admit that the tram is popular.", "skeptics", None),
        ("Others argue the toll will drive shoppers away.", "Others", None),
        ("Critics say the new tariff hurts bakers.", "Critics", None),
        ("County regulators said the orchard permit was void.", "County regulators", None),
        (
            "The Mint opened early. Mint officials said the coins would ship soon.",
            "Mint officials",
            "Mint",
        ),
        (
            "Residents of the valley warned that the creek would flood again.",
            "Residents of the valley",
            None,
        ),
    ],
)
def test_unnamed_groups_are_anonymous(body: str, name: str, affiliation: str | None) -> None:
    _text, _quotes, sources, _links = run(body)
    found = [(s.name, s.source_type, s.affiliation) for s in sources]
    assert found == [(name, SourceType.ANONYMOUS, affiliation)]


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        (
            "A spokesperson for the Office of Rail Safety said the line would reopen.",
            "A spokesperson for the Office of Rail Safety",
            "Office of Rail Safety",
        ),
        (
            "“We will appeal,” said a lawyer for the Tern Island Council.",
            "a lawyer for the Tern Island Council",
            "Tern Island Council",
        ),
    ],
)
def test_unnamed_individual_with_employer(body: str, name: str, affiliation: str) -> None:
    _text, _quotes, sources, _links = run(body)
    found = [(s.name, s.source_type, s.affiliation) for s in sources]
    assert found == [(name, SourceType.ANONYMOUS, affiliation)]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The ferry loses money each winter, according to an audit prepared for the city.",
            "audit",
        ),
        (
            "Tolls will double, according to a traffic study commissioned by the county.",
            "traffic study",
        ),
        ("Most riders are commuters, according to a survey released on Tuesday.", "survey"),
        ("The pier is unsafe, according to internal memos.", "internal memos"),
    ],
)
def test_documents_after_according_to(body: str, name: str) -> None:
    _text, _quotes, sources, _links = run(body)
    assert [(s.name, s.source_type) for s in sources] == [(name, SourceType.DOCUMENT)]


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        (
            "Rosa Ilk, treasurer of the North Fork Farmers’ Union, said prices fell.",
            "North Fork Farmers’ Union",
        ),
        (
            "“Beds are full,” said Omar Pell, a nurse at the Linden Children’s Hospital.",
            "Linden Children’s Hospital",
        ),
        (
            "Ada Moss, who chairs the Eastvale Women’s Rowing Club, said the race is off.",
            "Eastvale Women’s Rowing Club",
        ),
    ],
)
def test_possessive_inside_an_organisation_name(body: str, affiliation: str) -> None:
    _text, _quotes, sources, _links = run(body)
    assert [(s.source_type, s.affiliation) for s in sources] == [(SourceType.PERSON, affiliation)]


@pytest.mark.parametrize(
    "body",
    [
        "The library’s trustees vote next week.",
        "The council votes on Tuesday.",
        "The museum board meets next month.",
        "The union votes tonight.",
    ],
)
def test_scheduling_verbs_are_not_cues(body: str) -> None:
    assert reported(body) == []


def test_a_capital_only_inside_a_longer_name_is_not_an_affiliation() -> None:
    body = (
        "The Lark Valley Mill Company hired staff. Mill officials describe the hiring as "
        "routine. Officials at the Mint said the coins would ship."
    )
    _text, _quotes, sources, _links = run(body)
    by_name = {s.name: s.affiliation for s in sources}
    assert by_name["Mill officials"] is None


@pytest.mark.parametrize(
    ("body", "name", "content"),
    [
        ("The merger was first reported by the Dunmore Courier.", "Dunmore Courier", "The merger"),
        (
            "News of the strike was reported by Kestrel Radio.",
            "Kestrel Radio",
            "News of the strike",
        ),
    ],
)
def test_passive_report_credits_the_agent(body: str, name: str, content: str) -> None:
    assert (name, content) in reported(body)


def test_document_named_with_whom_it_covers() -> None:
    body = "Turnout will rise, according to a new poll of Dorset voters."
    _text, _quotes, sources, _links = run(body)
    assert [(s.name, s.source_type) for s in sources] == [
        ("new poll of Dorset voters", SourceType.DOCUMENT)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Stated Quist:\n\n“The bridge will close on Monday.”",
        "Local farmer Mara Quist echoed:\n\n“The bridge will close on Monday.”",
        "“The bridge will close on Monday.”\n\n-Mara Quist, speaking after the vote.",
        "The plan has worried residents - Mara Quist: “The bridge will close on Monday.”",
    ],
)
def test_speaker_in_the_neighbouring_paragraph_or_after_a_dash(body: str) -> None:
    assert direct_sources(body)[0] in ("Quist", "Mara Quist")


@pytest.mark.parametrize(
    "body",
    [
        "“The bridge will close,” another friend, Mara Quist told the Ledger.",
        "Tom Vale spoke first. “The bridge will close,” an angry Quist retaliated.",
        "Mara Quist issued a statement on Tuesday saying, “The bridge will close.”",
        "Mara Quist dodged several questions before saying, “The bridge will close.”",
        "As Mara Quist pointed out, “the bridge will close.”",
        "The mayor criticised the plan. Mara Quist shot back, “The bridge will close.”",
    ],
)
def test_described_speakers_participles_and_phrasal_cues(body: str) -> None:
    assert direct_sources(body)[-1] in ("Quist", "Mara Quist")


def test_description_after_a_quote_is_the_speaker() -> None:
    text, quotes, _sources, links = run("“The bridge will close,” the retired engineer told us.")
    assert links[quotes[0]].mentions[0].of(text) == "the retired engineer"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Turnout will rise, according to a poll of 400 voters released on Friday by "
            "Harbor Insights, a research group.",
            "Harbor Insights",
        ),
        ("Fares rose, according to polling by the Tern Island Council.", "Tern Island Council"),
        ("Fares rose, according to a report Tuesday from KWXT, the local station.", "KWXT"),
        ("According to a new survey from Harbor Insights, fares rose sharply.", "Harbor Insights"),
    ],
)
def test_according_to_a_document_credits_its_named_author(body: str, name: str) -> None:
    _text, _quotes, sources, _links = run(body)
    assert [s.name for s in sources] == [name]


@pytest.mark.parametrize(
    ("body", "name", "content"),
    [
        ("Senator Ada Vell backed the harbor bill on Monday.", "Ada Vell", "the harbor bill"),
        ("Governor Tom Rusk signed the ferry law last week.", "Tom Rusk", "the ferry law"),
        ("Mara Quist spoke about the flood barrier at length.", "Mara Quist", "flood barrier"),
        ("Dock workers lobby the council for a raise.", "Dock workers", "the council"),
    ],
)
def test_action_and_stance_verbs_report_their_subject(body: str, name: str, content: str) -> None:
    assert any(n == name and content in c for n, c in reported(body))


@pytest.mark.parametrize(
    "body",
    [
        "Mara Quist spoke to the crowd.",
        "The council came back with a plan.",
        "Mara Quist shot back at the council.",
    ],
)
def test_particles_and_adverbs_are_not_stance_verbs(body: str) -> None:
    assert reported(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "If Ravel meddled, as Ravel strongly denies — “why would you not check?” asked Ada "
        "Dunn, now a partner at a law firm.",
        "Ravel strongly denies it — “why would you not check?” asked Ada Dunn.",
    ],
)
def test_inverted_cue_right_after_a_quote_beats_an_earlier_cue(body: str) -> None:
    assert direct_sources(body) == ["Ada Dunn"]


def headline_sources(title: str) -> list[str]:
    text = title + "\n\nThe board met on Monday.\n\n"
    _found, out = cite(text)
    return [x.name for x in out if isinstance(x, Source)]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Harbor Board Says Fares Will Rise", ["Harbor Board"]),
        ("Ada Vell Slams Ferry Plan", ["Ada Vell"]),
        ("Ada Vell May Not Have Backed A Ferry Tax", ["Ada Vell"]),
        ("How Harbor Towns Plan For Floods", []),
        ("Says Who? The Fare Debate", []),
    ],
)
def test_title_case_headline_reports(title: str, names: list[str]) -> None:
    assert headline_sources(title) == names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gary Emmet, a former party chairman, became a delegate and said he backs Vell.",
            [("Gary Emmet", "he backs Vell")],
        ),
        (
            "Ada Vell joined the slate and said the plan is dead.",
            [("Ada Vell", "the plan is dead")],
        ),
    ],
)
def test_coordinated_cue_reports_the_sentence_subject(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(body)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Asked by Ada Vell whether she had read the plan, Mara Quist said she had.",
            ("Ada Vell", "whether she had read the plan"),
        ),
        (
            "Mara Quist was asked by Ada Vell to respond to the plan, and she declined.",
            ("Ada Vell", "to respond to the plan"),
        ),
    ],
)
def test_named_asker_of_a_passive_question(body: str, expected: tuple[str, str]) -> None:
    assert expected in reported(body)


def test_unnamed_asker_is_not_a_source() -> None:
    assert reported("Asked by reporters to respond, Mara Quist said she had.") == [
        ("Mara Quist", "she had")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<tweet id="1" author="@adavell">The ferry plan is a disaster for the island. '
            "— Ada Vell (@adavell) June 28, 2016</tweet>.",
            [("Ada Vell", "The ferry plan is a disaster for the island")],
        ),
        (
            "The ferry plan is a disaster — Harbor Daily (@harbordaily) June 28, 2016",
            [("Harbor Daily", "The ferry plan is a disaster")],
        ),
        ("Write to the desk - or mail (@desk).", []),
    ],
)
def test_embedded_post_byline_names_its_author(body: str, expected: list[tuple[str, str]]) -> None:
    assert reported(body) == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Harbor Ferries itself said the deal was on.", "Harbor Ferries"),
        ("Ada Vell herself backed the plan.", "Ada Vell"),
    ],
)
def test_reflexive_emphasis_is_not_part_of_the_subject(body: str, name: str) -> None:
    assert [n for n, _c in reported(body)] == [name]


def test_a_role_stated_in_a_sentence_of_its_own() -> None:
    body = (
        "Mei Tanaka is a professor of hydrology at Northgate University. Ada Vell is a vote "
        "for change, her supporters say.\n\n“Defences fail,” said Mei Tanaka. “We will win,” "
        "said Ada Vell."
    )
    _text, _quotes, sources, _links = run(body)
    roles = {s.name: (s.role, s.affiliation) for s in sources}
    assert roles["Mei Tanaka"] == ("professor of hydrology", "Northgate University")
    assert roles["Ada Vell"] == (None, None)  # "a vote for change" is no role

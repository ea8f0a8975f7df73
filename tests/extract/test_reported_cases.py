"""Reported-speech and source cases, one table per check, on text written for these tests."""

from __future__ import annotations

import pytest

from argmap.model import SourceType

from .attribution import HEAD, direct_sources, linked, reported, run

# (body, name, content): the statement is reported with exactly this source and content
EXACT = [
    pytest.param(
        "Nora Kiel, the port chairwoman, this past week announced a new ferry timetable.",
        "Nora Kiel",
        "a new ferry timetable",
        id="announced-after-an-apposition",
    ),
    pytest.param(
        "As The Kelton Ledger reported, the ferry will stop in May.",
        "Kelton Ledger",
        "the ferry will stop in May",
        id="as-the-outlet-reported",
    ),
    pytest.param(
        "The ferry will stop in May, Ada Vell reports.",
        "Ada Vell",
        "The ferry will stop in May",
        id="reports-after-the-claim",
    ),
    pytest.param(
        "The Kelton Ledger reports that the ferry will stop in May.",
        "Kelton Ledger",
        "the ferry will stop in May",
        id="reports-that",
    ),
    pytest.param(
        "Mayor Ada Vell would not endorse the ferry plan.",
        "Ada Vell",
        "the ferry plan",
        id="would-not-endorse",
    ),
    pytest.param(
        "Mayor Ada Vell is pledging to save the ferry.",
        "Ada Vell",
        "to save the ferry",
        id="is-pledging-to",
    ),
    pytest.param(
        "In a Kelton Ledger/Harbor Radio poll, most riders backed the ferry.",
        "Kelton Ledger/Harbor Radio poll",
        "most riders backed the ferry",
        id="in-a-joint-poll",
    ),
    pytest.param(
        "Ridership fell, according to a Kelton Ledger/Harbor Radio poll.",
        "Kelton Ledger/Harbor Radio poll",
        "Ridership fell",
        id="according-to-a-joint-poll",
    ),
    pytest.param(
        "In the poll, 75 percent of riders said the ferry must stay.",
        "75 percent of riders",
        "the ferry must stay",
        id="poll-respondents",
    ),
    pytest.param(
        "Mayor Ada Vell revised the ferry plan in May, saying that two boats would stay.",
        "Ada Vell",
        "two boats would stay",
        id="participle-saying-that",
    ),
    pytest.param(
        "The Kelton Port Board is pressing ahead, arguing that the harbor needs deeper water.",
        "Kelton Port Board",
        "the harbor needs deeper water",
        id="participle-arguing-that",
    ),
    pytest.param(
        "The ferry moved to Pier 9, per the Kelton Ledger.",
        "Kelton Ledger",
        "The ferry moved to Pier 9",
        id="per-a-named-outlet",
    ),
    pytest.param(
        "Harbor pilot Bo Park used to back the plan, but now said the channel is too shallow.",
        "Bo Park",
        "the channel is too shallow",
        id="but-now-said",
    ),
    pytest.param(
        "Lee, author of “Tides of Trade,” argues that the port should wait.",
        "Lee",
        "the port should wait",
        id="quoted-title-in-the-apposition",
    ),
    pytest.param(
        "Her view is shared by Sen. Ada Vell and two other lawmakers.",
        "Ada Vell",
        "Her view",
        id="passive-is-shared-by",
    ),
    pytest.param(
        "The Harbor Budget Office hasn't yet endorsed that view.",
        "Harbor Budget Office",
        "that view",
        id="has-not-yet-endorsed",
    ),
]

# (body, name, content): a statement from exactly this source has this text in its content
CONTAINS = [
    pytest.param(
        "Ada Vell, Bo Park and Lin Toma have all attacked the plan.",
        "Lin Toma",
        "the plan",
        id="last-of-a-comma-list",
    ),
    pytest.param(
        "Mayor Ada Vell has railed against the ferry cuts.",
        "Ada Vell",
        "the ferry cuts",
        id="railed-against",
    ),
    pytest.param(
        "Dock workers point out that the ferry is late.",
        "Dock workers",
        "the ferry is late",
        id="point-out-that",
    ),
    pytest.param(
        "Ada Vell sounded a cautious note about the plan.",
        "Ada Vell",
        "cautious note",
        id="sounded-a-note",
    ),
    pytest.param(
        "The Kelton court openly called for a new ferry.",
        "Kelton court",
        "a new ferry",
        id="adverb-before-called-for",
    ),
    pytest.param(
        "Judge Ada Vell is an expert on ports and has lectured on the ferry law.",
        "Ada Vell",
        "the ferry law",
        id="second-verb-lectured-on",
    ),
    pytest.param(
        "At the pier, Bo Park, an adviser to the Kelton port board who has long opposed "
        "the cuts, floated a new plan.",
        "Bo Park",
        "a new plan",
        id="subject-before-a-relative-clause",
    ),
    pytest.param(
        "Mayor Ada Vell agreed that the ferry must stay.",
        "Ada Vell",
        "the ferry must stay",
        id="agreed-that",
    ),
    pytest.param(
        "Mayor Ada Vell slammed the ferry cuts.",
        "Ada Vell",
        "the ferry cuts",
        id="slammed",
    ),
    pytest.param(
        "Mayor Ada Vell lashed out at the ferry board.",
        "Ada Vell",
        "at the ferry board",
        id="lashed-out-at",
    ),
    pytest.param(
        "Mayor Ada Vell distanced herself from the plan.",
        "Ada Vell",
        "from the plan",
        id="distanced-herself-from",
    ),
    pytest.param(
        "Mayor Ada Vell vouched for the harbor plan.",
        "Ada Vell",
        "for the harbor plan",
        id="vouched-for",
    ),
    pytest.param(
        "The Kelton court ruled that the fees were unlawful.",
        "Kelton court",
        "the fees were",
        id="court-ruled-that",
    ),
    pytest.param(
        "Fares rose by a third, Kelton Port Authority records show.",
        "Kelton Port Authority records",
        "Fares rose by a third",
        id="records-show",
    ),
    pytest.param(
        "The PollWatch rolling average of polls shows the mayor ahead by six points.",
        "PollWatch rolling average",
        "the mayor ahead by six points",
        id="poll-average-shows",
    ),
    pytest.param(
        "The mayor's new disclosure form stated that her income doubled.",
        "mayor's new disclosure form",
        "her income doubled",
        id="disclosure-form-stated",
    ),
    pytest.param(
        "The row began after the Kelton Ledger, which first backed the plan, said it would "
        "oppose the ferry cuts.",
        "Kelton Ledger",
        "it would oppose the ferry cuts",
        id="subject-of-a-clause-with-a-which-clause",
    ),
    pytest.param(
        "One of them, Harbor Freight Lines, has threatened to leave.",
        "Harbor Freight Lines",
        "to leave",
        id="name-in-apposition-threatened-to",
    ),
    pytest.param(
        "Local news affiliate KTV 7 is reporting that the pier closed.",
        "KTV",
        "the pier closed",
        id="affiliate-is-reporting-that",
    ),
    pytest.param(
        "As Ada Vell and Bo Park lamented the cuts, the mayor left the room.",
        "Bo Park",
        "the cuts",
        id="pair-lamented-in-an-as-clause",
    ),
    pytest.param(
        "Kelton views itself as a ferry town first.",
        "Kelton",
        "itself as a ferry town",
        id="views-itself-as",
    ),
    pytest.param(
        "Ada Vell shares this bleak view of the port.",
        "Ada Vell",
        "this bleak view",
        id="shares-a-view",
    ),
    pytest.param(
        "The Port Board is envisioning a second pier.",
        "Port Board",
        "a second pier",
        id="is-envisioning",
    ),
]

# bodies with no reported statement at all
NOT_REPORTED = [
    pytest.param(
        "The ferry captain was also accused of breaking the harbor rules.",
        id="passive-was-accused",
    ),
    pytest.param(
        "After the Riverton attacks, the council closed the port.",
        id="plural-noun-attacks",
    ),
    pytest.param(
        "The Harbor Street plans did not survive the vote.",
        id="plural-noun-plans",
    ),
    pytest.param(
        "Two pilots in rural Kelton were found asleep on Monday.",
        id="passive-were-found",
    ),
    pytest.param(
        "Ferry Riders Are Planning A Protest At The Pier",
        id="title-case-headline",
    ),
    pytest.param(
        "Nobody in the hall liked her Socialist remarks.",
        id="noun-remarks",
    ),
    pytest.param(
        "The deal could calm Kelton fears.",
        id="noun-fears",
    ),
    pytest.param(
        "Captain Lee Rand was not asked to speak at the pier.",
        id="passive-was-not-asked",
    ),
    pytest.param(
        "The Kelton Yacht Club charged a $900 fee for each berth.",
        id="charged-without-a-clause",
    ),
    pytest.param(
        "The harbor added 300 jobs in May.",
        id="added-without-a-clause",
    ),
    pytest.param(
        "Mayor Ada Vell lashed the boat to the pier.",
        id="lashed-without-out",
    ),
    pytest.param(
        "Their views differ on the ferry.",
        id="noun-views",
    ),
    pytest.param(
        "Ada Vell opened the new ferry terminal.",
        id="opened-a-terminal",
    ),
    pytest.param(
        "He finished second in South Carolina atop the polls.",
        id="polls-far-from-a-place-word",
    ),
]

# (body, names): the sources of the reported statements, in order, are exactly these
REPORTED_BY = [
    # the name ends a prepositional phrase: the noun before it is the subject
    pytest.param(
        "The remaining casinos in Port Alden reported record losses this year.",
        [],
        id="casinos-in-a-place",
    ),
    pytest.param(
        "A review panel for the Ministry of Ports laid out the problem in May.",
        [],
        id="panel-for-a-ministry",
    ),
    pytest.param(
        "Officials in Kelton warned that the ferry is unsafe.",
        ["Officials in Kelton"],
        id="officials-in-a-place",
    ),
    pytest.param(
        "A spokesman for Mr. Vale said the talks had stalled.",
        ["A spokesman for Mr. Vale"],
        id="spokesman-for-a-name",
    ),
    pytest.param(
        "On the other side, Sen. Ada Vell (R-Kel.), who chairs the port panel, "
        "tweeted a warning to the ferry board.",
        ["Ada Vell"],
        id="opening-phrase-party-tag-and-clause",
    ),
    pytest.param(
        "At Kelton Pier, where berths cost $900 a month, Jay Dorn, the harbor master, "
        "suggested that the fees were too high.",
        ["Jay Dorn"],
        id="opening-phrase-and-apposition",
    ),
    pytest.param(
        "In a statement, the Kelton Ferry Company said it would appeal the ruling.",
        ["Kelton Ferry Company"],
        id="in-a-statement-is-not-a-poll",
    ),
    pytest.param(
        "Viewers watched Ada Vell, an anchor at Kelton News who questioned the mayor's plan.",
        ["Ada Vell"],
        id="star-at-a-network-who-spoke",
    ),
    pytest.param(
        "The claim was not challenged by Kelton News moderators at the debate.",
        ["Kelton News moderators"],
        id="role-noun-after-a-name",
    ),
]

# (body, name, kind): one of the sources found in body
SOURCES = [
    pytest.param(
        "The ferry will stop in May, according to Harborwatch.com.",
        "Harborwatch.com",
        SourceType.ORGANIZATION,
        id="according-to-a-site",
    ),
    pytest.param(
        "The ferry will stop in May, according to polling by the K.P.W.-U.A..",
        "K.P.W.-U.A",
        SourceType.ORGANIZATION,
        id="polling-by-initials",
    ),
    pytest.param(
        "The ferry will stop in May, the Kelton Daily newspaper reported.",
        "Kelton Daily",
        SourceType.ORGANIZATION,
        id="named-newspaper-reported",
    ),
    pytest.param(
        "The ferry will stop in May, local newspaper Diário do Cais reported.",
        "Diário do Cais",
        SourceType.ORGANIZATION,
        id="local-newspaper-reported",
    ),
    pytest.param(
        "The ferry will stop in May, according to an Harbor Press account.",
        "Harbor Press account",
        SourceType.DOCUMENT,
        id="an-outlets-account",
    ),
    pytest.param(
        "The ferry will stop in May, according to the PollWatch average of polls.",
        "PollWatch average",
        SourceType.DOCUMENT,
        id="an-average-of-polls",
    ),
]

# (body, name, kind): the only source found in body
ONLY_SOURCE = [
    pytest.param(
        "Democrats said the harbor plan was rushed.",
        "Democrats",
        SourceType.ORGANIZATION,
        id="party-before-said",
    ),
    pytest.param(
        "The plan was rushed, Republicans said.",
        "Republicans",
        SourceType.ORGANIZATION,
        id="party-after-said",
    ),
    pytest.param(
        "Some Democrats said the plan was rushed.",
        "Some Democrats",
        SourceType.ANONYMOUS,
        id="some-party-members",
    ),
    pytest.param(
        "A Kelton Republican said the plan was rushed.",
        "A Kelton Republican",
        SourceType.ANONYMOUS,
        id="one-party-member",
    ),
    pytest.param(
        "House Republican Bo Park said the plan was rushed.",
        "Bo Park",
        SourceType.PERSON,
        id="party-word-before-a-name",
    ),
    pytest.param(
        "The Centers for Harbor Control and Prevention estimates that one ferry in ten is late.",
        "Centers for Harbor Control and Prevention",
        SourceType.ORGANIZATION,
        id="organisation-name-with-for-and-and",
    ),
    pytest.param(
        "This angered Hispanics who viewed it as an insult.",
        "Hispanics",
        SourceType.ANONYMOUS,
        id="kind-of-people",
    ),
]

# (body, names): every name linked from the body, in order, with HEAD before it
LINKED = [
    pytest.param(
        "Ada Vell and Sen. Bo Park said the ferry must stay.",
        ["Ada Vell", "Bo Park"],
        id="pair-with-a-title",
    ),
    pytest.param(
        "Port chiefs Ada Vell and Bo Park, and Mayor Lin Toma, tweeted their support.",
        ["Ada Vell", "Bo Park", "Lin Toma"],
        id="pair-and-one-more",
    ),
    pytest.param(
        "Vell and Park both say the ferry must stay.",
        ["Vell", "Park"],
        id="surnames-with-both",
    ),
    pytest.param(
        "The Kelton Ledger and Harbor Times each called it a rough week.",
        ["Kelton Ledger", "Harbor Times"],
        id="outlets-with-each",
    ),
    # one name, one apposition: not a list
    pytest.param(
        "Nora Kiel, a banker and adviser to the Port Authority, said the ferry must stay.",
        ["Nora Kiel"],
        id="and-inside-an-apposition",
    ),
    pytest.param(
        "The Office of Ports and Harbors said the ferry must stay.",
        ["Office of Ports and Harbors"],
        id="and-inside-an-organisation-name",
    ),
    pytest.param(
        "Experts and port officials said the ferry must stay.",
        ["Experts and port officials"],
        id="and-inside-a-group",
    ),
    pytest.param(
        "Ada Vell, Bo Park and Lin Toma have all attacked the plan.",
        ["Ada Vell", "Bo Park", "Lin Toma"],
        id="comma-list",
    ),
]

# (text, names): every name linked from a text whose headline may name a speaker
HEADLINE_LINKED = [
    pytest.param(
        "Vale: No ferry cuts this year\n\nMayor Ada Vale spoke on Monday.",
        ["Ada Vale"],
        id="headline-opens-with-its-speaker",
    ),
    pytest.param(
        "Analysis: No ferry cuts this year\n\nMayor Ada Vale spoke on Monday.",
        [],
        id="headline-opens-with-analysis",
    ),
    pytest.param(
        "The Latest: No ferry cuts this year\n\nMayor Ada Vale spoke on Monday.",
        [],
        id="headline-opens-with-the-latest",
    ),
    pytest.param(
        "Harbor's Big Bet: No ferry cuts\n\nMayor Ada Vale spoke on Monday.",
        [],
        id="headline-opens-with-a-possessive",
    ),
]

# (text, names): the first name linked from a text with a headline, if there is one
FIRST_LINKED = [
    pytest.param(
        "Ada Vell On Cuts: ‘We Will Not Close The Pier’\n\nMayor Ada Vell spoke.",
        ["Ada Vell"],
        id="headline-speaker-before-on",
    ),
    pytest.param(
        "2016 Harborcast: Was the pier a mistake?\n\nThe Harborcast is a podcast.",
        [],
        id="headline-year-and-show-name",
    ),
]


@pytest.mark.parametrize(("body", "name", "content"), EXACT)
def test_reported_exactly(body: str, name: str, content: str) -> None:
    assert (name, content) in reported(body)


@pytest.mark.parametrize(("body", "name", "content"), CONTAINS)
def test_reported_containing(body: str, name: str, content: str) -> None:
    assert any(n == name and content in c for n, c in reported(body))


@pytest.mark.parametrize("body", NOT_REPORTED)
def test_not_reported(body: str) -> None:
    assert reported(body) == []


@pytest.mark.parametrize(("body", "names"), REPORTED_BY)
def test_reported_by(body: str, names: list[str]) -> None:
    assert [n for n, _ in reported(body)] == names


@pytest.mark.parametrize(("body", "name", "kind"), SOURCES)
def test_source_among_sources(body: str, name: str, kind: SourceType) -> None:
    _text, _quotes, sources, _links = run(body)
    assert (name, kind) in [(s.name, s.source_type) for s in sources]


@pytest.mark.parametrize(("body", "name", "kind"), ONLY_SOURCE)
def test_only_source(body: str, name: str, kind: SourceType) -> None:
    _text, _quotes, sources, _links = run(body)
    assert [(s.name, s.source_type) for s in sources] == [(name, kind)]


@pytest.mark.parametrize(("body", "names"), LINKED)
def test_linked(body: str, names: list[str]) -> None:
    assert linked(HEAD + body) == names


@pytest.mark.parametrize(("text", "names"), HEADLINE_LINKED)
def test_headline_linked(text: str, names: list[str]) -> None:
    assert linked(text) == names


@pytest.mark.parametrize(("text", "names"), FIRST_LINKED)
def test_first_linked(text: str, names: list[str]) -> None:
    assert linked(text)[:1] == names


def test_a_possessive_is_not_the_subject() -> None:
    body = "Mayor Ruth Dale bemoaned Kelton's reputation, saying that tourists stay away."
    assert {n for n, _ in reported(body)} <= {"Ruth Dale"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            "The mayor leads by six points in the latest Kelton Ledger/Harbor Radio poll.",
            "Kelton Ledger/Harbor Radio poll",
            id="joint-poll-at-the-end",
        ),
        pytest.param(
            "In a Harbor Insights Poll the same month, most riders backed the ferry.",
            "Harbor Insights Poll",
            id="named-poll-in-an-opening-phrase",
        ),
    ],
)
def test_a_named_poll_anywhere_in_the_sentence(body: str, name: str) -> None:
    assert name in [n for n, _ in reported(body)]


def test_a_participle_inside_a_quote_reports_nothing_new() -> None:
    body = "Watching Bo Park speak, Ada Vell said: “He was doing smart things, saying the right words.”"
    assert all(n != "Bo Park" for n, _ in reported(body))


def test_an_including_phrase_does_not_rename_the_group() -> None:
    body = "Kelton officials, including Mayor Ada Vell, are hoping the ferry will run."
    _text, _quotes, sources, _links = run(body)
    assert [s.name for s in sources] == ["Kelton officials"]


def test_a_people_is_a_group() -> None:
    _text, _quotes, sources, _links = run("The Kelton people want the ferry to stay.")
    assert [s.source_type for s in sources] == [SourceType.ANONYMOUS]


def test_a_title_opening_the_sentence_stays_with_the_name() -> None:
    _text, _quotes, sources, _links = run("Secretary of State Ann Lee said the ferry must stay.")
    assert [(s.name, s.role) for s in sources] == [("Ann Lee", "Secretary of State")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Mayor Ruth Dale deplored Kelton's reputation, saying that tourists “stay away.”",
            id="possessor",
        ),
        pytest.param(
            "Asked if she believed Ada Vell wanted the ferry to close, the mayor said no.",
            id="name-inside-a-question",
        ),
        pytest.param(
            "After the Kelton attacks, the council released a statement on the ferry.",
            id="place-before-a-noun",
        ),
    ],
)
def test_possessors_questions_and_nouns_are_not_speakers(body: str) -> None:
    _text, _quotes, sources, _links = run(body)
    assert not {s.name for s in sources} & {"Kelton", "Ada Vell"}


def test_a_quoted_name_after_a_stance_verb_is_not_a_quote() -> None:
    body = "Ada Vell posted the “Harbor Futures” syllabus on her page."
    assert direct_sources(body) == []


def test_a_quoted_name_inside_the_speaker_phrase_is_skipped() -> None:
    body = (
        "“We have had better years,” delegate Bo Park, wearing “Vote Lee” pins, "
        "said as the hall emptied."
    )
    assert direct_sources(body) == ["Bo Park"]


def test_a_one_word_quotation_is_still_a_quotation() -> None:
    body = "Mayor Bo Park spoke first. “Honestly,” he continued, “the port is finished.”"
    assert direct_sources(body) == ["Bo Park", "Bo Park"]


def test_that_before_a_plural_subject_is_not_part_of_its_name() -> None:
    body = "State radio keeps suggesting that reasonable Kelton leaders recognize the risk."
    assert all(not (n or "").startswith("that ") for n, _ in reported(body))

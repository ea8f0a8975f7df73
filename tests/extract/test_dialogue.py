"""Dialogue and runs of quotes: who says each line, on text written for these tests."""

from __future__ import annotations

from .attribution import direct_sources, reported, run

STORY = (
    "Mara pushed open the door of the lighthouse. Old Tobias was sitting by the stove.\n\n"
    "“Come in,” he said, “and sit down.”\n\n"
    "“I came about the lamp,” said she.\n\n"
    "“The lamp is fine.”\n\n"
    "“It went out last night.”\n\n"
    "“Then the storm put it out,” said Tobias.\n\n"
    "“Storms don’t put out lamps,” Mara said. “People do.”\n\n"
    "“Are you calling me a liar?”\n\n"
    "“I am asking what happened.”"
)


def test_untagged_lines_alternate_between_the_two_speakers() -> None:
    assert direct_sources(STORY) == [
        "Tobias",
        "Tobias",  # the tag inside the quote: one statement split around it
        "Mara",  # "said she": not the man named last
        "Tobias",
        "Mara",
        "Tobias",
        "Mara",
        "Mara",
        "Tobias",
        "Mara",
    ]


def test_a_quote_that_runs_on_keeps_its_speaker() -> None:
    body = (
        "Grace Okafor has run the clinic for a decade.\n\n"
        "“I will fight this,” Okafor said. “We have seen this before.\n\n"
        "“The money never comes back.”\n\n"
        "“It never does,” said Dana Whitfield, the mayor’s chief of staff."
    )
    assert direct_sources(body) == ["Grace Okafor"] * 3 + ["Dana Whitfield"]


def test_a_press_run_of_quotes_is_one_speaker() -> None:
    body = (
        "“We start today,” said Ada Vell, the port director.\n\n"
        "“The crews are ready and the money is there.”"
    )
    assert direct_sources(body) == ["Ada Vell", "Ada Vell"]


def test_she_is_the_woman_the_paragraph_is_about() -> None:
    body = (
        "“We are moving care, not closing it,” said Dana Whitfield, the chief of staff.\n\n"
        "The board met on Tuesday. It did not vote.\n\n"
        "Grace Okafor has run the east side clinic for a decade. "
        "She smiles as she arrives each morning.\n\n"
        "“The clinic is the heart of this street,” she said."
    )
    assert direct_sources(body)[-1] == "Grace Okafor"


def test_accepting_an_award_reports_nothing() -> None:
    body = "Grace Okafor accepted the award for community service last year."
    assert reported(body) == []


def test_an_action_beat_before_a_line_names_its_speaker() -> None:
    body = "“It is always late,” said Ines.\n\nKarl laughed. “Then we should move.”"
    assert direct_sources(body) == ["Ines", "Karl"]


def test_a_line_after_an_action_beat_is_a_turn_of_the_exchange() -> None:
    body = (
        "“Why do you stay out here?” asked Ines.\n\n"
        "“Somebody has to keep the lamp,” Karl said.\n\n"
        "Ines laughed. “My mother kept it better.”\n\n"
        "“Did she now?”"
    )
    assert direct_sources(body) == ["Ines", "Karl", "Ines", "Karl"]


def test_a_short_line_of_its_own_is_a_quote_not_a_term() -> None:
    body = (
        "“I could never forget you,” said Nadia.\n\n"
        "He smiled. “Your brother forgets.”\n\n"
        "The bakery on the corner sells “rustic” bread."
    )
    _text, quotes, _sources, _links = run(body)
    said = [q.span.of(_text).strip("“”") for q in quotes if q.direct]
    assert said == ["I could never forget you,", "Your brother forgets."]


def test_a_given_name_tells_which_pronoun_can_refer_to_it() -> None:
    body = (
        "“You are late,” said Tobias.\n\n"
        "“The ferry was slow,” said Martha.\n\n"
        "Outside the wind was rising. “It always rises in March,” he said."
    )
    assert direct_sources(body) == ["Tobias", "Martha", "Tobias"]


def test_the_tags_of_dialogue_are_speech_verbs() -> None:
    body = "“Love,” the old man muttered, “does not fix a fence.”"
    assert direct_sources(body) == ["old man", "old man"]


def test_a_name_in_someones_words_is_never_a_speaker() -> None:
    body = (
        "Mrs. Whitcombe was sitting at the window.\n\n"
        "“You have grown thin,” said she. “Does London not feed you?”\n\n"
        "“London feeds me very well,” he replied."
    )
    assert direct_sources(body) == ["Whitcombe", "Whitcombe", None]


def test_a_longer_action_beat_names_the_speaker() -> None:
    body = "“Such nonsense,” said Mrs. Whitcombe.\n\nHarriet looked up from her needlework. “I think walking healthy.”"
    assert direct_sources(body) == ["Whitcombe", "Harriet"]


def test_a_repeated_short_pull_quote_is_one_statement() -> None:
    body = "“We had no choice,” said Paul Dunmore.\n\nThe branch will close.\n\n“We had no choice.”"
    assert direct_sources(body) == ["Paul Dunmore"]


def test_a_beat_after_a_line_names_its_speaker() -> None:
    body = (
        "“Pass me the rope,” said Ilse.\n\n"
        "“I’ll bring two.” Jonas hoisted the bag onto his shoulder and started up the slope."
    )
    assert direct_sources(body) == ["Ilse", "Jonas"]


def test_a_described_person_speaks_and_is_the_pronouns_antecedent() -> None:
    body = (
        "“Can we go to the river?” asked Pia.\n\n"
        "At noon their aunt came in from the yard. She looked at the sky for a while.\n\n"
        "“Rain by evening,” she said.\n\n"
        "His grandmother folded the letter. “We leave on Friday.”"
    )
    assert direct_sources(body) == ["Pia", "their aunt", "His grandmother"]


def test_the_text_tells_a_names_gender() -> None:
    body = (
        "Ilse tugged her scarf tighter. Bram scratched his chin.\n\n"
        "“We should turn back,” said Bram.\n\n"
        "“Not yet,” said Ilse. The wind rose.\n\n"
        "“Then we freeze,” he said."
    )
    assert direct_sources(body) == ["Bram", "Ilse", "Bram"]


def test_a_line_called_out_is_a_quote() -> None:
    body = "“Supper is ready!” Rosa called down the stairs."
    assert direct_sources(body) == ["Rosa"]


def test_the_answer_to_a_question_is_not_the_askers() -> None:
    body = "“Who left the gate open?” asked Mr. Pell.\n\n“Not me. I came in by the road.”"
    assert direct_sources(body) == ["Pell", None]


def test_a_tagged_line_is_not_also_a_reported_statement() -> None:
    body = "“We are nearly there,” Theo pointed out, wiping his glasses."
    assert direct_sources(body) == ["Theo"]
    assert reported(body) == []


def test_a_person_who_finds_a_thing_reports_nothing() -> None:
    body = (
        "Rosa Lind found her grandfather’s letters in the attic. He found himself alone. "
        "The survey found that rents rose. A poll by Gallup found 40 percent support."
    )
    assert [said for _who, said in reported(body)] == ["that rents rose", "40 percent support"]


def test_mr_and_mrs_of_one_surname_are_two_people() -> None:
    body = (
        "Tea Time\n\n“Is the kettle on?” asked Mrs. Lark.\n\n"
        "“Later,” said Mr. Lark. “I have letters to write.”\n\n"
        "“You always do,” said Mrs. Lark."
    )
    _text, _quotes, sources, _links = run(body)
    larks = [s for s in sources if s.name == "Lark"]
    assert sorted(len(s.mentions) for s in larks) == [1, 2]

"""diff_maps through the library: two versions of a story, and two different stories."""

from __future__ import annotations

import json

import argmap
from argmap.compare import diff_maps
from argmap.compare.render_diff import DIFF_FORMATS, render_diff_markdown

from .texts import NEW_STORY, OLD_STORY, UNRELATED


def diff(old: str, new: str):
    return diff_maps(argmap.map_text(old), argmap.map_text(new), old_name="a", new_name="b")


def test_the_same_article_has_no_changes():
    result = diff(OLD_STORY, OLD_STORY)
    assert not result.changed and result.related and result.overlap == 1.0
    assert result.thesis.status == "unchanged"


def test_a_correction_rewords_one_claim_with_a_word_diff():
    result = diff(OLD_STORY, NEW_STORY)
    assert result.changed and result.related
    assert result.thesis.status == "unchanged"
    (reworded,) = [c for c in result.claims if c.status == "reworded"]
    edits = [(c.op, c.original, c.quote) for c in reworded.changes if c.op != "equal"]
    assert edits == [("replace", "3", "4")]


def test_a_quote_given_to_another_speaker_is_reattributed():
    result = diff(OLD_STORY, NEW_STORY)
    (moved,) = [q for q in result.quotes if "reattributed" in q.changes]
    assert moved.old["speakers"] == ["Marta Quist"] and moved.new["speakers"] == ["Ana Pereira"]
    assert "altered" not in moved.changes


def test_a_paraphrase_turned_into_a_quote_is_now_direct_and_altered():
    result = diff(OLD_STORY, NEW_STORY)
    (turned,) = [q for q in result.quotes if "now-direct" in q.changes]
    assert not turned.old["direct"] and turned.new["direct"]
    assert turned.new["speakers"] == ["Leo Brandt"]
    assert "altered" in turned.changes


def test_a_reworded_quote_of_the_same_speaker_is_altered():
    result = diff(OLD_STORY, NEW_STORY)
    (altered,) = [q for q in result.quotes if q.changes == ("altered",)]
    assert altered.new["speakers"] == ["Ana Pereira"]
    assert {c.quote for c in altered.words if c.op != "equal"} >= {"far too"}


def test_sources_lost_and_changed_affiliation():
    result = diff(OLD_STORY, NEW_STORY)
    by_status = {(s.status, s.name): s for s in result.sources}
    assert ("lost", "Marta Quist") in by_status
    changed = by_status[("changed", "Leo Brandt")]
    assert changed.fields == ("affiliation",)
    assert changed.new["affiliation"] == "Mill Street Business Association"


def test_two_different_stories_have_little_in_common():
    result = diff(OLD_STORY, UNRELATED)
    assert not result.related and result.overlap < 0.25
    assert result.thesis.status == "replaced"
    markdown = render_diff_markdown(result)
    assert "Little in common" in markdown and "## Claims" not in markdown


def test_json_is_the_documented_argmap_diff_shape():
    data = json.loads(DIFF_FORMATS["json"].load()(diff(OLD_STORY, NEW_STORY), False))
    assert data["schema"] == "argmap-diff/1"
    assert set(data) == {
        "schema", "old", "new", "changed", "related", "overlap", "summary",
        "thesis", "claims", "quotes", "sources",
    }  # fmt: skip
    assert {q["status"] for q in data["quotes"]} <= {"added", "removed", "changed"}
    assert all({"op", "old", "new"} == set(d) for c in data["claims"] for d in c["diff"])
    assert data["summary"]["quotes_reattributed"] == 1


def test_markdown_escapes_article_text():
    new = NEW_STORY + "\n“Build <b>it</b> *now* [x](y),” said Ana Pereira, of Cycle City.\n"
    markdown = render_diff_markdown(diff(OLD_STORY, new))
    assert "<b>" not in markdown and "[x](y)" not in markdown
    assert "Build \\<b\\>it\\</b\\> \\*now\\* \\[x\\](y)" in markdown

"""Page furniture is set aside before mapping, with its role, and never argued."""

from __future__ import annotations

import pytest

import argmap
from argmap.layout import furniture_role
from argmap.segment import segment

NEWS_PAGE = """\
Harbor Council Votes to Delay Dredging Plan

By Mara Ellison and Tomas Reyes | June 3, 2026

![Dredgers at the east quay](quay.jpg)

Dredgers idle at the east quay on Tuesday.

Photo: Supplied

The harbor council voted on Tuesday to delay the dredging plan by a year, saying the \
costs had doubled since the spring. The delay is a mistake that will cost the port its \
biggest customers.

“We cannot ask taxpayers to cover an open-ended bill,” said Lena Ortiz, the council chair.

Shipping firms warned that larger vessels would go elsewhere. “Every month of delay sends \
cargo to Northport,” said Ravi Mehta, director of the Port Users Association.

Share this article

12 comments

Related

Northport expands its container terminal
What the dredging plan would cost

Sign up for our Harbor Weekly newsletter to get the latest port news in your inbox.

Mara Ellison covers the port and city hall for the Harbor Ledger.
"""


def _roles(text: str) -> list[tuple[str, str]]:
    doc = segment(text)
    return [(p.role, p.span.of(text)) for p in doc.layout]


def test_a_news_page_has_its_furniture_set_aside():
    roles = _roles(NEWS_PAGE)
    assert [r for r, _ in roles] == [
        "byline",
        "caption",
        "caption",
        "credit",
        "share",
        "comments",
        "related",
        "related",
        "newsletter",
        "bio",
    ]


def test_furniture_is_never_thesis_claim_quote_or_source():
    amap = argmap.map_text(NEWS_PAGE)
    furniture = [tuple(p["span"]) for p in amap.graph_attrs["layout"]]
    for node in amap.nodes:
        for start, _end in [tuple(node["span"])] if node.get("span") else []:
            assert not any(s <= start < e for s, e in furniture), node
        for start, _end in node.get("mentions") or []:
            assert not any(s <= start < e for s, e in furniture), node
    names = {n["name"] for n in amap.index.of_kind("source")}
    assert "Mara Ellison" not in names
    assert {"Lena Ortiz", "Ravi Mehta"} <= names
    thesis = amap.index.thesis
    assert thesis is not None and "Dredgers idle" not in thesis["text"]


def test_layout_is_in_the_json_with_exact_spans():
    amap = argmap.map_text(NEWS_PAGE)
    for part in amap.graph_attrs["layout"]:
        start, end = part["span"]
        assert NEWS_PAGE[start:end] == part["text"]


@pytest.mark.parametrize(
    "line",
    [
        "By March the council had voted to delay the plan.",
        "By Monday, nothing had changed",
        "Photos of the quay show the silt building up year after year, the engineers said.",
        "Related projects in Northport cost twice as much, the report found.",
        "Share prices fell by a third after the vote.",
        "The ministry published its findings on Tuesday.",
        "Comments from residents were overwhelmingly negative.",
        "Dana Okafor is a senior planner at the Metro Transit Authority, and she disagrees.",
        "This story has a happy ending for the town.",
    ],
)
def test_sentences_that_merely_start_alike_are_text(line):
    assert furniture_role(line, near_end=False) is None


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("*Source:* AP", "credit"),
        ("Photo: Supplied", "credit"),
        ("Image by Ada Vell/Getty Images", "credit"),
        ("By ADA VELL", "byline"),
        ("From the section Politics", "section-link"),
        ("Advertisement", "advert"),
        ("Read more: Why the port needs deeper water", "related"),
        ("Subscribe to the Morning Brief newsletter", "newsletter"),
        ("Mayor Lena Ortiz (left) speaks at the quay on Tuesday.", "caption"),
        ("Workers repair the seawall. (Photo: Tomas Reyes)", "caption"),
        ("*This interview has been edited for length and clarity.*", "note"),
        ("Correction: An earlier version misstated the cost of the wall.", "note"),
    ],
)
def test_furniture_lines(line, role):
    assert furniture_role(line) == role


def test_a_bio_only_counts_at_the_end():
    line = "Ada Vell is a senior fellow at the Harbor Institute."
    assert furniture_role(line, near_end=True) == "bio"
    assert furniture_role(line, near_end=False) is None


OP_ED = """\
Keep the Night Buses

Ending every route after 10 p.m. saves little and strands the people who keep the town \
running. The council should reject the plan.

“If the 9 stops running, I lose my job,” said Carla Mendes, a cleaner at the hospital.

Ravi Okoro is a nurse at Valley General and a member of the Valley Riders Alliance.
"""


def test_a_guest_writers_closing_bio_is_furniture_not_a_claim():
    doc = segment(OP_ED)
    assert [part.role for part in doc.layout] == ["bio"]
    claims = [n["text"] for n in argmap.map_text(OP_ED).nodes if n["kind"] != "source"]
    assert not any("Ravi Okoro" in text for text in claims if text)


def test_a_source_described_at_the_end_stays_in_the_article():
    text = OP_ED.replace("Ravi Okoro", "Carla Mendes")
    assert segment(text).layout == ()


@pytest.mark.parametrize(
    "line",
    [
        "Published 9:14 a.m. ET Nov. 30, 2026 | Updated 11:02 a.m. ET Nov. 30, 2026",
        "Updated: March 3, 2026",
        "Posted on 12 May 2026 at 14:05",
    ],
)
def test_a_timestamp_line_is_a_dateline(line):
    assert furniture_role(line) == "dateline"


def test_a_leads_dateline_is_not_part_of_its_thesis():
    text = (
        "River Town Buys Back Its Water\n\n"
        "MILLBROOK — The town council voted on Tuesday to buy back its water system, ending "
        "a long fight over rates.\n\n"
        "“We pay twice what Eastfield pays,” said Gloria Hennessy, a resident.\n"
    )
    thesis = argmap.map_text(text).index.thesis
    assert thesis["text"].startswith("The town council voted")

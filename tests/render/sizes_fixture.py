"""Maps of the sizes a slide must hold, and how to measure a drawn SVG at slide size.

``sixty_node_map`` is built by hand (no extractor in the way): a thesis, four sections with
a sub-thesis each, three claims per section, two quotes per claim and eighteen sources,
60 nodes with the article. ``news_map`` is the extractor's map of ``news_story.txt``, a
hand-written local news story with about thirty quotes.
"""

from __future__ import annotations

import re
from pathlib import Path

import argmap
from argmap.graph import build_map
from argmap.model import (
    ArgumentMap,
    Claim,
    ClaimRole,
    Findings,
    Link,
    Quote,
    Relation,
    Source,
    SourceType,
    Span,
)
from argmap.segment import segment

NEWS_STORY = Path(__file__).with_name("news_story.txt")

_TOPICS = ("fares", "routes", "staffing", "funding")
_PEOPLE = (
    ("Ana Ruiz", "transit planner", "City Transit"),
    ("Ben Cole", "bus driver", None),
    ("Chen Wu", "economist", "Lakeshore University"),
    ("Dara Moss", "council member", "Ward 4"),
    ("Eli Park", "rider advocate", "Riders United"),
    ("Fay Osei", "budget director", "City Hall"),
)


def sixty_node_map() -> ArgumentMap:
    """A 60-node map: 1 thesis, 4 sub-theses, 12 claims, 24 quotes, 18 sources, article."""
    text = "Cutting Bus Service Would Cost the City More Than It Saves\n\n"
    spans: dict[str, Span] = {}

    def add(key: str, sentence: str, end: str = " ") -> None:
        nonlocal text
        spans[key] = Span(len(text), len(text) + len(sentence))
        text += sentence + end

    add("thesis", "The city should keep its bus service: cuts save little and cost riders.", "\n")
    for s, topic in enumerate(_TOPICS):
        text += f"\nThe Question of {topic.title()}\n\n"
        add(f"sub{s}", f"The plan gets {topic} wrong in three ways.")
        for c in range(3):
            add(f"claim{s}{c}", f"Point {c + 1}: the savings on {topic} are smaller than promised.")
            for q in range(2):
                name, _, _ = _PEOPLE[(s * 6 + c * 2 + q) % len(_PEOPLE)]
                add(
                    f"quote{s}{c}{q}",
                    f"“Riders on {topic} line {c}{q} would wait twice as long,” said {name}.",
                )
        text = text.rstrip(" ") + "\n"

    def claim(key: str, role: ClaimRole = ClaimRole.CLAIM, section: int | None = None) -> Claim:
        return Claim(spans[key], role, 0.7, section)

    thesis = claim("thesis", ClaimRole.THESIS, 0)
    claims, quotes, links = [thesis], [], []
    sources: list[Source] = []
    for s, _ in enumerate(_TOPICS):
        sub = claim(f"sub{s}", ClaimRole.SUBTHESIS, s + 1)
        claims.append(sub)
        links.append(Link(sub, thesis, Relation.SUPPORTS))
        for c in range(3):
            point = claim(f"claim{s}{c}", section=s + 1)
            claims.append(point)
            links.append(Link(point, sub, Relation.SUPPORTS))
            for q in range(2):
                qspan = spans[f"quote{s}{c}{q}"]
                words = text[qspan.start : qspan.end]
                inner = Span(qspan.start + 1, qspan.start + words.index("”"))
                quote = Quote(inner, None)
                quotes.append(quote)
                links.append(Link(quote, point, Relation.SUPPORTS))
                number = len(sources)
                if number < 18:  # eighteen sources: the first eighteen quotes' speakers
                    name, role, affiliation = _PEOPLE[number % len(_PEOPLE)]
                    kind = (SourceType.PERSON, SourceType.ORGANIZATION, SourceType.ANONYMOUS)[
                        number % 3
                    ]
                    source = Source(f"{name} {number}", kind, (qspan,), role, affiliation)
                    sources.append(source)
                links.append(Link(quote, sources[(len(quotes) - 1) % 18], Relation.ATTRIBUTED_TO))
    findings = Findings(tuple(quotes), tuple(sources), tuple(claims), tuple(links))
    amap = build_map(segment(text), findings)
    assert len(amap.nodes) == 60, len(amap.nodes)
    return amap


def news_map() -> ArgumentMap:
    return argmap.map_text(argmap.read_article(NEWS_STORY))


def measure(svg: str) -> tuple[float, float]:
    """Aspect ratio (width / height) of an SVG drawn by Graphviz, and the height in pixels
    of its smallest text when the drawing is scaled to 1920 px wide."""
    width, height = (
        float(v) for v in re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups()
    )
    scale = float(re.search(r'transform="scale\(([\d.]+)', svg).group(1))
    smallest = min(float(v) for v in re.findall(r'font-size="([\d.]+)"', svg))
    return width / height, smallest * scale * 1920 / width

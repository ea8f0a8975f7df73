"""The examples' rendered outputs are kept current: regenerate with pytest --update-golden."""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from tests.golden import check_golden

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MAPS = EXAMPLES / "maps"
ARTICLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md"))
TEXT_FORMATS = {"json": ".json", "tree": ".tree.txt", "dot": ".dot"}


def test_there_are_examples_of_each_shape():
    assert {p.suffix for p in ARTICLES} == {".txt", ".md"}
    assert len(ARTICLES) >= 3


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", sorted(TEXT_FORMATS))
def test_example_output_is_current(article, fmt, update_golden):
    amap = argmap.map_text(argmap.read_article(article))
    output = argmap.render(amap, fmt, argmap.RenderOptions(width=100))
    check_golden(MAPS / f"{article.stem}{TEXT_FORMATS[fmt]}", output, update_golden)


@pytest.mark.needs_dot
@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_example_diagram_renders(article, update_golden):
    amap = argmap.map_text(argmap.read_article(article))
    svg = argmap.render(amap, "svg")
    assert "<svg" in svg
    if update_golden:  # Graphviz versions differ in layout: kept for the README, not compared
        MAPS.mkdir(exist_ok=True)
        (MAPS / f"{article.stem}.svg").write_text(svg, encoding="utf-8")

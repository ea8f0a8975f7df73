"""Diagrams that fit a slide: shape and text size measured on the drawn SVG, folding and
its caption, the legend, and goldens of the folded layouts' DOT."""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from argmap.model import ArgumentMap
from argmap.render import RenderOptions, render
from argmap.render.fold import plan
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .conftest import build_sample_map
from .sizes_fixture import measure, news_map, sixty_node_map

MEDIUM = Path(__file__).parents[2] / "examples" / "four-day-week.md"

MAPS = {
    "small": build_sample_map,
    "medium": lambda: argmap.map_text(argmap.read_article(MEDIUM)),
    "sixty": sixty_node_map,
    "news": news_map,
}


@pytest.fixture(scope="module", params=sorted(MAPS))
def sized(request) -> tuple[str, ArgumentMap]:
    return request.param, MAPS[request.param]()


@pytest.mark.needs_dot
def test_default_picture_fits_a_slide_and_reads(sized) -> None:
    name, amap = sized
    aspect, smallest_px = measure(render(amap, "svg"))
    assert 1.0 <= aspect <= 2.2, f"{name}: aspect {aspect:.2f}"
    assert smallest_px >= 14, f"{name}: smallest text {smallest_px:.1f} px at 1920 wide"


@pytest.mark.needs_dot
def test_four_to_three_fits_too(sized) -> None:
    name, amap = sized
    _, smallest_px = measure(render(amap, "svg", RenderOptions(fit="4:3")))
    assert smallest_px >= 14, name


def test_sixty_node_map_is_folded_and_says_so() -> None:
    amap = sixty_node_map()
    fold = plan(amap)
    assert fold.tabled
    assert all(amap.index.node(i)["kind"] != "source" for i in fold.folded)
    dot = render(amap, "dot")
    assert "24 quotes and 12 claims folded into the points they back" in dot
    assert "18 sources listed below" in dot
    assert "<b>SOURCES</b> (18)" in dot
    assert "shape=ellipse" not in dot  # sources are table rows, not one ellipse each


def test_fold_none_draws_every_node() -> None:
    amap = sixty_node_map()
    dot = render(amap, "dot", RenderOptions(fold="none"))
    assert "folded into" not in dot
    for node in amap.nodes:
        assert f'id="{node["id"]}"' in dot or f"id={node['id']}" in dot


def test_small_maps_are_not_folded(sample_map: ArgumentMap) -> None:
    assert not plan(sample_map).active
    assert "folded into" not in render(sample_map, "dot")


def test_legend_is_small_and_can_be_hidden(sample_map: ArgumentMap) -> None:
    dot = render(sample_map, "dot")
    assert "cluster_legend" not in dot  # no longer a cluster of its own
    assert "labelloc=b" in dot and "labeljust=r" in dot  # the graph's label, bottom right
    hidden = render(sample_map, "dot", RenderOptions(legend=False))
    assert "COUNTER-CLAIM</font></td>" not in hidden
    assert "labelloc" not in hidden  # nothing folded, no view: no label at all


def test_fit_none_is_the_unfitted_layout(sample_map: ArgumentMap) -> None:
    fitted = render(sample_map, "dot")
    wide = render(sample_map, "dot", RenderOptions(fit="none"))
    assert fitted != wide


@pytest.mark.parametrize("name", ["news", "sixty"])
def test_fitted_dot_golden(name: str, update_golden: bool) -> None:
    check_golden(GOLDEN / f"fit-{name}.dot", render(MAPS[name](), "dot"), update_golden)


def test_max_label_clips_every_label(sample_map: ArgumentMap) -> None:
    dot = render(sample_map, "dot", RenderOptions(max_label=30, legend=False))
    tree = render(sample_map, "tree", RenderOptions(max_label=30, width=200))
    thesis = "The council should keep its overnight bus routes"
    assert thesis not in dot.replace("<br/>", " ")
    assert thesis not in tree
    assert "The council should keep its…" in tree

"""Slide builds: one layout for every step (same canvas, no node moves), image formats,
and the Markdown deck."""

from __future__ import annotations

import re

import pytest

import argmap
from argmap.cli import app
from argmap.render import RenderOptions
from argmap.slides import deck_markdown, slide_images
from tests.render.sizes_fixture import news_map

_GROUP = re.compile(r'<g id="([^"]+)" class="node">(.*?)</g>', re.S)
_POINTS = re.compile(r'(?:points|cx|cy|x|y)="([^"]+)"')


def _canvas(svg: str) -> tuple[str, str]:
    return re.search(r'<svg width="([^"]+)" height="([^"]+)"', svg).groups()


def _positions(svg: str) -> dict[str, tuple[str, ...]]:
    """Each drawn node's geometry (polygon points, ellipse centre, text anchors) by id."""
    return {node_id: tuple(_POINTS.findall(body)) for node_id, body in _GROUP.findall(svg)}


@pytest.mark.needs_dot
@pytest.mark.parametrize("fold", ["auto", "none"])
def test_every_slide_has_one_layout(fold: str) -> None:
    amap = news_map()
    slides = slide_images(amap, RenderOptions(fold=fold))
    assert len(slides) == 4
    canvases = {_canvas(svg) for _, svg in slides}
    assert len(canvases) == 1, canvases
    seen: dict[str, tuple[str, ...]] = {}
    counts = []
    for _, svg in slides:
        positions = _positions(svg)
        counts.append(len(positions))
        for node_id, geometry in positions.items():
            assert seen.setdefault(node_id, geometry) == geometry, f"{node_id} moved"
    assert counts == sorted(counts) and counts[0] < counts[-1]  # each step reveals more


@pytest.mark.needs_dot
def test_first_slide_shows_only_the_thesis(short_article: str) -> None:
    amap = argmap.map_text(short_article)
    (_, first), *_ = slide_images(amap, RenderOptions())
    drawn = set(_positions(first))
    thesis = amap.index.thesis
    restated = amap.index.restated_by(thesis["id"])
    assert drawn == {"article", thesis["id"], *(n["id"] for n in restated)}


@pytest.mark.needs_dot
@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_binary_slides(short_article: str, fmt: str, magic: bytes) -> None:
    slides = slide_images(argmap.map_text(short_article), RenderOptions(), fmt)
    assert all(name.endswith(f".{fmt}") and image.startswith(magic) for name, image in slides)


def test_deck_markdown_escapes_and_orders() -> None:
    text = "A *Loud* Title\n\nWe must act now, because <b>costs</b> [rise] quickly.\n"
    amap = argmap.map_text(text)
    deck = deck_markdown(amap, ["01-thesis.svg", "02-claims.svg"])
    assert deck.startswith("---\nmarp: true\n")
    assert "<b>" not in deck and "\\<b\\>" in deck
    assert "\\*Loud\\*" in deck
    assert deck.index("01-thesis.svg") < deck.index("02-claims.svg")
    assert deck.count("\n---\n") == 3  # front matter end, then one per image


@pytest.mark.needs_dot
def test_slides_command_formats_and_deck(runner, tmp_path, short_article: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(short_article, encoding="utf-8")
    out = tmp_path / "deck"
    result = runner.invoke(
        app, ["slides", str(article), "-o", str(out), "-f", "png", "--deck", "markdown"]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert "deck.md" in names
    images = [n for n in names if n.endswith(".png")]
    assert images and images[0].startswith("01-thesis")
    deck = (out / "deck.md").read_text(encoding="utf-8")
    assert all(f"({name})" in deck for name in images)

"""Views for large maps and slides: --depth, --focus, the slide steps, themes."""

from __future__ import annotations

import itertools
import re

import pytest

import argmap
from argmap import views
from argmap.cli import app


@pytest.fixture
def amap(short_article):
    return argmap.map_text(short_article)


def ids(view) -> set[str]:
    return {n["id"] for n in view.nodes}


def test_depth_one_is_the_thesis(amap):
    view = views.limit_depth(amap, 1)
    kinds = {n["kind"] for n in view.nodes}
    assert kinds <= {"article", "thesis", "source"}
    assert all(e["source"] in ids(view) and e["target"] in ids(view) for e in view.edges)


def test_depth_grows_monotonically(amap):
    sizes = [len(views.limit_depth(amap, d).nodes) for d in range(1, 6)]
    assert sizes == sorted(sizes)
    assert sizes[-1] <= len(amap.nodes)


def test_focus_keeps_the_node_and_its_neighbours(amap):
    thesis = next(n["id"] for n in amap.nodes if n["kind"] == "thesis")
    view = views.focus(amap, thesis)
    neighbours = {e["source"] for e in amap.edges if e["target"] == thesis}
    assert thesis in ids(view)
    assert neighbours <= ids(view)


def test_focus_on_an_unknown_node_is_a_user_error(amap):
    with pytest.raises(argmap.ArgmapError, match="no node"):
        views.focus(amap, "claim@999999")


def test_slide_stages_only_add(amap):
    steps = [ids(view) for _, view in views.stages(amap)]
    assert all(a <= b for a, b in itertools.pairwise(steps))
    assert steps[-1] == ids(amap)


@pytest.mark.needs_dot
def test_slides_command_writes_numbered_svgs(runner, tmp_path, short_article):
    article = tmp_path / "a.txt"
    article.write_text(short_article, encoding="utf-8")
    result = runner.invoke(app, ["slides", str(article), "-o", str(tmp_path / "deck")])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "deck").iterdir())
    assert files[0].startswith("01-thesis")
    assert len(files) >= 2
    assert all((tmp_path / "deck" / f).read_text().lstrip().startswith("<") for f in files)


@pytest.mark.parametrize("theme", ["light", "dark", "print"])
def test_themes(amap, theme):
    dot = argmap.render(amap, "dot", argmap.RenderOptions(theme=theme))
    colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", dot)}
    if theme == "print":
        assert all(c[1:3] == c[3:5] == c[5:7] for c in colours), "print must be greyscale"
    if theme == "dark":
        assert 'bgcolor="#1e1f24"' in dot


def test_cli_depth_and_focus(runner, tmp_path, short_article):
    article = tmp_path / "a.txt"
    article.write_text(short_article, encoding="utf-8")
    result = runner.invoke(app, ["map", str(article), "--depth", "1", "-f", "json"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["map", str(article), "--focus", "nope"])
    assert result.exit_code == 1
    assert "no node" in result.stderr

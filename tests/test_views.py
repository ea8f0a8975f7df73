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


def test_focus_on_a_source_says_its_quotes_are_linked_outside_the_view():
    from pathlib import Path

    harbor = Path(__file__).parents[1] / "examples" / "harbor-dredging.txt"
    amap = argmap.map_text(argmap.read_article(harbor))
    source = next(n["id"] for n in amap.nodes if n["kind"] == "source" and "Herrera" in n["name"])
    view = views.focus(amap, source)
    outside = views.outside(view, ids(view))
    assert "claim" in outside.values() or "subthesis" in outside.values()
    dot = argmap.render(view, "dot")
    assert "Linked outside this view: " in dot
    assert "Not linked to the argument" not in dot
    tree = argmap.render(view, "tree")
    assert "Linked outside this view: " in tree
    assert "Not linked to the argument" not in tree


def test_really_unlinked_nodes_stay_not_linked(amap):
    view = views.limit_depth(amap, 99)
    assert views.outside(view, ids(view)) == {}


def test_describe_counts_roles():
    assert views.describe(["claim", "claim", "subthesis"]) == "2 claims, 1 sub-thesis"
    assert views.describe(["person"]) == "1 person"
    assert views.describe(["person", "person"]) == "2 people"


@pytest.mark.needs_dot
def test_cli_fit_fold_legend(runner, tmp_path, short_article):
    article = tmp_path / "a.txt"
    article.write_text(short_article, encoding="utf-8")
    base = ["map", str(article), "-f", "dot"]
    plain = runner.invoke(app, [*base, "--no-legend", "--fold", "none", "--fit", "none"])
    assert plain.exit_code == 0, plain.output
    assert "labelloc" not in plain.stdout
    wide = runner.invoke(app, [*base, "--fit", "4:3"])
    assert wide.exit_code == 0, wide.output
    assert "labelloc=b" in wide.stdout
    bad = runner.invoke(app, [*base, "--fit", "3:1"])
    assert bad.exit_code == 2

"""DOT source: golden, escaping of article text, legend, direction, determinism."""

from __future__ import annotations

import subprocess

import pytest

from argmap.model import ArgumentMap
from argmap.render import RenderOptions, render
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .conftest import build_sample_map


def _svg(dot_source: str) -> str:
    done = subprocess.run(
        ["dot", "-Tsvg"], input=dot_source.encode(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    assert not done.stderr, done.stderr.decode()  # no syntax warnings either
    return done.stdout.decode()


def test_dot_golden(sample_map: ArgumentMap, update_golden: bool) -> None:
    check_golden(GOLDEN / "small.dot", render(sample_map, "dot"), update_golden)


def test_deterministic() -> None:
    assert render(build_sample_map(), "dot") == render(build_sample_map(), "dot")


WIDE = RenderOptions(fit="none")  # lines of 34 characters, as these expectations are written


def test_payload_is_escaped(sample_map: ArgumentMap, payload: str) -> None:
    out = render(sample_map, "dot", WIDE)
    assert payload not in out
    assert "<b>cuts" not in out
    assert "&quot;no&quot; to &lt;b&gt;cuts&lt;/b&gt; {now}" in out
    assert "\\\\N &amp; forever" in out  # backslash doubled: Graphviz expands \N in labels


@pytest.mark.needs_dot
def test_graphviz_accepts_it_and_draws_the_text_verbatim(sample_map: ArgumentMap) -> None:
    svg = _svg(render(sample_map, "dot", WIDE))
    # SVG escapes XML itself; the label text comes out exactly as the article has it
    assert "“Say &quot;no&quot; to &lt;b&gt;cuts&lt;/b&gt; {now}" in svg
    assert "[bold]today[/bold] \\N &amp; forever”" in svg


@pytest.mark.needs_dot
@pytest.mark.parametrize(
    "text",
    ['a"b', "x\\", "\\", "<b>", "<<x>>", "a\nb\rc\x00d\x1b", "}{|] ;--", "&#x41; &amp"],
)
def test_any_text_is_safe(sample_map: ArgumentMap, text: str) -> None:
    nodes = [dict(n) for n in sample_map.nodes]
    for node in nodes:
        for key in ("text", "name", "role", "affiliation", "title"):
            if node.get(key):
                node[key] = text
    attrs = {**sample_map.graph_attrs, "dek": text, "sections": [{"heading": text}] * 3}
    amap = ArgumentMap(
        sample_map.text, sample_map.document, sample_map.findings, attrs, nodes, sample_map.edges
    )
    _svg(render(amap, "dot"))


def test_kinds_are_distinct(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "dot")
    lines = {
        ln.split(" ", 1)[0].strip().strip('"'): ln for ln in out.splitlines() if "->" not in ln
    }
    assert "peripheries=2" in lines["thesis@108"]
    assert "dashed" in lines["claim@645"]  # the counter-claim
    assert "dashed" not in lines["claim@299"]
    assert "shape=note" in lines["quote@360"]
    assert "shape=ellipse" in lines["source%3Aluis-fernandes"]
    assert "dotted" in lines["source%3Aunnamed-driver"]
    assert "shape=tab" in lines["source%3A2023-comptrollers-audit"]
    assert "shape=box3d" in lines["source%3Ametro-transit-authority"]
    # node ids with ":" are encoded, or DOT would read "source:name" as node "source", port "name"
    assert '-> "source%3Aluis-fernandes"' in out
    assert "label=attacks" in out


def test_legend_present(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "dot")
    for kind in ("THESIS", "SUB-THESIS", "CLAIM", "COUNTER-CLAIM", "QUOTE", "REPORTED", "PERSON",
                 "ORGANIZATION", "DOCUMENT", "ANONYMOUS"):  # fmt: skip
        assert f">{kind}</font></td>" in out
    for relation in ("supports", "attacks", "attributed to"):
        assert f" {relation}</font>" in out


@pytest.mark.parametrize("rankdir", ["TB", "LR", "BT", "RL"])
def test_rankdir(sample_map: ArgumentMap, rankdir: str) -> None:
    assert f"rankdir={rankdir}" in render(sample_map, "dot", RenderOptions(rankdir=rankdir))


def test_labels_wrapped_and_clipped(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "dot", RenderOptions(max_label=40, fit="none"))
    assert "The council should keep its<br/>overnight…</b>" in out

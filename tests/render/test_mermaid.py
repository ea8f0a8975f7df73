"""Mermaid: golden output, a grammar-level check of every line, and Mermaid's own parser."""

from __future__ import annotations

import html
import re

import pytest

from argmap.render import RENDERERS, RenderOptions, render
from argmap.render.mermaid import escape
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .exports_fixture import PAYLOAD, exports_map, run_node

_NODE = re.compile(
    r'  (?P<id>[A-Za-z0-9_]+)(?P<open>\[/|\{\{|\[\[|\(\[|\[|\(|>)"(?P<label>[^"]*)"'
    r"(?P<close>\\\]|/\]|\}\}|\]\]|\]\)|\]|\))"
)
_EDGE = re.compile(
    r"  (?P<a>[A-Za-z0-9_]+) (?P<link>-->|--x\|attacks\||==>\|restates\||-\.->|---)"
    r" (?P<b>[A-Za-z0-9_]+)"
)
_CLASSDEF = re.compile(r"  classDef [a-z]+ [a-z-]+:[^\s,]+(,[a-z-]+:[^,]+)*")
_CLASS = re.compile(r"  class (?P<ids>[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*) [a-z]+")
_MARKUP = re.compile(r"</?(?:b|small)>|<br/?>")
"""The only HTML the renderer itself puts in a label (Mermaid reads ``<br/>`` as ``<br>``)."""
_CODE = re.compile(r"#(quot|\d+);")
_PLACEHOLDER = re.compile(r"ﬂ°°?(\w+)¶ß")
"""How Mermaid's parser holds an entity code (``#60;``) until it draws the label."""


def _entity(name: str) -> str:
    return f"&#{name};" if name.isdigit() else f"&{name};"


def _text(label: str, codes: re.Pattern[str] = _CODE) -> str:
    """What a label shows: the renderer's markup dropped, entity codes decoded."""
    return html.unescape(codes.sub(lambda m: _entity(m[1]), _MARKUP.sub(" ", label)))


def _parse(source: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Labels by id and edges, checking each line against the forms Mermaid accepts."""
    lines = source.splitlines()
    assert re.fullmatch(r"flowchart (TB|BT|LR|RL)", lines[0])
    labels: dict[str, str] = {}
    edges = []
    for line in lines[1:]:
        if m := _NODE.fullmatch(line):
            assert m["id"] not in labels, f"{m['id']} declared twice"
            raw = _MARKUP.sub("", m["label"])
            assert not re.search(r"[\"<>&\[\]{}()|`\\]", raw), f"raw special in {line!r}"
            labels[m["id"]] = _text(m["label"])
        elif m := _EDGE.fullmatch(line):
            assert m["a"] in labels and m["b"] in labels, f"undeclared end in {line!r}"
            edges.append((m["a"], m["link"], m["b"]))
        elif m := _CLASS.fullmatch(line):
            assert set(m["ids"].split(",")) <= set(labels)
        else:
            assert _CLASSDEF.fullmatch(line), f"not a Mermaid line: {line!r}"
    return labels, edges


def test_registered():
    assert RENDERERS["mermaid"].extensions == (".mmd", ".mermaid")


def test_golden(update_golden):
    check_golden(GOLDEN / "exports.mermaid", render(exports_map(), "mermaid"), update_golden)


def test_every_line_is_mermaid_and_every_node_and_edge_is_there():
    amap = exports_map()
    labels, edges = _parse(render(amap, "mermaid"))
    assert len(labels) == len(amap.nodes)
    assert len(edges) == len(amap.edges)
    assert sum(link == "--x|attacks|" for _, link, _ in edges) == 1
    assert sum(link == "-.->" for _, link, _ in edges) == 3


def test_a_map_from_the_pipeline_parses(short_article):
    from argmap.pipeline import map_text

    amap = map_text(short_article)
    labels, edges = _parse(render(amap, "mermaid"))
    assert (len(labels), len(edges)) == (len(amap.nodes), len(amap.edges))


def test_hostile_quote_is_shown_exactly_and_breaks_nothing():
    labels, _ = _parse(render(exports_map(), "mermaid", RenderOptions(max_label=500)))
    shown = [" ".join(text.split()) for text in labels.values()]
    assert any(PAYLOAD in text for text in shown)


@pytest.mark.parametrize(
    "text", ['He said "A < B" [sic] | {x} #1', "a `tick` & (paren) \\ #60; end", "%%{init: {}}%%"]
)
def test_escape_leaves_no_mermaid_syntax(text):
    escaped = escape(text)
    assert not re.search(r"[\"<>&\[\]{}()|`\\]", escaped)
    assert _text(escaped) == text


@pytest.mark.parametrize(("rankdir", "direction"), [("TB", "BT"), ("LR", "RL"), ("BT", "TB")])
def test_direction_puts_the_thesis_where_rankdir_says(rankdir, direction):
    source = render(exports_map(), "mermaid", RenderOptions(rankdir=rankdir))
    assert source.splitlines()[0] == f"flowchart {direction}"


def test_labels_wrap_and_clip():
    source = render(exports_map(), "mermaid", RenderOptions(max_label=40))
    labels, _ = _parse(source)
    for line in source.splitlines()[1:]:
        if m := _NODE.fullmatch(line):
            body = m["label"].split("<br/>")
            assert all(len(_text(part)) <= 60 for part in body)
    assert any(text.endswith("…") for text in labels.values())


MERMAID = """
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
const source = readFileSync(0, "utf8");
await mermaid.parse(source);
const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
const vertices = diagram.db.getVertices();
const labels = {};
for (const [id, v] of vertices instanceof Map ? vertices : Object.entries(vertices)) labels[id] = v.text;
const edges = diagram.db.getEdges().map((e) => [e.start, e.end, e.type, e.stroke]);
console.log(JSON.stringify({ labels, edges }));
"""


def test_mermaid_itself_parses_it():
    amap = exports_map()
    found = run_node(MERMAID, render(amap, "mermaid"), ("mermaid", "jsdom"))
    assert len(found["labels"]) == len(amap.nodes)
    assert len(found["edges"]) == len(amap.edges)
    # Mermaid keeps entity codes as placeholders until it draws: decode them as it would.
    shown = [" ".join(_text(t, _PLACEHOLDER).split()) for t in found["labels"].values()]
    assert any(PAYLOAD in text for text in shown)
    assert ["claim_305", "claim_223", "arrow_cross", "normal"] in found["edges"]

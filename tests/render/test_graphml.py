"""GraphML: golden output, and networkx reads back the same graph."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import networkx as nx

from argmap.render import RenderOptions, render
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .exports_fixture import PAYLOAD, exports_map


def _read(text: str) -> nx.DiGraph:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")))


def test_golden(update_golden):
    check_golden(GOLDEN / "exports.graphml", render(exports_map(), "graphml"), update_golden)


def test_networkx_reads_back_the_same_graph():
    amap = exports_map()
    graph = _read(render(amap, "graphml"))
    assert graph.is_directed()
    assert graph.number_of_nodes() == len(amap.nodes)
    assert graph.number_of_edges() == len(amap.edges)
    assert {(u, v, d["relation"]) for u, v, d in graph.edges(data=True)} == {
        (e["source"], e["target"], e["relation"]) for e in amap.edges
    }
    assert graph.graph["schema"] == "argmap/1"
    assert json.loads(graph.graph["sections"]) == amap.graph_attrs["sections"]
    for node in amap.nodes:
        data = graph.nodes[node["id"]]
        for key, value in node.items():
            if key == "id":
                continue
            if value is None:
                assert key not in data, (node["id"], key)
            elif isinstance(value, list):
                assert json.loads(data[key]) == value
            else:
                assert data[key] == value, (node["id"], key)
        assert data["label"]


def test_labels_are_clipped_but_text_is_whole():
    graph = _read(render(exports_map(), "graphml", RenderOptions(max_label=30)))
    quote = next(d for _, d in graph.nodes(data=True) if PAYLOAD in d.get("text", ""))
    assert len(quote["label"]) <= 30 and quote["label"].endswith("…")


def test_control_characters_cannot_break_the_xml():
    amap = exports_map()
    nodes = [dict(n) for n in amap.nodes]
    nodes[1]["text"] = "bell\x07 and form feed\x0c"
    graph = _read(render(replace(amap, nodes=nodes), "graphml"))
    text = graph.nodes[nodes[1]["id"]]["text"]
    assert text == "bell\ufffd and form feed\ufffd" and len(text) == len(nodes[1]["text"])

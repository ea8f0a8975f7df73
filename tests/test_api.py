"""The Python API and the argmap/1 JSON contract."""

from __future__ import annotations

import json

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import argmap
from argmap.model import NodeKind, Relation

KINDS = {k.value for k in NodeKind}
RELATIONS = {r.value for r in Relation}
SOURCE_TYPES = {"person", "organization", "document", "anonymous"}


def check_contract(text: str, data: dict) -> None:
    assert data["graph"]["schema"] == "argmap/1"
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    for node in data["nodes"]:
        assert node["kind"] in KINDS
        if "span" in node:
            start, end = node["span"]
            assert 0 <= start <= end <= len(text)
            assert text[start:end] == node["text"]
        if node["kind"] in ("thesis", "claim", "quote"):
            assert "span" in node
        if node["kind"] == "source":
            assert node["source_type"] in SOURCE_TYPES
            assert node["name"]
            for start, end in node["mentions"]:
                assert 0 <= start < end <= len(text)
    for edge in data["edges"]:
        assert edge["relation"] in RELATIONS
        assert edge["source"] in ids and edge["target"] in ids


def test_map_text_round_trips_through_networkx(short_article):
    amap = argmap.map_text(short_article)
    data = json.loads(amap.to_json())
    check_contract(short_article, data)
    graph = nx.node_link_graph(data, edges="edges")
    assert isinstance(graph, nx.DiGraph)
    assert graph.number_of_nodes() == len(data["nodes"])
    assert nx.node_link_data(graph, edges="edges")["nodes"] == data["nodes"]
    assert amap.graph.number_of_edges() == len(data["edges"])


def test_same_input_same_ids(short_article):
    first = argmap.map_text(short_article).to_json()
    assert argmap.map_text(short_article).to_json() == first


def test_render_every_registered_text_format(short_article):
    amap = argmap.map_text(short_article)
    for name in ("tree", "json", "dot"):
        assert isinstance(argmap.render(amap, name), str)


def test_unknown_format_raises_argmap_error(short_article):
    amap = argmap.map_text(short_article)
    try:
        argmap.render(amap, "yaml")
    except argmap.UnknownFormatError as err:
        assert "yaml" in str(err)
    else:
        raise AssertionError("no error for an unknown format")


def test_source_rows(short_article):
    rows = argmap.source_rows(argmap.map_text(short_article))
    assert all(set(row) >= {"name", "source_type", "role", "affiliation", "quotes"} for row in rows)


ARTICLE_ALPHABET = [*"abcXYZ .,;:!?\n\n“”‘’\"'—-()#*", "said", " He ", "according to "]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ARTICLE_ALPHABET), max_size=120).map("".join))
def test_any_text_maps_to_a_valid_graph(text):
    check_contract(text, argmap.map_text(text).node_link_data())

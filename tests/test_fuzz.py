"""Any article-like text maps without error to a valid graph that every text format renders.

The default run tries a couple of hundred texts; ``pytest -m fuzz`` tries 10,000.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import argmap
from argmap.render import RENDERERS

from .test_api import check_contract

TEXT_FORMATS = [name for name, r in RENDERERS.items() if not r.binary and r.name != "svg"]
"""Formats that need no Graphviz binary (svg, png and pdf pipe through ``dot``)."""

_WORDS = ["the", "council", "budget", "is", "wrong", "because", "riders", "night", "bus", "cuts"]
_NAMES = ["Dana Okafor", "Luis Fernandes", "Ann Lee", "the Metro Transit Authority", "officials"]
_TITLES = ["Dr.", "Mr.", "Mrs.", "Prof.", "Sen.", "Gov.", "Rep.", "St.", "J. K."]
_CUES = ["said", "says", "argued", "told reporters", "according to", "added", "wrote", "claimed"]
_MARKS = [*"\"“”‘’'«»„‹›「」", "''", "``", "'''"]
_PUNCT = [*".,;:!?…—–-()[]*_#>|/\\", "...", "?!", " -- "]
_BREAKS = ["\n", "\n\n", "\r\n", "\n\n\n", "  \n", "\t"]
_HEADINGS = ["# ", "## ", "### ", "#### ", "\n===\n", "\n---\n", "- ", "* ", "1. ", "> "]
_CONNECTIVES = ["But", "However,", "Therefore", "because", "so", "Critics say", "Yet", "In fact,"]

_TOKEN = st.one_of(
    st.sampled_from(_WORDS).map(lambda w: w + " "),
    st.sampled_from(_WORDS).map(lambda w: w.capitalize() + " "),
    st.builds(lambda t, n: f"{t} {n} ", st.sampled_from(_TITLES), st.sampled_from(_NAMES)),
    st.sampled_from(_CUES).map(lambda c: f" {c} "),
    st.sampled_from(_MARKS),
    st.sampled_from(_PUNCT),
    st.sampled_from(_BREAKS),
    st.sampled_from(_HEADINGS),
    st.sampled_from(_CONNECTIVES).map(lambda c: f" {c} "),
    st.text(min_size=1, max_size=3),  # anything at all: control, combining, astral, RTL
)
ARTICLES = st.lists(_TOKEN, max_size=150).map("".join)


def check_everything(text: str) -> None:
    """The map of ``text`` keeps the JSON contract and renders in every text format."""
    amap = argmap.map_text(text)
    data = json.loads(amap.to_json())
    check_contract(text, data)
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.number_of_nodes() == len(data["nodes"])
    for name in TEXT_FORMATS:
        out = argmap.render(amap, name)
        assert isinstance(out, str)
    for name in ("json", "aif"):
        json.loads(argmap.render(amap, name))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_any_article_like_text(text: str) -> None:
    check_everything(text)


@pytest.mark.fuzz
@settings(
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(ARTICLES)
def test_any_article_like_text_fuzz(text: str) -> None:
    check_everything(text)

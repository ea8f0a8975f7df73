"""AIF JSON: golden output and the structure AIF requires of a valid argument graph."""

from __future__ import annotations

import json
from collections import Counter

from argmap.render import render
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .exports_fixture import PAYLOAD, exports_map


def _aif() -> dict:
    return json.loads(render(exports_map(), "aif"))


def test_golden(update_golden):
    check_golden(GOLDEN / "exports.aif.json", render(exports_map(), "aif"), update_golden)


def test_structure_is_valid_aif():
    aif = _aif()
    nodes = {n["nodeID"]: n for n in aif["nodes"]}
    assert len(nodes) == len(aif["nodes"]), "node ids repeat"
    assert len({e["edgeID"] for e in aif["edges"]}) == len(aif["edges"]), "edge ids repeat"
    into, out = Counter(), Counter()
    for edge in aif["edges"]:
        assert edge["fromID"] in nodes and edge["toID"] in nodes, edge
        out[edge["fromID"]] += 1
        into[edge["toID"]] += 1
    kinds = {n["nodeID"]: n["type"] for n in aif["nodes"]}
    for node in aif["nodes"]:
        node_id, kind = node["nodeID"], node["type"]
        assert kind in {"I", "RA", "CA", "L", "YA"}
        sources = [kinds[e["fromID"]] for e in aif["edges"] if e["toID"] == node_id]
        targets = [kinds[e["toID"]] for e in aif["edges"] if e["fromID"] == node_id]
        if kind in ("RA", "CA"):  # a scheme node links propositions: I -> RA/CA -> I
            assert sources == ["I"] and targets == ["I"], node
        if kind == "YA":  # an illocution anchors a locution in a proposition: L -> YA -> I
            assert sources == ["L"] and targets == ["I"], node
        if kind == "L":
            assert sources == [] and targets == ["YA"], node
        if kind == "I":  # propositions never link to each other directly
            assert set(sources) <= {"RA", "CA", "YA"} and set(targets) <= {"RA", "CA"}
    participants = {p["participantID"] for p in aif["participants"]}
    locutions = {loc["nodeID"]: loc["personID"] for loc in aif["locutions"]}
    assert set(locutions) == {n for n, k in kinds.items() if k == "L"}
    assert set(locutions.values()) <= participants


def test_one_scheme_node_per_support_and_attack():
    amap, aif = exports_map(), _aif()
    types = Counter(n["type"] for n in aif["nodes"])
    relations = Counter(e["relation"] for e in amap.edges)
    assert types["RA"] == relations["supports"]
    assert types["CA"] == relations["attacks"]
    assert types["I"] == sum(n["kind"] in ("thesis", "claim", "quote") for n in amap.nodes)


def test_speakers_are_participants_and_unattributed_quotes_have_no_locution():
    aif = _aif()
    names = {(p["firstname"], p["surname"]) for p in aif["participants"]}
    assert names == {
        ("Dana", "Okafor"),
        ("2023 audit by the city comptroller", ""),
        ("a driver who asked not to be named", ""),
    }
    texts = [n["text"] for n in aif["nodes"] if n["type"] == "L"]
    assert len(texts) == 3 and not any("luxury" in t for t in texts)
    assert "Dana Okafor : We cannot justify half-empty buses" in texts
    forces = Counter(n["text"] for n in aif["nodes"] if n["type"] == "YA")
    assert forces == {"Quoting": 2, "Asserting": 1}


def test_text_is_carried_as_data():
    assert any(n["text"] == PAYLOAD for n in _aif()["nodes"] if n["type"] == "I")

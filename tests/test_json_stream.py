"""The indented JSON writer: the same bytes as ``json.dumps``, written in pieces, atomically."""

from __future__ import annotations

import enum
import json
import math
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import argmap
from argmap.errors import ArgmapError
from argmap.json_stream import encode, iter_indented
from argmap.output import write_output_pieces
from argmap.render import render, render_pieces
from argmap.safe_text import escape_c1_json

from .conftest import SHORT_ARTICLE


class Kind(str, enum.Enum):
    QUOTE = "quote\x9b"


class Level(enum.IntEnum):
    TOP = 3


def stdlib(value: object, indent: int | str = 2) -> str:
    return escape_c1_json(json.dumps(value, indent=indent, ensure_ascii=False))


SCALARS = (
    st.text()
    | st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([Kind.QUOTE, Level.TOP, -0.0, 0.986, [19, 39]])
)
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.sampled_from([1.5, Kind.QUOTE])
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(), VALUES, max_size=5), st.sampled_from([2, 0, 4, "\t"]))
def test_same_text_as_json_dumps(value: dict, indent: int | str) -> None:
    assert "".join(iter_indented(value, indent)) == stdlib(value, indent)
    step = " " * indent if isinstance(indent, int) else indent
    assert escape_c1_json(encode(value, step)) == stdlib(value, indent)


def test_pieces_are_bounded_and_join_to_the_whole() -> None:
    nodes = [
        {"id": f"claim@{i}", "span": [i, i + 1], "text": "x\x85", "ok": True} for i in range(1000)
    ]
    value = {"directed": True, "nodes": nodes, "edges": [], "graph": {"nan": math.nan}}
    pieces = list(iter_indented(value))
    assert "".join(pieces) == stdlib(value)
    assert max(len(p) for p in pieces) < len(stdlib(value)) / 3
    assert "\\u0085" in pieces[1]


def test_unencodable_value_fails_as_json_does() -> None:
    with pytest.raises(TypeError):
        "".join(iter_indented({"nodes": [{"x": object()}]}))
    with pytest.raises(TypeError):
        "".join(iter_indented({"nodes": [{(1, 2): 1}]}))


def test_map_json_is_node_link_data_dumped() -> None:
    amap = argmap.map_text(SHORT_ARTICLE)
    want = stdlib(amap.node_link_data())
    assert amap.to_json() == want
    assert "".join(amap.iter_json()) == want
    assert amap.to_json(indent=None) == escape_c1_json(
        json.dumps(amap.node_link_data(), ensure_ascii=False)
    )
    assert render(amap, "json") == want + "\n"
    assert "".join(render_pieces(amap, "json")) == want + "\n"
    assert list(render_pieces(amap, "markdown")) == [render(amap, "markdown")]


def test_streamed_file_is_replaced_atomically(tmp_path: Path) -> None:
    target = tmp_path / "map.json"
    target.write_text("old", encoding="utf-8")

    def failing():
        yield "{\n"
        raise OSError(28, "No space left on device")

    with pytest.raises(ArgmapError, match="cannot write"):
        write_output_pieces(failing(), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["map.json"]

    write_output_pieces(["{", b"\n", "“}”"], target)
    assert target.read_text(encoding="utf-8") == "{\n“}”"
    assert os.listdir(tmp_path) == ["map.json"]

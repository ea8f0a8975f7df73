"""argmap/1 JSON: node-link data, loadable with ``nx.node_link_graph(d, edges="edges")``."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import ArgumentMap
from . import RenderOptions


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    return "".join(stream(amap, options))


def stream(amap: ArgumentMap, options: RenderOptions) -> Iterator[str]:
    """:func:`render`'s text in pieces (a few hundred nodes each): written as they come, a
    large map's JSON is never held whole."""
    yield from amap.iter_json(2)
    yield "\n"

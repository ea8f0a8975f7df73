"""argmap/1 JSON: node-link data, loadable with ``nx.node_link_graph(d, edges="edges")``."""

from __future__ import annotations

import json

from ..model import ArgumentMap
from . import RenderOptions


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    return json.dumps(amap.node_link_data(), indent=2, ensure_ascii=False) + "\n"

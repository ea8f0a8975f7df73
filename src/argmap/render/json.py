"""argmap/1 JSON: node-link data, loadable with ``nx.node_link_graph(d, edges="edges")``."""

from __future__ import annotations

import json

from ..model import ArgumentMap
from ..safe_text import escape_c1_json
from . import RenderOptions


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    return escape_c1_json(json.dumps(amap.node_link_data(), indent=2, ensure_ascii=False)) + "\n"

"""argmap/1 JSON: node-link data, loadable with ``nx.node_link_graph(d, edges="edges")``."""

from __future__ import annotations

import io
import json

from ..model import ArgumentMap
from ..safe_text import escape_c1_json
from . import RenderOptions


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    # json.dump into a StringIO, not json.dumps: with indent, dumps joins millions of small
    # pieces at once (about six times the output's size at peak on a 4 MB article).
    buffer = io.StringIO()
    json.dump(amap.node_link_data(), buffer, indent=2, ensure_ascii=False)
    buffer.write("\n")
    return escape_c1_json(buffer.getvalue())

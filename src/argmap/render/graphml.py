"""GraphML for yEd, Gephi and other graph tools, written by networkx.

GraphML attributes are scalars, so lists (spans, mentions, sections) are written as JSON
text and null attributes are left out: an absent attribute reads back as unknown. Each
node also gets a ``label`` (the text, title or name, clipped), which Gephi shows as the
node's name. XML 1.0 cannot hold most C0 control characters nor noncharacters: they become
U+FFFD, one for one, so span offsets into ``text`` still hold. C1 controls are legal XML but
a terminal obeys them (U+009B is CSI): they are written as character references (``&#x9b;``),
which read back as the same character.

The writer is networkx's ElementTree one (``write_graphml_xml``), not ``write_graphml``,
which picks the lxml writer when lxml happens to be installed: the output, and so the
golden file, would otherwise depend on the machine.
"""

from __future__ import annotations

import io
import json
import re

from ..model import ArgumentMap, NodeKind
from ..safe_text import no_noncharacters
from . import RenderOptions
from .text import clip, unquote

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_C1 = re.compile("[\x80-\x9f]")


def _scalar(value: object) -> str | int | float | bool:
    """A GraphML-writable value: strings cleaned for XML, lists and dicts as JSON text."""
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return no_noncharacters(_NOT_XML.sub("\ufffd", value))
    return value  # type: ignore[return-value]


def _attrs(data: dict) -> dict:
    return {key: _scalar(value) for key, value in data.items() if value is not None}


def _label(node: dict, limit: int) -> str:
    kind = node.get("kind")
    if kind == NodeKind.SOURCE.value:
        return clip(node.get("name"), limit)
    if kind == NodeKind.ARTICLE.value:
        return clip(node.get("title") or "Untitled article", limit)
    if kind == NodeKind.QUOTE.value:
        return clip(unquote(node.get("text")), limit)
    return clip(node.get("text"), limit)


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """GraphML (UTF-8 XML) for ``amap``."""
    import networkx as nx

    limit = options.label_limit
    graph = amap.graph  # a new DiGraph each time: ours to change
    graph.graph = _attrs(graph.graph)
    for _, data in graph.nodes(data=True):
        cleaned = _attrs({"label": _label(data, limit), **data})
        data.clear()
        data.update(cleaned)
    for _, _, data in graph.edges(data=True):
        cleaned = _attrs(data)
        data.clear()
        data.update(cleaned)
    buffer = io.BytesIO()
    nx.write_graphml_xml(graph, buffer, encoding="utf-8")
    return _C1.sub(lambda m: f"&#x{ord(m.group()):x};", buffer.getvalue().decode("utf-8"))

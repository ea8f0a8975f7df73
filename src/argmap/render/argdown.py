"""Argdown: the map as text for the Argdown editor and its argument-map views.

Each proposition is a statement titled with its map id (``[claim@934]: ...``), so titles
are unique and lead back to the JSON. Premises are listed under what they back, ``+`` for
support and ``-`` for attack, each indented one level deeper. The article's sections are
headings, so Argdown groups each section's statements; a premise from another section is
written there in full and referenced (``[title]`` alone) where it backs a point, and so is
any statement the second time it appears. Quotes carry a ``#quote`` or ``#reported`` tag
and their speaker as a ``#(name)`` tag, which Argdown can colour by.

Article text is escaped with backslashes wherever Argdown would read structure into it:
references, links, tags, mentions, emphasis, comments, data, shortcodes.
"""

from __future__ import annotations

import re

from ..model import ArgumentMap, NodeKind
from . import RenderOptions
from .outline import Entry, conclusions, section_heading, speakers, statements, walk
from .text import one_line, unquote

INDENT = "  "
_ALWAYS = re.compile(r"[\\\[\]<>{}@#*_]")
"""Characters escaped wherever they appear: Argdown reads structure into each of them."""
_BEFORE_TEXT = re.compile(r"[.:](?=\S)|-(?=-)|/(?=[/*])")
"""Marks that open something only before another character: ``.x.`` and ``:x:`` are
shortcodes, ``--`` ends an inference, ``//`` and ``/*`` start comments."""
_RELATIONS = {"supports": "+", "attacks": "-"}


def escape(text: str | None) -> str:
    """``text`` on one line, read by Argdown as plain words."""
    flat = _ALWAYS.sub(lambda m: "\\" + m[0], one_line(text))
    return _BEFORE_TEXT.sub(lambda m: "\\" + m[0], flat)


def _tag(name: str) -> str:
    """A ``#(...)`` tag for ``name``: Argdown ends it at the first ``)``."""
    cleaned = one_line(name).replace("(", "").replace(")", "").strip()
    return f"#({cleaned})" if cleaned else ""


def _statement(node: dict, said_by: dict[str, list[dict]]) -> str:
    """``[id]: text #tags`` for a thesis, claim or quote."""
    tags: list[str] = []
    if node["kind"] == NodeKind.QUOTE.value:
        direct = node.get("direct", True)
        words = escape(unquote(node.get("text")))
        text = f"“{words}”" if direct else words
        tags.append("#quote" if direct else "#reported")
        tags.extend(_tag(s.get("name") or "") for s in said_by.get(node["id"], ()))
    else:
        text = escape(node.get("text"))
        if node.get("role") in ("thesis", "subthesis"):
            tags.append(f"#{node['role']}")
    return " ".join([f"[{node['id']}]: {text}", *(t for t in tags if t)])


def _section(node: dict) -> int | None:
    """The section a statement belongs to: its own for theses and claims, none for quotes."""
    if node["kind"] == NodeKind.QUOTE.value:
        return None
    return node.get("section") or 0


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """Argdown source for ``amap``."""
    said_by = speakers(amap)
    concluding = conclusions(amap)
    by_id = {n["id"]: n for n in amap.nodes}
    seen: set[str] = set()

    def section_roots(index: int) -> list[dict]:
        """Statements of section ``index`` that back nothing else in that section."""
        return [
            n
            for n in statements(amap)
            if _section(n) == index
            and not any(
                _section(by_id[t]) == index for t in concluding.get(n["id"], ()) if t in by_id
            )
        ]

    def block(tops: list[dict], index: int | None) -> list[str]:
        def elsewhere(node: dict) -> bool:
            return index is not None and _section(node) not in (None, index)

        lines: list[str] = []
        for entry in walk(amap, tops, seen=seen, defer=elsewhere):
            if entry.depth == 0 and not entry.expand:
                continue  # a top shown in full already: nothing to add
            if entry.depth == 0 and lines:
                lines.append("")  # Argdown needs an empty line between top-level statements
            lines.append(_line(entry, said_by))
        return lines

    out: list[str] = []
    if amap.title:
        out += [f"# {escape(amap.title)}", ""]
    sections = amap.graph_attrs.get("sections") or [{"index": 0}]
    for section in sections:
        index = section.get("index", 0)
        lines = block(section_roots(index), index)
        if not lines:
            continue
        heading = section_heading(amap, index)
        if heading or index:
            out += [f"## {escape(heading) or f'Section {index}'}", ""]
        out += [*lines, ""]
    rest = [n for n in statements(amap) if n["id"] not in seen]
    if rest:
        out += ["## Not linked to the thesis", ""]
        out += [*block(rest, None), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _line(entry: Entry, said_by: dict[str, list[dict]]) -> str:
    """One outline entry: the statement (or a reference to it), under its relation sign."""
    node = entry.node
    body = _statement(node, said_by) if entry.expand else f"[{node['id']}]"
    if entry.depth == 0:
        return body
    return f"{INDENT * entry.depth}{_RELATIONS.get(entry.relation or '', '+')} {body}"

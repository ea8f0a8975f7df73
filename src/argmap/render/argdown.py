"""Argdown: the map as text for the Argdown editor and its argument-map views.

Each proposition is a statement titled with its map id (``[claim@934]: ...``), so titles
are unique and lead back to the JSON. Premises are listed under what they back, ``+`` for
support and ``-`` for attack, each indented one level deeper. The article's sections are
headings, so Argdown groups each section's statements; a premise from another section is
written there in full and referenced (``[title]`` alone) where it backs a point, and so is
any statement the second time it appears. Quotes carry a ``#quote`` or ``#reported`` tag
and their speaker as a ``#(name)`` tag, which Argdown can colour by; counter-claims and
rebuttals are tagged as such, and the conclusion's restatement of the thesis is written
as another member of the thesis's equivalence class (the thesis's title again), so Argdown
draws one thesis.

Article text is escaped with backslashes wherever Argdown would read structure into it:
references, links, tags, mentions, emphasis, comments, data, shortcodes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import INFERENCES, ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .text import one_line, unquote

if TYPE_CHECKING:
    from ..index import Entry, MapIndex

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


def _statement(node: dict, index: MapIndex) -> str:
    """``[id]: text #tags`` for a thesis, claim or quote."""
    tags: list[str] = []
    role = index.role(node)
    if node["kind"] == NodeKind.QUOTE.value:
        words = escape(unquote(node.get("text")))
        text = f"“{words}”" if role == "quote" else words
        tags.append(f"#{role}")
        tags.extend(_tag(s.get("name") or "") for s in index.speakers(node["id"]))
    else:
        text = escape(node.get("text"))
        if role in ("thesis", "subthesis", "restatement", "counter", "rebuttal"):
            tags.append(f"#{role}")
    return " ".join([f"[{node['id']}]: {text}", *(t for t in tags if t)])


def _section(node: dict) -> int | None:
    """The section a statement belongs to: its own for theses and claims, none for quotes."""
    if node["kind"] == NodeKind.QUOTE.value:
        return None
    return node.get("section") or 0


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """Argdown source for ``amap``."""
    index = amap.index
    seen: set[str] = set()

    def section_roots(section: int) -> list[dict]:
        """Statements of ``section`` that back nothing else in it (a restatement is written
        under its thesis)."""
        return [
            n
            for n in index.statements()
            if _section(n) == section
            and n["id"] not in index.restatements
            and not any(_section(t) == section for t, _ in index.above(n["id"], INFERENCES))
        ]

    def block(tops: list[dict], section: int | None) -> list[str]:
        def elsewhere(node: dict) -> bool:
            return (
                section is not None
                and _section(node) not in (None, section)
                and node["id"] not in index.restatements
            )

        lines: list[str] = []
        restated_at = None  # depth of the restatement whose statements follow, written at 0
        for entry in index.walk(tops, seen=seen, defer=elsewhere):
            if entry.depth == 0 and not entry.expand:
                continue  # a top shown in full already: nothing to add
            if restated_at is not None and entry.depth <= restated_at:
                restated_at = None
            restatement = entry.relation == Relation.RESTATES.value and entry.expand
            if restatement:
                restated_at = entry.depth
            elif restated_at is not None:
                entry = replace(entry, depth=entry.depth - restated_at)
            if (entry.depth == 0 or restatement) and lines:
                lines.append("")  # Argdown needs an empty line between top-level statements
            lines.append(_line(entry, index))
        return lines

    out: list[str] = []
    if amap.title:
        out += [f"# {escape(amap.title)}", ""]
    sections = amap.graph_attrs.get("sections") or [{"index": 0}]
    for section in sections:
        number = section.get("index", 0)
        lines = block(section_roots(number), number)
        if not lines:
            continue
        heading = index.section_heading(number)
        if heading or number:
            out += [f"## {escape(heading) or f'Section {number}'}", ""]
        out += [*lines, ""]
    rest = [n for n in index.statements() if n["id"] not in seen]
    if rest:
        out += ["## Not linked to the thesis", ""]
        out += [*block(rest, None), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _line(entry: Entry, index: MapIndex) -> str:
    """One outline entry: the statement (or a reference to it), under its relation sign."""
    node = entry.node
    body = _statement(node, index) if entry.expand else f"[{node['id']}]"
    if entry.relation == Relation.RESTATES.value and entry.expand:
        # Another wording of the thesis: the same title makes it one statement in Argdown
        # (an equivalence class), and what follows backs that one statement.
        restated = index.above(node["id"], (Relation.RESTATES.value,))[0][0]
        return f"[{restated['id']}]:" + body.partition(":")[2]
    if entry.depth == 0:
        return body
    return f"{INDENT * entry.depth}{_RELATIONS.get(entry.relation or '', '+')} {body}"

"""The diagram's own label, in its bottom right corner: caption, sources table, legend.

As the graph's label these take no rank of the layout (a legend cluster used to claim
half of a small picture). The caption says what the picture folded or left out; the
sources table replaces one ellipse per source on folded maps; the legend shows only the
roles and relations the map has, each in its colours and line style.
"""

from __future__ import annotations

from typing import Protocol

from ..index import MapIndex
from ..model import ArgumentMap, NodeKind, Relation
from . import RenderOptions
from .fold import Fold
from .labels import escape, small
from .style import EDGE_LOOKS, LOOKS, MUTED, background, ink, themed
from .text import clip


class Drawing(Protocol):
    """What the label needs of the diagram being drawn (``dot._Drawing``)."""

    amap: ArgumentMap
    index: MapIndex
    options: RenderOptions
    theme: str
    fold: Fold


def _sources_table(drawing: Drawing) -> str:
    """The sources as a table in up to three columns: kind (colour, line), name, role,
    quote count."""
    index, theme = drawing.index, drawing.theme
    counts = index.quote_counts()
    sources = sorted(
        index.of_kind(NodeKind.SOURCE), key=lambda s: (-counts.get(s["id"], 0), s["id"])
    )
    per_column = max(6, -(-len(sources) // 3))
    columns = [sources[i : i + per_column] for i in range(0, len(sources), per_column)]
    cells = []
    for column in columns:
        rows = []
        for source in column:
            look = LOOKS[index.role(source)]
            hidden = source["id"] in drawing.options.hidden
            fill = themed(look.fill, theme, fill=True)
            bg = background(theme)
            colour = bg if hidden else ink(theme)
            details = ", ".join(d for d in (source.get("role"), source.get("affiliation")) if d)
            n = counts.get(source["id"], 0)
            text = f"<b>{escape(clip(source.get('name'), 24))}</b>"
            if details:
                text += " " + small(escape(clip(details, 24)), colour)
            if n:
                text += small(f" ×{n}", colour)
            line = "" if look.line == "solid" else f' style="{look.line}"'
            rows.append(
                f'<tr><td align="left" bgcolor="{bg if hidden else fill}"'
                f' color="{bg if hidden else themed(look.stroke, theme)}"{line}>'
                f'<font color="{colour}">{text}</font></td></tr>'
            )
        cells.append(
            f'<td valign="top"><table border="0" cellspacing="2" cellborder="1">'
            f"{''.join(rows)}</table></td>"
        )
    head = small(f"<b>SOURCES</b> ({len(sources)}) · ×N: quotes attributed")
    return (
        f'<table border="0" cellspacing="0"><tr><td align="left" colspan="{len(cells)}">'
        f"{head}</td></tr><tr>{''.join(cells)}</tr></table>"
    )


_LEGEND_ORDER = (
    "thesis", "subthesis", "claim", "premise", "counter", "rebuttal",
    "quote", "reported", "person", "organization", "document", "anonymous",
)  # fmt: skip


def _legend(drawing: Drawing) -> str:
    """A small key: the roles drawn, each in its colours and line, and the relations."""
    index, theme = drawing.index, drawing.theme
    present = {index.role(n) for n in drawing.amap.nodes}
    roles = [r for r in _LEGEND_ORDER if r in present]
    swatches = []
    for role in roles:
        look = LOOKS[role]
        line = "" if look.line == "solid" else f' style="{look.line}"'
        swatches.append(
            f'<td bgcolor="{themed(look.fill, theme, fill=True)}"'
            f' color="{themed(look.stroke, theme)}"{line}>{small(escape(look.header))}</td>'
        )
    relations = {e["relation"] for e in drawing.amap.edges} - {Relation.PART_OF.value}
    marks = {"supports": "→", "attacks": "⊣", "attributed_to": "⇢", "restates": "◇"}
    keys = [
        small(f"{marks.get(r, '→')} {r.replace('_', ' ')}", themed(EDGE_LOOKS[r].color, theme))
        for r in sorted(relations)
    ]
    rows = [swatches[i : i + 6] for i in range(0, len(swatches), 6)]
    body = "".join(f"<tr>{''.join(row)}</tr>" for row in rows)
    if keys:
        body += f'<tr><td colspan="6" border="0">{"  ".join(keys)}</td></tr>'
    return f'<table border="0" cellborder="1" cellspacing="2">{body}</table>'


def graph_label(drawing: Drawing, note: str) -> str:
    """The caption, the sources table and the legend, stacked in the bottom right corner
    (side by side, Graphviz would stretch the legend to the table's height)."""
    rows = []
    if note:
        text = "<br/>".join(escape(part) for part in note.split("; "))
        text = small(f"<i>{text}</i>", themed(MUTED, drawing.theme))
        rows.append(f'<td align="left" balign="left">{text}</td>')
    if drawing.fold.tabled:
        rows.append(f'<td align="left">{_sources_table(drawing)}</td>')
    if drawing.options.legend and len(drawing.amap.nodes) > 1:
        rows.append(f'<td align="right">{_legend(drawing)}</td>')
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f'<<table border="0" cellspacing="2">{body}</table>>' if rows else ""


__all__ = ["Drawing", "graph_label"]

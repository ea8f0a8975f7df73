"""HTML-like label pieces for the Graphviz diagram: escaped, wrapped, in the house sizes.

Every piece of article text enters a label through :func:`escape`, so nothing in an
article can break or inject into the diagram.
"""

from __future__ import annotations

import html

from .text import wrap

FONT = "Helvetica"
SIZE = 13
SMALL = 11
"""The smallest text drawn (headers, speakers, legend): 14 px high on a 1920 px slide when
the diagram is at most 1,500 pt wide, which fitting keeps it to."""
WRAP = 34
"""Characters per label line: about five words, legible when the diagram is scaled down."""


def escape(text: str) -> str:
    """Escape for an HTML-like label: entities, plus ``\\`` (Graphviz expands ``\\N`` there)."""
    return html.escape(text, quote=True).replace("\\", "\\\\")


def lines(text: str | None, limit: int, width: int = WRAP) -> str:
    """Clipped, wrapped and escaped label text, lines joined with ``<br/>``."""
    return "<br/>".join(escape(line) for line in wrap(text, width, limit) if line)


def small(text: str, colour: str | None = None) -> str:
    tint = f' color="{colour}"' if colour else ""
    return f'<font point-size="{SMALL}"{tint}>{text}</font>'


def headed(header: str, body: str, *, italic: bool = False) -> str:
    """A small capitalised kind header over the wrapped text (HTML-like label content)."""
    if italic and body:
        body = f"<i>{body}</i>"
    head = small(escape(header))
    return f"{head}<br/>{body}" if body else head


__all__ = ["FONT", "SIZE", "SMALL", "WRAP", "escape", "headed", "lines", "small"]

"""Output formats. Each format is one module with ``render(amap, options) -> str | bytes``.

:data:`RENDERERS` is the only place a format name is tied to its module; the CLI's
``--format`` choices and the ``-o`` extension lookup derive from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module

from ..model import ArgumentMap
from ..registry import Plugin, Registry

MAX_LABEL = 160
"""Label length when none is asked for: about five lines of a diagram box."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to draw: colour (terminal), diagram direction and theme, label length; for
    diagrams the slide shape to fit, folding, the legend, and the nodes a slide build has
    not revealed yet (laid out, but not drawn, so nothing moves between slides)."""

    color: bool = False
    rankdir: str = "TB"
    width: int | None = None
    max_label: int | None = None
    """Cut labels to this many characters; None: quotes and diagram labels to
    :data:`MAX_LABEL`, the tree's statements not at all."""
    theme: str = "light"
    fit: str = "16:9"
    """``16:9``, ``4:3`` or ``none``: the shape the diagram is laid out for."""
    fold: str = "auto"
    """``auto`` groups evidence under its points and lists sources in a table on large maps;
    ``none`` draws every node."""
    legend: bool = True
    hidden: frozenset[str] = frozenset()

    @property
    def label_limit(self) -> int:
        """The label length to cut to (at least 8 characters)."""
        return max(self.max_label or MAX_LABEL, 8)


def _renderer(name: str, target: str, help: str, *extensions: str, binary: bool = False):
    return Plugin(name, f"{__name__}.{target}", help, extensions, binary)


RENDERERS = Registry(
    "format",
    (
        _renderer("tree", "tree:render", "rich tree for the terminal (default)", ".txt"),
        _renderer("json", "json:render", "argmap/1 node-link JSON", ".json"),
        _renderer("dot", "dot:render", "Graphviz DOT source", ".dot", ".gv"),
        _renderer("svg", "image:render_svg", "SVG diagram (Graphviz)", ".svg"),
        _renderer("png", "image:render_png", "PNG diagram (Graphviz)", ".png", binary=True),
        _renderer("pdf", "image:render_pdf", "PDF diagram (Graphviz)", ".pdf", binary=True),
        _renderer("mermaid", "mermaid:render", "Mermaid flowchart", ".mmd", ".mermaid"),
        _renderer("argdown", "argdown:render", "Argdown source", ".argdown", ".ad"),
        _renderer("aif", "aif:render", "Argument Interchange Format JSON (AIFdb, OVA)"),
        _renderer("graphml", "graphml:render", "GraphML (yEd, Gephi)", ".graphml"),
        _renderer("markdown", "markdown:render", "Markdown outline", ".md", ".markdown"),
    ),
)


def format_for_path(path: str) -> str | None:
    """The format a file name's extension asks for, if any."""
    return RENDERERS.for_path(path)


def render(
    amap: ArgumentMap, fmt: str = "tree", options: RenderOptions | None = None
) -> str | bytes:
    """Render ``amap`` in format ``fmt`` (a key of :data:`RENDERERS`)."""
    return RENDERERS.find(fmt).load()(amap, options or RenderOptions())


def render_pieces(
    amap: ArgumentMap, fmt: str = "tree", options: RenderOptions | None = None
) -> Iterator[str | bytes]:
    """:func:`render`'s output in pieces, to be written as they come: a format whose module
    also has ``stream(amap, options)`` (JSON) yields as it encodes, so a large map's output
    is never held whole; any other yields its whole output once."""
    plugin = RENDERERS.find(fmt)
    module, _, function = plugin.target.partition(":")
    stream = getattr(import_module(module), "stream", None) if function == "render" else None
    if stream is None:
        yield plugin.load()(amap, options or RenderOptions())
    else:
        yield from stream(amap, options or RenderOptions())


__all__ = [
    "MAX_LABEL",
    "RENDERERS",
    "RenderOptions",
    "format_for_path",
    "render",
    "render_pieces",
]

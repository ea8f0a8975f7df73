"""Output formats. Each format is one module with ``render(amap, options) -> str | bytes``.

:data:`RENDERERS` is the only place a format name is tied to its module; the CLI's
``--format`` choices and the ``-o`` extension lookup derive from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from ..errors import UnknownFormatError
from ..model import ArgumentMap


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to draw: colour (terminal), diagram direction and theme, label length."""

    color: bool = False
    rankdir: str = "TB"
    width: int | None = None
    max_label: int = 160
    theme: str = "light"


@dataclass(frozen=True, slots=True)
class Renderer:
    name: str
    target: str
    """``module:function`` in this package; the module is imported only when used."""
    binary: bool = False
    extensions: tuple[str, ...] = ()
    help: str = ""

    def load(self) -> Callable[[ArgumentMap, RenderOptions], str | bytes]:
        module, _, function = self.target.partition(":")
        return getattr(import_module(f"{__name__}.{module}"), function or "render")


RENDERERS: dict[str, Renderer] = {
    r.name: r
    for r in (
        Renderer("tree", "tree", help="rich tree for the terminal (default)", extensions=(".txt",)),
        Renderer("json", "json", help="argmap/1 node-link JSON", extensions=(".json",)),
        Renderer("dot", "dot", help="Graphviz DOT source", extensions=(".dot", ".gv")),
        Renderer("svg", "image:render_svg", help="SVG diagram (Graphviz)", extensions=(".svg",)),
        Renderer("png", "image:render_png", True, (".png",), "PNG diagram (Graphviz)"),
        Renderer("pdf", "image:render_pdf", True, (".pdf",), "PDF diagram (Graphviz)"),
        Renderer("mermaid", "mermaid", extensions=(".mmd", ".mermaid"), help="Mermaid flowchart"),
        Renderer("argdown", "argdown", extensions=(".argdown", ".ad"), help="Argdown source"),
        Renderer("aif", "aif", help="Argument Interchange Format JSON (AIFdb, OVA)"),
        Renderer("graphml", "graphml", extensions=(".graphml",), help="GraphML (yEd, Gephi)"),
        Renderer("markdown", "markdown", extensions=(".md", ".markdown"), help="Markdown outline"),
    )
}


def format_for_path(path: str) -> str | None:
    """The format a file name's extension asks for, if any."""
    lower = path.lower()
    for renderer in RENDERERS.values():
        if any(lower.endswith(ext) for ext in renderer.extensions):
            return renderer.name
    return None


def render(
    amap: ArgumentMap, fmt: str = "tree", options: RenderOptions | None = None
) -> str | bytes:
    """Render ``amap`` in format ``fmt`` (a key of :data:`RENDERERS`)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        known = ", ".join(RENDERERS)
        raise UnknownFormatError(f"unknown format {fmt!r} (choose from {known})") from None
    return renderer.load()(amap, options or RenderOptions())


__all__ = ["RENDERERS", "RenderOptions", "Renderer", "format_for_path", "render"]

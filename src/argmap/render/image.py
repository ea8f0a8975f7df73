"""SVG, PNG and PDF: the DOT diagram of :mod:`argmap.render.dot`, laid out by Graphviz ``dot``.

The diagram is built once, in ``dot.py``; this module only runs the layout program and turns
its failures into :class:`~argmap.errors.ArgmapError` messages a user can act on.
"""

from __future__ import annotations

from ..errors import ArgmapError, GraphvizMissingError
from ..model import ArgumentMap
from . import RenderOptions
from .dot import build

MISSING = (
    "Graphviz `dot` was not found: install Graphviz (e.g. apt-get install graphviz / "
    "brew install graphviz), or use --format dot"
)


def _pipe(amap: ArgumentMap, options: RenderOptions, fmt: str) -> bytes:
    """Lay out and draw ``amap`` in Graphviz output format ``fmt``."""
    import graphviz

    try:
        return build(amap, options).pipe(format=fmt, quiet=True)
    except graphviz.ExecutableNotFound:
        raise GraphvizMissingError(MISSING) from None
    except graphviz.CalledProcessError as err:
        raise ArgmapError(f"Graphviz failed to draw the map: {_first_line(err.stderr)}") from err


def _first_line(stderr: bytes | str | None) -> str:
    if isinstance(stderr, bytes):
        stderr = stderr.decode("utf-8", "replace")
    lines = [line.strip() for line in (stderr or "").splitlines() if line.strip()]
    return lines[0] if lines else "no error message"


def render_svg(amap: ArgumentMap, options: RenderOptions) -> str:
    return _pipe(amap, options, "svg").decode("utf-8")


def render_png(amap: ArgumentMap, options: RenderOptions) -> bytes:
    return _pipe(amap, options, "png")


def render_pdf(amap: ArgumentMap, options: RenderOptions) -> bytes:
    return _pipe(amap, options, "pdf")

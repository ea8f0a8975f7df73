"""SVG, PNG and PDF: the DOT diagram of :mod:`argmap.render.dot`, laid out by Graphviz ``dot``.

The diagram is built once, in ``dot.py``; this module only runs the layout program, within
limits, and turns its failures into :class:`~argmap.errors.ArgmapError` messages a user can
act on:

* a map of more than :data:`MAX_NODES` nodes is refused before ``dot`` starts: its layout
  can take minutes and its drawing is unreadable anyway;
* ``dot`` gets :data:`DEFAULT_TIMEOUT` seconds; past that, or on any error, Ctrl-C or
  SIGTERM (which the CLI turns into ``SystemExit``), the child is killed and waited for, so
  no ``dot`` process outlives argmap.
"""

from __future__ import annotations

import shutil
import subprocess

from ..errors import ArgmapError, DiagramTooLargeError, GraphvizMissingError
from ..model import ArgumentMap
from ..safe_text import printable
from . import RenderOptions
from .dot import build

MISSING = (
    "Graphviz `dot` was not found: install Graphviz (e.g. apt-get install graphviz / "
    "brew install graphviz), or use --format dot"
)
MAX_NODES = 400
"""Nodes beyond which a diagram is refused (a long article's full map has about 150)."""
DEFAULT_TIMEOUT = 60.0
"""Seconds ``dot`` may take to lay out and draw one diagram."""
_SMALLER = "draw part of it with --depth 2 or --focus NODE_ID, or step by step with argmap slides"


def run_dot(source: str, fmt: str, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """``dot -T{fmt}`` on DOT ``source``; the child never outlives this call."""
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizMissingError(MISSING)
    try:
        process = subprocess.Popen(
            [executable, f"-T{fmt}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except FileNotFoundError:
        raise GraphvizMissingError(MISSING) from None
    except OSError as err:
        raise ArgmapError(f"cannot run Graphviz dot ({printable(err.strerror or err)})") from None
    with process:
        try:
            out, err = process.communicate(source.encode("utf-8"), timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ArgmapError(
                f"Graphviz took more than {timeout:g} s to draw the map; {_SMALLER}"
            ) from None
        finally:
            if process.poll() is None:  # timeout, error, KeyboardInterrupt, SystemExit
                process.kill()
                process.wait()
    if process.returncode != 0:
        raise ArgmapError(f"Graphviz failed to draw the map: {printable(_first_line(err))}")
    return out


def _pipe(amap: ArgumentMap, options: RenderOptions, fmt: str) -> bytes:
    """Lay out and draw ``amap`` in Graphviz output format ``fmt``."""
    nodes = len(amap.nodes)
    if nodes > MAX_NODES:
        raise DiagramTooLargeError(
            f"the map has {nodes:,} nodes, too many for one diagram (limit {MAX_NODES});"
            f" {_SMALLER}, or use --format dot or json"
        )
    return run_dot(build(amap, options).source, fmt)


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

"""argmap: map the argument of an article.

    >>> import argmap
    >>> amap = argmap.map_text(open("article.txt", encoding="utf-8", newline="").read())
    >>> print(amap.to_json())

The thesis, claims, quotes and sources come back as node-link data whose spans index
the text exactly; :func:`render` draws the map as a tree, DOT, SVG, PNG, PDF or JSON.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from .errors import (
    ArgmapError,
    ArgmapWarning,
    DiagramTooLargeError,
    GraphvizMissingError,
    InputError,
    UnknownFormatError,
)
from .registry import lazy_exports
from .render import RENDERERS, RenderOptions, render  # light; and the name must be the function

if TYPE_CHECKING:
    from .batch import map_articles
    from .model import ArgumentMap, Options
    from .pipeline import map_text
    from .reading import read_article
    from .report import quote_rows, source_rows

_LAZY = {
    "ArgumentMap": "model",
    "Options": "model",
    "map_text": "pipeline",
    "map_articles": "batch",
    "read_article": "reading",
    "quote_rows": "report",
    "source_rows": "report",
}
"""Public names and the module that defines each, imported on first use: ``import argmap``
(and so the command line's ``--help``) loads no extraction code."""


__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = [
    "RENDERERS",
    "ArgmapError",
    "ArgmapWarning",
    "ArgumentMap",
    "DiagramTooLargeError",
    "GraphvizMissingError",
    "InputError",
    "Options",
    "RenderOptions",
    "UnknownFormatError",
    "__version__",
    "map_articles",
    "map_text",
    "quote_rows",
    "read_article",
    "render",
    "source_rows",
]

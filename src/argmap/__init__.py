"""argmap: map the argument of an article.

    >>> import argmap
    >>> amap = argmap.map_text(open("article.txt", encoding="utf-8", newline="").read())
    >>> print(amap.to_json())

The thesis, claims, quotes and sources come back as node-link data whose spans index
the text exactly; :func:`render` draws the map as a tree, DOT, SVG, PNG, PDF or JSON.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (
    ArgmapError,
    ArgmapWarning,
    DiagramTooLargeError,
    GraphvizMissingError,
    InputError,
    UnknownFormatError,
)
from .model import ArgumentMap, Options
from .pipeline import map_text
from .reading import read_article
from .render import RENDERERS, RenderOptions, render
from .report import source_rows

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
    "map_text",
    "read_article",
    "render",
    "source_rows",
]

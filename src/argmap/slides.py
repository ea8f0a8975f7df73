"""Slides: the map revealed in steps (thesis; + sub-theses; + claims; + evidence and sources)."""

from __future__ import annotations

from pathlib import Path

from .model import ArgumentMap
from .output import write_deck
from .render import RenderOptions, render
from .views import stages


def slide_images(amap: ArgumentMap, options: RenderOptions) -> list[tuple[str, str]]:
    """``(file name, SVG)`` for each step that adds something to the one before."""
    slides: list[tuple[str, str]] = []
    shown = -1
    for name, view in stages(amap):
        if len(view.nodes) == shown:
            continue  # nothing new at this step (e.g. an essay without sections)
        shown = len(view.nodes)
        number = len(slides) + 1
        slides.append((f"{number:02d}-{name.replace(' ', '-')}.svg", render(view, "svg", options)))
    return slides


def write_slides(amap: ArgumentMap, folder: Path, options: RenderOptions) -> list[Path]:
    """Write the step-by-step SVGs into ``folder``; return their paths in order.

    The folder then holds this run's deck and no other (see :func:`argmap.output.write_deck`):
    numbered slides left from an earlier run are removed, other files are left alone.
    """
    return write_deck(slide_images(amap, options), folder)

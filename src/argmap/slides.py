"""Slides: the map revealed in steps (thesis; + sub-theses; + claims; + evidence and sources)."""

from __future__ import annotations

from pathlib import Path

from .errors import ArgmapError
from .model import ArgumentMap
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
    """Write the step-by-step SVGs into ``folder``; return their paths in order."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ArgmapError(f"{folder}: cannot create the folder ({err.strerror or err})") from None
    paths = []
    for file_name, svg in slide_images(amap, options):
        path = folder / file_name
        try:
            path.write_text(svg, encoding="utf-8")
        except OSError as err:
            raise ArgmapError(f"{path}: cannot write ({err.strerror or err})") from None
        paths.append(path)
    return paths

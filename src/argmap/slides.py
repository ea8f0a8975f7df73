"""Slides: the map revealed in steps (thesis; + sub-theses; + claims; + evidence and sources).

Every step draws the *whole* map, with what it has not revealed yet laid out but invisible
(:attr:`RenderOptions.hidden`): Graphviz lays out the same graph the same way, so every
slide has the same canvas and no box moves as the deck builds.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import ArgmapError
from .model import ArgumentMap
from .output import write_deck, write_output
from .render import RenderOptions, render
from .views import stages

SLIDE_FORMATS = ("svg", "png", "pdf")
"""Formats a slide can be written in (Graphviz draws each)."""


def slide_images(
    amap: ArgumentMap, options: RenderOptions, fmt: str = "svg"
) -> list[tuple[str, str | bytes]]:
    """``(file name, image)`` for each step that adds something to the one before."""
    if fmt not in SLIDE_FORMATS:
        raise ArgmapError(f"slides are drawn as {', '.join(SLIDE_FORMATS)}, not {fmt!r}")
    every = {n["id"] for n in amap.nodes}
    slides: list[tuple[str, str | bytes]] = []
    shown = -1
    for name, view in stages(amap):
        if len(view.nodes) == shown:
            continue  # nothing new at this step (e.g. an essay without sections)
        shown = len(view.nodes)
        hidden = frozenset(every - {n["id"] for n in view.nodes})
        number = len(slides) + 1
        image = render(amap, fmt, replace(options, hidden=hidden))
        slides.append((f"{number:02d}-{name.replace(' ', '-')}.{fmt}", image))
    return slides


def write_slides(
    amap: ArgumentMap, folder: Path, options: RenderOptions, fmt: str = "svg"
) -> list[Path]:
    """Write the step-by-step images into ``folder``; return their paths in order.

    The folder then holds this run's deck and no other (see :func:`argmap.output.write_deck`):
    numbered slides left from an earlier run are removed, other files are left alone.
    """
    return write_deck(slide_images(amap, options, fmt), folder)


DECK_NAME = "deck.md"


def deck_markdown(amap: ArgumentMap, images: list[str]) -> str:
    """A Marp (and reveal.js) Markdown deck: the thesis as the title slide, then each image
    in order, fitted to the slide. Article text is escaped, so it stays text."""
    from .render.markdown import escape

    index = amap.index
    thesis = index.thesis
    title = escape(amap.graph_attrs.get("title")) or "Untitled article"
    lines = ["---", "marp: true", "paginate: true", "---", ""]
    lines += [f"# {escape(thesis.get('text')) if thesis else title}", ""]
    if thesis:
        lines += [f"*{title}*", ""]
    for image in images:
        lines += ["---", "", f"![bg contain]({image})", ""]
    return "\n".join(lines)


def write_deck_markdown(amap: ArgumentMap, folder: Path, images: list[Path]) -> Path:
    """Write :func:`deck_markdown` for ``images`` (in ``folder``) as ``folder/deck.md``."""
    path = folder / DECK_NAME
    write_output(deck_markdown(amap, [image.name for image in images]), path)
    return path

"""How each kind of node and relation looks, defined once for every drawn format.

The roles are :meth:`argmap.index.MapIndex.role`'s. Colours are a colour-blind-safe set
(blue, green, orange-red and purple differ in lightness too), and every role also differs
in line style or weight, so a greyscale print still tells them apart. DOT and Mermaid build
their own syntax from these values; neither restates a colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Relation


@dataclass(frozen=True, slots=True)
class Look:
    """A node's fill and border, its border's line and weight, and its header word."""

    fill: str
    stroke: str
    header: str
    line: str = "solid"
    """``solid``, ``dashed`` or ``dotted``."""
    weight: float = 1.0


LOOKS: dict[str, Look] = {
    "article": Look("#ffffff", "#999999", ""),
    "thesis": Look("#fff2c2", "#7a5900", "THESIS", weight=2.0),
    "restatement": Look("#fff2c2", "#7a5900", "RESTATED THESIS", weight=2.0),
    "subthesis": Look("#dfe9f8", "#1f4e8c", "SUB-THESIS", weight=1.5),
    "claim": Look("#eaf5ea", "#2e6b30", "CLAIM"),
    "premise": Look("#ffffff", "#2e6b30", "PREMISE", weight=0.8),
    "counter": Look("#fde7e6", "#b3261e", "COUNTER-CLAIM", "dashed", 1.5),
    "rebuttal": Look("#eaf5ea", "#2e6b30", "REBUTTAL"),
    "quote": Look("#f4f4f4", "#555555", "QUOTE"),
    "reported": Look("#f4f4f4", "#555555", "REPORTED", "dashed"),
    "person": Look("#ece6f6", "#4a3a75", "PERSON"),
    "organization": Look("#e0f1ef", "#1d5c55", "ORGANIZATION"),
    "document": Look("#fbf3dc", "#6b5310", "DOCUMENT"),
    "anonymous": Look("#eeeeee", "#444444", "ANONYMOUS", "dotted", 1.5),
}
"""Every role a drawn node can have, and how it looks."""


@dataclass(frozen=True, slots=True)
class EdgeLook:
    """A relation's colour, line, weight and label (empty: unlabelled)."""

    color: str
    line: str = "solid"
    weight: float = 1.0
    label: str = ""


EDGE_LOOKS: dict[str, EdgeLook] = {
    Relation.SUPPORTS.value: EdgeLook("#2e6b30", weight=1.3),
    Relation.ATTACKS.value: EdgeLook("#b3261e", "dashed", 1.8, "attacks"),
    Relation.ATTRIBUTED_TO.value: EdgeLook("#666666", "dotted", 1.3),
    Relation.PART_OF.value: EdgeLook("#999999"),
    Relation.RESTATES.value: EdgeLook("#7a5900", "bold", 1.0, "restates"),
}
"""Every relation and how its edges look."""


DARK_BACKGROUND = "#1e1f24"
MUTED = "#999999"
"""Frames and notes that are not part of the argument (the "not linked" box, the caption)."""

# Themes: light is the palette above on white; dark is for dark slides; print is
# greyscale, the kinds told apart by shape and line style alone.


def background(theme: str) -> str:
    return DARK_BACKGROUND if theme == "dark" else "#ffffff"


def ink(theme: str) -> str:
    """The text colour on the ``theme``'s background."""
    return "#eeeeee" if theme == "dark" else "#000000"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _blend(colour: str, toward: str, share: float) -> str:
    return _hex(tuple(a + (b - a) * share for a, b in zip(_rgb(colour), _rgb(toward), strict=True)))


def _greyscale(colour: str) -> str:
    r, g, b = _rgb(colour)
    level = 0.299 * r + 0.587 * g + 0.114 * b
    return _hex((level, level, level))


def themed(colour: str, theme: str, *, fill: bool = False) -> str:
    """``colour`` (of the light palette) in ``theme``: a ``fill`` or a line/text colour."""
    if theme == "light" or not (colour.startswith("#") and len(colour) == 7):
        return colour
    if theme == "print":
        return _greyscale(colour) if fill else "#000000"
    if fill:
        return _blend(colour, DARK_BACKGROUND, 0.78)
    return _blend(colour, "#ffffff", 0.55)


def paint(attrs: dict, theme: str) -> dict:
    """DOT attributes with their colours moved to ``theme``."""
    if theme == "light":
        return attrs
    painted = dict(attrs)
    for key in ("fillcolor", "color", "fontcolor"):
        colour = painted.get(key)
        if isinstance(colour, str):
            painted[key] = themed(colour, theme, fill=key == "fillcolor")
    return painted


__all__ = [
    "DARK_BACKGROUND",
    "EDGE_LOOKS",
    "LOOKS",
    "MUTED",
    "EdgeLook",
    "Look",
    "background",
    "ink",
    "paint",
    "themed",
]

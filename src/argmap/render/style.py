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


__all__ = ["EDGE_LOOKS", "LOOKS", "EdgeLook", "Look"]

"""Stub: to be written."""

from __future__ import annotations

from ..model import ArgumentMap
from . import RenderOptions


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    return "\n".join(f"{n['kind']}: {n.get('text') or n.get('name')}" for n in amap.nodes) + "\n"

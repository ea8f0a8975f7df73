"""Stub: to be written."""

from __future__ import annotations

from ..model import ArgumentMap
from . import RenderOptions


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    return "digraph argmap {}\n"

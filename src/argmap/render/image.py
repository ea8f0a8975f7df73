"""Stub: to be written."""

from __future__ import annotations

from ..model import ArgumentMap
from . import RenderOptions


def render_svg(amap: ArgumentMap, options: RenderOptions) -> str:
    raise NotImplementedError


def render_png(amap: ArgumentMap, options: RenderOptions) -> bytes:
    raise NotImplementedError


def render_pdf(amap: ArgumentMap, options: RenderOptions) -> bytes:
    raise NotImplementedError

"""Label text for the export formats: one line, clipped, wrapped, without quotation marks.

Article text goes into formats whose syntax it can break; each format escapes for itself,
but all of them first need the same flattening: no line breaks or control characters, and
a length a diagram can show. Kept here once so the formats cannot drift apart.
"""

from __future__ import annotations

import textwrap
import unicodedata

from ..safe_text import no_noncharacters

QUOTE_MARKS = "\"'“”‘’«»„"


def one_line(text: str | None) -> str:
    """``text`` on one line: white space runs become one space, control characters go.

    Noncharacters (U+FFFE, U+FFFF, ...) become U+FFFD: Graphviz cannot write them into SVG.
    """
    if not text:
        return ""
    kept = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) != "Cc")
    return " ".join(no_noncharacters(kept).split())


def clip(text: str | None, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters + "…"."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    if space > len(cut) * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def wrap(text: str | None, width: int, limit: int) -> list[str]:
    """``text`` clipped to ``limit`` characters and cut into lines of about ``width``."""
    return textwrap.wrap(clip(text, limit), width, break_on_hyphens=False) or [""]


def unquote(text: str | None) -> str:
    """A quote's words on one line, without the quotation marks around them (nor the comma
    that English puts before a closing mark)."""
    return one_line(text).strip(QUOTE_MARKS).strip().rstrip(",").rstrip()


__all__ = ["QUOTE_MARKS", "clip", "one_line", "unquote", "wrap"]

"""Compare and verify: what changed between two maps, and whether quotes are verbatim.

- :func:`diff_maps` aligns two maps (two versions of a story, or two outlets' stories)
  and says what changed: thesis, claims, quotes, sources.
- :func:`check_quotes` checks each quote of an article against original texts
  (transcripts, speeches, releases) and gives a verdict: verbatim, altered, spliced or
  not found.

Both compare *words*: :mod:`.tokens` defines them; :mod:`.align` finds and scores passages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..registry import lazy_exports

if TYPE_CHECKING:
    from .diff import MapDiff, QuoteChange, SourceChange, StatementChange, diff_maps
    from .quotecheck import (
        Location,
        Original,
        QuoteCheck,
        Verdict,
        audit_findings,
        check_quotes,
    )

_HOMES = {
    **dict.fromkeys(
        ("MapDiff", "QuoteChange", "SourceChange", "StatementChange", "diff_maps"), "diff"
    ),
    **dict.fromkeys(
        ("Location", "Original", "QuoteCheck", "Verdict", "audit_findings", "check_quotes"),
        "quotecheck",
    ),
}
"""Where each public name lives: loaded on first use, so the CLI can list the output formats
(:mod:`.render_diff`, :mod:`.render_quotes`) without loading the comparison code."""


__getattr__ = lazy_exports(__name__, _HOMES)


__all__ = [
    "Location",
    "MapDiff",
    "Original",
    "QuoteChange",
    "QuoteCheck",
    "SourceChange",
    "StatementChange",
    "Verdict",
    "audit_findings",
    "check_quotes",
    "diff_maps",
]

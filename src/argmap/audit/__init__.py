"""The sourcing audit: who stands behind each point of an article, and where it is weak.

A fact-checker reading a map wants a to-do list, not a diagram: which points rest on no
one, on anonymous people, on hedges or on an unnamed "experts agree"; which quotes have no
speaker; which named people cannot be checked (no affiliation) or mixed up (a shared
surname). :func:`audit_map` reads that off an :class:`ArgumentMap` through its index, so it
works on any map the extractors produce.

The package:

- ``results.py``: the frozen results (:class:`Audit` and its parts);
- ``ledger.py``: the backing of every point and thesis, and the sources;
- ``checks/``: one module per check, each a :class:`~argmap.audit.check.Check`;
- ``render_*.py``: one module per report format;
- ``core.py``: :func:`audit_map` and :func:`check_thresholds`.

This module holds only the registries, so that the CLI can list check and format names
without loading the checks (which load the lexicons, and with them the extractors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..registry import Plugin, Registry, lazy_exports
from .results import (  # plain dataclasses over the model: light to import
    Audit,
    Backing,
    Confusable,
    DoubtfulRef,
    Flag,
    Leaning,
    PointAudit,
    QuoteRef,
    SourceCount,
    SourceRef,
)

if TYPE_CHECKING:
    from .core import audit_map, check_thresholds


def _check(name: str, module: str, measures: str) -> Plugin:
    return Plugin(name, f"{__name__}.checks.{module}:CHECK", measures)


CHECKS = Registry(
    "check",
    (
        _check(
            "unsourced-claims",
            "unsourced",
            "points (thesis, sub-theses, claims) with no source beneath",
        ),
        _check(
            "anonymous-thesis",
            "anonymous_thesis",
            "a thesis leaning mostly (over half) on anonymous sources",
        ),
        _check(
            "unattributed-quotes",
            "unattributed",
            "quotes and reported statements with no identifiable speaker",
        ),
        _check("hedged-claims", "hedged", "points the writer hedges (appears, may, potentially…)"),
        _check(
            "unnamed-consensus",
            "consensus",
            "statements presented as consensus, no one named (experts agree…)",
        ),
        _check("unaffiliated-sources", "unaffiliated", "named people with no affiliation to check"),
        _check(
            "confusable-names", "confusable", "people sources sharing a surname, easily confused"
        ),
        _check(
            "doubtful-attributions",
            "doubtful",
            "quotes whose speaker is doubtful (attribution confidence below 0.7)",
        ),
    ),
)
"""``--fail-on`` names, in the order the checks run and report; help is what each measures.
Each target is a :class:`~argmap.audit.check.Check`."""


def _format(name: str, module: str, help: str, *extensions: str) -> Plugin:
    return Plugin(name, f"{__name__}.{module}:render", help, extensions)


AUDIT_FORMATS = Registry(
    "audit format",
    (
        _format("text", "render_text", "headed sections and tables for the terminal", ".txt"),
        _format("json", "render_json", "argmap-audit/1 JSON for scripts", ".json"),
        _format(
            "markdown", "render_markdown", "Markdown for notes and tickets", ".md", ".markdown"
        ),
    ),
)
"""``--format`` names and their renderers, each ``(audit, color, width) -> str``."""

_LAZY = {"audit_map": "core", "check_thresholds": "core"}

__getattr__ = lazy_exports(__name__, _LAZY)
"""Load :func:`audit_map` and :func:`check_thresholds` (and with them the checks) on first use."""


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AUDIT_FORMATS",
    "CHECKS",
    "Audit",
    "Backing",
    "Confusable",
    "DoubtfulRef",
    "Flag",
    "Leaning",
    "PointAudit",
    "QuoteRef",
    "SourceCount",
    "SourceRef",
    "audit_map",
    "check_thresholds",
]

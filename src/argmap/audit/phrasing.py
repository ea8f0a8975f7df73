"""How the audit words things for people: shared by the reports and the breach sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import SourceType
from ..render.text import clip, one_line
from .results import Audit, Backing, Leaning, SourceCount, SourceRef

ROLE_LABELS = {"thesis": "thesis", "subthesis": "sub-thesis", "claim": "claim", "quote": "quote"}


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def first(items: Iterable[str], sep: str = ", ", most: int = 3) -> str:
    """The first ``most`` items joined by ``sep``, then how many more there are."""
    items = list(items)
    shown = sep.join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def quoted(items: Iterable[str], limit: int = 60, most: int = 3) -> str:
    """The first ``most`` texts, clipped and in quotation marks, then how many more."""
    return first((f"“{clip(t, limit)}”" for t in items), most=most)


def source_label(source: SourceCount | SourceRef) -> str:
    return f"{one_line(source.name)} ({source.source_type})"


def backing_line(backing: Backing, limit: int = 4) -> str:
    if not backing.attributions:
        return "no source"
    names = [f"{one_line(s.name)} ×{s.attributions}" for s in backing.sources[:limit]]
    more = len(backing.sources) - limit
    return "; ".join(names) + (f"; +{more} more" if more > 0 else "")


def types_line(backing: Backing) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in backing.types) or "—"


def summary_line(audit: Audit) -> str:
    kinds = Counter(s.source_type for s in audit.sources)
    by_kind = ", ".join(f"{kinds[k]} {k}" for k in (t.value for t in SourceType) if kinds[k])
    return (
        f"{plural(len(audit.sources), 'source', 'sources')} ({by_kind or 'none'}); "
        f"{plural(audit.quotes, 'quote or reported statement', 'quotes and reported statements')}, "
        f"{plural(audit.attributions, 'attribution', 'attributions')}, "
        f"{audit.anonymous_share:.0%} of them anonymous; "
        f"{len(audit.unattributed_quotes)} with no speaker"
    )


def lean_lines(lean: Leaning) -> tuple[str, str]:
    """The basis and the verdict of a thesis's leaning, as two plain lines."""
    b = lean.backing
    where = (
        "its own quotes"
        if lean.basis == "own"
        else "everything beneath it (it has no quotes of its own)"
    )
    top = b.top_source
    verdict = (
        f"most: {source_label(top)} ×{top.attributions}; mostly {b.top_type} "
        f"({dict(b.types)[b.top_type]} of {b.attributions}); anonymous {b.anonymous_share:.0%}"
        if top and b.top_type
        else "no source at all"
    )
    return f"rests on {where}", verdict


__all__ = [
    "ROLE_LABELS",
    "backing_line",
    "lean_lines",
    "plural",
    "quoted",
    "source_label",
    "summary_line",
    "types_line",
]

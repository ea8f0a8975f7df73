"""``unsourced-claims``: points with no one at all behind them, at any depth."""

from __future__ import annotations

from ...index import MapIndex
from ..check import registered
from ..ledger import Ledger
from ..phrasing import plural, quoted
from ..results import Audit, Flag


def run(index: MapIndex, ledger: Ledger) -> tuple[Flag, ...]:
    return tuple(Flag(p.id, p.role, p.text, ()) for p in ledger.points if not p.backing.sources)


def breaches(audit: Audit) -> list[str]:
    found = audit.unsourced
    if not found:
        return []
    points = plural(len(found), "point cites", "points cite")
    return [f"{points} no source: {quoted(f.text for f in found)}"]


CHECK = registered("unsourced-claims", field="unsourced", run=run, breaches=breaches)

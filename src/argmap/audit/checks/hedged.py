"""``hedged-claims``: points the writer hedges (*appears*, *may*, *potentially*…).

The hedge words of each point are read with the ledger (they are part of each point's
record); this check lists the points that have any.
"""

from __future__ import annotations

from ...index import MapIndex
from ...render.text import clip
from ..check import registered
from ..ledger import Ledger
from ..phrasing import first, plural
from ..results import Audit, Flag


def run(index: MapIndex, ledger: Ledger) -> tuple[Flag, ...]:
    return tuple(Flag(p.id, p.role, p.text, p.hedges) for p in ledger.points if p.hedges)


def breaches(audit: Audit) -> list[str]:
    found = audit.hedged
    if not found:
        return []
    listed = first((f"“{clip(f.text, 50)}” ({', '.join(f.words)})" for f in found), "; ")
    return [f"{plural(len(found), 'point is', 'points are')} hedged: {listed}"]


CHECK = registered("hedged-claims", field="hedged", run=run, breaches=breaches)

"""``anonymous-thesis``: a thesis whose backing is mostly anonymous people.

It judges what the thesis leans on (its own quotes if any, else everything beneath it),
which the ledger has already worked out.
"""

from __future__ import annotations

from ...index import MapIndex
from ...render.text import clip
from ..check import registered
from ..ledger import Ledger
from ..phrasing import plural
from ..results import Audit, Leaning


def run(index: MapIndex, ledger: Ledger) -> tuple[Leaning, ...]:
    return tuple(t for t in ledger.leanings if t.mostly_anonymous)


def breaches(audit: Audit) -> list[str]:
    return [
        f"the thesis “{clip(t.text, 60)}” leans mostly on anonymous sources "
        f"({t.backing.anonymous_share:.0%} of "
        f"{plural(t.backing.attributions, 'attribution', 'attributions')}"
        f"{' of its own' if t.basis == 'own' else ' beneath it'})"
        for t in audit.anonymous_theses
    ]


CHECK = registered("anonymous-thesis", field="anonymous_theses", run=run, breaches=breaches)

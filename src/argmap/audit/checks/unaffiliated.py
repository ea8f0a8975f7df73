"""``unaffiliated-sources``: named people a checker cannot place (no affiliation given)."""

from __future__ import annotations

from ...index import MapIndex
from ...model import SourceType
from ..check import registered
from ..ledger import Ledger
from ..phrasing import plural
from ..results import Audit, SourceRef


def run(index: MapIndex, ledger: Ledger) -> tuple[SourceRef, ...]:
    return tuple(
        s
        for s in ledger.sources
        if s.source_type == SourceType.PERSON.value and not (s.affiliation or "").strip()
    )


def breaches(audit: Audit) -> list[str]:
    found = audit.unaffiliated
    if not found:
        return []
    people = plural(len(found), "named person has", "named people have")
    return [f"{people} no affiliation to check: {', '.join(s.name for s in found)}"]


CHECK = registered("unaffiliated-sources", field="unaffiliated", run=run, breaches=breaches)

"""``unattributed-quotes``: quotes and reported statements with no speaker to check."""

from __future__ import annotations

from ...index import MapIndex
from ...model import NodeKind
from ...render.text import unquote
from ..check import registered
from ..ledger import Ledger
from ..phrasing import plural, quoted
from ..results import Audit, QuoteRef


def run(index: MapIndex, ledger: Ledger) -> tuple[QuoteRef, ...]:
    return tuple(
        QuoteRef(q["id"], unquote(q.get("text")), bool(q.get("direct", True)))
        for q in index.of_kind(NodeKind.QUOTE)
        if not index.speakers(q["id"])
    )


def breaches(audit: Audit) -> list[str]:
    found = audit.unattributed_quotes
    if not found:
        return []
    quotes = plural(len(found), "quote has", "quotes have")
    return [f"{quotes} no identifiable speaker: {quoted(q.text for q in found)}"]


CHECK = registered("unattributed-quotes", field="unattributed_quotes", run=run, breaches=breaches)

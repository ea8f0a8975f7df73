"""``doubtful-attributions``: quotes attributed to someone the extractor is unsure of.

A wrong speaker is worse than none: a quote credited to the wrong person misleads where an
unattributed one only leaves a gap. This lists the attributed quotes whose confidence
(calibrated, see :mod:`argmap.extract.confidence`) is below
:data:`~argmap.model.DOUBTFUL_BELOW`, for a person to check against the article.
"""

from __future__ import annotations

from ...index import MapIndex
from ...model import DOUBTFUL_BELOW, NodeKind
from ...render.text import clip, unquote
from ..check import registered
from ..ledger import Ledger
from ..phrasing import first, plural
from ..results import Audit, DoubtfulRef


def run(index: MapIndex, ledger: Ledger) -> tuple[DoubtfulRef, ...]:
    found = []
    for quote in index.of_kind(NodeKind.QUOTE):
        confidence = quote.get("confidence")
        speakers = index.speakers(quote["id"])
        if speakers and confidence is not None and confidence < DOUBTFUL_BELOW:
            found.append(
                DoubtfulRef(
                    quote["id"],
                    unquote(quote.get("text")),
                    bool(quote.get("direct", True)),
                    "; ".join(s.get("name") or s["id"] for s in speakers),
                    confidence,
                    quote.get("line"),
                    quote.get("column"),
                )
            )
    return tuple(found)


def breaches(audit: Audit) -> list[str]:
    found = audit.doubtful
    if not found:
        return []
    shown = first(f"“{clip(q.text, 50)}” — {q.speaker} ({q.confidence:.2f})" for q in found)
    attributions = plural(len(found), "attribution is", "attributions are")
    return [f"{attributions} doubtful (confidence below {DOUBTFUL_BELOW}): {shown}"]


CHECK = registered("doubtful-attributions", field="doubtful", run=run, breaches=breaches)

"""``confusable-names``: people sources sharing a surname, easily taken for one another."""

from __future__ import annotations

from ...graph import slug
from ...index import MapIndex
from ...model import SourceType
from ..check import registered
from ..ledger import Ledger
from ..results import Audit, Confusable, SourceRef
from ..words import lower, names_nobody, words

NAME_SUFFIXES = frozenset("jr sr ii iii iv phd md".split())


def surname(name: str) -> str | None:
    """The last word of a person's name, suffixes aside, as a key (None: nobody named)."""
    found = [m[0] for m in words(name) if lower(m) not in NAME_SUFFIXES]
    if not found or names_nobody(name):
        return None
    return slug(found[-1])


def run(index: MapIndex, ledger: Ledger) -> tuple[Confusable, ...]:
    groups: dict[str, list[SourceRef]] = {}
    for source in ledger.sources:
        if source.source_type == SourceType.PERSON.value and (key := surname(source.name)):
            groups.setdefault(key, []).append(source)
    return tuple(
        Confusable(
            words(group[0].name)[-1][0] if words(group[0].name) else key,
            tuple(s.name for s in group),
            tuple(s.id for s in group),
        )
        for key, group in groups.items()
        if len({s.name for s in group}) > 1
    )


def breaches(audit: Audit) -> list[str]:
    return [
        f"sources easily confused (surname {c.surname}): {' / '.join(c.names)}"
        for c in audit.confusable
    ]


CHECK = registered("confusable-names", field="confusable", run=run, breaches=breaches)

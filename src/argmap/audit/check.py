"""The shape of an audit check: what it measures, what it finds, and when that is a breach.

A check is data: a frozen :class:`Check` named ``CHECK`` in its module under
``argmap.audit.checks``, registered by one line in :data:`argmap.audit.CHECKS`, which says
what it measures (``--help`` reads it there without importing the check).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import CHECKS

if TYPE_CHECKING:
    from ..index import MapIndex
    from .ledger import Ledger
    from .results import Audit


@dataclass(frozen=True, slots=True)
class Check:
    """One audit check.

    ``run(index, ledger)`` returns its findings, which fill the :class:`Audit` field named
    ``field``; ``breaches(audit)`` words those findings as sentences a person can act on
    (empty: the check passes), for ``--fail-on``.
    """

    name: str
    """The ``--fail-on`` name."""
    measures: str
    """One line: what it measures (the registry entry's help)."""
    field: str
    run: Callable[[MapIndex, Ledger], tuple]
    breaches: Callable[[Audit], list[str]]


def registered(
    name: str,
    *,
    field: str,
    run: Callable[[MapIndex, Ledger], tuple],
    breaches: Callable[[Audit], list[str]],
) -> Check:
    """The check registered as ``name``, with what it measures taken from the registry."""
    return Check(name, CHECKS[name].help, field, run, breaches)


__all__ = ["Check", "registered"]

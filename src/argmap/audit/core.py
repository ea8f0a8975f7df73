"""Running the audit: build the ledger, run every check, and judge the limits.

1. :func:`~argmap.audit.ledger.build_ledger` counts who backs each point (via the map's
   :class:`~argmap.index.MapIndex`, the only code that walks the map).
2. Each check in :data:`~argmap.audit.CHECKS`, in registry order, adds its findings.
3. :func:`check_thresholds` asks the checks the user chose for their breaches.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import ArgumentMap
from . import CHECKS
from .check import Check
from .ledger import build_ledger
from .results import Audit


def checks() -> list[Check]:
    """Every registered check, loaded, in registry order."""
    return [plugin.load() for plugin in CHECKS.values()]


def audit_map(amap: ArgumentMap) -> Audit:
    """Audit the sourcing of ``amap``: backing per point, and the weak points to check."""
    index = amap.index
    ledger = build_ledger(index)
    return Audit(
        title=amap.title,
        sources=ledger.sources,
        points=ledger.points,
        leanings=ledger.leanings,
        attributions=ledger.attributions,
        anonymous_attributions=ledger.anonymous_attributions,
        quotes=ledger.quotes,
        **{check.field: check.run(index, ledger) for check in checks()},
    )


def check_thresholds(
    audit: Audit, max_anonymous_share: float | None = None, fail_on: Iterable[str] = ()
) -> list[str]:
    """The breaches of the given limits, as sentences a person can act on (empty: none).

    Checks report in registry order, so the output does not depend on the option order.
    """
    chosen = set(fail_on)
    unknown = sorted(chosen - set(CHECKS))
    if unknown:
        raise ValueError(f"unknown check {unknown[0]!r} (choose from {', '.join(CHECKS)})")
    breaches: list[str] = []
    if max_anonymous_share is not None and audit.anonymous_share > max_anonymous_share:
        breaches.append(
            f"{audit.anonymous_share:.0%} of attributions are anonymous "
            f"({audit.anonymous_attributions} of {audit.attributions}; "
            f"the limit is {max_anonymous_share:.0%})"
        )
    for check in checks():
        if check.name in chosen:
            breaches.extend(check.breaches(audit))
    return breaches


__all__ = ["audit_map", "check_thresholds", "checks"]

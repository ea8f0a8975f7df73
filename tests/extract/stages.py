"""Run extraction stages on a text as the pipeline does: one context, findings accumulated."""

from __future__ import annotations

from argmap.extract import Stage, StageContext
from argmap.model import Finding, Findings
from argmap.segment import segment


def yielded(
    text: str, *stages: Stage, prior: Findings | None = None
) -> tuple[Findings, list[Finding]]:
    """What the stages before the last found (after ``prior``), and what the last yields."""
    ctx = StageContext(segment(text))
    found = prior or Findings()
    for stage in stages[:-1]:
        found = found.add(list(stage(ctx, found)))
    return found, list(stages[-1](ctx, found))


def findings(text: str, *stages: Stage, prior: Findings | None = None) -> Findings:
    """Everything the stages find, in order, after ``prior``."""
    found, last = yielded(text, *stages, prior=prior)
    return found.add(last)

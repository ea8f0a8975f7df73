"""Extraction stages, in the order they run.

A stage is a function ``stage(doc, prior) -> Iterable[Finding]``: it reads the segmented
document and what earlier stages found, and yields new quotes, sources, claims or links.
The order of :data:`STAGES` encodes their dependencies. Adding a stage is one module and
one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Document, Finding, Findings
from .claims import supporting_claims
from .evidence import evidence_links
from .premises import premises
from .quotes import direct_quotations
from .sources import cited_sources
from .thesis import theses

Stage = Callable[[Document, Findings], Iterable[Finding]]

STAGES: tuple[Stage, ...] = (
    direct_quotations,  # quoted passages and the mention of who said them
    cited_sources,  # one source per person/organisation/document/anonymous group; quote links
    theses,  # the thesis and one sub-thesis per section
    supporting_claims,  # claims under the (sub-)theses, supporting or attacking them
    premises,  # the reasons under each claim, and the objections they raise or answer
    evidence_links,  # each quote supports the claim it backs
)

__all__ = ["STAGES", "Stage"]

"""Extraction stages, in the order they run.

A stage is a function ``stage(ctx, prior) -> Iterable[Finding]``: it reads the document
through its :class:`StageContext` (``ctx.doc``, and what several stages share: the quoted
passages, the sentence reading) and what earlier stages found (``prior``), and yields new
quotes, sources, claims or links. The pipeline builds one context per document and runs
the stages in :data:`STAGES` order, which encodes their dependencies. Adding a stage is
one module and one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Finding, Findings
from .blocks import block_quotations
from .claims import supporting_claims
from .compact import compact_argument
from .confidence import attribution_confidence
from .context import StageContext
from .evidence import evidence_links
from .premises import premises
from .quotes import direct_quotations
from .reported import reported_statements
from .sources import cited_sources
from .thesis import theses
from .turns import interview_turns

Stage = Callable[[StageContext, Findings], Iterable[Finding]]

STAGES: tuple[Stage, ...] = (
    direct_quotations,  # quoted passages and the mention of who said them
    interview_turns,  # the turns of an interview or transcript, each its speaker's words
    block_quotations,  # a block quote (Markdown >, indented) as the words of who introduces it
    reported_statements,  # what someone says or believes, outside quote marks, and who
    cited_sources,  # one source per person/organisation/document/anonymous group; quote links
    attribution_confidence,  # how sure each attribution is (calibrated), for quotes and sources
    theses,  # the thesis and one sub-thesis per section
    supporting_claims,  # claims under the (sub-)theses, supporting or attacking them
    premises,  # the reasons under each claim, and the objections they raise or answer
    compact_argument,  # a text of one or two paragraphs: every sentence's part in it
    evidence_links,  # each quote supports the claim it backs
)

__all__ = ["STAGES", "Stage", "StageContext"]

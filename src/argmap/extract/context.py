"""What the stages of one document share, built once by the pipeline and passed to each.

Several stages read the same things: the quoted passages (direct quotations, reported
speech, cited works) and the sentence reading (thesis, claims, premises). Each is worked
out on the first stage's request and kept here, so it is read once per document, and no
stage reaches it through a cache on the document or module state. The context lives as
long as one run of the stages.
"""

from __future__ import annotations

from ..model import Document, Findings, Span
from .passages import quoted_passages, read_passage
from .phrases import Passage
from .sentences import Reading, attribution_marks, direct_quote_spans
from .turns import Turn, speaker_turns


class StageContext:
    """One document and what its stages derive from it, each worked out when first asked."""

    __slots__ = (
        "_names",
        "_passages",
        "_quotations",
        "_reading",
        "_reading_quotes",
        "_turns",
        "doc",
    )

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._passages: list[Passage] | None = None
        self._quotations: list[Passage] | None = None
        self._names: list[bool] = []
        self._reading: Reading | None = None
        self._reading_quotes: tuple[Span, ...] = ()
        self._turns: list[Turn] | None = None

    def passages(self) -> list[Passage]:
        """Every double-quoted passage (see :func:`.passages.quoted_passages`)."""
        if self._passages is None:
            self._passages = quoted_passages(self.doc)
        return self._passages

    def quotations(self) -> list[Passage]:
        """The passages that are quotations, not work titles or markup attributes."""
        if self._quotations is None:
            text = self.doc.text
            quotations: list[Passage] = []
            for passage in self.passages():
                quotation, name = read_passage(text, passage)
                if quotation:
                    quotations.append(passage)
                    self._names.append(name)
            self._quotations = quotations
        return self._quotations

    def quotation_names(self) -> list[bool]:
        """For each of :meth:`quotations`, whether it looks like a name (``“Arab Spring”``,
        see :func:`.passages.looks_like_name`): read with the test for a title."""
        self.quotations()
        return self._names

    def turns(self) -> list[Turn]:
        """The speaker turns, if the text is an interview or transcript (:mod:`.turns`)."""
        if self._turns is None:
            self._turns = speaker_turns(self.doc)
        return self._turns

    def reading(self, prior: Findings) -> Reading:
        """The sentence reading with the direct quotes found so far: the thesis, claims and
        premises stages, which run after the quotes, all judge sentences on one reading."""
        quotes = direct_quote_spans(prior)
        if self._reading is None or quotes != self._reading_quotes:
            self._reading = Reading(self.doc.text, quotes, attribution_marks(prior))
            self._reading_quotes = quotes
        return self._reading


__all__ = ["StageContext"]

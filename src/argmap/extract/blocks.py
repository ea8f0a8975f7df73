"""Block quotations: a passage set off by layout (Markdown ``>`` lines, an indented passage)
that someone named around it wrote or said.

A block is attributed by the line that introduces it (``Jenna Marsh, who covers the county,
wrote:``) or, failing that, by a signature line right after it (``Harriet Cole, librarian,
on the closures.``, ``— Harriet Cole``). Quotes inside the block keep their own speakers (the
quotation stage reads them): the reporter is credited with the block, not with the people
it quotes. A block nobody is named around is left alone: a pull quote or the author's own
aside. Each block is read once from its paragraph and its neighbours, so cost is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Document, Finding, Findings, Quote, Span
from .phrases import WORDS, np_forward, tokens
from .quotes import attribution_before, names_no_one

if TYPE_CHECKING:
    from .context import StageContext

_MARKER = re.compile(r"[ \t]{0,3}>(?:[ \t]{0,3}>)*[ \t]?")
_INDENT = 4
_DASHES = "—–―"
"""What opens a signature line: ``— Ada Osei``."""
_SIGNATURE_WORDS = 12
"""A signature line under a block is a name, a role and a topic, never a sentence."""


def block_quotations(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """Each block quotation with whoever introduces or signs it."""
    doc = ctx.doc
    blocks = [_block_body(doc, k) for k in range(len(doc.paragraphs))]
    if not any(blocks):
        return
    quoted = sorted(q.span for q in prior.quotes if q.direct)
    starts = [q.start for q in quoted]
    group = max((q.group for q in prior.quotes), default=0)
    speaker: Span | None = None
    signed: Span | None = None  # a signature inside the block ("> — Ada Osei"), not a quote
    for k, body in enumerate(blocks):
        if body is None:
            speaker = None
            continue
        if k == 0 or blocks[k - 1] is None:  # the first paragraph of a block
            signed = _signed_inside(doc, blocks, k)
            by = _signed_by(doc.text, signed) if signed is not None else None
            speaker = _introduction(doc, k) or by or _signature(doc, blocks, k)
        if signed is not None and body.overlaps(signed):
            body = _before(doc.text, body, signed.start)  # the words, not their signature
        if body is None or speaker is None or _mostly_quoted(body, quoted, starts):
            continue
        group += 1
        yield Quote(body, speaker, None, True, group)


def _block_body(doc: Document, k: int) -> Span | None:
    """The words of paragraph ``k`` if it is set off as a block: ``>`` lines, or indented
    while the paragraphs around it are not."""
    text = doc.text
    span = doc.paragraphs[k].span
    m = _MARKER.match(text, span.start, span.end)
    if m is not None and text[span.start : m.end()].strip():
        start = m.end()
    elif _indented(doc, k) and not any(
        _indented(doc, j) for j in (k - 1, k + 1) if 0 <= j < len(doc.paragraphs)
    ):
        start = span.start
    else:
        return None
    if not any(ch.isalpha() for ch in text[start : span.end]):
        return None
    return Span(start, span.end)


def _indented(doc: Document, k: int) -> bool:
    text = doc.text
    start = doc.paragraphs[k].span.start
    line = text.rfind("\n", max(0, start - 16), start) + 1
    lead = text[line:start]
    return line > 0 and not lead.strip() and (len(lead) >= _INDENT or "\t" in lead)


def _introduction(doc: Document, k: int) -> Span | None:
    """``Jenna Marsh … wrote:``: the speaker of the paragraph before, ending in a colon."""
    if k == 0:
        return None
    text = doc.text
    before = doc.paragraphs[k - 1].span
    if _block_body(doc, k - 1) is not None or not text[before.start : before.end].rstrip().endswith(
        ":"
    ):
        return None
    end = before.start + len(text[before.start : before.end].rstrip())
    ids = doc.paragraphs[k - 1].sentences
    start = doc.sentences[ids[-1]].span.start if ids else before.start
    found = attribution_before(text, start, end)
    if found is None or found.speaker is None or names_no_one(text, found.speaker):
        return None
    return found.speaker


def _signature(doc: Document, blocks: list[Span | None], k: int) -> Span | None:
    """``Harriet Cole, librarian, on the closures.`` or ``— Harriet Cole`` right after the
    block (``k`` is its first paragraph)."""
    j = k
    while j < len(blocks) and blocks[j] is not None:
        j += 1
    if j >= len(doc.paragraphs):
        return None
    return _signed_by(doc.text, doc.paragraphs[j].span)


def _signed_inside(doc: Document, blocks: list[Span | None], k: int) -> Span | None:
    """``> — Ada Osei, St Mark's Church`` closing the block itself (``k`` its first
    paragraph): its last line, after the marker, a dash and a signature. That line's span
    (from the dash), which is no part of the quotation."""
    j = k
    while j + 1 < len(blocks) and blocks[j + 1] is not None:
        j += 1
    last = blocks[j]
    if last is None:
        return None
    text = doc.text
    line = text.rfind("\n", last.start, last.end) + 1 or last.start
    marker = _MARKER.match(text, line, last.end)
    start = marker.end() if marker is not None and line > last.start else line
    if text[start : start + 1] not in _DASHES or (start == last.start and j == k):
        return None
    signature = Span(start, last.end)
    return signature if _signed_by(text, signature) is not None else None


def _signed_by(text: str, span: Span) -> Span | None:
    """The name a signature line gives, if ``span`` is one: a name, a role, a topic."""
    line = text[span.start : span.end]
    if len(WORDS.findall(line)) > _SIGNATURE_WORDS or any(m in line for m in '“"«'):
        return None
    start = span.start
    while start < span.end and text[start] in "-—–―* \t_":
        start += 1
    if not text[start : start + 1].isupper():
        return None
    name = np_forward(text, start, span.end, lenient=True, apposition=False)
    if name is None or names_no_one(text, name):
        return None
    toks = tokens(text, name.start, name.end)
    if not all(t.capitalised or not t.word for t in toks):
        return None
    rest = text[name.end : span.end].lstrip()
    if rest and rest[0] not in ",.;(":
        return None  # "Harriet Cole resigned.": a sentence, not a signature
    return name


def _before(text: str, body: Span, end: int) -> Span | None:
    """``body`` cut before ``end``, without the block markers and blanks left at its end."""
    while end > body.start and text[end - 1] in " \t\n>":
        end -= 1
    return Span(body.start, end) if end > body.start else None


def _mostly_quoted(body: Span, quoted: list[Span], starts: list[int]) -> bool:
    """A block that is one quotation (``> “…,” said X``) is that quotation's already."""
    inside = 0
    for q in quoted[bisect_left(starts, body.start) : bisect_left(starts, body.end)]:
        inside += max(0, min(body.end, q.end) - q.start)
    return inside * 2 >= len(body)


__all__ = ["block_quotations"]

"""``unnamed-consensus``: statements presented as what everyone thinks, with no one named.

"Experts agree that ...", "it is widely believed ...": the article asserts agreement instead
of quoting anyone. Points are flagged unless a named source backs them directly; quotes
unless a named speaker said them.
"""

from __future__ import annotations

from ...extract.lexicon import audit as audit_lex
from ...index import MapIndex
from ...model import NodeKind
from ...render.text import clip, one_line, unquote
from ..check import registered
from ..ledger import Ledger
from ..phrasing import first, plural
from ..results import ANONYMOUS, Audit, Flag
from ..words import effective_type, lower, words

MAX_FRAME_GAP = 40
"""Most characters between a quote and its speaker for the cue to count as its frame."""


def consensus_phrase(text: str, start: int, end: int) -> str | None:
    """The consensus phrase in ``text[start:end]``, if any ("experts increasingly believe")."""
    matches = words(text, start, end)
    found = [lower(m) for m in matches]
    for i, word in enumerate(found):
        n = audit_lex.CONSENSUS_PHRASES.starts(found, i)
        if n:
            return text[matches[i].start() : matches[i + n - 1].end()]
        if word not in audit_lex.GROUP_NOUNS:
            continue
        j = i + 1
        while j < len(found) and j - i <= 3 and found[j] in audit_lex.CONSENSUS_ADVERBS:
            j += 1
        if j < len(found) and found[j] in audit_lex.CONSENSUS_VERBS:
            first = next(
                (k for k in range(max(i - 4, 0), i) if found[k] in audit_lex.GROUP_NOUNS), i
            )  # "analysts and diplomatic experts believe": the whole group
            return text[matches[first].start() : matches[j].end()]
    return None


def run(index: MapIndex, ledger: Ledger) -> tuple[Flag, ...]:
    """Points and reported statements framed as consensus, with no named source of their own.

    A quote's frame is its words plus where its speaker is named ("Experts agree that ..."),
    so a consensus claim is caught whether the extractor made it a claim or a quote; a
    quote inside an already flagged point is not listed twice.
    """
    text = index.amap.text
    flags: list[Flag] = []
    flagged_spans: list[tuple[int, int]] = []
    for point in ledger.points:
        span = index.nodes[point.id].get("span")
        if any(s.source_type != ANONYMOUS for s in point.own.sources):
            continue
        phrase = (
            consensus_phrase(text, *span)
            if span
            else consensus_phrase(point.text, 0, len(point.text))
        )
        if phrase:
            flags.append(Flag(point.id, point.role, point.text, (one_line(phrase),)))
            flagged_spans += [tuple(span)] if span else []
    for quote in index.of_kind(NodeKind.QUOTE):
        ends = [e for e in (quote.get("span"), quote.get("speaker_span")) if e]
        if not ends:
            continue
        start, end = min(e[0] for e in ends), max(e[1] for e in ends)
        if end - start - sum(e[1] - e[0] for e in ends) > MAX_FRAME_GAP:
            start, end = ends[0]  # speaker named far away: its words frame nothing here
        if any(a < end and start < b for a, b in flagged_spans):
            continue
        if any(effective_type(s) != ANONYMOUS for s in index.speakers(quote["id"])):
            continue
        if phrase := consensus_phrase(text, start, end):
            flags.append(
                Flag(quote["id"], "quote", unquote(quote.get("text")), (one_line(phrase),))
            )
    return tuple(flags)


def breaches(audit: Audit) -> list[str]:
    found = audit.unnamed_consensus
    if not found:
        return []
    listed = first((f"“{clip(f.text, 50)}” ({f.words[0]})" for f in found), "; ")
    statements = plural(len(found), "statement is", "statements are")
    return [f"{statements} presented as consensus with no one named: {listed}"]


CHECK = registered("unnamed-consensus", field="unnamed_consensus", run=run, breaches=breaches)

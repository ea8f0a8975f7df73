"""Did they really say that? Each quote of an article checked against the originals.

Every direct quote gets one verdict (:class:`Verdict`):

- **verbatim**: the words are in an original, in order; typography, case and white space do
  not count. Press conventions are honoured: an ellipsis may skip words (up to
  :data:`MAX_ELLIPSIS_GAP`, forward, in the same original) and a bracketed insertion may
  stand for up to :data:`MAX_INSERTION` original words (``[the mayor]`` for ``she``).
- **altered**: the nearest passage differs in wording; the word-level changes and that
  passage are given. An ellipsis or insertion that leaves out a negation (``we will …
  raise taxes`` for ``we will not raise taxes``) is *altered* too, whatever the convention
  allows: it turns the statement round. So is any edit that drops or adds a negation.
- **spliced**: the quote is made of exact runs (each at least :data:`MIN_SPLICE_RUN` words)
  from separate places of an original, joined as if said together, without an ellipsis
  to say so (or with one that jumps back, or further than the gap allowed).
- **not found**: nothing in the originals comes near (similarity below
  :data:`MIN_SIMILARITY`).

Reported statements are paraphrase: with ``reported=True`` each gets the verdict
**paraphrase**, with its nearest passage and similarity, and is never judged verbatim.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise
from typing import TYPE_CHECKING

from ..model import NodeKind
from ..render.text import unquote
from .align import Alignment, Change, WordIndex, inline_diff
from .tokens import NEGATIONS, QuotePart, Tokens, line_column, quote_parts, tokenize

if TYPE_CHECKING:
    from ..model import ArgumentMap
    from ..reading import Article

MAX_ELLIPSIS_GAP = 150
"""Most words an ellipsis may skip: further than this, the parts are separate passages."""
MAX_INSERTION = 4
"""Most original words a bracketed insertion may stand for."""
MIN_SPLICE_RUN = 3
"""Shortest exact run that counts as a piece of a splice."""
SPLICE_COVER = 0.8
"""Share of a quote's words that its pieces must cover to call it spliced."""
SPLICE_JUMP = 3
"""A gap of more words than this between two pieces (or any jump back) is a splice."""
MIN_SIMILARITY = 0.5
"""Below this word similarity to the nearest passage, a quote is not found."""


class Verdict(str, Enum):
    VERBATIM = "verbatim"
    ALTERED = "altered"
    SPLICED = "spliced"
    NOT_FOUND = "not-found"
    PARAPHRASE = "paraphrase"


@dataclass(frozen=True, slots=True)
class Location:
    """Where in an original a quote (or a piece of it) was found."""

    source: str
    span: tuple[int, int]
    line: int
    column: int
    text: str

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "span": list(self.span),
            "line": self.line,
            "column": self.column,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """The verdict on one quote of the article, with the evidence for it."""

    quote_id: str
    quote: str
    span: tuple[int, int]
    direct: bool
    speaker: str | None
    verdict: Verdict
    similarity: float
    locations: tuple[Location, ...] = ()
    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def diff(self) -> str:
        """The word-level difference, ``[-original-]{+quote+}``; empty when none."""
        if all(c.op == "equal" for c in self.changes):
            return ""
        return inline_diff(self.changes)

    def to_dict(self) -> dict:
        return {
            "quote_id": self.quote_id,
            "quote": self.quote,
            "span": list(self.span),
            "direct": self.direct,
            "speaker": self.speaker,
            "verdict": self.verdict.value,
            "similarity": round(self.similarity, 3),
            "locations": [loc.to_dict() for loc in self.locations],
            "diff": self.diff,
            "changes": [c.to_dict() for c in self.changes if c.op != "equal"],
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class Original:
    """One original text, tokenised and indexed once for every quote."""

    name: str
    index: WordIndex = field(repr=False)

    @classmethod
    def of(cls, name: str, text: str) -> Original:
        return cls(name, WordIndex(tokenize(text)))

    @property
    def tokens(self) -> Tokens:
        return self.index.tokens

    def location(self, start: int, end: int) -> Location:
        """The location of original words ``[start, end)``."""
        tokens = self.tokens
        begin, finish = tokens.span(start, end) if end > start else (0, 0)
        line, column = line_column(tokens.text, begin)
        return Location(self.name, (begin, finish), line, column, tokens.text[begin:finish])


def check_quotes(
    article_map: ArgumentMap,
    originals: Sequence[Article] | Sequence[Original],
    *,
    reported: bool = False,
) -> list[QuoteCheck]:
    """Check every direct quote of ``article_map`` against ``originals``, in text order.

    ``originals`` are loaded articles (:func:`argmap.reading.load_article`) or prepared
    :class:`Original` s; each is tokenised and indexed once. With ``reported`` the reported
    statements are listed too, as paraphrase.
    """
    prepared = [o if isinstance(o, Original) else Original.of(o.name, o.text) for o in originals]
    index = article_map.index
    quotes = sorted(index.of_kind(NodeKind.QUOTE), key=lambda n: (n["span"][0], n["id"]))
    checks = []
    for node in quotes:
        direct = bool(node.get("direct", True))
        if not direct and not reported:
            continue
        speakers = [s.get("name") for s in index.speakers(node["id"]) if s.get("name")]
        check = check_quote(node["text"], prepared, direct=direct)
        if check is None:
            continue
        checks.append(
            QuoteCheck(
                node["id"],
                unquote(node["text"]),
                tuple(node["span"]),
                direct,
                ", ".join(speakers) or None,
                check.verdict,
                check.similarity,
                check.locations,
                check.changes,
                check.notes,
            )
        )
    return checks


def check_quote(text: str, originals: Sequence[Original], *, direct: bool = True):
    """The verdict on one quote's ``text`` (a :class:`QuoteCheck` without the article's
    details), or None when it has no words."""
    parts = quote_parts(text)
    words = [w for part in parts for w in part.words]
    if not words:
        return None
    written = [run.text[s:e] for part in parts for run in part.runs for s, e in run.spans]

    def surface(i: int, j: int) -> str:
        return " ".join(written[i:j])

    if not direct:
        return _nearest(words, surface, originals, Verdict.PARAPHRASE)
    for original in originals:
        placed = _place_faithfully(parts, original.index)
        if placed is not None:
            return _faithful(placed, original)
    for original in originals:
        pieces = _splice_pieces(words, original.index)
        if pieces:
            locations = tuple(original.location(p, p + n) for _, p, n in pieces)
            covered = sum(n for _, _, n in pieces) / len(words)
            note = f"joins {len(pieces)} separate passages of {original.name} as one quote"
            return _result(Verdict.SPLICED, covered, locations, notes=(note,))
    return _nearest(words, surface, originals, Verdict.ALTERED)


# ----------------------------------------------------------------------------- faithful


@dataclass(frozen=True, slots=True)
class _Placed:
    """A quote placed part by part: each part's word range, and what the ellipses and
    insertions left out (original word positions)."""

    ranges: tuple[tuple[int, int], ...]
    omitted: tuple[int, ...]


def _part_matches(part: QuotePart, index: WordIndex) -> Iterable[tuple[int, int, list[int]]]:
    """Each place ``part`` occurs: ``(start, end, skipped)``, where ``skipped`` are the
    original words its bracketed insertions stand for."""
    text = index.tokens.words
    first, rest = part.runs[0].words, part.runs[1:]
    for start in index.exact(first):
        position, skipped = start + len(first), []
        for run in rest:
            for k in range(MAX_INSERTION + 1):
                if text[position + k : position + k + len(run)] == run.words:
                    skipped.extend(range(position, position + k))
                    position += k + len(run)
                    break
            else:
                break
        else:
            yield start, position, skipped


def _place_faithfully(parts: Sequence[QuotePart], index: WordIndex) -> _Placed | None:
    """Place every part in order, each within :data:`MAX_ELLIPSIS_GAP` words after the
    last; the first placement of the first part that works wins."""
    for start, end, skipped in _part_matches(parts[0], index):
        ranges, omitted, position = [(start, end)], list(skipped), end
        for part in parts[1:]:
            found = next(
                (
                    m
                    for m in _part_matches(part, index)
                    if position <= m[0] <= position + MAX_ELLIPSIS_GAP
                ),
                None,
            )
            if found is None:
                break
            omitted.extend(range(position, found[0]))
            omitted.extend(found[2])
            ranges.append(found[:2])
            position = found[1]
        else:
            return _Placed(tuple(ranges), tuple(omitted))
    return None


def _faithful(placed: _Placed, original: Original):
    """Verbatim, unless what the conventions left out includes a negation."""
    start, end = placed.ranges[0][0], placed.ranges[-1][1]
    location = original.location(start, end)
    tokens = original.tokens
    dropped = sorted({tokens.words[i] for i in placed.omitted} & NEGATIONS)
    if not dropped:
        return _result(Verdict.VERBATIM, 1.0, (location,))
    changes = _omission_changes(placed, tokens)
    words = ", ".join(f"“{w}”" for w in dropped)
    note = f"the ellipsis or insertion leaves out {words}: the quote says the opposite"
    kept = sum(e - s for s, e in placed.ranges)
    return _result(Verdict.ALTERED, kept / (end - start), (location,), changes, (note,))


def _omission_changes(placed: _Placed, tokens: Tokens) -> tuple[Change, ...]:
    """The placed quote as equal runs, with what it leaves out between them as deletes."""
    changes: list[Change] = []
    omitted = set(placed.omitted)
    i, end = placed.ranges[0][0], placed.ranges[-1][1]
    while i < end:
        j = i
        gone = i in omitted
        while j < end and (j in omitted) == gone:
            j += 1
        text = tokens.surface(i, j)
        changes.append(Change("delete", text, "") if gone else Change("equal", text, text))
        i = j
    return tuple(changes)


# ----------------------------------------------------------------------------- splices


def _splice_pieces(words: Sequence[str], index: WordIndex) -> list[tuple[int, int, int]]:
    """Exact runs ``(quote position, original position, length)`` covering the quote
    greedily, when they come from separate places; else an empty list."""
    pieces: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        position, length = index.longest_run(words, i)
        if length >= MIN_SPLICE_RUN:
            pieces.append((i, position, length))
            i += length
        else:
            i += 1
    if len(pieces) < 2 or sum(n for *_, n in pieces) < SPLICE_COVER * len(words):
        return []
    jumps = [not 0 <= b[1] - (a[1] + a[2]) <= SPLICE_JUMP for a, b in pairwise(pieces)]
    return pieces if any(jumps) else []


# ----------------------------------------------------------------------------- nearest


def _nearest(words: Sequence[str], surface, originals: Sequence[Original], verdict: Verdict):
    """The closest passage over all originals; ``verdict`` if close enough, else not found."""
    best: tuple[Alignment, Original] | None = None
    for original in originals:
        found = original.index.best_window(words, surface)
        if found and (best is None or found.similarity > best[0].similarity):
            best = (found, original)
    if best is None:
        return _result(Verdict.NOT_FOUND, 0.0)
    alignment, original = best
    location = (original.location(alignment.start, alignment.end),)
    if alignment.similarity < MIN_SIMILARITY and verdict is not Verdict.PARAPHRASE:
        return _result(Verdict.NOT_FOUND, alignment.similarity, location)
    notes = _negation_notes(alignment.changes) if verdict is Verdict.ALTERED else ()
    return _result(verdict, alignment.similarity, location, alignment.changes, notes)


def _negation_notes(changes: Sequence[Change]) -> tuple[str, ...]:
    """A note when an edit drops or adds a negation: the quote then says the opposite."""
    removed: set[str] = set()
    added: set[str] = set()
    for change in changes:
        if change.op != "equal":
            before = set(tokenize(change.original).words) & NEGATIONS
            after = set(tokenize(change.quote).words) & NEGATIONS
            removed, added = removed | (before - after), added | (after - before)
    notes = []
    if removed:
        notes.append("drops " + ", ".join(f"“{w}”" for w in sorted(removed)))
    if added:
        notes.append("adds " + ", ".join(f"“{w}”" for w in sorted(added)))
    return tuple(notes)


@dataclass(frozen=True, slots=True)
class _Result:
    verdict: Verdict
    similarity: float
    locations: tuple[Location, ...] = ()
    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()


def _result(verdict, similarity, locations=(), changes=(), notes=()) -> _Result:
    return _Result(verdict, similarity, tuple(locations), tuple(changes), tuple(notes))


# ----------------------------------------------------------------------------- audit


QUOTE_CHECKS = {
    Verdict.ALTERED: "altered-quotes",
    Verdict.SPLICED: "spliced-quotes",
    Verdict.NOT_FOUND: "unfound-quotes",
}
"""Audit check name for each verdict a fact-checker must look at."""


def audit_findings(checks: Iterable[QuoteCheck]) -> list[dict]:
    """The verdicts as audit findings: one dict per quote that is not verbatim (nor a
    paraphrase), with the check it fails, the quote's node and a one-line message."""
    findings = []
    for check in checks:
        name = QUOTE_CHECKS.get(check.verdict)
        if name is None:
            continue
        where = check.locations[0] if check.locations else None
        found = f" (nearest: {where.source} {where.line}:{where.column})" if where else ""
        detail = "; ".join((*check.notes, check.diff) if check.diff else check.notes)
        findings.append(
            {
                "check": name,
                "node": check.quote_id,
                "speaker": check.speaker,
                "verdict": check.verdict.value,
                "similarity": round(check.similarity, 3),
                "message": f"{check.verdict.value} quote “{check.quote}”{found}"
                + (f": {detail}" if detail else ""),
            }
        )
    return findings


__all__ = [
    "MAX_ELLIPSIS_GAP",
    "MAX_INSERTION",
    "QUOTE_CHECKS",
    "Location",
    "Original",
    "QuoteCheck",
    "Verdict",
    "audit_findings",
    "check_quote",
    "check_quotes",
]

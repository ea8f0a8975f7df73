"""Find where a run of words comes from in a long text, fast, and say how it differs.

An original (a transcript, a speech) of ``m`` words is tokenised once and indexed: every
word bigram maps to the positions where it starts (:class:`WordIndex`, O(m) to build).
A query of ``k`` words (a quote) is then placed without scanning the original:

1. **exact runs**: anchor on the query's rarest bigram, verify the candidates word by word
   (:meth:`WordIndex.exact`), O(k + occurrences of that bigram);
2. **near matches**: each query bigram votes for the diagonal ``position - offset`` where
   it occurs; the few diagonals with most votes are candidate regions (bigrams occurring
   more than :data:`MAX_POSTINGS` times, "of the", do not vote), O(k + postings);
3. **scoring**: each candidate window of ~``k`` words is compared with the query by
   rapidfuzz's word-level Levenshtein (``Levenshtein.opcodes`` on the word lists), O(k²)
   per candidate, a fixed handful of candidates per query;
4. **splices**: a greedy cover of the query by the longest exact runs (each found as in 1)
   tells words joined from separate places, O(k · postings).

So checking ``q`` quotes against originals of ``m`` words in all costs O(m + Σ k²) on
average: linear in the transcript, independent of its length per quote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .tokens import Tokens

MAX_POSTINGS = 200
"""A bigram this frequent carries no information about where a quote is."""
CANDIDATES = 4
"""Diagonals scored per query and original."""


@dataclass(frozen=True, slots=True)
class Change:
    """One word-level edit from the original to the quote: ``op`` is ``replace``,
    ``insert`` (words the quote has and the original lacks) or ``delete`` (words of the
    original the quote leaves out); ``equal`` runs are kept for rendering the diff."""

    op: str
    original: str
    quote: str

    def to_dict(self) -> dict:
        return {"op": self.op, "original": self.original, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Alignment:
    """Query words ``[q_start, q_end)`` against original words ``[start, end)``."""

    start: int
    end: int
    similarity: float
    changes: tuple[Change, ...]


class WordIndex:
    """Bigram → start positions over one tokenised text, plus the tokens themselves."""

    __slots__ = ("bigrams", "tokens", "unigrams")

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        words = tokens.words
        self.bigrams: dict[tuple[str, str], list[int]] = {}
        self.unigrams: dict[str, list[int]] = {}
        for i, word in enumerate(words):
            self.unigrams.setdefault(word, []).append(i)
            if i + 1 < len(words):
                self.bigrams.setdefault((word, words[i + 1]), []).append(i)

    def postings(self, words: Sequence[str], i: int) -> list[int]:
        """Where ``words[i:i+2]`` (or the single last word) starts in the text."""
        if i + 1 < len(words):
            return self.bigrams.get((words[i], words[i + 1]), [])
        return self.unigrams.get(words[i], [])

    def exact(self, words: Sequence[str]) -> list[int]:
        """Every start position of the word run ``words`` in the text."""
        if not words:
            return []
        anchor = min(range(max(len(words) - 1, 1)), key=lambda i: len(self.postings(words, i)))
        text = self.tokens.words
        n = len(words)
        found = []
        for p in self.postings(words, anchor):
            start = p - anchor
            if start >= 0 and text[start : start + n] == tuple(words):
                found.append(start)
        return found

    def longest_run(self, words: Sequence[str], i: int) -> tuple[int, int]:
        """The longest exact match of ``words[i:]``'s prefix: ``(position, length)``."""
        text = self.tokens.words
        best = (-1, 0)
        for p in self.postings(words, i)[:MAX_POSTINGS]:
            length = 0
            while (
                i + length < len(words)
                and p + length < len(text)
                and text[p + length] == words[i + length]
            ):
                length += 1
            if length > best[1]:
                best = (p, length)
        return best

    def candidates(self, words: Sequence[str]) -> list[int]:
        """Likely start positions of a near copy of ``words``, best first."""
        votes: Counter[int] = Counter()
        for i in range(len(words)):
            postings = self.postings(words, i)
            if len(postings) <= MAX_POSTINGS:
                for p in postings:
                    votes[p - i] += 1
        chosen: list[int] = []
        for diagonal, _ in votes.most_common():
            if all(abs(diagonal - c) > len(words) // 2 for c in chosen):
                chosen.append(diagonal)
                if len(chosen) == CANDIDATES:
                    break
        return chosen

    def best_window(self, words: Sequence[str], query_surface=None) -> Alignment | None:
        """The passage of the text nearest to ``words`` (word Levenshtein), or None.
        ``query_surface(i, j)`` gives query words ``i..j`` as written, for the changes."""
        best: Alignment | None = None
        for diagonal in self.candidates(words):
            found = align_window(words, self.tokens, diagonal, query_surface)
            if found and (best is None or found.similarity > best.similarity):
                best = found
        return best


def align_window(
    query: Sequence[str], tokens: Tokens, diagonal: int, query_surface=None
) -> Alignment | None:
    """Align ``query`` with the text around ``diagonal`` and trim the window to the words
    that correspond to it (the window's unmatched ends are not part of the passage)."""
    from rapidfuzz.distance import Levenshtein

    slack = max(3, len(query) // 3)
    lo = max(0, diagonal - slack)
    hi = min(len(tokens), diagonal + len(query) + slack)
    window = tokens.words[lo:hi]
    matched = [op for op in Levenshtein.opcodes(query, window) if op.tag == "equal"]
    if not matched:
        return None
    first, last = matched[0], matched[-1]
    start = max(lo, lo + first.dest_start - first.src_start)
    end = min(hi, lo + last.dest_end + (len(query) - last.src_end))
    return compare_words(query, tokens, start, end, query_surface)


def compare_words(
    query: Sequence[str], tokens: Tokens, start: int, end: int, query_surface=None
) -> Alignment:
    """How ``query`` differs from the text's words ``[start, end)``."""
    from rapidfuzz.distance import Levenshtein

    original = tokens.words[start:end]
    similarity = Levenshtein.normalized_similarity(query, original)
    changes = word_changes(
        query, original, lambda i, j: tokens.surface(start + i, start + j), query_surface
    )
    return Alignment(start, end, similarity, changes)


def word_changes(
    query: Sequence[str], original: Sequence[str], original_surface, query_surface=None
):
    """The word-level edit script from ``original`` to ``query`` (equal runs included).

    ``original_surface(i, j)`` gives original words ``i..j`` as written; ``query_surface``
    likewise for the query (default: the normalised words).
    """
    from rapidfuzz.distance import Levenshtein

    if query_surface is None:

        def query_surface(i: int, j: int) -> str:
            return " ".join(query[i:j])

    return tuple(
        Change(
            op.tag,
            original_surface(op.src_start, op.src_end),
            query_surface(op.dest_start, op.dest_end),
        )
        for op in Levenshtein.opcodes(original, query)
    )


def diff_words(old: Tokens, new: Tokens) -> tuple[Change, ...]:
    """Word-level changes from ``old`` (the original) to ``new``, as written in each."""
    return word_changes(new.words, old.words, old.surface, new.surface)


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Normalised word-level Levenshtein similarity in [0, 1]."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b)


def inline_diff(changes: Sequence[Change]) -> str:
    """The changes as one line, wdiff style: ``[-original-]{+quote+}`` around edits."""
    pieces = []
    for change in changes:
        if change.op == "equal":
            pieces.append(change.quote)
            continue
        if change.original:
            pieces.append(f"[-{change.original}-]")
        if change.quote:
            pieces.append(f"{{+{change.quote}+}}")
    return " ".join(pieces)


def is_unchanged(changes: Sequence[Change]) -> bool:
    return all(c.op == "equal" for c in changes)


__all__ = [
    "Alignment",
    "Change",
    "WordIndex",
    "align_window",
    "compare_words",
    "diff_words",
    "inline_diff",
    "is_unchanged",
    "similarity",
]

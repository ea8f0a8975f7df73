"""Texts as word sequences with offsets: what "the same words" means for comparing.

Two passages say the same words when their word sequences are equal after case folding
(NFKC, then ``str.casefold``), with curly and straight apostrophes unified. Punctuation,
quotation marks, dashes and white space are not words, so ``“We won’t”`` and ``"we
won't"`` or ``half-empty`` and ``half—empty`` tokenise alike: a change of typography is
never a change of wording. Each token keeps the ``[start, end)`` span of the characters it
came from, so every finding points back into the original text.

Quotes are read with the press conventions they follow (:func:`quote_parts`): an ellipsis
(``…``, ``...``, ``[...]``, ``[…]``) marks words left out, and square brackets mark words
the reporter put in (``[the president]``). Tokenising is one regular-expression pass,
O(n) in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Combining marks: part of the word they follow (``i`` + U+0307 is one word)."""
_LETTERS = rf"[^\W_][^\W_]*(?:[{_MARKS}]+[^\W_]*)*"
_WORD = re.compile(rf"{_LETTERS}(?:['’]{_LETTERS})*")
"""A word: letters and digits (with their combining marks), joined by apostrophes (``won’t``).
U+02BC (ʼ) is a letter to ``re``, so it is inside words already; listing it among the
apostrophes would make the pattern ambiguous (and slow on a run of them)."""
_ELLIPSIS = r"(?:\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|…|\.(?:\s?\.){2,})"
_QUOTE_MARKUP = re.compile(rf"(?P<ellipsis>{_ELLIPSIS})|(?P<insert>\[[^\[\]]{{0,200}}\])")

NEGATIONS = frozenset(
    "not no never nor neither none nobody nothing nowhere cannot without"
    " can't won't don't doesn't didn't isn't aren't wasn't weren't shouldn't wouldn't"
    " couldn't mustn't hasn't haven't hadn't".split()
)
"""Words whose loss turns a statement round: an ellipsis that drops one alters the quote."""


def normalise_word(word: str) -> str:
    """The comparison form of one word: NFKC, case-folded, apostrophes unified."""
    return unicodedata.normalize("NFKC", word).casefold().replace("’", "'").replace("ʼ", "'")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words of ``text[start:end]``: ``words[i]`` is normalised, from ``spans[i]``."""

    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    def __len__(self) -> int:
        return len(self.words)

    def surface(self, i: int, j: int) -> str:
        """Words ``i`` to ``j`` as written, punctuation between them included, on one line
        (``long-term``, not ``long term``); empty when ``j <= i``."""
        if j <= i:
            return ""
        start, end = self.span(i, j)
        return " ".join(self.text[start:end].split())

    def span(self, i: int, j: int) -> tuple[int, int]:
        """The character span covering words ``i`` to ``j`` (``j > i``)."""
        return self.spans[i][0], self.spans[j - 1][1]


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """The words of ``text[start:end]``, spans indexing ``text`` itself."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        words.append(normalise_word(match[0]))
        spans.append(match.span())
    return Tokens(text, tuple(words), tuple(spans))


@dataclass(frozen=True, slots=True)
class QuotePart:
    """A run of a quote between ellipses: its word runs, split where the reporter put a
    bracketed insertion in (``runs[k]`` and ``runs[k + 1]`` had ``[...]`` between them).
    ``lead``/``tail`` say an insertion stands before the first or after the last run."""

    runs: tuple[Tokens, ...]
    lead: bool = False
    tail: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for run in self.runs for w in run.words)


def quote_parts(text: str) -> list[QuotePart]:
    """Split a quote at its ellipses into :class:`QuotePart` s (empty parts dropped)."""
    parts: list[QuotePart] = []
    runs: list[Tokens] = []
    lead = tail = False
    position = 0

    def add_run(upto: int) -> None:
        nonlocal tail
        run = tokenize(text, position, upto)
        if run.words:
            runs.append(run)
            tail = False

    for match in _QUOTE_MARKUP.finditer(text):
        add_run(match.start())
        position = match.end()
        if match["ellipsis"]:
            if runs:
                parts.append(QuotePart(tuple(runs), lead, tail))
            runs, lead, tail = [], False, False
        elif runs:
            if tail:  # two insertions in a row count as one
                continue
            tail = True
        else:
            lead = True
    add_run(len(text))
    if runs:
        parts.append(QuotePart(tuple(runs), lead, tail))
    return parts


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` (``\\r\\n``, ``\\r`` and ``\\n`` end lines)."""
    before = text[:offset]
    line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    return line, offset - line_start + 1


__all__ = [
    "NEGATIONS",
    "QuotePart",
    "Tokens",
    "line_column",
    "normalise_word",
    "quote_parts",
    "tokenize",
]

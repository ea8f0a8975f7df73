"""Tokens: words and punctuation marks of a stretch of text, found by one regex scan.

The readers of quotes, reported speech and mentions tokenise many overlapping windows of
the same sentences (a quote's window before and after it, each cue's subject, each
speaker phrase), and the scan, a few hundred instructions a character, was a fifth of
the extraction. A :class:`TokenStore` scans each piece of one document at most once and
answers every window from the pieces; :func:`shared_tokens` makes it the one :func:`tokens` reads
for the length of a run of the stages, so the many readers keep their ``(text, start,
end)`` signature. Without a store, or for another text, :func:`tokens` scans the window:
the answer is the same either way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*(?<=\w)|\d[\w’'\-.,]*(?<=\w)|[^\w\s]")
r"""A word (a letter, then letters, digits, apostrophes and hyphens, ending on a word
character), a number (a digit, then the same and ``.`` ``,``, likewise) or a mark. The run
is taken whole and given back from its end until it ends on a word character (the
look-behind): the same tokens as ``[^\W\d_](?:[\w’'\-]*\w)?|\d[\w’'\-.,]*\w|\d|…``,
whose optional group the engine tried and undid at every word, for an eighth less work."""
_PIECE = 128
"""About how long (chars) a piece of a :class:`TokenStore` is: a window is short (a quote's
surroundings, a phrase), so a piece holds little a window does not need, yet is
long enough that a window is one to three pieces."""
_APOSTROPHES = "’'"
_KEPT = 1024
"""Pieces a store keeps (about 128 kB of text): the stages read windows near each other, a
stage at a time, so recent pieces are the ones asked again; keeping every piece of a long
document would cost more memory than the text by far (a few tokens a word)."""


class Tok(NamedTuple):
    """A word or punctuation mark with its place in the text (a tuple: cheap to make).

    ``low`` is the lower case, made once: the readers ask it of most tokens, several times.
    """

    text: str
    start: int
    end: int
    low: str

    @property
    def bare(self) -> str:
        """Lower case, without a possessive ’s."""
        low = self.low
        if len(low) > 2 and low[-2] in _APOSTROPHES and low[-1] == "s":
            return low[:-2]
        return low.rstrip("’'")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def possessive(self) -> bool:
        low = self.low
        return len(low) > 2 and low[-2] in _APOSTROPHES and low[-1] == "s"


_new = tuple.__new__
"""Makes a :class:`Tok` from a tuple without the Python-level ``__new__`` a NamedTuple
call runs: a tenth of each token's cost, and tokens are made by the ten thousand."""


def scan(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]``, scanned afresh."""
    return [
        _new(Tok, (word, m.start(), m.end(), word.lower()))
        for m in _TOKEN.finditer(text, start, end)
        if (word := m[0])  # never empty: the walrus only names it
    ]


_Piece = tuple[list[Tok], list[int], list[int]]
"""A piece's tokens with their starts and ends (both ascending: tokens do not overlap)."""


class TokenStore:
    """The tokens of one document, each piece scanned when first asked about.

    The text is cut into pieces at a space about every :data:`_PIECE` characters (a text
    with no space there runs on in one piece). No token holds a space, so a window's tokens
    are its pieces' tokens, and within a piece the tokens a scan of the window finds are
    the piece's own, but where the window cuts a token: there the window is scanned, from
    its start until that scan meets a token of the piece again, and from the start of the
    token its end cuts. The pattern looks at no character before where it starts or after
    the window, so this is exactly what scanning the window finds.
    """

    __slots__ = ("_piece_starts", "_pieces", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._piece_starts = [0]
        for at in range(_PIECE, len(text), _PIECE):
            cut = text.find(" ", at, at + _PIECE)  # bounded: linear however few spaces
            if cut >= 0:
                self._piece_starts.append(cut)
        self._pieces: dict[int, _Piece] = {}

    def between(self, start: int, end: int) -> list[Tok]:
        """What ``scan(text, start, end)`` finds (a new list: callers may change it)."""
        text = self.text
        start = max(start, 0)
        end = min(end, len(text))
        if start >= end:
            return []
        starts = self._piece_starts
        k = bisect_right(starts, start) - 1
        found: list[Tok] = []
        while True:
            piece_end = starts[k + 1] if k + 1 < len(starts) else len(text)
            found += self._within(k, start, min(end, piece_end))
            if end <= piece_end:
                return found
            k += 1
            start = piece_end

    def _piece(self, k: int) -> _Piece:
        piece = self._pieces.get(k)
        if piece is None:
            starts = self._piece_starts
            end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
            toks = scan(self.text, starts[k], end)
            if len(self._pieces) >= _KEPT:  # the oldest first: a stage reads forward
                del self._pieces[next(iter(self._pieces))]
            piece = self._pieces[k] = (toks, [t.start for t in toks], [t.end for t in toks])
        return piece

    def _within(self, k: int, start: int, end: int) -> list[Tok]:
        """The tokens of ``text[start:end]``, a stretch of piece ``k``."""
        toks, starts, ends = self._piece(k)
        i = bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:  # the window opens inside a token
            return self._cut_open(toks, starts, ends, ends[i - 1], start, end)
        return self._from(toks, starts, ends, i, end)

    def _from(
        self, toks: list[Tok], starts: list[int], ends: list[int], i: int, end: int
    ) -> list[Tok]:
        """Tokens from the ``i``-th of a piece, up to ``end`` (a token it cuts scanned)."""
        j = bisect_right(ends, end, i)
        if j < len(toks) and starts[j] < end:
            return toks[i:j] + scan(self.text, starts[j], end)
        return toks[i:j]

    def _cut_open(
        self,
        toks: list[Tok],
        starts: list[int],
        ends: list[int],
        cut_end: int,
        start: int,
        end: int,
    ) -> list[Tok]:
        """A window opening inside a token (ending at ``cut_end``): scan it until a token
        found starts where one of the piece starts, and take the piece's from there."""
        found: list[Tok] = []
        for m in _TOKEN.finditer(self.text, start, end):
            at = m.start()
            if at >= cut_end:
                i = bisect_left(starts, at)
                if i < len(starts) and starts[i] == at:
                    return found + self._from(toks, starts, ends, i, end)
            word = m.group()
            found.append(_new(Tok, (word, at, m.end(), word.lower())))
        return found


_SHARED: ContextVar[TokenStore | None] = ContextVar("argmap_shared_tokens", default=None)
"""The store of the document whose stages are running (None outside a run)."""


@contextmanager
def shared_tokens(text: str) -> Iterator[TokenStore]:
    """Let every :func:`tokens` call on ``text`` inside the block read one store."""
    store = TokenStore(text)
    reset = _SHARED.set(store)
    try:
        yield store
    finally:
        _SHARED.reset(reset)


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The words and punctuation marks of ``text[start:end]``; the ``>`` that opens a line
    of a Markdown block quote is layout, not a mark of the sentence it runs through."""
    store = _SHARED.get()
    toks = store.between(start, end) if store is not None and store.text is text else None
    if toks is None:
        toks = scan(text, start, end)
    if text.find(">", start, end) < 0:
        return toks
    return [t for t in toks if t.text != ">" or not _opens_line(text, t.start)]


def first_words(text: str, start: int, end: int, n: int) -> list[Tok]:
    """The first ``n`` words of ``text[start:end]`` (fewer if it has fewer): what
    ``[t for t in tokens(...) if t.word][:n]`` gives, without tokenising a long passage
    past the words a test looks at ("more than six words" needs only the seventh)."""
    words: list[Tok] = []
    if n <= 0:
        return words
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word[:1].isalpha():
            words.append(_new(Tok, (word, m.start(), m.end(), word.lower())))
            if len(words) == n:
                break
    return words


def _opens_line(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t")
    return pos == 0 or before.endswith("\n") or (not before and pos < 4)


__all__ = ["Tok", "TokenStore", "first_words", "scan", "shared_tokens", "tokens"]

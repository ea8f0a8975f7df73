"""Quoted passages: where each paragraph's double quote marks open and close, and which
passages are quotations rather than work titles or names.

Found by one linear scan of each paragraph's quote marks. Apart from :mod:`.quotes`, so
that the stage context can scan once for every stage that reads the passages (direct
quotations, reported speech, cited works) without depending on a stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Document
from .lexicon.attribution import WORK_NOUNS
from .phrases import CLOSERS, Passage, Tok, first_words, tokens

_MARKS = re.compile(r"[\"“”«»'](?:(?<=')'{1,2}|(?<!'))")
"""A double quote mark, or two or three straight single ones (wiki markup's ``''``).

Written to open with one character set rather than as ``[\"“”«»]|'{2,3}``: the engine
then skips straight to the next candidate instead of trying each position, four times
faster. A lone ``'`` (an apostrophe) is no mark: after it, the look-behind sees the ``'``
just matched, so the pattern needs one or two more."""
_TITLE_MINOR = frozenset("a an the of and or for in on to at by with from para de".split())
_OPENERS = "“«"


def quoted_passages(doc: Document) -> list[Passage]:
    """Every double-quoted passage, paragraph by paragraph; unclosed ones run to the end.

    A text that quotes in single marks only (the British style: ``'It is a scandal,' said
    Jane Smith``) has its single-quoted passages instead."""
    text = doc.text
    found: list[Passage] = []
    for para in doc.paragraphs:
        found.extend(_passages_in(text, para.span.start, para.span.end, para.index))
    if not found and ("'" in text or "‘" in text):
        for para in doc.paragraphs:
            found.extend(_single_passages_in(text, para.span.start, para.span.end, para.index))
    return found


_SINGLE = re.compile(r"['‘’]")
_OPEN_AFTER = " \t\n([—–-"
_CLOSE_AFTER = " \t\n.,;:!?)—–"


def _single_passages_in(text: str, start: int, end: int, paragraph: int) -> Iterator[Passage]:
    """Passages in single marks, told from apostrophes by what stands around each mark: an
    opening mark follows a space and precedes a letter (not ``'90s``), a closing one follows
    punctuation, or a letter at the end of a clause (not ``don't``, not ``students' books``).
    A passage still open at the paragraph's end counts only if it opens the paragraph (the
    press convention for a quote running on)."""
    open_at: int | None = None
    for m in _SINGLE.finditer(text, start, end):
        i = m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if text[i] != "’" and before in _OPEN_AFTER and after.isalpha():
                open_at = i
            continue
        if text[i] == "‘" or after.isalnum():
            continue  # an inner opening mark or an apostrophe inside a word
        if before in ",.!?;:…-—–" or (before.isalpha() and after in _CLOSE_AFTER and after != " "):
            yield Passage(open_at, i + 1, True, paragraph)
            open_at = None
    if open_at is not None and open_at == start and end - open_at > 1:
        yield Passage(open_at, end, False, paragraph)


def _passages_in(text: str, start: int, end: int, paragraph: int) -> Iterator[Passage]:
    open_at: int | None = None
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if open_at is None:
            straight = ch in "\"'"
            if ch in CLOSERS or (straight and _looks_closing(text, i, m.end(), start, end)):
                continue  # a stray closing mark
            open_at = i
            continue
        if ch in _OPENERS and i > start and text[i - 1].isspace() and i - open_at > 1:
            # a new quote opens before the last one closed: end the last one here
            stop = i
            while stop > open_at + 1 and text[stop - 1].isspace():
                stop -= 1
            yield Passage(open_at, stop, False, paragraph)
            open_at = i
            continue
        yield Passage(open_at, m.end(), True, paragraph)
        open_at = None
    if open_at is not None and end - open_at > 1:
        yield Passage(open_at, end, False, paragraph)


def _looks_closing(text: str, i: int, j: int, start: int, end: int) -> bool:
    """A straight mark glued to a word on its left and followed by space closes."""
    before = text[i - 1] if i > start else " "
    after = text[j] if j < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def is_quotation(text: str, passage: Passage) -> bool:
    """Not a work title, an empty pair of marks or a markup attribute (``id="…"``)."""
    return read_passage(text, passage)[0]


_TITLE_WORDS = 15
"""How many of a passage's first words :func:`is_title` reads (:func:`looks_like_name`
reads the first seven of them)."""


def read_passage(text: str, passage: Passage) -> tuple[bool, bool]:
    """Whether a passage is a quotation (:func:`is_quotation`) and, if so, whether it looks
    like a name (:func:`looks_like_name`): its first words read once for both."""
    if passage.start > 0 and text[passage.start - 1] == "=":
        return False, False
    inner = passage.inner_of(text)
    if not any(ch.isalpha() for ch in text[inner.start : inner.end]):
        return False, False
    words = first_words(text, inner.start, inner.end, _TITLE_WORDS)
    if is_title(text, passage, words):
        return False, False
    return True, looks_like_name(text, passage, words[:7])


def looks_like_name(text: str, passage: Passage, words: list[Tok] | None = None) -> bool:
    """A short Title Case phrase (``“Arab Spring”``): a name or title unless attributed.
    ``words``: the passage's first seven words, if already read."""
    inner = passage.inner_of(text)
    if words is None:
        words = first_words(text, inner.start, inner.end, 7)
    if not words or len(words) > 6 or text[inner.end - 1 : inner.end] in "?!":
        return False
    content = [w for w in words if w.low not in _TITLE_MINOR]
    return bool(content) and all(w.capitalised and w.low != "i" for w in content)


def is_title(text: str, passage: Passage, words: list[Tok] | None = None) -> bool:
    """A quoted work title: ``author of “Kremlin Playbook”``, ``the film “Trainwreck.”``
    ``words``: the passage's first fifteen words, if already read."""
    if words is None:
        inner = passage.inner_of(text)
        words = first_words(text, inner.start, inner.end, _TITLE_WORDS)
    if not words or len(words) > 14 or not words[0].capitalised:
        return False
    long_words = [w for w in words if len(w.text) > 3]
    capitalised = sum(1 for w in long_words if w.capitalised)
    if long_words and capitalised / len(long_words) < 0.6:
        return False
    before = tokens(text, max(0, passage.start - 40), passage.start)[-4:]
    return any(t.bare in WORK_NOUNS or t.low == "author" for t in before) or (
        bool(before) and before[-1].possessive and len(words) <= 4
    )


__all__ = ["is_quotation", "is_title", "looks_like_name", "quoted_passages", "read_passage"]

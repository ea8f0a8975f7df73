"""Is an article English? A cheap, deterministic, offline guess from its function words.

English prose is about a third function words ("the", "of", "and", "that"...). The test
counts the share of the words that are among the commonest English ones; words that are
just as common in French, German, Spanish or Italian ("a", "in", "an", "on", "was",
"also", "will", "die") are left out of the list, so a text in those languages scores near
zero. Only the first :data:`SAMPLE` words are looked at, so the cost is flat however long
the article is. A text too short to judge (fewer than :data:`MIN_WORDS` words) counts as
English: it is mapped rather than skipped.
"""

from __future__ import annotations

import re
from itertools import islice

ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the of and to is that for it with as be by at are this have from or not but they his
    her which we you he she has had were their would been there can said more its who if
    than about what when all one our these those them into after because could should
    most other some such only over how while where being do does did my your any
    """.split()
)
THRESHOLD = 0.12
"""English prose scores 0.25-0.45; French, German and Spanish score below 0.05."""
MIN_WORDS = 8
SAMPLE = 2000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_share(text: str) -> float:
    """The share of the first :data:`SAMPLE` words that are English function words."""
    words = [m.group().lower() for m in islice(_WORD.finditer(text), SAMPLE)]
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def language_of(text: str) -> str:
    """``"en"`` when ``text`` reads as English (or is too short to tell), else ``"other"``."""
    words = sum(1 for _ in islice(_WORD.finditer(text), MIN_WORDS))
    if words < MIN_WORDS:
        return "en"
    return "en" if english_share(text) >= THRESHOLD else "other"


__all__ = ["ENGLISH_FUNCTION_WORDS", "THRESHOLD", "english_share", "language_of"]

"""Reading the words of a statement or a name, for the ledger and the checks.

Kept apart from the map-walking code because it needs the lexicons (which load the
extraction package): only the modules that run an audit import this.
"""

from __future__ import annotations

import re

from ..extract.lexicon import audit as audit_lex
from ..extract.lexicon.argument import HEDGE_WORDS
from ..model import SourceType
from .results import ANONYMOUS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The words of ``text[start:end]``, as matches (so their offsets stay in ``text``)."""
    return list(_WORD.finditer(text, start, len(text) if end is None else end))


def lower(match: re.Match[str]) -> str:
    """A word as the lexicons spell it: lower case, straight apostrophe."""
    return match[0].lower().replace("’", "'")


def names_nobody(name: str) -> bool:
    """True for a source named only by a crowd ("Experts", "many analysts")."""
    found = [lower(m) for m in words(name)]
    allowed = audit_lex.GROUP_NOUNS | audit_lex.GROUP_QUANTIFIERS | {"and", "of"}
    return bool(found) and any(w in audit_lex.GROUP_NOUNS for w in found) and set(found) <= allowed


def effective_type(source: dict) -> str:
    """A source's type, except that a "person" who names nobody ("Experts") is anonymous."""
    kind = source.get("source_type") or ANONYMOUS
    if kind == SourceType.PERSON.value and names_nobody(source.get("name") or ""):
        return ANONYMOUS
    return kind


def hedge_words(
    text: str, span: list[int] | None, shielded: list[tuple[int, int]]
) -> tuple[str, ...]:
    """Hedge words in the point, outside quoted words (a speaker's hedge is not the writer's).

    A capitalised "May" inside the sentence is the month, not a hedge.
    """
    start, end = span if span else (0, len(text))
    found: list[str] = []
    for i, match in enumerate(words(text, start, end)):
        word = lower(match)
        if word not in HEDGE_WORDS or word in found:
            continue
        if any(a <= match.start() < b for a, b in shielded):
            continue
        if word == "may" and match[0][0].isupper() and i > 0:
            continue
        found.append(word)
    return tuple(found)


__all__ = ["effective_type", "hedge_words", "lower", "names_nobody", "words"]

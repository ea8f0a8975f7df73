"""No regular expression in argmap backtracks catastrophically on long adversarial text.

Every compiled pattern is found by importing each module of the package and walking its
globals (lists, tuples, sets, dicts and frozen lexicon tables included), plus the patterns
that functions compile inline. Each is run with ``match``, ``search``, ``fullmatch`` and
``finditer`` over 50,000+ characters built from its own literals: long runs of the
characters it repeats, and near misses that fail at the very end. A run that takes a
second fails; a hang is cut off by ``SIGALRM`` rather than blocking the suite.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator

import pytest

import argmap

LIMIT = 1.0
"""Seconds one match/search/finditer over one adversarial string may take."""
SIZE = 50_000

INLINE = (r"[^A-Za-z0-9]+", r"[^a-z0-9]+")
"""Patterns compiled inside functions (``re.sub(pattern, ...)``): mermaid ids, graph slugs."""

ANCHORED = {
    "argmap.segment._BLOCK_MARKER": "only .match at a line's start",
    "argmap.segment._NEXT_START": "only .match just after a sentence's closing mark",
    "argmap.layout._BIO": "only .match at the start of a block of at most 600 characters",
    "argmap.layout._DATELINE_ONLY": "only .fullmatch of a block of at most 600 characters",
    "argmap.layout._LABEL": "only .match at a paragraph line's start",
}
"""Patterns used only with ``match`` at a given position. ``search`` over a long run of
blanks would retry from each blank (quadratic), and without atomic groups (Python 3.11)
that cannot be written away; so these get ``match``/``fullmatch`` only. Keep it short."""


def _modules() -> Iterator[object]:
    yield argmap
    for info in pkgutil.walk_packages(argmap.__path__, "argmap."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def all_patterns() -> dict[str, re.Pattern]:
    """Every compiled pattern in the package, by ``module.NAME`` (deduplicated)."""
    found: dict[str, re.Pattern] = {}
    seen: set[tuple[str | bytes, int]] = set()
    for module in _modules():
        for name, value in vars(module).items():
            for k, pattern in enumerate(_patterns_in(value)):
                key = (pattern.pattern, pattern.flags)
                if key not in seen:
                    seen.add(key)
                    found[f"{module.__name__}.{name}" + (f"[{k}]" if k else "")] = pattern
    for k, source in enumerate(INLINE):
        pattern = re.compile(source)
        if (pattern.pattern, pattern.flags) not in seen:
            found[f"inline[{k}]"] = pattern
    return found


PATTERNS = all_patterns()


JOINERS = ("-", "’", "'", ".")
"""Marks that join letters into one token ("a-b", "isn’t", "U.S."), as in-word classes allow."""


def _atoms(source: str) -> list[str]:
    """Characters a pattern mentions, and stand-ins for its classes (``\\s``, ``\\w``, ...)."""
    chars = {c for c in source if c.isprintable() and c not in "()?:|+*{},^$\\"}
    chars |= {" ", "\t", "\n", "a", "Z", "9", "é", "\u00a0"}
    return sorted(chars)


def adversarial(source: str) -> Iterator[str]:
    """Long strings aimed at the repeats in ``source``: runs, alternations, near misses."""
    atoms = _atoms(source)
    tail = ["", "!", "\x00", "\n", " x"]
    literal = re.sub(r"\\[a-zA-Z]|[\[\]\\()?:|+*{}^$.\d,]", "", source)
    for atom in atoms:
        for end in tail[:2]:
            yield atom * SIZE + end
    for a, b in itertools.pairwise(atoms):
        yield (a + b) * (SIZE // 2) + "!"
    yield "".join(atoms) * (SIZE // max(len(atoms), 1)) + "\x00"
    if literal.strip():
        for end in tail:
            yield (literal + " ") * (SIZE // (len(literal) + 1)) + end
            yield literal * (SIZE // max(len(literal), 1)) + end
    yield "a " * (SIZE // 2) + "."
    yield "A. " * (SIZE // 3) + "said"
    # a word-like run joined by the pattern's own in-word marks, after an ordinary sentence:
    # a class such as [\w'-]* that can start anywhere in it is retried from every letter
    for joiner in [j for j in JOINERS if j in source] or JOINERS:
        for letter in ("a", "A"):
            yield "The council voted on it. " + (letter + joiner) * (SIZE // 2) + " x"


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError


def _run(pattern: re.Pattern, text: str | bytes, anchored: bool) -> float:
    start = time.perf_counter()
    pattern.match(text)
    pattern.fullmatch(text)
    if not anchored:
        pattern.search(text)
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - start


def test_patterns_are_found() -> None:
    """The walk sees the segmenter's, the reader's and the extractors' patterns."""
    modules = {name.rsplit(".", 1)[0] for name in PATTERNS}
    assert {"argmap.segment", "argmap.reading", "argmap.extract.passages"} <= modules
    assert len(PATTERNS) >= 15
    assert set(ANCHORED) <= set(PATTERNS)


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGALRM")
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_catastrophic_backtracking(name: str) -> None:
    pattern = PATTERNS[name]
    source = pattern.pattern
    if isinstance(source, bytes):
        texts: list[str | bytes] = [
            t.encode("utf-8") for t in adversarial(source.decode("latin-1"))
        ]
    else:
        texts = list(adversarial(source))
    previous = signal.signal(signal.SIGALRM, _timeout)
    try:
        for text in texts:
            signal.setitimer(signal.ITIMER_REAL, 10 * LIMIT)
            try:
                elapsed = _run(pattern, text, name in ANCHORED)
            except TimeoutError:
                elapsed = float("inf")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            assert elapsed < LIMIT, (
                f"{name} took {elapsed:.2f}s on {text[:40]!r}... ({len(text)} chars)"
            )
    finally:
        signal.signal(signal.SIGALRM, previous)

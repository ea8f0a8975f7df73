"""The document token store answers every window exactly as scanning the window would."""

from __future__ import annotations

import random

import pytest

from argmap.extract.tokens import TokenStore, scan, shared_tokens, tokens

_TRICKY = [
    "ab1.5 x1,000.5 a-b-c- 'x' don’t 2,000-strong “Vote Lee” pins\n> quoted line\n",
    "a-" * 60,
    "1,2,3,4,5" * 8,
    "Dr. Ann Lee, 54, said: “No.”\n\n\tIndented — line; with_underscore and ²nd.\n",
    "",
    "\n\n\n",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_every_window_matches_a_scan(text: str) -> None:
    store = TokenStore(text)
    for start in range(-2, len(text) + 2):
        for end in range(start - 1, min(len(text) + 3, start + 45)):
            assert store.between(start, end) == scan(text, start, end)


def test_random_texts_match_a_scan() -> None:
    rng = random.Random(7)
    alphabet = list("ab1_ -'’.,\n\t“”>:²É")
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        store = TokenStore(text)
        for _ in range(40):
            start = rng.randint(-3, len(text) + 3)
            end = rng.randint(start - 2, start + rng.choice([5, 40, 400]))
            assert store.between(start, end) == scan(text, start, end)


def test_shared_store_serves_only_its_text() -> None:
    text = "> Ann Lee said: “Cuts hurt.”\n> Bo Park agreed."
    other = text.encode().decode()  # equal, but another string: scanned, not read from the store
    assert other is not text
    expected = tokens(text, 0, len(text))
    with shared_tokens(text) as store:
        assert tokens(text, 0, len(text)) == expected
        assert tokens(other, 3, 20) == tokens(text, 3, 20)
        assert store.text is text


def test_windows_across_pieces_match_a_scan() -> None:
    """A long text is cut into pieces: windows across their cuts read as one scan."""
    rng = random.Random(11)
    alphabet = [*"ab1_ -'’.,\n“”>:²É", "said ", "Dr. Ann Lee, ", "1,000 "]
    text = "".join(rng.choice(alphabet) for _ in range(3000))
    store = TokenStore(text)
    for _ in range(3000):
        start = rng.randint(-3, len(text) + 3)
        end = start + rng.choice([1, 7, 64, 130, 400, 1500])
        assert store.between(start, end) == scan(text, start, end)

"""The normaliser: offsets index the original text, and typography is never a change."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.compare.align import diff_words, is_unchanged
from argmap.compare.tokens import line_column, normalise_word, quote_parts, tokenize

WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzÀÉçøßİ0123456789", min_size=1, max_size=8),
    min_size=1,
    max_size=20,
)
SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\r\n", " \u00a0"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_map_back_to_the_original_text(text):
    tokens = tokenize(text)
    assert len(tokens.words) == len(tokens.spans)
    previous = 0
    for word, (start, end) in zip(tokens.words, tokens.spans, strict=True):
        assert previous <= start < end <= len(text)
        assert normalise_word(text[start:end]) == word
        previous = end


@settings(max_examples=200, deadline=None)
@given(WORDS, st.data())
def test_white_space_quote_style_and_case_are_not_changes(words, data):
    plain = "“" + " ".join(words) + ",” she said"
    gaps = [data.draw(SPACES) for _ in words]
    variant = '"' + "".join(g + w for g, w in zip(gaps, words, strict=True)).strip() + '", she said'
    if data.draw(st.booleans()):
        variant = variant.upper() if data.draw(st.booleans()) else variant.swapcase()
    assert tokenize(variant).words == tokenize(plain).words
    assert is_unchanged(diff_words(tokenize(plain), tokenize(variant)))


@settings(max_examples=100, deadline=None)
@given(WORDS, st.sampled_from(["—", "–", "--", " - ", "‑"]))
def test_dashes_and_apostrophes_are_typography(words, dash):
    assert tokenize(dash.join(words)).words == tokenize(" ".join(words)).words
    assert tokenize("we won’t go").words == tokenize("We won't go").words


def test_ellipses_split_a_quote_and_insertions_split_its_runs():
    parts = quote_parts("“We will … raise [the] taxes [...] on families. . . today [sic]”")
    assert [p.words for p in parts] == [
        ("we", "will"),
        ("raise", "taxes"),
        ("on", "families"),
        ("today",),
    ]
    assert [len(p.runs) for p in parts] == [1, 2, 1, 1]
    assert parts[-1].tail and not parts[0].lead
    assert quote_parts("[He] said no")[0].lead


def test_line_and_column_count_every_line_ending():
    text = "one\r\ntwo\rthree\nfour"
    for word in ("one", "two", "three", "four"):
        offset = text.index(word)
        line, column = line_column(text, offset)
        assert re.split(r"\r\n|\r|\n", text)[line - 1][column - 1 :].startswith(word)

"""The English test: function words, offline, deterministic."""

from __future__ import annotations

import pytest

from argmap.corpus.language import english_share, language_of

ENGLISH = (
    "The council said on Tuesday that the new bridge would open next year, but critics "
    "argue that the cost has doubled and that the work should have been put out to tender."
)
FRENCH = (
    "Le conseil municipal a annoncé mardi que le nouveau pont ouvrira l'an prochain, mais "
    "les critiques estiment que le coût a doublé et que les travaux auraient dû être mis en "
    "concurrence."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag angekündigt, dass die neue Brücke im nächsten Jahr "
    "eröffnet wird, aber Kritiker meinen, dass sich die Kosten verdoppelt haben und die "
    "Arbeiten hätten ausgeschrieben werden müssen."
)
SPANISH = (
    "El ayuntamiento anunció el martes que el nuevo puente abrirá el próximo año, pero los "
    "críticos sostienen que el coste se ha duplicado y que las obras debieron salir a "
    "concurso."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(ENGLISH, "en"), (FRENCH, "other"), (GERMAN, "other"), (SPANISH, "other")],
    ids=["english", "french", "german", "spanish"],
)
def test_each_language_is_told_apart(text, expected):
    assert language_of(text) == expected


def test_english_scores_well_above_the_others():
    assert english_share(ENGLISH) > 0.25
    assert max(english_share(t) for t in (FRENCH, GERMAN, SPANISH)) < 0.06


def test_a_text_too_short_to_judge_counts_as_english():
    assert language_of("Bonjour tout le monde") == "en"
    assert language_of("") == "en"

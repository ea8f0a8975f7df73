"""Audit vocabulary: how articles present a claim as consensus without naming anyone.

Used by :mod:`argmap.audit` only; the extractors do not read it. Hedge words are not here:
they are :data:`argmap.extract.lexicon.argument.HEDGE_WORDS`, shared with the extractors.
"""

from __future__ import annotations

from .argument import phrases

CONSENSUS_PHRASES = phrases(
    "it is widely believed",
    "it is widely accepted",
    "it is widely agreed",
    "it is widely known",
    "it is widely thought",
    "it is generally accepted",
    "it is generally agreed",
    "it is generally believed",
    "it is commonly believed",
    "it is commonly accepted",
    "it is well known",
    "it is well established",
    "it is now clear",
    "there is broad agreement",
    "there is broad consensus",
    "there is a broad consensus",
    "there is consensus",
    "there is a consensus",
    "there is growing consensus",
    "there is a growing consensus",
    "there is general agreement",
    "the consensus is",
    "the consensus among",
    "a growing consensus",
    "by all accounts",
    "everyone agrees",
    "everybody agrees",
    "everyone knows",
    "most agree",
    "widely believed",
    "widely regarded as",
    "widely seen as",
    "studies show",
    "studies have shown",
    "studies suggest",
    "studies have found",
    "research shows",
    "research has shown",
    "research suggests",
    "research has found",
    "science says",
    "the science is settled",
)
"""Fixed phrases that claim agreement or evidence without saying whose."""

GROUP_NOUNS = frozenset(
    """experts analysts officials scientists researchers economists observers commentators
    scholars academics specialists insiders diplomats historians doctors strategists
    pundits watchers critics sources authorities professionals forecasters""".split()
)
"""Plural nouns for a crowd of unnamed people: "experts agree", "analysts believe"."""

GROUP_QUANTIFIERS = frozenset(
    """many most some several numerous all leading top the other independent""".split()
)
"""Words that may stand with a group noun in a source's name ("many experts") and still
name nobody."""

CONSENSUS_ADVERBS = frozenset(
    """increasingly widely generally broadly largely now overwhelmingly mostly all
    uniformly also long have had almost nearly""".split()
)
"""May stand between the group and its verb: "analysts increasingly believe"."""

CONSENSUS_VERBS = frozenset(
    """agree agreed concur concurred believe believed think thought accept accepted
    acknowledge acknowledged recognise recognised recognize recognized consider considered
    expect expected""".split()
)
"""Verbs of shared belief after a group noun: "experts agree", "observers now accept"."""

"""Vocabulary the extractors match against, kept as data apart from the code that uses it.

Import what you need from the submodule, e.g. ``from .lexicon.attribution import CUE_VERBS``.
"""

"""Every format draws the same argument: one thesis with its restatement beneath it, and
counter-claims and rebuttals told apart (the map index decides; the formats only draw)."""

from __future__ import annotations

from pathlib import Path

import pytest

import argmap
from argmap.render import render

ESSAY = Path(__file__).parents[2] / "examples" / "homework-essay.txt"


@pytest.fixture(scope="module")
def essay_map():
    return argmap.map_text(ESSAY.read_text(encoding="utf-8"))


def test_the_essay_has_a_restatement_and_a_rebuttal(essay_map):
    index = essay_map.index
    assert len(index.theses) == 1
    assert index.restated_by(index.thesis["id"])
    assert index.rebuttals and index.rebuttals <= index.counters


@pytest.mark.parametrize(
    ("fmt", "restated", "rebuttal", "counter"),
    [
        ("tree", "restated: ", "↩ rebuttal: ", "✗ counter: "),
        ("markdown", "**Restated:** ", "**Rebuttal:** ", "**Counter:** "),
        ("argdown", " #restatement", " #rebuttal", " #counter"),
        ("mermaid", "RESTATED THESIS", "REBUTTAL", "COUNTER-CLAIM"),
        ("dot", "restates", "REBUTTAL", "COUNTER-CLAIM"),
    ],
)
def test_formats_agree(essay_map, fmt, restated, rebuttal, counter):
    out = render(essay_map, fmt, argmap.RenderOptions(legend=False))  # the key names kinds too
    assert restated in out
    assert out.count(rebuttal) == len(essay_map.index.rebuttals)
    assert counter in out


def test_markdown_and_argdown_write_one_thesis(essay_map):
    thesis = essay_map.index.thesis
    markdown = render(essay_map, "markdown")
    assert markdown.count("**Thesis:**") == 1
    argdown = render(essay_map, "argdown")
    assert argdown.count(" #thesis") == 1
    (restatement,) = essay_map.index.restated_by(thesis["id"])
    # Argdown: the restatement is a second wording of the thesis (the same title)
    assert f"[{thesis['id']}]: " in argdown
    assert f"[{restatement['id']}]" not in argdown

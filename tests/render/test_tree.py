"""The terminal tree: structure, plain vs coloured output, and nothing found left out."""

from __future__ import annotations

import re

import pytest

from argmap.model import ArgumentMap
from argmap.render import RenderOptions, render
from tests.conftest import GOLDEN
from tests.golden import check_golden

ANSI = re.compile(r"\x1b\[")


def test_tree_golden(sample_map: ArgumentMap, update_golden: bool) -> None:
    out = render(sample_map, "tree", RenderOptions(color=False, width=100))
    check_golden(GOLDEN / "small.tree.txt", out, update_golden)


def test_plain_has_no_ansi(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "tree", RenderOptions(color=False))
    assert not ANSI.search(out)
    assert all(line == line.rstrip() for line in out.splitlines())


def test_color_has_ansi(sample_map: ArgumentMap, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = render(sample_map, "tree", RenderOptions(color=True))
    assert ANSI.search(out)


def test_structure_and_markers(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "tree", RenderOptions(width=200))
    lines = out.splitlines()
    assert lines[0] == "Night Buses Are Worth Their Cost"
    assert lines[1].startswith("Cutting Late Routes")

    def line_of(fragment: str) -> str:
        (line,) = [ln for ln in lines if fragment in ln]
        return line

    def depth(fragment: str) -> int:
        line = line_of(fragment)
        return len(line) - len(line.lstrip("│├└─ "))

    assert line_of("THESIS: The council").startswith("├── ")
    assert "sub-thesis § Costs & Savings:" in out
    assert "sub-thesis § Who Rides at Night:" in out
    assert "✗ counter: Critics say that empty buses waste public money." in out
    # quotes sit under the claim they support, with who said them
    assert depth("For nurses") > depth("Most riders after midnight")
    assert "— Luis Fernandes, organizer, Riverside Workers & Drivers Union" in out
    assert "reported: the last buses are full every night — unnamed driver, driver" in out
    assert "reported: the routes cost under two percent" in out


def test_unlinked_quote_is_not_lost(sample_map: ArgumentMap, payload: str) -> None:
    out = render(sample_map, "tree", RenderOptions(width=200))
    assert "Not linked to the argument" in out
    # printed literally: rich markup in the article is not interpreted
    assert f"“{payload}” — unattributed" in out


def test_sources_table(sample_map: ArgumentMap) -> None:
    out = render(sample_map, "tree", RenderOptions(width=120))
    table = out[out.index("Sources") :]
    for name, kind, quotes in [
        ("Luis Fernandes", "person", 1),
        ("unnamed driver", "anonymous", 1),
        ("Metro Transit Authority", "organization", 0),
        ("2023 Comptroller’s Audit", "document", 1),
    ]:
        (row,) = [ln for ln in table.splitlines() if ln.startswith(f"│ {name} ")]
        assert kind in row
        assert row.rstrip("│ ").endswith(str(quotes))


def test_shared_quote_shown_once_in_full(sample_map: ArgumentMap) -> None:
    edges = [
        *sample_map.edges,
        {"source": "quote@360", "target": "claim@827", "relation": "supports"},
    ]
    amap = ArgumentMap(
        sample_map.text, sample_map.document, sample_map.findings, sample_map.graph_attrs,
        sample_map.nodes, edges,
    )  # fmt: skip
    out = render(amap, "tree", RenderOptions(width=200))
    assert out.count("For nurses and cleaners") == 2
    assert out.count("(shown above)") == 1


def test_empty_map_says_so(sample_map: ArgumentMap) -> None:
    amap = ArgumentMap(
        sample_map.text, sample_map.document, sample_map.findings, sample_map.graph_attrs,
        sample_map.nodes[:1], [],
    )  # fmt: skip
    out = render(amap, "tree", RenderOptions())
    assert "no thesis, claims or quotes found" in out
    assert "No sources found." in out

"""The source network across articles, and the merged sources ledger."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from argmap.cli import app
from argmap.corpus.ledger import merged_source_rows
from argmap.corpus.network import build_network, cocitation, source_key, top_sources


def a_map(file: str, *sources: tuple[str, str], quoted: int = 0) -> dict:
    """A minimal map record citing ``sources`` (name, type); the first is quoted ``quoted`` times."""
    nodes = [{"id": "article", "kind": "article", "title": file}]
    edges = []
    for number, (name, kind) in enumerate(sources):
        nodes.append(
            {"id": f"source:{number}", "kind": "source", "name": name, "source_type": kind,
             "role": None, "affiliation": None, "mentions": [[0, 1]]}
        )  # fmt: skip
    for number in range(quoted):
        nodes.append({"id": f"quote@{number}", "kind": "quote", "text": "x"})
        edges.append(
            {"source": f"quote@{number}", "target": "source:0", "relation": "attributed_to"}
        )
    return {"file": file, "graph": {"title": file}, "nodes": nodes, "edges": edges}


RECORDS = [
    a_map("one", ("Dr. Ada Moreno", "person"), ("World Bank", "organization"), quoted=2),
    a_map(
        "two",
        ("Ada Moreno", "person"),
        ("the World Bank", "organization"),
        ("Critics", "anonymous"),
    ),
    a_map("three", ("ADA MORENO", "person"), ("Critics", "anonymous")),
    {"file": "broken", "error": "input", "message": "empty"},
    {"file": "french", "skipped": "non-English"},
    a_map("four", ("Ben Okoro", "person")),
]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Dr. Ada Moreno", "ada moreno"),
        ("Sen. José O'Neil", "jose o neil"),
        ("the World Bank's", "world bank"),
        ("Prof.", "prof"),
    ],
)
def test_names_merge_without_case_accents_punctuation_or_titles(name, key):
    assert source_key(name) == key


def test_the_network_merges_sources_and_counts_articles():
    graph = build_network(RECORDS)
    assert graph.graph["articles"] == 4
    ada = graph.nodes["source:ada moreno"]
    assert ada["articles"] == 3 and ada["quotes"] == 2 and ada["source_type"] == "person"
    assert ada["name"] in {"Ada Moreno", "Dr. Ada Moreno", "ADA MORENO"}
    assert graph.edges["article:one", "source:ada moreno"]["relation"] == "cites"
    projection = cocitation(graph)
    assert projection.edges["source:ada moreno", "source:world bank"]["weight"] == 2
    assert projection.edges["source:ada moreno", "source:critics"]["weight"] == 2
    assert projection.edges["source:world bank", "source:critics"]["weight"] == 1
    assert projection.degree("source:ben okoro") == 0
    assert top_sources(graph, 2) == ["source:ada moreno", "source:critics"]


def write_maps(tmp_path):
    path = tmp_path / "maps.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_network_json_round_trips_and_graphml_loads(runner, tmp_path):
    path = write_maps(tmp_path)
    result = runner.invoke(app, ["network", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    graph = nx.node_link_graph(json.loads(result.stdout), edges="edges")
    assert graph.nodes["source:world bank"]["articles"] == 2
    out = tmp_path / "net.graphml"
    assert runner.invoke(app, ["network", str(path), "-o", str(out)]).exit_code == 0
    assert nx.read_graphml(out).number_of_nodes() == graph.number_of_nodes()


def test_network_table_lists_the_most_cited_with_their_articles(runner, tmp_path):
    result = runner.invoke(
        app, ["network", "-", "--top", "2"], input=write_maps(tmp_path).read_text()
    )
    assert result.exit_code == 0, result.output
    assert "Ada Moreno" in result.stdout or "ADA MORENO" in result.stdout
    assert "one, two, three" in result.stdout
    assert "Ben Okoro" not in result.stdout


@pytest.mark.needs_dot
def test_network_svg_draws_the_largest_cocitation_component(runner, tmp_path):
    result = runner.invoke(app, ["network", str(write_maps(tmp_path)), "-f", "svg"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<?xml") and "Critics" in result.stdout
    assert "Okoro" not in result.stdout  # cited alone: not in the largest component


def test_the_merged_ledger_counts_articles(runner, tmp_path):
    rows = merged_source_rows(RECORDS)
    assert [r["id"] for r in rows[:3]] == [
        "source:ada moreno",
        "source:critics",
        "source:world bank",
    ]
    assert rows[0]["articles"] == 3 and rows[0]["quotes"] == 2 and rows[0]["mentions"] == 3
    path = write_maps(tmp_path)
    for args in (
        ["sources", str(path), "-f", "json"],
        ["sources", "--maps", str(path), "-f", "json"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == rows


def test_sources_over_a_folder_maps_then_merges(runner, corpus):
    result = runner.invoke(app, ["sources", str(corpus), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].endswith(",articles")


def test_the_corpus_audit_gives_per_outlet_figures(runner, tmp_path):
    from argmap.corpus.audit import outlet_of

    assert outlet_of("https://www.example.org/a/b") == "example.org"
    assert outlet_of("news/gazette/a.txt") == "gazette"
    records = [
        {**a_map("gazette/1.txt", ("Critics", "anonymous"), quoted=3)},
        {**a_map("gazette/2.txt", ("Ada Moreno", "person"), ("Critics", "anonymous"), quoted=1)},
        {**a_map("https://courier.example/x", ("Ben Okoro", "person"))},
        {"file": "gazette/3.txt", "error": "input", "message": "empty"},
    ]
    path = tmp_path / "maps.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(app, ["audit", "--corpus", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {"outlet": "gazette", "articles": 2, "attributions": 4, "anonymous_share": 0.75,
         "single_source_share": 1.0},
        {"outlet": "courier.example", "articles": 1, "attributions": 0, "anonymous_share": 0.0,
         "single_source_share": 0.0},
    ]  # fmt: skip
    table = runner.invoke(app, ["audit", "--corpus", str(path)])
    assert table.exit_code == 0 and "gazette" in table.stdout and "75%" in table.stdout

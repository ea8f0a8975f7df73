"""The same per-article function on a real Dask cluster: same records, same order."""

from __future__ import annotations

import json

import pytest

from argmap.batch import map_articles
from argmap.cli import app
from argmap.corpus import corpus_sources

from .conftest import article

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield cluster


@pytest.fixture
def mixed(corpus):
    """The corpus with a binary file among the articles: it fails on a worker."""
    (corpus / "a-05b.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    return corpus


def test_a_cluster_gives_the_local_records_in_input_order(cluster, mixed, tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "inline", "text": article(40)}) + "\n", encoding="utf-8")
    local = [o.json_line() for o in map_articles(corpus_sources([mixed], records), jobs=1)]
    with distributed.Client(cluster) as client:
        remote = [
            o.json_line()
            for o in map_articles(corpus_sources([mixed], records), scheduler=client, jobs=2)
        ]
    assert remote == local
    failed = [json.loads(line) for line in remote if '"error"' in line[:200]]
    assert [f["file"].rsplit("/", 1)[-1] for f in failed] == ["a-05b.txt"]
    assert "binary" in failed[0]["message"]


def test_the_cli_maps_on_a_scheduler_address(runner, cluster, corpus):
    local = runner.invoke(app, ["map", str(corpus), "-j", "1"])
    remote = runner.invoke(app, ["map", str(corpus), "--scheduler", cluster.scheduler_address])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout

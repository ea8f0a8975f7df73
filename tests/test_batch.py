"""Many articles in one run: each bad input costs itself alone, results stream in input
order, and several processes give the same bytes as one."""

from __future__ import annotations

import json
import os

import pytest

import argmap
from argmap.batch import ArticleSource, map_articles
from argmap.cli import app


@pytest.fixture
def folder(tmp_path, short_article):
    """Good articles around every kind of bad folder entry."""
    (tmp_path / "a-good.txt").write_text(short_article, encoding="utf-8")
    (tmp_path / "b-empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c-binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "d-good.md").write_text("# Title\n\n" + short_article, encoding="utf-8")
    (tmp_path / "e-dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "f-loop.txt").symlink_to(tmp_path / "f-loop.txt")
    os.mkfifo(tmp_path / "g-fifo.txt")
    (tmp_path / "h-good.txt").write_text(short_article, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_every_bad_entry_is_reported_and_every_good_one_mapped(folder):
    outcomes = list(map_articles([folder]))
    names = [os.path.basename(o.id) for o in outcomes]
    assert names == [
        "a-good.txt",
        "b-empty.txt",
        "c-binary.txt",
        "d-good.md",
        "e-dangling.txt",
        "f-loop.txt",
        "g-fifo.txt",
        "h-good.txt",
    ]
    ok = {os.path.basename(o.id) for o in outcomes if o.ok}
    assert ok == {"a-good.txt", "d-good.md", "h-good.txt"}
    messages = {os.path.basename(o.id): o.message for o in outcomes if not o.ok}
    assert "empty" in messages["b-empty.txt"]
    assert "binary" in messages["c-binary.txt"]
    assert "link" in messages["e-dangling.txt"] and "link" in messages["f-loop.txt"]
    assert "FIFO" in messages["g-fifo.txt"]
    assert all(o.error == "input" for o in outcomes if not o.ok)


def test_the_cli_writes_one_record_per_entry_and_exits_1(runner, folder):
    result = runner.invoke(app, ["map", str(folder)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 8
    assert sum("error" in r for r in records) == 5
    assert result.stderr.count("argmap: input error:") == 5


def test_two_jobs_give_the_same_bytes_as_one(runner, folder):
    one = runner.invoke(app, ["map", str(folder), "--jobs", "1"])
    two = runner.invoke(app, ["map", str(folder), "--jobs", "2"])
    assert one.stdout == two.stdout and one.exit_code == two.exit_code == 1


def test_a_crash_inside_the_extractor_fails_that_article_only(monkeypatch, short_article):
    import argmap.pipeline

    real = argmap.pipeline.map_text

    def fragile(text, options=None):
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, options)

    monkeypatch.setattr(argmap.pipeline, "map_text", fragile)
    from argmap.reading import Article

    sources = [
        ArticleSource("one", article=Article(short_article, "one", "utf-8", "text/plain")),
        ArticleSource(
            "two", article=Article("boom " + short_article, "two", "utf-8", "text/plain")
        ),
    ]
    first, second = map_articles(sources)
    assert first.ok and not second.ok
    assert second.error == "internal" and "RuntimeError: boom" in second.message


def test_output_file_is_replaced_only_when_the_run_finishes(runner, folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "maps.jsonl"
    out.write_text("previous results\n", encoding="utf-8")
    result = runner.invoke(app, ["map", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 8
    assert not out.with_name("maps.jsonl.part").exists()


def test_recursive_reads_sub_folders(tmp_path, short_article):
    (tmp_path / "2026" / "june").mkdir(parents=True)
    (tmp_path / "top.txt").write_text(short_article, encoding="utf-8")
    (tmp_path / "2026" / "june" / "deep.txt").write_text(short_article, encoding="utf-8")
    flat = [o.id for o in map_articles([tmp_path])]
    deep = [o.id for o in map_articles([tmp_path], recursive=True)]
    assert [os.path.basename(i) for i in flat] == ["top.txt"]
    assert [os.path.basename(i) for i in deep] == ["deep.txt", "top.txt"]


def test_map_articles_is_public_and_lazy(short_article, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(short_article, encoding="utf-8")
    outcomes = argmap.map_articles([path, path])
    first = next(outcomes)
    assert first.ok and first.map.index.thesis is not None


def test_lines_made_where_the_map_is_made_are_the_same_lines(folder):
    whole = [o.json_line() for o in map_articles([folder])]
    for jobs in (1, 2):
        lines = list(map_articles([folder], jobs=jobs, as_lines=True))
        assert [o.json_line() for o in lines] == whole
        assert all(o.map is None for o in lines)
        assert [o.ok for o in lines] == [o.ok for o in map_articles([folder])]

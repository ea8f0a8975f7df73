"""Records in, maps out: JSON Lines read one line at a time, bad lines reported."""

from __future__ import annotations

import io
import json

from argmap.batch import map_articles
from argmap.corpus import corpus_sources
from argmap.corpus.records import article_records, finished_ids, map_records, record_id

from .conftest import article


def test_records_become_sources_and_bad_lines_become_problems(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "t1", "text": article(1)}),
                "{not json",
                json.dumps({"id": 7, "url": "https://example.invalid/a"}),
                json.dumps(["a list"]),
                json.dumps({"text": "no id"}),
                "",
                json.dumps({"id": "x"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    sources = list(article_records(path))
    assert [s.id for s in sources] == ["t1", f"{path}:2", "7", f"{path}:4", f"{path}:5", "x"]
    assert sources[0].text == article(1)
    assert sources[2].location == "https://example.invalid/a"
    assert all(s.problem for s in (sources[1], sources[3], sources[4], sources[5]))


def test_records_are_read_lazily(monkeypatch):
    """The first record is ready before the stream ends."""
    lines = iter([json.dumps({"id": "one", "text": article(1)}) + "\n"])

    class Stream(io.TextIOBase):
        def __iter__(self):
            return self

        def __next__(self):
            return next(lines)  # a second read would raise StopIteration: the end

    monkeypatch.setattr("sys.stdin", Stream())
    first = next(article_records("-"))
    assert first.id == "one"


def test_text_records_map_like_files_and_errors_do_not_stop_the_run(tmp_path):
    path = tmp_path / "in.jsonl"
    records = [
        {"id": "good", "text": article(2)},
        {"id": "empty", "text": "   "},
        {"id": "html", "text": "<html><body><h1>Title</h1><p>" + article(3) + "</p></body></html>"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    outcomes = list(map_articles(corpus_sources(records=path)))
    assert [o.id for o in outcomes] == ["good", "empty", "html"]
    assert outcomes[0].ok and outcomes[2].ok and not outcomes[1].ok
    assert outcomes[0].language == "en"
    assert outcomes[0].record()["language"] == "en"


def test_the_resume_point_reads_both_files_and_drops_a_half_line(tmp_path):
    out = tmp_path / "maps.jsonl"
    out.write_text('{"file": "a", "nodes": []}\n', encoding="utf-8")
    part = tmp_path / "maps.jsonl.part"
    part.write_text('{"file": "b", "error": "input"}\n{"file": "c", "nod', encoding="utf-8")
    assert finished_ids(out) == {"a", "b"}
    assert record_id('{"file": "x\\"y", "nodes": []}\n') == 'x"y'


def test_map_records_reads_several_files_in_order(tmp_path):
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    one.write_text('{"file": "a"}\n\n{"file": "b"}\n', encoding="utf-8")
    two.write_text('{"file": "c"}\n', encoding="utf-8")
    assert [r["file"] for r in map_records([one, two])] == ["a", "b", "c"]

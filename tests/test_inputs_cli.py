"""argmap map on several inputs, folders, HTML and size limits, through the CLI."""

from __future__ import annotations

import json


def test_several_files_give_json_lines(runner, tmp_path, short_article):
    from argmap.cli import app

    for name in ("a.txt", "b.md"):
        (tmp_path / name).write_text(short_article, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    result = runner.invoke(app, ["map", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.md"]
    assert all(line["graph"]["schema"] == "argmap/1" for line in lines)


def test_a_bad_file_among_several_is_reported_and_the_rest_mapped(runner, tmp_path, short_article):
    from argmap.cli import app

    good = tmp_path / "good.txt"
    good.write_text(short_article, encoding="utf-8")
    result = runner.invoke(app, ["map", str(good), str(tmp_path / "gone.txt")])
    assert result.exit_code == 1
    mapped, failed = (json.loads(line) for line in result.stdout.splitlines())
    assert mapped["file"] == str(good) and mapped["nodes"]
    assert failed == {
        "file": str(tmp_path / "gone.txt"),
        "error": "input",
        "message": f"{tmp_path / 'gone.txt'}: no such file",
    }
    assert "gone.txt: no such file" in result.stderr


def test_several_files_need_json(runner, tmp_path, short_article):
    from argmap.cli import app

    path = tmp_path / "a.txt"
    path.write_text(short_article, encoding="utf-8")
    result = runner.invoke(app, ["map", str(path), str(path), "-f", "dot"])
    assert result.exit_code == 2


def test_max_size(runner, tmp_path, short_article):
    from argmap.cli import app

    path = tmp_path / "a.txt"
    path.write_text(short_article, encoding="utf-8")
    result = runner.invoke(app, ["map", str(path), "--max-size", "0.5k"])
    assert result.exit_code == 1
    assert "limit" in result.stderr
    assert runner.invoke(app, ["map", str(path), "--max-size", "big"]).exit_code == 2


def test_html_input_carries_its_extracted_text(runner, tmp_path):
    from argmap.cli import app

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridges Need Repair</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article>"
        "<h1>Bridges Need Repair</h1>"
        "<p>The county’s bridges are older than their design life, and the state must fund "
        "repairs now. “We are patching steel that should have been replaced,” said Ines Moreau, "
        "chief engineer at the county roads department.</p>"
        "<p>Inspectors found rust on nine of the twelve spans they examined last spring, and "
        "two of those spans now carry weight limits.</p></article>"
        "<footer>Share this story</footer></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["map", str(page), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    text = data["graph"]["text"]
    assert data["graph"]["input"]["extracted"] is True
    assert "Share this story" not in text
    for node in data["nodes"]:
        if "span" in node:
            start, end = node["span"]
            assert text[start:end] == node["text"]

"""The argmap command as users meet it: exit codes, stdout vs stderr, stdin, -o."""

from __future__ import annotations

import csv
import io
import json

import pytest

from argmap import __version__
from argmap.cli import app


def write(tmp_path, text: str, name: str = "article.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"argmap {__version__}"


@pytest.mark.parametrize("args", [[], ["--help"], ["map", "--help"], ["sources", "--help"]])
def test_help_everywhere(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 2), result.output  # no args: help plus usage exit
    assert "Usage" in result.output


def test_map_json_to_stdout_nothing_on_stderr(runner, tmp_path, short_article):
    result = runner.invoke(app, ["map", str(write(tmp_path, short_article)), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["graph"]["schema"] == "argmap/1"
    assert data["graph"]["title"] == "Why Cities Should Keep Their Night Buses"


def test_stdin_dash(runner, short_article):
    result = runner.invoke(app, ["map", "-", "-f", "json"], input=short_article.encode())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["graph"]["length"] == len(short_article)


def test_default_tree_is_plain_text_off_a_terminal(runner, tmp_path, short_article):
    result = runner.invoke(app, ["map", str(write(tmp_path, short_article))])
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.stdout
    assert "Night Buses" in result.stdout


@pytest.mark.parametrize(("name", "check"), [("m.json", json.loads), ("m.dot", str.strip)])
def test_output_file_format_from_extension(runner, tmp_path, short_article, name, check):
    out = tmp_path / name
    result = runner.invoke(app, ["map", str(write(tmp_path, short_article)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert check(out.read_text(encoding="utf-8"))


def test_unknown_extension_is_a_usage_error(runner, tmp_path, short_article):
    result = runner.invoke(app, ["map", str(write(tmp_path, short_article)), "-o", "x.docx"])
    assert result.exit_code == 2
    assert "--format" in result.stderr


def test_unknown_format_is_a_usage_error(runner, tmp_path, short_article):
    result = runner.invoke(app, ["map", str(write(tmp_path, short_article)), "-f", "yaml"])
    assert result.exit_code == 2
    assert "yaml" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"Cut off mid-character \xe2\x80", "UTF-8"),
    ],
)
def test_bad_input_one_line_on_stderr_exit_1(runner, tmp_path, content, message):
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["map", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_directory_is_an_error(runner, tmp_path):
    result = runner.invoke(app, ["map", str(tmp_path)])
    assert result.exit_code == 1
    assert "directory" in result.stderr


def test_missing_graphviz_names_the_fix(runner, tmp_path, short_article, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    out = tmp_path / "m.svg"
    result = runner.invoke(app, ["map", str(write(tmp_path, short_article)), "-o", str(out)])
    assert result.exit_code == 1
    assert "--format dot" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_min_confidence_is_range_checked(runner, tmp_path, short_article):
    path = str(write(tmp_path, short_article))
    result = runner.invoke(app, ["map", path, "--min-confidence", "2"])
    assert result.exit_code == 2


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_sources_formats(runner, tmp_path, short_article, fmt):
    result = runner.invoke(app, ["sources", str(write(tmp_path, short_article)), "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert isinstance(rows, list)
    elif fmt == "csv":
        header = next(csv.reader(io.StringIO(result.stdout)))
        assert header[:4] == ["name", "source_type", "role", "affiliation"]
    else:
        assert "Cited sources" in result.stdout


def test_sources_table_prints_names_literally():
    from argmap.report import rows_as_table

    row = {
        "name": "[bold]Ann[/bold]",
        "source_type": "person",
        "role": None,
        "affiliation": "[red]X[/red]",
        "quotes": 1,
        "mentions": 1,
        "id": "source:ann",
    }
    table = rows_as_table([row])
    assert "[bold]Ann[/bold]" in table and "[red]X[/red]" in table


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_quotes_formats(runner, tmp_path, short_article, fmt):
    result = runner.invoke(app, ["quotes", str(write(tmp_path, short_article)), "-f", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = json.loads(result.stdout)
        okafor = next(r for r in rows if r["speaker"] == "Dana Okafor")
        assert okafor["kind"] == "direct" and okafor["line"] == 6
        assert 0.0 <= okafor["confidence"] <= 1.0
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert list(rows[0])[:5] == ["speaker", "role", "affiliation", "quote", "kind"]
        assert any(r["speaker"] == "Luis Fernandes" for r in rows)
    else:
        assert "Who said what" in result.stdout and "Dana Okafor" in result.stdout


def test_quotes_format_follows_the_output_extension(runner, tmp_path, short_article):
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["quotes", str(write(tmp_path, short_article)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("speaker,role,affiliation,quote,")


def test_quotes_table_prints_article_text_literally():
    from argmap.report import quote_rows_as_table

    row = {
        "speaker": "[bold]Ann[/bold]",
        "role": None,
        "affiliation": None,
        "quote": "“[red]no[/red] cuts”",
        "kind": "direct",
        "line": 3,
        "column": 7,
        "confidence": 0.42,
        "id": "quote@1",
        "speaker_id": "source:ann",
    }
    table = quote_rows_as_table([row])
    assert "[bold]Ann[/bold]" in table and "[red]no[/red]" in table
    assert "3:7" in table and "0.42 ?" in table  # doubtful: below DOUBTFUL_BELOW


def _modules_loaded(code: str, prefix: str) -> list[str]:
    """The modules named ``prefix…`` that ``code`` loads, run in a fresh interpreter of this
    source tree (start-up cost is what a fresh process pays)."""
    import subprocess
    import sys
    from pathlib import Path

    import argmap

    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({prefix!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(Path(argmap.__file__).parents[1]), "PATH": ""},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_the_cli_loads_no_extraction_code():
    assert _modules_loaded("import argmap.cli", "argmap.extract") == []


def test_a_command_loads_no_validation_library(tmp_path):
    """typer 0.29 imports pydantic to read a command's options, about 70 ms on every run:
    the dependency is pinned below it (see pyproject.toml) until that import is lazy."""
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe council should act. “We agree,” said Ada Vell.\n")
    out = tmp_path / "m.json"
    code = (
        "from argmap.cli import app\ntry:\n"
        f"    app(['map', {str(article)!r}, '--format', 'json', '-o', {str(out)!r}])\n"
        "except SystemExit:\n    pass"
    )
    assert _modules_loaded(code, "pydantic") == []
    assert out.exists()

"""argmap diff, argmap check-quotes and audit --against as users meet them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from argmap.cli import app

from .texts import ARTICLE, NEW_STORY, OLD_STORY, SPEECH, UNRELATED


@pytest.fixture
def files(tmp_path):
    texts = {
        "old.txt": OLD_STORY,
        "new.txt": NEW_STORY,
        "other.txt": UNRELATED,
        "article.txt": ARTICLE,
        "speech.txt": SPEECH,
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {name: str(tmp_path / name) for name in texts}


def test_diff_tree_exits_0_when_the_maps_differ(runner, files):
    result = runner.invoke(app, ["diff", files["old.txt"], files["new.txt"]])
    assert result.exit_code == 0, result.output
    assert "attributed to someone else — Marta Quist → Ana Pereira" in result.stdout
    assert "[-3-] {+4+}" in result.stdout
    assert "\x1b[" not in result.stdout and result.stderr == ""


def test_diff_fail_on_change_exits_3_only_on_a_change(runner, files):
    changed = runner.invoke(app, ["diff", files["old.txt"], files["new.txt"], "--fail-on-change"])
    assert changed.exit_code == 3, changed.output
    assert "differ" in changed.stderr
    same = runner.invoke(app, ["diff", files["old.txt"], files["old.txt"], "--fail-on-change"])
    assert same.exit_code == 0, same.output


def test_diff_json_and_markdown_from_the_output_extension(runner, files, tmp_path):
    out = tmp_path / "d.json"
    result = runner.invoke(app, ["diff", files["old.txt"], files["new.txt"], "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "argmap-diff/1" and data["old"].endswith("old.txt")
    result = runner.invoke(app, ["diff", files["old.txt"], files["other.txt"], "-f", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Changes:") and "Little in common" in result.stdout


def test_diff_errors(runner, files, tmp_path):
    missing = runner.invoke(app, ["diff", files["old.txt"], str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    assert missing.stderr.startswith("argmap: error:") and "nope.txt" in missing.stderr
    bad = runner.invoke(app, ["diff", files["old.txt"], files["new.txt"], "-f", "svg"])
    assert bad.exit_code == 2


def test_check_quotes_table(runner, files):
    result = runner.invoke(
        app, ["check-quotes", files["article.txt"], "--against", files["speech.txt"]]
    )
    assert result.exit_code == 0, result.output
    for word in ("verbatim", "altered", "spliced", "not-found", "Clara Holm"):
        assert word in result.stdout
    assert "8 quotes: 4 verbatim, 2 altered, 1 spliced, 1 not-found" in result.stdout


def test_check_quotes_json_csv_and_strict(runner, files, tmp_path):
    args = ["check-quotes", files["article.txt"], "-a", files["speech.txt"]]
    data = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    assert data["schema"] == "argmap-quotes/1"
    assert data["summary"]["verbatim"] == 4
    altered = next(q for q in data["quotes"] if q["verdict"] == "altered")
    assert altered["diff"] and altered["locations"][0]["line"] >= 1
    out = tmp_path / "q.csv"
    assert runner.invoke(app, [*args, "-o", str(out)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 9  # the splice has a row per piece
    assert {r["verdict"] for r in rows} == {"verbatim", "altered", "spliced", "not-found"}
    strict = runner.invoke(app, [*args, "--strict"])
    assert strict.exit_code == 3 and "not verbatim" in strict.stderr


def test_check_quotes_against_a_folder_and_stdin(runner, files, tmp_path):
    folder = tmp_path / "originals"
    folder.mkdir()
    (folder / "speech.md").write_text(SPEECH, encoding="utf-8")
    result = runner.invoke(
        app, ["check-quotes", "-", "--against", str(folder), "-f", "json"], input=ARTICLE
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["verbatim"] == 4


def test_check_quotes_needs_an_original(runner, files, tmp_path):
    result = runner.invoke(app, ["check-quotes", files["article.txt"]])
    assert result.exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["check-quotes", files["article.txt"], "--against", str(empty)])
    assert result.exit_code == 1 and "no article files" in result.stderr


def test_audit_against_prints_the_quote_table_after_the_report(runner, files):
    result = runner.invoke(app, ["audit", files["article.txt"], "--against", files["speech.txt"]])
    assert result.exit_code == 0, result.output
    report, table = result.stdout.split("Quotes checked against the originals", 1)
    assert report.strip() and "spliced" in table
    json_report = runner.invoke(
        app, ["audit", files["article.txt"], "--against", files["speech.txt"], "-f", "json"]
    )
    assert json_report.exit_code == 2


@pytest.mark.parametrize("command", ["diff", "check-quotes"])
def test_help(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_the_cli_loads_no_comparison_code_until_a_command_needs_it():
    import subprocess
    import sys

    code = (
        "import sys, argmap.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('rapidfuzz', 'argmap.compare.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['argmap.compare.render_diff', 'argmap.compare.render_quotes']"

"""``argmap map`` in corpus mode: globs, records, language, resume, progress, summary."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import argmap
from argmap.cli import app

from .conftest import article

FRENCH = (
    "Le conseil municipal a annoncé mardi que le nouveau pont ouvrira l'an prochain, mais "
    "les critiques estiment que le coût a doublé et que les travaux auraient dû être mis en "
    "concurrence, selon plusieurs élus de l'opposition."
)


def lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_glob_is_expanded_sorted_and_the_summary_ends_the_run(runner, corpus):
    result = runner.invoke(app, ["map", str(corpus / "a-0*.txt"), "-j", "1"])
    assert result.exit_code == 0, result.output
    files = [Path(r["file"]).name for r in lines_of(result.stdout)]
    assert files == [f"a-0{n}.txt" for n in range(10)]
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith("argmap: mapped 10, failed 0, skipped 0, ")
    )
    assert result.stderr.strip().endswith("chars/s")


def test_a_glob_that_matches_nothing_is_an_error_record(runner, tmp_path):
    result = runner.invoke(app, ["map", str(tmp_path / "*.txt")])
    assert result.exit_code == 1
    assert "no file matches" in lines_of(result.stdout)[0]["message"]


def test_records_on_stdin_with_non_english_skipped(runner):
    stream = "".join(
        json.dumps(r) + "\n"
        for r in [
            {"id": "en-1", "text": article(1)},
            {"id": "fr-1", "text": FRENCH},
            {"id": "en-2", "text": article(2)},
        ]
    )
    result = runner.invoke(app, ["map", "--records", "-", "--skip-non-english"], input=stream)
    assert result.exit_code == 0, result.output
    records = lines_of(result.stdout)
    assert [r["file"] for r in records] == ["en-1", "fr-1", "en-2"]
    assert records[1] == {"file": "fr-1", "skipped": "non-English"}
    assert records[0]["language"] == "en" and records[0]["nodes"]
    assert "mapped 2, failed 0, skipped 1" in result.stderr


def test_without_the_skip_a_french_article_is_mapped_and_flagged(runner):
    stream = json.dumps({"id": "fr", "text": FRENCH}) + "\n"
    result = runner.invoke(app, ["map", "--records", "-"], input=stream)
    assert result.exit_code == 0, result.output
    assert lines_of(result.stdout)[0]["language"] == "other"


def test_progress_goes_to_stderr_only_when_asked(runner, corpus):
    quiet = runner.invoke(app, ["map", str(corpus), "-j", "1"])
    shown = runner.invoke(app, ["map", str(corpus), "-j", "1", "--progress"])
    assert quiet.stdout == shown.stdout
    assert "12/12" not in quiet.stderr
    assert "12/12" in shown.stderr


def test_resume_skips_what_is_done_and_appends_the_rest(runner, corpus, tmp_path):
    out = tmp_path / "maps.jsonl"
    full = runner.invoke(app, ["map", str(corpus), "-j", "1"]).stdout.splitlines(keepends=True)
    # an interrupted run: four finished lines and half a fifth in maps.jsonl.part
    part = tmp_path / "maps.jsonl.part"
    part.write_text("".join(full[:4]) + full[4][:50], encoding="utf-8")
    result = runner.invoke(app, ["map", str(corpus), "-j", "2", "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "mapped 8," in result.stderr
    assert not part.exists()
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == full
    again = runner.invoke(app, ["map", str(corpus), "-o", str(out), "--resume"])
    assert (
        again.exit_code == 0 and out.read_text(encoding="utf-8").splitlines(keepends=True) == full
    )


def test_resume_needs_an_output_file(runner, corpus):
    result = runner.invoke(app, ["map", str(corpus), "--resume"])
    assert result.exit_code == 2
    assert "--resume needs -o FILE" in result.output


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_a_killed_run_resumes_to_the_same_lines(tmp_path, signum):
    """Interrupted while it waits for more records on stdin (so the interrupt lands mid-run
    however busy the machine), then resumed on all of them: each article once, the same
    lines as an uninterrupted run."""
    records = [
        json.dumps({"id": f"n-{number:02d}", "text": article(number) * 4}) + "\n"
        for number in range(30)
    ]
    every = tmp_path / "records.jsonl"
    every.write_text("".join(records), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(argmap.__file__).parents[1])}
    command = [sys.executable, "-m", "argmap", "map", "-j", "1"]
    out = tmp_path / "maps.jsonl"
    part = tmp_path / "maps.jsonl.part"

    run = subprocess.Popen(
        [*command, "--records", "-", "-o", str(out)],
        env=env,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a background job (CI) inherits SIGINT ignored; Ctrl-C reaches a terminal's job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    run.stdin.write("".join(records[:5]).encode("utf-8"))
    run.stdin.flush()  # stdin stays open: the run waits for a sixth record
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        part.exists() and part.read_bytes().count(b"\n") >= 5
    ):
        time.sleep(0.02)
    run.send_signal(signum)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode != 0
    assert not out.exists()
    assert b"--resume" in stderr
    interrupted = part.read_text(encoding="utf-8")
    assert interrupted.endswith("\n") and interrupted.count("\n") == 5

    resumed = subprocess.run(
        [*command, "--records", str(every), "-o", str(out), "--resume"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert resumed.returncode == 0, resumed.stderr
    whole = subprocess.run(
        [*command, "--records", str(every)], env=env, capture_output=True, timeout=120, check=True
    )
    final = out.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["file"] for line in final]
    assert len(ids) == len(set(ids)) == 30
    assert set(final) == set(whole.stdout.decode("utf-8").splitlines())

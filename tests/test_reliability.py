"""Issue 14: nothing lost, nothing hangs, nothing reaches the terminal that should not.

Hostile inputs are built here; servers listen on 127.0.0.1 only; a full disk is simulated.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import argmap
import argmap.output
from argmap.cli import app
from argmap.errors import ArgmapError
from argmap.output import write_deck, write_output
from argmap.reading import decode_article, load_article
from argmap.safe_text import escape_c1_json, printable

SRC = str(Path(argmap.__file__).resolve().parent.parent)

ARTICLE = (
    "Keep the Night Buses\n\n"
    "The council should keep the night buses, because shift workers rely on them. "
    "“Cuts hurt,” said Ann Lee, an organizer with the Riverside Workers Union.\n"
)


def _one_safe_line(message: str) -> bool:
    """One line with no control, separator or bidi character in it."""
    return (
        not any(
            ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u2028\u2029\u202e\u2066"
            for ch in message.rstrip("\n")
        )
        and message.count("\n") <= 1
    )


# --------------------------------------------------------------------------- sanitising


def test_printable_escapes_controls_separators_and_bidi():
    text = "a\x1b[31mb\x07\rc\nd\x9be\u2028f\u202eg\u2066h\ti"
    assert printable(text) == ("a\\x1b[31mb\\x07\\x0dc\\x0ad\\u009be\\u2028f\\u202eg\\u2066h\\x09i")
    assert printable(printable(text)) == printable(text)  # idempotent: safe to apply twice
    assert printable("naïve café “quoted” 👍") == "naïve café “quoted” 👍"


def test_cli_error_messages_are_sanitised(runner, tmp_path):
    name = tmp_path / "evil\x1b]0;owned\x07\u202etxt.exe"
    result = runner.invoke(app, ["map", str(name)])
    assert result.exit_code == 1
    assert "\\x1b]0;owned\\x07\\u202etxt.exe: no such file" in result.stderr
    assert _one_safe_line(result.stderr), repr(result.stderr)


def test_json_escapes_c1_controls_and_loads_back():
    text = ARTICLE.replace("rely on them", "rely\x9b[2J on\x85 them")
    out = argmap.render(argmap.map_text(text), "json")
    assert not any(0x80 <= ord(ch) <= 0x9F for ch in out)
    assert "\\u009b" in out
    assert json.loads(out)["graph"]["length"] == len(text)
    assert any("\x9b" in n.get("text", "") for n in json.loads(out)["nodes"])
    assert json.loads(escape_c1_json(json.dumps({"k\x9f": "v\x80"}, ensure_ascii=False))) == {
        "k\x9f": "v\x80"
    }


def test_graphml_writes_c1_as_references_keeping_offsets():
    import networkx as nx

    text = ARTICLE.replace("rely on them", "rely\x9b on them")
    out = argmap.render(argmap.map_text(text), "graphml")
    assert not any(0x80 <= ord(ch) <= 0x9F for ch in out)
    graph = nx.parse_graphml(out)
    for _, data in graph.nodes(data=True):
        if "span" in data and data.get("text"):
            start, end = json.loads(data["span"])
            assert text[start:end] == data["text"]
    assert any("\x9b" in d.get("text", "") for _, d in graph.nodes(data=True))


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_noncharacters_do_not_break_the_diagram(fmt):
    pytest.importorskip("graphviz")
    import shutil

    if shutil.which("dot") is None:
        pytest.skip("Graphviz dot is not installed")
    text = ARTICLE.replace("night buses,", "night \ufffe buses\uffff,")
    out = argmap.render(argmap.map_text(text), fmt)
    assert out


# --------------------------------------------------------------------------- decoding


def _utf8_with_a_stray_byte() -> tuple[bytes, int]:
    good = ("Crème brûlée, naïve café: “Cuts hurt,” said Renée Laurent. " * 40).encode()
    cut = len(good) // 2
    cut = good.index(b" ", cut)  # between characters, so only the stray byte is invalid
    return good[:cut] + b"\xff" + good[cut:], cut


def test_utf8_with_a_stray_byte_is_utf8_with_a_warning(tmp_path):
    data, offset = _utf8_with_a_stray_byte()
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.warns(argmap.ArgmapWarning, match=rf"1 byte\(s\) .* \(at byte {offset}\)"):
        article = load_article(path)
    assert article.encoding == "utf-8"
    assert article.text == data.decode("utf-8", "replace")
    assert article.text.count("\ufffd") == 1
    assert "Crème brûlée" in article.text


def test_cli_shows_the_decoding_warning_on_one_line(runner, tmp_path):
    data, offset = _utf8_with_a_stray_byte()
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["map", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    warning = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warning == [
        f"argmap: warning: {path}: 1 byte(s) that are not UTF-8 replaced by U+FFFD"
        f" (at byte {offset})"
    ]


def test_many_bad_bytes_show_the_first_few_positions():
    data = ("Crème brûlée et café. " * 200).encode()
    data = data.replace(b"et", b"e\xfe", 8)
    with pytest.warns(argmap.ArgmapWarning, match=r"8 byte\(s\) .* and 3 more\)"):
        text = decode_article(data)
    assert text.count("\ufffd") == 8


def test_legacy_text_still_goes_to_detection():
    data = ("Plain text with one “curly” quote, said Ann Lee. " * 30).encode("cp1252")
    assert decode_article(data).count("“") == 30


# --------------------------------------------------------------------------- atomic outputs


def test_write_output_replaces_the_file_and_keeps_its_mode(tmp_path):
    target = tmp_path / "map.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_output("new “text”\r\n", target)
    assert target.read_bytes() == "new “text”\r\n".encode()
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json"]


@pytest.mark.parametrize(
    "failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()]
)
def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, failure):
    target = tmp_path / "map.svg"
    target.write_text("the old map", encoding="utf-8")

    def fail(fd: int) -> None:
        raise failure

    monkeypatch.setattr(argmap.output.os, "fsync", fail)
    expected = ArgmapError if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected):
        write_output("the new map", target)
    assert target.read_text(encoding="utf-8") == "the old map"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.svg"]


def test_cli_write_failure_on_a_full_disk_is_one_line(runner, tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "map.json"
    target.write_text("{}", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(argmap.output.os, "fsync", full)
    result = runner.invoke(app, ["map", str(article), "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"argmap: error: {target}: cannot write (No space left on device)\n"
    assert target.read_text(encoding="utf-8") == "{}"


@pytest.mark.parametrize("command", ["map", "sources", "audit"])
def test_output_that_is_the_input_is_refused_before_mapping(runner, tmp_path, monkeypatch, command):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(article)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("argmap.pipeline.map_text", lambda *a, **k: pytest.fail("mapped"))
    for output in ("a.txt", "./sub/../a.txt", "link.txt"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        result = runner.invoke(app, [command, "a.txt", "-o", output])
        assert result.exit_code == 1, result.output
        assert "is the article being read" in result.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_slides_replace_the_old_deck_and_leave_other_files(tmp_path):
    folder = tmp_path / "deck"
    folder.mkdir()
    for name in ("01-thesis.svg", "07-old-extra.svg", "notes.txt", "cover.svg"):
        (folder / name).write_text("from before", encoding="utf-8")
    written = write_deck(
        [("01-thesis.svg", "<svg>1</svg>"), ("02-claims.svg", "<svg>2</svg>")], folder
    )
    assert [p.name for p in written] == ["01-thesis.svg", "02-claims.svg"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "01-thesis.svg",
        "02-claims.svg",
        "cover.svg",
        "notes.txt",
    ]
    assert (folder / "01-thesis.svg").read_text(encoding="utf-8") == "<svg>1</svg>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck"]  # no staging folder left


def test_slides_that_fail_halfway_keep_the_old_deck(tmp_path):
    folder = tmp_path / "deck"
    folder.mkdir()
    (folder / "01-thesis.svg").write_text("old", encoding="utf-8")

    def slides():
        yield "01-thesis.svg", "<svg>new</svg>"
        raise ArgmapError("Graphviz failed")

    with pytest.raises(ArgmapError):
        write_deck(slides(), folder)
    assert (folder / "01-thesis.svg").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck"]


# --------------------------------------------------------------------------- edges, as run


def _argmap(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, **kwargs.pop("env", {})}
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "argmap", *args], env=env, timeout=120, **kwargs)


@pytest.fixture
def article_file(tmp_path) -> str:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE * 3, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("size", "code"), [("1e400", 2), ("inf", 2), ("nan", 2), ("-1", 2), ("1e30", 0), ("30G", 0)]
)
def test_max_size_extremes(runner, article_file, size, code):
    result = runner.invoke(app, ["map", article_file, "-f", "json", "--max-size", size])
    assert result.exit_code == code, result.output
    if code == 0:
        assert json.loads(result.stdout)["graph"]["schema"] == "argmap/1"
    else:
        assert "Traceback" not in result.output


def test_a_huge_cap_is_not_allocated(monkeypatch, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert load_article(path, max_size=sys.maxsize - 1).text == ARTICLE


def test_closed_stdin(article_file):
    result = _argmap("map", "-", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "argmap: error: stdin: closed, nothing to read (give a file, or pipe the article in)\n"
    )


def test_closed_stdout(article_file):
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "map", article_file, "-f", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": SRC},
        preexec_fn=lambda: os.close(1),
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.decode().startswith("argmap: error: stdout is closed")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_stdout_on_a_full_disk(article_file):
    with open("/dev/full", "wb") as full:
        result = _argmap("map", article_file, "-f", "json", stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "argmap: error: cannot write to stdout (No space left on device)\n"
    )


def test_latin1_stdout_gets_utf8(article_file):
    result = _argmap("map", article_file, "-f", "json", env={"PYTHONIOENCODING": "latin-1"})
    assert result.returncode == 0, result.stderr
    assert "“Cuts hurt" in result.stdout.decode("utf-8")
    tree = _argmap("map", article_file, env={"PYTHONIOENCODING": "latin-1"})
    assert tree.returncode == 0, tree.stderr
    assert "“" in tree.stdout.decode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "tree"])
def test_a_reader_that_leaves_early_gives_exit_1_quietly(article_file, fmt):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before argmap writes a byte
    try:
        result = _argmap("map", article_file, "-f", fmt, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert result.returncode == 1
    assert result.stderr == b""


# --------------------------------------------------------------------------- Graphviz limits


@pytest.fixture
def stuck_dot(tmp_path, monkeypatch) -> Path:
    """A ``dot`` that never answers; it writes its process id to ``dot.pid`` first."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "dot.pid"
    script = bin_dir / "dot"
    script.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 30\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return pid_file


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    os.kill(pid, signal.SIGKILL)  # the stray dot this test started: clean it up, then fail
    return False


def test_a_stuck_dot_is_killed_after_the_time_limit(stuck_dot):
    from argmap.render.image import run_dot

    started = time.monotonic()
    with pytest.raises(ArgmapError, match=r"more than 0\.5 s to draw the map; draw part of it"):
        run_dot("digraph { a -> b }", "svg", timeout=0.5)
    assert time.monotonic() - started < 5
    assert _gone(int(stuck_dot.read_text()))


def test_sigterm_kills_dot_too(stuck_dot, article_file):
    process = subprocess.Popen(
        [sys.executable, "-m", "argmap", "map", article_file, "-f", "svg"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": SRC},
    )
    try:
        deadline = time.monotonic() + 30
        while not (stuck_dot.exists() and stuck_dot.read_text().strip()):
            assert time.monotonic() < deadline, "dot never started"
            time.sleep(0.05)
        process.terminate()
        assert process.wait(timeout=10) == 128 + signal.SIGTERM
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    assert _gone(int(stuck_dot.read_text()))


def test_too_many_nodes_are_refused_with_the_way_out(runner, tmp_path, monkeypatch):
    import importlib

    monkeypatch.setattr(importlib.import_module("argmap.render.image"), "MAX_NODES", 3)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["map", str(path), "-f", "svg"])
    assert result.exit_code == 1
    assert "nodes, too many for one diagram (limit 3)" in result.stderr
    assert "--depth" in result.stderr and "--focus" in result.stderr and "slides" in result.stderr
    assert result.stderr.count("\n") == 1


# --------------------------------------------------------------------------- smaller


def test_a_symlink_loop_is_reported_as_a_loop(runner, tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    result = runner.invoke(app, ["map", str(loop)])
    assert result.exit_code == 1
    assert result.stderr == f"argmap: error: {loop}: symbolic link loop, no file at the end\n"


def test_a_dangling_symlink_says_so(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(argmap.InputError, match="no such file \\(a symbolic link to a missing"):
        load_article(link)


@pytest.mark.parametrize("name", ["report.html", "report.pdf", "report"])
def test_audit_refuses_an_output_extension_it_cannot_write(runner, tmp_path, name):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(path), "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert ".txt, .json, .md, .markdown" in result.stderr
    assert not (tmp_path / name).exists()


def test_lone_cr_files_keep_their_claims():
    lf = "\n\n".join(ARTICLE.split("\n\n")) + (
        "\n\nThe council must act now, because the service keeps the city working.\n"
        "Critics argue that the buses run empty, but the audit shows they do not.\n"
    )
    cr = lf.replace("\n", "\r")
    mapped_lf = argmap.map_text(lf).node_link_data()
    mapped_cr = argmap.map_text(cr).node_link_data()
    kinds = [(n["id"], n["kind"]) for n in mapped_lf["nodes"]]
    assert [(n["id"], n["kind"]) for n in mapped_cr["nodes"]] == kinds
    assert sum(kind == "claim" for _, kind in kinds) >= 1
    for node in mapped_cr["nodes"]:
        if "span" in node:
            start, end = node["span"]
            assert cr[start:end] == node["text"]


# --------------------------------------------------------------------------- memory


_JSON_PEAK = """
import importlib, resource, sys
from argmap.render import RenderOptions
render = importlib.import_module("argmap.render.json").render
text = "“Cuts hurt the riders,” said Ann Lee to the council. " * 2
data = {
    "nodes": [{"id": f"claim@{i}", "kind": "claim", "text": text, "span": [i, i + 50]}
              for i in range(75_000)],
    "edges": [{"source": f"claim@{i}", "target": "thesis@0", "relation": "supports"}
              for i in range(75_000)],
}
from argmap.model import ArgumentMap
amap = ArgumentMap("", None, None, {}, data["nodes"], data["edges"])
def peak():  # VmHWM: ru_maxrss would include pytest's, inherited through vfork
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) * 1024
before = peak()
out = render(amap, RenderOptions())
after = peak()
print((after - before) / (len(out) * 2))  # the output is UCS-2: two bytes a character
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
def test_json_rendering_peaks_near_the_size_of_its_output():
    """The JSON is encoded a few hundred nodes a piece and the pieces joined once: about
    twice the output's size at peak (pieces and result), where ``json.dumps(indent=2)``,
    joining every small piece at once, took 3.8 times. Measured in a fresh process
    (tracemalloc does not see it)."""
    result = subprocess.run(
        [sys.executable, "-c", _JSON_PEAK],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": SRC},
        timeout=120,
        check=True,
    )
    assert float(result.stdout) < 2.7

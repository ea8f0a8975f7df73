"""Issue 14: nothing lost, nothing hangs, nothing reaches the terminal that should not.

Hostile inputs are built here; servers listen on 127.0.0.1 only; a full disk is simulated.
"""

from __future__ import annotations

import json

import pytest

import argmap
from argmap.cli import app
from argmap.reading import decode_article, load_article
from argmap.safe_text import escape_c1_json, printable

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

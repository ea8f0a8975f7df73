"""Markup in an article stays text in every output format, through the real pipeline.

The article carries DOT, HTML, SVG, Markdown, Mermaid and Argdown payloads in its title,
headings, quotes and speaker names. Each format (parametrized over RENDERERS, so a new one
is covered) must still parse where a parser is at hand, and no payload may come out raw.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

import argmap
from argmap.model import ArgumentMap
from argmap.render import RENDERERS, RenderOptions

from .test_api import check_contract

PAYLOADS = [
    '"]; node [label=<x>]; "',
    "<script>alert(1)</script>",
    "</text><svg onload=alert(2)>",
    "[click](javascript:x)",
    "%%{init: {'theme': 'dark'}}%%",
    "click X call alert()",
    "<img src=x onerror=alert(3)>",
    "C:\\temp\\N \\l {a} | #b",
]

ARTICLE = f"""\
# Night Buses {PAYLOADS[1]} {PAYLOADS[0]}

*A dek with {PAYLOADS[3]} and {PAYLOADS[4]}*

The council should keep the night buses, because cutting them saves little and strands \
shift workers. {PAYLOADS[7]} is not a path anyone should take.

## Costs {PAYLOADS[2]} | {PAYLOADS[5]}

The savings from cutting night service are small. “Cuts {PAYLOADS[1]} hurt {PAYLOADS[0]} \
the riders who need the bus most {PAYLOADS[3]},” said Dr. Dana <b>Okafor</b>, director of \
planning at the Metro {PAYLOADS[6]} Authority. “{PAYLOADS[4]} {PAYLOADS[5]} is what they \
want,” said Luis [Fernandes](javascript:alert) of the Union.

## Riders {PAYLOADS[6]}

Night buses carry the riders with the fewest alternatives. “{PAYLOADS[2]} {PAYLOADS[7]} \
we ride at night,” said an organizer who asked not to be named.
"""

_TAGS = [r"<script", r"<svg onload", r"<img", r"<b>Okafor", r"</text><svg"]
_UNESCAPED = r"(?<!\\)"
RAW: dict[str, list[str]] = {
    "dot": [*_TAGS, r'"\]; node \['],
    "svg": _TAGS,
    "graphml": _TAGS,
    "markdown": [_UNESCAPED + t for t in (*_TAGS, r"\[click\]\(javascript", r"\[Fernandes\]")],
    "argdown": [_UNESCAPED + t for t in (*_TAGS, r"\[click\]", r"\{init")],
    "mermaid": [*_TAGS, r"%%\{init", r"(?m)^\s*click "],
}
"""Per markup format: fragments that would act as markup if they came out as written
(for backslash-escaping formats, only when no backslash precedes them)."""


@pytest.fixture(scope="module")
def amap() -> ArgumentMap:
    return argmap.map_text(ARTICLE)


def test_the_payloads_reach_the_map(amap: ArgumentMap) -> None:
    """Guard for the sweep: the hostile text is in titles, headings, quotes and sources."""
    data = amap.node_link_data()
    check_contract(ARTICLE, data)
    assert PAYLOADS[1] in (amap.title or "")
    headings = " ".join(s["heading"] or "" for s in amap.graph_attrs["sections"])
    assert PAYLOADS[2] in headings and PAYLOADS[5] in headings
    quotes = " ".join(n["text"] for n in data["nodes"] if n["kind"] == "quote")
    assert PAYLOADS[1] in quotes and PAYLOADS[4] in quotes
    assert any(n["kind"] == "source" for n in data["nodes"])


def _strip_xml_text(root: ET.Element) -> None:
    """No element or attribute that a browser would run."""
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1].lower()
        assert tag not in ("script", "foreignobject", "iframe", "img"), tag
        for key, value in element.attrib.items():
            assert not key.rsplit("}", 1)[-1].lower().startswith("on"), key
            assert not value.strip().lower().startswith("javascript:"), value


def _check_markdown(out: str) -> None:
    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(out)
    assert "<script" not in page
    assert "<img" not in page and "<svg" not in page
    assert 'href="javascript' not in page.lower()


def _check_dot(out: str) -> None:
    if shutil.which("dot") is None:
        return
    done = subprocess.run(
        ["dot", "-Tsvg"], input=out.encode("utf-8"), capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    _strip_xml_text(ET.fromstring(done.stdout))


def _check_mermaid(out: str) -> None:
    from .render.test_mermaid import _parse

    labels, _ = _parse(out)
    assert any("alert(1)" in label for label in labels.values())


def _check_argdown(out: str) -> None:
    for line in out.splitlines():
        # Every [ ] < > { } # in article text carries a backslash; the renderer's own
        # statement titles are the only brackets left bare.
        bare = re.sub(r"\\.", "", line)
        bare = re.sub(r"^\s*(?:[+-] )?\[[\w@:.-]+\](?::)?", "", bare)
        bare = re.sub(r"#\((?:[^()]*)\)|#(?:quote|reported|thesis|subthesis)\b", "", bare)
        bare = re.sub(r"^#+ ", "", bare)
        assert not re.search(r"[\[\]<>{}]", bare), line


def _check_json(out: str) -> None:
    data = json.loads(out)
    if "nodes" in data and "graph" in data:
        check_contract(ARTICLE, data)


CHECKS = {
    "json": _check_json,
    "aif": _check_json,
    "dot": _check_dot,
    "svg": lambda out: _strip_xml_text(ET.fromstring(out.encode("utf-8"))),
    "graphml": lambda out: _strip_xml_text(ET.fromstring(out.encode("utf-8"))),
    "markdown": _check_markdown,
    "mermaid": _check_mermaid,
    "argdown": _check_argdown,
    "tree": lambda out: None,
}
MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-"}
NEEDS_DOT = {"svg", "png", "pdf"}
DATA_FORMATS = {"json", "aif", "tree"}
"""Formats that carry the text as data or plain text: a payload there is just characters."""


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_every_format_keeps_hostile_text_inert(amap: ArgumentMap, fmt: str) -> None:
    if fmt in NEEDS_DOT and shutil.which("dot") is None:
        pytest.skip("Graphviz `dot` not installed")
    out = argmap.render(amap, fmt, RenderOptions(max_label=400))
    if RENDERERS[fmt].binary:
        assert isinstance(out, bytes)
        assert out.startswith(MAGIC[fmt]), out[:8]
        return
    assert isinstance(out, str)
    assert fmt in CHECKS, f"add a parser check for the new format {fmt!r}"
    CHECKS[fmt](out)
    assert fmt in DATA_FORMATS or fmt in RAW, f"list what is raw markup in {fmt!r}"
    for raw in RAW.get(fmt, ()):
        found = re.search(raw, out)
        assert found is None, (
            f"{raw!r} came out raw in {fmt}: ...{out[found.start() - 40 : found.end() + 40]!r}"
        )


def test_terminal_escapes_in_the_article_do_not_reach_the_tree() -> None:
    """ESC and other C0 controls would recolour or retitle the user's terminal."""
    text = (
        "Title \x1b]0;pwned\x07 here\n\nThe council should keep the buses \x1b[31mnow\x1b[0m."
        " “Cuts \x1b[2J hurt,” said Ann Lee.\n"
    )
    out = argmap.render(argmap.map_text(text), "tree")
    assert "\x1b" not in out and "\x07" not in out

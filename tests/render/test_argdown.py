"""Argdown: golden output, a line-by-line grammar check that rebuilds the relations, and
the Argdown parser itself."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from argmap.render import RENDERERS, render
from argmap.render.argdown import escape
from argmap.render.text import one_line, unquote
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .exports_fixture import PAYLOAD, exports_map, run_node

_HEADING = re.compile(r"(#{1,2}) (?P<text>\S.*)")
_STATEMENT = re.compile(
    r"(?P<indent>(?:  )*)(?:(?P<sign>[+-]) )?\[(?P<title>[^\]\\]+)\]"
    r"(?:: (?P<text>.+?))?(?P<tags>(?: #(?:[a-z]+|\([^)]+\)))*)"
)
_UNESCAPED = re.compile(r"(?<!\\)(?:\\\\)*[\[\]<>{}@#*_]")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _parse(source: str) -> tuple[dict[str, str], set[tuple[str, str, str]], list[str]]:
    """Statement texts by title, (premise, relation, conclusion) triples and headings."""
    texts: dict[str, str] = {}
    relations: set[tuple[str, str, str]] = set()
    headings: list[str] = []
    stack: list[str] = []
    lines = source.splitlines()
    for number, line in enumerate(lines):
        if not line:
            continue
        if m := _HEADING.fullmatch(line):
            assert not _UNESCAPED.search(m["text"]), line
            headings.append(_unescape(m["text"]))
            continue
        m = _STATEMENT.fullmatch(line)
        assert m, f"not an Argdown line: {line!r}"
        depth = len(m["indent"]) // 2
        assert depth <= len(stack), f"indented too far: {line!r}"
        assert (depth == 0) == (m["sign"] is None), line
        assert depth or not number or not lines[number - 1], f"no empty line before {line!r}"
        del stack[depth:]
        if m["text"] is not None and "#restatement" in m["tags"]:
            # the thesis in other words: a second member of the thesis's equivalence class
            assert depth == 0 and m["title"] in texts, f"stray restatement: {line!r}"
            texts[f"{m['title']} (restated)"] = _unescape(m["text"])
        elif m["text"] is not None:
            assert m["title"] not in texts, f"{m['title']} defined twice"
            assert not _UNESCAPED.search(m["text"]), f"unescaped mark in {line!r}"
            texts[m["title"]] = _unescape(m["text"])
        if depth:
            relation = {"+": "supports", "-": "attacks"}[m["sign"]]
            relations.add((m["title"], relation, stack[-1]))
        stack.append(m["title"])
    return texts, relations, headings


def _expected_text(node: dict) -> str:
    if node["kind"] != "quote":
        return one_line(node["text"])
    words = unquote(node["text"])
    return f"“{words}”" if node["direct"] else words


def test_registered():
    assert ".argdown" in RENDERERS["argdown"].extensions


def test_golden(update_golden):
    check_golden(GOLDEN / "exports.argdown", render(exports_map(), "argdown"), update_golden)


def test_statements_relations_and_sections_round_trip():
    amap = exports_map()
    texts, relations, headings = _parse(render(amap, "argdown"))
    propositions = [n for n in amap.nodes if n["kind"] in ("thesis", "claim", "quote")]
    assert texts == {n["id"]: _expected_text(n) for n in propositions}
    assert relations == {
        (e["source"], e["relation"], e["target"])
        for e in amap.edges
        if e["relation"] in ("supports", "attacks")
    }
    assert headings == [amap.title, "The money", "Riders & *their* [rights] #2"]


def _relations(amap) -> set[tuple[str, str, str]]:
    """Support and attack edges; a restated thesis is the thesis itself in Argdown."""
    same = {e["source"]: e["target"] for e in amap.edges if e["relation"] == "restates"}
    return {
        (same.get(e["source"], e["source"]), e["relation"], same.get(e["target"], e["target"]))
        for e in amap.edges
        if e["relation"] in ("supports", "attacks")
    }


def test_unlinked_statements_come_last_each_on_its_own():
    amap = exports_map()
    edges = [e for e in amap.edges if e["target"] not in ("claim@305", "thesis@90")]
    amap = replace(amap, edges=edges)
    texts, relations, headings = _parse(render(amap, "argdown"))
    assert len(texts) == sum(
        n["kind"] in ("thesis", "claim", "premise", "quote") for n in amap.nodes
    )
    assert relations == _relations(amap)
    assert headings[-1] == "Not linked to the thesis"


def test_a_map_from_the_pipeline_parses(short_article):
    from argmap.pipeline import map_text

    amap = map_text(short_article)
    texts, relations, _ = _parse(render(amap, "argdown"))
    assert len(texts) == sum(
        n["kind"] in ("thesis", "claim", "premise", "quote") for n in amap.nodes
    )
    assert relations == _relations(amap)


def test_quotes_carry_their_speaker_as_a_tag():
    source = render(exports_map(), "argdown")
    assert "#quote #(Dana Okafor)" in source
    assert "#reported #(2023 audit by the city comptroller)" in source
    unattributed = next(line for line in source.splitlines() if "a luxury" in line)
    assert unattributed.endswith("#quote")


HOSTILE = [
    PAYLOAD,
    "a // b /* c */ <!-- d -->",
    "e.g. .A. and :happy: at 10:30",
    "x -- y ---> z",
    "@[ref] and @<arg> #tag #(t t) *i* **b** _u_ {data: 1}",
    "ends with \\",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_leaves_only_plain_words(text):
    escaped = escape(text)
    assert not _UNESCAPED.search(escaped)
    assert _unescape(escaped) == text


ARGDOWN = """
import { ArgdownApplication, ParserPlugin, ModelPlugin } from "@argdown/core";
import { readFileSync } from "node:fs";
const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), "parse-input");
app.addPlugin(new ModelPlugin(), "build-model");
const r = app.run({ input: readFileSync(0, "utf8"), process: ["parse-input", "build-model"],
                    logLevel: "none" });
const statements = {};
for (const [title, ec] of Object.entries(r.statements || {})) {
  statements[title] = { text: ec.members.map((m) => m.text).filter(Boolean).pop() || "",
                        tags: ec.tags || [] };
}
const relations = (r.relations || []).map((x) => [x.from.title, x.relationType, x.to.title]);
const errors = [...(r.lexerErrors || []), ...(r.parserErrors || [])].map((e) => e.message);
console.log(JSON.stringify({ errors, statements, relations }));
"""


def test_the_argdown_parser_reads_the_same_map():
    amap = exports_map()
    found = run_node(ARGDOWN, render(amap, "argdown"), ("@argdown/core",))
    assert found["errors"] == []
    propositions = [n for n in amap.nodes if n["kind"] in ("thesis", "claim", "quote")]
    assert set(found["statements"]) == {n["id"] for n in propositions}
    for node in propositions:  # Argdown keeps tags in the text, after the words
        assert found["statements"][node["id"]]["text"].startswith(_expected_text(node))
    kinds = {"support": "supports", "attack": "attacks"}
    assert {(a, kinds[r], b) for a, r, b in found["relations"]} == {
        (e["source"], e["relation"], e["target"])
        for e in amap.edges
        if e["relation"] in ("supports", "attacks")
    }
    assert "Dana Okafor" in found["statements"]["quote@358"]["tags"]


def test_the_argdown_parser_reads_escaped_text_as_written():
    source = "\n\n".join(f"[s{i}]: {escape(text)}" for i, text in enumerate(HOSTILE)) + "\n"
    found = run_node(ARGDOWN, source, ("@argdown/core",))
    assert found["errors"] == []
    assert {k: v["text"] for k, v in found["statements"].items()} == {
        f"s{i}": text for i, text in enumerate(HOSTILE)
    }

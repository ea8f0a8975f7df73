"""Hostile and broken input: the CLI refuses it in one line, the pipeline maps it in linear
time and bounded memory.

Growth is checked by counting the span comparisons (``Span.overlaps``/``contains``) the
stages make: deterministic, so a quadratic scan fails the same way on any machine, busy or
not. Wall-time growth on hostile inputs is measured by ``benchmarks/bench.py --growth``,
not here. Inputs are generated here; nothing leaves the machine.
"""

from __future__ import annotations

import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

import argmap
from argmap.cli import app
from argmap.extract import STAGES, StageContext, coreference
from argmap.graph import build_map
from argmap.model import Findings, Link, Quote, Relation, Source, SourceType, Span
from argmap.segment import segment

# --------------------------------------------------------------------------- generators

_WORDS = ["council", "budget", "Transit", "riders", "night", "bus", "Okafor", "the", "of", "cuts"]
_MARKS = "\"“”‘’'«»„‹›"


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def no_punctuation(n: int) -> str:
    """One paragraph of words with no sentence punctuation at all."""
    rng = random.Random(1)
    return " ".join(rng.choice(_WORDS) for _ in range(n // 5))[:n]


def quote_marks(n: int) -> str:
    """Quotation marks of every kind, unbalanced, among speakers and stray full stops."""
    rng = random.Random(2)
    fillers = ["word ", "", " said Dr. Ann Lee ", "x. ", "\n\n"]
    return "".join(rng.choice(_MARKS) + rng.choice(fillers) for _ in range(n // 4))[:n]


def nested_quotes(n: int) -> str:
    """Quotes opened inside quotes and never closed."""
    return "Title\n\n" + _repeat("“He said ‘she said “they said ‘", n - 7)


def right_to_left(n: int) -> str:
    return _repeat("قال الوزير «إن الميزانية صغيرة». שלום עולם, אמר ראש העיר. ", n)


def emoji(n: int) -> str:
    return _repeat("The council 👍🏽 said “cuts 🚌 hurt 👩‍👩‍👧”, said Dana 😀 Okafor. ", n)


def control_characters(n: int) -> str:
    return _repeat("Word\x01\x02 said\x0b\x0c “quote\x1b[31m” \u200b\u202e\u2028Dr. X\x7f. ", n)


def crlf(n: int) -> str:
    return _repeat(
        "The council should act.\r\n“Cuts hurt,” said Dana Okafor.\r\n\r\n## Costs\r\n", n
    )


def one_heading(n: int) -> str:
    return "# " + no_punctuation(n - 2)


def short_lines(n: int) -> str:
    return _repeat("a b\nSaid X\n“q”\n", n)


def quoted_paragraphs(n: int) -> str:
    """Paragraphs of a quote and an argued sentence: many quotes and many claims."""
    unit = (
        "“Cuts hurt the riders who need the bus,” said Ann Lee. "
        "The council must keep the night buses running because shift workers rely on them.\n\n"
    )
    return "Night Buses\n\n" + _repeat(unit, n - 13)


def one_speaker(n: int) -> str:
    """One paragraph in which one person is quoted over and over."""
    return "Night Buses\n\n" + _repeat("“Cuts hurt,” said Ann Lee. ", n - 13)


GENERATORS: dict[str, Callable[[int], str]] = {
    f.__name__: f
    for f in (
        no_punctuation,
        quote_marks,
        nested_quotes,
        right_to_left,
        emoji,
        control_characters,
        crlf,
        one_heading,
        short_lines,
        quoted_paragraphs,
        one_speaker,
    )
}

# Shapes that once exposed superlinear scans in src/argmap/extract (quoted shares per
# sentence, claims per quote and per paragraph, taken spans per section): add one here,
# as a strict xfail, when a new scan is found, and drop it when fixed.
_QUADRATIC_SCANS: dict[str, str] = {}


def _xfail_quadratic(name: str) -> list:
    reason = _QUADRATIC_SCANS.get(name)
    return [pytest.mark.xfail(strict=True, reason=f"extract: {reason}")] if reason else []


def _cases() -> list:
    return [pytest.param(name, marks=_xfail_quadratic(name), id=name) for name in GENERATORS]


# --------------------------------------------------------------------------- the CLI


def test_whitespace_only_is_empty(runner, tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \t\r\n\n\xc2\xa0\n  \n")
    result = runner.invoke(app, ["map", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "empty input" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_punctuation_only_has_no_words(runner, tmp_path):
    path = tmp_path / "marks.txt"
    path.write_text("“” ... !!! ''' ---\n", encoding="utf-8")
    result = runner.invoke(app, ["map", str(path)])
    assert result.exit_code == 1
    assert "no words" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_nul_bytes_inside_text_are_binary(runner, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"A perfectly fine sentence.\n" * 100 + b"\x00" + b"More text.\n")
    result = runner.invoke(app, ["map", str(path), "-f", "json"])
    assert result.exit_code == 1
    assert "binary" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_dash_directory_name_is_not_stdin(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    result = runner.invoke(app, ["map", "sub"])
    assert result.exit_code == 1
    assert "no article files" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def fifty_megabytes(tmp_path_factory) -> str:
    """50 MB of blank lines: over the default cap, and quick to refuse once read."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    path.write_bytes(b"\n" * 50_000_000)
    return str(path)


def test_50_mb_is_refused_by_the_default_cap(runner, fifty_megabytes):
    result = runner.invoke(app, ["map", fifty_megabytes])
    assert result.exit_code == 1
    assert "larger than the 20,000,000-byte limit" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_max_size_raises_the_cap(runner, fifty_megabytes):
    result = runner.invoke(app, ["map", fifty_megabytes, "--max-size", "60M"])
    assert result.exit_code == 1
    assert "limit" not in result.stderr
    assert "empty input" in result.stderr  # read to the end, then judged on its content


def test_internal_error_is_one_line_without_traceback(runner, tmp_path, monkeypatch):
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("stage exploded")

    monkeypatch.setattr("argmap.pipeline.map_text", broken)
    path = tmp_path / "a.txt"
    path.write_text("The council should keep the buses.\n", encoding="utf-8")

    result = runner.invoke(app, ["map", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "argmap: internal error: RuntimeError: stage exploded (run with --debug for details)"
    ]

    debug = runner.invoke(app, ["map", str(path), "--debug"])
    assert debug.exit_code == 1
    assert isinstance(debug.exception, RuntimeError)
    import traceback

    shown = "".join(traceback.format_exception(debug.exception))
    assert "Traceback" in shown and "stage exploded" in shown


# --------------------------------------------------------------------------- the pipeline


@pytest.mark.parametrize("name", GENERATORS)
def test_every_shape_maps_with_exact_spans(name: str) -> None:
    text = GENERATORS[name](30_000)
    data = argmap.map_text(text).node_link_data()
    for node in data["nodes"]:
        if "span" in node:
            start, end = node["span"]
            assert text[start:end] == node["text"]
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])


@pytest.mark.fuzz  # ~10 s of CPU: run with pytest -m fuzz
def test_a_5_mb_paragraph_without_punctuation_finishes() -> None:
    text = no_punctuation(5_000_000)
    start = time.perf_counter()
    amap = argmap.map_text(text)
    assert time.perf_counter() - start < 60
    assert amap.graph_attrs["length"] == len(text)


def test_100_000_quotation_marks_finish() -> None:
    rng = random.Random(3)
    text = "Title\n\n" + "".join(
        rng.choice(_MARKS) + rng.choice(["", " ", "a"]) for _ in range(100_000)
    )
    start = time.perf_counter()
    argmap.map_text(text)
    assert time.perf_counter() - start < 60


def test_100_000_short_lines_finish() -> None:
    text = "".join(f"{_WORDS[i % len(_WORDS)]} {i}\n" for i in range(100_000))
    start = time.perf_counter()
    argmap.map_text(text)
    assert time.perf_counter() - start < 60


@pytest.mark.parametrize("marks", [".", "!", "?!", "…", ".”"])
def test_a_long_run_of_sentence_marks_segments_in_linear_time(marks: str) -> None:
    """Regression: the sentence-boundary pattern retried from inside the run (quadratic)."""
    text = "Word " + marks * (30_000 // len(marks)) + "x and more words"
    start = time.perf_counter()
    doc = segment(text)
    assert time.perf_counter() - start < 1.0
    assert len(doc.sentences) == 1


@dataclass
class _Counter:
    calls: int = 0


def _span_checks(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many times the pipeline compares two spans while mapping ``text``."""
    counter = _Counter()
    overlaps, contains = Span.overlaps, Span.contains

    def counted(method: Callable[[Span, Span], bool]) -> Callable[[Span, Span], bool]:
        def wrapper(self: Span, other: Span) -> bool:
            counter.calls += 1
            return method(self, other)

        return wrapper

    with monkeypatch.context() as patch:
        patch.setattr(Span, "overlaps", counted(overlaps))
        patch.setattr(Span, "contains", counted(contains))
        argmap.map_text(text)
    return counter.calls


@pytest.mark.parametrize("name", _cases())
def test_span_comparisons_grow_linearly(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Doubling the input at most ~doubles the span comparisons (quadratic scans: ~4x)."""
    n = 10_000
    small = _span_checks(GENERATORS[name](n), monkeypatch)
    large = _span_checks(GENERATORS[name](2 * n), monkeypatch)
    assert large <= 2.6 * max(small, 1000), f"{small} -> {large} span comparisons"


class _CountedScan:
    """A stand-in for a compiled pattern that counts the characters ``finditer`` scans."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator:
        self.scanned += max(0, min(endpos, len(text)) - pos)
        return self.pattern.finditer(text, pos, endpos)


def _full_name_scans(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters coreference scans for full names while mapping ``text``."""
    counted = _CountedScan(coreference._FULL_NAME)
    with monkeypatch.context() as patch:
        patch.setattr(coreference, "_FULL_NAME", counted)
        argmap.map_text(text)
    return counted.scanned


@pytest.mark.parametrize("name", list(GENERATORS))
def test_full_names_are_scanned_linearly(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: a stranded pronoun scanned its sentence from the start for full names, so
    one long sentence of pronouns (nested quotes) cost the square of its length."""
    n = 10_000
    small = _full_name_scans(GENERATORS[name](n), monkeypatch)
    large = _full_name_scans(GENERATORS[name](2 * n), monkeypatch)
    assert large <= 2.6 * max(small, 1000), f"{small} -> {large} characters scanned"


def test_memory_is_a_small_multiple_of_the_input() -> None:
    text = quote_marks(10_000) + crlf(10_000) + no_punctuation(50_000) + short_lines(20_000)
    tracemalloc.start()
    try:
        argmap.map_text(text).to_json()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 400 * len(text), f"peak {peak:,} bytes for {len(text):,} characters"


def test_one_speaker_quoted_often_keeps_memory_linear() -> None:
    text = one_speaker(30_000)
    doc = segment(text)
    ctx = StageContext(doc)
    findings = Findings()
    for stage in STAGES:
        findings = findings.add(list(stage(ctx, findings)))
    held = {id(link.target): link.target for link in findings.links}
    held_mentions = sum(len(t.mentions) for t in held.values() if isinstance(t, Source))
    assert held_mentions <= 4 * max(sum(len(s.mentions) for s in findings.sources), 1)


# --------------------------------------------------------------------------- the graph


def test_build_map_looks_up_link_ends_without_rehashing_sources() -> None:
    """Links to equal, freshly built sources cost O(1) each, not O(mentions)."""
    n = 5_000
    text = "“Yes,” said Ann Lee. " * n
    step = len("“Yes,” said Ann Lee. ")
    quotes = [
        Quote(Span(i * step + 1, i * step + 4), Span(i * step + 12, i * step + 19))
        for i in range(n)
    ]
    mentions = tuple(q.speaker for q in quotes)
    source = Source("Ann Lee", SourceType.PERSON, mentions)
    copies = [Source("Ann Lee", SourceType.PERSON, tuple(mentions)) for _ in range(n)]
    stranger = Source("Bo Chan", SourceType.PERSON, mentions)
    links = [Link(q, c, Relation.ATTRIBUTED_TO) for q, c in zip(quotes, copies, strict=True)]
    findings = Findings(
        quotes=tuple(quotes),
        sources=(source,),
        links=(*links, Link(quotes[0], stranger, Relation.ATTRIBUTED_TO)),
    )

    start = time.perf_counter()
    amap = build_map(segment(text), findings)
    elapsed = time.perf_counter() - start

    assert len(amap.edges) == n  # one per quote; the link to an unknown source is dropped
    assert {e["target"] for e in amap.edges} == {"source:ann-lee"}
    assert elapsed < 2.0, f"{elapsed:.2f}s"

"""Peak memory grows with the input, not with the JSON's indentation or copies of the map.

Each run is a fresh process (peak resident memory is not reset within one): a trivial article gives
the interpreter and imports, a few hundred kB of short quoted paragraphs (the densest input
for nodes and edges: about 16 characters of JSON per character read) the growth.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import runpy, sys
mode, path, out = sys.argv[1:4]
if mode == "cli":
    sys.argv = ["argmap", "map", path, "--format", "json", "-o", out]
    try:
        runpy.run_module("argmap", run_name="__main__")
    except SystemExit as exit:
        assert not exit.code, exit.code
else:
    import argmap
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(argmap.map_text(text).to_json())
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""
"""Prints the child's peak RSS in kB: VmHWM, the high-water mark of its own memory
(``ru_maxrss`` will not do: a child spawned by vfork starts with its parent's, pytest's)."""

SIZE = 250_000
"""Characters of short paragraphs: enough that growth dwarfs the allocator's noise."""

BOUND = {"cli": 120, "lib": 190}
"""Allowed growth of peak memory, in bytes per character read. Measured on this text: about
80 by ``argmap map -o``, which streams its JSON, and 136 by ``map_text(...).to_json()``,
which returns it whole (about 16 characters of JSON a character read, two bytes each once
a curly quote is in); 175 and 249 when the JSON was indented by ``json.dumps`` from a copy
of every node."""


def short_paragraphs(size: int) -> str:
    """Made-up news in one- to three-sentence paragraphs, half of them quoted."""
    names = ["Dana Okafor", "Luis Ferreira", "Mei Tanaka", "Sam Adeyemi"]
    roles = ["a council member", "the budget director", "a shop owner"]
    claims = [
        "The council argues that the cuts will hurt night workers.",
        "Critics warn that fares must rise next year.",
        "The report shows that rents are climbing faster than wages.",
    ]
    said = ["We will fight this", "The numbers do not add up", "Nobody asked us"]
    parts = ["City Budget Fight\n\n"]
    total, i = len(parts[0]), 0
    while total < size:
        if i % 2:
            paragraph = f"\u201c{said[i % 3]},\u201d said {names[i % 4]}, {roles[i % 3]}."
        else:
            paragraph = " ".join(claims[: 1 + i % 3])
        parts.append(paragraph + "\n\n")
        total += len(parts[-1])
        i += 1
    return "".join(parts)


def peak_kb(mode: str, article: Path, out: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(article), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/status")
@pytest.mark.parametrize("mode", ["cli", "lib"])
def test_peak_memory_grows_linearly_with_a_small_factor(mode: str, tmp_path: Path) -> None:
    tiny, large = tmp_path / "tiny.txt", tmp_path / "large.txt"
    tiny.write_text(short_paragraphs(200), encoding="utf-8")
    text = short_paragraphs(SIZE)
    large.write_text(text, encoding="utf-8")
    baseline = peak_kb(mode, tiny, tmp_path / "tiny.json")
    growth = (peak_kb(mode, large, tmp_path / "large.json") - baseline) * 1024
    assert growth < BOUND[mode] * len(text), f"{growth / len(text):.0f} bytes a character"

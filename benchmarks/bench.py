#!/usr/bin/env python3
"""Measure argmap's speed and memory: warm throughput, cold CLI start, scaling, peak memory.

    python benchmarks/bench.py [ARTICLE]      # default: ../shared/seed/article.txt, else an example

Prints a small table. Timings are the best of several runs, so they read the machine's
capacity rather than its noise; the scaling rows must grow linearly with the text.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = (
    ROOT.parent / "shared" / "seed" / "article.txt",
    ROOT / "examples" / "harbor-dredging.txt",
)


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def warm_throughput(text: str) -> float:
    import argmap

    argmap.map_text(text)  # warm caches and imports
    seconds = best_of(lambda: argmap.map_text(text).to_json(), 5)
    return len(text) / seconds


def cold_cli_seconds(path: Path) -> float:
    cmd = [sys.executable, "-m", "argmap", "map", str(path), "--format", "json"]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def help_seconds() -> float:
    cmd = [sys.executable, "-m", "argmap", "--help"]
    return min(
        best_of(lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL), 1)
        for _ in range(5)
    )


def scaling(text: str, factors: tuple[int, ...]) -> list[tuple[int, int, float]]:
    import argmap

    rows = []
    for factor in factors:
        big = "\n".join([text] * factor)
        seconds = best_of(lambda big=big: argmap.map_text(big).to_json(), 2 if factor < 50 else 1)
        rows.append((factor, len(big), seconds))
    return rows


PEAK_KB = """
def peak_kb():
    # VmHWM, this process's own high-water mark; ru_maxrss of a child spawned by vfork
    # starts at its parent's (this bench's) and would hide a smaller peak.
    try:
        with open("/proc/self/status") as status:
            return int(next(l.split()[1] for l in status if l.startswith("VmHWM:")))
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
"""Child code for a fresh process's peak resident memory in kB."""


def peak_memory_mb(path: Path, factor: int) -> float:
    """Peak resident memory of a fresh process mapping ``factor`` copies of the article."""
    code = PEAK_KB + (
        "import sys, argmap\n"
        "text = '\\n'.join([open(sys.argv[1], encoding='utf-8', newline='').read()] * int(sys.argv[2]))\n"
        "argmap.map_text(text).to_json()\n"
        "print(peak_kb())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), str(factor)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip()) / 1024


SHORT_PARAGRAPHS = (
    PEAK_KB
    + """
import random, sys
import argmap
rng = random.Random(7)
names = ["Dana Okafor", "Luis Ferreira", "Mei Tanaka", "Sam Adeyemi", "Priya Nair"]
roles = ["a council member", "the budget director", "a shop owner", "the mayor"]
claims = ["The council argues that the cuts will hurt night workers.",
          "Critics warn that fares must rise next year.",
          "The report shows that rents are climbing faster than wages."]
said = ["We will fight this", "The numbers do not add up", "Nobody asked us"]
parts, size = ["City Budget Fight\\n\\n"], 0
while size < int(sys.argv[1]):
    if rng.random() < 0.4:
        part = f"\u201c{rng.choice(said)},\u201d said {rng.choice(names)}, {rng.choice(roles)}."
    else:
        part = " ".join(rng.sample(claims, rng.randint(1, 3)))
    parts.append(part + "\\n\\n")
    size += len(parts[-1])
mode = sys.argv[2]
if mode == "map":
    argmap.map_text("".join(parts)).to_json()
print(peak_kb())
"""
)
"""A child that maps ``argv[1]`` characters of made-up short paragraphs (two in five a
quote), or only makes them (``argv[2]`` other than ``map``), and prints its peak RSS."""


def peak_memory_short_mb(chars: int) -> tuple[float, float]:
    """Peak RSS of a fresh process mapping ``chars`` of short paragraphs, and of one that only
    makes the text (the interpreter, imports and the text itself)."""
    peaks = []
    for mode in ("map", "text"):
        out = subprocess.run(
            [sys.executable, "-c", SHORT_PARAGRAPHS, str(chars), mode],
            check=True,
            capture_output=True,
            text=True,
        )
        peaks.append(int(out.stdout.strip()) / 1024)
    return peaks[0], peaks[1]


SHORT_CHARS = 2_000_000
"""Characters of short paragraphs for the second peak-memory row: the densest common input
(a node or two a sentence), whose peak the robustness issue bounds at about 30x."""


GROWTH_INPUTS = {
    "quote marks": "“He said ‘no’, ” she said. «Oui» „ja“ ",
    "nested quotes": "“He said ‘she said “they said ‘",
    "no punctuation": "council budget riders night bus the of cuts ",
    "according to": "according to ",
    "hyphen run": "a-",
    "apostrophe run": "a’",
    "one speaker": "“Cuts hurt,” said Dana Okafor. ",
}
"""Units repeated into hostile inputs: each must map in time linear in its length."""


def growth(n: int = 20_000) -> list[tuple[str, float, float]]:
    """Seconds to map each hostile input at ``n`` and ``2n`` characters (best of 3)."""
    import argmap

    rows = []
    for name, unit in GROWTH_INPUTS.items():
        small, large = ("Title\n\n" + unit * (k // len(unit)) for k in (n, 2 * n))
        rows.append(
            (
                name,
                best_of(lambda t=small: argmap.map_text(t).to_json(), 3),
                best_of(lambda t=large: argmap.map_text(t).to_json(), 3),
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--growth", action="store_true", help="only time hostile inputs at N and 2N characters"
    )
    args = parser.parse_args()
    if args.growth:
        print("hostile input growth (time at 2N / time at N; linear is about 2):")
        for name, small, large in growth():
            print(f"  {name:<16} {small:8.4f} s -> {large:8.4f} s  x{large / small:5.2f}")
        return
    path = args.article or next(p for p in DEFAULT_ARTICLES if p.is_file())
    text = path.read_text(encoding="utf-8")

    figures = {
        "article": str(path.name),
        "chars": len(text),
        "warm_chars_per_s": round(warm_throughput(text)),
        "cold_cli_map_json_s": round(cold_cli_seconds(path), 3),
        "cli_help_s": round(help_seconds(), 3),
        "scaling": [
            {"factor": f, "chars": n, "seconds": round(s, 4), "chars_per_s": round(n / s)}
            for f, n, s in scaling(text, (1, 10, 50, 100))
        ],
        "peak_rss_mb_100x": round(peak_memory_mb(path, 100), 1),
        "baseline_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    short_mb, text_mb = peak_memory_short_mb(SHORT_CHARS)
    figures["peak_rss_mb_short_paragraphs"] = {
        "chars": SHORT_CHARS,
        "peak_mb": round(short_mb, 1),
        "without_mapping_mb": round(text_mb, 1),
        "peak_per_input_byte": round(short_mb * 1024 * 1024 / SHORT_CHARS, 1),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"article: {figures['article']} ({figures['chars']:,} chars)")
    print(f"warm throughput:          {figures['warm_chars_per_s']:>12,} chars/s")
    print(f"cold `argmap map --format json`: {figures['cold_cli_map_json_s']:.3f} s (median of 5)")
    print(f"cold `argmap --help`:     {figures['cli_help_s']:.3f} s (best of 5)")
    print("scaling (time should grow linearly):")
    for row in figures["scaling"]:
        print(
            f"  {row['factor']:>4}x {row['chars']:>10,} chars {row['seconds']:>8.4f} s "
            f"{row['chars_per_s']:>12,} chars/s"
        )
    print(
        f"peak memory at 100x:      {figures['peak_rss_mb_100x']:.1f} MB (RSS of a fresh process)"
    )
    short = figures["peak_rss_mb_short_paragraphs"]
    print(
        f"peak memory, {short['chars'] / 1e6:.0f} MB of short paragraphs: {short['peak_mb']:.1f} MB"
        f" ({short['peak_per_input_byte']:.0f}x the input; {short['without_mapping_mb']:.1f} MB"
        " without mapping)"
    )


if __name__ == "__main__":
    main()

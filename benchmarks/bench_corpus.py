"""Corpus-mode benchmark: articles/s and chars/s at --jobs 1 and 2, peak memory, Dask vs the
local pool, and argmap network over the maps. A script, not a test:

    python benchmarks/bench_corpus.py                    # 10,000 articles
    python benchmarks/bench_corpus.py --articles 2000 --speed-articles 500

The corpus is generated from examples/*.txt|md with names, places and numbers varied, in a
temporary folder. Each run is ``python -m argmap map FOLDER -o maps.jsonl`` in a subprocess;
memory is the peak summed RSS of that process and its workers (psutil, sampled every 0.1 s).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Ada", "Ben", "Chen", "Dara", "Eli", "Farah", "Gil", "Hana", "Ivo", "Jun", "Kemi"]
LAST = ["Moreno", "Okoro", "Li", "Walsh", "Novak", "Aziz", "Berg", "Sato", "Petrov", "Diallo"]
OUTLETS = ["gazette", "courier", "ledger", "herald", "tribune"]
_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_NUMBER = re.compile(r"\b\d+\b")


def generate(folder: Path, count: int) -> int:
    """Write ``count`` articles under folder/<outlet>/; returns the characters written."""
    seeds = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "examples").iterdir())
        if p.suffix in (".txt", ".md")
    ]
    chars = 0
    for outlet in OUTLETS:
        (folder / outlet).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = seeds[n % len(seeds)]
        text = _NAME.sub(
            lambda m, n=n: (
                f"{FIRST[(n + len(m.group(1))) % len(FIRST)]} "
                f"{LAST[(n // 7 + len(m.group(2))) % len(LAST)]}"
            ),
            text,
        )
        text = _NUMBER.sub(lambda m, n=n: str(int(m.group()) + n % 13), text)
        path = folder / OUTLETS[n % len(OUTLETS)] / f"a-{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def run(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes, the process and its children) of ``command``."""
    import psutil

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command} failed: {proc.stderr.read().decode()}")
    return seconds, peak


def argmap(*args: str) -> list[str]:
    return [sys.executable, "-m", "argmap", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument(
        "--speed-articles", type=int, default=1_000, help="articles for the speed runs"
    )
    parser.add_argument("--no-dask", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        small, large = tmp_path / "small", tmp_path / "large"
        speed_n = min(options.speed_articles, options.articles)
        speed_chars = generate(small, speed_n)
        large_chars = generate(large, options.articles)
        print(f"corpus: {options.articles:,} articles, {large_chars:,} chars; "
              f"speed runs on {speed_n:,} ({speed_chars:,} chars); cpus {os.cpu_count()}, "
              f"load {os.getloadavg()[0]:.2f}")  # fmt: skip
        rates = {}
        for jobs in (1, 2):
            out = tmp_path / f"speed-{jobs}.jsonl"
            seconds, peak = run(argmap("map", str(small), "-r", "-j", str(jobs), "-o", str(out)))
            rates[jobs] = speed_n / seconds
            print(f"--jobs {jobs}: {seconds:.1f} s, {speed_n / seconds:.1f} articles/s, "
                  f"{speed_chars / seconds:,.0f} chars/s, peak RSS {peak / 1e6:.0f} MB")  # fmt: skip
        print(f"speed-up 2 jobs / 1 job: {rates[2] / rates[1]:.2f}x")
        if not options.no_dask:
            out = tmp_path / "dask.jsonl"
            seconds, peak = run(
                argmap("map", str(small), "-r", "--dask", "-j", "2", "-o", str(out))
            )
            print(f"--dask (2 workers): {seconds:.1f} s, {speed_n / seconds:.1f} articles/s "
                  f"({speed_n / seconds / rates[2]:.0%} of the 2-job pool), "
                  f"peak RSS {peak / 1e6:.0f} MB; same lines as --jobs 2: "
                  f"{out.read_bytes() == (tmp_path / 'speed-2.jsonl').read_bytes()}")  # fmt: skip
        maps = tmp_path / "large.jsonl"
        seconds, peak = run(argmap("map", str(large), "-r", "-j", "2", "-o", str(maps)))
        print(f"{options.articles:,} articles at --jobs 2: {seconds:.1f} s, "
              f"{options.articles / seconds:.1f} articles/s, peak RSS {peak / 1e6:.0f} MB "
              f"(maps: {maps.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
        print(f"peak RSS at {speed_n:,} articles: see --jobs 2 above")
        seconds, peak = run(argmap("network", str(maps), "-o", str(tmp_path / "net.graphml")))
        print(f"argmap network on {options.articles:,} maps: {seconds:.1f} s, "
              f"peak RSS {peak / 1e6:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()

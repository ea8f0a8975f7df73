#!/usr/bin/env python3
"""Speed and detection rate of ``argmap check-quotes`` on synthetic texts.

    python benchmarks/bench_compare.py [--words 20000] [--quotes 300] [--trials 2000] [--seed 7]

1. **Speed**: a synthetic transcript of ``--words`` words (Zipf-like: function words are
   common, so the bigram index meets "of the"-style pile-ups) and a long article quoting it
   ``--quotes`` times (verbatim, altered, spliced, made up). Times tokenising + indexing the
   transcript, mapping the article, and checking every quote.
2. **Perturbation**: ``--trials`` quotes cut from the transcript, each either left alone or
   altered at random (replace, insert or delete a word, swap two neighbours, splice two
   passages). Every altered quote must be flagged (not verbatim) and no unaltered one.

Nothing here is fitted: the thresholds are the module constants in
:mod:`argmap.compare.quotecheck`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

FUNCTION_WORDS = (
    "the of and to a in that is it we for on this be with as are not have they will our at"
    " by from but all there can more so what their if would about which when people do"
).split()
SPEAKERS = ("Ines Varga", "Tomas Berg", "Anna Lind", "Clara Holm")


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 9))))
    return sorted(words)


def transcript(rng: random.Random, n_words: int) -> tuple[str, list[str]]:
    """Sentences of 6-24 words: half function words, content words Zipf-distributed."""
    content = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(content))]
    words: list[str] = []
    sentences = []
    while len(words) < n_words:
        length = rng.randint(6, 24)
        sentence = [
            rng.choice(FUNCTION_WORDS) if rng.random() < 0.45 else rng.choices(content, weights)[0]
            for _ in range(length)
        ]
        words.extend(sentence)
        sentences.append(" ".join(sentence).capitalize() + ".")
    paragraphs = [" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]
    return "\n\n".join(paragraphs) + "\n", words


def cut(rng: random.Random, words: list[str], low: int = 8, high: int = 20) -> list[str]:
    length = rng.randint(low, high)
    start = rng.randrange(len(words) - length)
    return words[start : start + length]


FILLERS = vocabulary(random.Random(99), 400)


def perturb(rng: random.Random, quote: list[str], words: list[str], how: str) -> list[str]:
    """``quote`` altered one way (the caller checks it is no longer in the original)."""
    quote = list(quote)
    filler = rng.choice(FILLERS)
    if how == "replace":
        i = rng.randrange(len(quote))
        quote[i] = filler if quote[i] != filler else filler + "x"
    elif how == "insert":
        quote.insert(rng.randrange(len(quote) + 1), filler)
    elif how == "delete":  # inside: dropping an end word leaves a faithful shorter quote
        del quote[rng.randrange(1, len(quote) - 1)]
    elif how == "swap":
        i = rng.randrange(len(quote) - 1)
        while quote[i] == quote[i + 1]:
            i = rng.randrange(len(quote) - 1)
        quote[i], quote[i + 1] = quote[i + 1], quote[i]
    elif how == "splice":
        quote = quote[: len(quote) // 2 + 1] + cut(rng, words, 5, 9)
    return quote


def speed(args) -> None:
    import argmap
    from argmap.compare import Original, check_quotes

    rng = random.Random(args.seed)
    text, words = transcript(rng, args.words)
    kinds = rng.choices(
        ["verbatim", "replace", "insert", "delete", "swap", "splice", "made-up"],
        [5, 1, 1, 1, 1, 1, 1],
        k=args.quotes,
    )
    paragraphs = ["Council Meeting Divides the Harbour", "The meeting left the town divided."]
    for kind in kinds:
        quote = cut(rng, words)
        if kind == "made-up":
            quote = vocabulary(random.Random(rng.random()), 12)[:12]
        elif kind != "verbatim":
            quote = perturb(rng, quote, words, kind)
        filler = " ".join(cut(rng, words, 10, 30)).capitalize()
        speaker = rng.choice(SPEAKERS)
        paragraphs.append(f"{filler}. “{' '.join(quote).capitalize()},” said {speaker}.")
    article = "\n\n".join(paragraphs) + "\n"

    start = time.perf_counter()
    original = Original.of("transcript.txt", text)
    indexed = time.perf_counter() - start
    start = time.perf_counter()
    amap = argmap.map_text(article)
    mapped = time.perf_counter() - start
    start = time.perf_counter()
    checks = check_quotes(amap, [original])
    checked = time.perf_counter() - start
    verdicts = Counter(c.verdict.value for c in checks)
    print(f"transcript: {len(words):,} words, {len(text):,} chars")
    print(f"article: {len(article.split()):,} words, {len(checks)} quotes checked")
    print(f"  tokenise + index transcript  {indexed:7.3f} s")
    print(f"  map the article              {mapped:7.3f} s")
    print(f"  check every quote            {checked:7.3f} s")
    print(f"  total                        {indexed + mapped + checked:7.3f} s")
    print(f"  verdicts: {dict(sorted(verdicts.items()))}")


def detection(args) -> None:
    from argmap.compare import Original, Verdict
    from argmap.compare.quotecheck import check_quote

    rng = random.Random(args.seed + 1)
    text, words = transcript(rng, args.words)
    original = Original.of("transcript.txt", text)
    hows = ["none", "replace", "insert", "delete", "swap", "splice"]
    results: dict[str, Counter] = {how: Counter() for how in hows}
    joined = f" {' '.join(words)} "
    start = time.perf_counter()
    for _ in range(args.trials):
        how = rng.choice(hows)
        quote = cut(rng, words)
        if how != "none":
            quote = perturb(rng, quote, words, how)
            while f" {' '.join(quote)} " in joined:  # dropped a repeated word: still verbatim
                quote = perturb(rng, cut(rng, words), words, how)
        check = check_quote("“" + " ".join(quote) + "”", [original])
        results[how][check.verdict.value] += 1
    elapsed = time.perf_counter() - start
    flagged = sum(n for how in hows[1:] for v, n in results[how].items() if v != Verdict.VERBATIM)
    altered = sum(sum(results[how].values()) for how in hows[1:])
    false = sum(n for v, n in results["none"].items() if v != Verdict.VERBATIM)
    clean = sum(results["none"].values())
    print(f"perturbation: {args.trials} quotes of 8-20 words from a {len(words):,}-word transcript")
    for how in hows:
        print(f"  {how:8} {dict(sorted(results[how].items()))}")
    print(f"  altered quotes flagged:   {flagged}/{altered} = {flagged / altered:.1%}")
    print(f"  unaltered quotes flagged: {false}/{clean} = {false / clean:.1%}")
    print(f"  ({elapsed / args.trials * 1000:.2f} ms per quote)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--quotes", type=int, default=300)
    parser.add_argument("--trials", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    speed(args)
    detection(args)


if __name__ == "__main__":
    main()

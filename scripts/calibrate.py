"""Fit the attribution-confidence model, and report how well it is calibrated.

    python scripts/calibrate.py                      # refit on polnear.train, write the weights
    python scripts/calibrate.py --report polnear.dev # calibration table on a split (no fitting)
    python scripts/calibrate.py --report polnear.train

Fitting maps every document of ``../shared/corpora/polnear.train.jsonl`` with the current
package, labels each predicted quote right or wrong with the shared scorer's own matching
rules (``../shared/eval/score.py``, imported: its functions decide), reads the features of
each attribution (:func:`argmap.extract.confidence.attribution_features`), fits one
logistic regression for direct quotes and one for reported statements (Newton's method,
pure Python, a light L2 penalty), and writes
``src/argmap/extract/lexicon/attribution_weights.json`` with what it was fitted on and
the calibration it reached on train and on dev. Dev is only read, never fitted: its table
is the validation figure.

What "right" means. A direct quote is right when score.py's end-to-end attribution counts
it a hit: it matches a gold direct quote (character overlap / union >= 0.5) and its
attribution is not judged wrong (a linked source has a mention overlapping the gold speaker,
or its head word is among the gold speaker's words; for a gold pronoun, the nearest named
gold speaker before it; a gold speaker that is null or an unresolvable pronoun is not held
against it). A predicted direct quote that matches nothing is wrong, unless the scorer
ignores it (it lies in a gold indirect attribution or in a matched quote). A reported
statement is judged the same way against the gold *indirect* attributions, matched by
overlap of the shorter span >= 0.5 (reported content spans are cut differently from the
annotators' by a few words); one that matches none is wrong.

A source's confidence is its best quote's; the file also records the share of named
sources no quote is attributed to whose head word is a gold speaker's (``unquoted``), and
how much less often a source named only by pronouns is right (``pronoun_only``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from argmap.extract.confidence import (  # noqa: E402
    FEATURES,
    PRONOUNS,
    WEIGHTS_FILE,
    attribution_features,
    score,
)
from argmap.graph import assign_ids  # noqa: E402
from argmap.model import Relation, Source, SourceType  # noqa: E402
from argmap.pipeline import map_text  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
WEIGHTS = ROOT / "src" / "argmap" / "extract" / "lexicon" / WEIGHTS_FILE
BINS = (0.0, 0.5, 0.7, 0.8, 0.9)
L2 = 1.0


def load_scorer():
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("argmap_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- labelling


def _verdict(sc, q: dict, srcs: list, named_spk: list, ctx) -> bool:
    """score.py's attribution rule for one matched quote (None-speaker and unscorable: not
    held against it, as its end-to-end figure does)."""
    if not q.get("speaker") or q.get("speaker_start") is None:
        return True
    sspan = [(q["speaker_start"], q["speaker_end"])]
    if any(sc._inter([m], sspan) > 0 for s in srcs for m in s["mentions"]):
        return True
    if sc.is_pronoun(q["speaker"]):
        ante = [x for x in named_spk if x[0] <= q["speaker_start"]]
        if not ante:
            return True
        toks = sc.content_tokens(ante[-1][2])
    else:
        toks = sc.content_tokens(q["speaker"])
    return any(sc.head_word(s["name"], ctx)[0] in toks for s in srcs)


def label_doc(sc, doc: dict) -> tuple[list[tuple[dict, int]], list[tuple[str, int, list]]]:
    """``[(features, right)]`` for the document's quotes, and ``[(kind, right, features of
    its quotes)]`` for its judgeable sources (kind: quoted, unquoted, pronoun-only)."""
    text = doc["text"]
    amap = map_text(text)
    ids = assign_ids(amap.findings)
    by_quote = dict(attribution_features(amap.document, amap.findings))
    feats = {ids[q]: f for q, f in by_quote.items()}
    eng = sc.parse_engine(amap.node_link_data(), text)
    ctx = sc.DocContext(text)
    gq = doc.get("quotes") or []
    gfr = [sc._norm_frags(q.get("fragments") or [(q["start"], q["end"])]) for q in gq]
    named_spk = []
    for q in gq:
        if q.get("speaker") and q.get("speaker_start") is not None:
            _hw, named = sc.head_word(q["speaker"], ctx)
            if named and not sc.is_pronoun(q["speaker"]):
                named_spk.append((q["speaker_end"], q["speaker_start"], q["speaker"]))
    named_spk.sort()
    rows: list[tuple[dict, int]] = []
    for direct in (True, False):
        golds = [i for i, q in enumerate(gq) if bool(q.get("direct")) is direct]
        others = [i for i, q in enumerate(gq) if bool(q.get("direct")) is not direct]
        preds = [p for p in eng["quote"] if p["span"] and p["node"].get("direct") is direct]
        frags = [[p["span"]] for p in preds]
        match = sc.iou if direct else sc.overlap_shorter
        gm = sc.greedy_match([gfr[i] for i in golds], frags, match, 0.5)
        by_pred = {pi: golds[gi] for gi, pi in gm.items()}
        shelter = [gfr[i] for i in others] + [gfr[golds[gi]] for gi in gm]
        for pi, p in enumerate(preds):
            gi = by_pred.get(pi)
            if gi is None:
                if direct and any(
                    sc._inter(frags[pi], g) >= 0.5 * sc._len(frags[pi]) for g in shelter
                ):
                    continue  # the scorer ignores it
                right = False
            else:
                srcs = eng["attributed"].get(p["id"], [])
                right = _verdict(sc, gq[gi], srcs, named_spk, ctx)
            rows.append((feats[p["id"]], int(right)))
    gold_names = set()
    for q in gq:
        if q.get("speaker") and not sc.is_pronoun(q["speaker"]):
            hw, named = sc.head_word(q["speaker"], ctx)
            if named and hw:
                gold_names.add(hw)
    quoted: dict[Source, list[dict]] = {}
    for link in amap.findings.links:
        if link.relation is Relation.ATTRIBUTED_TO and isinstance(link.target, Source):
            quoted.setdefault(link.target, []).append(by_quote[link.source])
    sources = []
    for source in amap.findings.sources:
        if source.source_type is SourceType.ANONYMOUS:
            continue
        hw, named = sc.head_word(source.name, ctx)
        if not (named and hw) or sc.is_pronoun(source.name):
            continue
        pronouns = all(m.of(text).strip().lower() in PRONOUNS for m in source.mentions)
        kind = "pronoun-only" if pronouns else "quoted" if source in quoted else "unquoted"
        sources.append((kind, int(hw in gold_names), quoted.get(source, [])))
    return rows, sources


def label_corpus(name: str) -> tuple[list[tuple[dict, int]], list[tuple[str, int, list]]]:
    sc = load_scorer()
    path = CORPORA / f"{name}.jsonl"
    rows, sources = [], []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc_rows, doc_sources = label_doc(sc, json.loads(line))
            rows += doc_rows
            sources += doc_sources
    return rows, sources


# --------------------------------------------------------------------------- fitting


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is small: one row per feature)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit_logistic(rows: list[tuple[dict, int]], names=FEATURES, iterations: int = 25) -> dict:
    """Newton's method on the L2-penalised log-likelihood (the bias is not penalised)."""
    xs = [[1.0, *(f[name] for name in names)] for f, _ in rows]
    ys = [y for _, y in rows]
    k = len(names) + 1
    w = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            r, s = y - p, p * (1 - p)
            for i in range(k):
                if x[i]:
                    grad[i] += r * x[i]
                    si = s * x[i]
                    row = hess[i]
                    for j in range(k):
                        if x[j]:
                            row[j] += si * x[j]
        for i in range(1, k):
            grad[i] -= L2 * w[i]
            hess[i][i] += L2
        for i in range(k):
            hess[i][i] += 1e-9
        step = _solve(hess, grad)
        w = [wi + si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {
        "bias": round(w[0], 4),
        "weights": {n: round(v, 4) for n, v in zip(names, w[1:], strict=True)},
    }


def isotonic(points: list[tuple[float, int]]) -> dict:
    """Pool-adjacent-violators: a non-decreasing step function from score to share right,
    as ``cuts`` (left edges of the steps) and ``values`` (each step's share, smoothed by
    one right and one wrong so a small step never claims certainty)."""
    blocks: list[list[float]] = []  # [lowest score, total right, count]
    for p, y in sorted(points):
        blocks.append([p, float(y), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            _low, right, count = blocks.pop()
            blocks[-1][1] += right
            blocks[-1][2] += count
    return {
        "cuts": [round(b[0], 6) for b in blocks],
        "values": [round((b[1] + 1) / (b[2] + 2), 4) for b in blocks],  # Laplace: never 0 or 1
    }


def fit(rows: list[tuple[dict, int]], sources: list) -> dict:
    models = {}
    for kind, reported in (("direct", 0.0), ("reported", 1.0)):
        part = [(f, y) for f, y in rows if f["reported"] == reported]
        names = tuple(n for n in FEATURES if n != "reported")
        model = fit_logistic(part, names)
        raw = [(score(f, model), y) for f, y in part]
        model["calibration"] = isotonic(raw)
        model["fitted_on"] = {"attributions": len(part), "right": sum(y for _, y in part)}
        models[kind] = model
    unquoted = [y for kind, y, _ in sources if kind == "unquoted"]

    def best(quotes: list[dict]) -> float:
        return max(
            (score(f, models["reported" if f["reported"] else "direct"]) for f in quotes),
            default=0.0,
        )

    pronoun = [(y, best(quotes)) for kind, y, quotes in sources if kind == "pronoun-only"]
    pronoun_only = 0.5
    if len(pronoun) >= 20:
        expected = sum(c for _, c in pronoun) or 1.0
        pronoun_only = min(1.0, sum(y for y, _ in pronoun) / expected)
    return {
        "models": models,
        "sources": {
            # too few to measure (under 20): even odds, which says "unknown"
            "unquoted": round(sum(unquoted) / len(unquoted), 3) if len(unquoted) >= 20 else 0.5,
            "pronoun_only": round(pronoun_only, 3),
            "fitted_on": {"unquoted": len(unquoted), "pronoun_only": len(pronoun)},
        },
    }


# --------------------------------------------------------------------------- reporting


def rescore(rows: list[tuple[dict, int]], model_file: dict) -> list[tuple[bool, float, int]]:
    out = []
    for f, y in rows:
        kind = "reported" if f["reported"] else "direct"
        out.append((kind == "direct", round(score(f, model_file["models"][kind]), 3), y))
    return out


def table(scored: list[tuple[bool, float, int]]) -> list[dict]:
    bins = []
    for k, low in enumerate(BINS):
        high = BINS[k + 1] if k + 1 < len(BINS) else 1.01
        row = {"bin": _bin_name(k)}
        for label, pick in (("direct", True), ("reported", False), ("all", None)):
            inside = [
                (c, y) for d, c, y in scored if low <= c < high and (pick is None or d is pick)
            ]
            n = len(inside)
            row[label] = {
                "n": n,
                "right": round(sum(y for _, y in inside) / n, 3) if n else None,
                "mean": round(sum(c for c, _ in inside) / n, 3) if n else None,
            }
        bins.append(row)
    return bins


def _bin_name(k: int) -> str:
    if k == 0:
        return f"< {BINS[1]}"
    if k + 1 == len(BINS):
        return f"≥ {BINS[k]}"
    return f"{BINS[k]}–{BINS[k + 1]}"


def markdown(bins: list[dict]) -> str:
    def cell(c: dict) -> str:
        if not c["n"]:
            return "0 | –"
        return f"{c['n']:,} | {c['right']:.3f} (mean {c['mean']:.2f})"

    lines = [
        "| confidence | direct: n | share right | reported: n | share right | all: n | share right |",
        "| --- | ---: | --- | ---: | --- | ---: | --- |",
    ]
    for row in bins:
        lines.append(
            f"| {row['bin']} | {cell(row['direct'])} | {cell(row['reported'])} | {cell(row['all'])} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", metavar="SPLIT", help="print the table for a split, no fit")
    parser.add_argument("--train", default="polnear.train", help="split to fit on")
    parser.add_argument("--dev", default="polnear.dev", help="split to validate on")
    parser.add_argument("--json", action="store_true", help="--report as JSON")
    args = parser.parse_args(argv)
    if not (CORPORA / f"{args.report or args.train}.jsonl").exists():
        print(f"calibrate: {CORPORA} has no {args.report or args.train}.jsonl", file=sys.stderr)
        return 1
    if args.report:
        rows, _ = label_corpus(args.report)
        bins = table(rescore(rows, json.loads(WEIGHTS.read_text("utf-8"))))
        print(json.dumps(bins, indent=1) if args.json else markdown(bins))
        return 0
    started = time.perf_counter()
    rows, sources = label_corpus(args.train)
    fitted = fit(rows, sources)
    train_bins = table(rescore(rows, fitted))
    dev_rows, _ = label_corpus(args.dev) if (CORPORA / f"{args.dev}.jsonl").exists() else ([], [])
    data = {
        "version": 1,
        "about": "attribution confidence: logistic models over argmap.extract.confidence."
        "FEATURES, then isotonic calibration; fitted by scripts/calibrate.py",
        "fitted_on": f"{args.train} ({len(rows)} attributions judged by score.py's rules)",
        "features": list(FEATURES),
        **fitted,
        "validation": {"split": args.dev, "bins": table(rescore(dev_rows, fitted))},
        "train": {"split": args.train, "bins": train_bins},
    }
    WEIGHTS.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    print(f"\n{args.train}:\n{markdown(train_bins)}")
    print(f"\n{args.dev}:\n{markdown(data['validation']['bins'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

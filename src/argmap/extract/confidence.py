"""How sure each attribution is: a calibrated confidence for every quote and source.

A wrong speaker is worse than no speaker, so every attribution says how far to trust it.
For each quote the stage reads features of how it was attributed (direct or reported, the
kind of mention that names the speaker, how far that mention is from the words, where the
cue verb stands and whether it is a plain ``said``, whether the speaker was carried over
from an earlier quote or paragraph, how often the source is mentioned) and scores them
with a small logistic model. Its weights are data (``lexicon/attribution_weights.json``),
fitted on the PolNeAR training split by ``scripts/calibrate.py``, which records there what
it was fitted on and the calibration it reached; inference is a dot product per quote.

A source's confidence is that of its best-attributed quote, lowered when the source is
only ever a pronoun; a source no quote is attributed to (a cited work) gets the rate
measured for such sources on the training split.

The stage finds nothing new and changes nothing found: it yields one
:class:`~argmap.model.Confidence` per quote and per source.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from ..model import Confidence, Document, Finding, Findings, Quote, Relation, Source
from .context import StageContext

WEIGHTS_FILE = "attribution_weights.json"

PRONOUNS = frozenset("he she they it i we you him her them us me".split())
"""Speaker mentions that name no one by themselves."""

PLAIN_CUES = frozenset(
    "said says say saying told tells added adds adding according asked asks".split()
)
"""The common, unambiguous reporting cues; any other cue (``argued``, ``believes``,
``warned``, a noun such as ``statement``) is a weaker signal that the words are the
speaker's."""

FEATURES = (
    "reported",
    "no_speaker",
    "unlinked",
    "pronoun",
    "person",
    "organization",
    "document",
    "anonymous",
    "full_name",
    "several_sources",
    "gap",
    "sentences_apart",
    "other_paragraph",
    "cue_before",
    "cue_after",
    "cue_inside",
    "no_cue",
    "carried_over",
    "plain_cue",
    "mentions",
    "length",
)
"""The features of an attribution, each a number in about [0, 1], in the weights' order."""


def _flag(condition: bool) -> float:
    return 1.0 if condition else 0.0


class _Places:
    """Sentence and paragraph of a character offset, by bisection over the sentence starts."""

    __slots__ = ("doc", "starts")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [s.span.start for s in doc.sentences]

    def sentence(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def paragraph(self, offset: int) -> int:
        if not self.doc.sentences:
            return 0
        return self.doc.sentences[self.sentence(offset)].paragraph


def attribution_features(doc: Document, findings: Findings) -> list[tuple[Quote, dict]]:
    """Each quote of ``findings`` with the features of its attribution (see
    :data:`FEATURES`); ``scripts/calibrate.py`` fits the weights on exactly these."""
    text = doc.text
    places = _Places(doc)
    speakers: dict[Quote, list[Source]] = {}
    for link in findings.links:
        if link.relation is Relation.ATTRIBUTED_TO and isinstance(link.target, Source):
            speakers.setdefault(link.source, []).append(link.target)
    carried: set = set()
    seen_speakers: set = set()
    for quote in sorted(findings.quotes, key=lambda q: q.span):
        if quote.speaker is not None and quote.speaker in seen_speakers:
            carried.add(quote)
        seen_speakers.add(quote.speaker)
    out = []
    for quote in findings.quotes:
        sources = speakers.get(quote, [])
        feats = dict.fromkeys(FEATURES, 0.0)
        feats["reported"] = _flag(not quote.direct)
        span, speaker, cue = quote.span, quote.speaker, quote.cue
        feats["length"] = min(math.log1p(len(span)) / 6, 1.5)
        if speaker is None:
            feats["no_speaker"] = 1.0
            feats["no_cue"] = _flag(cue is None)
            out.append((quote, feats))
            continue
        said = speaker.of(text)
        words = said.split()
        feats["pronoun"] = _flag(said.strip().lower() in PRONOUNS)
        feats["full_name"] = _flag(sum(1 for w in words[:4] if w[:1].isupper()) >= 2)
        feats["unlinked"] = _flag(not sources)
        feats["several_sources"] = _flag(len(sources) > 1)
        if sources:
            best = max(sources, key=lambda s: len(s.mentions))
            feats[best.source_type.value] = 1.0
            feats["mentions"] = min(math.log1p(len(best.mentions)) / 3, 1.5)
        if speaker.end <= span.start:
            gap = span.start - speaker.end
        elif speaker.start >= span.end:
            gap = speaker.start - span.end
        else:
            gap = 0
        feats["gap"] = min(math.log1p(gap) / 6, 1.5)
        first, last = places.sentence(span.start), places.sentence(max(span.start, span.end - 1))
        at = places.sentence(speaker.start)
        apart = first - at if at < first else at - last if at > last else 0
        feats["sentences_apart"] = min(apart, 3) / 3
        feats["other_paragraph"] = _flag(
            places.paragraph(speaker.start) != places.paragraph(span.start)
        )
        if cue is None:
            feats["no_cue"] = 1.0
        else:
            feats["cue_before"] = _flag(cue.end <= span.start)
            feats["cue_after"] = _flag(cue.start >= span.end)
            feats["cue_inside"] = _flag(not (feats["cue_before"] or feats["cue_after"]))
            feats["plain_cue"] = _flag(cue.of(text).strip().lower() in PLAIN_CUES)
        feats["carried_over"] = _flag(quote in carried)
        out.append((quote, feats))
    return out


@cache
def weights() -> dict:
    """The fitted model (``lexicon/attribution_weights.json``), read once: from the file
    beside this module, or through :mod:`importlib.resources` when the package is not on
    disk (a zip). That module and what it imports (``tempfile``, ``zipfile`` …) cost a cold
    start more than the read, so it is loaded only then."""
    try:
        data = (Path(__file__).parent / "lexicon" / WEIGHTS_FILE).read_text("utf-8")
    except OSError:
        from importlib import resources

        data = resources.files(__package__).joinpath("lexicon", WEIGHTS_FILE).read_text("utf-8")
    return json.loads(data)


def score(feats: dict, model: dict) -> float:
    """The logistic model's probability that the attribution is right, then calibrated
    through the model's isotonic table when it has one."""
    z = model["bias"] + sum(w * feats.get(name, 0.0) for name, w in model["weights"].items())
    p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    table = model.get("calibration")
    if table:
        cuts, values = table["cuts"], table["values"]
        p = values[bisect_right(cuts, p) - 1] if p >= cuts[0] else values[0]
    return p


def attribution_confidence(ctx: StageContext, prior: Findings) -> Iterator[Finding]:
    """One :class:`Confidence` per quote (its attribution) and per source (its naming)."""
    fitted = weights()
    models = fitted["models"]
    text = ctx.doc.text
    by_quote: dict[Quote, float] = {}
    for quote, feats in attribution_features(ctx.doc, prior):
        value = round(score(feats, models["reported" if feats["reported"] else "direct"]), 3)
        by_quote[quote] = value
        yield Confidence(quote, value)
    best: dict[Source, float] = {}
    for link in prior.links:
        if link.relation is Relation.ATTRIBUTED_TO and isinstance(link.target, Source):
            value = by_quote.get(link.source)
            if value is not None and value > best.get(link.target, -1.0):
                best[link.target] = value
    sources = fitted["sources"]
    for source in prior.sources:
        value = best.get(source)
        if value is None:
            value = sources["unquoted"]
        elif all(m.of(text).strip().lower() in PRONOUNS for m in source.mentions):
            value *= sources["pronoun_only"]
        yield Confidence(source, round(value, 3))


__all__ = ["FEATURES", "attribution_confidence", "attribution_features", "score", "weights"]

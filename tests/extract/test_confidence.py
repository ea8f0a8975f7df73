"""Attribution confidence: every quote and source scored, the features behind the score,
and ``--min-confidence`` dropping the doubtful ones."""

from __future__ import annotations

import importlib.util
import json

import pytest

import argmap
from argmap.extract.confidence import FEATURES, attribution_features, weights
from argmap.model import Options, Quote

from ..conftest import ROOT

NEWS = """\
Mayor Defends the Ferry Budget

“We will not cut the night ferry this year,” said Ines Varga, the mayor of Lunden. \
She said the repairs to the north pier would start in May.

Officials believe fares could rise. “It is a question of money,” one of them said.

Critics, some of whom sit on the council, have argued for months that the service loses money.
"""


def _confidences(amap) -> dict[str, float | None]:
    return {n["id"]: n.get("confidence") for n in amap.nodes if n["kind"] in ("quote", "source")}


def test_every_quote_and_source_has_a_confidence_in_range():
    amap = argmap.map_text(NEWS)
    scored = _confidences(amap)
    assert scored and all(0.0 <= value <= 1.0 for value in scored.values())


def test_a_named_speaker_with_said_beats_a_group_reported():
    amap = argmap.map_text(NEWS)
    quotes = {
        (n["speaker_name"], n["direct"]): n["confidence"]
        for n in amap.nodes
        if n["kind"] == "quote"
    }
    assert quotes["Ines Varga", True] >= 0.9
    assert quotes["Ines Varga", True] > quotes["Critics", False]


def test_quote_nodes_name_their_speaker_and_where_they_are():
    amap = argmap.map_text(NEWS)
    varga = next(n for n in amap.nodes if n.get("speaker_name") == "Ines Varga")
    assert varga["speaker"] == "source:ines-varga"
    assert (varga["line"], varga["column"]) == (3, 1)
    source = next(n for n in amap.nodes if n["id"] == "source:ines-varga")
    first = source["mentions"][0][0]
    assert (source["line"], source["column"]) == (3, first - NEWS.index("“We will") + 1)


def test_features_are_the_declared_ones():
    amap = argmap.map_text(NEWS)
    for quote, feats in attribution_features(amap.document, amap.findings):
        assert isinstance(quote, Quote)
        assert tuple(feats) == FEATURES
        assert all(isinstance(v, float) for v in feats.values())


def test_the_weights_file_records_its_provenance():
    fitted = weights()
    assert "polnear.train" in fitted["fitted_on"]
    assert set(fitted["models"]) == {"direct", "reported"}
    assert fitted["validation"]["split"] == "polnear.dev"


def test_min_confidence_drops_doubtful_quotes_and_their_sources():
    full = argmap.map_text(NEWS)
    sure = argmap.map_text(NEWS, Options(min_confidence=0.9))
    kept = _confidences(sure)
    assert kept and all(value >= 0.9 for value in kept.values())
    assert len(kept) < len(_confidences(full))
    ids = {n["id"] for n in sure.nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in sure.edges)
    quoted = {e["target"] for e in sure.edges if e["relation"] == "attributed_to"}
    assert {n["id"] for n in sure.nodes if n["kind"] == "source"} <= quoted | {
        n["id"] for n in sure.nodes if n["kind"] == "source" and n["confidence"] >= 0.9
    }


def test_confidence_changes_no_finding():
    """The stage only scores: the quotes, sources and links are those found without it."""
    from argmap.extract import STAGES, StageContext
    from argmap.model import Findings
    from argmap.segment import segment

    ctx = StageContext(segment(NEWS))
    findings = Findings()
    for stage in STAGES:
        before = (findings.quotes, findings.sources, findings.links, findings.claims)
        findings = findings.add(list(stage(ctx, findings)))
        if stage.__name__ == "attribution_confidence":
            after = (findings.quotes, findings.sources, findings.links, findings.claims)
            assert after == before
            assert len(findings.confidences) == len(findings.quotes) + len(findings.sources)


@pytest.mark.shared
def test_attributions_scored_090_are_right_nine_times_in_ten_on_dev(shared_dir):
    if not (shared_dir / "corpora" / "polnear.dev.jsonl").is_file():
        pytest.skip("no polnear.dev in ../shared")
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "scripts" / "calibrate.py")
    calibrate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(calibrate)
    rows, _ = calibrate.label_corpus("polnear.dev")
    scored = calibrate.rescore(rows, weights())
    sure = [right for _direct, confidence, right in scored if confidence >= 0.9]
    assert len(sure) >= 500
    assert sum(sure) / len(sure) >= 0.9, json.dumps(calibrate.table(scored))

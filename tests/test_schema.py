"""The argmap/1 JSON Schema accepts what argmap writes and rejects what breaks the contract."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from argmap.schema import json_schema
from tests.render.exports_fixture import exports_map

jsonschema = pytest.importorskip("jsonschema")


def _validator():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _document() -> dict:
    return json.loads(exports_map().to_json())


def test_schema_is_valid_draft_2020_12():
    assert json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    _validator()


def test_argmap_json_is_valid():
    errors = list(_validator().iter_errors(_document()))
    assert errors == []


EXAMPLE_MAPS = sorted((Path(__file__).resolve().parent.parent / "examples" / "maps").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLE_MAPS, ids=lambda p: p.name)
def test_every_example_map_is_valid(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    assert list(_validator().iter_errors(document)) == []


def test_there_are_example_maps_to_validate():
    assert len(EXAMPLE_MAPS) >= 3


def test_the_short_article_through_the_pipeline_is_valid(short_article):
    from argmap.pipeline import map_text

    amap = map_text(short_article)
    assert list(_validator().iter_errors(json.loads(amap.to_json()))) == []


def _broken(change) -> dict:
    document = copy.deepcopy(_document())
    change(document)
    return document


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d["nodes"][1].pop("kind"), id="missing-kind"),
        pytest.param(lambda d: d["nodes"][1].update(kind="opinion"), id="unknown-kind"),
        pytest.param(lambda d: d["edges"][0].update(relation="contradicts"), id="bad-relation"),
        pytest.param(lambda d: d["edges"][0].pop("target"), id="missing-target"),
        pytest.param(lambda d: d["nodes"][1].update(confidence=1.5), id="confidence-above-1"),
        pytest.param(lambda d: d["nodes"][1].update(role="claim"), id="thesis-with-claim-role"),
        pytest.param(lambda d: d["nodes"][2].pop("span"), id="claim-without-span"),
        pytest.param(lambda d: d["nodes"][-1].update(source_type="rumour"), id="bad-source-type"),
        pytest.param(lambda d: d["nodes"][-1]["mentions"].append([1]), id="short-span"),
        pytest.param(lambda d: d["graph"].update(schema="argmap/2"), id="other-schema"),
        pytest.param(lambda d: d.pop("edges"), id="no-edges"),
    ],
)
def test_broken_documents_fail(change):
    assert not _validator().is_valid(_broken(change))

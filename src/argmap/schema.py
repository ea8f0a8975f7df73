"""The JSON Schema (draft 2020-12) of argmap/1 node-link JSON, the README's JSON contract.

For consumers that validate what they load, and for our own tests. Objects may carry
properties the contract does not name, so that a later argmap/1 writer can add fields
without breaking readers; what the contract names is required and typed. What a schema
cannot say (``input[start:end] == text``, edge ends naming existing nodes) is left to the
tests.
"""

from __future__ import annotations

from .graph import SCHEMA
from .layout import ROLES as LAYOUT_ROLES
from .model import ClaimRole, NodeKind, Relation, SourceType

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_SPAN = {
    "type": "array",
    "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
    "items": False,
    "minItems": 2,
    "description": "[start, end): a half-open character range of the input",
}


def _nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def _kind(kind: NodeKind, required: list[str], properties: dict) -> dict:
    """``if kind == ...: then`` the fields that kind of node has."""
    return {
        "if": {"properties": {"kind": {"const": kind.value}}, "required": ["kind"]},
        "then": {"required": required, "properties": properties},
    }


def json_schema() -> dict:
    """The schema as a dict, ready for ``json.dumps`` or a validator."""
    text = {"text": {"type": "string"}, "span": {"$ref": "#/$defs/span"}}
    claim_fields = ["role", "text", "span", "confidence", "section"]

    def claim(roles: list[str]) -> dict:
        return {
            **text,
            "role": {"enum": roles},
            "confidence": confidence,
            "section": _nullable({"type": "integer", "minimum": 0}),
        }

    confidence = {"type": "number", "minimum": 0, "maximum": 1}
    position = _nullable({"type": "integer", "minimum": 1})
    node = {
        "type": "object",
        "required": ["id", "kind", "line", "column"],
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "kind": {"enum": [k.value for k in NodeKind]},
            "line": {
                **position,
                "description": "1-based line of the span's start (a source's first mention); "
                "null for a node with no span",
            },
            "column": {**position, "description": "1-based column of that start"},
        },
        "allOf": [
            _kind(NodeKind.ARTICLE, ["title"], {"title": _nullable({"type": "string"}), **text}),
            _kind(NodeKind.THESIS, claim_fields, claim([ClaimRole.THESIS.value])),
            _kind(
                NodeKind.CLAIM,
                claim_fields,
                claim(
                    [ClaimRole.SUBTHESIS.value, ClaimRole.RESTATEMENT.value, ClaimRole.CLAIM.value]
                ),
            ),
            _kind(NodeKind.PREMISE, claim_fields, claim([ClaimRole.PREMISE.value])),
            _kind(
                NodeKind.QUOTE,
                ["text", "span", "direct", "speaker_span", "speaker", "speaker_name", "confidence"],
                {
                    **text,
                    "direct": {"type": "boolean"},
                    "speaker_span": _nullable({"$ref": "#/$defs/span"}),
                    "speaker": _nullable({"type": "string", "minLength": 1}),
                    "speaker_name": _nullable({"type": "string"}),
                    "confidence": {
                        **_nullable(confidence),
                        "description": "how likely the attribution is right (calibrated)",
                    },
                },
            ),
            _kind(
                NodeKind.SOURCE,
                ["name", "source_type", "role", "affiliation", "mentions", "confidence"],
                {
                    "confidence": _nullable(confidence),
                    "name": {"type": "string", "minLength": 1},
                    "source_type": {"enum": [t.value for t in SourceType]},
                    "role": _nullable({"type": "string"}),
                    "affiliation": _nullable({"type": "string"}),
                    "mentions": {"type": "array", "items": {"$ref": "#/$defs/span"}},
                },
            ),
        ],
    }
    edge = {
        "type": "object",
        "required": ["source", "target", "relation"],
        "properties": {
            "source": {"type": "string", "minLength": 1},
            "target": {"type": "string", "minLength": 1},
            "relation": {"enum": [r.value for r in Relation]},
        },
    }
    section = {
        "type": "object",
        "required": ["index", "heading", "span"],
        "properties": {
            "index": {"type": "integer", "minimum": 0},
            "heading": _nullable({"type": "string"}),
            "span": _nullable({"$ref": "#/$defs/span"}),
        },
    }
    graph = {
        "type": "object",
        "required": ["schema", "title", "dek", "engine", "length", "sections"],
        "properties": {
            "schema": {"const": SCHEMA},
            "title": _nullable({"type": "string"}),
            "dek": _nullable({"type": "string"}),
            "engine": {"type": "string"},
            "length": {"type": "integer", "minimum": 0},
            "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
            "layout": {
                "type": "array",
                "description": "Page furniture set aside before mapping: never a thesis, "
                "claim, heading, quote or source.",
                "items": {
                    "type": "object",
                    "required": ["role", "span", "text"],
                    "properties": {
                        "role": {"enum": list(LAYOUT_ROLES)},
                        "span": {"$ref": "#/$defs/span"},
                        "text": {"type": "string"},
                    },
                },
            },
        },
    }
    return {
        "$schema": DIALECT,
        "title": SCHEMA,
        "description": "An argument map: networkx node-link data (edges under 'edges').",
        "type": "object",
        "required": ["directed", "multigraph", "graph", "nodes", "edges"],
        "properties": {
            "directed": {"const": True},
            "multigraph": {"const": False},
            "graph": {"$ref": "#/$defs/graph"},
            "nodes": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            "edges": {"type": "array", "items": {"$ref": "#/$defs/edge"}},
        },
        "$defs": {"span": _SPAN, "section": section, "graph": graph, "node": node, "edge": edge},
    }


__all__ = ["DIALECT", "json_schema"]

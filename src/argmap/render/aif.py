"""AIF JSON as AIFdb and the ARG-tech tools (OVA, AIFdb) exchange it.

The Argument Interchange Format keeps propositions (I-nodes) apart from the steps between
them: each support becomes an RA node and each attack a CA node, linked I → RA/CA → I.
Quotes are also locutions: an L-node carries the speaker's words and a YA node anchors it
to the proposition, "Quoting" for verbatim words and "Asserting" for reported ones, with
the speaker listed as a participant. Quotes attributed to no one have no locution, since
AIF needs a speaker for each. Sources that are not people keep their whole name as the
first name.

Node, edge and participant ids are numbers counted in map order, as AIFdb's are, so the
same map always gives the same file.
"""

from __future__ import annotations

import json
from itertools import count

from ..model import ArgumentMap, NodeKind, Relation, SourceType
from ..safe_text import escape_c1_json
from . import RenderOptions
from .text import one_line, unquote

SCHEMES = {
    Relation.SUPPORTS.value: ("RA", "Default Inference"),
    Relation.ATTACKS.value: ("CA", "Default Conflict"),
    Relation.RESTATES.value: ("MA", "Default Rephrase"),
}
"""AIF scheme node type and AIFdb's default text for each relation between propositions
(a restated thesis is a rephrase of the thesis)."""


def _names(source: dict) -> tuple[str, str]:
    """First name and surname: people split at the last space, others keep the whole name."""
    name = one_line(source.get("name")) or "Unknown"
    if source.get("source_type") == SourceType.PERSON.value and " " in name:
        first, _, last = name.rpartition(" ")
        return first, last
    return name, ""


def aif_data(amap: ArgumentMap) -> dict:
    """The map as an AIF JSON document (a dict, ready for ``json.dumps``)."""
    node_ids = (str(n) for n in count(1))
    edge_ids = (str(n) for n in count(1))
    nodes: list[dict] = []
    edges: list[dict] = []

    def add_node(text: str, node_type: str) -> str:
        node_id = next(node_ids)
        nodes.append({"nodeID": node_id, "text": text, "type": node_type})
        return node_id

    def add_edge(source: str, target: str) -> None:
        edges.append({"edgeID": next(edge_ids), "fromID": source, "toID": target})

    index = amap.index
    i_nodes: dict[str, str] = {}
    for node in index.statements():
        is_quote = node["kind"] == NodeKind.QUOTE.value
        text = unquote(node.get("text")) if is_quote else one_line(node.get("text"))
        i_nodes[node["id"]] = add_node(text, "I")

    for edge in amap.edges:
        scheme = SCHEMES.get(edge["relation"])
        if scheme is None or edge["source"] not in i_nodes or edge["target"] not in i_nodes:
            continue
        step = add_node(scheme[1], scheme[0])
        add_edge(i_nodes[edge["source"]], step)
        add_edge(step, i_nodes[edge["target"]])

    participants: dict[str, dict] = {}
    locutions: list[dict] = []
    for quote in index.of_kind(NodeKind.QUOTE):
        words = unquote(quote.get("text"))
        force = "Quoting" if quote.get("direct", True) else "Asserting"
        for source in index.speakers(quote["id"]):
            if source["id"] not in participants:
                first, last = _names(source)
                participants[source["id"]] = {
                    "participantID": str(len(participants) + 1),
                    "firstname": first,
                    "surname": last,
                }
            speaker = participants[source["id"]]
            name = " ".join(p for p in (speaker["firstname"], speaker["surname"]) if p)
            locution = add_node(f"{name} : {words}", "L")
            locutions.append({"nodeID": locution, "personID": speaker["participantID"]})
            illocution = add_node(force, "YA")
            add_edge(locution, illocution)
            add_edge(illocution, i_nodes[quote["id"]])

    return {
        "nodes": nodes,
        "edges": edges,
        "locutions": locutions,
        "participants": list(participants.values()),
    }


def render(amap: ArgumentMap, options: RenderOptions) -> str:
    """AIF JSON for ``amap``."""
    return escape_c1_json(json.dumps(aif_data(amap), indent=2, ensure_ascii=False)) + "\n"

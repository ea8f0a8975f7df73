"""The sourcing audit: the library on hand-built maps (exact), on a short news piece and the
seed (through the extractors, asserting what matters, not counts), and the ``audit`` command.
"""

from __future__ import annotations

import json

import pytest

from argmap import map_text
from argmap.audit import AUDIT_FORMATS, CHECKS, audit_map, check_thresholds
from argmap.audit.ledger import build_ledger
from argmap.audit.render_json import render as render_audit_json
from argmap.audit.render_markdown import render as render_audit_markdown
from argmap.audit.render_text import render as render_audit_text
from argmap.cli import app
from argmap.model import ArgumentMap, Document, Findings

# --------------------------------------------------------------------------- hand-built map

TEXT = (
    "Experts agree that the port must close. Officials said the port is doomed. "
    "The port may close in May. "
    '"It could happen," said Ann Lee of the Port Authority. '
    'The port is fine. "Nobody knows." '
    "Bob Lee said the port will thrive."
)


def _span(text: str, part: str, after: int = 0) -> list[int]:
    start = text.index(part, after)
    return [start, start + len(part)]


def _statement(node_id: str, kind: str, role: str, part: str, text: str = TEXT) -> dict:
    return {
        "id": node_id,
        "kind": kind,
        "role": role,
        "text": part,
        "span": _span(text, part),
        "confidence": 0.5,
        "section": 0,
    }


def _quote(
    node_id: str,
    part: str,
    direct: bool,
    speaker: str | None,
    text: str = TEXT,
    confidence: float | None = None,
) -> dict:
    return {
        "id": node_id,
        "kind": "quote",
        "text": part,
        "span": _span(text, part),
        "direct": direct,
        "speaker_span": _span(text, speaker) if speaker else None,
        "confidence": confidence,
    }


def _source(node_id: str, name: str, kind: str, affiliation: str | None = None) -> dict:
    return {
        "id": node_id,
        "kind": "source",
        "name": name,
        "source_type": kind,
        "role": None,
        "affiliation": affiliation,
        "mentions": [],
    }


def _amap(text: str, nodes: list[dict], edges: list[tuple[str, str, str]]) -> ArgumentMap:
    graph = {"schema": "argmap/1", "title": "Port", "dek": None, "sections": []}
    return ArgumentMap(
        text,
        Document(text, None, None, (), (), ()),
        Findings(),
        graph,
        [{"id": "article", "kind": "article", "title": "Port"}, *nodes],
        [{"source": s, "target": t, "relation": r} for s, t, r in edges],
    )


def port_map(extra_edges: tuple[tuple[str, str, str], ...] = ()) -> ArgumentMap:
    nodes = [
        _statement("thesis", "thesis", "thesis", "Experts agree that the port must close."),
        _statement("sub", "claim", "subthesis", "The port may close in May."),
        _statement(
            "c1", "claim", "claim", '"It could happen," said Ann Lee of the Port Authority.'
        ),
        _statement("c2", "claim", "claim", "The port is fine."),
        _statement("c3", "claim", "claim", "Bob Lee said the port will thrive."),
        _quote("q_experts", "the port must close", False, "Experts"),
        _quote("q_anon", "the port is doomed", False, "Officials", confidence=0.41),
        _quote("q_ann", '"It could happen,"', True, "Ann Lee"),
        _quote("q_none", '"Nobody knows."', True, None),
        _quote("q_bob", "the port will thrive", False, "Bob Lee"),
        _source("s_experts", "Experts", "person"),
        _source("s_officials", "Officials", "anonymous"),
        _source("s_ann", "Ann Lee", "person", "Port Authority"),
        _source("s_bob", "Bob Lee", "person"),
    ]
    edges = [
        ("thesis", "article", "part_of"),
        ("sub", "thesis", "supports"),
        ("c1", "sub", "supports"),
        ("c2", "thesis", "supports"),
        ("c3", "thesis", "attacks"),
        ("q_experts", "thesis", "supports"),
        ("q_anon", "thesis", "supports"),
        ("q_ann", "c1", "supports"),
        ("q_none", "c2", "supports"),
        ("q_bob", "c3", "supports"),
        ("q_experts", "s_experts", "attributed_to"),
        ("q_anon", "s_officials", "attributed_to"),
        ("q_ann", "s_ann", "attributed_to"),
        ("q_bob", "s_bob", "attributed_to"),
        *extra_edges,
    ]
    return _amap(TEXT, nodes, edges)


@pytest.fixture
def port():
    return audit_map(port_map())


def _point(audit, node_id):
    return next(p for p in audit.points if p.id == node_id)


def test_backing_goes_down_supports_only(port):
    thesis = _point(port, "thesis")
    names = {s.name: s.attributions for s in thesis.backing.sources}
    assert names == {"Experts": 1, "Officials": 1, "Ann Lee": 1}  # not Bob: he attacks it
    assert dict(thesis.backing.types) == {"anonymous": 2, "person": 1}
    assert thesis.quotes == 4  # q_experts, q_anon, q_ann, and the unattributed q_none
    assert {s.name for s in thesis.own.sources} == {"Experts", "Officials"}
    assert [s.name for s in _point(port, "sub").backing.sources] == ["Ann Lee"]
    assert _point(port, "c3").counter
    assert not _point(port, "c1").counter


def test_thesis_leans_on_its_own_anonymous_quotes(port):
    (lean,) = port.leanings
    assert lean.basis == "own"
    assert lean.backing.top_type == "anonymous"
    assert lean.backing.top_source.source_type == "anonymous"
    assert lean.mostly_anonymous


def test_a_thesis_without_quotes_of_its_own_leans_on_what_is_beneath():
    amap = port_map()
    amap = _amap(
        amap.text,
        amap.nodes[1:],
        [
            (e["source"], e["target"], e["relation"])
            for e in amap.edges
            if e["source"] not in ("q_experts", "q_anon")
        ],
    )
    (lean,) = audit_map(amap).leanings
    assert lean.basis == "beneath"
    assert lean.backing.top_source.name == "Ann Lee"
    assert not lean.mostly_anonymous


def test_share_counts_a_crowd_named_person_as_anonymous(port):
    assert (port.attributions, port.anonymous_attributions) == (4, 2)
    assert port.anonymous_share == 0.5
    assert {s.name for s in port.anonymous_sources} == {"Experts", "Officials"}


def test_unsourced_and_unattributed(port):
    assert [f.id for f in port.unsourced] == ["c2"]  # a quote with no speaker is no source
    assert [q.text for q in port.unattributed_quotes] == ["Nobody knows."]


def test_hedges_skip_quoted_words_and_the_month(port):
    assert [(f.id, f.words) for f in port.hedged] == [("sub", ("may",))]


def test_consensus_flagged_once_and_only_without_a_named_source(port):
    assert [(f.id, f.words) for f in port.unnamed_consensus] == [("thesis", ("Experts agree",))]
    # A named person behind the thesis clears it, but not the crowd's own statement ...
    backed = audit_map(port_map((("q_ann", "thesis", "supports"),))).unnamed_consensus
    assert [(f.id, f.role) for f in backed] == [("q_experts", "quote")]
    # ... which is cleared when someone named says it too.
    named = port_map((("q_ann", "thesis", "supports"), ("q_experts", "s_ann", "attributed_to")))
    assert audit_map(named).unnamed_consensus == ()


def test_unaffiliated_and_confusable(port):
    assert [s.name for s in port.unaffiliated] == ["Bob Lee"]  # "Experts" names nobody
    (group,) = port.confusable
    assert set(group.names) == {"Ann Lee", "Bob Lee"}
    assert group.surname == "Lee"


def test_support_cycles_end():
    audit = audit_map(port_map((("thesis", "c2", "supports"),)))
    assert _point(audit, "c2").quotes == 4


def test_to_dict_is_json(port):
    data = json.loads(render_audit_json(port))
    assert data["schema"] == "argmap-audit/1"
    assert data["summary"]["anonymous_share"] == 0.5
    assert {"sources", "theses", "points", "unsourced", "unattributed_quotes", "hedged"} <= set(
        data
    )
    assert {"unnamed_consensus", "unaffiliated", "confusable"} <= set(data)
    thesis = data["theses"][0]
    assert thesis["mostly_anonymous"] is True
    assert thesis["types"] == {"anonymous": 2}
    point = data["points"][0]
    assert set(point) >= {"id", "role", "text", "quotes", "own", "backing", "hedges", "counter"}
    assert {"attributions", "anonymous_share", "sources", "types"} <= set(point["backing"])


# --------------------------------------------------------------------------- thresholds


@pytest.mark.parametrize(
    ("name", "expect"),
    [
        ("unsourced-claims", "The port is fine"),
        ("anonymous-thesis", "anonymous"),
        ("unattributed-quotes", "Nobody knows"),
        ("hedged-claims", "(may)"),
        ("unnamed-consensus", "Experts agree"),
        ("unaffiliated-sources", "Bob Lee"),
        ("confusable-names", "Ann Lee / Bob Lee"),
        ("doubtful-attributions", "the port is doomed” — Officials (0.41)"),
    ],
)
def test_each_check_reports_a_sentence(port, name, expect):
    (breach,) = check_thresholds(port, None, {name})
    assert expect in breach


def test_doubtful_attributions_are_the_attributed_quotes_below_the_threshold(port):
    (doubtful,) = port.doubtful
    assert (doubtful.id, doubtful.speaker, doubtful.confidence) == ("q_anon", "Officials", 0.41)
    assert port.to_dict()["doubtful_attributions"][0]["confidence"] == 0.41


def test_checks_pass_on_a_clean_map():
    text = "The port must close. Ann Lee said the port is doomed."
    nodes = [
        _statement("thesis", "thesis", "thesis", "The port must close.", text),
        _quote("q", "the port is doomed", False, "Ann Lee", text),
        _source("s", "Ann Lee", "person", "Port Authority"),
    ]
    edges = [("q", "thesis", "supports"), ("q", "s", "attributed_to")]
    clean = audit_map(_amap(text, nodes, edges))
    assert check_thresholds(clean, 0.0, set(CHECKS)) == []


def test_anonymous_share_limit(port):
    assert check_thresholds(port, 0.5, set()) == []
    (breach,) = check_thresholds(port, 0.3, set())
    assert "50% of attributions are anonymous" in breach


def test_unknown_check_is_refused(port):
    with pytest.raises(ValueError, match="unknown check"):
        check_thresholds(port, None, {"nope"})


# --------------------------------------------------------------------------- renderers

PAYLOAD = "*bold* [x](javascript:alert(1)) <b>hi</b> | pipe"


def payload_audit():
    text = f"The port must close {PAYLOAD}. Dr. Eve said the port is doomed."
    nodes = [
        _statement("thesis", "thesis", "thesis", f"The port must close {PAYLOAD}.", text),
        _quote("q", "the port is doomed", False, "Dr. Eve", text),
        _source("s", f"Eve {PAYLOAD}", "person"),
    ]
    edges = [("q", "thesis", "supports"), ("q", "s", "attributed_to")]
    return audit_map(_amap(text, nodes, edges))


def test_markdown_escapes_article_text():
    out = render_audit_markdown(payload_audit())
    assert "<b>" not in out
    assert "\\<b\\>" in out
    assert "[x](javascript:" not in out
    assert "\\[x\\](javascript:" in out
    assert "\\*bold\\*" in out
    assert "\\| pipe" in out
    for line in out.splitlines():  # table rows keep their five cells
        if line.startswith("| ") and "port must close" in line:
            assert line.replace("\\|", "").count("|") == 6


def test_text_is_plain_unless_color_and_never_markup():
    audit = payload_audit()
    plain = render_audit_text(audit, color=False, width=200)
    assert "\x1b[" not in plain
    assert "[x](javascript:alert(1))" in plain  # literal: not read as rich markup
    assert "Eve *bold*" in plain
    assert "\x1b[" in render_audit_text(audit, color=True, width=200)


def test_text_report_has_its_sections(port):
    out = render_audit_text(port)
    for heading in (
        "What the thesis leans on",
        "Sourcing by point",
        "Points with no source",
        "Quotes with no identifiable speaker",
        "Hedged points",
        "Consensus with no one named",
        "Unverifiable: named people with no affiliation",
        "Names easily confused",
    ):
        assert heading in out
    assert "leans mostly on anonymous sources" in out


def test_format_registry():
    assert set(AUDIT_FORMATS) == {"text", "json", "markdown"}
    assert AUDIT_FORMATS.for_path("a.MD") == AUDIT_FORMATS.for_path("a.markdown") == "markdown"
    assert AUDIT_FORMATS.for_path("report.html") is None


# --------------------------------------------------------------------------- check registry


def test_check_registry_lists_eight_checks_saying_what_they_measure():
    assert len(CHECKS) == 8
    for name, plugin in CHECKS.items():
        check = plugin.load()
        assert check.name == name
        assert check.measures == plugin.help
        assert check.measures and "\n" not in check.measures


@pytest.mark.parametrize("name", list(CHECKS))
def test_every_check_returns_a_tuple_that_fills_its_audit_field(name):
    amap = port_map()
    check = CHECKS[name].load()
    found = check.run(amap.index, build_ledger(amap.index))
    assert isinstance(found, tuple)
    assert getattr(audit_map(amap), check.field) == found


# --------------------------------------------------------------------------- news piece

ARTICLE = """\
Harbor Tunnel Plan Faces Doubts
A costly project rests on thin evidence

The harbor tunnel will run years late and far over budget, according to senior officials \
familiar with the review, who spoke on condition of anonymity. The city should pause the \
project before it signs the next contract.

Engineering Risks

The engineering case potentially rests on flawed soil surveys. "The soil under the harbor \
is softer than the plans assume," said Dr. Maria Chen, a geotechnical engineer at Northfield \
University. Paul Chen, who consulted on the bid, said the contractor could absorb the extra cost.

Costs and Consensus

Experts agree that the tunnel is the wrong answer for the waterfront. "Nobody has checked the \
numbers," said Tom Baker. Construction costs may double within five years.

Residents have heard the slogan "dig now, pay forever" for a decade.
"""


@pytest.fixture(scope="module")
def news():
    return audit_map(map_text(ARTICLE))


def test_news_piece_weak_points(news):
    lead = news.leanings[0]
    assert lead.backing.top_type == "anonymous"
    assert "officials" in lead.backing.top_source.name
    assert any("potentially" in f.words for f in news.hedged)
    assert any("agree" in f.words[0].lower() for f in news.unnamed_consensus)
    assert any("dig now" in q.text for q in news.unattributed_quotes)
    unaffiliated = {s.name for s in news.unaffiliated}
    assert "Paul Chen" in unaffiliated
    assert "Maria Chen" not in unaffiliated
    assert any({"Maria Chen", "Paul Chen"} <= set(c.names) for c in news.confusable)
    assert 0 < news.anonymous_share < 1
    for flag in news.unsourced:
        assert not next(p for p in news.points if p.id == flag.id).backing.sources


# --------------------------------------------------------------------------- command line


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "tunnel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_cli_report_exit_0_plain_off_a_tty(runner, article_file):
    result = runner.invoke(app, ["audit", str(article_file), "--max-anonymous-share", "1"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "Sourcing audit: Harbor Tunnel Plan Faces Doubts" in result.stdout
    assert "Names easily confused" in result.stdout
    assert "\x1b[" not in result.stdout


def test_cli_breach_exit_3_report_still_written(runner, article_file):
    result = runner.invoke(
        app,
        ["audit", str(article_file), "-f", "json", "--fail-on", "confusable-names,hedged-claims"],
    )
    assert result.exit_code == 3, result.output
    data = json.loads(result.stdout)  # stdout is the report alone
    assert data["schema"] == "argmap-audit/1"
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("argmap: audit: ") for line in lines)
    assert any("Chen" in line for line in lines)
    assert any("hedged" in line for line in lines)


def test_cli_repeated_fail_on_and_anonymous_share(runner, article_file):
    result = runner.invoke(
        app,
        [
            "audit",
            str(article_file),
            "--fail-on",
            "unaffiliated-sources",
            "--fail-on",
            "anonymous-thesis",
            "--max-anonymous-share",
            "0",
        ],
    )
    assert result.exit_code == 3, result.output
    assert "of attributions are anonymous" in result.stderr
    assert "Paul Chen" in result.stderr
    assert "leans mostly on anonymous sources" in result.stderr


def test_cli_output_file_format_from_extension(runner, article_file, tmp_path):
    out = tmp_path / "audit.md"
    result = runner.invoke(app, ["audit", str(article_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Sourcing audit: Harbor Tunnel")
    out = tmp_path / "audit.json"
    assert runner.invoke(app, ["audit", str(article_file), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Harbor Tunnel Plan Faces Doubts"


def test_cli_unknown_output_extension_is_a_usage_error(runner, article_file, tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["audit", str(article_file), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert ".txt, .json, .md, .markdown" in result.stderr
    assert not out.exists()
    result = runner.invoke(app, ["audit", str(article_file), "-o", str(out), "-f", "markdown"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Sourcing audit:")


def test_cli_input_error_exit_1(runner, tmp_path):
    result = runner.invoke(app, ["audit", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("argmap: error:")


@pytest.mark.parametrize(
    "args",
    [
        ["--fail-on", "nonsense"],
        ["--format", "pdf"],
        ["--max-anonymous-share", "1.5"],
        ["--no-such-option"],
    ],
)
def test_cli_usage_error_exit_2(runner, article_file, args):
    result = runner.invoke(app, ["audit", str(article_file), *args])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""


def test_cli_markdown_stdin(runner):
    result = runner.invoke(app, ["audit", "-", "-f", "markdown"], input=ARTICLE.encode())
    assert result.exit_code == 0, result.output
    assert "## Names easily confused" in result.stdout


# --------------------------------------------------------------------------- seed


def test_seed_audit_shows_the_real_weak_points(seed_text):
    audit = audit_map(map_text(seed_text))
    anonymous = [s.name.lower() for s in audit.anonymous_sources]
    assert any("intelligence" in name for name in anonymous)
    lead = audit.leanings[0]
    assert any(
        "intelligence" in s.name.lower() and s.source_type == "anonymous"
        for s in lead.backing.sources
    )
    assert {"Renée Laurent", "William Taylor"} <= {s.name for s in audit.unaffiliated}
    assert any(
        {"Richard Harrington", "Michael Harrington"} <= set(c.names) for c in audit.confusable
    )
    assert audit.hedged
    text = render_audit_text(audit, width=120)
    for needle in ("intelligence", "Renée Laurent", "William Taylor", "Michael Harrington"):
        assert needle in text
    breaches = check_thresholds(audit, None, {"confusable-names", "unaffiliated-sources"})
    assert any("Harrington" in b for b in breaches)

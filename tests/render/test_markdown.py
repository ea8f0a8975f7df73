"""Markdown: golden output; article text renders as text, never as markup."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from argmap.render import format_for_path, render
from argmap.render.markdown import escape
from tests.conftest import GOLDEN
from tests.golden import check_golden

from .exports_fixture import PAYLOAD, exports_map


def _html(markdown: str) -> str:
    from markdown_it import MarkdownIt  # ships with rich

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def test_registered_for_md_output():
    assert format_for_path("notes.md") == "markdown"


def test_golden(update_golden):
    check_golden(GOLDEN / "exports.md", render(exports_map(), "markdown"), update_golden)


def test_outline_shape():
    lines = render(exports_map(), "markdown").splitlines()
    assert lines[0] == "# Keep the Night Buses Running"
    assert "**Thesis:** The council should keep its overnight bus routes." in lines
    assert "- **Sub-thesis (The money):** Cutting the routes saves little." in lines
    assert "  - **Counter:** Transit planners argue that empty buses waste money." in lines
    assert "    - “a luxury the city cannot afford.” — *unattributed*" in lines
    assert any(
        line.endswith("— Dana Okafor, director of planning, Metro Transit Authority")
        for line in lines
    )
    assert "## Sources" in lines


def test_payload_renders_as_text_only():
    page = _html(render(exports_map(), "markdown"))
    assert "<a " not in page and "<b>" not in page and "<em>their</em>" not in page
    shown = page.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    assert PAYLOAD.replace("&", "&amp;") in shown


def test_sources_table_keeps_its_columns():
    amap = exports_map()
    nodes = [dict(n) for n in amap.nodes]
    source = next(n for n in nodes if n["kind"] == "source")
    source["name"] = "Pipe | Name"
    source["role"] = "<script>alert(1)</script>"
    page = _html(render(replace(amap, nodes=nodes), "markdown"))
    rows = re.findall(r"<tr>(.*?)</tr>", page, re.DOTALL)
    assert all(row.count("<td") + row.count("<th") == 5 for row in rows)
    assert "Pipe | Name" in page and "<script>" not in page


@pytest.mark.parametrize("text", [PAYLOAD, "`code` *em* _em_ ~~del~~ ![img](x) <http://x> &amp; #"])
def test_escape(text):
    page = _html(f"- {escape(text)}")
    assert re.fullmatch(r"<ul>\n<li>[^<]*</li>\n</ul>\n", page), page

"""A :class:`~argmap.compare.diff.MapDiff` as a terminal tree, ``argmap-diff/1`` JSON or
Markdown, registered in :data:`DIFF_FORMATS`.

Word-level changes read the same in every format: ``[-old words-]{+new words+}`` in the
tree (coloured red and green on a terminal), ``~~old~~ **new**`` in Markdown. Article text
reaches rich only as :class:`rich.text.Text` (never markup) and Markdown only escaped.
When the maps have little in common the tree and Markdown give a summary, not every change.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..registry import Plugin, Registry
from ..render.markdown import escape
from ..render.text import clip, one_line

if TYPE_CHECKING:
    from .align import Change
    from .diff import MapDiff, QuoteChange, SourceChange, StatementChange

LABEL = 200
"""Longest statement shown in the tree and Markdown (JSON carries the full text)."""
_HOW = {
    "altered": "altered",
    "reattributed": "attributed to someone else",
    "unattributed": "no longer attributed",
    "now-direct": "now a direct quote (was reported)",
    "now-reported": "now reported (was a direct quote)",
}


def _title(diff: MapDiff) -> str:
    names = f"{diff.old_name or 'old'} → {diff.new_name or 'new'}"
    return f"{names}: {round(diff.overlap * 100)}% of the two maps align"


def _unrelated(diff: MapDiff) -> str:
    return (
        f"Little in common: only {round(diff.overlap * 100)}% of the two maps align "
        f"({diff.aligned} pairs among {diff.total} items). These read as two different "
        "stories, not versions of one; the JSON output lists every difference."
    )


def _speakers(item: dict | None) -> str:
    names = (item or {}).get("speakers") or []
    return ", ".join(names) or "no speaker"


def _counts(items: Sequence, unchanged: int) -> str:
    by: dict[str, int] = {}
    for item in items:
        by[item.status] = by.get(item.status, 0) + 1
    parts = [f"{n} {status}" for status, n in by.items()]
    return ", ".join([*parts, f"{unchanged} unchanged"])


def _source_detail(source: SourceChange) -> str:
    side = source.new or source.old or {}
    if source.status == "changed":
        old, new = source.old or {}, source.new or {}
        return "; ".join(f"{f}: {old.get(f) or '—'} → {new.get(f) or '—'}" for f in source.fields)
    details = [side.get(k) for k in ("role", "affiliation") if side.get(k)]
    return ", ".join([side.get("source_type") or "", *details]).strip(", ")


# ----------------------------------------------------------------------------- tree


def render_diff_tree(diff: MapDiff, color: bool = False) -> str:
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    def words(changes: Sequence[Change], limit: int = LABEL) -> Text:
        text = Text()
        for change in changes:
            if text:
                text.append(" ")
            if change.op == "equal":
                text.append(clip(change.quote, limit))
                continue
            if change.original:
                text.append(f"[-{one_line(change.original)}-]", style="red strike")
            if change.original and change.quote:
                text.append(" ")
            if change.quote:
                text.append(f"{{+{one_line(change.quote)}+}}", style="green")
        return text

    def label(head: str, style: str, rest: Text | str = "") -> Text:
        text = Text(head, style=style)
        if rest:
            text.append(" ")
            text.append(rest if isinstance(rest, Text) else Text(rest))
        return text

    tree = Tree(Text(_title(diff), style="bold"))
    if not diff.related:
        tree.add(Text(_unrelated(diff), style="yellow"))
        for name, side in (("old", "old"), ("new", "new")):
            node = getattr(diff.thesis, side, None) if diff.thesis else None
            if node:
                tree.add(label(f"{name} thesis:", "bold", clip(node["text"], LABEL)))
    else:
        _thesis_branch(tree, diff.thesis, words, label)
        branch = tree.add(
            Text(f"Claims: {_counts(diff.claims, diff.unchanged.get('claims', 0))}", "bold")
        )
        for claim in diff.claims:
            _claim_line(branch, claim, words, label)
        branch = tree.add(
            Text(f"Quotes: {_counts(diff.quotes, diff.unchanged.get('quotes', 0))}", "bold")
        )
        for quote in diff.quotes:
            _quote_line(branch, quote, words, label)
        branch = tree.add(
            Text(f"Sources: {_counts(diff.sources, diff.unchanged.get('sources', 0))}", "bold")
        )
        styles = {"gained": "green", "lost": "red", "changed": "yellow"}
        for source in diff.sources:
            rest = Text(one_line(source.name))
            detail = _source_detail(source)
            if detail:
                rest.append(f" ({one_line(detail)})")
            branch.add(label(f"{source.status}:", styles[source.status], rest))
    console = Console(
        file=io.StringIO(), width=100, no_color=not color, force_terminal=color, highlight=False
    )
    console.print(tree)
    return console.file.getvalue()


def _thesis_branch(tree, thesis: StatementChange | None, words, label) -> None:
    if thesis is None:
        tree.add(label("Thesis:", "bold", "neither version has one"))
        return
    if thesis.status == "unchanged":
        tree.add(label("Thesis (unchanged):", "bold", clip(thesis.new["text"], LABEL)))
    elif thesis.status in ("added", "removed"):
        side = thesis.new or thesis.old
        tree.add(label(f"Thesis ({thesis.status}):", "bold yellow", clip(side["text"], LABEL)))
    else:
        head = f"Thesis ({thesis.status}, {thesis.similarity:.2f}):"
        tree.add(label(head, "bold yellow", words(thesis.changes)))


def _claim_line(branch, claim: StatementChange, words, label) -> None:
    if claim.status == "reworded":
        branch.add(label(f"reworded ({claim.similarity:.2f}):", "yellow", words(claim.changes)))
    else:
        side = claim.new or claim.old
        style = "green" if claim.status == "added" else "red"
        branch.add(label(f"{claim.status}:", style, clip(side["text"], LABEL)))


def _quote_line(branch, quote: QuoteChange, words, label) -> None:
    side = quote.new or quote.old
    text = f"“{clip(side['text'], LABEL)}”" if side["direct"] else clip(side["text"], LABEL)
    if quote.status != "changed":
        style = "green" if quote.status == "added" else "red"
        branch.add(label(f"{quote.status} — {_speakers(side)}:", style, text))
        return
    how = ", ".join(_HOW[h] for h in quote.changes)
    who = _speakers(quote.new)
    if "reattributed" in quote.changes:
        who = f"{_speakers(quote.old)} → {_speakers(quote.new)}"
    body = words(quote.words) if quote.words else text
    branch.add(label(f"{how} — {who}:", "yellow", body))


# ----------------------------------------------------------------------------- json


def render_diff_json(diff: MapDiff, color: bool = False) -> str:
    return json.dumps(diff.to_dict(), indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------- markdown


def _md_words(changes: Sequence[Change]) -> str:
    pieces = []
    for change in changes:
        if change.op == "equal":
            pieces.append(escape(change.quote))
            continue
        if change.original:
            pieces.append(f"~~{escape(change.original)}~~")
        if change.quote:
            pieces.append(f"**{escape(change.quote)}**")
    return " ".join(pieces)


def render_diff_markdown(diff: MapDiff, color: bool = False) -> str:
    lines = [f"# Changes: {escape(_title(diff))}", ""]
    if not diff.related:
        lines += [f"**{escape(_unrelated(diff))}**", ""]
        return "\n".join(lines)
    thesis = diff.thesis
    lines += ["## Thesis", ""]
    if thesis is None:
        lines.append("Neither version has a thesis.")
    elif thesis.status in ("reworded", "replaced"):
        lines.append(f"**{thesis.status}** ({thesis.similarity:.2f}): {_md_words(thesis.changes)}")
    else:
        side = thesis.new or thesis.old
        lines.append(f"**{thesis.status}**: {escape(clip(side['text'], LABEL))}")
    lines += [
        "",
        f"## Claims ({escape(_counts(diff.claims, diff.unchanged.get('claims', 0)))})",
        "",
    ]
    for claim in diff.claims:
        if claim.status == "reworded":
            lines.append(f"- **reworded** ({claim.similarity:.2f}): {_md_words(claim.changes)}")
        else:
            side = claim.new or claim.old
            lines.append(f"- **{claim.status}**: {escape(clip(side['text'], LABEL))}")
    lines += [
        "",
        f"## Quotes ({escape(_counts(diff.quotes, diff.unchanged.get('quotes', 0)))})",
        "",
    ]
    for quote in diff.quotes:
        side = quote.new or quote.old
        how = ", ".join(_HOW[h] for h in quote.changes) or quote.status
        who = escape(_speakers(side))
        if "reattributed" in quote.changes:
            who = f"{escape(_speakers(quote.old))} → {escape(_speakers(quote.new))}"
        body = _md_words(quote.words) if quote.words else escape(clip(side["text"], LABEL))
        lines.append(f"- **{how}** — {who}: {body}")
    lines += [
        "",
        f"## Sources ({escape(_counts(diff.sources, diff.unchanged.get('sources', 0)))})",
        "",
    ]
    if diff.sources:
        lines += ["| source | change | details |", "| --- | --- | --- |"]
        lines += [
            f"| {escape(s.name)} | {s.status} | {escape(_source_detail(s))} |" for s in diff.sources
        ]
    return "\n".join(lines) + "\n"


DIFF_FORMATS = Registry(
    "diff format",
    (
        Plugin("tree", f"{__name__}:render_diff_tree", "a tree for the terminal", (".txt",)),
        Plugin("json", f"{__name__}:render_diff_json", "argmap-diff/1 JSON", (".json",)),
        Plugin("markdown", f"{__name__}:render_diff_markdown", "Markdown", (".md", ".markdown")),
    ),
)
"""``argmap diff --format`` choices, each ``(diff, color) -> str``, with their ``-o`` endings."""


__all__ = [
    "DIFF_FORMATS",
    "render_diff_json",
    "render_diff_markdown",
    "render_diff_tree",
]

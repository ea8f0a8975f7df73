"""The audit as headed sections and tables for the terminal (rich; plain text off a TTY)."""

from __future__ import annotations

import io
from collections.abc import Iterable

from ..model import DOUBTFUL_BELOW
from ..render.text import clip, one_line
from .phrasing import ROLE_LABELS, backing_line, lean_lines, summary_line, types_line
from .results import Audit, Flag


def render(audit: Audit, color: bool = False, width: int | None = None) -> str:
    """The audit as headed sections and tables for the terminal: plain text unless ``color``.

    Article text goes into rich as :class:`~rich.text.Text` only, never as markup.
    """
    from rich.console import Console, Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    parts: list = []

    def heading(title: str, count: int | None = None) -> None:
        label = Text("\n" + title, style="bold")
        if count is not None:
            label.append(f" ({count})", style="bold yellow" if count else "bold green")
        parts.append(label)

    def item(text: Text | str, depth: int = 1) -> None:
        parts.append(Padding(Text(text) if isinstance(text, str) else text, (0, 0, 0, 2 * depth)))

    def none_found(found: Iterable) -> None:
        if not found:
            item(Text("none found", style="dim"))

    parts += [
        Text(f"Sourcing audit: {one_line(audit.title) or 'Untitled article'}", style="bold"),
        Text(summary_line(audit)),
    ]

    heading("What the thesis leans on")
    for lean in audit.leanings:
        basis, verdict = lean_lines(lean)
        item(Text.assemble(("THESIS: ", "bold magenta"), clip(lean.text, 160)))
        item(basis, 2)
        item(verdict, 2)
        if len(lean.backing.sources) > 1:
            item(f"sources: {backing_line(lean.backing)}", 2)
        point = next(p for p in audit.points if p.id == lean.id)
        if lean.basis == "own" and point.backing.attributions > lean.backing.attributions:
            item(f"beneath it: {point.quotes} quotes; {types_line(point.backing)}", 2)
        if lean.mostly_anonymous:
            item(Text("! leans mostly on anonymous sources", style="bold red"), 2)
    if not audit.leanings:
        item(Text("no thesis found", style="dim"))

    heading("Sourcing by point")
    grid = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 1), header_style="dim")
    grid.add_column("point", ratio=5, overflow="fold")
    grid.add_column("quotes", justify="right")
    grid.add_column("sources", ratio=4, overflow="fold")
    grid.add_column("types", ratio=2, overflow="fold")
    for point in audit.points:
        label = Text(ROLE_LABELS[point.role], style="bold" if point.role != "claim" else "")
        if point.counter:
            label.append(" (counter)", style="red")
        label.append(": " + clip(point.text, 90))
        sourced = point.backing.attributions
        grid.add_row(
            label,
            Text(str(point.quotes)),
            Text(backing_line(point.backing), style="" if sourced else "red"),
            Text(types_line(point.backing)),
        )
    parts.append(Padding(grid, (0, 0, 0, 2)) if audit.points else Text("  none found"))

    heading("Anonymous sources", len(audit.anonymous_sources))
    for source in audit.anonymous_sources:
        item(f"{one_line(source.name)} ×{source.attributions}")
    none_found(audit.anonymous_sources)

    def flags(title: str, found: tuple[Flag, ...], words_label: str | None) -> None:
        heading(title, len(found))
        for flag in found:
            line = Text(f"{ROLE_LABELS.get(flag.role, flag.role)}: ", style="bold")
            line.append(clip(flag.text, 140))
            if words_label and flag.words:
                line.append(f"  [{words_label}: {', '.join(flag.words)}]", style="yellow")
            item(line)
        none_found(found)

    flags("Points with no source", audit.unsourced, None)

    heading("Quotes with no identifiable speaker", len(audit.unattributed_quotes))
    for quote in audit.unattributed_quotes:
        item(f"“{clip(quote.text, 140)}”" if quote.direct else f"reported: {clip(quote.text, 130)}")
    none_found(audit.unattributed_quotes)

    flags("Hedged points", audit.hedged, "hedge")
    flags("Consensus with no one named", audit.unnamed_consensus, "says")

    heading("Unverifiable: named people with no affiliation", len(audit.unaffiliated))
    for source in audit.unaffiliated:
        line = Text(one_line(source.name))
        if source.role:
            line.append(f" — {one_line(source.role)}", style="dim")
        item(line)
    none_found(audit.unaffiliated)

    heading("Names easily confused", len(audit.confusable))
    for group in audit.confusable:
        item(" / ".join(one_line(n) for n in group.names))
    none_found(audit.confusable)

    heading(f"Doubtful attributions, confidence below {DOUBTFUL_BELOW}", len(audit.doubtful))
    for quote in audit.doubtful:
        line = Text(f"“{clip(quote.text, 110)}”" if quote.direct else clip(quote.text, 110))
        line.append(f" — {one_line(quote.speaker)} (? {quote.confidence:.2f})", style="yellow")
        if quote.line is not None:
            line.append(f"  line {quote.line}:{quote.column}", style="dim")
        item(line)
    none_found(audit.doubtful)

    console = Console(
        file=io.StringIO(),
        width=width or 100,
        force_terminal=color,
        no_color=not color,
        highlight=False,
    )
    console.print(Group(*parts))
    out = console.file.getvalue()
    if color:
        return out
    return "".join(line.rstrip() + "\n" for line in out.splitlines())  # rich pads lines

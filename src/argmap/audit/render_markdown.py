"""The audit as Markdown for notes and tickets."""

from __future__ import annotations

from ..model import DOUBTFUL_BELOW
from ..render.markdown import escape
from .phrasing import ROLE_LABELS, backing_line, lean_lines, summary_line, types_line
from .results import Audit


def render(audit: Audit, color: bool = False, width: int | None = None) -> str:
    """The audit as Markdown; article text is escaped so that it stays text."""

    def cell(text: str | None) -> str:
        return escape(text) or "—"

    out = [f"# Sourcing audit: {escape(audit.title) or 'Untitled article'}", ""]
    out += [escape(summary_line(audit)), ""]

    out += ["## What the thesis leans on", ""]
    for lean in audit.leanings:
        basis, verdict = lean_lines(lean)
        out.append(f"- **Thesis:** {escape(lean.text)}")
        out.append(f"  - {escape(basis)}; {escape(verdict)}")
        if len(lean.backing.sources) > 1:
            out.append(f"  - sources: {escape(backing_line(lean.backing, limit=8))}")
        point = next(p for p in audit.points if p.id == lean.id)
        if lean.basis == "own" and point.backing.attributions > lean.backing.attributions:
            out.append(f"  - beneath it: {point.quotes} quotes; {types_line(point.backing)}")
        if lean.mostly_anonymous:
            out.append("  - **leans mostly on anonymous sources**")
    out += [] if audit.leanings else ["*No thesis found.*"]
    out.append("")

    out += ["## Sourcing by point", ""]
    if audit.points:
        out += ["| Point | Role | Quotes | Sources | Types |", "| --- | --- | ---: | --- | --- |"]
        for p in audit.points:
            role = ROLE_LABELS[p.role] + (" (counter)" if p.counter else "")
            cells = [
                cell(p.text),
                role,
                str(p.quotes),
                cell(backing_line(p.backing, limit=8)),
                cell(types_line(p.backing)),
            ]
            out.append(f"| {' | '.join(cells)} |")
    else:
        out.append("*None found.*")
    out.append("")

    def section(title: str, lines: list[str]) -> None:
        out.extend([f"## {title} ({len(lines)})", "", *(lines or ["*None found.*"]), ""])

    section(
        "Anonymous sources",
        [f"- {escape(s.name)} ×{s.attributions}" for s in audit.anonymous_sources],
    )
    section(
        "Points with no source",
        [f"- {ROLE_LABELS[f.role]}: {escape(f.text)}" for f in audit.unsourced],
    )
    section(
        "Quotes with no identifiable speaker",
        [
            f"- “{escape(q.text)}”" if q.direct else f"- *Reported:* {escape(q.text)}"
            for q in audit.unattributed_quotes
        ],
    )
    section(
        "Hedged points",
        [
            f"- {ROLE_LABELS[f.role]}: {escape(f.text)} (*{escape(', '.join(f.words))}*)"
            for f in audit.hedged
        ],
    )
    section(
        "Consensus with no one named",
        [
            f"- {ROLE_LABELS.get(f.role, f.role)}: {escape(f.text)} (*{escape(f.words[0])}*)"
            for f in audit.unnamed_consensus
        ],
    )
    section(
        "Unverifiable: named people with no affiliation",
        [
            f"- {escape(s.name)}" + (f" — {escape(s.role)}" if s.role else "")
            for s in audit.unaffiliated
        ],
    )
    section(
        "Names easily confused",
        [f"- {' / '.join(escape(n) for n in c.names)}" for c in audit.confusable],
    )
    section(
        f"Doubtful attributions, confidence below {DOUBTFUL_BELOW}",
        [
            (f"- “{escape(d.text)}”" if d.direct else f"- *Reported:* {escape(d.text)}")
            + f" — {escape(d.speaker)} (? {d.confidence:.2f})"
            for d in audit.doubtful
        ],
    )
    return "\n".join(out).rstrip("\n") + "\n"

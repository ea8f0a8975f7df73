"""Quote verdicts as a table, JSON or CSV, registered in :data:`QUOTE_FORMATS`.

The table is for reading (rich, coloured only on a terminal, article text passed as
:class:`rich.text.Text`); JSON (``argmap-quotes/1``) and CSV carry every location and the
full passages for scripts and spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..registry import Plugin, Registry
from ..render.text import clip, one_line

if TYPE_CHECKING:
    from .quotecheck import QuoteCheck

VERDICTS = ("verbatim", "altered", "spliced", "not-found", "paraphrase")
"""Every verdict (:class:`~argmap.compare.quotecheck.Verdict` values), in summary order."""

SCHEMA = "argmap-quotes/1"
CSV_COLUMNS = (
    "quote_id",
    "verdict",
    "similarity",
    "speaker",
    "direct",
    "quote",
    "source",
    "line",
    "column",
    "start",
    "end",
    "passage",
    "diff",
    "notes",
)
_STYLES = dict(zip(VERDICTS, ("green", "yellow", "magenta", "red", "cyan"), strict=True))


def summary(checks: Sequence[QuoteCheck]) -> dict[str, int]:
    """How many quotes got each verdict (every verdict listed, zeros included)."""
    counts = Counter(c.verdict.value for c in checks)
    return {v: counts.get(v, 0) for v in VERDICTS}


def render_quotes_table(checks: Sequence[QuoteCheck], color: bool = False) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Quotes checked against the originals", show_lines=True)
    for column in ("verdict", "score", "speaker", "quote", "found at", "difference"):
        table.add_column(
            column,
            justify="right" if column == "score" else "left",
            overflow="fold" if column == "found at" else "ellipsis",
        )
    for check in checks:
        where = "; ".join(f"{loc.source}:{loc.line}:{loc.column}" for loc in check.locations)
        if check.verdict.value == "not-found" and check.locations:
            where = f"nearest: {where}"
        detail = "; ".join((*check.notes, check.diff) if check.diff else check.notes)
        if check.verdict.value == "not-found" and check.locations:
            detail = detail or f"nearest passage: {clip(check.locations[0].text, 120)}"
        table.add_row(
            Text(check.verdict.value, style=_STYLES[check.verdict.value]),
            Text(f"{check.similarity:.2f}"),
            Text(one_line(check.speaker or "")),
            Text(clip(check.quote, 160)),
            Text(where),
            Text(clip(detail, 240)),
        )
    counts = ", ".join(f"{n} {v}" for v, n in summary(checks).items() if n)
    console = Console(
        file=io.StringIO(), width=140, no_color=not color, force_terminal=color, highlight=False
    )
    console.print(table)
    console.print(Text(f"{len(checks)} quotes: {counts or 'none'}"))
    return console.file.getvalue()


def render_quotes_json(checks: Sequence[QuoteCheck], color: bool = False) -> str:
    data = {
        "schema": SCHEMA,
        "summary": summary(checks),
        "quotes": [c.to_dict() for c in checks],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_quotes_csv(checks: Sequence[QuoteCheck], color: bool = False) -> str:
    """One row per quote and location (a splice has a row per piece)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for check in checks:
        row = {
            "quote_id": check.quote_id,
            "verdict": check.verdict.value,
            "similarity": f"{check.similarity:.3f}",
            "speaker": check.speaker or "",
            "direct": str(check.direct).lower(),
            "quote": one_line(check.quote),
            "diff": check.diff,
            "notes": "; ".join(check.notes),
        }
        for location in check.locations or (None,):
            place = {}
            if location is not None:
                place = {
                    "source": location.source,
                    "line": location.line,
                    "column": location.column,
                    "start": location.span[0],
                    "end": location.span[1],
                    "passage": one_line(location.text),
                }
            writer.writerow({**row, **place})
    return out.getvalue()


QUOTE_FORMATS = Registry(
    "quote-check format",
    (
        Plugin("table", f"{__name__}:render_quotes_table", "a table for the terminal", (".txt",)),
        Plugin("json", f"{__name__}:render_quotes_json", "JSON", (".json",)),
        Plugin("csv", f"{__name__}:render_quotes_csv", "CSV with a header row", (".csv",)),
    ),
)
"""``argmap check-quotes --format`` choices, each ``(checks, color) -> str``."""


__all__ = [
    "CSV_COLUMNS",
    "QUOTE_FORMATS",
    "SCHEMA",
    "VERDICTS",
    "render_quotes_csv",
    "render_quotes_json",
    "render_quotes_table",
    "summary",
]

"""Per-outlet sourcing figures over a corpus of maps, for ``argmap audit --corpus``.

The outlet of an article is the host of its URL, else the name of the folder holding it
(for a record id with neither, ``-``). Per outlet: the articles, their attributions (quotes
attributed to a source), the share of attributions that are anonymous, and single-source
dependence, the share of articles whose attributions come mostly (more than half) from one
source.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ..index import MapIndex
from ..reading import URL_SCHEME
from .records import is_map


def outlet_of(file: str) -> str:
    """The host of a URL, else the folder name of a path (``-`` when there is none)."""
    if URL_SCHEME.match(file):
        host = urlsplit(file).hostname or "-"
        return host.removeprefix("www.")
    return PurePosixPath(file.replace("\\", "/")).parent.name or "-"


def outlet_rows(records: Iterable[dict]) -> list[dict]:
    """One row per outlet, most articles first."""
    totals: dict[str, Counter] = {}
    for record in records:
        if not is_map(record):
            continue
        types = {
            n["id"]: n.get("source_type") for n in record["nodes"] if n.get("kind") == "source"
        }
        said = Counter(MapIndex.of_data(record).quote_counts())
        attributions = sum(said.values())
        counts = totals.setdefault(outlet_of(str(record.get("file", ""))), Counter())
        counts["articles"] += 1
        counts["attributions"] += attributions
        counts["anonymous"] += sum(n for s, n in said.items() if types.get(s) == "anonymous")
        counts["single_source"] += bool(said) and max(said.values()) * 2 > attributions
    rows = [
        {
            "outlet": outlet,
            "articles": c["articles"],
            "attributions": c["attributions"],
            "anonymous_share": round(c["anonymous"] / c["attributions"], 3)
            if c["attributions"]
            else 0.0,
            "single_source_share": round(c["single_source"] / c["articles"], 3),
        }
        for outlet, c in totals.items()
    ]
    rows.sort(key=lambda r: (-r["articles"], r["outlet"]))
    return rows


def outlets_json(rows: list[dict], color: bool = False) -> str:
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def outlets_table(rows: list[dict], color: bool = False) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Sourcing by outlet")
    columns = ("outlet", "articles", "attributions", "anonymous", "single-source")
    for column in columns:
        table.add_column(column, justify="left" if column == "outlet" else "right")
    for r in rows:
        cells = (
            r["outlet"],
            f"{r['articles']:,}",
            f"{r['attributions']:,}",
            f"{r['anonymous_share']:.0%}",
            f"{r['single_source_share']:.0%}",
        )
        table.add_row(*(Text(c) for c in cells))
    console = Console(
        file=io.StringIO(), width=100, no_color=not color, force_terminal=color, highlight=False
    )
    console.print(table)
    return console.file.getvalue()


__all__ = ["outlet_of", "outlet_rows", "outlets_json", "outlets_table"]

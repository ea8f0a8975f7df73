"""The sources ledger: one row per cited source, for ``argmap sources``."""

from __future__ import annotations

import csv
import io
import json

from .model import ArgumentMap, NodeKind
from .registry import Plugin, Registry
from .safe_text import escape_c1_json

COLUMNS = ("name", "source_type", "role", "affiliation", "quotes", "mentions", "id")


def source_rows(amap: ArgumentMap) -> list[dict]:
    """One dict per source node: who, what kind, role, affiliation, how often quoted."""
    index = amap.index
    quoted = index.quote_counts()
    return [
        {
            "name": n["name"],
            "source_type": n["source_type"],
            "role": n.get("role"),
            "affiliation": n.get("affiliation"),
            "quotes": quoted.get(n["id"], 0),
            "mentions": len(n.get("mentions") or ()),
            "id": n["id"],
        }
        for n in index.of_kind(NodeKind.SOURCE)
    ]


def rows_as_json(rows: list[dict], color: bool = False) -> str:
    return escape_c1_json(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n"


def rows_as_csv(rows: list[dict], color: bool = False) -> str:
    out = io.StringIO()
    extra = [k for k in rows[0] if k not in COLUMNS] if rows else []  # e.g. a corpus' "articles"
    writer = csv.DictWriter(out, fieldnames=[*COLUMNS, *extra], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def sources_table(
    rows: list[dict], title: str, *, first: str = "name", mentions: bool = True, **table_options
):
    """The sources as a rich ``Table``; cells are ``Text``, so a name is never read as markup."""
    from rich.table import Table
    from rich.text import Text

    from .render.text import one_line

    columns = (
        first,
        "type",
        "role",
        "affiliation",
        "quotes",
        *(("mentions",) if mentions else ()),
    )
    table = Table(title=title, **table_options)
    for column in columns:
        table.add_column(column, justify="right" if column in ("quotes", "mentions") else "left")
    for row in rows:
        cells = [row["name"], row["source_type"], row["role"], row["affiliation"], row["quotes"]]
        if mentions:
            cells.append(row["mentions"])
        table.add_row(*(Text(one_line(str(c)) if c is not None else "") for c in cells))
    return table


def rows_as_table(rows: list[dict], color: bool = False) -> str:
    from rich.console import Console

    console = Console(
        file=io.StringIO(), width=120, no_color=not color, force_terminal=color, highlight=False
    )
    console.print(sources_table(rows, "Cited sources"))
    return console.file.getvalue()


SOURCE_FORMATS = Registry(
    "sources format",
    (
        Plugin("table", f"{__name__}:rows_as_table", "a table for the terminal", (".txt",)),
        Plugin("json", f"{__name__}:rows_as_json", "a JSON list of rows", (".json",)),
        Plugin("csv", f"{__name__}:rows_as_csv", "CSV with a header row", (".csv",)),
    ),
)
"""``argmap sources`` output formats, each ``(rows, color) -> str``."""

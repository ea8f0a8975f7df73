"""Tables of who says what: one row per cited source (``argmap sources``) and one row per
quote or reported statement with its speaker and how sure the attribution is
(``argmap quotes``)."""

from __future__ import annotations

import csv
import io
import json

from .model import DOUBTFUL_BELOW, ArgumentMap, NodeKind
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


QUOTE_COLUMNS = (
    "speaker",
    "role",
    "affiliation",
    "quote",
    "kind",
    "line",
    "column",
    "confidence",
    "id",
    "speaker_id",
)


def quote_rows(amap: ArgumentMap) -> list[dict]:
    """One dict per quote and reported statement, in text order: who said it (names joined
    by ``; `` when several share it; None when no one is named), their role and
    affiliation, the words, ``direct`` or ``reported``, where (1-based line and column) and
    the attribution's confidence."""
    index = amap.index
    rows = []
    for node in index.of_kind(NodeKind.QUOTE):
        speakers = index.speakers(node["id"])

        def joined(field: str, speakers: list[dict] = speakers) -> str | None:
            return "; ".join(s[field] for s in speakers if s.get(field)) or None

        rows.append(
            {
                "speaker": joined("name"),
                "role": joined("role"),
                "affiliation": joined("affiliation"),
                "quote": node.get("text"),
                "kind": "direct" if node.get("direct", True) else "reported",
                "line": node.get("line"),
                "column": node.get("column"),
                "confidence": node.get("confidence"),
                "id": node["id"],
                "speaker_id": joined("id"),
            }
        )
    return rows


def rows_as_json(rows: list[dict], color: bool = False) -> str:
    return escape_c1_json(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n"


def _csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    extra = [k for k in rows[0] if k not in columns] if rows else []  # e.g. a corpus' "articles"
    writer = csv.DictWriter(out, fieldnames=[*columns, *extra], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def rows_as_csv(rows: list[dict], color: bool = False) -> str:
    return _csv(rows, COLUMNS)


def quote_rows_as_csv(rows: list[dict], color: bool = False) -> str:
    return _csv(rows, QUOTE_COLUMNS)


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


def _printed(table, color: bool) -> str:
    from rich.console import Console

    console = Console(
        file=io.StringIO(), width=120, no_color=not color, force_terminal=color, highlight=False
    )
    console.print(table)
    return console.file.getvalue()


def rows_as_table(rows: list[dict], color: bool = False) -> str:
    return _printed(sources_table(rows, "Cited sources"), color)


def quotes_table(rows: list[dict], title: str = "Who said what", **table_options):
    """The quotes as a rich ``Table``: speaker, role, words, direct or reported, line:column
    and confidence, a doubtful one (below :data:`~argmap.model.DOUBTFUL_BELOW`) marked
    ``?``. Cells are ``Text``, so article words are never read as markup."""
    from rich.table import Table
    from rich.text import Text

    from .render.text import one_line

    table = Table(title=title, **table_options)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("role", ratio=2, overflow="fold")
    table.add_column("quote", ratio=5, overflow="fold")
    table.add_column("kind")
    table.add_column("at", justify="right", no_wrap=True)
    table.add_column("confidence", justify="right", no_wrap=True)
    for row in rows:
        confidence = row["confidence"]
        doubtful = row["speaker"] is not None and confidence is not None
        doubtful = doubtful and confidence < DOUBTFUL_BELOW
        table.add_row(
            Text(one_line(row["speaker"]) if row["speaker"] else "—"),
            Text(one_line(row["role"] or "")),
            Text(one_line(row["quote"])),
            Text(row["kind"]),
            Text(f"{row['line']}:{row['column']}" if row["line"] is not None else ""),
            Text(
                f"{confidence:.2f}{' ?' if doubtful else ''}" if confidence is not None else "",
                style="yellow" if doubtful else "",
            ),
        )
    return table


def quote_rows_as_table(rows: list[dict], color: bool = False) -> str:
    return _printed(quotes_table(rows), color)


SOURCE_FORMATS = Registry(
    "sources format",
    (
        Plugin("table", f"{__name__}:rows_as_table", "a table for the terminal", (".txt",)),
        Plugin("json", f"{__name__}:rows_as_json", "a JSON list of rows", (".json",)),
        Plugin("csv", f"{__name__}:rows_as_csv", "CSV with a header row", (".csv",)),
    ),
)
"""``argmap sources`` output formats, each ``(rows, color) -> str``."""


QUOTE_ROW_FORMATS = Registry(
    "quotes format",
    (
        Plugin("table", f"{__name__}:quote_rows_as_table", "a table for the terminal", (".txt",)),
        Plugin("json", f"{__name__}:rows_as_json", "a JSON list of rows", (".json",)),
        Plugin("csv", f"{__name__}:quote_rows_as_csv", "CSV with a header row", (".csv",)),
    ),
)
"""``argmap quotes`` output formats, each ``(rows, color) -> str`` (named apart from
``argmap check-quotes``'s :data:`argmap.compare.render_quotes.QUOTE_FORMATS`)."""

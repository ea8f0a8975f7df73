"""The sources ledger of many articles: one row per source, merged across their maps."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ..index import MapIndex
from .network import source_key
from .records import is_map


def merged_source_rows(records: Iterable[dict]) -> list[dict]:
    """One row per source across the maps among ``records`` (read one at a time), merged
    by :func:`~argmap.corpus.network.source_key`: the commonest name, type, role and
    affiliation; quotes and mentions summed; ``articles`` citing it. Most-cited first."""
    merged: dict[str, dict] = {}
    seen: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        if not is_map(record):
            continue
        quotes = Counter(MapIndex.of_data(record).quote_counts())
        cited: set[str] = set()
        for node in record["nodes"]:
            if node.get("kind") != "source" or not node.get("name"):
                continue
            key = source_key(node["name"])
            row = merged.setdefault(key, {"quotes": 0, "mentions": 0, "articles": 0})
            row["quotes"] += quotes.get(node["id"], 0)
            row["mentions"] += len(node.get("mentions") or ())
            if key not in cited:
                cited.add(key)
                row["articles"] += 1
            for field in ("name", "source_type", "role", "affiliation"):
                if node.get(field):
                    seen[f"{key}\0{field}"][node[field]] += 1
    rows = []
    for key, row in merged.items():

        def commonest(field: str, key: str = key) -> str | None:
            counted = seen.get(f"{key}\0{field}")
            if not counted:
                return None
            top = max(counted.values())
            return min(v for v, c in counted.items() if c == top)

        rows.append(
            {
                "name": commonest("name"),
                "source_type": commonest("source_type"),
                "role": commonest("role"),
                "affiliation": commonest("affiliation"),
                "quotes": row["quotes"],
                "mentions": row["mentions"],
                "id": f"source:{key}",
                "articles": row["articles"],
            }
        )
    rows.sort(key=lambda r: (-r["articles"], -r["quotes"], r["name"] or "", r["id"]))
    return rows


__all__ = ["merged_source_rows"]

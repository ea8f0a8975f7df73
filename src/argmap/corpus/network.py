"""The source network across articles: who is cited where, and who is cited together.

One graph (a :class:`networkx.DiGraph`) holds it all:

- an ``article`` node per map (id ``article:<file>``; ``file``, ``title``);
- a ``source`` node per source, merged across articles by :func:`source_key` (id
  ``source:<key>``; ``name`` as most often written, ``source_type`` as most often found,
  ``articles``, ``mentions``, ``quotes``);
- ``cites`` edges article → source (``weight``: mentions in that article, at least 1;
  ``quotes``: quotes attributed to it there);
- ``co_cited`` edges source → source (each pair once, the smaller id first; ``weight``:
  the number of articles citing both): the co-citation projection, which
  :func:`cocitation` returns as an undirected graph of its own.

Formats (:data:`NETWORK_FORMATS`) are functions ``(graph, top, color) -> str | bytes``.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

from ..errors import ArgmapError, GraphvizMissingError
from ..index import MapIndex
from ..registry import Plugin, Registry
from .records import is_map

SCHEMA = "argmap-network/1"
TITLES = frozenset(
    """
    dr doctor prof professor mr mrs ms mx miss sir dame lord lady sen senator rep
    representative gov governor gen general col colonel lt capt captain sgt maj major adm
    admiral rev reverend fr father hon judge justice president minister mayor secretary
    chancellor ambassador st
    """.split()
)
"""Titles and honorifics dropped from the front of a person's name before merging."""
_WORD = re.compile(r"[^\W_]+")


def source_key(name: str, source_type: str | None = None) -> str:
    """The merge key of a source's name: accents, case, punctuation and a possessive
    dropped; leading titles ("Dr.", "Sen.") and a leading "the" dropped too.

    >>> source_key("Sen. José  O'Neil"), source_key("the World Bank's")
    ('jose o neil', 'world bank')
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"['’]s\b", "", folded)
    words = _WORD.findall(folded)
    while len(words) > 1 and (words[0] in TITLES or words[0] == "the"):
        words.pop(0)
    return " ".join(words) or name.strip().lower()


def _article_sources(record: dict) -> dict[str, dict]:
    """The sources of one map record by merge key: names, types, mentions, quotes."""
    quotes = Counter(MapIndex.of_data(record).quote_counts())
    found: dict[str, dict] = {}
    for node in record["nodes"]:
        if node.get("kind") != "source" or not node.get("name"):
            continue
        key = source_key(node["name"])
        entry = found.setdefault(key, {"names": [], "types": [], "mentions": 0, "quotes": 0})
        entry["names"].append(node["name"])
        entry["types"].append(node.get("source_type") or "person")
        entry["mentions"] += len(node.get("mentions") or ()) or 1
        entry["quotes"] += quotes.get(node["id"], 0)
    return found


def build_network(records: Iterable[dict]):
    """The source network of the maps among ``records`` (error and skip records are passed
    over), read one record at a time."""
    import networkx as nx

    graph = nx.DiGraph(schema=SCHEMA)
    names: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    pairs: Counter = Counter()
    articles = 0
    for record in records:
        if not is_map(record):
            continue
        articles += 1
        article = f"article:{record.get('file', articles)}"
        title = (record.get("graph") or {}).get("title")
        graph.add_node(article, kind="article", file=str(record.get("file", "")), title=title)
        cited = _article_sources(record)
        for key, entry in cited.items():
            node = f"source:{key}"
            if node not in graph:
                graph.add_node(node, kind="source", articles=0, mentions=0, quotes=0)
            attrs = graph.nodes[node]
            attrs["articles"] += 1
            attrs["mentions"] += entry["mentions"]
            attrs["quotes"] += entry["quotes"]
            names[node].update(entry["names"])
            types[node].update(entry["types"])
            graph.add_edge(
                article, node, relation="cites", weight=entry["mentions"], quotes=entry["quotes"]
            )
        pairs.update(combinations(sorted(f"source:{k}" for k in cited), 2))
    for node, counted in names.items():
        graph.nodes[node]["name"] = _most_common(counted)
        graph.nodes[node]["source_type"] = _most_common(types[node])
    for (one, other), weight in pairs.items():
        graph.add_edge(one, other, relation="co_cited", weight=weight)
    graph.graph["articles"] = articles
    return graph


def _most_common(counted: Counter) -> str:
    """The commonest value; ties go to the first in sorted order, so runs agree."""
    top = max(counted.values())
    return min(value for value, count in counted.items() if count == top)


def cocitation(graph):
    """The co-citation projection: an undirected graph of sources, ``weight`` = articles
    citing both."""
    import networkx as nx

    projection = nx.Graph()
    projection.add_nodes_from(
        (n, a) for n, a in graph.nodes(data=True) if a.get("kind") == "source"
    )
    projection.add_edges_from(
        (u, v, {"weight": a["weight"]})
        for u, v, a in graph.edges(data=True)
        if a.get("relation") == "co_cited"
    )
    return projection


def top_sources(graph, top: int) -> list[str]:
    """The ``top`` most-cited sources: most articles, then most mentions, then name."""
    sources = [(n, a) for n, a in graph.nodes(data=True) if a.get("kind") == "source"]
    sources.sort(key=lambda na: (-na[1]["articles"], -na[1]["mentions"], na[1]["name"], na[0]))
    return [n for n, _ in sources[:top]]


def citing_articles(graph, source: str) -> list[str]:
    """The files of the articles citing ``source``, in input order."""
    return [
        graph.nodes[a]["file"]
        for a in graph.predecessors(source)
        if graph.nodes[a].get("kind") == "article"
    ]


def diagram(graph, top: int):
    """A Graphviz diagram of the largest component of the co-citation graph among the
    ``top`` most-cited sources, each labelled with its name and number of articles."""
    import graphviz
    import networkx as nx

    projection = cocitation(graph).subgraph(top_sources(graph, top))
    components = sorted(nx.connected_components(projection), key=lambda c: (-len(c), min(c))) or [
        set()
    ]
    shown = projection.subgraph(components[0])
    dot = graphviz.Graph(
        "cocitation",
        engine="neato",
        graph_attr={"overlap": "false", "splines": "true", "outputorder": "edgesfirst"},
        node_attr={"shape": "ellipse", "fontname": "Helvetica", "fontsize": "10"},
    )
    most = max((a["weight"] for _, _, a in shown.edges(data=True)), default=1)
    for node in sorted(shown):
        attrs = shown.nodes[node]
        label = f"{graphviz.escape(attrs['name'])}\\n{attrs['articles']}"
        fill = "#fde2e2" if attrs["source_type"] == "anonymous" else "#e2ecfd"
        dot.node(_dot_id(node), label, style="filled", fillcolor=fill)
    for one, other in sorted(shown.edges()):
        weight = shown.edges[one, other]["weight"]
        dot.edge(
            _dot_id(one),
            _dot_id(other),
            penwidth=f"{0.5 + 4 * weight / most:.2f}",
            tooltip=str(weight),
        )
    return dot


def _dot_id(node: str) -> str:
    return "n" + node.encode("utf-8").hex()


def network_json(graph, top: int = 40, color: bool = False) -> str:
    import networkx as nx

    return json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False) + "\n"


def network_graphml(graph, top: int = 40, color: bool = False) -> str:
    import networkx as nx

    clean = graph.copy()
    for _, attrs in clean.nodes(data=True):
        for key in [k for k, v in attrs.items() if v is None]:
            del attrs[key]  # GraphML has no null
    return "\n".join(nx.generate_graphml(clean)) + "\n"


def _pipe(graph, top: int, fmt: str) -> bytes:
    import graphviz

    try:
        return diagram(graph, top).pipe(format=fmt, quiet=True)
    except graphviz.ExecutableNotFound:
        raise GraphvizMissingError(
            "Graphviz `neato` was not found: install Graphviz, or use --format graphml"
        ) from None
    except graphviz.CalledProcessError as err:
        raise ArgmapError(f"Graphviz failed to draw the network: {err}") from err


def network_svg(graph, top: int = 40, color: bool = False) -> str:
    return _pipe(graph, top, "svg").decode("utf-8")


def network_png(graph, top: int = 40, color: bool = False) -> bytes:
    return _pipe(graph, top, "png")


def network_rows(graph, top: int = 40) -> list[dict]:
    """The ``top`` most-cited sources: name, type, articles, mentions, quotes, citing ids."""
    return [
        {
            "name": graph.nodes[n]["name"],
            "source_type": graph.nodes[n]["source_type"],
            "articles": graph.nodes[n]["articles"],
            "mentions": graph.nodes[n]["mentions"],
            "quotes": graph.nodes[n]["quotes"],
            "cited_by": citing_articles(graph, n),
        }
        for n in top_sources(graph, top)
    ]


def network_table(graph, top: int = 40, color: bool = False) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    articles = graph.graph.get("articles", 0)
    table = Table(title=f"Most-cited sources across {articles:,} articles")
    for column in ("source", "type", "articles", "quotes", "cited by"):
        table.add_column(column, justify="right" if column in ("articles", "quotes") else "left")
    for row in network_rows(graph, top):
        ids = row["cited_by"]
        cited = ", ".join(ids[:5]) + (f", … (+{len(ids) - 5})" if len(ids) > 5 else "")
        cells = (row["name"], row["source_type"], row["articles"], row["quotes"], cited)
        table.add_row(*(Text(str(c)) for c in cells))
    console = Console(
        file=io.StringIO(), width=120, no_color=not color, force_terminal=color, highlight=False
    )
    console.print(table)
    return console.file.getvalue()


NETWORK_FORMATS = Registry(
    "network format",
    (
        Plugin("table", f"{__name__}:network_table", "the most-cited sources", (".txt",)),
        Plugin("json", f"{__name__}:network_json", "node-link JSON", (".json",)),
        Plugin("graphml", f"{__name__}:network_graphml", "GraphML", (".graphml",)),
        Plugin("svg", f"{__name__}:network_svg", "co-citation diagram (SVG)", (".svg",)),
        Plugin("png", f"{__name__}:network_png", "co-citation diagram (PNG)", (".png",), True),
    ),
)
"""``argmap network`` output formats, each ``(graph, top, color) -> str | bytes``."""

__all__ = [
    "NETWORK_FORMATS",
    "SCHEMA",
    "build_network",
    "citing_articles",
    "cocitation",
    "diagram",
    "network_rows",
    "source_key",
    "top_sources",
]

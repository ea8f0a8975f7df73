"""``argmap sources``, ``argmap quotes`` and ``argmap network``: who is cited, who said what,
and the sources across many articles."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from ..reading import DEFAULT_MAX_SIZE
from ..report import QUOTE_ROW_FORMATS, SOURCE_FORMATS
from .common import (
    ArticleArg,
    DebugOpt,
    MaxSizeOpt,
    OutputOpt,
    QuoteRowsFormat,
    SourcesFormat,
    _is_folder,
    _load,
    _refuse_overwriting_input,
    _use_color,
    _user_errors,
    _write,
    app,
)


@app.command("sources")
def sources_command(
    article: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help="Article: a file, URL or - for stdin; or a folder of articles, or a .jsonl"
            " of maps, for the ledger merged across them.",
            metavar="ARTICLE",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        SourcesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SourcesFormat.table,  # type: ignore[attr-defined]
    output: OutputOpt = None,
    maps: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--maps",
            metavar="FILE.jsonl",
            help="JSON Lines of maps (argmap map on many articles): the merged ledger.",
        ),
    ] = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """List the sources ARTICLE cites: people, organisations, documents, anonymous.

    Over a folder or JSON Lines of maps, one row per source merged across the articles
    (names matched without case, punctuation or titles), with the number of articles.
    """
    if article is None and not maps:
        raise typer.BadParameter("give an ARTICLE, or --maps FILE.jsonl")
    _refuse_overwriting_input(output, [a for a in (article, *(maps or ())) if a], debug)
    with _user_errors(debug):
        if maps or article.endswith(".jsonl") or _is_folder(article):
            rows = _merged_rows([*(maps or ()), *([article] if article else [])], max_size)
        else:
            from ..report import source_rows

            rows = source_rows(_load(article, max_size=max_size))
        _write(SOURCE_FORMATS.find(fmt.value).load()(rows, _use_color(output)), output)


def _merged_rows(inputs: list[str], max_size: int) -> list[dict]:
    """The ledger across JSON Lines of maps and folders of articles (mapped on all cores)."""
    from itertools import chain

    from ..batch import default_jobs, map_articles
    from ..corpus.ledger import merged_source_rows
    from ..corpus.records import map_records

    def records(source: str):
        if source.endswith(".jsonl") or source == "-":
            return map_records([source])
        outcomes = map_articles([source], max_size=max_size, jobs=default_jobs())
        return (o.record() for o in outcomes)

    return merged_source_rows(chain.from_iterable(records(s) for s in inputs))


@app.command("quotes")
def quotes_command(
    article: ArticleArg,
    fmt: Annotated[
        Optional[QuoteRowsFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option("--format", "-f", help="Output format [default: table, or from -o]."),
    ] = None,
    output: OutputOpt = None,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence", min=0.0, max=1.0, help="Leave out attributions scored below this."
        ),
    ] = 0.0,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
    debug: DebugOpt = False,
) -> None:
    """List who said what in ARTICLE: speaker, role, words, direct or reported, line:column,
    and how sure the attribution is."""
    _refuse_overwriting_input(output, [article], debug)
    with _user_errors(debug):
        from ..report import quote_rows

        name = fmt.value if fmt else QUOTE_ROW_FORMATS.for_path(str(output or "")) or "table"
        rows = quote_rows(_load(article, min_confidence, max_size))
        _write(QUOTE_ROW_FORMATS.find(name).load()(rows, _use_color(output)), output)


def _network_formats() -> type[Enum]:
    from ..corpus.network import NETWORK_FORMATS

    return Enum("NetworkFormat", {name: name for name in NETWORK_FORMATS}, type=str)


NetworkFormat = _network_formats()


@app.command("network")
def network_command(
    maps: Annotated[
        list[str],
        typer.Argument(
            help="JSON Lines of maps, as argmap map writes for many articles (- for stdin).",
            metavar="MAPS.jsonl",
        ),
    ],
    fmt: Annotated[
        Optional[NetworkFormat],  # type: ignore[valid-type]  # noqa: UP045
        typer.Option(
            "--format", "-f", help="Output format [default: from -o's extension, else table]."
        ),
    ] = None,
    output: OutputOpt = None,
    top: Annotated[
        int,
        typer.Option("--top", min=1, help="Sources in the table and the diagram (svg/png)."),
    ] = 40,
    debug: DebugOpt = False,
) -> None:
    """The source network across articles: who is cited where, and who is cited together.

    One node per source (names merged across articles: case, punctuation and titles such
    as "Dr." dropped), one per article, "cites" edges article -> source and "co_cited"
    edges between sources cited in the same article, weighted by the number of articles.
    svg/png draw the largest co-citation component of the --top sources.
    """
    from ..corpus.network import NETWORK_FORMATS

    name = fmt.value if fmt is not None else None
    if name is None:
        name = (NETWORK_FORMATS.for_path(str(output)) if output else None) or "table"
    with _user_errors(debug):
        from ..corpus.network import build_network
        from ..corpus.records import map_records

        graph = build_network(map_records(maps))
        _write(NETWORK_FORMATS.find(name).load()(graph, top, _use_color(output)), output)

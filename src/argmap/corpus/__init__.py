"""Corpus mode: thousands of articles mapped on every core or on a Dask cluster, and what
can be read across their maps.

- :mod:`.records`: JSON Lines of articles to map and of maps, read one line at a time;
- :mod:`.language`: is an article English? (a function-word test, offline);
- :mod:`.progress`: the progress bar and the end-of-run summary;
- :mod:`.dask`: the per-article function of :mod:`argmap.batch` on a Dask cluster;
- :mod:`.network`: the source network across articles (networkx);
- :mod:`.ledger`: the sources ledger merged across articles;
- :mod:`.audit`: per-outlet sourcing figures.

Mapping itself is :func:`argmap.batch.map_articles`; :func:`corpus_sources` lists what a
run maps: paths, folders, globs and records, less the ids a resumed run has already.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from ..batch import ArticleSource, article_sources


def corpus_sources(
    inputs: Iterable[str | Path] = (),
    records: str | Path | None = None,
    *,
    recursive: bool = False,
    done: Collection[str] = (),
) -> Iterator[ArticleSource]:
    """The articles of a run, lazily: those ``inputs`` stand for (files, folders, glob
    patterns, URLs, ``-``), then the records of the JSON Lines file ``records`` (``-``:
    stdin), leaving out any whose id is in ``done``."""
    from .records import article_records

    listed = article_sources(inputs, recursive=recursive)
    for source in listed:
        if source.id not in done:
            yield source
    if records is not None:
        for source in article_records(records):
            if source.id not in done:
                yield source


__all__ = ["corpus_sources"]

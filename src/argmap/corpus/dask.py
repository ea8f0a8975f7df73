"""The per-article function of :mod:`argmap.batch` on a Dask cluster.

Each task maps a few articles with :func:`argmap.batch.map_chunk`, the very function a
local pool runs, so a cluster gives the same outcomes. Tasks are submitted a bounded window at a
time (memory stays flat on both sides) and results are yielded in input order. Workers
read paths and URLs themselves: on a remote cluster the paths must exist there, or the
articles travel as text (``{"id", "text"}`` records).

Needs ``pip install 'argmap[dask]'`` (``dask[bag]`` and ``distributed``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

from ..batch import CHUNK, ArticleSource, Outcome, chunked, map_chunk
from ..errors import ArgmapError
from ..reading import DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from ..model import Options

MISSING = "Dask is not installed: pip install 'argmap[dask]'"


def _client(scheduler, workers: int, stack: ExitStack):
    """A ``distributed.Client``: the one given, one for an address, or for a local cluster
    of ``workers`` processes (``"local"``); those made here are closed by ``stack``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ArgmapError(MISSING) from err
    if isinstance(scheduler, Client):
        return scheduler
    if scheduler == "local":
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=max(workers, 1),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
        )
        return stack.enter_context(Client(cluster))
    try:
        return stack.enter_context(Client(scheduler, timeout="30s"))
    except OSError as err:
        raise ArgmapError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None


def map_articles_dask(
    sources: Iterable[ArticleSource],
    options: Options | None = None,
    *,
    scheduler="local",
    max_size: int = DEFAULT_MAX_SIZE,
    workers: int = 2,
    skip_non_english: bool = False,
    window: int | None = None,
    as_lines: bool = False,
) -> Iterator[Outcome]:
    """Map ``sources`` on a Dask cluster, yielding one :class:`Outcome` each, in input order.

    ``scheduler`` is a ``distributed.Client``, a scheduler address (``tcp://host:8786``)
    or ``"local"`` (a local cluster of ``workers`` processes, started and stopped here).
    At most ``window`` tasks of :data:`~argmap.batch.CHUNK` articles are in flight
    (default: 2 per worker thread).
    """
    with ExitStack() as stack:
        client = _client(scheduler, workers, stack)
        threads = sum(client.nthreads().values()) or workers
        limit = window or max(2 * threads, 4)
        pending: deque = deque()
        for chunk in chunked(sources, CHUNK, max_size):
            pending.append(
                client.submit(
                    map_chunk, chunk, options, max_size, skip_non_english, as_lines, pure=False
                )
            )
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


__all__ = ["map_articles_dask"]

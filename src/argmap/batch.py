"""Many articles in one run: each read, mapped and reported on its own, in input order.

A batch must never lose good work to one bad input, so every article gives one
:class:`Outcome`, a map or an error, and iteration goes on. Sources are described, not
read, until their turn (:class:`ArticleSource` is small and picklable), so memory stays
flat however many there are, and a pool of processes can read them where it maps them.
Folders are listed in name order, so a run is repeatable; entries that cannot be articles
(FIFOs, sockets, broken or looping links) are reported as failures rather than skipped
in silence.
"""

from __future__ import annotations

import json
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ArgmapError, InputError
from .reading import ARTICLE_SUFFIXES, DEFAULT_MAX_SIZE, URL_SCHEME, Article, load_article
from .safe_text import escape_c1_json

if TYPE_CHECKING:
    from .model import ArgumentMap, Options


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """Where one article comes from: a path, URL or ``-`` (``location``), or the ``article``
    itself when it was read already (stdin, a record of a stream).

    ``problem`` marks a folder entry that is known not to be readable as an article; mapping
    it gives that message as its error.
    """

    id: str
    location: str | None = None
    article: Article | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one article: its map, or why there is none.

    ``error`` is ``"input"`` for an input that is not an article (the user can act on the
    message) and ``"internal"`` for a failure inside argmap (a bug to report).
    """

    id: str
    map: ArgumentMap | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.map is not None

    def record(self) -> dict:
        """The JSON Lines record: the map with its ``file``, or the error with its ``file``."""
        if self.map is not None:
            return {"file": self.id, **self.map.node_link_data()}
        return {"file": self.id, "error": self.error, "message": self.message}

    def json_line(self) -> str:
        """One line of JSON, C1 controls escaped like every JSON argmap writes."""
        return escape_c1_json(json.dumps(self.record(), ensure_ascii=False)) + "\n"


def article_sources(
    sources: Iterable[str | Path], *, recursive: bool = False
) -> Iterator[ArticleSource]:
    """Each source as the articles it stands for: a folder for its article files (name
    order, hidden entries skipped; sub-folders too when ``recursive``), anything else for
    itself. Nothing is read here."""
    for source in sources:
        name = str(source)
        if name != "-" and not URL_SCHEME.match(name) and Path(name).is_dir():
            yield from _folder_sources(Path(name), recursive)
        else:
            yield ArticleSource(name, location=name)


def _folder_sources(directory: Path, recursive: bool) -> Iterator[ArticleSource]:
    try:
        entries = sorted(directory.iterdir())
    except OSError as err:
        yield ArticleSource(
            str(directory), problem=f"{directory}: cannot list ({err.strerror or err})"
        )
        return
    found = False
    for entry in entries:
        if entry.name.startswith("."):
            continue
        problem, is_folder = _entry_problem(entry)
        if is_folder:
            if recursive and not entry.is_symlink():
                for inner in _folder_sources(entry, recursive):
                    found = True
                    yield inner
            elif recursive:
                found = True
                yield ArticleSource(
                    str(entry), problem=f"{entry}: a link to a folder, not followed"
                )
            continue
        if entry.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        found = True
        yield ArticleSource(str(entry), location=str(entry), problem=problem)
    if not found:
        endings = " ".join(ARTICLE_SUFFIXES)
        yield ArticleSource(
            str(directory), problem=f"{directory}: no article files ({endings}) in this folder"
        )


def _entry_problem(entry: Path) -> tuple[str | None, bool]:
    """Why a folder entry cannot be read as an article (None: it can), and whether it is a
    folder. A link is followed to what it names; a loop or a dangling link is a problem."""
    try:
        mode = entry.stat().st_mode
    except OSError as err:
        if entry.is_symlink():
            return f"{entry}: a broken or looping link ({err.strerror or err})", False
        return f"{entry}: cannot read ({err.strerror or err})", False
    if stat.S_ISDIR(mode):
        return None, True
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket or device"
        return f"{entry}: {kind}, not an article file", False
    return None, False


def load_articles(
    sources: Iterable[str | Path], *, max_size: int = DEFAULT_MAX_SIZE
) -> list[Article]:
    """Every article in ``sources`` (folders expanded), read now; the first one that cannot
    be read raises its :class:`InputError`. For inputs that must all be there (the originals
    a quote is checked against), unlike a batch, where each fails alone."""
    articles = []
    for source in article_sources(sources):
        if source.problem is not None:
            raise InputError(source.problem)
        articles.append(load_article(source.location or source.id, max_size=max_size))
    return articles


def map_source(
    source: ArticleSource, options: Options | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Outcome:
    """Read and map one article; any failure becomes the outcome, never an exception."""
    from .pipeline import map_article

    try:
        if source.problem is not None:
            raise InputError(source.problem)
        article = source.article or load_article(source.location or source.id, max_size=max_size)
        return Outcome(source.id, map_article(article, options))
    except ArgmapError as err:
        return Outcome(source.id, error="input", message=str(err))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as err:  # a bug inside argmap: this article fails, the run goes on
        return Outcome(source.id, error="internal", message=f"{type(err).__name__}: {err}")


def map_articles(
    sources: Iterable[str | Path | ArticleSource],
    options: Options | None = None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    recursive: bool = False,
    jobs: int = 1,
) -> Iterator[Outcome]:
    """Map every article in ``sources``, yielding one :class:`Outcome` each, in input order.

    Sources are paths, folders, URLs, ``-`` or :class:`ArticleSource` records. With
    ``jobs`` > 1 the articles are mapped by a pool of processes, a bounded number at a time
    (memory stays flat), and come back in the same order as with one job.
    """
    described = _described(sources, recursive)
    if jobs <= 1:
        for source in described:
            yield map_source(source, options, max_size)
        return
    yield from _pooled(described, options, max_size, jobs)


def _described(
    sources: Iterable[str | Path | ArticleSource], recursive: bool
) -> Iterator[ArticleSource]:
    for source in sources:
        if isinstance(source, ArticleSource):
            yield source
        else:
            yield from article_sources([source], recursive=recursive)


def _pooled(
    sources: Iterator[ArticleSource], options: Options | None, max_size: int, jobs: int
) -> Iterator[Outcome]:
    """Map in ``jobs`` processes, at most ``2 * jobs`` articles in flight, in input order."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for source in sources:
            if source.location == "-":  # stdin belongs to this process: read it here
                source = _read_stdin(source, max_size)
            pending.append(pool.submit(map_source, source, options, max_size))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _read_stdin(source: ArticleSource, max_size: int) -> ArticleSource:
    try:
        return ArticleSource(source.id, article=load_article("-", max_size=max_size))
    except ArgmapError as err:
        return ArticleSource(source.id, problem=str(err))


@contextmanager
def json_lines_file(path: Path) -> Iterator[Callable[[str], None]]:
    """A line writer for a batch's results file, safe to interrupt.

    Lines go, flushed one by one, to ``PATH.part`` beside the target; only a run that
    finishes renames it over ``path``. An interrupted run leaves the old ``path`` as it was
    and every finished line in ``PATH.part``.
    """
    part = path.with_name(path.name + ".part")
    try:
        handle = part.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise ArgmapError(f"{part}: cannot write ({err.strerror or err})") from None
    with handle:

        def write(line: str) -> None:
            handle.write(line)
            handle.flush()

        yield write
    try:
        os.replace(part, path)
    except OSError as err:
        raise ArgmapError(
            f"{path}: cannot write ({err.strerror or err}); results are in {part}"
        ) from None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


__all__ = [
    "ArticleSource",
    "Outcome",
    "article_sources",
    "default_jobs",
    "map_articles",
    "map_source",
]

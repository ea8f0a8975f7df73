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

import glob
import json
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ArgmapError, InputError
from .reading import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_SIZE,
    URL_SCHEME,
    Article,
    load_article,
    text_article,
)
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
    text: str | None = None
    """The article as text given inline (a ``{"id", "text"}`` record), read like a file's
    contents where it is mapped: HTML is sniffed and extracted, empty text refused."""


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
    language: str | None = None
    """``"en"`` or ``"other"`` (:func:`argmap.corpus.language.language_of`), once read."""
    skipped: str | None = None
    """Why the article was read but not mapped (``"non-English"``)."""
    line: str | None = None
    """The JSON line, when the map was written out where it was made (``as_lines``)."""
    length: int = 0
    """Characters mapped, kept with ``line``."""

    @property
    def ok(self) -> bool:
        return self.map is not None or (
            self.line is not None and self.error is None and self.skipped is None
        )

    @property
    def chars(self) -> int:
        """Characters mapped (0 for a failed or skipped article)."""
        return self.map.graph_attrs.get("length", 0) if self.map is not None else self.length

    def as_line(self) -> Outcome:
        """This outcome with its map written as its JSON line and dropped: what a worker
        sends back when only the line is wanted (a string travels far cheaper than a map)."""
        return replace(self, map=None, line=self.json_line(), length=self.chars)

    def record(self) -> dict:
        """The JSON Lines record: the map with its ``file`` (and ``language`` when known),
        the skip with its ``file``, or the error with its ``file``."""
        return self._record(copy=True)

    def _record(self, copy: bool) -> dict:
        """:meth:`record`; without ``copy`` it shares the map's node and edge dicts (to be
        encoded, not changed: copying them is a third of a large map's memory)."""
        if self.map is not None:
            head = {"file": self.id}
            if self.language is not None:
                head["language"] = self.language
            return {**head, **(self.map.node_link_data() if copy else self.map.to_data())}
        if self.skipped is not None:
            return {"file": self.id, "skipped": self.skipped}
        return {"file": self.id, "error": self.error, "message": self.message}

    def json_line(self) -> str:
        """One line of JSON, C1 controls escaped like every JSON argmap writes."""
        if self.line is not None:
            return self.line
        return escape_c1_json(json.dumps(self._record(copy=False), ensure_ascii=False)) + "\n"


def article_sources(
    sources: Iterable[str | Path], *, recursive: bool = False
) -> Iterator[ArticleSource]:
    """Each source as the articles it stands for: a folder for its article files (name
    order, hidden entries skipped; sub-folders too when ``recursive``), a glob pattern
    that names no existing path (``'news/*.html'``) for the paths it matches, sorted,
    anything else for itself. Nothing is read here."""
    for source in sources:
        name = str(source)
        if name == "-" or URL_SCHEME.match(name):
            yield ArticleSource(name, location=name)
        elif Path(name).is_dir():
            yield from _folder_sources(Path(name), recursive)
        elif glob.has_magic(name) and not os.path.lexists(name):
            yield from _glob_sources(name, recursive)
        else:
            yield ArticleSource(name, location=name)


def _glob_sources(pattern: str, recursive: bool) -> Iterator[ArticleSource]:
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield ArticleSource(pattern, problem=f"{pattern}: no file matches this pattern")
    for match in matches:
        if Path(match).is_dir():
            yield from _folder_sources(Path(match), recursive)
        else:
            yield ArticleSource(match, location=match)


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
    source: ArticleSource,
    options: Options | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    skip_non_english: bool = False,
) -> Outcome:
    """Read and map one article; any failure becomes the outcome, never an exception.

    The outcome notes the article's language; with ``skip_non_english`` an article that is
    not English is read but not mapped (``skipped="non-English"``).
    """
    from .corpus.language import language_of
    from .pipeline import map_article

    try:
        article = _read_source(source, max_size)
        language = language_of(article.text)
        if skip_non_english and language != "en":
            return Outcome(source.id, language=language, skipped="non-English")
        return Outcome(source.id, map_article(article, options), language=language)
    except ArgmapError as err:
        return Outcome(source.id, error="input", message=str(err))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as err:  # a bug inside argmap: this article fails, the run goes on
        return Outcome(source.id, error="internal", message=f"{type(err).__name__}: {err}")


def map_chunk(
    sources: list[ArticleSource],
    options: Options | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    skip_non_english: bool = False,
    as_lines: bool = False,
) -> list[Outcome]:
    """:func:`map_source` over a few articles: one task for a pool or a cluster, so that the
    cost of sending a task is shared by several articles rather than paid for each; with
    ``as_lines`` each map comes back as its JSON line, written where it was made."""
    outcomes = [map_source(s, options, max_size, skip_non_english) for s in sources]
    return [o.as_line() for o in outcomes] if as_lines else outcomes


def chunked(
    sources: Iterable[ArticleSource], size: int, max_size: int
) -> Iterator[list[ArticleSource]]:
    """``sources`` in lists of ``size``; stdin, which belongs to this process, read here."""
    chunk: list[ArticleSource] = []
    for source in sources:
        chunk.append(read_stdin(source, max_size) if source.location == "-" else source)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


CHUNK = 8
"""Articles per task sent to a process pool or a Dask worker."""


def _read_source(source: ArticleSource, max_size: int) -> Article:
    if source.problem is not None:
        raise InputError(source.problem)
    if source.article is not None:
        return source.article
    if source.text is not None:
        return text_article(source.text, source.id, max_size=max_size)
    return load_article(source.location or source.id, max_size=max_size)


def map_articles(
    sources: Iterable[str | Path | ArticleSource],
    options: Options | None = None,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    recursive: bool = False,
    jobs: int = 1,
    skip_non_english: bool = False,
    scheduler=None,
    as_lines: bool = False,
) -> Iterator[Outcome]:
    """Map every article in ``sources``, yielding one :class:`Outcome` each, in input order.

    Sources are paths, folders, glob patterns, URLs, ``-`` or :class:`ArticleSource`
    records. With ``jobs`` > 1 the articles are mapped by a pool of processes, a bounded
    number at a time (memory stays flat), and come back in the same order as with one job.
    With ``scheduler`` (a Dask scheduler address, a ``distributed.Client``, or ``"local"``
    for a local cluster of ``jobs`` workers) they are mapped on a Dask cluster instead:
    see :func:`argmap.corpus.dask.map_articles_dask`. Results are the same either way.
    With ``as_lines`` the outcomes carry each map as its JSON line instead of the map
    (written by the process that made it: what the command line needs, and far cheaper to
    send back from a worker).
    """
    described = _described(sources, recursive)
    if scheduler is not None:
        from .corpus.dask import map_articles_dask

        yield from map_articles_dask(
            described,
            options,
            scheduler=scheduler,
            max_size=max_size,
            workers=jobs,
            skip_non_english=skip_non_english,
            as_lines=as_lines,
        )
        return
    if jobs <= 1:
        for source in described:
            outcome = map_source(source, options, max_size, skip_non_english)
            yield outcome.as_line() if as_lines else outcome
        return
    yield from _pooled(described, options, max_size, jobs, skip_non_english, as_lines)


def _described(
    sources: Iterable[str | Path | ArticleSource], recursive: bool
) -> Iterator[ArticleSource]:
    for source in sources:
        if isinstance(source, ArticleSource):
            yield source
        else:
            yield from article_sources([source], recursive=recursive)


def _pooled(
    sources: Iterator[ArticleSource],
    options: Options | None,
    max_size: int,
    jobs: int,
    skip_non_english: bool,
    as_lines: bool = False,
) -> Iterator[Outcome]:
    """Map in ``jobs`` processes, :data:`CHUNK` articles a task and at most ``2 * jobs``
    tasks in flight (memory stays flat), yielding in input order."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for chunk in chunked(sources, CHUNK, max_size):
            pending.append(
                pool.submit(map_chunk, chunk, options, max_size, skip_non_english, as_lines)
            )
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def read_stdin(source: ArticleSource, max_size: int) -> ArticleSource:
    try:
        return ArticleSource(source.id, article=load_article("-", max_size=max_size))
    except ArgmapError as err:
        return ArticleSource(source.id, problem=str(err))


@contextmanager
def json_lines_file(path: Path, *, resume: bool = False) -> Iterator[Callable[[str], None]]:
    """A line writer for a batch's results file, safe to interrupt.

    Lines go, flushed one by one, to ``PATH.part`` beside the target; only a run that
    finishes renames it over ``path``. An interrupted run leaves the old ``path`` as it was
    and every finished line in ``PATH.part``.

    With ``resume`` the lines already there are kept: ``PATH.part``'s finished lines (a
    half-written last line is cut off), then those of ``path`` whose ``file`` is not among
    them, and new lines are appended after them.
    """
    part = path.with_name(path.name + ".part")
    try:
        handle = _resumed(path, part) if resume else part.open("w", encoding="utf-8", newline="")
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


def _resumed(path: Path, part: Path):
    from .corpus.records import finished_lines, record_id

    kept = 0
    ids: set[str] = set()
    if part.exists():
        with part.open("rb") as raw:
            for line in raw:
                if not line.endswith(b"\n"):
                    break
                kept += len(line)
                ids.add(record_id(line.decode("utf-8", "replace")))
    handle = part.open("a+", encoding="utf-8", newline="")
    handle.truncate(kept)  # the half-written line an interrupted run may have left
    for line in finished_lines(path):
        if record_id(line) not in ids:
            handle.write(line)
    handle.flush()
    return handle


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

"""JSON Lines in and out of a corpus run, read one line at a time.

Two kinds of file: *article records* to map (``{"id", "text"}``, ``{"id", "url"}`` or
``{"id", "path"}``, one a line, as :func:`article_records` reads them) and *map records*,
what ``argmap map`` writes for many articles (one argmap/1 map a line with its ``"file"``,
or an error or skip record), as :func:`map_records` reads them. Neither is ever loaded
whole: memory stays flat however long the file is.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..batch import ArticleSource
from ..errors import InputError

_DECODER = json.JSONDecoder()
_FILE_KEY = '{"file": '


@contextmanager
def _lines(source: str | Path):
    """The lines of a file, or of stdin for ``-``, as text (a bad byte becomes U+FFFD)."""
    if str(source) == "-":
        yield sys.stdin
        return
    try:
        handle = open(source, encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
    except OSError as err:
        raise InputError(f"{source}: cannot read ({err.strerror or err})") from None
    with handle:
        yield handle


def article_records(source: str | Path) -> Iterator[ArticleSource]:
    """Each line of a JSON Lines file of articles (``-``: stdin) as an :class:`ArticleSource`.

    A line is ``{"id": ..., "text": ...}`` (the article itself), ``{"id": ..., "url": ...}``
    or ``{"id": ..., "path": ...}``. A line that is none of these is not dropped: it becomes
    a source whose mapping fails with a message naming the line, so the run reports it and
    goes on. Blank lines are skipped.
    """
    name = "stdin" if str(source) == "-" else str(source)
    with _lines(source) as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield _article_record(line, f"{name}:{number}")


def _article_record(line: str, where: str) -> ArticleSource:
    try:
        record = json.loads(line)
    except ValueError as err:
        return ArticleSource(where, problem=f"{where}: not a JSON record ({err})")
    if not isinstance(record, dict):
        return ArticleSource(where, problem=f"{where}: not a JSON object")
    ident = record.get("id")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident) == "":
        return ArticleSource(where, problem=f'{where}: no "id" (a string or number)')
    ident = str(ident)
    text, url, path = record.get("text"), record.get("url"), record.get("path")
    if isinstance(text, str):
        return ArticleSource(ident, text=text)
    if isinstance(url, str) and url:
        return ArticleSource(ident, location=url)
    if isinstance(path, str) and path:
        return ArticleSource(ident, location=path)
    return ArticleSource(ident, problem=f'{where}: {ident}: no "text", "url" or "path"')


def map_records(sources: Iterable[str | Path]) -> Iterator[dict]:
    """Each record of JSON Lines files of maps (``-``: stdin), in order, one at a time.

    A line that is not a JSON object (a half-written last line, say) raises
    :class:`InputError` naming it.
    """
    for source in sources:
        name = "stdin" if str(source) == "-" else str(source)
        with _lines(source) as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    raise InputError(f"{name}:{number}: not a JSON record") from None
                if not isinstance(record, dict):
                    raise InputError(f"{name}:{number}: not a JSON object")
                yield record


def is_map(record: dict) -> bool:
    """Whether a map record holds a map (not an error or a skip)."""
    return isinstance(record.get("nodes"), list)


def record_id(line: str) -> str | None:
    """The ``"file"`` of one finished JSON line, read without parsing the whole map."""
    if line.startswith(_FILE_KEY):
        try:
            value, _ = _DECODER.raw_decode(line, len(_FILE_KEY))
        except ValueError:
            value = None
        if isinstance(value, str):
            return value
    try:
        value = json.loads(line).get("file")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def finished_lines(path: Path) -> Iterator[str]:
    """The complete lines of a results file (a trailing line with no newline, cut off by
    an interrupted run, is left out); nothing if the file does not exist."""
    try:
        handle = open(path, encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
    except FileNotFoundError:
        return
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    with handle:
        for line in handle:
            if line.endswith("\n"):
                yield line


def finished_ids(path: Path) -> set[str]:
    """The ids already in ``path`` and in ``path.part`` (an interrupted run's results)."""
    part = path.with_name(path.name + ".part")
    return {
        ident
        for lines in (finished_lines(path), finished_lines(part))
        for ident in map(record_id, lines)
        if ident is not None
    }


__all__ = [
    "article_records",
    "finished_ids",
    "finished_lines",
    "is_map",
    "map_records",
    "record_id",
]

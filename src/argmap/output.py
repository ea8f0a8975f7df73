"""Writing results so that nothing the user has is lost.

* :func:`write_output` replaces a file atomically: the data goes to a temporary file beside
  the target, is flushed and fsynced, and is renamed over it. A full disk, an error or
  Ctrl-C leaves the old file as it was and no temporary file behind.
* :func:`refuse_overwriting_input` stops ``-o`` from naming the article being read, by any
  path (links, ``./``, ``..``), before any work is done.
* :func:`write_deck` replaces a folder's numbered slides with one run's deck: stale slides
  of an earlier, longer run are removed; files argmap did not write are never touched.
* :func:`write_stdout` writes UTF-8 bytes whatever the terminal's encoding, and turns a
  closed stdout, a full disk or a reader that left (``| head``) into clear errors.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import ArgmapError
from .safe_text import printable

SLIDE_NAME = re.compile(r"\d{2,4}-[a-z][a-z0-9-]{0,60}\.(?:svg|png|pdf)")
"""What argmap names a slide (``01-thesis.svg``); only such files are replaced or removed."""


class OutputIsInputError(ArgmapError):
    """``-o`` names the article being read: writing would destroy it."""


def refuse_overwriting_input(output: Path | None, sources: Iterable[str]) -> None:
    """Raise :class:`OutputIsInputError` if ``output`` is one of the input files."""
    if output is None:
        return
    for source in sources:
        if source == "-" or "://" in source:
            continue  # stdin and URLs cannot be overwritten
        if _same_file(output, Path(source)):
            raise OutputIsInputError(
                f"-o {printable(output)} is the article being read ({printable(source)});"
                " writing there would destroy it: choose another output file"
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return os.path.realpath(a) == os.path.realpath(b)


def write_output(data: str | bytes, path: Path) -> None:
    """Write ``data`` (text as UTF-8, newlines as given) to ``path`` atomically.

    A symbolic link is followed, so the file it points to is replaced, not the link. The new
    file gets the old one's permissions, or the default (0666 less the umask) if it is new.
    """
    write_output_pieces((data,), path)


def write_output_pieces(pieces: Iterable[str | bytes], path: Path) -> None:
    """:func:`write_output` of the pieces' concatenation, each written to the temporary
    file as it comes: a large map's JSON is streamed, never held whole. The target is only
    replaced once every piece is written; an error in between leaves it as it was."""
    target = Path(os.path.realpath(path))
    try:
        _replace_atomically(pieces, target)
    except OSError as err:
        raise ArgmapError(
            f"{printable(path)}: cannot write ({printable(err.strerror or err)})"
        ) from None


def _replace_atomically(pieces: Iterable[str | bytes], target: Path) -> None:
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except BaseException:  # KeyboardInterrupt and SystemExit (SIGTERM) too
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_directory(target.parent)


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)  # the only portable way to read it
        os.umask(umask)
        return 0o666 & ~umask


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_deck(slides: Iterable[tuple[str, str | bytes]], folder: Path) -> list[Path]:
    """Make ``folder``'s numbered slides exactly ``slides`` (file name, image), one run's deck.

    Every slide is first written into a new temporary folder beside ``folder`` (inside it
    when its parent is not writable); only when all are written do they replace the old
    ones, and numbered slides of an earlier run that this run did not produce are removed.
    Files whose names do not match :data:`SLIDE_NAME` are never touched. On any error the
    folder keeps its old deck and the temporary folder is removed.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = _staging_folder(folder)
    except OSError as err:
        raise ArgmapError(
            f"{printable(folder)}: cannot create the folder ({printable(err.strerror or err)})"
        ) from None
    try:
        names = []
        for name, image in slides:
            if not SLIDE_NAME.fullmatch(name):
                raise ValueError(f"not a slide name: {name!r}")
            data = image.encode("utf-8") if isinstance(image, str) else image
            with open(staging / name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            names.append(name)
        for name in names:
            os.replace(staging / name, folder / name)
        for stale in sorted(folder.iterdir()):
            if SLIDE_NAME.fullmatch(stale.name) and stale.name not in names and stale.is_file():
                stale.unlink()
    except OSError as err:
        raise ArgmapError(
            f"{printable(folder)}: cannot write the slides ({printable(err.strerror or err)})"
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _sync_directory(folder)
    return [folder / name for name in names]


def _staging_folder(folder: Path) -> Path:
    prefix = f".{folder.resolve().name or 'slides'}.argmap-"
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=folder.resolve().parent))
    except PermissionError:
        return Path(tempfile.mkdtemp(prefix=".argmap-", dir=folder))


def write_stdout(data: str | bytes) -> None:
    """Write ``data`` to stdout as UTF-8 bytes, whatever ``PYTHONIOENCODING`` or the locale say.

    argmap's outputs (JSON, DOT, SVG, Markdown, the tree) are UTF-8 documents, as they are
    with ``-o``; encoding them for a Latin-1 terminal would fail on the first curly quote.
    A reader that left early raises :class:`BrokenPipeError`; stdout is then pointed at
    the null device so that the interpreter's last flush does not complain a second time.
    """
    write_stdout_pieces((data,))


def write_stdout_pieces(pieces: Iterable[str | bytes]) -> None:
    """:func:`write_stdout` of the pieces' concatenation, each written as it comes."""
    stream = sys.stdout
    if stream is None:
        raise ArgmapError("stdout is closed: nothing can be written there; use -o FILE")
    buffer = getattr(stream, "buffer", None)
    with _stdout_errors():
        stream.flush()
    for piece in pieces:
        if isinstance(piece, bytes) and stream.isatty():
            raise ArgmapError("refusing to write a binary image to the terminal; use -o FILE")
        payload = piece.encode("utf-8") if isinstance(piece, str) else piece
        with _stdout_errors():
            if buffer is None:  # a text-only stream (an embedding application's): text it is
                stream.write(payload.decode("utf-8"))
            else:
                buffer.write(payload)
    if buffer is not None:
        with _stdout_errors():
            buffer.flush()


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    """A reader that left re-raised as it is, any other write error as an ArgmapError; stdout
    silenced either way."""
    try:
        yield
    except BrokenPipeError:
        _silence_stdout()
        raise
    except OSError as err:
        _silence_stdout()
        raise ArgmapError(f"cannot write to stdout ({printable(err.strerror or err)})") from None


def _silence_stdout() -> None:
    """Point file descriptor 1 at the null device: pending bytes then go nowhere, quietly."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


__all__ = [
    "SLIDE_NAME",
    "OutputIsInputError",
    "refuse_overwriting_input",
    "write_deck",
    "write_output",
    "write_output_pieces",
    "write_stdout",
    "write_stdout_pieces",
]
